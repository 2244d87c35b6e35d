package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

// targetsClient is the HTTP client of opsmon targets: the system's CAs, or the
// one in caFile alone; every connection to connectTo when it is set.
func targetsClient(caFile, connectTo string) (*http.Client, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return nil, err
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("-ca %s: no PEM certificate in it", caFile)
		}
		tr.TLSClientConfig = &tls.Config{RootCAs: pool}
	}
	if connectTo != "" {
		if _, _, err := net.SplitHostPort(connectTo); err != nil {
			return nil, fmt.Errorf("-connect-to %q: give host:port, such as 127.0.0.1:8443", connectTo)
		}
		tr.DialContext = func(ctx context.Context, network, _ string) (net.Conn, error) {
			return (&net.Dialer{Timeout: 5 * time.Second}).DialContext(ctx, network, connectTo)
		}
	}
	return &http.Client{Timeout: 5 * time.Second, Transport: tr}, nil
}

// readLogin reads user:password from a file only its owner can read.
func readLogin(path string) (string, string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", "", err
	}
	if st.Mode().Perm()&0o077 != 0 {
		return "", "", fmt.Errorf("-login-file %s: mode %o lets others read your login; chmod 600 %s", path, st.Mode().Perm(), path)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", "", err
	}
	user, password, ok := strings.Cut(strings.TrimSpace(string(raw)), ":")
	if !ok || user == "" || password == "" {
		return "", "", fmt.Errorf("-login-file %s: write one line, user:password", path)
	}
	return user, password, nil
}
