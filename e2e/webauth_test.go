//go:build e2e

package e2e

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// localSecretsFile is the local environment's generated secrets file.
func localSecretsFile() string {
	cache := os.Getenv("OPSMON_CACHE")
	if cache == "" {
		cache = filepath.Join(root, ".cache")
	}
	return filepath.Join(cache, "secrets", "local.env")
}

// localSecrets reads it: name -> value ("" map when it does not exist yet).
func localSecrets() map[string]string {
	out := map[string]string{}
	b, err := os.ReadFile(localSecretsFile())
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			out[k] = v
		}
	}
	return out
}

// asOperator adds the local web passwords' basic auth to requests for the local
// Prometheus and Alertmanager, as an operator's browser or script would. The file
// is read at each request: a deploy may create it, a purge and deploy renew it.
type asOperator struct{}

func (asOperator) RoundTrip(r *http.Request) (*http.Response, error) {
	secret := map[string]string{"127.0.0.1:9090": model.SecretPrometheusWeb, "127.0.0.1:9093": model.SecretAlertmanagerWeb,
		fmt.Sprintf("127.0.0.1:%d", thanosQueryPort): model.SecretPrometheusWeb}[r.URL.Host]
	if pw := localSecrets()[secret]; secret != "" && pw != "" && r.Header.Get("Authorization") == "" {
		r = r.Clone(r.Context())
		r.SetBasicAuth(model.WebAuthUser, pw)
	}
	return http.DefaultTransport.RoundTrip(r)
}

// withAuth is url with the local web user and the password of the API it names
// (for probes run in containers, which take it in the URL).
func withAuth(url string) string {
	s := localSecrets()
	pw := s[model.SecretPrometheusWeb]
	if strings.Contains(url, ":9093") {
		pw = s[model.SecretAlertmanagerWeb]
	}
	return strings.Replace(url, "://", "://"+model.WebAuthUser+":"+pw+"@", 1)
}

// amAuthEnv is test-alerts.sh's AM_AUTH for the local Alertmanager.
func amAuthEnv() string {
	return "AM_AUTH=" + model.WebAuthUser + ":" + localSecrets()[model.SecretAlertmanagerWeb]
}
