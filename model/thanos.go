package model

import (
	"fmt"
	"regexp"
	"strings"

	prommodel "github.com/prometheus/common/model"
)

// Thanos gives the Prometheus replicas one deduplicated query view (Thanos Query
// over every sidecar and the Store Gateway) and long-term storage: each replica's
// sidecar uploads its finished TSDB blocks to an S3 bucket, the Store Gateway
// serves them once they have left local retention, and the Compactor compacts,
// downsamples and applies retention per resolution there. Off when unset.
type Thanos struct {
	// Bucket is the S3 bucket the blocks go to; the operator creates it (the local
	// SeaweedFS stand-in creates it at start).
	Bucket string `yaml:"bucket"`
	// Endpoint is the S3 API's host:port, without a scheme.
	Endpoint string `yaml:"endpoint"`
	Region   string `yaml:"region"`
	// Insecure speaks plain HTTP to the endpoint: only the local stand-in, on the
	// monitoring network, may.
	Insecure  bool            `yaml:"insecure"`
	Retention ThanosRetention `yaml:"retention"`
}

// ThanosRetention is how long the Compactor keeps each resolution in the bucket
// (Prometheus durations; 0d keeps it forever).
type ThanosRetention struct {
	Raw         string `yaml:"raw"`
	FiveMinutes string `yaml:"5m"`
	OneHour     string `yaml:"1h"`
}

// Thanos container names and ports (every component serves HTTP on 10902, the
// StoreAPI over gRPC on 10901), shared by the stack, the scrape jobs and the tests.
const (
	ThanosSidecar  = "thanos-sidecar"
	ThanosQuery    = "thanos-query"
	ThanosStore    = "thanos-store"
	ThanosCompact  = "thanos-compact"
	ThanosGRPCPort = 10901
	ThanosHTTPPort = 10902
	// LocalObjectStore is the local environment's S3 stand-in (SeaweedFS).
	LocalObjectStore = "seaweedfs"
	// S3Port is the S3 API port of the stand-in.
	S3Port = 8333
)

// Secrets of the bucket: keys of the secrets file. `make secrets-push` writes them
// as an AWS shared-credentials file for Thanos (read through
// AWS_SHARED_CREDENTIALS_FILE) and as SeaweedFS's identities for the stand-in.
const (
	SecretS3AccessKey = "thanos_s3_access_key"
	SecretS3SecretKey = "thanos_s3_secret_key"
	// S3CredentialsFile and S3IdentitiesFile are the files the push derives.
	S3CredentialsFile = "s3-credentials"
	S3IdentitiesFile  = "s3-identities.json"
)

// ThanosDir is where the Thanos containers find their rendered files.
const ThanosDir = "/etc/thanos"

// ThanosOn says whether the environment runs Thanos.
func (e Environment) ThanosOn() bool { return e.HA.Thanos != nil }

// QueryURL is where Grafana's Prometheus data source reads: Thanos Query
// (deduplicated over the replicas) where Thanos runs, else the replicas' shared
// name where Prometheus is paired, else Prometheus. All ask for Prometheus's login.
func (e Environment) QueryURL() string {
	if e.ThanosOn() {
		return fmt.Sprintf("%s://%s:%d", e.Scheme(), ThanosQuery, ThanosHTTPPort)
	}
	if e.PrometheusPaired() {
		return fmt.Sprintf("%s://%s:9090", e.Scheme(), PrometheusReplicasName)
	}
	return fmt.Sprintf("%s://%s:9090", e.Scheme(), Prometheus)
}

// SidecarOf is the Prometheus replica a sidecar serves: thanos-sidecar-1 serves
// prometheus-1.
func (e Environment) SidecarOf(sidecar string) string {
	proms, cars := e.Replicas(Prometheus), e.Replicas(ThanosSidecar)
	for i, c := range cars {
		if c == sidecar && i < len(proms) {
			return proms[i]
		}
	}
	return Prometheus
}

// defaultRetention is the Compactor's retention where the file sets none: raw
// data as long as Prometheus keeps it locally, then coarser resolutions longer.
var defaultRetention = ThanosRetention{Raw: "30d", FiveMinutes: "180d", OneHour: "1y"}

// RetentionOrDefault fills what the file leaves unset.
func (t Thanos) RetentionOrDefault() ThanosRetention {
	r := t.Retention
	if r.Raw == "" {
		r.Raw = defaultRetention.Raw
	}
	if r.FiveMinutes == "" {
		r.FiveMinutes = defaultRetention.FiveMinutes
	}
	if r.OneHour == "" {
		r.OneHour = defaultRetention.OneHour
	}
	return r
}

