package grafana

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/notificationpolicy"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/rulegroup"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
	"github.com/magicunicorn/ops-center-monitoring/render/grafanaprov"
	"github.com/magicunicorn/ops-center-monitoring/render/promconfig"
	"github.com/magicunicorn/ops-center-monitoring/render/rules"
)

// alertKey is what both engines must agree on for one alert: its name, the
// expression (which holds the threshold), the scaled for-duration and labels.
func alertKey(name, expr, forDur string, labels map[string]string) string {
	var ls []string
	for k, v := range labels {
		ls = append(ls, k+"="+v)
	}
	sort.Strings(ls)
	return fmt.Sprintf("%s | %s | for %s | %s", name, expr, forDur, strings.Join(ls, ","))
}

func prometheusAlerts(t *testing.T, env model.Environment) []string {
	files, err := rules.Files(env)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Groups []struct {
			Rules []struct {
				Alert, Expr, For string
				Labels           map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(files[rules.AlertRulesPath], &doc); err != nil {
		t.Fatal(err)
	}
	// Prometheus adds its external labels to every alert it sends.
	promFiles, err := promconfig.Files(env)
	if err != nil {
		t.Fatal(err)
	}
	var prom struct {
		Global struct {
			ExternalLabels map[string]string `yaml:"external_labels"`
		}
	}
	if err := yaml.Unmarshal(promFiles["monitoring/prometheus/prometheus.yml"], &prom); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, g := range doc.Groups {
		for _, r := range g.Rules {
			if r.Labels == nil {
				r.Labels = map[string]string{}
			}
			r.Labels[model.EnvironmentLabel] = prom.Global.ExternalLabels[model.EnvironmentLabel]
			forDur := r.For
			if forDur == "" {
				forDur = "0s"
			}
			out = append(out, alertKey(r.Alert, r.Expr, forDur, r.Labels))
		}
	}
	sort.Strings(out)
	return out
}

func grafanaAlerts(t *testing.T, env model.Environment) []string {
	var out []string
	for _, g := range RuleGroups(env, alerts.Catalog(), "ops-alerting") {
		for _, rule := range *g.Config.Rule.(*[]*rulegroup.RuleGroupRule) {
			var q struct{ Expr string }
			data := (*rule.Data.(*[]*rulegroup.RuleGroupRuleData))[0]
			if err := json.Unmarshal([]byte(*data.Model), &q); err != nil {
				t.Fatal(err)
			}
			out = append(out, alertKey(*rule.Name, q.Expr, *rule.For, plain(*rule.Labels)))
		}
	}
	sort.Strings(out)
	return out
}

// TestBothEnginesCarryTheSameAlerts compares the Grafana rule groups with the
// Prometheus rules rendered from the same catalog, in every environment.
func TestBothEnginesCarryTheSameAlerts(t *testing.T) {
	for _, name := range model.EnvironmentNames {
		env, err := model.LoadEnvironment("../../environments", name)
		if err != nil {
			t.Fatal(err)
		}
		prom, graf := prometheusAlerts(t, env), grafanaAlerts(t, env)
		if strings.Join(prom, "\n") != strings.Join(graf, "\n") {
			t.Errorf("%s: engines differ\nprometheus:\n%s\ngrafana:\n%s", name, strings.Join(prom, "\n"), strings.Join(graf, "\n"))
		}
		if len(graf) == 0 {
			t.Errorf("%s: no alerts", name)
		}
	}
}

// TestBothEnginesRouteAlike compares the Grafana policy tree and contact points
// with the rendered alertmanager.yml: the same receiver per severity, the same
// integrations per receiver, the same grouping and timings.
func TestBothEnginesRouteAlike(t *testing.T) {
	env, err := model.LoadEnvironment("../../environments", "production")
	if err != nil {
		t.Fatal(err)
	}
	files, err := amconfig.Files(env)
	if err != nil {
		t.Fatal(err)
	}
	var am struct {
		Route struct {
			Receiver       string   `yaml:"receiver"`
			GroupBy        []string `yaml:"group_by"`
			GroupWait      string   `yaml:"group_wait"`
			GroupInterval  string   `yaml:"group_interval"`
			RepeatInterval string   `yaml:"repeat_interval"`
			Routes         []struct {
				Receiver string   `yaml:"receiver"`
				Matchers []string `yaml:"matchers"`
			} `yaml:"routes"`
		} `yaml:"route"`
		Receivers []map[string]any `yaml:"receivers"`
	}
	if err := yaml.Unmarshal(files[amconfig.ConfigPath], &am); err != nil {
		t.Fatal(err)
	}
	contact := map[string]string{}
	for _, r := range grafanaprov.Receivers {
		contact[r] = r
	}
	policy := NotificationPolicy(env, contact, MaintenanceMuteTiming).Config
	if got := fmt.Sprint(*policy.ContactPoint, values(*policy.GroupBy), *policy.GroupWait, *policy.GroupInterval, *policy.RepeatInterval); got !=
		fmt.Sprint(am.Route.Receiver, am.Route.GroupBy, am.Route.GroupWait, am.Route.GroupInterval, am.Route.RepeatInterval) {
		t.Errorf("root policy %s differs from Alertmanager's root route %+v", got, am.Route)
	}
	amRoutes := map[string]string{}
	for _, r := range am.Route.Routes {
		amRoutes[strings.Join(r.Matchers, ",")] = r.Receiver
	}
	grafanaRoutes := map[string]string{}
	for _, child := range *policy.Policy.(*[]*notificationpolicy.NotificationPolicyPolicy) {
		m := (*child.Matcher.(*[]*notificationpolicy.NotificationPolicyPolicyMatcher))[0]
		grafanaRoutes[fmt.Sprintf("%s=%q", *m.Label, *m.Value)] = *child.ContactPoint
	}
	if fmt.Sprint(amRoutes) != fmt.Sprint(grafanaRoutes) {
		t.Errorf("routes differ:\nalertmanager %v\ngrafana      %v", amRoutes, grafanaRoutes)
	}
	amKinds := map[string]string{}
	for _, r := range am.Receivers {
		var kinds []string
		for k := range r {
			if strings.HasSuffix(k, "_configs") {
				kinds = append(kinds, strings.TrimSuffix(k, "_configs"))
			}
		}
		sort.Strings(kinds)
		amKinds[r["name"].(string)] = strings.Join(kinds, ",")
	}
	// The contact points as Grafana provisions them, from the rendered file.
	env.AlertEngine = "grafana"
	prov, err := grafanaprov.Files(env)
	if err != nil {
		t.Fatal(err)
	}
	var alerting grafanaprov.Alerting
	if err := grafanaprov.Parse(prov[grafanaprov.AlertingPath], &alerting); err != nil {
		t.Fatal(err)
	}
	grafanaKinds := map[string]string{}
	for _, cp := range alerting.ContactPoints {
		var kinds []string
		for _, r := range cp.Receivers {
			kinds = append(kinds, r.Type)
		}
		sort.Strings(kinds)
		grafanaKinds[cp.Name] = strings.Join(kinds, ",")
	}
	if fmt.Sprint(amKinds) != fmt.Sprint(grafanaKinds) {
		t.Errorf("integrations differ:\nalertmanager %v\ngrafana      %v", amKinds, grafanaKinds)
	}
}

func plain(m map[string]*string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = *v
	}
	return out
}

func values(ps []*string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}
