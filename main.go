package main

import (
	_ "github.com/aws/constructs-go/constructs/v10"
	_ "github.com/aws/jsii-runtime-go"
	_ "github.com/grafana/grafana-foundation-sdk/go/alerting"
	_ "github.com/grafana/grafana-foundation-sdk/go/dashboard"
	_ "github.com/grafana/grafana-foundation-sdk/go/prometheus"
	_ "github.com/grafana/grafana-foundation-sdk/go/timeseries"
	_ "github.com/hashicorp/terraform-cdk-go/cdktf"
	_ "github.com/magicunicorn/ops-center-monitoring/model"
	_ "github.com/prometheus/alertmanager/config"
	_ "github.com/prometheus/prometheus/model/rulefmt"
	_ "github.com/prometheus/prometheus/promql/parser"
)

func main() {}
