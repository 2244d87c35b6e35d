//go:build no_runtime_type_checking

package provider

// Building without runtime type checking enabled, so all the below just return nil

func (g *jsiiProxy_GrafanaProvider) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (g *jsiiProxy_GrafanaProvider) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateGrafanaProvider_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateGrafanaProvider_IsConstructParameters(x interface{}) error {
	return nil
}

func validateGrafanaProvider_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateGrafanaProvider_IsTerraformProviderParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_GrafanaProvider) validateSetInsecureSkipVerifyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_GrafanaProvider) validateSetStoreDashboardSha256Parameters(val interface{}) error {
	return nil
}

func validateNewGrafanaProviderParameters(scope constructs.Construct, id *string, config *GrafanaProviderConfig) error {
	return nil
}

