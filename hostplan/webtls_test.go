package hostplan

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// With web_tls every API behind basic auth gets a certificate for its names and
// checks itself over HTTPS trusting the CA; its clients trust the CA; nothing
// else changes.
func TestWebTLSGivesEachAPIACertificateAndEachClientTheCA(t *testing.T) {
	env := loadEnv(t, "local")
	env.WebTLS = true
	p, err := Build(env, files)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{model.Prometheus, model.Alertmanager, model.NodeExporter} {
		ct := containerOf(t, p, name)
		// node-exporter listens on its network's gateway, in the host's namespaces.
		addr := "127.0.0.1"
		want := &TLSNames{DNS: []string{name, "localhost"}, IPs: []string{addr}}
		if name == model.NodeExporter {
			addr = env.HostListenAddress()
			want.IPs = append(want.IPs, addr)
		}
		if !reflect.DeepEqual(ct.Secrets.TLS, want) || !ct.Secrets.CA {
			t.Errorf("%s: TLS %+v CA %v, want %+v and the CA", name, ct.Secrets.TLS, ct.Secrets.CA, want)
		}
		hc := strings.Join(ct.Healthcheck, " ")
		if !strings.Contains(hc, "-ca-file "+ct.Secrets.Dir+"/"+model.TLSCAFile) || !strings.Contains(hc, "https://"+addr+":") {
			t.Errorf("%s: healthcheck %q does not check HTTPS against the CA", name, hc)
		}
	}
	if ct := containerOf(t, p, model.PostgresExporter); ct.Secrets.TLS != nil || ct.Secrets.CA {
		t.Errorf("postgres-exporter (no web auth) got TLS material: %+v", ct.Secrets)
	}
	var names []string
	for _, s := range p.Secrets {
		names = append(names, s.Name)
	}
	if !slices.Contains(names, model.SecretTLSCACert) || !slices.Contains(names, model.SecretTLSCAKey) {
		t.Errorf("secrets %v lack the CA", names)
	}
	for _, ct := range p.Containers {
		if ct.Secrets != nil && (slices.Contains(ct.Secrets.Names, model.SecretTLSCAKey) || slices.Contains(ct.Secrets.Names, model.SecretTLSCACert)) {
			t.Errorf("%s: the CA's secrets are written into its volume; only certificates derived from them may be", ct.Name)
		}
	}
	// Traefik reaches a routed API over HTTPS through the operator's serversTransport.
	prod := loadEnv(t, "production")
	prod.WebTLS = true
	pp, err := Build(prod, files)
	if err != nil {
		t.Fatal(err)
	}
	l := containerOf(t, pp, model.Prometheus).Labels
	if l["traefik.http.services.prometheus.loadbalancer.server.scheme"] != "https" ||
		l["traefik.http.services.prometheus.loadbalancer.serverstransport"] != "opsmon-production@file" {
		t.Errorf("prometheus's Traefik labels %v do not route over HTTPS", l)
	}
	if g := containerOf(t, pp, model.Grafana).Labels; g["traefik.http.services.grafana.loadbalancer.server.scheme"] != "" {
		t.Errorf("grafana (not behind web auth) is routed over HTTPS: %v", g)
	}
}
