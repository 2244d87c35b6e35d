package model

import (
	"fmt"
	"time"
)

// Timings are every duration that decides how fast an alert reaches a person.
// Production keeps the request's values; the fast profile shortens them so the
// end-to-end fault tests finish in minutes. The alert catalog is the same for both.
type Timings struct {
	Name               string
	ScrapeInterval     time.Duration
	EvaluationInterval time.Duration
	// ForDivisor divides every alert's `for` (1 keeps the catalog's value).
	ForDivisor     int
	GroupWait      time.Duration
	GroupInterval  time.Duration
	RepeatInterval time.Duration
	// ResendDelay is how often Prometheus sends an alert that is still firing
	// (--rules.alert.resend-delay, 1m by default). Alertmanager keeps alerts in
	// memory only: after it restarts, or when a send is lost, a firing alert (the
	// Watchdog too) is back in Alertmanager only at its next resend.
	ResendDelay time.Duration
	// TSDBBlock is Prometheus's block duration where Thanos runs (min = max, so the
	// sidecar uploads every block before Prometheus could compact it); StoreSync is
	// how often the Store Gateway and the Compactor look at the bucket.
	TSDBBlock, StoreSync time.Duration
	// HealthInterval is every container's healthcheck interval. Docker 20.10 runs
	// the first probe one interval after the start (start_interval came in Docker
	// 25), and a deploy waits for each container to be healthy before starting
	// what depends on it: each step of that order costs one interval.
	HealthInterval time.Duration
	// DiscoveryReload is how often Prometheus's scrape manager takes new targets
	// (--scrape.discovery-reload-interval); 0 keeps Prometheus's default, 5 s. Its
	// first targets come only at that first reload, so a fresh Prometheus scrapes
	// nothing for that long.
	DiscoveryReload time.Duration
}

// ProductionHealthInterval is the production profile's healthcheck interval, the one
// every container had before the profiles set it.
const ProductionHealthInterval = 10 * time.Second

// HealthIntervalLabel names a container's healthcheck interval where it is not
// ProductionHealthInterval. The docker provider plans a changed interval as an update
// in place that it never makes (Docker cannot change a container's healthcheck), so
// every later plan would show it again; a changed label replaces the container.
const HealthIntervalLabel = "opsmon.health-interval"

// Timing profiles by name, as environment files refer to them.
var timingProfiles = map[string]Timings{
	"production": {
		Name: "production", ScrapeInterval: 15 * time.Second, EvaluationInterval: 15 * time.Second,
		ForDivisor: 1, GroupWait: 10 * time.Second, GroupInterval: 5 * time.Minute, RepeatInterval: 3 * time.Hour,
		ResendDelay: 30 * time.Second, TSDBBlock: 2 * time.Hour, StoreSync: 3 * time.Minute,
		HealthInterval: ProductionHealthInterval,
	},
	"fast": {
		Name: "fast", ScrapeInterval: 5 * time.Second, EvaluationInterval: 5 * time.Second,
		ForDivisor: 10, GroupWait: 2 * time.Second, GroupInterval: 10 * time.Second, RepeatInterval: 1 * time.Minute,
		ResendDelay: 10 * time.Second, TSDBBlock: 2 * time.Minute, StoreSync: 15 * time.Second,
		HealthInterval: 3 * time.Second, DiscoveryReload: time.Second,
	},
}

// TimingProfile returns the named profile.
func TimingProfile(name string) (Timings, error) {
	t, ok := timingProfiles[name]
	if !ok {
		return Timings{}, fmt.Errorf("unknown timing profile %q; use \"production\" or \"fast\"", name)
	}
	return t, nil
}

// For scales an alert's `for` by the profile, never below one evaluation interval
// (except 0, which stays 0: the alert fires on the first evaluation).
func (t Timings) For(d time.Duration) time.Duration {
	if d == 0 {
		return 0
	}
	scaled := d / time.Duration(t.ForDivisor)
	if scaled < t.EvaluationInterval {
		return t.EvaluationInterval
	}
	return scaled
}

// DeliveryBound is the longest a notification may take after a fault becomes
// visible to an exporter: a scrape, an evaluation, the alert's `for`, one more
// evaluation to fire, and the route's group_wait.
func (t Timings) DeliveryBound(forDuration time.Duration) time.Duration {
	return t.ScrapeInterval + 2*t.EvaluationInterval + t.For(forDuration) + t.GroupWait
}

// RestartBound is the longest a firing alert may take to reach a person again
// after Alertmanager restarts, or after Prometheus restarts while the alert's
// first send is lost (Prometheus 3.16 drops what it sends before its notifier has
// discovered Alertmanager): the next evaluation, one resend delay, and group_wait.
func (t Timings) RestartBound() time.Duration {
	return t.EvaluationInterval + t.ResendDelay + t.GroupWait
}
