package contactpoint


type ContactPointJira struct {
	// The URL of the Jira REST API (v2 or v3).
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#api_url ContactPoint#api_url}
	ApiUrl *string `field:"required" json:"apiUrl" yaml:"apiUrl"`
	// The type of issue to create (e.g., Bug, Task, Story).
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#issue_type ContactPoint#issue_type}
	IssueType *string `field:"required" json:"issueType" yaml:"issueType"`
	// The project key in Jira.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#project ContactPoint#project}
	Project *string `field:"required" json:"project" yaml:"project"`
	// Personal Access Token that is used as a bearer authorization header.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#api_token ContactPoint#api_token}
	ApiToken *string `field:"optional" json:"apiToken" yaml:"apiToken"`
	// Custom field ID for storing deduplication keys. Must be numeric.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#dedup_key_field ContactPoint#dedup_key_field}
	DedupKeyField *string `field:"optional" json:"dedupKeyField" yaml:"dedupKeyField"`
	// The templated description of the Jira issue. Maximum length is 32767 characters.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#description ContactPoint#description}
	Description *string `field:"optional" json:"description" yaml:"description"`
	// Whether to disable sending resolve messages. Defaults to `false`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#disable_resolve_message ContactPoint#disable_resolve_message}
	DisableResolveMessage interface{} `field:"optional" json:"disableResolveMessage" yaml:"disableResolveMessage"`
	// Custom Jira issue fields.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#fields ContactPoint#fields}
	Fields *map[string]*string `field:"optional" json:"fields" yaml:"fields"`
	// Labels to assign to the Jira issue.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#labels ContactPoint#labels}
	Labels *[]*string `field:"optional" json:"labels" yaml:"labels"`
	// Password to use for Jira authentication.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#password ContactPoint#password}
	Password *string `field:"optional" json:"password" yaml:"password"`
	// The priority level of the issue (e.g., High, Medium, Low).
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#priority ContactPoint#priority}
	Priority *string `field:"optional" json:"priority" yaml:"priority"`
	// Duration to consider reopening issues (e.g., '10m').
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#reopen_duration ContactPoint#reopen_duration}
	ReopenDuration *string `field:"optional" json:"reopenDuration" yaml:"reopenDuration"`
	// The name of the workflow transition to reopen an issue.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#reopen_transition ContactPoint#reopen_transition}
	ReopenTransition *string `field:"optional" json:"reopenTransition" yaml:"reopenTransition"`
	// The name of the workflow transition to resolve an issue.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#resolve_transition ContactPoint#resolve_transition}
	ResolveTransition *string `field:"optional" json:"resolveTransition" yaml:"resolveTransition"`
	// Additional custom properties to attach to the notifier. Defaults to `map[]`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#settings ContactPoint#settings}
	Settings *map[string]*string `field:"optional" json:"settings" yaml:"settings"`
	// The templated summary of the Jira issue. Maximum length is 255 characters.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#summary ContactPoint#summary}
	Summary *string `field:"optional" json:"summary" yaml:"summary"`
	// Username to use for Jira authentication.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#user ContactPoint#user}
	User *string `field:"optional" json:"user" yaml:"user"`
	// Resolution status to exclude from reopening/updating.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point#wont_fix_resolution ContactPoint#wont_fix_resolution}
	WontFixResolution *string `field:"optional" json:"wontFixResolution" yaml:"wontFixResolution"`
}

