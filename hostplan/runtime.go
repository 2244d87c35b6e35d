package hostplan

// Runtime settings every container gets, whichever tool declares it (the cdktf
// construct or the rendered compose file), so both run the same containers.
const (
	RestartPolicy = "unless-stopped"
	LogDriver     = "json-file"
	LogMaxSize    = "10m"
	LogMaxFile    = "3"
	// TmpfsOptions mount the scratch space of read-only containers.
	TmpfsOptions = "rw,noexec,nosuid,size=64m"
	// NoNewPrivileges is the security option every container runs with.
	NoNewPrivileges = "no-new-privileges:true"
	// PidsLimit caps the processes of each container: a fork loop in one
	// exporter cannot exhaust the host's pids.
	PidsLimit = 256
	// StatefulStopGrace is the SIGTERM-to-kill time of containers with data.
	StatefulStopGrace = 120
)

// Healthcheck timings, for every container's healthcheck.
const (
	HealthInterval    = "10s"
	HealthTimeout     = "5s"
	HealthRetries     = 3
	HealthStartPeriod = "20s"
)
