package datadockernetwork


type DataDockerNetworkContainers struct {
}

