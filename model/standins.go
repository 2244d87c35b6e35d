package model

// StandIns are the containers only the local environment runs: real PostgreSQL and
// Redis servers under the production container names, a demo Ops-Center backend that
// uses the FastAPI exporter, and the notification sink that records what Alertmanager
// delivers. They give every exporter and alert something true to read.
func StandIns() []Component {
	return []Component{
		{
			Name: LocalPostgreSQL, Service: ServicePostgreSQL, Local: localImagePrefix + "postgresql:15",
			Port: 5432, MemoryMB: 256, User: "999:999", CPUs: "0.5", Product: true,
			HealthCommand: []string{"pg_isready", "-h", "127.0.0.1", "-U", "postgres"},
			DataVolume:    &DataVolume{Name: "unicorn-postgresql-data", Target: "/var/lib/postgresql/data"},
		},
		{
			Name: LocalRedis, Service: ServiceRedis, Local: localImagePrefix + "redis:7.0",
			Port: 6379, MemoryMB: 128, User: "redis", ReadOnlyRootFS: true, CPUs: "0.25", Product: true,
			HealthCommand: []string{"redis-cli", "ping"},
		},
		{
			Name: LocalLagoRedis, Service: ServiceRedis, Local: localImagePrefix + "redis:7.0",
			Port: 6379, MemoryMB: 128, User: "redis", ReadOnlyRootFS: true, CPUs: "0.25", Product: true,
			HealthCommand: []string{"redis-cli", "ping"},
		},
		{
			Name: OpsCenterDemo, Service: ServiceOpsCenter, Local: localImagePrefix + "ops-center-demo:latest",
			Port: 8084, MemoryMB: 256, User: "10001:10001", CPUs: "0.5", Product: true,
			HealthCommand: []string{"python3", "/app/healthcheck.py"},
		},
		{
			// The S3 bucket of Thanos, where ha.thanos is set: SeaweedFS's all-in-one
			// server on the monitoring network, creating the bucket at start and
			// answering only the identity the secrets push writes.
			Name: LocalObjectStore, Service: ServiceThanos, Local: localImagePrefix + "seaweedfs:latest",
			Port: S3Port, HealthPath: "/healthz", MemoryMB: 512, User: nobody, ReadOnlyRootFS: true, CPUs: "0.5",
			DataVolume: &DataVolume{Name: "seaweedfs-data", Target: "/data"},
		},
		{
			Name: NotificationSink, Service: ServiceMonitoring, Local: localImagePrefix + "notification-sink:latest",
			Port: 9095, HealthPath: "/healthz", MemoryMB: 64, User: nobody, ReadOnlyRootFS: true, CPUs: "0.25", ProductNetworks: true,
		},
	}
}

// StandInByName finds a stand-in by container name.
func StandInByName(name string) (Component, bool) {
	for _, c := range StandIns() {
		if c.Name == name {
			return c, true
		}
	}
	return Component{}, false
}
