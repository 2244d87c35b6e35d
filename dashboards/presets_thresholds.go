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

// availabilityThresholds colours availability: red below the 99.9% SLO, yellow
// below 99.95%, green above.
func availabilityThresholds() *dashboard.ThresholdsConfigBuilder {
	return dashboard.NewThresholdsConfigBuilder().
		Mode(dashboard.ThresholdsModeAbsolute).
		Steps([]dashboard.Threshold{
			{Value: nil, Color: "red"},
			{Value: cog.ToPtr(sloTarget), Color: "yellow"},
			{Value: cog.ToPtr(0.9995), Color: "green"},
		})
}

// sloTarget is the request's 99.9% availability objective.
const sloTarget = 0.999
