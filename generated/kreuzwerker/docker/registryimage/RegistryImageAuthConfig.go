package registryimage


type RegistryImageAuthConfig struct {
	// The address of the Docker registry.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#address RegistryImage#address}
	Address *string `field:"required" json:"address" yaml:"address"`
	// The password for the Docker registry.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#password RegistryImage#password}
	Password *string `field:"optional" json:"password" yaml:"password"`
	// The username for the Docker registry.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/registry_image#username RegistryImage#username}
	Username *string `field:"optional" json:"username" yaml:"username"`
}

