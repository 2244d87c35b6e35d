// Command healthcheck is the Docker HEALTHCHECK of the locally built scratch images,
// which have no shell, wget or curl: it GETs one URL and exits 0 on a 2xx answer.
// With -user and -password-file it authenticates (basic auth), reading the password
// at each probe so a pushed new one is used without a rebuild. With -ca-file it
// trusts that CA alone for an https:// URL.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"
)

func main() {
	user := flag.String("user", "", "basic-auth user")
	passwordFile := flag.String("password-file", "", "file holding the basic-auth password")
	caFile := flag.String("ca-file", "", "PEM file of the one CA an https:// URL's certificate must chain to")
	flag.Parse()
	if flag.NArg() != 1 || (*user == "") != (*passwordFile == "") {
		fmt.Fprintln(os.Stderr, "usage: healthcheck [-user NAME -password-file PATH] [-ca-file PATH] URL")
		os.Exit(2)
	}
	url := flag.Arg(0)
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if *user != "" {
		pw, err := os.ReadFile(*passwordFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		req.SetBasicAuth(*user, strings.TrimRight(string(pw), "\n"))
	}
	client := http.Client{Timeout: 3 * time.Second}
	if *caFile != "" {
		pem, err := os.ReadFile(*caFile)
		pool := x509.NewCertPool()
		if err != nil || !pool.AppendCertsFromPEM(pem) {
			fmt.Fprintln(os.Stderr, "no CA certificate in", *caFile, err)
			os.Exit(1)
		}
		client.Transport = &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}
	}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		fmt.Fprintln(os.Stderr, url, "answered", resp.Status)
		os.Exit(1)
	}
}
