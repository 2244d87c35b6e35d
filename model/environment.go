package model

// EnvironmentLabel is the label every alert carries with its environment's name
// (Prometheus's external label), so notifications group and read by environment.
const EnvironmentLabel = "environment"

// ContainerEnvironmentLabel marks every container of an environment on its
// engine: what a command may treat as this project's.
const ContainerEnvironmentLabel = "opsmon.environment"

// Environment is one place the stack deploys to, read from environments/<name>.yaml.
// Every field has a yaml name so that validation errors can name it as the user wrote it.
type Environment struct {
	Name string `yaml:"name"`
	// Images is "local" (images built on this machine by make setup) or "upstream"
	// (the pinned upstream tags of Components).
	Images string `yaml:"images"`
	// ImageOverrides replaces a component's image, e.g. with a private registry's copy.
	ImageOverrides map[string]string `yaml:"image_overrides"`
	// Timings names a timing profile: "production" or "fast".
	Timings string `yaml:"timings"`
	// BindAddress is the host address published ports listen on.
	BindAddress string `yaml:"bind_address"`
	// PublishPorts maps a container name to the host port it is published on.
	PublishPorts map[string]int `yaml:"publish_ports"`
	Networks     Networks       `yaml:"networks"`
	Traefik      Traefik        `yaml:"traefik"`
	// AlertEngine is "prometheus" (Prometheus rules + Alertmanager, the default) or
	// "grafana" (Grafana-managed rules and contact points). Never both: one pages.
	AlertEngine string `yaml:"alert_engine"`
	// Notifications is "sink" (deliveries go to the local notification sink) or
	// "real" (Slack, email and PagerDuty from secrets).
	Notifications string `yaml:"notifications"`
	// StandIns runs real stand-ins for the monitored services that can be built here
	// (PostgreSQL, both Redis instances, a demo Ops-Center backend).
	StandIns bool `yaml:"stand_ins"`
	// PublicURLs are the HTTPS endpoints whose certificates the TLS probes watch.
	PublicURLs []string   `yaml:"public_urls"`
	Grafana    GrafanaAPI `yaml:"grafana"`
	Email      Email      `yaml:"email"`
	Slack      Slack      `yaml:"slack"`
	State      State      `yaml:"state"`
	// Docker is the engine the host stack deploys to (required outside local).
	Docker DockerHost `yaml:"docker"`
	// HA replicates Prometheus and clusters Alertmanager (off when unset).
	HA HA `yaml:"ha"`
	// WebTLS serves every API behind basic auth over HTTPS only, with certificates
	// from the environment's own CA (web_tls_ca_cert and web_tls_ca_key in the
	// secrets file), which make secrets-push issues per container.
	WebTLS bool `yaml:"web_tls"`
	// HostListenSubnet is the private subnet of the network whose gateway address
	// node-exporter listens on, in the host's namespaces (DefaultHostSubnet when
	// unset; model/hostnet.go).
	HostListenSubnet string `yaml:"host_subnet"`
	// Hosts are further Docker hosts, each running the agents the central
	// Prometheus scrapes (none when unset: one host).
	Hosts []Host `yaml:"hosts"`
}

// Networks says which Docker networks the containers join.
type Networks struct {
	// Create makes the stack own the networks; false attaches to existing ones.
	Create bool     `yaml:"create"`
	Names  []string `yaml:"names"`
}

// Traefik routes HTTPS to the UIs; Hosts maps "prometheus", "alertmanager" and
// "grafana" to host names. Network is the edge network the product's Traefik and
// the routed UIs share, and no product container joins: the monitoring logins
// never cross a product network. The stack creates it where it creates networks;
// elsewhere the operator creates it once, with Traefik on it.
type Traefik struct {
	Enabled        bool              `yaml:"enabled"`
	CertResolver   string            `yaml:"cert_resolver"`
	Entrypoint     string            `yaml:"entrypoint"`
	Network        string            `yaml:"network"`
	AuthMiddleware string            `yaml:"auth_middleware"`
	Hosts          map[string]string `yaml:"hosts"`
}

// BackendLogin names the Traefik middleware that, once a person passed the auth
// middleware, replaces their Authorization header with the component's own login
// (user opsmon, its web password): one login for people, the service's own
// behind it. `opsmon traefik-config` writes it for Traefik's file provider.
func (e Environment) BackendLogin(component string) string {
	return "opsmon-" + e.Name + "-" + component + "-login"
}

// GrafanaAPI is where the Grafana stack applies dashboards and alerting.
type GrafanaAPI struct {
	URL string `yaml:"url"`
	// OrgID is the Grafana organisation that owns the content.
	OrgID int `yaml:"org_id"`
}

