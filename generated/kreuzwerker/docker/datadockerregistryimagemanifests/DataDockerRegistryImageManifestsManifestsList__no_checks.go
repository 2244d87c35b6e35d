//go:build no_runtime_type_checking

package datadockerregistryimagemanifests

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataDockerRegistryImageManifestsManifestsList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsManifestsList) validateGetParameters(index *float64) error {
	return nil
}

func (d *jsiiProxy_DataDockerRegistryImageManifestsManifestsList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsManifestsList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsManifestsList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_DataDockerRegistryImageManifestsManifestsList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewDataDockerRegistryImageManifestsManifestsListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

