package promconfig

// The subset of Prometheus' configuration file this stack writes. Typed structs
// rather than templates, so that rendering cannot produce malformed YAML; promtool
// of the pinned Prometheus checks the result in tests.

type config struct {
	Global        global         `yaml:"global"`
	RuleFiles     []string       `yaml:"rule_files"`
	Alerting      alerting       `yaml:"alerting"`
	ScrapeConfigs []scrapeConfig `yaml:"scrape_configs"`
}

type global struct {
	ScrapeInterval     string            `yaml:"scrape_interval"`
	ScrapeTimeout      string            `yaml:"scrape_timeout"`
	EvaluationInterval string            `yaml:"evaluation_interval"`
	ExternalLabels     map[string]string `yaml:"external_labels"`
}

type alerting struct {
	AlertRelabelConfigs []relabel            `yaml:"alert_relabel_configs,omitempty"`
	Alertmanagers       []alertmanagerConfig `yaml:"alertmanagers"`
}

type alertmanagerConfig struct {
	Scheme        string         `yaml:"scheme,omitempty"`
	BasicAuth     *basicAuth     `yaml:"basic_auth,omitempty"`
	TLSConfig     *tlsConfig     `yaml:"tls_config,omitempty"`
	StaticConfigs []staticConfig `yaml:"static_configs"`
}

// tlsConfig trusts the environment's CA alone.
type tlsConfig struct {
	CAFile string `yaml:"ca_file"`
}

type basicAuth struct {
	Username     string `yaml:"username"`
	PasswordFile string `yaml:"password_file"`
}

type scrapeConfig struct {
	JobName        string              `yaml:"job_name"`
	MetricsPath    string              `yaml:"metrics_path,omitempty"`
	Scheme         string              `yaml:"scheme,omitempty"`
	BasicAuth      *basicAuth          `yaml:"basic_auth,omitempty"`
	TLSConfig      *tlsConfig          `yaml:"tls_config,omitempty"`
	Params         map[string][]string `yaml:"params,omitempty"`
	StaticConfigs  []staticConfig      `yaml:"static_configs,omitempty"`
	DockerSD       []dockerSD          `yaml:"docker_sd_configs,omitempty"`
	RelabelConfigs []relabel           `yaml:"relabel_configs,omitempty"`
}

type staticConfig struct {
	Targets []string          `yaml:"targets"`
	Labels  map[string]string `yaml:"labels,omitempty"`
}

type dockerSD struct {
	Host            string `yaml:"host"`
	RefreshInterval string `yaml:"refresh_interval"`
}

type relabel struct {
	SourceLabels []string `yaml:"source_labels,omitempty"`
	Regex        string   `yaml:"regex,omitempty"`
	TargetLabel  string   `yaml:"target_label,omitempty"`
	Replacement  string   `yaml:"replacement,omitempty"`
	Action       string   `yaml:"action,omitempty"`
}
