package hostplan

import (
	prommodel "github.com/prometheus/common/model"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// thanosSecrets are the bucket's keys, where Thanos runs.
func thanosSecrets(env model.Environment) []Secret {
	if !env.ThanosOn() {
		return nil
	}
	return []Secret{
		{Name: model.SecretS3AccessKey, Description: "Access key of the S3 identity Thanos reads and writes the bucket (ha.thanos.bucket) with",
			Pattern: `[A-Za-z0-9]{8,128}`, Rule: "8 to 128 letters and digits; make one with: openssl rand -hex 10"},
		{Name: model.SecretS3SecretKey, Description: "Secret key of that S3 identity",
			Pattern: `[A-Za-z0-9/+]{16,128}`, Rule: "16 to 128 of A-Z a-z 0-9 / +; make one with: openssl rand -hex 24"},
	}
}

// tsdbBlockFlags fix Prometheus's block duration (min = max: Prometheus never
// compacts, so every block it cuts is one the sidecar uploads).
func tsdbBlockFlags(env model.Environment) []string {
	d := prommodel.Duration(env.TimingProfile().TSDBBlock).String()
	return []string{"--storage.tsdb.min-block-duration=" + d, "--storage.tsdb.max-block-duration=" + d}
}

// wireThanos gives a Thanos container its bucket credentials (the bucket's
// configuration is a rendered file, monitoring/thanos/) and its neighbours; the
// sidecar also its Prometheus's data volume and password. The bucket stand-in gets the identity the others log in with.
func wireThanos(ct *Container, env model.Environment, base string) {
	switch base {
	case model.ThanosQuery:
		ct.DependsOn = append(ct.DependsOn, env.Replicas(model.ThanosSidecar)...)
		ct.DependsOn = append(ct.DependsOn, model.ThanosStore)
		// Prometheus's password, and the web config the push derives from it.
		readSecrets(ct, env, runSecrets, SecretPrometheusWeb)
		ct.Secrets.WebConfig = SecretPrometheusWeb
		return
	case model.LocalObjectStore:
		readSecrets(ct, env, runSecrets)
		ct.Secrets.S3File = model.S3IdentitiesFile
		return
	}
	readSecrets(ct, env, runSecrets)
	ct.Secrets.S3File = model.S3CredentialsFile
	ct.Env["AWS_SHARED_CREDENTIALS_FILE"] = ct.Secrets.Path(model.S3CredentialsFile)
	if env.Has(model.LocalObjectStore) {
		ct.DependsOn = append(ct.DependsOn, model.LocalObjectStore)
	}
	if base != model.ThanosSidecar {
		return
	}
	prom := env.SidecarOf(ct.Name)
	for _, c := range env.Containers() {
		if c.Name == prom {
			ct.Volumes = append(ct.Volumes, Volume{Name: env.VolumeName(c.DataVolume.Name), Target: c.DataVolume.Target, Data: true})
		}
	}
	ct.Secrets.Names = []string{SecretPrometheusWeb}
	ct.DependsOn = append(ct.DependsOn, prom)
}
