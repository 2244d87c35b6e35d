package contactpoint

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/jsii"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/magicunicorn/ops-center-monitoring/generated/grafana/grafana/contactpoint/internal"
)

// Represents a {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point grafana_contact_point}.
type ContactPoint interface {
	cdktf.TerraformResource
	Alertmanager() ContactPointAlertmanagerList
	AlertmanagerInput() interface{}
	// Experimental.
	CdktfStack() cdktf.TerraformStack
	// Experimental.
	Connection() interface{}
	// Experimental.
	SetConnection(val interface{})
	// Experimental.
	ConstructNodeMetadata() *map[string]interface{}
	// Experimental.
	Count() interface{}
	// Experimental.
	SetCount(val interface{})
	// Experimental.
	DependsOn() *[]*string
	// Experimental.
	SetDependsOn(val *[]*string)
	Dingding() ContactPointDingdingList
	DingdingInput() interface{}
	DisableProvenance() interface{}
	SetDisableProvenance(val interface{})
	DisableProvenanceInput() interface{}
	Discord() ContactPointDiscordList
	DiscordInput() interface{}
	Email() ContactPointEmailList
	EmailInput() interface{}
	// Experimental.
	ForEach() cdktf.ITerraformIterator
	// Experimental.
	SetForEach(val cdktf.ITerraformIterator)
	// Experimental.
	Fqn() *string
	// Experimental.
	FriendlyUniqueId() *string
	Googlechat() ContactPointGooglechatList
	GooglechatInput() interface{}
	Id() *string
	SetId(val *string)
	IdInput() *string
	Jira() ContactPointJiraList
	JiraInput() interface{}
	Kafka() ContactPointKafkaList
	KafkaInput() interface{}
	// Experimental.
	Lifecycle() *cdktf.TerraformResourceLifecycle
	// Experimental.
	SetLifecycle(val *cdktf.TerraformResourceLifecycle)
	Line() ContactPointLineList
	LineInput() interface{}
	Name() *string
	SetName(val *string)
	NameInput() *string
	// The tree node.
	Node() constructs.Node
	Oncall() ContactPointOncallList
	OncallInput() interface{}
	Opsgenie() ContactPointOpsgenieList
	OpsgenieInput() interface{}
	OrgId() *string
	SetOrgId(val *string)
	OrgIdInput() *string
	Pagerduty() ContactPointPagerdutyList
	PagerdutyInput() interface{}
	// Experimental.
	Provider() cdktf.TerraformProvider
	// Experimental.
	SetProvider(val cdktf.TerraformProvider)
	// Experimental.
	Provisioners() *[]interface{}
	// Experimental.
	SetProvisioners(val *[]interface{})
	Pushover() ContactPointPushoverList
	PushoverInput() interface{}
	// Experimental.
	RawOverrides() interface{}
	Sensugo() ContactPointSensugoList
	SensugoInput() interface{}
	Slack() ContactPointSlackList
	SlackInput() interface{}
	Sns() ContactPointSnsList
	SnsInput() interface{}
	Teams() ContactPointTeamsList
	TeamsInput() interface{}
	Telegram() ContactPointTelegramList
	TelegramInput() interface{}
	// Experimental.
	TerraformGeneratorMetadata() *cdktf.TerraformProviderGeneratorMetadata
	// Experimental.
	TerraformMetaArguments() *map[string]interface{}
	// Experimental.
	TerraformResourceType() *string
	Threema() ContactPointThreemaList
	ThreemaInput() interface{}
	Victorops() ContactPointVictoropsList
	VictoropsInput() interface{}
	Webex() ContactPointWebexList
	WebexInput() interface{}
	Webhook() ContactPointWebhookList
	WebhookInput() interface{}
	Wecom() ContactPointWecomList
	WecomInput() interface{}
	// Adds a user defined moveTarget string to this resource to be later used in .moveTo(moveTarget) to resolve the location of the move.
	// Experimental.
	AddMoveTarget(moveTarget *string)
	// Experimental.
	AddOverride(path *string, value interface{})
	// Experimental.
	GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{}
	// Experimental.
	GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable
	// Experimental.
	GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool
	// Experimental.
	GetListAttribute(terraformAttribute *string) *[]*string
	// Experimental.
	GetNumberAttribute(terraformAttribute *string) *float64
	// Experimental.
	GetNumberListAttribute(terraformAttribute *string) *[]*float64
	// Experimental.
	GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64
	// Experimental.
	GetStringAttribute(terraformAttribute *string) *string
	// Experimental.
	GetStringMapAttribute(terraformAttribute *string) *map[string]*string
	// Experimental.
	HasResourceMove() interface{}
	// Experimental.
	ImportFrom(id *string, provider cdktf.TerraformProvider)
	// Experimental.
	InterpolationForAttribute(terraformAttribute *string) cdktf.IResolvable
	// Move the resource corresponding to "id" to this resource.
	//
	// Note that the resource being moved from must be marked as moved using it's instance function.
	// Experimental.
	MoveFromId(id *string)
	// Moves this resource to the target resource given by moveTarget.
	// Experimental.
	MoveTo(moveTarget *string, index interface{})
	// Moves this resource to the resource corresponding to "id".
	// Experimental.
	MoveToId(id *string)
	// Overrides the auto-generated logical ID with a specific ID.
	// Experimental.
	OverrideLogicalId(newLogicalId *string)
	PutAlertmanager(value interface{})
	PutDingding(value interface{})
	PutDiscord(value interface{})
	PutEmail(value interface{})
	PutGooglechat(value interface{})
	PutJira(value interface{})
	PutKafka(value interface{})
	PutLine(value interface{})
	PutOncall(value interface{})
	PutOpsgenie(value interface{})
	PutPagerduty(value interface{})
	PutPushover(value interface{})
	PutSensugo(value interface{})
	PutSlack(value interface{})
	PutSns(value interface{})
	PutTeams(value interface{})
	PutTelegram(value interface{})
	PutThreema(value interface{})
	PutVictorops(value interface{})
	PutWebex(value interface{})
	PutWebhook(value interface{})
	PutWecom(value interface{})
	ResetAlertmanager()
	ResetDingding()
	ResetDisableProvenance()
	ResetDiscord()
	ResetEmail()
	ResetGooglechat()
	ResetId()
	ResetJira()
	ResetKafka()
	ResetLine()
	ResetOncall()
	ResetOpsgenie()
	ResetOrgId()
	// Resets a previously passed logical Id to use the auto-generated logical id again.
	// Experimental.
	ResetOverrideLogicalId()
	ResetPagerduty()
	ResetPushover()
	ResetSensugo()
	ResetSlack()
	ResetSns()
	ResetTeams()
	ResetTelegram()
	ResetThreema()
	ResetVictorops()
	ResetWebex()
	ResetWebhook()
	ResetWecom()
	SynthesizeAttributes() *map[string]interface{}
	SynthesizeHclAttributes() *map[string]interface{}
	// Experimental.
	ToHclTerraform() interface{}
	// Experimental.
	ToMetadata() interface{}
	// Returns a string representation of this construct.
	ToString() *string
	// Adds this resource to the terraform JSON output.
	// Experimental.
	ToTerraform() interface{}
}

