package model

import "fmt"

// Release pins one upstream release of a monitoring component: the version in the
// image tag staging and production pull, and the Go module the local image is
// built from. Bumping a component is one edit here: the image tags below, setup's
// build (scripts/setup.sh reads `opsmon versions`) and the plan all follow.
type Release struct {
	Var     string // shell variable prefix in `opsmon versions`, e.g. PROMETHEUS
	Version string // the release, without the leading v
	Module  string // module@version setup builds the local image's binary from
}

var (
	prometheusRelease       = Release{"PROMETHEUS", "3.16.0", "github.com/prometheus/prometheus@v0.316.0"}
	alertmanagerRelease     = Release{"ALERTMANAGER", "0.35.0", "github.com/prometheus/alertmanager@v0.35.0"}
	nodeExporterRelease     = Release{"NODE_EXPORTER", "1.12.1", "github.com/prometheus/node_exporter@v1.12.1"}
	postgresExporterRelease = Release{"POSTGRES_EXPORTER", "0.19.1", "github.com/prometheus-community/postgres_exporter@v0.19.1"}
	redisExporterRelease    = Release{"REDIS_EXPORTER", "1.88.0", "github.com/oliver006/redis_exporter@v1.88.0"}
	blackboxExporterRelease = Release{"BLACKBOX_EXPORTER", "0.28.0", "github.com/prometheus/blackbox_exporter@v0.28.0"}
	// v0.42.5 needs Go 1.26.10: setup fetches that toolchain from the module proxy.
	thanosRelease = Release{"THANOS", "0.42.5", "github.com/thanos-io/thanos@v0.42.5"}
)

// Releases are the releases setup builds local images from, in build order.
func Releases() []Release {
	return []Release{prometheusRelease, alertmanagerRelease, nodeExporterRelease,
		postgresExporterRelease, redisExporterRelease, blackboxExporterRelease, thanosRelease}
}

// Tag is the image tag of the release: v + version.
func (r Release) Tag() string { return "v" + r.Version }

// Shell is the release as the shell assignments setup evaluates.
func (r Release) Shell() string {
	return fmt.Sprintf("%s_VERSION=%s\n%s_MODULE=%s\n", r.Var, r.Version, r.Var, r.Module)
}

// image is repo:tag of a release, with an optional tag suffix (e.g. -alpine).
func (r Release) image(repo, suffix string) string { return repo + ":" + r.Tag() + suffix }

// localImage is the image setup builds on this machine for a release.
func (r Release) localImage(name string) string { return r.image(localImagePrefix+name, "") }
