package container


type ContainerNetworkData struct {
}

