package model

import (
	"strings"
	"testing"
)

func TestShippedEnvironmentsAreValid(t *testing.T) {
	for _, name := range EnvironmentNames {
		if _, err := LoadEnvironment("../environments", name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// Each bad fixture must fail with these exact messages, naming field and fix.
func TestBadEnvironmentFilesFailWithTheFieldAndTheFix(t *testing.T) {
	cases := map[string][]string{
		"unknown-field": {
			`testdata/unknown-field.yaml: line 10: unknown field "retention"; allowed here: alert_engine, bind_address, docker, email, grafana, ha, host_subnet, hosts, image_overrides, images, name, networks, notifications, public_urls, publish_ports, slack, stand_ins, state, timings, traefik, web_tls`,
		},
		"wrong-type": {
			`testdata/wrong-type.yaml: line 5: publish_ports.prometheus: "ninety" is not a whole port number; give an integer from 1 to 65535`,
		},
		"publish-absent": {
			`testdata/publish-absent.yaml: publish_ports.grafana: "grafana" does not run in this environment; publish one of: unicorn-postgresql, unicorn-redis, unicorn-lago-redis, ops-center-direct, notification-sink, docker-proxy, prometheus, alertmanager, postgres-exporter, redis-exporter, redis-exporter-lago, blackbox-exporter`,
		},
		"publish-host-namespaces": {
			`testdata/publish-host-namespaces.yaml: publish_ports.node-exporter: node-exporter runs in the host's network, where a published port means nothing; it listens on the gateway of opsmon-local-host only (host_subnet): remove the line`,
		},
		"traefik-incomplete": {
			`testdata/traefik-incomplete.yaml: traefik.cert_resolver: required when traefik.enabled is true; set the name of Traefik's certificate resolver (e.g. letsencrypt)`,
			`traefik.hosts.grafana: missing; give the host name Traefik routes to grafana`,
			`traefik.network: "web" is a product network (networks.names): the monitoring logins would cross it; name an edge network only Traefik and the UIs join, such as opsmon-staging-edge`,
		},
		"bad-values": {
			`images: "docker-hub" is not allowed; use one of local, upstream`,
			`timings: unknown timing profile "slow"; use "production" or "fast"`,
			`alert_engine: "both" is not allowed; use one of prometheus, grafana`,
			`image_overrides.loki: no component is called "loki"; known: docker-proxy, prometheus, alertmanager, grafana, node-exporter, cadvisor, postgres-exporter, redis-exporter, redis-exporter-lago, blackbox-exporter, thanos-sidecar, thanos-store, thanos-compact, thanos-query, unicorn-postgresql, unicorn-redis, unicorn-lago-redis, ops-center-direct, seaweedfs, notification-sink`,
			`image_overrides.prometheus: "registry.local/prometheus:latest" is not pinned; give an exact tag (repo/name:v1.2.3) or a digest (@sha256:...)`,
			`bind_address: "localhost" is not an IP address; use 127.0.0.1 to keep ports on this host only`,
			`publish_ports.prometheus: port 9090 is already published for alertmanager; choose another`,
			`networks.names: empty; list the Docker networks the containers join (for example unicorn-network)`,
			`state.backend: "consul" is not a state backend; use local, pg or s3`,
			`ha.prometheus_replicas: 4 is out of range; use 1 (no HA), 2 or 3`,
			`ha.alertmanager_peers: -1 is out of range; use 1 (no HA) up to 5 (3 is the usual cluster)`,
			`ha.gossip_subnet: "8.8.8.0/28" is not a private IPv4 subnet from /16 to /29 given by its first address; use one no network of the host uses, such as 10.213.253.0/28`,
		},
		"hosts-bad": {
			`hosts[0].name: "primary" is taken ("primary" is the environment's own host); give each host its own name`,
			`hosts[0].docker.host: "unix:///var/run/docker.sock" is already docker.host; each host has its own engine`,
			`hosts[1].name: "Worker_2" is not a host name; use lower-case letters, digits and dashes (it becomes the host label)`,
			`hosts[1].docker.host: required: the host's own engine, ssh://user@host[:port] (with host_key), or a unix:// socket of a second engine on this machine`,
			`hosts[1].address: "127.0.0.1" is not an address the central Prometheus can reach; give the host's own IP on the network between the hosts (its agents listen there)`,
			`hosts[2].docker.socket_gid: not used on a further host (only its agents run there, and none reads the Docker socket); remove it`,
			`hosts[2].docker.host_key: required for an ssh:// host, so the deploy never trusts an unknown key; copy it from the host: ssh-keyscan -p PORT HOST (the part after the host name)`,
			`hosts[2].address: "0.0.0.0" is not an address the central Prometheus can reach; give the host's own IP on the network between the hosts (its agents listen there)`,
			`web_tls: false, but hosts: are scraped across the network between the hosts, and node-exporter's password would cross it in clear text; set web_tls: true (opsmon tls-ca -env staging makes the CA)`,
		},
		"host-subnet-public": {
			`host_subnet: "8.8.4.0/29" is not a private IPv4 subnet from /16 to /29 given by its first address; use one no network of the host uses, such as 10.213.252.0/29`,
		},
		"host-subnet-overlap": {
			`host_subnet: "10.213.253.8/29" overlaps ha.gossip_subnet 10.213.253.0/28; give each its own subnet`,
		},
		"host-subnet-default-overlap": {
			`host_subnet: "10.213.252.0/29" overlaps ha.gossip_subnet 10.213.252.0/28; give each its own subnet`,
		},
		"thanos-bad": {
			`ha.thanos.bucket: "Metrics_Bucket" is not an S3 bucket name; use 3 to 63 lower-case letters, digits, dots and dashes`,
			`ha.thanos.endpoint: "http://s3.example.com" is not host:port; name the S3 API without a scheme, such as s3.eu-west-1.amazonaws.com`,
			`ha.thanos.insecure: plain HTTP sends the bucket's credentials in clear text; only the local stand-in may use it, remove the line`,
			`ha.thanos.retention.raw: "30 days" is not a duration; use a number of days such as 90d (0d keeps forever)`,
			`ha.thanos.retention.1h: "forever" is not a duration; use a number of days such as 90d (0d keeps forever)`,
		},
	}
	wantLoadErrors(t, cases)
}

func TestMissingEnvironmentNamesTheChoices(t *testing.T) {
	_, err := LoadEnvironment("../environments", "prod")
	if err == nil || !strings.Contains(err.Error(), "choose one of local, staging, production") {
		t.Fatalf("err = %v", err)
	}
}

func TestLocalEnvironmentNamesEveryException(t *testing.T) {
	env, err := LoadEnvironment("../environments", "local")
	if err != nil {
		t.Fatal(err)
	}
	absent := env.Absent()
	for _, name := range []string{"grafana", "cadvisor", "uchub-keycloak", "unicorn-lago-api", "traefik"} {
		if absent[name] == "" {
			t.Errorf("local should name %s as absent, with a reason", name)
		}
	}
	if len(absent) != 5 {
		t.Errorf("absent = %v, want exactly the five that cannot be built here", absent)
	}
	for _, j := range env.Jobs() {
		if j.Name == JobKeycloak || j.Name == JobCAdvisor {
			t.Errorf("local scrapes %s, which does not run here", j.Name)
		}
	}
}

func TestFastProfileScalesForButNotBelowOneEvaluation(t *testing.T) {
	fast, _ := TimingProfile("fast")
	prod, _ := TimingProfile("production")
	if got := fast.For(120e9); got != 12e9 {
		t.Errorf("fast For(2m) = %v, want 12s", got)
	}
	if got := fast.For(30e9); got != 5e9 {
		t.Errorf("fast For(30s) = %v, want one evaluation interval (5s)", got)
	}
	if got := prod.For(600e9); got != 600e9 {
		t.Errorf("production For(10m) = %v, want 10m unchanged", got)
	}
}

// wantLoadErrors loads each fixture testdata/<name>.yaml and checks its error holds
// every expected message.
func wantLoadErrors(t *testing.T, cases map[string][]string) {
	t.Helper()
	for name, wants := range cases {
		_, err := LoadEnvironment("testdata", name)
		if err == nil {
			t.Errorf("%s: loaded without error", name)
			continue
		}
		for _, want := range wants {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error lacks %q\ngot: %v", name, want, err)
			}
		}
	}
}
