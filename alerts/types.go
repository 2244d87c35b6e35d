package alerts

import (
	"strings"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Severity decides who is notified: it is the label Alertmanager routes on.
type Severity string

// Severities, highest first. SeverityNone is only for the Watchdog, which must reach
// its own receiver and never a person.
const (
	SeverityCritical Severity = "critical"
	SeverityHigh     Severity = "high"
	SeverityMedium   Severity = "medium"
	SeverityNone     Severity = "none"
)

// Severities lists the known severities, highest first.
var Severities = []Severity{SeverityCritical, SeverityHigh, SeverityMedium, SeverityNone}

// Group is one rule group: the alerts of one concern, evaluated together.
type Group struct {
	Name   string  `yaml:"name"`
	Alerts []Alert `yaml:"alerts"`
}

// Alert is one alerting rule with everything needed to render it, prove it and act on it.
type Alert struct {
	Name     string        `yaml:"name"`
	Expr     string        `yaml:"expr"`
	For      time.Duration `yaml:"for"`
	Severity Severity      `yaml:"severity"`
	Service  model.Service `yaml:"service"`
	// Labels are extra static labels (e.g. slo) added to every firing alert.
	Labels      map[string]string `yaml:"labels"`
	Summary     string            `yaml:"summary"`
	Description string            `yaml:"description"`
	Runbook     Runbook           `yaml:"runbook"`
	// DashboardUID is the Grafana dashboard an on-call engineer opens first.
	DashboardUID string `yaml:"dashboard_uid"`
	// Jobs are the scrape jobs the expression reads. An environment without one of them
	// does not get the alert: an absent() over a job that is never scraped would fire forever.
	Jobs  []string `yaml:"jobs"`
	Tests []Test   `yaml:"tests"`
	// Supersedes names alerts of the same service and severity, in the same
	// receivers, that say nothing this one does not while it fires (a threshold
	// alert and its SLO's slow burn); Alertmanager inhibits them meanwhile.
	// SupersedesWhy says why, for the runbook.
	Supersedes    []string `yaml:"supersedes"`
	SupersedesWhy string   `yaml:"supersedes_why"`
}

// Runbook is what a person reads when paged, in the request's format.
type Runbook struct {
	Description string   `yaml:"description"`
	Impact      []string `yaml:"impact"`
	Diagnosis   []string `yaml:"diagnosis"`
	Resolution  []string `yaml:"resolution"`
	Escalation  string   `yaml:"escalation"`
}

// Test is one promtool unit test of an alert. Series are sampled every SampleInterval
// (one minute unless set). Onset is the first evaluation at which the expression holds
// (for silent tests: when the input is steady). Renderers check, with the environment's
// timings, that the alert is silent just before Onset+for and that exactly Fires are
// firing just after it.
type Test struct {
	Name           string        `yaml:"name"`
	SampleInterval time.Duration `yaml:"sample_interval"`
	Series         []Series      `yaml:"series"`
	Onset          time.Duration `yaml:"onset"`
	// Steady is when rate windows are full and the value settles; the firing check
	// waits for it so that the expected annotations hold in every timing profile.
	Steady time.Duration `yaml:"steady"`
	Fires  []Firing      `yaml:"fires"`
}

// Series is one input series in promtool notation, e.g. `up{job="node"}` with "1x5 0x30".
type Series struct {
	Series string `yaml:"series"`
	Values string `yaml:"values"`
}

// Firing is one expected firing alert: the labels of the expression's result (the
// alert's own labels are added by renderers) and its value, used to expand the
// expected annotations.
type Firing struct {
	Labels map[string]string `yaml:"labels"`
	Value  float64           `yaml:"value"`
}

// Interval is the test's sample interval.
func (t Test) Interval() time.Duration {
	if t.SampleInterval == 0 {
		return time.Minute
	}
	return t.SampleInterval
}

// RunbookBaseURL is where the rendered runbook is read.
const RunbookBaseURL = "https://github.com/magicunicorn/ops-center-monitoring/blob/main/docs/ALERT_RUNBOOK.md"

// RunbookAnchor is the anchor GitHub gives the alert's runbook heading.
func (a Alert) RunbookAnchor() string { return strings.ToLower(a.Name) }

// RunbookURL links the alert's runbook section.
func (a Alert) RunbookURL() string { return RunbookBaseURL + "#" + a.RunbookAnchor() }

// AllLabels are the labels the rule adds to every alert it fires.
func (a Alert) AllLabels() map[string]string {
	out := map[string]string{"severity": string(a.Severity), "service": string(a.Service)}
	for k, v := range a.Labels {
		out[k] = v
	}
	return out
}

// Recording is a recording rule named level:metric:operations.
type Recording struct {
	Record string
	Expr   string
	// Why says which alerts or dashboards read it.
	Why string
}
