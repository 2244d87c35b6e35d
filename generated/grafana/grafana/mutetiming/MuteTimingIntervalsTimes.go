package mutetiming


type MuteTimingIntervalsTimes struct {
	// The time, in hh:mm format, of when the interval should end exclusively.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#end MuteTiming#end}
	End *string `field:"required" json:"end" yaml:"end"`
	// The time, in hh:mm format, of when the interval should begin inclusively.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#start MuteTiming#start}
	Start *string `field:"required" json:"start" yaml:"start"`
}

