package secretspush

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
)

// volumeEngine stands in for the docker CLI over one engine's secrets volumes:
// inspect, create, cp out and rm, each volume's files as a push left them.
func volumeEngine(volumes map[string]map[string]string) Docker {
	helpers := map[string]string{} // helper container: its volume
	return func(_ io.Reader, args ...string) (string, error) {
		switch args[0] {
		case "volume":
			if _, ok := volumes[args[2]]; !ok {
				return "", errors.New("no such volume")
			}
			return "", nil
		case "create":
			name, _ := flagValue(args, "--name")
			v, _ := flagValue(args, "-v")
			helpers[name] = strings.TrimSuffix(v, ":/secrets")
			return name, nil
		case "cp":
			return string(archive(volumes[helpers[strings.TrimSuffix(args[1], ":/secrets")]], 65534, 65534)), nil
		case "rm":
			return "", nil
		}
		return "", errors.New("unexpected docker " + args[0])
	}
}

func flagValue(args []string, flag string) (string, bool) {
	i := slices.Index(args, flag)
	if i < 0 || i+1 >= len(args) {
		return "", false
	}
	return args[i+1], true
}

// pushedVolume is a volume's files as a push writes them, its record included.
func pushedVolume(t *testing.T, files map[string]string) map[string]string {
	t.Helper()
	rec, err := record(files)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{PushedFile: rec}
	for k, v := range files {
		out[k] = v
	}
	return out
}

func secretsPlan() hostplan.Plan {
	mount := func(volume string, names ...string) *hostplan.SecretMount {
		return &hostplan.SecretMount{Volume: volume, Dir: "/run/secrets", Owner: "65534:65534", Names: names}
	}
	return hostplan.Plan{Containers: []hostplan.Container{
		{Name: "alertmanager", Image: "am", Secrets: mount("opsmon-x-secrets-alertmanager", "slack_webhook_url", "smtp_password")},
		{Name: "prometheus", Image: "prom", Secrets: mount("opsmon-x-secrets-prometheus", "prometheus_web_password")},
		{Name: "node-exporter", Image: "node"},
	}}
}

// TestVerifyChecksTheVolumesAgainstThePushedRecord: a deploy that holds no secret
// passes volumes as the last push left them, and refuses, naming the volume and
// the fix, one never pushed, one missing, one lacking a file the model now names,
// and one whose file changed after the push.
func TestVerifyChecksTheVolumesAgainstThePushedRecord(t *testing.T) {
	am := map[string]string{"slack_webhook_url": "https://hooks.example/x", "smtp_password": "pw"}
	prom := map[string]string{"prometheus_web_password": "secret"}
	fix := "; run make secrets-push ENV=staging with its secrets file first"
	for _, c := range []struct {
		name    string
		volumes map[string]map[string]string
		want    string
	}{
		{"as pushed", map[string]map[string]string{
			"opsmon-x-secrets-alertmanager": pushedVolume(t, am),
			"opsmon-x-secrets-prometheus":   pushedVolume(t, prom),
		}, ""},
		{"never pushed", map[string]map[string]string{
			"opsmon-x-secrets-alertmanager": am,
			"opsmon-x-secrets-prometheus":   pushedVolume(t, prom),
		}, "secrets not as the last push left them on the host: opsmon-x-secrets-alertmanager (never pushed (no .opsmon-pushed))" + fix},
		{"no volume", map[string]map[string]string{
			"opsmon-x-secrets-alertmanager": pushedVolume(t, am),
		}, "secrets not as the last push left them on the host: opsmon-x-secrets-prometheus (no such volume)" + fix},
		{"a secret the model added since", map[string]map[string]string{
			"opsmon-x-secrets-alertmanager": pushedVolume(t, map[string]string{"slack_webhook_url": "https://hooks.example/x"}),
			"opsmon-x-secrets-prometheus":   pushedVolume(t, prom),
		}, "secrets not as the last push left them on the host: opsmon-x-secrets-alertmanager (smtp_password not pushed)" + fix},
		{"changed and removed after the push", map[string]map[string]string{
			"opsmon-x-secrets-alertmanager": func() map[string]string {
				v := pushedVolume(t, am)
				v["slack_webhook_url"] = "https://hooks.example/other"
				delete(v, "smtp_password")
				return v
			}(),
			"opsmon-x-secrets-prometheus": pushedVolume(t, prom),
		}, "secrets not as the last push left them on the host: opsmon-x-secrets-alertmanager (slack_webhook_url changed since the push, smtp_password missing)" + fix},
	} {
		err := Verify(volumeEngine(c.volumes), secretsPlan(), "staging")
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestPushedRecordHoldsNoValue: the record names each file with a salted hash,
// never its value, and two pushes of one value record different hashes.
func TestPushedRecordHoldsNoValue(t *testing.T) {
	files := map[string]string{"smtp_password": "hunter2hunter2"}
	a, _ := record(files)
	b, _ := record(files)
	if strings.Contains(a, "hunter2") || a == b {
		t.Errorf("records %q and %q: want salted, and no value", a, b)
	}
}