// The jsii proxy struct for ContactPoint
type jsiiProxy_ContactPoint struct {
	internal.Type__cdktfTerraformResource
}

func (j *jsiiProxy_ContactPoint) Alertmanager() ContactPointAlertmanagerList {
	var returns ContactPointAlertmanagerList
	_jsii_.Get(
		j,
		"alertmanager",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) AlertmanagerInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"alertmanagerInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) CdktfStack() cdktf.TerraformStack {
	var returns cdktf.TerraformStack
	_jsii_.Get(
		j,
		"cdktfStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Connection() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"connection",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) ConstructNodeMetadata() *map[string]interface{} {
	var returns *map[string]interface{}
	_jsii_.Get(
		j,
		"constructNodeMetadata",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Count() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"count",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) DependsOn() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"dependsOn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Dingding() ContactPointDingdingList {
	var returns ContactPointDingdingList
	_jsii_.Get(
		j,
		"dingding",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) DingdingInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"dingdingInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) DisableProvenance() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableProvenance",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) DisableProvenanceInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"disableProvenanceInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Discord() ContactPointDiscordList {
	var returns ContactPointDiscordList
	_jsii_.Get(
		j,
		"discord",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) DiscordInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"discordInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Email() ContactPointEmailList {
	var returns ContactPointEmailList
	_jsii_.Get(
		j,
		"email",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) EmailInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"emailInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) ForEach() cdktf.ITerraformIterator {
	var returns cdktf.ITerraformIterator
	_jsii_.Get(
		j,
		"forEach",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) FriendlyUniqueId() *string {
	var returns *string
	_jsii_.Get(
		j,
		"friendlyUniqueId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Googlechat() ContactPointGooglechatList {
	var returns ContactPointGooglechatList
	_jsii_.Get(
		j,
		"googlechat",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) GooglechatInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"googlechatInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Id() *string {
	var returns *string
	_jsii_.Get(
		j,
		"id",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) IdInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"idInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Jira() ContactPointJiraList {
	var returns ContactPointJiraList
	_jsii_.Get(
		j,
		"jira",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) JiraInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"jiraInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Kafka() ContactPointKafkaList {
	var returns ContactPointKafkaList
	_jsii_.Get(
		j,
		"kafka",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) KafkaInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"kafkaInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Lifecycle() *cdktf.TerraformResourceLifecycle {
	var returns *cdktf.TerraformResourceLifecycle
	_jsii_.Get(
		j,
		"lifecycle",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Line() ContactPointLineList {
	var returns ContactPointLineList
	_jsii_.Get(
		j,
		"line",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) LineInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"lineInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Name() *string {
	var returns *string
	_jsii_.Get(
		j,
		"name",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) NameInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"nameInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Node() constructs.Node {
	var returns constructs.Node
	_jsii_.Get(
		j,
		"node",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Oncall() ContactPointOncallList {
	var returns ContactPointOncallList
	_jsii_.Get(
		j,
		"oncall",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) OncallInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"oncallInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Opsgenie() ContactPointOpsgenieList {
	var returns ContactPointOpsgenieList
	_jsii_.Get(
		j,
		"opsgenie",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) OpsgenieInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"opsgenieInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) OrgId() *string {
	var returns *string
	_jsii_.Get(
		j,
		"orgId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) OrgIdInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"orgIdInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Pagerduty() ContactPointPagerdutyList {
	var returns ContactPointPagerdutyList
	_jsii_.Get(
		j,
		"pagerduty",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) PagerdutyInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"pagerdutyInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Provider() cdktf.TerraformProvider {
	var returns cdktf.TerraformProvider
	_jsii_.Get(
		j,
		"provider",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Provisioners() *[]interface{} {
	var returns *[]interface{}
	_jsii_.Get(
		j,
		"provisioners",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Pushover() ContactPointPushoverList {
	var returns ContactPointPushoverList
	_jsii_.Get(
		j,
		"pushover",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) PushoverInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"pushoverInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) RawOverrides() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"rawOverrides",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Sensugo() ContactPointSensugoList {
	var returns ContactPointSensugoList
	_jsii_.Get(
		j,
		"sensugo",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) SensugoInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"sensugoInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Slack() ContactPointSlackList {
	var returns ContactPointSlackList
	_jsii_.Get(
		j,
		"slack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) SlackInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"slackInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Sns() ContactPointSnsList {
	var returns ContactPointSnsList
	_jsii_.Get(
		j,
		"sns",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) SnsInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"snsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Teams() ContactPointTeamsList {
	var returns ContactPointTeamsList
	_jsii_.Get(
		j,
		"teams",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) TeamsInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"teamsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Telegram() ContactPointTelegramList {
	var returns ContactPointTelegramList
	_jsii_.Get(
		j,
		"telegram",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) TelegramInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"telegramInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) TerraformGeneratorMetadata() *cdktf.TerraformProviderGeneratorMetadata {
	var returns *cdktf.TerraformProviderGeneratorMetadata
	_jsii_.Get(
		j,
		"terraformGeneratorMetadata",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) TerraformMetaArguments() *map[string]interface{} {
	var returns *map[string]interface{}
	_jsii_.Get(
		j,
		"terraformMetaArguments",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) TerraformResourceType() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformResourceType",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Threema() ContactPointThreemaList {
	var returns ContactPointThreemaList
	_jsii_.Get(
		j,
		"threema",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) ThreemaInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"threemaInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Victorops() ContactPointVictoropsList {
	var returns ContactPointVictoropsList
	_jsii_.Get(
		j,
		"victorops",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) VictoropsInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"victoropsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Webex() ContactPointWebexList {
	var returns ContactPointWebexList
	_jsii_.Get(
		j,
		"webex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) WebexInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"webexInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Webhook() ContactPointWebhookList {
	var returns ContactPointWebhookList
	_jsii_.Get(
		j,
		"webhook",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) WebhookInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"webhookInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) Wecom() ContactPointWecomList {
	var returns ContactPointWecomList
	_jsii_.Get(
		j,
		"wecom",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_ContactPoint) WecomInput() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"wecomInput",
		&returns,
	)
	return returns
}


// Create a new {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point grafana_contact_point} Resource.
func NewContactPoint(scope constructs.Construct, id *string, config *ContactPointConfig) ContactPoint {
	_init_.Initialize()

	if err := validateNewContactPointParameters(scope, id, config); err != nil {
		panic(err)
	}
	j := jsiiProxy_ContactPoint{}

	_jsii_.Create(
		"grafana.contactPoint.ContactPoint",
		[]interface{}{scope, id, config},
		&j,
	)

	return &j
}

// Create a new {@link https://registry.terraform.io/providers/grafana/grafana/latest/docs/resources/contact_point grafana_contact_point} Resource.
func NewContactPoint_Override(c ContactPoint, scope constructs.Construct, id *string, config *ContactPointConfig) {
	_init_.Initialize()

	_jsii_.Create(
		"grafana.contactPoint.ContactPoint",
		[]interface{}{scope, id, config},
		c,
	)
}

func (j *jsiiProxy_ContactPoint)SetConnection(val interface{}) {
	if err := j.validateSetConnectionParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"connection",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetCount(val interface{}) {
	if err := j.validateSetCountParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"count",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetDependsOn(val *[]*string) {
	_jsii_.Set(
		j,
		"dependsOn",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetDisableProvenance(val interface{}) {
	if err := j.validateSetDisableProvenanceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"disableProvenance",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetForEach(val cdktf.ITerraformIterator) {
	_jsii_.Set(
		j,
		"forEach",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetId(val *string) {
	if err := j.validateSetIdParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"id",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetLifecycle(val *cdktf.TerraformResourceLifecycle) {
	if err := j.validateSetLifecycleParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"lifecycle",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetName(val *string) {
	if err := j.validateSetNameParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"name",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetOrgId(val *string) {
	if err := j.validateSetOrgIdParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"orgId",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetProvider(val cdktf.TerraformProvider) {
	_jsii_.Set(
		j,
		"provider",
		val,
	)
}

func (j *jsiiProxy_ContactPoint)SetProvisioners(val *[]interface{}) {
	if err := j.validateSetProvisionersParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"provisioners",
		val,
	)
}

// Generates CDKTF code for importing a ContactPoint resource upon running "cdktf plan <stack-name>".
func ContactPoint_GenerateConfigForImport(scope constructs.Construct, importToId *string, importFromId *string, provider cdktf.TerraformProvider) cdktf.ImportableResource {
	_init_.Initialize()

	if err := validateContactPoint_GenerateConfigForImportParameters(scope, importToId, importFromId); err != nil {
		panic(err)
	}
	var returns cdktf.ImportableResource

	_jsii_.StaticInvoke(
		"grafana.contactPoint.ContactPoint",
		"generateConfigForImport",
		[]interface{}{scope, importToId, importFromId, provider},
		&returns,
	)

	return returns
}

// Checks if `x` is a construct.
//
// Use this method instead of `instanceof` to properly detect `Construct`
// instances, even when the construct library is symlinked.
//
// Explanation: in JavaScript, multiple copies of the `constructs` library on
// disk are seen as independent, completely different libraries. As a
// consequence, the class `Construct` in each copy of the `constructs` library
// is seen as a different class, and an instance of one class will not test as
// `instanceof` the other class. `npm install` will not create installations
// like this, but users may manually symlink construct libraries together or
// use a monorepo tool: in those cases, multiple copies of the `constructs`
// library can be accidentally installed, and `instanceof` will behave
// unpredictably. It is safest to avoid using `instanceof`, and using
// this type-testing method instead.
//
// Returns: true if `x` is an object created from a class which extends `Construct`.
func ContactPoint_IsConstruct(x interface{}) *bool {
	_init_.Initialize()

	if err := validateContactPoint_IsConstructParameters(x); err != nil {
		panic(err)
	}
	var returns *bool

	_jsii_.StaticInvoke(
		"grafana.contactPoint.ContactPoint",
		"isConstruct",
		[]interface{}{x},
		&returns,
	)

	return returns
}

// Experimental.
func ContactPoint_IsTerraformElement(x interface{}) *bool {
	_init_.Initialize()

	if err := validateContactPoint_IsTerraformElementParameters(x); err != nil {
		panic(err)
	}
	var returns *bool

	_jsii_.StaticInvoke(
		"grafana.contactPoint.ContactPoint",
		"isTerraformElement",
		[]interface{}{x},
		&returns,
	)

	return returns
}

// Experimental.
func ContactPoint_IsTerraformResource(x interface{}) *bool {
	_init_.Initialize()

	if err := validateContactPoint_IsTerraformResourceParameters(x); err != nil {
		panic(err)
	}
	var returns *bool

	_jsii_.StaticInvoke(
		"grafana.contactPoint.ContactPoint",
		"isTerraformResource",
		[]interface{}{x},
		&returns,
	)

	return returns
}

func ContactPoint_TfResourceType() *string {
	_init_.Initialize()
	var returns *string
	_jsii_.StaticGet(
		"grafana.contactPoint.ContactPoint",
		"tfResourceType",
		&returns,
	)
	return returns
}

func (c *jsiiProxy_ContactPoint) AddMoveTarget(moveTarget *string) {
	if err := c.validateAddMoveTargetParameters(moveTarget); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"addMoveTarget",
		[]interface{}{moveTarget},
	)
}

func (c *jsiiProxy_ContactPoint) AddOverride(path *string, value interface{}) {
	if err := c.validateAddOverrideParameters(path, value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"addOverride",
		[]interface{}{path, value},
	)
}

func (c *jsiiProxy_ContactPoint) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
	if err := c.validateGetAnyMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]interface{}

	_jsii_.Invoke(
		c,
		"getAnyMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
	if err := c.validateGetBooleanAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		c,
		"getBooleanAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
	if err := c.validateGetBooleanMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*bool

	_jsii_.Invoke(
		c,
		"getBooleanMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) GetListAttribute(terraformAttribute *string) *[]*string {
	if err := c.validateGetListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*string

	_jsii_.Invoke(
		c,
		"getListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) GetNumberAttribute(terraformAttribute *string) *float64 {
	if err := c.validateGetNumberAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *float64

	_jsii_.Invoke(
		c,
		"getNumberAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
	if err := c.validateGetNumberListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*float64

	_jsii_.Invoke(
		c,
		"getNumberListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
	if err := c.validateGetNumberMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*float64

	_jsii_.Invoke(
		c,
		"getNumberMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) GetStringAttribute(terraformAttribute *string) *string {
	if err := c.validateGetStringAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *string

	_jsii_.Invoke(
		c,
		"getStringAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
	if err := c.validateGetStringMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*string

	_jsii_.Invoke(
		c,
		"getStringMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) HasResourceMove() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		c,
		"hasResourceMove",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) ImportFrom(id *string, provider cdktf.TerraformProvider) {
	if err := c.validateImportFromParameters(id); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"importFrom",
		[]interface{}{id, provider},
	)
}

func (c *jsiiProxy_ContactPoint) InterpolationForAttribute(terraformAttribute *string) cdktf.IResolvable {
	if err := c.validateInterpolationForAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		c,
		"interpolationForAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) MoveFromId(id *string) {
	if err := c.validateMoveFromIdParameters(id); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"moveFromId",
		[]interface{}{id},
	)
}

func (c *jsiiProxy_ContactPoint) MoveTo(moveTarget *string, index interface{}) {
	if err := c.validateMoveToParameters(moveTarget, index); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"moveTo",
		[]interface{}{moveTarget, index},
	)
}

func (c *jsiiProxy_ContactPoint) MoveToId(id *string) {
	if err := c.validateMoveToIdParameters(id); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"moveToId",
		[]interface{}{id},
	)
}

func (c *jsiiProxy_ContactPoint) OverrideLogicalId(newLogicalId *string) {
	if err := c.validateOverrideLogicalIdParameters(newLogicalId); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"overrideLogicalId",
		[]interface{}{newLogicalId},
	)
}

func (c *jsiiProxy_ContactPoint) PutAlertmanager(value interface{}) {
	if err := c.validatePutAlertmanagerParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putAlertmanager",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutDingding(value interface{}) {
	if err := c.validatePutDingdingParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putDingding",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutDiscord(value interface{}) {
	if err := c.validatePutDiscordParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putDiscord",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutEmail(value interface{}) {
	if err := c.validatePutEmailParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putEmail",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutGooglechat(value interface{}) {
	if err := c.validatePutGooglechatParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putGooglechat",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutJira(value interface{}) {
	if err := c.validatePutJiraParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putJira",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutKafka(value interface{}) {
	if err := c.validatePutKafkaParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putKafka",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutLine(value interface{}) {
	if err := c.validatePutLineParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putLine",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutOncall(value interface{}) {
	if err := c.validatePutOncallParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putOncall",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutOpsgenie(value interface{}) {
	if err := c.validatePutOpsgenieParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putOpsgenie",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutPagerduty(value interface{}) {
	if err := c.validatePutPagerdutyParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putPagerduty",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutPushover(value interface{}) {
	if err := c.validatePutPushoverParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putPushover",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutSensugo(value interface{}) {
	if err := c.validatePutSensugoParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putSensugo",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutSlack(value interface{}) {
	if err := c.validatePutSlackParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putSlack",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutSns(value interface{}) {
	if err := c.validatePutSnsParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putSns",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutTeams(value interface{}) {
	if err := c.validatePutTeamsParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putTeams",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutTelegram(value interface{}) {
	if err := c.validatePutTelegramParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putTelegram",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutThreema(value interface{}) {
	if err := c.validatePutThreemaParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putThreema",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutVictorops(value interface{}) {
	if err := c.validatePutVictoropsParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putVictorops",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutWebex(value interface{}) {
	if err := c.validatePutWebexParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putWebex",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutWebhook(value interface{}) {
	if err := c.validatePutWebhookParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putWebhook",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) PutWecom(value interface{}) {
	if err := c.validatePutWecomParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		c,
		"putWecom",
		[]interface{}{value},
	)
}

func (c *jsiiProxy_ContactPoint) ResetAlertmanager() {
	_jsii_.InvokeVoid(
		c,
		"resetAlertmanager",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetDingding() {
	_jsii_.InvokeVoid(
		c,
		"resetDingding",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetDisableProvenance() {
	_jsii_.InvokeVoid(
		c,
		"resetDisableProvenance",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetDiscord() {
	_jsii_.InvokeVoid(
		c,
		"resetDiscord",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetEmail() {
	_jsii_.InvokeVoid(
		c,
		"resetEmail",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetGooglechat() {
	_jsii_.InvokeVoid(
		c,
		"resetGooglechat",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetId() {
	_jsii_.InvokeVoid(
		c,
		"resetId",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetJira() {
	_jsii_.InvokeVoid(
		c,
		"resetJira",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetKafka() {
	_jsii_.InvokeVoid(
		c,
		"resetKafka",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetLine() {
	_jsii_.InvokeVoid(
		c,
		"resetLine",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetOncall() {
	_jsii_.InvokeVoid(
		c,
		"resetOncall",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetOpsgenie() {
	_jsii_.InvokeVoid(
		c,
		"resetOpsgenie",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetOrgId() {
	_jsii_.InvokeVoid(
		c,
		"resetOrgId",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetOverrideLogicalId() {
	_jsii_.InvokeVoid(
		c,
		"resetOverrideLogicalId",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetPagerduty() {
	_jsii_.InvokeVoid(
		c,
		"resetPagerduty",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetPushover() {
	_jsii_.InvokeVoid(
		c,
		"resetPushover",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetSensugo() {
	_jsii_.InvokeVoid(
		c,
		"resetSensugo",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetSlack() {
	_jsii_.InvokeVoid(
		c,
		"resetSlack",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetSns() {
	_jsii_.InvokeVoid(
		c,
		"resetSns",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetTeams() {
	_jsii_.InvokeVoid(
		c,
		"resetTeams",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetTelegram() {
	_jsii_.InvokeVoid(
		c,
		"resetTelegram",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetThreema() {
	_jsii_.InvokeVoid(
		c,
		"resetThreema",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetVictorops() {
	_jsii_.InvokeVoid(
		c,
		"resetVictorops",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetWebex() {
	_jsii_.InvokeVoid(
		c,
		"resetWebex",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetWebhook() {
	_jsii_.InvokeVoid(
		c,
		"resetWebhook",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) ResetWecom() {
	_jsii_.InvokeVoid(
		c,
		"resetWecom",
		nil, // no parameters
	)
}

func (c *jsiiProxy_ContactPoint) SynthesizeAttributes() *map[string]interface{} {
	var returns *map[string]interface{}

	_jsii_.Invoke(
		c,
		"synthesizeAttributes",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) SynthesizeHclAttributes() *map[string]interface{} {
	var returns *map[string]interface{}

	_jsii_.Invoke(
		c,
		"synthesizeHclAttributes",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) ToHclTerraform() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		c,
		"toHclTerraform",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) ToMetadata() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		c,
		"toMetadata",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		c,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (c *jsiiProxy_ContactPoint) ToTerraform() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		c,
		"toTerraform",
		nil, // no parameters
		&returns,
	)

	return returns
}

