package main

import (
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A login file others can read is refused, naming the fix; one only its owner
// reads gives the user and the password.
func TestLoginFileMustBePrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "login")
	if err := os.WriteFile(path, []byte("oncall:s3cret-pass\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := readLogin(path)
	want := "-login-file " + path + ": mode 644 lets others read your login; chmod 600 " + path
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if user, password, err := readLogin(path); err != nil || user != "oncall" || password != "s3cret-pass" {
		t.Fatalf("readLogin = %q %q %v", user, password, err)
	}
}

// With -ca and -connect-to, a request for a host name goes to the given address
// and trusts that CA alone; without -ca the same server is not trusted.
func TestClientConnectsWhereToldAndTrustsTheGivenCA(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(r.Host))
	}))
	defer srv.Close()
	ca := filepath.Join(t.TempDir(), "ca.crt")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := strings.TrimPrefix(srv.URL, "https://")
	client, err := targetsClient(ca, addr)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := client.Get("https://example.com/api")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	untrusted, _ := targetsClient("", addr)
	if _, err := untrusted.Get("https://example.com/api"); err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Errorf("without -ca: err = %v, want a certificate error", err)
	}
	if _, err := targetsClient("", "127.0.0.1"); err == nil || err.Error() != `-connect-to "127.0.0.1": give host:port, such as 127.0.0.1:8443` {
		t.Errorf("a connect-to without a port: err = %v", err)
	}
}
