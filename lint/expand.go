package lint

import (
	"regexp"
	"strings"
	"time"
)

// Sentinel durations stand in for Grafana's interval variables when parsing, so
// the parsed range of a rate() says which variable it came from.
const (
	rateIntervalSentinel = 4242 * time.Second
	rangeSentinel        = 4343 * time.Second
	intervalSentinel     = 4141 * time.Second
)

// Values are what Grafana substitutes for its variables.
type Values struct {
	RateInterval, Interval, Range, RangeSeconds string
	// Other replaces every other variable ($job, $instance...); panels use
	// them only inside =~ matchers, so ".+" selects everything like "All" does.
	Other string
}

// ParseValues makes variables recognisable in the parsed expression.
var ParseValues = Values{RateInterval: "4242s", Interval: "4141s", Range: "4343s", RangeSeconds: "4343", Other: ".+"}

// LiveValues are what a dashboard on "All", last hour, 30s resolution sends.
var LiveValues = Values{RateInterval: "1m", Interval: "30s", Range: "1h", RangeSeconds: "3600", Other: ".+"}

var variable = regexp.MustCompile(`\$\{(\w+)(?::\w+)?\}|\$(\w+)`)

// Expand replaces Grafana's variables in a panel query with v.
func Expand(expr string, v Values) string {
	return variable.ReplaceAllStringFunc(expr, func(m string) string {
		name := strings.Trim(m, "${}")
		if i := strings.Index(name, ":"); i >= 0 {
			name = name[:i]
		}
		switch name {
		case "__rate_interval":
			return v.RateInterval
		case "__interval", "interval":
			return v.Interval
		case "__range":
			return v.Range
		case "__range_s":
			return v.RangeSeconds
		}
		return v.Other
	})
}

// windowName says a parsed range in the terms the panel author wrote.
func windowName(d time.Duration) string {
	switch d {
	case rateIntervalSentinel:
		return "$__rate_interval"
	case rangeSentinel:
		return "$__range"
	case intervalSentinel:
		return "$__interval"
	}
	return shortDuration(d)
}

func shortDuration(d time.Duration) string {
	s := d.String()
	s = strings.TrimSuffix(s, "0s")
	return strings.TrimSuffix(s, "0m")
}