// ObjstoreYAML is the bucket configuration every Thanos component reads. It holds
// no credentials: those come from the AWS shared-credentials file.
func (t Thanos) ObjstoreYAML() string {
	region := t.Region
	if region == "" {
		region = "us-east-1"
	}
	return fmt.Sprintf("# The bucket Thanos keeps blocks in; credentials come from the secrets volume.\n"+
		"type: S3\nconfig:\n  bucket: %q\n  endpoint: %q\n  region: %q\n  insecure: %t\n", t.Bucket, t.Endpoint, region, t.Insecure)
}

var (
	s3Bucket   = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)
	s3Endpoint = regexp.MustCompile(`^[A-Za-z0-9.-]+(:[0-9]{1,5})?$`)
)

func (e Environment) validateThanos(bad func(field, format string, args ...any)) {
	t := e.HA.Thanos
	if t == nil {
		return
	}
	if !s3Bucket.MatchString(t.Bucket) {
		bad("ha.thanos.bucket", "%q is not an S3 bucket name; use 3 to 63 lower-case letters, digits, dots and dashes", t.Bucket)
	}
	if !s3Endpoint.MatchString(t.Endpoint) {
		bad("ha.thanos.endpoint", "%q is not host:port; name the S3 API without a scheme, such as s3.eu-west-1.amazonaws.com", t.Endpoint)
	}
	if t.Insecure && !e.IsLocal() {
		bad("ha.thanos.insecure", "plain HTTP sends the bucket's credentials in clear text; only the local stand-in may use it, remove the line")
	}
	r := t.RetentionOrDefault()
	for _, f := range []struct{ field, value string }{{"raw", r.Raw}, {"5m", r.FiveMinutes}, {"1h", r.OneHour}} {
		if _, err := prommodel.ParseDuration(f.value); err != nil {
			bad("ha.thanos.retention."+f.field, "%q is not a duration; use a number of days such as 90d (0d keeps forever)", f.value)
		}
	}
}

// thanosEndpoints are the StoreAPIs Thanos Query fans out to: every sidecar and
// the Store Gateway.
func (e Environment) thanosEndpoints() []string {
	var out []string
	for _, c := range append(e.Replicas(ThanosSidecar), ThanosStore) {
		out = append(out, fmt.Sprintf("--endpoint=%s:%d", c, ThanosGRPCPort))
	}
	return out
}

// ThanosCommand is the command of a Thanos container in this environment (the
// sidecar's names its own Prometheus).
func (e Environment) ThanosCommand(c Component) []string {
	t := e.HA.Thanos
	tim := e.TimingProfile()
	objstore := "--objstore.config-file=" + ThanosDir + "/objstore.yml"
	http := fmt.Sprintf("--http-address=0.0.0.0:%d", ThanosHTTPPort)
	grpc := fmt.Sprintf("--grpc-address=0.0.0.0:%d", ThanosGRPCPort)
	switch c.Base() {
	case ThanosSidecar:
		return []string{"sidecar", http, grpc, objstore,
			"--tsdb.path=/prometheus",
			fmt.Sprintf("--prometheus.url=%s://%s:9090", e.Scheme(), e.SidecarOf(c.Name)),
			"--prometheus.http-client-file=" + ThanosDir + "/prometheus-client.yml"}
	case ThanosStore:
		return []string{"store", http, grpc, objstore, "--data-dir=/var/thanos",
			"--sync-block-duration=" + prommodel.Duration(tim.StoreSync).String()}
	case ThanosCompact:
		r := t.RetentionOrDefault()
		// No admin operations (marking blocks for deletion) over its HTTP port.
		return []string{"compact", http, objstore, "--data-dir=/var/thanos", "--wait", "--disable-admin-operations",
			"--wait-interval=" + prommodel.Duration(tim.StoreSync).String(),
			"--retention.resolution-raw=" + r.Raw, "--retention.resolution-5m=" + r.FiveMinutes,
			"--retention.resolution-1h=" + r.OneHour}
	case ThanosQuery:
		return append([]string{"query", http, grpc, "--query.replica-label=" + ReplicaLabel}, e.thanosEndpoints()...)
	case LocalObjectStore:
		return []string{"mini", "-dir=/data", "-ip=" + LocalObjectStore, "-ip.bind=0.0.0.0",
			fmt.Sprintf("-s3.port=%d", S3Port), "-bucket=" + t.Bucket,
			"-s3.config=" + SecretsDir + "/" + S3IdentitiesFile,
			// Nothing but S3: no usage report, no WebDAV, admin UI, Iceberg or Lance.
			"-master.telemetry=false", "-webdav=false", "-admin.ui=false", "-s3.port.iceberg=0", "-s3.port.lance=0"}
	}
	return c.Command
}

// IsThanos says whether a container is one of Thanos' (or the bucket stand-in).
func IsThanos(name string) bool {
	return strings.HasPrefix(name, "thanos-") || name == LocalObjectStore
}
