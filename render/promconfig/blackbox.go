package promconfig

// blackbox.yml: the probe modules the blackbox jobs name.

type blackboxConfig struct {
	Modules map[string]blackboxModule `yaml:"modules"`
}

type blackboxModule struct {
	Prober  string       `yaml:"prober"`
	Timeout string       `yaml:"timeout"`
	HTTP    blackboxHTTP `yaml:"http"`
}

type blackboxHTTP struct {
	PreferredIPProtocol string `yaml:"preferred_ip_protocol"`
	FailIfNotSSL        bool   `yaml:"fail_if_not_ssl,omitempty"`
	// IPProtocolFallback keeps IPv4-only hosts probing when IPv6 is absent.
	IPProtocolFallback bool `yaml:"ip_protocol_fallback"`
}

func blackbox() blackboxConfig {
	return blackboxConfig{Modules: map[string]blackboxModule{
		// http_2xx: is the service answering its health endpoint?
		"http_2xx": {Prober: "http", Timeout: "5s", HTTP: blackboxHTTP{PreferredIPProtocol: "ip4", IPProtocolFallback: true}},
		// https_tls: the same over HTTPS, exposing probe_ssl_earliest_cert_expiry.
		"https_tls": {Prober: "http", Timeout: "10s", HTTP: blackboxHTTP{PreferredIPProtocol: "ip4", IPProtocolFallback: true, FailIfNotSSL: true}},
	}}
}
