package snapshot

import (
	"fmt"
	"path"
	"strings"
	"text/template"

	"github.com/prometheus/alertmanager/config"
	amcommoncfg "github.com/prometheus/alertmanager/config/common"
	"github.com/prometheus/alertmanager/dispatch"
	amtemplate "github.com/prometheus/alertmanager/template"
	prommodel "github.com/prometheus/common/model"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

// alerting reads the rendered Alertmanager config back with Alertmanager's own
// loader, and routes every alert of env through its route tree, as Alertmanager would.
func alerting(env model.Environment, files map[string][]byte) (Routing, []Alert, error) {
	cfg, err := config.Load(string(files[amconfig.ConfigPath]))
	if err != nil {
		return Routing{}, nil, fmt.Errorf("%s: %w", amconfig.ConfigPath, err)
	}
	r := Routing{Templates: map[string]string{}}
	walk(cfg.Route, "root", &r.Routes)
	for _, rc := range cfg.Receivers {
		r.Receivers = append(r.Receivers, Receiver{Name: rc.Name, Integrations: integrations(rc)})
	}
	for _, in := range cfg.InhibitRules {
		r.Inhibitions = append(r.Inhibitions, Inhibition{
			Source: matchers(in.SourceMatchers), Target: matchers(in.TargetMatchers), Equal: strings.Join(in.Equal, ","),
		})
	}
	for p, content := range files {
		if path.Dir(p) != amconfig.TemplatesDir {
			continue
		}
		if err := definitions(p, content, r.Templates); err != nil {
			return Routing{}, nil, err
		}
	}
	tree := dispatch.NewRoute(cfg.Route, nil)
	var out []Alert
	for _, g := range alerts.ForEnvironment(alerts.Catalog(), env) {
		for _, a := range g.Alerts {
			labels := a.AllLabels()
			delete(labels, "severity")
			out = append(out, Alert{
				Group: g.Name, Name: a.Name, Expr: a.Expr, For: prommodel.Duration(a.For).String(),
				Severity: string(a.Severity), Labels: labels, Receivers: reached(tree, a),
			})
		}
	}
	return r, out, nil
}

func reached(tree *dispatch.Route, a alerts.Alert) []string {
	ls := prommodel.LabelSet{"alertname": prommodel.LabelValue(a.Name)}
	for k, v := range a.AllLabels() {
		ls[prommodel.LabelName(k)] = prommodel.LabelValue(v)
	}
	var out []string
	for _, r := range tree.Match(ls) {
		out = append(out, r.RouteOpts.Receiver)
	}
	return out
}

func walk(r *config.Route, at string, out *[]Route) {
	var timings []string
	for _, t := range []struct {
		name string
		d    *prommodel.Duration
	}{{"group_wait", r.GroupWait}, {"group_interval", r.GroupInterval}, {"repeat_interval", r.RepeatInterval}} {
		if t.d != nil {
			timings = append(timings, t.name+" "+t.d.String())
		}
	}
	*out = append(*out, Route{
		Path: at, Receiver: r.Receiver, Matchers: matchers(r.Matchers), GroupBy: strings.Join(r.GroupByStr, ","),
		Timings: strings.Join(timings, ", "), Continue: r.Continue,
	})
	for i, c := range r.Routes {
		walk(c, fmt.Sprintf("%s.%d", at, i+1), out)
	}
}

// integrations names how a receiver notifies, without any URL or key.
func integrations(r config.Receiver) []string {
	var out []string
	for range r.PagerdutyConfigs {
		out = append(out, "pagerduty")
	}
	for _, c := range r.SlackConfigs {
		out = append(out, "slack "+c.Channel)
	}
	for _, c := range r.EmailConfigs {
		out = append(out, "email to "+c.To)
	}
	for range r.WebhookConfigs {
		out = append(out, "webhook")
	}
	return out
}

func matchers(ms amcommoncfg.Matchers) string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.String()
	}
	return strings.Join(out, ",")
}

// definitions parses a notification template file as Alertmanager does and records
// each named definition's body, so a change is reported by the definition it touches.
func definitions(file string, content []byte, into map[string]string) error {
	t, err := template.New(path.Base(file)).Funcs(template.FuncMap(amtemplate.DefaultFuncs)).Parse(string(content))
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	for _, d := range t.Templates() {
		if d.Name() != path.Base(file) && d.Tree != nil {
			into[d.Name()] = d.Tree.Root.String()
		}
	}
	return nil
}
