//go:build e2e

package e2e

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// TestWebTLS deploys the local environment with web_tls: Prometheus,
// Alertmanager and node-exporter serve HTTPS alone with certificates the push
// issued from the local CA; Prometheus scrapes and alerts over HTTPS trusting that
// CA; the healthchecks pass over HTTPS; plain HTTP and a client without the CA
// are refused.
func TestWebTLS(t *testing.T) {
	uses(t, machineEngine)
	requireEngineFree(t)
	dir := envtest.DirWith(t, filepath.Join(root, "environments"), "local", func(s string) string { return s + "web_tls: true\n" })
	env, err := model.LoadEnvironment(dir, "local")
	if err != nil {
		t.Fatal(err)
	}
	envVars := []string{"OPSMON_ENV_DIR=" + dir}
	destroysLocalAtEnd(t, env, envVars)
	deployed := time.Now()
	var trusting http.Client
	steps := []step{
		{"deploy with web_tls: every healthcheck passes over HTTPS", func(t *testing.T) {
			run(t, envVars, "scripts/stack.sh", "deploy", "local")
			trusting = caClient(t)
		}},
		{"every target up: Prometheus scrapes itself, Alertmanager and node-exporter over HTTPS", func(t *testing.T) {
			eventually(t, 2*time.Minute, 3*time.Second, "every target up over https", func() string {
				var body struct {
					Data struct {
						ActiveTargets []struct {
							ScrapeURL string `json:"scrapeUrl"`
							Health    string `json:"health"`
							LastError string `json:"lastError"`
							Labels    map[string]string
						} `json:"activeTargets"`
					} `json:"data"`
				}
				if err := getJSONWith(&trusting, "https://127.0.0.1:9090/api/v1/targets?state=active", &body); err != nil {
					return err.Error()
				}
				var bad []string
				https := 0
				for _, tg := range body.Data.ActiveTargets {
					if tg.Health != "up" {
						bad = append(bad, tg.ScrapeURL+" "+tg.Health+" "+tg.LastError)
					}
					if strings.HasPrefix(tg.ScrapeURL, "https://") {
						https++
					}
				}
				if len(bad) > 0 {
					return strings.Join(bad, "; ")
				}
				if https != 3 {
					return fmt.Sprintf("%d targets scraped over https, want 3 (prometheus, alertmanager, node)", https)
				}
				return ""
			})
		}},
		{"alerts reach Alertmanager over HTTPS: the Watchdog is delivered", func(t *testing.T) {
			eventually(t, 2*time.Minute, 2*time.Second, "a Watchdog delivered after the deploy", func() string {
				ds, err := deliveries()
				if err != nil {
					return err.Error()
				}
				for _, d := range ds {
					if d.ReceivedAt.After(deployed) && strings.Contains(d.Body, "Watchdog") {
						return ""
					}
				}
				return fmt.Sprintf("none in %d deliveries", len(ds))
			})
		}},
		{"plain HTTP and a client without the CA are refused", func(t *testing.T) {
			for _, port := range []int{9090, 9093} {
				resp, err := anonymous.Get(fmt.Sprintf("http://127.0.0.1:%d/-/healthy", port))
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusBadRequest {
					t.Errorf("plain http to :%d: %s, want 400", port, resp.Status)
				}
				if _, err := anonymous.Get(fmt.Sprintf("https://127.0.0.1:%d/-/healthy", port)); err == nil || !strings.Contains(err.Error(), "certificate") {
					t.Errorf("https to :%d without the CA: %v, want a certificate error", port, err)
				}
				resp, err = trusting.Get(fmt.Sprintf("https://127.0.0.1:%d/-/healthy", port))
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusUnauthorized {
					t.Errorf("https to :%d with the CA, no password: %s, want 401", port, resp.Status)
				}
			}
		}},
	}
	if failed := runInOrder(t, steps); failed != "" {
		logStackState(t, env)
	}
}

// caClient trusts the local CA alone and logs in as the operator.
func caClient(t *testing.T) http.Client {
	t.Helper()
	pem, err := base64.StdEncoding.DecodeString(localSecrets()[model.SecretTLSCACert])
	pool := x509.NewCertPool()
	if err != nil || !pool.AppendCertsFromPEM(pem) {
		t.Fatalf("no CA in the local secrets file (%v)", err)
	}
	return http.Client{Timeout: 10 * time.Second, Transport: tlsOperator{&http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}}
}

// tlsOperator adds the operator's login to requests for Prometheus.
type tlsOperator struct{ next http.RoundTripper }

func (o tlsOperator) RoundTrip(r *http.Request) (*http.Response, error) {
	if strings.Contains(r.URL.Path, "/api/") {
		r = r.Clone(r.Context())
		r.SetBasicAuth(model.WebAuthUser, localSecrets()[model.SecretPrometheusWeb])
	}
	return o.next.RoundTrip(r)
}
