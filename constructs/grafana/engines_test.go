package grafana

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
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
	var out []string
	for _, g := range doc.Groups {
		for _, r := range g.Rules {
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
		for _, r := range g.Attrs["rule"].([]any) {
			rule := r.(map[string]any)
			var q struct{ Expr string }
			data := rule["data"].([]any)[0].(map[string]any)
			if err := json.Unmarshal([]byte(data["model"].(string)), &q); err != nil {
				t.Fatal(err)
			}
			out = append(out, alertKey(rule["name"].(string), q.Expr, rule["for"].(string), rule["labels"].(map[string]string)))
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
	for _, r := range Receivers {
		contact[r] = r
	}
	policy := NotificationPolicy(env, contact, MaintenanceMuteTiming).Attrs
	if got := fmt.Sprint(policy["contact_point"], policy["group_by"], policy["group_wait"], policy["group_interval"], policy["repeat_interval"]); got !=
		fmt.Sprint(am.Route.Receiver, toAny(am.Route.GroupBy), am.Route.GroupWait, am.Route.GroupInterval, am.Route.RepeatInterval) {
		t.Errorf("root policy %s differs from Alertmanager's root route %+v", got, am.Route)
	}
	amRoutes := map[string]string{}
	for _, r := range am.Route.Routes {
		amRoutes[strings.Join(r.Matchers, ",")] = r.Receiver
	}
	grafanaRoutes := map[string]string{}
	for _, p := range policy["policy"].([]any) {
		child := p.(map[string]any)
		m := child["matcher"].([]any)[0].(map[string]any)
		grafanaRoutes[fmt.Sprintf("%s=%q", m["label"], m["value"])] = child["contact_point"].(string)
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
	grafanaKinds := map[string]string{}
	for _, cp := range ContactPoints(env, Secrets{}) {
		var kinds []string
		for k := range cp.Attrs {
			if k != "name" {
				kinds = append(kinds, k)
			}
		}
		sort.Strings(kinds)
		grafanaKinds[cp.Attrs["name"].(string)] = strings.Join(kinds, ",")
	}
	if fmt.Sprint(amKinds) != fmt.Sprint(grafanaKinds) {
		t.Errorf("integrations differ:\nalertmanager %v\ngrafana      %v", amKinds, grafanaKinds)
	}
}
