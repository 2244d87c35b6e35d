package datadockercontainers


type DataDockerContainersContainers struct {
}

