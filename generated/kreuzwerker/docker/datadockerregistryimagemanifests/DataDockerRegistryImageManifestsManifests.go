package datadockerregistryimagemanifests


type DataDockerRegistryImageManifestsManifests struct {
}

