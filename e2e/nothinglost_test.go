//go:build e2e

package e2e

import (
	"fmt"
	"net/http"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// silenceProbe is the alert name the silence covers; nothing else carries it.
const silenceProbe = "OpsmonSilenceProbe"

// nothingLost carries what earlier steps leave for the redeploy to find again.
type nothingLost struct {
	silenceID     string
	beforeDestroy time.Time // a moment with samples that must outlive destroy and deploy
}

// restartKeepsSilence creates a silence, restarts Alertmanager, and shows the
// silence still holds: it is active and it mutes an alert sent after the restart.
// Silences live on the alertmanager-data volume.
func (n *nothingLost) restartKeepsSilence(t *testing.T) {
	n.silenceID = createSilence(t, "must survive an Alertmanager restart, and a destroy and deploy")
	if out, err := exec.Command("docker", "restart", model.Alertmanager).CombinedOutput(); err != nil {
		t.Fatalf("docker restart: %v %s", err, out)
	}
	awaitAlertmanagerReady(t)
	if state, err := silenceState(n.silenceID); err != nil || state != "active" {
		t.Fatalf("silence %s after the restart: state %q, %v; want active", n.silenceID, state, err)
	}
	silenceHolds(t, n.silenceID)
}

// createSilence silences silenceProbe for two hours and returns the silence's id.
func createSilence(t *testing.T, comment string) string {
	t.Helper()
	now := time.Now().UTC()
	var created struct {
		SilenceID string `json:"silenceID"`
	}
	err := amPost("/api/v2/silences", map[string]any{
		"matchers":  []map[string]any{{"name": "alertname", "value": silenceProbe, "isRegex": false, "isEqual": true}},
		"startsAt":  now.Format(time.RFC3339),
		"endsAt":    now.Add(2 * time.Hour).Format(time.RFC3339),
		"createdBy": "e2e",
		"comment":   comment,
	}, &created)
	if err != nil || created.SilenceID == "" {
		t.Fatalf("create silence: %v (id %q)", err, created.SilenceID)
	}
	return created.SilenceID
}

// containerID is the id of the running container name.
func containerID(t *testing.T, name string) string {
	t.Helper()
	out, err := exec.Command("docker", "inspect", "-f", "{{.Id}}", name).Output()
	if err != nil {
		t.Fatalf("docker inspect %s: %v", name, err)
	}
	return strings.TrimSpace(string(out))
}

// silenceHolds sends an alert the silence covers, routed to people (severity high),
// and checks Alertmanager mutes it by that silence and nobody is told.
func silenceHolds(t *testing.T, id string) {
	sent := time.Now()
	labels := map[string]string{"alertname": silenceProbe, "severity": "high", "service": "e2e", "instance": fmt.Sprint(sent.Unix())}
	if err := postAlert(labels, sent.Add(5*time.Minute)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = postAlert(labels, time.Now()) })
	eventually(t, 30*time.Second, time.Second, silenceProbe+" muted by silence "+id, func() string {
		held, err := amAlerts(fmt.Sprintf("alertname=%q", silenceProbe))
		if err != nil {
			return err.Error()
		}
		for _, a := range held {
			if a.Labels["instance"] == labels["instance"] {
				if a.Status.State == "suppressed" && slices.Contains(a.Status.SilencedBy, id) {
					return ""
				}
				return fmt.Sprintf("state %s, silenced by %v", a.Status.State, a.Status.SilencedBy)
			}
		}
		return "not received yet"
	})
	time.Sleep(5 * time.Second) // longer than group_wait: an unmuted alert would be delivered by now
	ds, err := deliveries()
	if err != nil {
		t.Fatal(err)
	}
	if got := targetsOf(ds, silenceProbe, sent); len(got) > 0 {
		t.Fatalf("silenced %s reached %v", silenceProbe, sorted(got))
	}
}

func awaitAlertmanagerReady(t *testing.T) {
	eventually(t, 90*time.Second, 2*time.Second, "Alertmanager ready", func() string {
		resp, err := client.Get(amURL + "/-/ready")
		if err != nil {
			return err.Error()
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return resp.Status
		}
		return ""
	})
}

// markBeforeDestroy remembers a moment whose Prometheus samples exist now.
func (n *nothingLost) markBeforeDestroy(t *testing.T) {
	n.beforeDestroy = time.Now().Add(-10 * time.Second)
	if res, err := query(fmt.Sprintf(`up{job="prometheus"} @ %d`, n.beforeDestroy.Unix())); err != nil || len(res) == 0 {
		t.Fatalf("no sample to find after the redeploy: %v %v", res, err)
	}
}

// deployAgainKeepsData deploys after a destroy (what staging's recreate does): every
// target comes back up, Prometheus still has the samples from before the destroy
// and Alertmanager the silence, both on their kept volumes.
func (n *nothingLost) deployAgainKeepsData(t *testing.T, env model.Environment) string {
	if n.beforeDestroy.IsZero() {
		t.Fatal("the destroy step did not run")
	}
	out := run(t, nil, "scripts/stack.sh", "deploy", "local")
	everyTargetUp(t, env)
	expr := fmt.Sprintf(`up{job="prometheus"} @ %d`, n.beforeDestroy.Unix())
	eventuallyHasData(t, 60*time.Second, "samples from before the destroy", expr, "lost: "+expr)
	if n.silenceID == "" {
		t.Fatal("the Alertmanager step created no silence")
	}
	awaitAlertmanagerReady(t)
	if state, err := silenceState(n.silenceID); err != nil || state != "active" {
		t.Fatalf("silence %s after destroy and deploy: state %q, %v; want active", n.silenceID, state, err)
	}
	silenceHolds(t, n.silenceID)
	if err := expireSilence(n.silenceID); err != nil {
		t.Error(err)
	}
	return out
}

// TestPurgeDeletesOnlyItsEnvironmentsVolumes runs scripts/purge.sh (what make purge
// runs after destroy) on a scratch environment name, which purge takes only when
// OPSMON_PURGE_SCRATCH names it: its data volumes go, a volume
// whose name merely starts alike stays, and so does every other environment's.
func TestPurgeDeletesOnlyItsEnvironmentsVolumes(t *testing.T) {
	uses(t, machineEngine)
	const env = "e2epurge"
	own := []string{"opsmon-" + env + "-alertmanager-data", "opsmon-" + env + "-prometheus-data"}
	decoy := "opsmon-" + env + "x-prometheus-data"
	others := volumes(t, "^opsmon-")
	for _, v := range append(own, decoy) {
		if out, err := exec.Command("docker", "volume", "create", v).CombinedOutput(); err != nil {
			t.Fatalf("docker volume create %s: %v %s", v, err, out)
		}
	}
	t.Cleanup(func() { _ = exec.Command("docker", append([]string{"volume", "rm", decoy}, own...)...).Run() })
	out := run(t, []string{"OPSMON_PURGE_SCRATCH=" + env}, "scripts/purge.sh", env)
	if want := "purged data volumes of " + env + ": " + strings.Join(own, "\n"); !strings.Contains(out, want) {
		t.Errorf("purge said %q, want %q", out, want)
	}
	left := volumes(t, "^opsmon-")
	for _, v := range own {
		if slices.Contains(left, v) {
			t.Errorf("purge kept %s", v)
		}
	}
	for _, v := range append(others, decoy) {
		if !slices.Contains(left, v) {
			t.Errorf("purge of %s deleted %s", env, v)
		}
	}
}

func volumes(t *testing.T, pattern string) []string {
	out, err := exec.Command("docker", "volume", "ls", "-q", "--filter", "name="+pattern).Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(out))
}
