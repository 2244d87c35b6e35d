package alerts

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/prometheus/prometheus/promql/parser"
)

var (
	alertNamePattern  = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)
	recordNamePattern = regexp.MustCompile(`^[a-z_]+:[a-z0-9_]+:[a-z0-9_]+$`)
	promql            = parser.NewParser(parser.Options{})
)

// Validate checks a catalog before anything is rendered and returns every problem,
// each naming the group and alert (or recording rule) and saying what is wrong.
func Validate(groups []Group, recording []Recording) error {
	var errs []error
	seen := map[string]string{}
	for _, g := range groups {
		if g.Name == "" {
			errs = append(errs, errors.New("a group has no name"))
		}
		for i, a := range g.Alerts {
			where := fmt.Sprintf("group %s, alert %s", g.Name, a.Name)
			if a.Name == "" {
				where = fmt.Sprintf("group %s, alert #%d", g.Name, i+1)
			}
			if other, dup := seen[a.Name]; dup && a.Name != "" {
				errs = append(errs, fmt.Errorf("%s: duplicate alert name, already defined in group %s", where, other))
			}
			seen[a.Name] = g.Name
			for _, e := range validateAlert(a) {
				errs = append(errs, fmt.Errorf("%s: %s", where, e))
			}
		}
	}
	errs = append(errs, validateSupersedes(groups)...)
	records := map[string]bool{}
	for _, r := range recording {
		where := "recording rule " + r.Record
		if records[r.Record] {
			errs = append(errs, fmt.Errorf("%s: duplicate record name", where))
		}
		records[r.Record] = true
		if !recordNamePattern.MatchString(r.Record) {
			errs = append(errs, fmt.Errorf("%s: name must be level:metric:operations", where))
		}
		if _, err := promql.ParseExpr(r.Expr); err != nil {
			errs = append(errs, fmt.Errorf("%s: expr is not valid PromQL: %v", where, err))
		}
	}
	return errors.Join(errs...)
}

func validateAlert(a Alert) []string {
	var bad []string
	add := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	if !alertNamePattern.MatchString(a.Name) {
		add("name %q must be CamelCase letters and digits", a.Name)
	}
	if _, err := promql.ParseExpr(a.Expr); err != nil {
		add("expr is not valid PromQL: %v", err)
	}
	if !slices.Contains(Severities, a.Severity) {
		add("severity %q is not one of %s", a.Severity, joinSeverities())
	}
	if (a.Severity == SeverityNone) != (a.Name == WatchdogName) {
		add("severity %q is reserved for the %s and required by it", SeverityNone, WatchdogName)
	}
	if a.Service == "" {
		add("service is empty; set the model.Service an on-call engineer would restart")
	}
	if a.For < 0 {
		add("for %s is negative", a.For)
	}
	if strings.TrimSpace(a.Summary) == "" {
		add("summary is empty")
	}
	if strings.TrimSpace(a.Description) == "" {
		add("description is empty")
	}
	if !slices.Contains(DashboardUIDs, a.DashboardUID) {
		add("dashboard_uid %q is not a known dashboard; use one of %s", a.DashboardUID, strings.Join(DashboardUIDs, ", "))
	}
	for _, k := range []string{"severity", "service", "alertname"} {
		if _, ok := a.Labels[k]; ok {
			add("labels.%s is set by the catalog itself; remove it", k)
		}
	}
	bad = append(bad, validateRunbook(a.Runbook)...)
	bad = append(bad, validateTests(a)...)
	return bad
}

func validateRunbook(r Runbook) []string {
	var bad []string
	if strings.TrimSpace(r.Description) == "" {
		bad = append(bad, "runbook.description is empty")
	}
	for name, items := range map[string][]string{"impact": r.Impact, "diagnosis": r.Diagnosis, "resolution": r.Resolution} {
		if len(items) == 0 {
			bad = append(bad, fmt.Sprintf("runbook.%s has no steps", name))
		}
	}
	if strings.TrimSpace(r.Escalation) == "" {
		bad = append(bad, "runbook.escalation is empty")
	}
	slices.Sort(bad)
	return bad
}

// validateTests demands proof both ways: a test where the alert fires and one where
// it stays silent. The Watchdog always fires, so it is exempt from the silent one.
func validateTests(a Alert) []string {
	var bad []string
	var fires, silents int
	for _, t := range a.Tests {
		if t.Name == "" {
			bad = append(bad, "a test has no name")
		}
		if len(t.Fires) > 0 {
			fires++
		} else {
			silents++
		}
		for _, s := range t.Series {
			if _, _, err := promql.ParseSeriesDesc(s.Series + " " + s.Values); err != nil {
				bad = append(bad, fmt.Sprintf("test %q: series %s %q is not valid promtool input: %v", t.Name, s.Series, s.Values, err))
			}
		}
	}
	if fires == 0 {
		bad = append(bad, "has no test where it fires")
	}
	if silents == 0 && a.Name != WatchdogName {
		bad = append(bad, "has no test where it stays silent")
	}
	return bad
}

func joinSeverities() string {
	s := make([]string, len(Severities))
	for i, v := range Severities {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}

// validateSupersedes: an alert supersedes only alerts of the catalog of its own
// service and severity (so the same receivers: it never mutes a page), not itself,
// and says why.
func validateSupersedes(groups []Group) []error {
	byName := map[string]Alert{}
	for _, a := range All(groups) {
		byName[a.Name] = a
	}
	var errs []error
	for _, a := range All(groups) {
		if len(a.Supersedes) > 0 && a.SupersedesWhy == "" {
			errs = append(errs, fmt.Errorf("alert %s: supersedes %v without saying why (supersedes_why)", a.Name, a.Supersedes))
		}
		for _, n := range a.Supersedes {
			o, ok := byName[n]
			switch {
			case !ok:
				errs = append(errs, fmt.Errorf("alert %s: supersedes %s, which is not in the catalog", a.Name, n))
			case n == a.Name:
				errs = append(errs, fmt.Errorf("alert %s: supersedes itself", a.Name))
			case o.Service != a.Service || o.Severity != a.Severity:
				errs = append(errs, fmt.Errorf("alert %s (%s, %s): supersedes %s (%s, %s); only an alert of its own service and severity, which goes to the same receivers", a.Name, a.Service, a.Severity, n, o.Service, o.Severity))
			}
		}
	}
	return errs
}
