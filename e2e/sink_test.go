//go:build e2e

package e2e

import (
	"encoding/json"
	"mime"
	"net/mail"
	"regexp"
	"strings"
	"time"
)

const sinkURL = "http://127.0.0.1:9095"

// delivery is one notification the local sink recorded.
type delivery struct {
	Kind       string    `json:"kind"`
	Receiver   string    `json:"receiver"`
	ReceivedAt time.Time `json:"received_at"`
	Body       string    `json:"body"`
}

func deliveries() ([]delivery, error) {
	var ds []delivery
	err := getJSON(sinkURL+"/deliveries", &ds)
	return ds, err
}

// to names where a delivery went, as "kind:receiver" (slack:ops-critical).
func (d delivery) to() string { return d.Kind + ":" + d.Receiver }

var (
	// Slack title and email subject, naming the local environment:
	// "[FIRING:1] local: CRITICAL RedisDown (redis)",
	// "[RESOLVED] local: HIGH HighErrorRate on ops-center".
	headline = regexp.MustCompile(`^\[(FIRING|RESOLVED)(?::\d+)?\] local: [A-Z]+ (\S+) `)
	// PagerDuty summary: "[local] [CRITICAL] RedisDown on redis: ...".
	pdSummary = regexp.MustCompile(`^\[local\] \[[A-Z]+\] (\S+) on `)
)

// read returns the alert a delivery announces and whether it is "firing" or
// "resolved", as the person receiving it reads them: the Slack title, the email
// subject, the PagerDuty event's action and summary, the webhook's status and
// labels. Alerts are grouped by name, so one delivery names one alert. It returns
// empty strings for a body it cannot read.
func (d delivery) read() (alert, status string) {
	fromHeadline := func(s string) (string, string) {
		m := headline.FindStringSubmatch(s)
		if m == nil {
			return "", ""
		}
		return m[2], strings.ToLower(m[1])
	}
	switch d.Kind {
	case "slack":
		var p struct {
			Attachments []struct {
				Title string `json:"title"`
			} `json:"attachments"`
		}
		if json.Unmarshal([]byte(d.Body), &p) != nil || len(p.Attachments) == 0 {
			return "", ""
		}
		return fromHeadline(p.Attachments[0].Title)
	case "email":
		msg, err := mail.ReadMessage(strings.NewReader(d.Body))
		if err != nil {
			return "", ""
		}
		subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		if err != nil {
			return "", ""
		}
		return fromHeadline(subject)
	case "pagerduty":
		var p struct {
			Action  string `json:"event_action"`
			Payload struct {
				Summary string `json:"summary"`
			} `json:"payload"`
		}
		if json.Unmarshal([]byte(d.Body), &p) != nil {
			return "", ""
		}
		m := pdSummary.FindStringSubmatch(p.Payload.Summary)
		if m == nil {
			return "", ""
		}
		switch p.Action {
		case "trigger":
			return m[1], "firing"
		case "resolve":
			return m[1], "resolved"
		}
	case "webhook":
		var p struct {
			Status       string            `json:"status"`
			CommonLabels map[string]string `json:"commonLabels"`
		}
		if json.Unmarshal([]byte(d.Body), &p) != nil {
			return "", ""
		}
		return p.CommonLabels["alertname"], p.Status
	}
	return "", ""
}

// firstPerTarget returns, per "kind:receiver", the first time alert was announced
// with status in [since, until).
func firstPerTarget(ds []delivery, alert, status string, since, until time.Time) map[string]time.Time {
	out := map[string]time.Time{}
	for _, d := range ds {
		if d.ReceivedAt.Before(since) || !d.ReceivedAt.Before(until) {
			continue
		}
		if a, s := d.read(); a != alert || s != status {
			continue
		}
		if first, ok := out[d.to()]; !ok || d.ReceivedAt.Before(first) {
			out[d.to()] = d.ReceivedAt
		}
	}
	return out
}

// targetsOf lists every "kind:receiver" that announced alert (any status) since.
func targetsOf(ds []delivery, alert string, since time.Time) map[string]bool {
	out := map[string]bool{}
	for _, d := range ds {
		if a, _ := d.read(); a == alert && !d.ReceivedAt.Before(since) {
			out[d.to()] = true
		}
	}
	return out
}
