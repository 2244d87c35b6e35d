package model

import (
	"net"
	"net/url"
	"path/filepath"
	"regexp"
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
}

func containsDotDot(p string) bool {
	for _, part := range strings.Split(filepath.ToSlash(p), "/") {
		if part == ".." {
			return true
		}
	}
	return false
}
