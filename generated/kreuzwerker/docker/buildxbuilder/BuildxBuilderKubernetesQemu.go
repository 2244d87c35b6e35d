package buildxbuilder


type BuildxBuilderKubernetesQemu struct {
	// Sets the QEMU emulation image.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/buildx_builder#image BuildxBuilder#image}
	Image *string `field:"optional" json:"image" yaml:"image"`
	// Install QEMU emulation for multi-platform support.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kreuzwerker/docker/4.6.0/docs/resources/buildx_builder#install BuildxBuilder#install}
	Install interface{} `field:"optional" json:"install" yaml:"install"`
}

