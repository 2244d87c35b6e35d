package dashboards

import (
	"strconv"

	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/cog/variants"
	"github.com/grafana/grafana-foundation-sdk/go/common"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	"github.com/grafana/grafana-foundation-sdk/go/gauge"
	"github.com/grafana/grafana-foundation-sdk/go/heatmap"
	"github.com/grafana/grafana-foundation-sdk/go/piechart"
	"github.com/grafana/grafana-foundation-sdk/go/prometheus"
	"github.com/grafana/grafana-foundation-sdk/go/stat"
	"github.com/grafana/grafana-foundation-sdk/go/table"
	"github.com/grafana/grafana-foundation-sdk/go/timeseries"
	"github.com/grafana/grafana-foundation-sdk/go/units"
)

// Grid sizes (Grafana's grid is 24 columns wide).
const (
	fullWidth  = 24
	halfWidth  = 12
	thirdWidth = 8
	quarter    = 6
	tallHeight = 8
	statHeight = 5
)

// withRefs names targets A, B, C... in order so each query can be told apart.
func withRefs(targets []*prometheus.DataqueryBuilder) []cog.Builder[variants.Dataquery] {
	out := make([]cog.Builder[variants.Dataquery], len(targets))
	for i, t := range targets {
		out[i] = t.RefId(string(rune('A' + i)))
	}
	return out
}

// timeseriesPanel is a line graph; thresholds, when given, are drawn as dashed
// lines so a crossing is visible at a glance.
func timeseriesPanel(title, description, unit string, targets ...*prometheus.DataqueryBuilder) *timeseries.PanelBuilder {
	return timeseries.NewPanelBuilder().
		Title(title).
		Description(description).
		Unit(unit).
		Datasource(datasourceRef()).
		Targets(withRefs(targets)).
		Interval("$interval").
		Span(halfWidth).
		Height(tallHeight).
		Thresholds(neutralThresholds()).
		LineWidth(1).
		FillOpacity(10).
		ShowPoints(common.VisibilityModeNever).
		Legend(common.NewVizLegendOptionsBuilder().
			DisplayMode(common.LegendDisplayModeTable).
			Placement(common.LegendPlacementBottom).
			Calcs([]string{"mean", "max", "lastNotNull"}).
			ShowLegend(true)).
		Tooltip(common.NewVizTooltipOptionsBuilder().
			Mode(common.TooltipDisplayModeMulti).
			Sort(common.SortOrderDescending))
}

// percentGraph is a 0-100 graph with the standard thresholds drawn as lines.
func percentGraph(title, description string, targets ...*prometheus.DataqueryBuilder) *timeseries.PanelBuilder {
	return timeseriesPanel(title, description, units.Percent, targets...).
		Min(0).Max(100).
		Thresholds(percentThresholds()).
		ThresholdsStyle(common.NewGraphThresholdsStyleConfigBuilder().Mode(common.GraphThresholdsStyleModeDashed))
}

// barsPanel stacks counts per interval, for events rather than levels.
func barsPanel(title, description, unit string, targets ...*prometheus.DataqueryBuilder) *timeseries.PanelBuilder {
	return timeseriesPanel(title, description, unit, targets...).
		DrawStyle(common.GraphDrawStyleBars).
		FillOpacity(80).
		Stacking(common.NewStackingConfigBuilder().Mode(common.StackingModeNormal))
}

func lastValue() *common.ReduceDataOptionsBuilder {
	return common.NewReduceDataOptionsBuilder().Calcs([]string{"lastNotNull"})
}

// statPanel shows one current value with a sparkline.
func statPanel(title, description, unit string, targets ...*prometheus.DataqueryBuilder) *stat.PanelBuilder {
	return stat.NewPanelBuilder().
		Title(title).
		Description(description).
		Unit(unit).
		Datasource(datasourceRef()).
		Targets(withRefs(targets)).
		Span(quarter).
		Height(statHeight).
		Thresholds(neutralThresholds()).
		ReduceOptions(lastValue()).
		ColorMode(common.BigValueColorModeValue).
		GraphMode(common.BigValueGraphModeArea)
}

// gaugePanel shows a current 0-100 percentage against the standard thresholds.
func gaugePanel(title, description string, targets ...*prometheus.DataqueryBuilder) *gauge.PanelBuilder {
	return gauge.NewPanelBuilder().
		Title(title).
		Description(description).
		Unit(units.Percent).
		Min(0).Max(100).
		Datasource(datasourceRef()).
		Targets(withRefs(targets)).
		Span(quarter).
		Height(statHeight).
		Thresholds(percentThresholds()).
		ReduceOptions(lastValue()).
		ShowThresholdMarkers(true)
}

