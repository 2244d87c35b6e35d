package model

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"sort"
	"strings"
)

var (
	envNamePattern   = regexp.MustCompile(`^[a-z][a-z0-9-]{0,30}$`)
	dockerNamePatten = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9_.-]+$`)
	// A pinned image names an exact tag or digest; "latest" is not pinned.
	slackChannel = regexp.MustCompile(`^#[a-z0-9][a-z0-9._-]{0,79}$`)
	pinnedImage  = regexp.MustCompile(`^[a-z0-9./_:-]+(:[A-Za-z0-9_.-]+|@sha256:[a-f0-9]{64})$`)
)

// Validate checks every field and returns all problems at once, each naming the
// field and saying how to fix it.
func (e Environment) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", field, fmt.Sprintf(format, args...)))
	}
	if !envNamePattern.MatchString(e.Name) {
		bad("name", "%q is not a valid environment name; use lower-case letters, digits and dashes", e.Name)
	}
	oneOf(bad, "images", e.Images, "local", "upstream")
	e.HA.validate(bad)
	e.validateHostSubnet(bad)
	e.validateThanos(bad)
	if _, err := TimingProfile(e.Timings); err != nil {
		bad("timings", "%v", err)
	}
	oneOf(bad, "alert_engine", e.AlertEngine, "prometheus", "grafana")
	oneOf(bad, "notifications", e.Notifications, "sink", "real")
	if e.Notifications == "sink" && !e.StandIns {
		bad("notifications", `"sink" runs the local notification sink, which needs stand_ins: true; use "real" outside the local environment`)
	}
	for _, name := range sortedKeys(e.ImageOverrides) {
		if _, ok := ComponentByName(name); !ok {
			if _, ok := StandInByName(name); !ok {
				bad("image_overrides."+name, "no component is called %q; known: %s", name, strings.Join(allContainerNames(), ", "))
				continue
			}
		}
		if img := e.ImageOverrides[name]; !pinnedImage.MatchString(img) || strings.HasSuffix(img, ":latest") {
			bad("image_overrides."+name, "%q is not pinned; give an exact tag (repo/name:v1.2.3) or a digest (@sha256:...)", img)
		}
	}
	if ip := net.ParseIP(e.BindAddress); ip == nil {
		bad("bind_address", "%q is not an IP address; use 127.0.0.1 to keep ports on this host only", e.BindAddress)
	}
	seen := map[int]string{}
	for _, name := range sortedKeys(e.PublishPorts) {
		port := e.PublishPorts[name]
		if !e.Has(name) {
			bad("publish_ports."+name, "%q does not run in this environment; publish one of: %s", name, strings.Join(e.publishable(), ", "))
		} else if c, _ := ComponentByName(name); c.HostNamespaces {
			bad("publish_ports."+name, "%s runs in the host's network, where a published port means nothing; it listens on the gateway of %s only (host_subnet): remove the line", name, e.HostNetwork())
		}
		if port < 1 || port > 65535 {
			bad("publish_ports."+name, "port %d is out of range 1-65535", port)
		} else if other, dup := seen[port]; dup {
			bad("publish_ports."+name, "port %d is already published for %s; choose another", port, other)
		}
		seen[port] = name
	}
	if len(e.Networks.Names) == 0 {
		bad("networks.names", "empty; list the Docker networks the containers join (for example unicorn-network)")
	}
	for i, n := range e.Networks.Names {
		if !dockerNamePatten.MatchString(n) {
			bad(fmt.Sprintf("networks.names[%d]", i), "%q is not a valid Docker network name", n)
		}
	}
	e.validateTraefik(bad)
	for i, u := range e.PublicURLs {
		if p, err := url.Parse(u); err != nil || p.Scheme != "https" || p.Host == "" {
			bad(fmt.Sprintf("public_urls[%d]", i), "%q is not an https:// URL; TLS probes need https://host/path", u)
		}
	}
	if e.Grafana.URL != "" {
		if p, err := url.Parse(e.Grafana.URL); err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
			bad("grafana.url", "%q is not an http(s) URL; give Grafana's base URL, e.g. https://grafana.example.com", e.Grafana.URL)
		}
	}
	if e.Notifications == "real" {
		if e.Email.To == "" || e.Email.From == "" || e.Email.Smarthost == "" {
			bad("email", "to, from and smarthost are required when notifications is \"real\"")
		}
	}
	if e.Slack.Channel != "" && !slackChannel.MatchString(e.Slack.Channel) {
		bad("slack.channel", "%q is not a Slack channel; give this environment's own, e.g. %s", e.Slack.Channel, e.Slack.defaultChannel(e.Name))
	}
	e.validateState(bad)
	e.validateDocker(bad)
	e.validateHosts(bad)
	e.validateStrict(bad)
	return errors.Join(errs...)
}

