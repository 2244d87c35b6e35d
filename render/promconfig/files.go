// Package promconfig renders prometheus.yml and blackbox.yml from the model.
package promconfig

import (
	"bytes"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

const header = "# Rendered from the Go model by `make render`; do not edit by hand.\n"

// Files returns the rendered files by repo-relative path.
func Files(env model.Environment) (map[string][]byte, error) {
	prom, err := marshal(prometheusConfig(env))
	if err != nil {
		return nil, fmt.Errorf("prometheus.yml: %w", err)
	}
	bb, err := marshal(blackbox())
	if err != nil {
		return nil, fmt.Errorf("blackbox.yml: %w", err)
	}
	out := map[string][]byte{
		"monitoring/prometheus/prometheus.yml": prom,
		"monitoring/prometheus/blackbox.yml":   bb,
		// For promtool in the container (runbooks): /etc/prometheus/http-client.yml.
		"monitoring/prometheus/http-client.yml": model.PrometheusAuth.ClientConfigYAML(env.WebTLS),
	}
	if env.ThanosOn() {
		// The bucket (no credentials) for every Thanos component; the sidecar's
		// login to its Prometheus.
		out["monitoring/thanos/objstore.yml"] = []byte(header + env.HA.Thanos.ObjstoreYAML())
		out["monitoring/thanos/prometheus-client.yml"] = model.PrometheusAuth.ClientConfigYAML(env.WebTLS)
	}
	return out, nil
}

func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(header)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), enc.Close()
}
