package model

import (
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// A Traefik host name: DNS labels only. A backtick or a parenthesis would end the
// Host(`...`) rule it is written into and let the file add rules of its own.
var hostName = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$`)

// validateStrict refuses values that parse but would hurt: a rule injected through a
// Traefik host, a published port open to the world, plain http to a remote Grafana or
// S3, a path that climbs out of its folder, and the fast test timings in production.
func (e Environment) validateStrict(bad func(string, string, ...any)) {
	for _, key := range sortedKeys(e.Traefik.Hosts) {
		if h := e.Traefik.Hosts[key]; !hostName.MatchString(h) {
			bad("traefik.hosts."+key, "%q is not a host name; use lower-case DNS labels such as grafana.example.com (it is written into a Traefik Host() rule)", h)
		}
	}
	if ip := net.ParseIP(e.BindAddress); ip != nil && !ip.IsLoopback() && !e.IsLocal() {
		bad("bind_address", "%q publishes ports beyond this host; use 127.0.0.1 and reach the UIs through Traefik", e.BindAddress)
	}
	if e.StandIns && !e.IsLocal() {
		bad("stand_ins", "true runs the bench's stand-ins (a PostgreSQL, two Redis and a demo API of their own) beside the real product; only the local environment has them: set stand_ins: false")
	}
	if e.Name == "production" && e.Timings != "production" {
		bad("timings", "%q is the test profile (alerts fire after a tenth of their for:); production must use \"production\"", e.Timings)
	}
	remoteHTTP := func(field, raw string) {
		u, err := url.Parse(raw)
		if err != nil || u.Scheme != "http" {
			return
		}
		if ip := net.ParseIP(u.Hostname()); (ip != nil && ip.IsLoopback()) || u.Hostname() == "localhost" {
			return
		}
		bad(field, "%q sends credentials in clear text to another host; use https://", raw)
	}
	remoteHTTP("grafana.url", e.Grafana.URL)
	remoteHTTP("state.endpoint", e.State.Endpoint)
	for field, p := range map[string]string{"state.path": e.State.Path, "state.key": e.State.Key} {
		if containsDotDot(p) {
			bad(field, "%q climbs out of its folder with ..; name a path below it", p)
		}
	}
	e.validateMail(bad)
	e.validateUnique(bad)
	e.validateTraefikLabels(bad)
	e.validatePgNames(bad)
	if e.Grafana.OrgID < 0 {
		bad("grafana.org_id", "%d is not an organisation id; give Grafana's (1 for its first organisation), or leave it out", e.Grafana.OrgID)
	}
}

// Traefik reads some label values as lists: a comma in the entrypoint adds one (a
// plain-HTTP "web" would carry the logins in clear text), in the middleware adds
// or replaces one, in the resolver or the network names what no one meant.
var (
	traefikName       = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
	traefikMiddleware = regexp.MustCompile(`^[A-Za-z0-9_-]+(@[a-z0-9]+)?$`)
)

// validateTraefikLabels refuses a value that would be more than one thing in the
// label it is written into, and one host name routed to two UIs.
func (e Environment) validateTraefikLabels(bad func(string, string, ...any)) {
	t := e.Traefik
	if !t.Enabled {
		return
	}
	for _, f := range []struct{ field, value string }{{"traefik.entrypoint", t.Entrypoint}, {"traefik.cert_resolver", t.CertResolver}} {
		if f.value != "" && !traefikName.MatchString(f.value) {
			bad(f.field, "%q is not one name; give one, of letters, digits, - and _ (it is written into a Traefik label, where a comma adds another)", f.value)
		}
	}
	if m := t.AuthMiddleware; m != "" && !traefikMiddleware.MatchString(m) {
		bad("traefik.auth_middleware", "%q is not one middleware; give one, such as ops-auth@file (it is written into a Traefik label, where a comma adds another)", m)
	}
	routed := map[string]string{}
	for _, key := range sortedKeys(t.Hosts) {
		h := t.Hosts[key]
		if other, dup := routed[h]; dup {
			bad("traefik.hosts."+key, "%q is already traefik.hosts.%s; give each UI its own host name", h, other)
			continue
		}
		routed[h] = key
	}
}

// PostgreSQL names: lower-case, so they need no quoting, and at most 63 bytes,
// beyond which PostgreSQL cuts them silently (two stacks would share a schema).
var pgIdentifier = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

const pgMaxIdentifier = 63

func (e Environment) validatePgNames(bad func(string, string, ...any)) {
	s := e.State.SchemaName
	if e.State.Backend != "pg" || s == "" {
		return
	}
	if !pgIdentifier.MatchString(s) {
		bad("state.schema_name", "%q is not a plain PostgreSQL name; use lower-case letters, digits and _ (it is written into SQL), such as opsmon", s)
		return
	}
	for _, name := range append(e.PgSchemas(), e.PgDeployRole(), e.PgPlanRole()) {
		if len(name) > pgMaxIdentifier {
			bad("state.schema_name", "%q makes %s, longer than PostgreSQL's %d bytes, which it would cut; use a shorter schema_name", s, name, pgMaxIdentifier)
			return
		}
	}
}

func containsDotDot(p string) bool {
	for _, part := range strings.Split(filepath.ToSlash(p), "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

// A smarthost's host: DNS labels or an IP address, then a port.
var smtpHost = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$`)

