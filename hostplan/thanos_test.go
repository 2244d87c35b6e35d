package hostplan

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

func withThanosFiles() map[string][]byte {
	out := maps.Clone(files)
	out["monitoring/thanos/objstore.yml"] = []byte("o")
	out["monitoring/thanos/prometheus-client.yml"] = []byte("c")
	return out
}

func thanosEnv(t *testing.T) model.Environment {
	env := loadEnv(t, "local")
	env.HA = model.HA{PrometheusReplicas: 2, Thanos: &model.Thanos{Bucket: "opsmon-metrics", Endpoint: "seaweedfs:8333", Insecure: true}}
	return env
}

func hasArg(ct Container, arg string) bool { return slices.Contains(ct.Command, arg) }

// Each sidecar reads its own replica's TSDB (the replica's data volume) and logs in
// to that replica; Query fans out to every sidecar and the Store Gateway and
// deduplicates on the replica label; Prometheus stops compacting.
func TestThanosPairsASidecarWithEachReplica(t *testing.T) {
	env := thanosEnv(t)
	p, err := Build(env, withThanosFiles())
	if err != nil {
		t.Fatal(err)
	}
	for sidecar, prom := range map[string]string{"thanos-sidecar": "prometheus", "thanos-sidecar-1": "prometheus-1"} {
		ct := containerOf(t, p, sidecar)
		promCt := containerOf(t, p, prom)
		var promData string
		for _, v := range promCt.Volumes {
			if v.Data {
				promData = v.Name
			}
		}
		if !slices.Contains(ct.Volumes, Volume{Name: promData, Target: "/prometheus", Data: true}) {
			t.Errorf("%s: volumes %v, want %s's data volume %s at /prometheus", sidecar, ct.Volumes, prom, promData)
		}
		if !hasArg(ct, "--prometheus.url=http://"+prom+":9090") || !slices.Contains(ct.DependsOn, prom) {
			t.Errorf("%s: command %v, depends on %v; want it to read %s", sidecar, ct.Command, ct.DependsOn, prom)
		}
		if ct.Secrets == nil || ct.Secrets.S3File != model.S3CredentialsFile || !slices.Equal(ct.Secrets.Names, []string{SecretPrometheusWeb}) {
			t.Errorf("%s: secrets %+v, want the S3 credentials and Prometheus's password", sidecar, ct.Secrets)
		}
		if ct.Env["AWS_SHARED_CREDENTIALS_FILE"] != model.SecretsDir+"/"+model.S3CredentialsFile {
			t.Errorf("%s: env %v", sidecar, ct.Env)
		}
		for _, flag := range []string{"--storage.tsdb.min-block-duration=2m", "--storage.tsdb.max-block-duration=2m"} {
			if !hasArg(promCt, flag) {
				t.Errorf("%s: command %v lacks %s", prom, promCt.Command, flag)
			}
		}
	}
	q := containerOf(t, p, model.ThanosQuery)
	for _, arg := range []string{"--endpoint=thanos-sidecar:10901", "--endpoint=thanos-sidecar-1:10901", "--endpoint=thanos-store:10901", "--query.replica-label=replica"} {
		if !hasArg(q, arg) {
			t.Errorf("thanos-query: command %v lacks %s", q.Command, arg)
		}
	}
	for _, name := range []string{model.ThanosQuery, model.ThanosStore, model.ThanosCompact, model.LocalObjectStore, "thanos-sidecar-1"} {
		if ct := containerOf(t, p, name); !slices.Equal(ct.Networks, []string{env.MonitoringNetwork()}) || len(ct.Ports) > 0 && name != model.ThanosQuery {
			t.Errorf("%s: networks %v ports %v; want the monitoring network only, unpublished", name, ct.Networks, ct.Ports)
		}
	}
	store := containerOf(t, p, model.ThanosStore)
	for _, f := range store.Files {
		if strings.HasSuffix(f.Path, "prometheus-client.yml") {
			t.Errorf("thanos-store gets %s; only the sidecars log in to Prometheus", f.Path)
		}
	}
	if s3 := containerOf(t, p, model.LocalObjectStore); s3.Secrets == nil || s3.Secrets.S3File != model.S3IdentitiesFile {
		t.Errorf("seaweedfs: secrets %+v, want the identities file", s3.Secrets)
	}
	if !hasArg(q, "--http.config="+model.SecretsDir+"/"+model.WebConfigFile) || q.Secrets == nil || q.Secrets.WebConfig != SecretPrometheusWeb {
		t.Errorf("thanos-query: command %v, secrets %+v; want Prometheus's login (web config from its password)", q.Command, q.Secrets)
	}
	if hc := strings.Join(q.Healthcheck, " "); !strings.Contains(hc, "-password-file "+model.SecretsDir+"/"+SecretPrometheusWeb) {
		t.Errorf("thanos-query: healthcheck %q does not log in", hc)
	}
	if !hasArg(containerOf(t, p, model.ThanosCompact), "--disable-admin-operations") {
		t.Error("thanos-compact: admin operations (marking blocks for deletion) are not disabled")
	}
	var names []string
	for _, s := range p.Secrets {
		names = append(names, s.Name)
	}
	if !slices.Contains(names, model.SecretS3AccessKey) || !slices.Contains(names, model.SecretS3SecretKey) {
		t.Errorf("secrets %v lack the bucket's keys", names)
	}
}

// Without ha.thanos nothing of Thanos is declared and Prometheus compacts as usual.
func TestNoThanosWithoutItsSection(t *testing.T) {
	env := loadEnv(t, "local")
	env.HA = model.HA{PrometheusReplicas: 2}
	p, err := Build(env, files)
	if err != nil {
		t.Fatal(err)
	}
	for _, ct := range p.Containers {
		if model.IsThanos(ct.Name) {
			t.Errorf("%s declared without ha.thanos", ct.Name)
		}
		if strings.Contains(strings.Join(ct.Command, " "), "block-duration") {
			t.Errorf("%s: %v fixes the block duration without Thanos", ct.Name, ct.Command)
		}
	}
}
