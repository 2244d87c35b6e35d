package promconfig

import (
	"regexp"
	"time"

	prommodel "github.com/prometheus/common/model"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Paths inside the Prometheus container; the host stack uploads the files there.
const (
	ConfigDir       = "/etc/prometheus"
	blackboxAddress = model.BlackboxExporter + ":9115"
)

// RuleFiles are the rule files prometheus.yml loads, by base name.
var RuleFiles = []string{"recording-rules.yml", "alert-rules.yml"}

func prometheusConfig(env model.Environment) config {
	t := env.TimingProfile()
	cfg := config{
		Global: global{
			ScrapeInterval:     duration(t.ScrapeInterval),
			ScrapeTimeout:      duration(min(t.ScrapeInterval, 10*time.Second)),
			EvaluationInterval: duration(t.EvaluationInterval),
			ExternalLabels:     map[string]string{model.EnvironmentLabel: env.Name, "monitor": "ops-center"},
		},
		Alerting: alerting{Alertmanagers: []alertmanagerConfig{{
			BasicAuth:     asPrometheus(&model.AlertmanagerAuth),
			StaticConfigs: []staticConfig{{Targets: alertmanagers(env)}},
		}}},
	}
	if env.WebTLS {
		cfg.Alerting.Alertmanagers[0].Scheme, cfg.Alerting.Alertmanagers[0].TLSConfig = "https", &tlsConfig{CAFile: model.CAFile}
	}
	if env.PrometheusPaired() {
		// Each replica names itself; the Alertmanagers get one alert from all of them.
		cfg.Global.ExternalLabels[model.ReplicaLabel] = "${" + model.ReplicaEnv + "}"
		cfg.Alerting.AlertRelabelConfigs = []relabel{{Regex: model.ReplicaLabel, Action: "labeldrop"}}
	}
	for _, f := range RuleFiles {
		cfg.RuleFiles = append(cfg.RuleFiles, ConfigDir+"/"+f)
	}
	for _, job := range env.Jobs() {
		cfg.ScrapeConfigs = append(cfg.ScrapeConfigs, scrapeJob(env, job))
	}
	cfg.ScrapeConfigs = append(cfg.ScrapeConfigs, dockerDiscovery(env))
	return cfg
}

// asPrometheus is the basic auth Prometheus sends to an API protected by w: the
// password from Prometheus's own secrets volume, which holds both.
func asPrometheus(w *model.WebAuth) *basicAuth {
	if w == nil {
		return nil
	}
	return &basicAuth{Username: model.WebAuthUser, PasswordFile: model.SecretsDir + "/" + w.Secret}
}

// scrapeJob renders one static job; every target carries the job's service label
// unless the target names its own (blackbox probes label what they probe).
// With web_tls, an API behind basic auth is scraped over HTTPS, trusting the
// environment's CA alone.
func scrapeJob(env model.Environment, job model.ScrapeJob) scrapeConfig {
	sc := scrapeConfig{JobName: job.Name, MetricsPath: job.MetricsPath, BasicAuth: asPrometheus(job.Auth)}
	if env.WebTLS && job.Auth != nil {
		sc.Scheme, sc.TLSConfig = "https", &tlsConfig{CAFile: model.CAFile}
	}
	for _, t := range job.Targets {
		labels := map[string]string{"service": string(job.Service)}
		for k, v := range t.Labels {
			labels[k] = v
		}
		sc.StaticConfigs = append(sc.StaticConfigs, staticConfig{Targets: []string{t.Address}, Labels: labels})
	}
	if job.Probe != "" {
		sc.MetricsPath = "/probe"
		sc.Params = map[string][]string{"module": {job.Probe}}
		sc.RelabelConfigs = []relabel{
			{SourceLabels: []string{"__address__"}, TargetLabel: "__param_target"},
			{SourceLabels: []string{"__param_target"}, TargetLabel: "instance"},
			{TargetLabel: "__address__", Replacement: blackboxAddress},
		}
	}
	return sc
}

// dockerDiscovery scrapes any container that opts in with the prometheus.io/scrape
// label, on the port and path its labels give, once (on the first shared network).
func dockerDiscovery(env model.Environment) scrapeConfig {
	meta := func(label string) string {
		return "__meta_docker_container_label_" + regexp.MustCompile(`[^a-zA-Z0-9_]`).ReplaceAllString(label, "_")
	}
	return scrapeConfig{
		JobName:  model.JobDockerSD,
		DockerSD: []dockerSD{{Host: "unix://" + model.DockerProxySocket, RefreshInterval: "30s"}},
		RelabelConfigs: []relabel{
			{SourceLabels: []string{meta(model.DockerSDLabel)}, Regex: "true", Action: "keep"},
			{SourceLabels: []string{"__meta_docker_network_name"}, Regex: regexp.QuoteMeta(env.Networks.Names[0]), Action: "keep"},
			{SourceLabels: []string{"__meta_docker_network_ip", meta(model.DockerSDPortLabel)}, Regex: `(.+);(\d+)`,
				Replacement: "$1:$2", TargetLabel: "__address__"},
			{SourceLabels: []string{meta(model.DockerSDPathLabel)}, Regex: "(.+)", TargetLabel: "__metrics_path__"},
			{SourceLabels: []string{"__meta_docker_container_name"}, Regex: "/(.*)", TargetLabel: "container"},
			{SourceLabels: []string{"__meta_docker_container_name"}, Regex: "/(.*)", TargetLabel: "instance"},
			{SourceLabels: []string{meta(model.DockerSDJobLabel)}, Regex: "(.+)", TargetLabel: "job"},
			{SourceLabels: []string{meta("opsmon.service")}, Regex: "(.+)", TargetLabel: "service"},
		},
	}
}

// duration writes a Go duration the way Prometheus spells it (15s, 5m, 3h).
func duration(d time.Duration) string { return prommodel.Duration(d).String() }

// alertmanagers are every Alertmanager peer: Prometheus sends each alert to all.
func alertmanagers(env model.Environment) []string {
	var out []string
	for _, name := range env.Replicas(model.Alertmanager) {
		out = append(out, name+":9093")
	}
	return out
}
