package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Input that parses but would hurt is refused before anything runs, with the field
// and the fix (issue 11's cases), one fixture each.
func TestStrictInputIsRefusedNamingFieldAndFix(t *testing.T) {
	cases := map[string][]string{
		"strict-traefik-rule": {
			"traefik.hosts.prometheus: \"x`) || PathPrefix(`/\" is not a host name; use lower-case DNS labels such as grafana.example.com (it is written into a Traefik Host() rule)",
		},
		"strict-production": {
			`bind_address: "0.0.0.0" publishes ports beyond this host; use 127.0.0.1 and reach the UIs through Traefik`,
			`stand_ins: true runs the bench's stand-ins (a PostgreSQL, two Redis and a demo API of their own) beside the real product; only the local environment has them: set stand_ins: false`,
			`timings: "fast" is the test profile (alerts fire after a tenth of their for:); production must use "production"`,
			`grafana.url: "http://grafana.example.com" sends credentials in clear text to another host; use https://`,
			`state.endpoint: "http://s3.example.com" sends credentials in clear text to another host; use https://`,
			`state.key: "../other" climbs out of its folder with ..; name a path below it`,
		},
		"strict-path": {
			`testdata/strict-path.yaml: state.path: "../../elsewhere" climbs out of its folder with ..; name a path below it`,
		},
		"strict-two-documents": {
			`testdata/strict-two-documents.yaml: line 10: a second YAML document; an environment file holds one (remove the --- and what follows)`,
		},
		"strict-mail": {
			`email.to: "Ops <ops@example.com>" is not plain mail addresses; write them such as ops@example.com, oncall@example.com (they go into the To: header)`,
			`email.from: "am@example.com\r\nBcc: someone@example.org" holds a line break, which would add a mail header; write it on one line`,
			`email.smarthost: "smtp.example.com" is not host:port; write the relay such as smtp.example.com:587`,
			`networks.names[2]: "unicorn-network" is already networks.names[0]; list each once`,
			`public_urls[1]: "https://ops.example.com" is already public_urls[0]; list each once`,
		},
		"strict-labels": {
			`traefik.entrypoint: "websecure,web" is not one name; give one, of letters, digits, - and _ (it is written into a Traefik label, where a comma adds another)`,
			`traefik.cert_resolver: "letsencrypt,other" is not one name; give one, of letters, digits, - and _ (it is written into a Traefik label, where a comma adds another)`,
			`traefik.auth_middleware: "ops-auth@file,strip@docker" is not one middleware; give one, such as ops-auth@file (it is written into a Traefik label, where a comma adds another)`,
			`traefik.hosts.prometheus: "ops.example.com" is already traefik.hosts.alertmanager; give each UI its own host name`,
			`state.schema_name: "opsmon; drop table x" is not a plain PostgreSQL name; use lower-case letters, digits and _ (it is written into SQL), such as opsmon`,
			`grafana.org_id: -1 is not an organisation id; give Grafana's (1 for its first organisation), or leave it out`,
		},
		"strict-pg-long": {
			`state.schema_name: "opsmon_monitoring_state_of_the_ops_center_platform_x" makes opsmon_monitoring_state_of_the_ops_center_platform_x_strict_pg_long_host, longer than PostgreSQL's 63 bytes, which it would cut; use a shorter schema_name`,
		},
		"strict-port": {
			`testdata/strict-port.yaml: line 4: publish_ports.prometheus: "9090.5" is not a whole port number; give an integer from 1 to 65535`,
		},
	}
	wantLoadErrors(t, cases)
}

// An environment loaded as staging must call itself staging: the stacks are named
// after the file.
func TestAnEnvironmentNamedUnlikeItsFileIsRefused(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile("../environments/staging.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "staging.yaml"), []byte(strings.Replace(string(b), "name: staging", "name: production", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadEnvironment(dir, "staging")
	want := filepath.Join(dir, "staging.yaml") + `: name: "production" differs from the file's name; set name: staging`
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}
