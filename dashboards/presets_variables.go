package dashboards

import (
	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/common"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// datasourceRef points panels and queries at the $datasource variable, so one
// dashboard works against any Prometheus (staging, production, a laptop).
func datasourceRef() common.DataSourceRef {
	return common.DataSourceRef{Type: cog.ToPtr("prometheus"), Uid: cog.ToPtr("${datasource}")}
}

func datasourceVariable() *dashboard.DatasourceVariableBuilder {
	return dashboard.NewDatasourceVariableBuilder("datasource").
		Label("Data source").
		Type("prometheus").
		Current(dashboard.VariableOption{
			Selected: cog.ToPtr(true),
			Text:     dashboard.StringOrArrayOfString{String: cog.ToPtr("Prometheus")},
			Value:    dashboard.StringOrArrayOfString{String: cog.ToPtr(PrometheusUID)},
		}).
		Multi(false)
}

// allOption preselects "All", which matches every value through the .+ regex.
func allOption() dashboard.VariableOption {
	return dashboard.VariableOption{
		Selected: cog.ToPtr(true),
		Text:     dashboard.StringOrArrayOfString{ArrayOfString: []string{"All"}},
		Value:    dashboard.StringOrArrayOfString{ArrayOfString: []string{"$__all"}},
	}
}

func labelVariable(name, label, query string) *dashboard.QueryVariableBuilder {
	return dashboard.NewQueryVariableBuilder(name).
		Label(label).
		Query(dashboard.StringOrMap{String: cog.ToPtr(query)}).
		Datasource(datasourceRef()).
		Current(allOption()).
		Refresh(dashboard.VariableRefreshOnTimeRangeChanged).
		Sort(dashboard.VariableSortAlphabeticalAsc).
		Multi(true).
		IncludeAll(true).
		AllValue(".+")
}

func jobVariable(anchor string) *dashboard.QueryVariableBuilder {
	return labelVariable("job", "Job", "label_values("+anchor+", job)")
}

func instanceVariable(anchor string) *dashboard.QueryVariableBuilder {
	return labelVariable("instance", "Instance", `label_values(`+anchor+`{job=~"$job"}, instance)`)
}

// hostVariable lists the hosts whose agents report the anchor series (the
// environment's own host is "primary"; further hosts are named in its file).
func hostVariable(anchor string) *dashboard.QueryVariableBuilder {
	return labelVariable(model.HostLabel, "Host", `label_values(`+anchor+`{job=~"$job"}, `+model.HostLabel+`)`)
}

// hostInstanceVariable is the instance variable of a per-host dashboard: the
// instances on the chosen hosts.
func hostInstanceVariable(anchor string) *dashboard.QueryVariableBuilder {
	return labelVariable("instance", "Instance", `label_values(`+anchor+`{job=~"$job",`+model.HostLabel+`=~"$host"}, instance)`)
}

// intervalVariable sets the panels' minimum step (and so $__rate_interval's floor):
// coarser when looking at weeks, finer during an incident.
func intervalVariable() *dashboard.IntervalVariableBuilder {
	return dashboard.NewIntervalVariableBuilder("interval").
		Label("Resolution").
		Values(dashboard.StringOrMap{String: cog.ToPtr("30s,1m,5m,15m,1h")}).
		Current(dashboard.VariableOption{
			Selected: cog.ToPtr(true),
			Text:     dashboard.StringOrArrayOfString{String: cog.ToPtr("30s")},
			Value:    dashboard.StringOrArrayOfString{String: cog.ToPtr("30s")},
		})
}
