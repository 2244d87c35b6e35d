//go:build e2e

package e2e

import (
	"testing"
)

// TestEveryAlertDelivered deploys the local stack and sends every alert of the
// catalog through its Alertmanager with the operator's script: each reaches exactly
// the receivers its severity routes to, read at the notification sink, then again
// proved from Alertmanager's own counters and API as on staging, where no sink is
// read. Its own test, in its own lane, beside TestLocalStack's real faults: the two
// share nothing but the build.
func TestEveryAlertDelivered(t *testing.T) {
	env := ownLocalStack(t)
	steps := []step{
		{"deploy", func(t *testing.T) { run(t, nil, "scripts/stack.sh", "deploy", "local") }},
		{"every target up", func(t *testing.T) { everyTargetUp(t, env) }},
		{"every alert reaches its receivers", func(t *testing.T) {
			t.Log(run(t, []string{"ENV_NAME=local", amAuthEnv()}, "monitoring/alerting/test-alerts.sh"))
		}},
		// As on staging: no sink read, delivery proved from Alertmanager's counters and
		// API; its receivers point at the local sink, a real HTTP and SMTP server.
		{"every alert delivered, proved from Alertmanager without the sink", deliveryWithoutSink},
	}
	if failed := runInOrder(t, steps); failed != "" {
		logStackState(t, env)
	}
}
