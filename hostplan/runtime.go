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
	// LabelDisable is the security option Docker adds by itself to a container
	// that is privileged or shares the host's PID namespace (moby's
	// generateSecurityOpt): declared, so a plan does not replace it every time.
	LabelDisable = "label=disable"
	// PidsLimit caps the processes of each container: a fork loop in one
	// exporter cannot exhaust the host's pids. The compose rendering sets it;
	// the docker provider has no field for it.
	PidsLimit = 256
	// NprocLimit is what the Terraform stack sets instead (ulimit nproc) on every
	// container with a user of its own: RLIMIT_NPROC counts the tasks, threads
	// included, of the uid on the whole host, so it caps the containers sharing a
	// uid together: high enough for the HA stack's threads under nobody, low
	// enough that a fork loop stops long before the host's pid space. Not for root
	// (every root process of the host counts), nor in compose (pids_limit).
	NprocLimit = 4096
	// StatefulStopGrace is the SIGTERM-to-kill time of containers with data.
	StatefulStopGrace = 120
)

// Healthcheck timings, for every container's healthcheck; the interval is the
// environment's timing profile's (model.Timings.HealthInterval).
const (
	HealthTimeout     = "5s"
	HealthRetries     = 3
	HealthStartPeriod = "20s"
)