// tablePanel lists current values, one row per series, largest first.
func tablePanel(title, description, unit string, targets ...*prometheus.DataqueryBuilder) *table.PanelBuilder {
	return table.NewPanelBuilder().
		Title(title).
		Description(description).
		Unit(unit).
		Datasource(datasourceRef()).
		Targets(withRefs(targets)).
		Span(halfWidth).
		Height(tallHeight).
		Thresholds(neutralThresholds()).
		WithTransformation(dashboard.DataTransformerConfig{
			Id:      "organize",
			Options: map[string]any{"excludeByName": map[string]any{"Time": true}},
		}).
		Footer(common.NewTableFooterOptionsBuilder().Show(false).Reducer([]string{"sum"})).
		SortBy([]cog.Builder[common.TableSortByFieldState]{
			common.NewTableSortByFieldStateBuilder().DisplayName("Value").Desc(true),
		})
}

// piePanel shows how a current total splits across a label.
func piePanel(title, description, unit string, targets ...*prometheus.DataqueryBuilder) *piechart.PanelBuilder {
	return piechart.NewPanelBuilder().
		Title(title).
		Description(description).
		Unit(unit).
		Datasource(datasourceRef()).
		Targets(withRefs(targets)).
		Span(thirdWidth).
		Height(tallHeight).
		Thresholds(neutralThresholds()).
		ColorScheme(dashboard.NewFieldColorBuilder().Mode(dashboard.FieldColorModeIdPaletteClassic)).
		PieType(piechart.PieChartTypeDonut).
		ReduceOptions(lastValue()).
		Legend(piechart.NewPieChartLegendOptionsBuilder().
			DisplayMode(common.LegendDisplayModeTable).
			Placement(common.LegendPlacementRight).
			Values([]piechart.PieChartLegendValues{piechart.PieChartLegendValuesValue, piechart.PieChartLegendValuesPercent}).
			ShowLegend(true))
}

// heatmapPanel draws a histogram's buckets over time, from pre-bucketed series.
func heatmapPanel(title, description, unit string, targets ...*prometheus.DataqueryBuilder) *heatmap.PanelBuilder {
	return heatmap.NewPanelBuilder().
		Title(title).
		Description(description).
		Unit(unit).
		Datasource(datasourceRef()).
		Targets(withRefs(targets)).
		Interval("$interval").
		Span(halfWidth).
		Height(tallHeight).
		Thresholds(neutralThresholds()).
		Calculate(false).
		YAxis(heatmap.NewYAxisConfigBuilder().Unit(unit)).
		Color(heatmap.NewHeatmapColorOptionsBuilder().
			Mode(heatmap.HeatmapColorModeScheme).
			Scheme("Oranges").
			Steps(64))
}

// upDownMappings shows 1/0 health values as words and colours.
func upDownMappings(up, down string) []dashboard.ValueMapping {
	return []dashboard.ValueMapping{{ValueMap: &dashboard.ValueMap{
		Type: dashboard.MappingTypeValueToText,
		Options: map[string]dashboard.ValueMappingResult{
			"1": {Text: cog.ToPtr(up), Color: cog.ToPtr("green")},
			"0": {Text: cog.ToPtr(down), Color: cog.ToPtr("red")},
		},
	}}}
}

// healthMappings name the values of containerHealth.
func healthMappings() []dashboard.ValueMapping {
	text := func(s, color string) dashboard.ValueMappingResult {
		return dashboard.ValueMappingResult{Text: cog.ToPtr(s), Color: cog.ToPtr(color)}
	}
	return []dashboard.ValueMapping{{ValueMap: &dashboard.ValueMap{
		Type: dashboard.MappingTypeValueToText,
		Options: map[string]dashboard.ValueMappingResult{
			"1":                      text("HEALTHY", "green"),
			"0":                      text("UNHEALTHY / STARTING", "red"),
			"-1":                     text("NO HEALTHCHECK", "blue"),
			strconv.Itoa(healthGone): text("GONE", "red"),
		},
	}}}
}

// upStat shows a 1/0 reachability series as a coloured UP/DOWN tile.
func upStat(title, description, expr, legend string) *stat.PanelBuilder {
	return statPanel(title, description, units.Short, query(expr, legend)).
		Mappings(upDownMappings("UP", "DOWN")).
		Thresholds(upThresholds()).
		ColorMode(common.BigValueColorModeBackground)
}
