package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
)

// Standard colours for percentages: green below 70, yellow from 70, red from 90.
const (
	warnPercent = 70
	critPercent = 90
)

func steps(yellow, red float64) *dashboard.ThresholdsConfigBuilder {
	return dashboard.NewThresholdsConfigBuilder().
		Mode(dashboard.ThresholdsModeAbsolute).
		Steps([]dashboard.Threshold{
			{Value: nil, Color: "green"},
			{Value: cog.ToPtr[float64](yellow), Color: "yellow"},
			{Value: cog.ToPtr[float64](red), Color: "red"},
		})
}

// percentThresholds colours 0-100 values.
func percentThresholds() *dashboard.ThresholdsConfigBuilder {
	return steps(warnPercent, critPercent)
}

// ratioThresholds colours 0-1 ratios (Grafana's percentunit) on the same scale.
func ratioThresholds() *dashboard.ThresholdsConfigBuilder {
	return steps(warnPercent/100.0, critPercent/100.0)
}

// neutralThresholds keeps values that have no good or bad level one colour.
func neutralThresholds() *dashboard.ThresholdsConfigBuilder {
	return dashboard.NewThresholdsConfigBuilder().
		Mode(dashboard.ThresholdsModeAbsolute).
		Steps([]dashboard.Threshold{{Value: nil, Color: "green"}})
}

// alertThresholds colours a value yellow at warn and red at crit, for levels an
// alert fires on (error ratios, latency) rather than the 70/90 percentages.
func alertThresholds(warn, crit float64) *dashboard.ThresholdsConfigBuilder {
	return steps(warn, crit)
}

// floorThresholds colours values where more is better: red below red, yellow
// below yellow, green from there up.
func floorThresholds(red, yellow float64) *dashboard.ThresholdsConfigBuilder {
	return dashboard.NewThresholdsConfigBuilder().
		Mode(dashboard.ThresholdsModeAbsolute).
		Steps([]dashboard.Threshold{
			{Value: nil, Color: "red"},
			{Value: cog.ToPtr(red), Color: "yellow"},
			{Value: cog.ToPtr(yellow), Color: "green"},
		})
}

// upThresholds colours an up/down value: red below 1 (down, or some targets of
// a summed job down), green at 1.
func upThresholds() *dashboard.ThresholdsConfigBuilder {
	return dashboard.NewThresholdsConfigBuilder().
		Mode(dashboard.ThresholdsModeAbsolute).
		Steps([]dashboard.Threshold{
			{Value: nil, Color: "red"},
			{Value: cog.ToPtr(1.0), Color: "green"},
		})
}

// availabilityThresholds colours availability: red below the 99.9% SLO, yellow
// below 99.95%, green above. Only for what the SLO covers (uptime, 5xx share).
func availabilityThresholds() *dashboard.ThresholdsConfigBuilder {
	return floorThresholds(sloTarget, 0.9995)
}

// Levels for success ratios that no SLO covers: a wrong password or a failed
// registrar call is part of normal traffic, so they turn red only where a person
// should look.
const (
	// Error budget left in the range: under 25% slow down risky changes.
	budgetRed, budgetYellow = 0.25, 0.5
	// Cache hit rate: HighCacheMissRate fires past 50% misses.
	hitRateRed, hitRateYellow = 0.5, 0.8
	// Login success: users mistype; below 80% it is an attack or an outage.
	loginRed, loginYellow = 0.8, 0.95
	// Finished migrations that succeeded: a registrar refusing some is normal.
	migrationRed, migrationYellow = 0.9, 0.98
)

// sloTarget is the request's 99.9% availability objective.
const sloTarget = 0.999
