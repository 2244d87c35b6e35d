package amconfig

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/alertmanager/config"
	"github.com/prometheus/alertmanager/template"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/alerts/tooltest"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

func load(t *testing.T, name string) model.Environment {
	t.Helper()
	env, err := model.LoadEnvironment("../../environments", name)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

// checkTree writes env's files with /etc/alertmanager pointed at a temp dir holding
// dummy secrets, as the container would see them, and returns the config path.
func checkTree(t *testing.T, env model.Environment) string {
	t.Helper()
	files, err := Files(env)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	rewritten := map[string][]byte{}
	for p, b := range files {
		rel := strings.TrimPrefix(p, "monitoring/alerting/")
		rewritten[rel] = []byte(strings.ReplaceAll(string(b), ContainerDir, root))
	}
	for _, s := range SecretFiles(env) {
		rewritten[strings.TrimPrefix(s, ContainerDir+"/")] = []byte("dummy-secret-for-check")
	}
	for rel, b := range rewritten {
		path := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(root, "alertmanager.yml")
}

func TestConfigLoadsAndKeepsTheRequestsTimings(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		cfg, err := config.LoadFile(checkTree(t, load(t, name)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := strings.Join(cfg.Route.GroupByStr, ","); got != "environment,alertname,severity,service" {
			t.Errorf("%s: group_by %s", name, got)
		}
		tp := load(t, name).TimingProfile()
		if time.Duration(*cfg.Route.GroupWait) != tp.GroupWait || time.Duration(*cfg.Route.GroupInterval) != tp.GroupInterval ||
			time.Duration(*cfg.Route.RepeatInterval) != tp.RepeatInterval {
			t.Errorf("%s: timings %v/%v/%v, want the %s profile", name, cfg.Route.GroupWait, cfg.Route.GroupInterval, cfg.Route.RepeatInterval, tp.Name)
		}
		for _, r := range cfg.Receivers {
			var got []string
			if len(r.PagerdutyConfigs) > 0 {
				got = append(got, KindPagerDuty)
			}
			if len(r.SlackConfigs) > 0 {
				got = append(got, KindSlack)
			}
			if len(r.EmailConfigs) > 0 {
				got = append(got, KindEmail)
			}
			if len(r.WebhookConfigs) > 0 {
				got = append(got, KindWebhook)
			}
			if !slices.Equal(got, Integrations(r.Name)) {
				t.Errorf("%s: receiver %s delivers through %v, want %v", name, r.Name, got, Integrations(r.Name))
			}
		}
	}
	prod, _ := config.LoadFile(checkTree(t, load(t, "production")))
	if prod.Route.GroupWait.String() != "10s" || prod.Route.GroupInterval.String() != "5m" || prod.Route.RepeatInterval.String() != "3h" {
		t.Errorf("production timings %v/%v/%v, want 10s/5m/3h", prod.Route.GroupWait, prod.Route.GroupInterval, prod.Route.RepeatInterval)
	}
}

func TestSecretsOnlyByFileAndSinkOnlyLocally(t *testing.T) {
	prod, err := Files(load(t, "production"))
	if err != nil {
		t.Fatal(err)
	}
	am := string(prod[ConfigPath])
	for _, want := range []string{"api_url_file: /run/secrets/slack_api_url",
		"routing_key_file: /run/secrets/pagerduty_routing_key",
		"auth_password_file: /run/secrets/smtp_password",
		"url_file: /run/secrets/watchdog_url", "to: ops@magicunicorn.tech", "smarthost: smtp.magicunicorn.tech:587"} {
		if !strings.Contains(am, want) {
			t.Errorf("production lacks %q", want)
		}
	}
	if strings.Contains(am, model.NotificationSink) {
		t.Error("production points at the notification sink")
	}
	local, err := Files(load(t, "local"))
	if err != nil {
		t.Fatal(err)
	}
	lam := string(local[ConfigPath])
	for _, want := range []string{"api_url: http://notification-sink:9095/slack/ops-critical",
		"url: http://notification-sink:9095/pagerduty/ops-critical", "smarthost: notification-sink:2525",
		"require_tls: false", "X-Opsmon-Receiver: ops-high", "url: http://notification-sink:9095/webhook/watchdog"} {
		if !strings.Contains(lam, want) {
			t.Errorf("local lacks %q", want)
		}
	}
	if strings.Contains(lam, "api_url_file") {
		t.Error("local reads a Slack secret instead of the sink")
	}
}

// amtool accepts the config, and for every severity and service routes an alert to
// exactly the receiver the request asks for.
func TestAmtoolRoutesEverySeverityAndService(t *testing.T) {
	amtool := tooltest.Binary(t, "amtool")
	services := map[model.Service]bool{}
	for _, a := range alerts.All(alerts.Catalog()) {
		services[a.Service] = true
	}
	for _, name := range []string{"production", "local"} {
		path := checkTree(t, load(t, name))
		if out, err := tooltest.Run(filepath.Dir(path), amtool, "check-config", path); err != nil {
			t.Fatalf("%s: amtool check-config: %v\n%s", name, err, out)
		}
		routed := 0
		for svc := range services {
			for _, sev := range append(slices.Clone(alerts.Severities), "unknown") {
				want := ReceiverFor(sev)
				out, err := tooltest.Run("", amtool, "config", "routes", "test", "--config.file="+path,
					"--verify.receivers="+want, "alertname=Probe", "severity="+string(sev), "service="+string(svc))
				if err != nil {
					t.Errorf("%s: severity=%s service=%s: want only %s: %v %s", name, sev, svc, want, err, out)
				}
				routed++
			}
		}
		// The check itself must be able to fail.
		if out, err := tooltest.Run("", amtool, "config", "routes", "test", "--config.file="+path,
			"--verify.receivers="+ReceiverCritical, "severity=medium", "service=host"); err == nil {
			t.Errorf("%s: amtool accepted medium → %s: %s", name, ReceiverCritical, out)
		}
		t.Logf("%s: %d severity × service routes verified with amtool", name, routed)
	}
}

func TestInhibitionLetsOnlyTheHighestTierNotify(t *testing.T) {
	byName := map[string]map[string]string{}
	for _, a := range alerts.All(alerts.Catalog()) {
		byName[a.Name] = Labels(a)
	}
	cases := []struct {
		source, target string
		want           bool
	}{
		{"DiskSpaceOver90Percent", "DiskSpaceOver80Percent", true},
		{"DiskSpaceOver90Percent", "ModerateDiskUsage", true},
		{"DiskSpaceOver80Percent", "ModerateDiskUsage", true},
		{"MemoryOver90Percent", "ModerateMemoryUsage", true},
		{"KeycloakDown", "TargetDownKeycloak", true},
		{"RedisDown", "HighCacheMissRate", true},
		{"ModerateDiskUsage", "DiskSpaceOver90Percent", false},
		{"DatabaseDown", "HighErrorRate", false},
		{"OpsCenterErrorBudgetBurnFast", "HighErrorRate", false},
		{"DiskSpaceOver90Percent", "Watchdog", false},
		// One resource's tier does not mute another resource of the same host.
		{"DiskSpaceOver90Percent", "ModerateMemoryUsage", false},
		{"DiskSpaceOver80Percent", "ModerateMemoryUsage", false},
		{"MemoryOver90Percent", "CPUOver80Percent", false},
		{"MemoryOver90Percent", "ModerateDiskUsage", false},
		{"TLSCertificateExpiryImminent", "TLSCertificateExpiringSoon", true},
		{"TLSCertificateExpiryImminent", "TargetDownTraefik", false},
		// Coverage alerts follow the same rules.
		{"KeycloakDown", "KeycloakProbeSlow", true},
		{"OpsCenterDown", "OpsCenterProbeSlow", true},
		{"MemoryOver90Percent", "HostOOMKill", true},
		{"DiskSpaceOver90Percent", "FilesystemPredictedFullIn24h", true},
		{"DiskSpaceOver90Percent", "FilesystemInodesRunningOut", false},
		{"DatabaseDown", "PostgreSQLLongRunningTransaction", true},
		{"OpsCenterLatencyBudgetBurnFast", "HighAPILatency", false},
		// A threshold alert supersedes its SLO's slow burn (same severity, same
		// receivers), never the fast burn's page, nor the other SLO's.
		{"HighErrorRate", "OpsCenterErrorBudgetBurnSlow", true},
		{"HighAPILatency", "OpsCenterLatencyBudgetBurnSlow", true},
		{"HighErrorRate", "OpsCenterErrorBudgetBurnFast", false},
		{"HighErrorRate", "OpsCenterLatencyBudgetBurnSlow", false},
		{"OpsCenterErrorBudgetBurnSlow", "HighErrorRate", false},
	}
	for _, c := range cases {
		if got := Inhibits(byName[c.source], byName[c.target]); got != c.want {
			t.Errorf("%s inhibits %s = %v, want %v", c.source, c.target, got, c.want)
		}
	}
	// Tiers of one filesystem inhibit each other; another filesystem's do not.
	on := func(name, mountpoint string) map[string]string {
		l := maps.Clone(byName[name])
		l["mountpoint"] = mountpoint
		return l
	}
	if !Inhibits(on("DiskSpaceOver90Percent", "/"), on("DiskSpaceOver80Percent", "/")) {
		t.Error("DiskSpaceOver90Percent on / does not inhibit DiskSpaceOver80Percent on /")
	}
	if Inhibits(on("DiskSpaceOver90Percent", "/"), on("DiskSpaceOver80Percent", "/data")) {
		t.Error("DiskSpaceOver90Percent on / inhibits DiskSpaceOver80Percent on /data")
	}
	// Nor one host's another host's, nor one Redis's the other's (the real
	// Alertmanager's verdict: TestInhibitionStaysWithItsCause).
	with := func(name, label, value string) map[string]string {
		l := maps.Clone(byName[name])
		l[label] = value
		return l
	}
	if Inhibits(with("MemoryOver90Percent", model.HostLabel, "a"), with("ModerateMemoryUsage", model.HostLabel, "b")) {
		t.Error("host a's MemoryOver90Percent inhibits host b's ModerateMemoryUsage")
	}
	if Inhibits(with("RedisDown", "redis", model.LocalLagoRedis), with("HighCacheMissRate", "redis", model.LocalRedis)) {
		t.Error("the Lago Redis's RedisDown inhibits the cache Redis's HighCacheMissRate")
	}
	// Nor does one environment's alert mute another's.
	in := func(name, env string) map[string]string {
		l := maps.Clone(byName[name])
		l[model.EnvironmentLabel] = env
		return l
	}
	if Inhibits(in("DatabaseDown", "staging"), in("SlowDatabaseQueries", "production")) {
		t.Error("staging's DatabaseDown inhibits production's SlowDatabaseQueries")
	}
	if !Inhibits(in("DatabaseDown", "production"), in("SlowDatabaseQueries", "production")) {
		t.Error("production's DatabaseDown does not inhibit its SlowDatabaseQueries")
	}
	// Inhibits mirrors the rendered rules.
	cfg, err := config.LoadFile(checkTree(t, load(t, "production")))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.InhibitRules) != len(inhibitions)+len(supersedes()) {
		t.Fatalf("%d inhibit rules rendered, %d severity tiers and %d superseding alerts defined", len(cfg.InhibitRules), len(inhibitions), len(supersedes()))
	}
	for i, r := range cfg.InhibitRules {
		got := fmt.Sprint(r.SourceMatchers)
		if i < len(inhibitions) && (!strings.Contains(got, `severity="`+string(inhibitions[i].source)+`"`) || !strings.Contains(got, `slo=""`)) {
			t.Errorf("rule %d source matchers %s", i, got)
		}
		if i >= len(inhibitions) && !strings.Contains(got, `alertname="`) {
			t.Errorf("rule %d (a superseding alert's) source matchers %s", i, got)
		}
	}
}

func sampleData(t *testing.T, tmpl *template.Template) *template.Data {
	t.Helper()
	start := time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)
	mk := func(instance string) template.Alert {
		return template.Alert{Status: "firing", StartsAt: start,
			Labels: template.KV{"alertname": "DatabaseDown", "environment": "production", "severity": "critical", "service": "postgresql", "instance": instance},
			Annotations: template.KV{"summary": "PostgreSQL is unreachable", "description": "postgres-exporter cannot reach PostgreSQL <unicorn-postgresql>.",
				"runbook_url": alerts.RunbookBaseURL + "#databasedown", "dashboard_url": "https://grafana.magicunicorn.tech/d/ops-database"}}
	}
	common := template.KV{"alertname": "DatabaseDown", "environment": "production", "severity": "critical", "service": "postgresql"}
	return &template.Data{Receiver: ReceiverCritical, Status: "firing",
		Alerts:      template.Alerts{mk("postgres-exporter:9187"), mk("postgres-exporter-replica:9187")},
		GroupLabels: common, CommonLabels: common, CommonAnnotations: template.KV{"summary": "PostgreSQL is unreachable"}}
}

func TestTemplatesShowWhatAPersonNeeds(t *testing.T) {
	files, err := Files(load(t, "production"))
	if err != nil {
		t.Fatal(err)
	}
	dir := tooltest.WriteTree(t, files)
	tmpl, err := template.FromGlobs([]string{filepath.Join(dir, TemplatesDir, "*.tmpl")})
	if err != nil {
		t.Fatal(err)
	}
	data := sampleData(t, tmpl)
	links := []string{alerts.RunbookBaseURL + "#databasedown", "https://grafana.magicunicorn.tech/d/ops-database"}
	for name, wants := range map[string][]string{
		"ops.slack.title": {"[FIRING:2] production: CRITICAL DatabaseDown (postgresql)"},
		"ops.slack.text": append([]string{"*DatabaseDown* (firing): PostgreSQL is unreachable",
			"*Environment:* production | *Severity:* critical | *Service:* postgresql | *Instance:* postgres-exporter:9187",
			"*Instance:* postgres-exporter-replica:9187"}, links...),
		"ops.slack.color":              {"danger"},
		"ops.email.subject":            {"[FIRING] production: CRITICAL DatabaseDown on postgresql"},
		"ops.email.text":               append([]string{"Alert: DatabaseDown (firing)", "Instance: postgres-exporter-replica:9187", "Environment: production\nSeverity: critical"}, links...),
		"ops.pagerduty.description":    {"[production] [CRITICAL] DatabaseDown on postgresql: PostgreSQL is unreachable (+2 alerts)"},
		"ops.pagerduty.alerts":         {"DatabaseDown (firing) on postgres-exporter:9187: postgres-exporter cannot reach"},
		"ops.pagerduty.runbook":        {links[0]},
		"ops.email.html [html escape]": {"<td>postgres-exporter:9187</td>", `<a href="` + links[0] + `">Runbook</a>`, "&lt;unicorn-postgresql&gt;", "production: 2 firing, 0 resolved: DatabaseDown (critical, postgresql)", "<td>production</td>"},
	} {
		var out string
		if tname, ok := strings.CutSuffix(name, " [html escape]"); ok {
			out, err = tmpl.ExecuteHTMLString(`{{ template "`+tname+`" . }}`, data)
		} else {
			out, err = tmpl.ExecuteTextString(`{{ template "`+name+`" . }}`, data)
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, w := range wants {
			if !strings.Contains(out, w) {
				t.Errorf("%s lacks %q:\n%s", name, w, out)
			}
		}
	}
	data.Status, data.Alerts[0].Status = "resolved", "resolved"
	data.Alerts = data.Alerts[:1]
	if out, _ := tmpl.ExecuteTextString(`{{ template "ops.slack.title" . }}|{{ template "ops.slack.color" . }}`, data); out != "[RESOLVED] production: CRITICAL DatabaseDown (postgresql)|good" {
		t.Errorf("resolved slack title|color = %q", out)
	}
}

// An alert from a further host says which host, in every notification; one
// without a host label says nothing of it.
func TestTemplatesNameTheHost(t *testing.T) {
	files, err := Files(load(t, "production"))
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := template.FromGlobs([]string{filepath.Join(tooltest.WriteTree(t, files), TemplatesDir, "*.tmpl")})
	if err != nil {
		t.Fatal(err)
	}
	data := sampleData(t, tmpl)
	data.Alerts[1].Labels["host"] = "worker-2"
	for _, name := range []string{"ops.slack.text", "ops.email.text", "ops.email.html", "ops.pagerduty.alerts"} {
		out, err := tmpl.ExecuteTextString(`{{ template "`+name+`" . }}`, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(out, "postgres-exporter-replica:9187 (host worker-2)") || strings.Count(out, "(host ") != 1 {
			t.Errorf("%s does not name the host of the one alert that has one:\n%s", name, out)
		}
	}
}