func (e Environment) validateTraefik(bad func(string, string, ...any)) {
	t := e.Traefik
	if !t.Enabled {
		return
	}
	if t.CertResolver == "" {
		bad("traefik.cert_resolver", "required when traefik.enabled is true; set the name of Traefik's certificate resolver (e.g. letsencrypt)")
	}
	if t.Entrypoint == "" {
		bad("traefik.entrypoint", "required when traefik.enabled is true; set Traefik's HTTPS entrypoint (e.g. websecure)")
	}
	if t.AuthMiddleware == "" {
		bad("traefik.auth_middleware", "required when traefik.enabled is true: Prometheus and Alertmanager have no login of their own; name a Traefik auth middleware (e.g. ops-auth@file)")
	}
	edge := "opsmon-" + e.Name + "-edge"
	switch {
	case t.Network == "":
		bad("traefik.network", "required when traefik.enabled is true; name the edge network Traefik reaches the UIs on, such as %s", edge)
	case contains(e.Networks.Names, t.Network):
		bad("traefik.network", "%q is a product network (networks.names): the monitoring logins would cross it; name an edge network only Traefik and the UIs join, such as %s", t.Network, edge)
	case t.Network == e.MonitoringNetwork() || t.Network == e.GossipNetwork() || t.Network == e.HostNetwork():
		bad("traefik.network", "%q is one of the stack's own networks; name an edge network only Traefik and the UIs join, such as %s", t.Network, edge)
	case !dockerNamePatten.MatchString(t.Network):
		bad("traefik.network", "%q is not a valid Docker network name; such as %s", t.Network, edge)
	}
	for _, c := range Components() {
		if c.TraefikHostKey != "" && e.Has(c.Name) && t.Hosts[c.TraefikHostKey] == "" {
			bad("traefik.hosts."+c.TraefikHostKey, "missing; give the host name Traefik routes to %s", c.Name)
		}
	}
}

func (e Environment) validateState(bad func(string, string, ...any)) {
	s := e.State
	switch s.Backend {
	case "local":
	case "pg":
		if s.SchemaName == "" {
			bad("state.schema_name", "required for the pg backend; name the PostgreSQL schema that holds this environment's state")
		}
	case "s3":
		for field, v := range map[string]string{"bucket": s.Bucket, "key": s.Key, "region": s.Region} {
			if v == "" {
				bad("state."+field, "required for the s3 backend")
			}
		}
	default:
		bad("state.backend", "%q is not a state backend; use local, pg or s3", s.Backend)
	}
}

func oneOf(bad func(string, string, ...any), field, value string, allowed ...string) {
	if !contains(allowed, value) {
		bad(field, "%q is not allowed; use one of %s", value, strings.Join(allowed, ", "))
	}
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func allContainerNames() []string {
	var out []string
	for _, c := range append(Components(), StandIns()...) {
		out = append(out, c.Name)
	}
	return out
}

// publishable lists the containers a port can be published for, for hints: not
// those in the host's network.
func (e Environment) publishable() []string {
	var out []string
	for _, c := range e.Containers() {
		if !c.HostNamespaces {
			out = append(out, c.Name)
		}
	}
	return out
}
