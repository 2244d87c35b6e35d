//go:build e2e

package e2e

import (
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

// status reads whether a delivery announces firing or resolved alerts, as the
// person receiving it would: the [FIRING]/[RESOLVED] title of Slack and email, the
// trigger/resolve action of a PagerDuty event, the status of a webhook.
func (d delivery) status() string {
	b := strings.ReplaceAll(d.Body, `\"`, `"`)
	switch {
	case strings.Contains(b, "[FIRING"), strings.Contains(b, `"event_action":"trigger"`), strings.Contains(b, `"status":"firing"`):
		return "firing"
	case strings.Contains(b, "[RESOLVED"), strings.Contains(b, `"event_action":"resolve"`), strings.Contains(b, `"status":"resolved"`):
		return "resolved"
	}
	return ""
}

// names reports whether the delivery is about alert (its name appears as a word).
func (d delivery) names(alert string) bool {
	for i := 0; ; {
		j := strings.Index(d.Body[i:], alert)
		if j < 0 {
			return false
		}
		end := i + j + len(alert)
		if end == len(d.Body) || !isIdent(d.Body[end]) {
			if i+j == 0 || !isIdent(d.Body[i+j-1]) {
				return true
			}
		}
		i = end
	}
}

func isIdent(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// kindsSince returns, per integration, the first time alert was announced with
// status after since.
func kindsSince(ds []delivery, alert, status string, since time.Time) map[string]time.Time {
	out := map[string]time.Time{}
	for _, d := range ds {
		if d.ReceivedAt.Before(since) || !d.names(alert) || d.status() != status {
			continue
		}
		if first, ok := out[d.Kind]; !ok || d.ReceivedAt.Before(first) {
			out[d.Kind] = d.ReceivedAt
		}
	}
	return out
}
