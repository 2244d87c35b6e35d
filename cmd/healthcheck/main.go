// Command healthcheck is the Docker HEALTHCHECK of the locally built scratch images,
// which have no shell, wget or curl: it GETs one URL and exits 0 on a 2xx answer.
// With -user and -password-file it authenticates (basic auth), reading the password
// at each probe so a pushed new one is used without a rebuild.
package main

import (
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
	flag.Parse()
	if flag.NArg() != 1 || (*user == "") != (*passwordFile == "") {
		fmt.Fprintln(os.Stderr, "usage: healthcheck [-user NAME -password-file PATH] URL")
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