// validateMail refuses mail settings that would reach a header or a connection
// other than the one written: a line break adds a header (Bcc:), a display name or
// a list where one address is meant, a smarthost that is not host:port.
func (e Environment) validateMail(bad func(string, string, ...any)) {
	for _, f := range [][2]string{{"email.to", e.Email.To}, {"email.from", e.Email.From}, {"email.username", e.Email.Username}} {
		if strings.ContainsAny(f[1], "\r\n") {
			bad(f[0], "%q holds a line break, which would add a mail header; write it on one line", f[1])
		}
	}
	// To: one or more plain addresses, comma-separated (Alertmanager sends to each).
	if v := e.Email.To; v != "" && !strings.ContainsAny(v, "\r\n") {
		if list, err := mail.ParseAddressList(v); err != nil || !allPlain(list) {
			bad("email.to", "%q is not plain mail addresses; write them such as ops@example.com, oncall@example.com (they go into the To: header)", v)
		}
	}
	if v := e.Email.From; v != "" && !strings.ContainsAny(v, "\r\n") {
		if a, err := mail.ParseAddress(v); err != nil || a.Name != "" || a.Address != v {
			bad("email.from", "%q is not one plain mail address; write one such as alertmanager@example.com (it goes into the From: header)", v)
		}
	}
	if e.Email.Smarthost != "" {
		host, port, err := net.SplitHostPort(e.Email.Smarthost)
		if n, perr := strconv.Atoi(port); err != nil || perr != nil || n < 1 || n > 65535 || !smtpHost.MatchString(host) {
			bad("email.smarthost", "%q is not host:port; write the relay such as smtp.example.com:587", e.Email.Smarthost)
		}
	}
}

// validateUnique refuses a list that names one thing twice: a network joined twice,
// a URL probed twice (two series of one target, each alert twice).
func (e Environment) validateUnique(bad func(string, string, ...any)) {
	for _, l := range []struct {
		field string
		items []string
	}{{"networks.names", e.Networks.Names}, {"public_urls", e.PublicURLs}} {
		first := map[string]int{}
		for i, v := range l.items {
			if j, dup := first[v]; dup {
				bad(fmt.Sprintf("%s[%d]", l.field, i), "%q is already %s[%d]; list each once", v, l.field, j)
				continue
			}
			first[v] = i
		}
	}
}

// allPlain: every address written bare, without a display name.
func allPlain(list []*mail.Address) bool {
	for _, a := range list {
		if a.Name != "" {
			return false
		}
	}
	return len(list) > 0
}
