package hostplan

import (
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// TestImageOverridesGetTheHealthcheckTheirImageCarries: the healthcheck follows
// the image that runs, not the environment's images setting. A staging host
// overridden to a locally built scratch image has no wget; a local environment
// overridden to an upstream image has no /bin/healthcheck.
func TestImageOverridesGetTheHealthcheckTheirImageCarries(t *testing.T) {
	staging := loadEnv(t, "staging")
	staging.ImageOverrides = map[string]string{model.BlackboxExporter: "opsmon-local/blackbox-exporter:v0.28.0"}
	local := loadEnv(t, "local")
	local.ImageOverrides = map[string]string{model.Prometheus: "prom/prometheus:v3.16.0"}
	cases := []struct {
		env  model.Environment
		name string
		want string
	}{
		{staging, model.BlackboxExporter, "CMD /bin/healthcheck http://127.0.0.1:9115/-/healthy"},
		{staging, model.Prometheus, `CMD-SHELL wget -q -S -O /dev/null "http://127.0.0.1:9090/-/healthy" 2>&1 | grep -q "HTTP/1.1 401 "`},
		{local, model.Prometheus, `CMD-SHELL wget -q -S -O /dev/null "http://127.0.0.1:9090/-/healthy" 2>&1 | grep -q "HTTP/1.1 401 "`},
		{local, model.BlackboxExporter, "CMD /bin/healthcheck http://127.0.0.1:9115/-/healthy"},
	}
	for _, c := range cases {
		p, err := Build(c.env, files)
		if err != nil {
			t.Fatal(err)
		}
		ct := containerOf(t, p, c.name)
		if got := strings.Join(ct.Healthcheck, " "); got != c.want {
			t.Errorf("%s/%s (image %s) healthcheck = %q, want %q", c.env.Name, c.name, ct.Image, got, c.want)
		}
	}
}
