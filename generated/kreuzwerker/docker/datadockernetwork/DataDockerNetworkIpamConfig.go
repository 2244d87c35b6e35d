package datadockernetwork


type DataDockerNetworkIpamConfig struct {
}