// Email is the SMTP relay the email receiver sends through.
type Email struct {
	To        string `yaml:"to"`
	From      string `yaml:"from"`
	Smarthost string `yaml:"smarthost"`
	Username  string `yaml:"username"`
}

// Slack is where the Slack integration posts; each environment has its own channel.
type Slack struct {
	// Channel is #ops-center-alerts-<environment> when unset.
	Channel string `yaml:"channel"`
}

// SlackChannel is the channel the environment's Slack notifications go to.
func (e Environment) SlackChannel() string {
	if e.Slack.Channel != "" {
		return e.Slack.Channel
	}
	return e.Slack.defaultChannel(e.Name)
}

func (Slack) defaultChannel(env string) string { return "#ops-center-alerts-" + env }

// State chooses where Terraform state lives.
type State struct {
	// Backend is "local", "pg" or "s3".
	Backend string `yaml:"backend"`
	// Path is the folder holding each stack's <stack>.tfstate (local backend),
	// relative to the repository root unless absolute; "state" when empty.
	Path string `yaml:"path"`
	// SchemaName is the PostgreSQL schema holding state (pg backend; the server and
	// credentials come from the libpq variables PGHOST, PGUSER, PGPASSWORD, ...).
	SchemaName string `yaml:"schema_name"`
	// Bucket, Key, Region and Endpoint locate the S3-compatible object (s3 backend).
	Bucket   string `yaml:"bucket"`
	Key      string `yaml:"key"`
	Region   string `yaml:"region"`
	Endpoint string `yaml:"endpoint"`
}

// TimingProfile resolves the environment's timing profile (validated on load).
func (e Environment) TimingProfile() Timings {
	t, _ := TimingProfile(e.Timings)
	return t
}

// IsLocal tells the bench environment, which runs on this machine's own engines
// and bridges: the rules meant for traffic between hosts (a published port, plain
// HTTP to object storage or a further host) do not bind it.
func (e Environment) IsLocal() bool { return e.Name == "local" }

// Image is the image a component runs in this environment, or "" when the
// environment cannot run it (a local build that cannot be made here).
func (e Environment) Image(c Component) string {
	if img, ok := e.ImageOverrides[c.Name]; ok {
		return img
	}
	if e.Images == "local" {
		return c.Local
	}
	return c.Upstream
}

// Has reports whether a container (component, stand-in or monitored service)
// exists in this environment.
func (e Environment) Has(container string) bool {
	if c, ok := ComponentByName(container); ok {
		return e.Image(c) != "" && (c.Service != ServiceThanos || e.ThanosOn())
	}
	switch container {
	case NotificationSink:
		return e.Notifications == "sink"
	case LocalObjectStore:
		return e.StandIns && e.ThanosOn()
	}
	if m, ok := MonitoredByContainer(container); ok {
		// Without stand-ins, the product's own compose project runs every monitored service.
		return !e.StandIns || m.LocalStandIn
	}
	return false
}

// Absent lists the components and monitored services this environment leaves out,
// with the reason, so that screens and tests name each exception.
func (e Environment) Absent() map[string]string {
	out := map[string]string{}
	for _, c := range Components() {
		if !e.Has(c.Name) && (c.Service != ServiceThanos || e.ThanosOn()) {
			out[c.Name] = c.LocalAbsentReason
		}
	}
	for _, m := range MonitoredServices {
		if !e.Has(m.Container) {
			out[m.Container] = m.LocalAbsentReason
		}
	}
	return out
}

// Jobs are the scrape jobs whose targets exist in this environment.
func (e Environment) Jobs() []ScrapeJob {
	var out []ScrapeJob
	for _, j := range ScrapeJobs(e.PublicURLs) {
		if !e.hasAll(j.Needs) {
			continue
		}
		var kept []Target
		for _, t := range j.Targets {
			if t.Needs == "" || e.Has(t.Needs) {
				kept = append(kept, e.replicaTargets(t)...)
			}
		}
		if len(kept) == 0 {
			continue
		}
		j.Targets = e.hostTargets(j, kept)
		out = append(out, j)
	}
	return out
}

func (e Environment) hasAll(names []string) bool {
	for _, n := range names {
		if !e.Has(n) {
			return false
		}
	}
	return true
}

// Containers are the containers the host stack declares in this environment: with
// stand-ins, the local services first (exporters and the demo depend on them), then
// the monitoring components it can run.
func (e Environment) Containers() []Component {
	var out []Component
	if e.StandIns {
		for _, c := range StandIns() {
			if e.Has(c.Name) || (c.Name != NotificationSink && c.Name != LocalObjectStore) {
				out = append(out, c)
			}
		}
	}
	for _, c := range Components() {
		if e.Has(c.Name) {
			out = append(out, e.replicasOf(c)...)
		}
	}
	return out
}
