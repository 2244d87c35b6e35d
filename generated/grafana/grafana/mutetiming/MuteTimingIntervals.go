package mutetiming


type MuteTimingIntervals struct {
	// An inclusive range of days, 1-31, within a month, e.g. "1" or "14:16". Negative values can be used to represent days counting from the end of a month, e.g. "-1".
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#days_of_month MuteTiming#days_of_month}
	DaysOfMonth *[]*string `field:"optional" json:"daysOfMonth" yaml:"daysOfMonth"`
	// Provides the time zone for the time interval.
	//
	// Must be a location in the IANA time zone database, e.g "America/New_York"
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#location MuteTiming#location}
	Location *string `field:"optional" json:"location" yaml:"location"`
	// An inclusive range of months, either numerical or full calendar month, e.g. "1:3", "december", or "may:august".
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#months MuteTiming#months}
	Months *[]*string `field:"optional" json:"months" yaml:"months"`
	// times block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#times MuteTiming#times}
	Times interface{} `field:"optional" json:"times" yaml:"times"`
	// An inclusive range of weekdays, e.g. "monday" or "tuesday:thursday".
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#weekdays MuteTiming#weekdays}
	Weekdays *[]*string `field:"optional" json:"weekdays" yaml:"weekdays"`
	// A positive inclusive range of years, e.g. "2030" or "2025:2026".
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/mute_timing#years MuteTiming#years}
	Years *[]*string `field:"optional" json:"years" yaml:"years"`
}

