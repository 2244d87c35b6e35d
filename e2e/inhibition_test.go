//go:build e2e

package e2e

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/render/amconfig"
)

// checkInhibition runs while g's critical alert fires (first announced at since):
// the lower alerts g names must fire too, and every alert of the service that the
// rendered inhibit rules say the critical one inhibits must be suppressed by
// Alertmanager and announced to nobody.
func (r *faultRun) checkInhibition(g faultGroup, since time.Time) {
	t, src := r.t, g.alerts[0]
	for _, name := range g.mustInhibit {
		wait := deliveryBound(r.timings, r.catalog[name], false, nil, 0).total + 30*time.Second
		eventually(t, wait, 2*time.Second, name+" firing in Alertmanager during "+g.name, func() string {
			held, err := amAlerts(fmt.Sprintf("alertname=%q", name))
			if err != nil {
				return err.Error()
			}
			if len(held) == 0 {
				return "not firing yet"
			}
			return ""
		})
	}
	if len(g.mustInhibit) > 0 {
		// A notification that inhibition failed to stop would leave after group_wait;
		// wait one group_interval more.
		time.Sleep(r.timings.GroupWait + r.timings.GroupInterval)
	}
	var inhibited []string
	eventually(t, 15*time.Second, time.Second, "alerts inhibited by "+src+" are suppressed", func() string {
		sources, err := amAlerts(fmt.Sprintf("alertname=%q", src))
		if err != nil {
			return err.Error()
		}
		if len(sources) == 0 {
			return src + " is not in Alertmanager"
		}
		held, err := amAlerts()
		if err != nil {
			return err.Error()
		}
		inhibited = nil
		var loud []string
		for _, x := range held {
			for _, s := range sources {
				if !amconfig.Inhibits(s.Labels, x.Labels) {
					continue
				}
				inhibited = append(inhibited, x.Labels["alertname"])
				if x.Status.State != "suppressed" || len(x.Status.InhibitedBy) == 0 {
					loud = append(loud, fmt.Sprintf("%s (%s)", x.Labels["alertname"], x.Status.State))
				}
				break
			}
		}
		if len(loud) > 0 {
			return "not suppressed: " + strings.Join(loud, ", ")
		}
		return ""
	})
	sort.Strings(inhibited)
	inhibited = slices.Compact(inhibited)
	for _, name := range g.mustInhibit {
		if !slices.Contains(inhibited, name) {
			t.Errorf("%s fired during %s but %s does not inhibit it", name, g.name, src)
		}
	}
	ds, err := deliveries()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range inhibited {
		if leaked := firstPerTarget(ds, name, "firing", since, time.Now()); len(leaked) > 0 {
			t.Errorf("%s fired while %s did, yet reached %v: inhibition failed", name, src, sorted(leaked))
		}
	}
	t.Logf("%s: inhibited and quiet while it fired: %s", src, strings.Join(inhibited, ", "))
}
