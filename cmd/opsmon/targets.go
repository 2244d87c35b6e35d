package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/secretsfile"
)

type target struct {
	Labels    map[string]string `json:"labels"`
	ScrapeURL string            `json:"scrapeUrl"`
	Health    string            `json:"health"`
	LastError string            `json:"lastError"`
}

// targetsCmd waits (bounded) until every active scrape target is up, then prints
// them as a table; on timeout it prints the table and fails naming the down ones.
func targetsCmd(args []string) error {
	fs := flag.NewFlagSet("targets", flag.ExitOnError)
	url := fs.String("url", "http://127.0.0.1:9090", "Prometheus base URL")
	wait := fs.Duration("wait", 3*time.Minute, "how long to wait for every target to be up")
	secrets := fs.String("secrets", "", "the environment's secrets file; its "+model.SecretPrometheusWeb+" logs in as "+model.WebAuthUser)
	loginFile := fs.String("login-file", "", "instead of -secrets, through Traefik: a file (mode 0600) holding your login there, user:password")
	ca := fs.String("ca", "", "a PEM file of the CA to trust for an https -url, instead of the system's")
	connectTo := fs.String("connect-to", "", "host:port to connect to whatever -url names (a tunnel, a bench), as curl's --connect-to")
	_ = fs.Parse(args)
	client, err := targetsClient(*ca, *connectTo)
	if err != nil {
		return err
	}
	user, password := model.WebAuthUser, ""
	if *loginFile != "" {
		if user, password, err = readLogin(*loginFile); err != nil {
			return err
		}
	}
	if *secrets != "" && *loginFile == "" {
		f, err := secretsfile.Read(*secrets)
		if err != nil {
			return err
		}
		if password = f.Secrets[model.SecretPrometheusWeb]; password == "" {
			return fmt.Errorf("%s has no %s; add it (the password Prometheus's web config was pushed with)", *secrets, model.SecretPrometheusWeb)
		}
	}
	deadline := time.Now().Add(*wait)
	for {
		ts, err := activeTargets(client, *url, user, password)
		if errors.Is(err, errUnauthorized) {
			return err
		}
		down := downTargets(ts)
		if err == nil && len(ts) > 0 && len(down) == 0 {
			printTargets(ts)
			return nil
		}
		if time.Now().After(deadline) {
			printTargets(ts)
			if err != nil {
				return err
			}
			return fmt.Errorf("targets not up after %s: %v", *wait, down)
		}
		// Each target's first scrape lands anywhere in its first interval (5 s in the
		// fast profile): a short poll returns soon after the last one.
		time.Sleep(500 * time.Millisecond)
	}
}

var errUnauthorized = errors.New("Prometheus answered 401 Unauthorized: pass -secrets with the environment's secrets file (the local one is .cache/secrets/local.env), or through Traefik -login-file with your login there")

func activeTargets(client *http.Client, base, user, password string) ([]target, error) {
	req, err := http.NewRequest(http.MethodGet, base+"/api/v1/targets?state=active", nil)
	if err != nil {
		return nil, err
	}
	if password != "" {
		req.SetBasicAuth(user, password)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusUnauthorized {
		return nil, errUnauthorized
	}
	var body struct {
		Data struct {
			ActiveTargets []target `json:"activeTargets"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, err
	}
	ts := body.Data.ActiveTargets
	sort.Slice(ts, func(i, j int) bool { return ts[i].Labels["job"]+ts[i].ScrapeURL < ts[j].Labels["job"]+ts[j].ScrapeURL })
	return ts, nil
}

func downTargets(ts []target) []string {
	var down []string
	for _, t := range ts {
		if t.Health != "up" {
			down = append(down, t.Labels["job"]+" "+t.Labels["instance"])
		}
	}
	return down
}

func printTargets(ts []target) {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "JOB\tINSTANCE\tHEALTH\tLAST ERROR")
	for _, t := range ts {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", t.Labels["job"], t.Labels["instance"], t.Health, t.LastError)
	}
	w.Flush()
}
