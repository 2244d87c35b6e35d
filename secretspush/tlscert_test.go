package secretspush

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/exporter-toolkit/web"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
)

func testCA(t *testing.T) CA {
	t.Helper()
	c, k, err := NewCA("local", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	ca, err := ParseCA(c, k)
	if err != nil {
		t.Fatal(err)
	}
	return ca
}

// A server certificate chains to the environment's CA for every name it must
// answer to; it is kept while still good, and renewed when a name is added, the
// CA changes, or less than a month is left.
func TestServerCertificatesChainToTheCAAndAreKeptWhileGood(t *testing.T) {
	ca := testCA(t)
	names := hostplan.TLSNames{DNS: []string{"prometheus", "localhost"}, IPs: []string{"127.0.0.1"}}
	now := time.Now()
	cert, key, err := serverCert(ca, names, nil, nil, now)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(ca.CertPEM)
	b, _ := pem.Decode(cert)
	parsed, err := x509.ParseCertificate(b.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"prometheus", "localhost", "127.0.0.1"} {
		if _, err := parsed.Verify(x509.VerifyOptions{Roots: pool, DNSName: name}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := parsed.Verify(x509.VerifyOptions{Roots: pool, DNSName: "alertmanager"}); err == nil {
		t.Error("the certificate answers for a name it was not issued for")
	}
	if c2, k2, _ := serverCert(ca, names, cert, key, now); !bytes.Equal(c2, cert) || !bytes.Equal(k2, key) {
		t.Error("a good certificate was replaced (the container would restart at every push)")
	}
	more := hostplan.TLSNames{DNS: names.DNS, IPs: append([]string{"10.0.0.12"}, names.IPs...)}
	for why, renew := range map[string]func() ([]byte, []byte, error){
		"a new address":  func() ([]byte, []byte, error) { return serverCert(ca, more, cert, key, now) },
		"another CA":     func() ([]byte, []byte, error) { return serverCert(testCA(t), names, cert, key, now) },
		"its last month": func() ([]byte, []byte, error) { return serverCert(ca, names, cert, key, now.Add(340*24*time.Hour)) },
		"a key not its own": func() ([]byte, []byte, error) {
			_, k, _ := serverCert(ca, names, nil, nil, now)
			return serverCert(ca, names, cert, k, now)
		},
	} {
		if c2, _, err := renew(); err != nil || bytes.Equal(c2, cert) {
			t.Errorf("%s: kept the old certificate (%v)", why, err)
		}
	}
}

// A CA value that is not one, or a key of another CA, is refused naming its key.
func TestBadCAIsRefusedNamingTheKey(t *testing.T) {
	c, k, _ := NewCA("local", time.Now())
	_, other, _ := NewCA("local", time.Now())
	for _, tc := range []struct{ cert, key, want string }{
		{"bm90IGEgY2VydA==", k, "web_tls_ca_cert: not a PEM certificate; make the CA again with: scripts/opsmon.sh tls-ca"},
		{c, other, "web_tls_ca_key: does not belong to web_tls_ca_cert; make the CA again with: scripts/opsmon.sh tls-ca"},
	} {
		if _, err := ParseCA(tc.cert, tc.key); err == nil || err.Error() != tc.want {
			t.Errorf("ParseCA = %v, want %q", err, tc.want)
		}
	}
}

// The web config the push writes with web_tls is served by exporter-toolkit
// itself: HTTPS with the issued certificate, plain HTTP refused, the password asked.
func TestTLSWebConfigServesHTTPSOnly(t *testing.T) {
	ca := testCA(t)
	dir := t.TempDir()
	cert, key, err := serverCert(ca, hostplan.TLSNames{DNS: []string{"localhost"}, IPs: []string{"127.0.0.1"}}, nil, nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"tls.crt": cert, "tls.key": key}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := webConfig("", "s3cret-password-1", &tlsServerConfig{CertFile: filepath.Join(dir, "tls.crt"), KeyFile: filepath.Join(dir, "tls.key")})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "web.yml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := web.Validate(path); err != nil {
		t.Fatalf("exporter-toolkit refuses the web config: %v\n%s", err, cfg)
	}
	if again, _ := webConfig(cfg, "s3cret-password-1", &tlsServerConfig{CertFile: filepath.Join(dir, "tls.crt"), KeyFile: filepath.Join(dir, "tls.key")}); again != cfg {
		t.Error("the same TLS web config was rewritten")
	}
	if plain, _ := webConfig(cfg, "s3cret-password-1", nil); plain == cfg || strings.Contains(plain, "tls_server_config") {
		t.Error("turning web_tls off kept the TLS section")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })}
	go web.Serve(ln, srv, &web.FlagConfig{WebConfigFile: &path}, slog.New(slog.DiscardHandler))
	defer srv.Close()
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(ca.CertPEM)
	trusting := http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	url := "https://" + ln.Addr().String() + "/"
	status := func(c *http.Client, url string, auth bool) string {
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		if auth {
			req.SetBasicAuth("opsmon", "s3cret-password-1")
		}
		resp, err := c.Do(req)
		if err != nil {
			return err.Error()
		}
		resp.Body.Close()
		return resp.Status
	}
	if got := status(&trusting, url, true); got != "200 OK" {
		t.Errorf("https with the password: %s", got)
	}
	if got := status(&trusting, url, false); got != "401 Unauthorized" {
		t.Errorf("https without the password: %s", got)
	}
	if got := status(&http.Client{Timeout: 5 * time.Second}, url, true); !strings.Contains(got, "certificate") {
		t.Errorf("a client without the CA: %s, want a certificate error", got)
	}
	if got := status(&http.Client{Timeout: 5 * time.Second}, "http://"+ln.Addr().String()+"/", true); got != "400 Bad Request" {
		t.Errorf("plain http: %s, want 400", got)
	}
}
