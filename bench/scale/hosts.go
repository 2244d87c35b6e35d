package main

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// hostSeries writes one synthetic host's node_exporter-like exposition: the metric
// families the dashboards and alerts read, with the label sets a real host has
// (8 CPUs, pseudo and real filesystems, physical and virtual NICs, two disks).
// Counters grow with time, so rate() has something to compute.
func hostSeries(w io.Writer, host int, now time.Time) {
	t := float64(now.UnixMilli()) / 1000
	seed := float64(host + 1)
	counter := func(name, labels string, perSecond float64) {
		fmt.Fprintf(w, "%s{%s} %g\n", name, labels, math.Floor(t*perSecond*(1+math.Mod(seed, 7)/10)))
	}
	gauge := func(name, labels string, v float64) {
		if labels == "" {
			fmt.Fprintf(w, "%s %g\n", name, v)
			return
		}
		fmt.Fprintf(w, "%s{%s} %g\n", name, labels, v)
	}
	modes := []string{"idle", "user", "system", "iowait", "irq", "softirq", "steal", "nice"}
	for cpu := 0; cpu < 8; cpu++ {
		for i, m := range modes {
			counter("node_cpu_seconds_total", fmt.Sprintf(`cpu="%d",mode="%s"`, cpu, m), 1/float64(i+1))
		}
	}
	for i, m := range []string{"MemTotal", "MemAvailable", "MemFree", "Buffers", "Cached", "SwapTotal", "SwapFree",
		"Active", "Inactive", "Dirty", "Writeback", "Slab", "SReclaimable", "Shmem", "Mapped", "PageTables",
		"Committed_AS", "CommitLimit", "HugePages_Total", "Hugepagesize"} {
		gauge("node_memory_"+m+"_bytes", "", 24e9/float64(i+1)+seed)
	}
	for _, fs := range [][2]string{{"/", "ext4"}, {"/boot", "ext4"}, {"/run", "tmpfs"}, {"/var/lib/docker/overlay2/x/merged", "overlay"}} {
		l := fmt.Sprintf(`device="sd%s",fstype="%s",mountpoint="%s"`, strconv.Itoa(len(fs[0])), fs[1], fs[0])
		for _, m := range []string{"avail_bytes", "size_bytes", "free_bytes", "files", "files_free"} {
			gauge("node_filesystem_"+m, l, 5e11/seed)
		}
	}
	for _, nic := range []string{"eth0", "eth1", "lo", "veth1a2b3c"} {
		l := `device="` + nic + `"`
		for _, dir := range []string{"receive", "transmit"} {
			for _, m := range []string{"bytes", "packets", "errs", "drop"} {
				counter("node_network_"+dir+"_"+m+"_total", l, 1000)
			}
		}
	}
	for _, disk := range []string{"sda", "sdb"} {
		l := `device="` + disk + `"`
		for _, m := range []string{"reads_completed", "writes_completed", "read_bytes", "written_bytes", "io_time_seconds", "io_time_weighted_seconds"} {
			counter("node_disk_"+m+"_total", l, 50)
		}
	}
	gauge("node_load1", "", 0.5+math.Mod(seed, 3))
	gauge("node_load5", "", 0.4+math.Mod(seed, 3))
	gauge("node_load15", "", 0.3+math.Mod(seed, 3))
	gauge("node_boot_time_seconds", "", 1.7e9)
	counter("node_context_switches_total", "", 3000)
	counter("node_intr_total", "", 2000)
	gauge("node_uname_info", fmt.Sprintf(`nodename="host-%d",release="6.1.0",sysname="Linux"`, host), 1)
}

// seriesPerHost counts what hostSeries writes, for the report.
func seriesPerHost() int {
	var b strings.Builder
	hostSeries(&b, 0, time.Now())
	return strings.Count(b.String(), "\n")
}

// hostsHandler serves /hosts/<i>/metrics for host i < n.
func hostsHandler(n int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
		if len(parts) != 3 || parts[0] != "hosts" || parts[2] != "metrics" {
			http.NotFound(w, r)
			return
		}
		i, err := strconv.Atoi(parts[1])
		if err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		hostSeries(w, i, time.Now())
	})
}
