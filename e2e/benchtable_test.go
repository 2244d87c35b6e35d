//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// writeFaultTable replaces the fault-latency section of docs/BENCHMARKS.md (or
// appends it) with the measured rows; the other sections stay as they are.
func writeFaultTable(rows []*faultRow, t model.Timings) error {
	var b strings.Builder
	b.WriteString("<!-- fault-latency:start -->\n## Fault to notification (`make test`, local stack)\n\n")
	fmt.Fprintf(&b, "Measured by `e2e/faults_test.go` on the real Docker engine (%d cores), %s, timing profile %q: "+
		"scrape %s, evaluation %s, `for` divided by %d, group_wait %s, group_interval %s. "+
		"Times run from the moment the fault exists (`docker stop` returned, or the demo backend accepted the fault mode) "+
		"to the notification sink receiving the delivery.\n\n",
		runtime.NumCPU(), time.Now().UTC().Format("2006-01-02"), t.Name, t.ScrapeInterval, t.EvaluationInterval, t.ForDivisor, t.GroupWait, t.GroupInterval)
	b.WriteString("| fault | alert | receivers | first delivery (s) | every receiver (s) | bound (s) | resolved after undo (s) |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s: %s | %.1f | %.1f | %.1f | %.1f |\n", r.fault, r.alert, r.receiver,
			strings.Join(r.kinds, ", "), r.first.Seconds(), r.all.Seconds(), r.bound.total.Seconds(), r.resolved.Seconds())
	}
	b.WriteString("\nBound = scrape + 2 x evaluation + `for` + group_wait (`model.Timings.DeliveryBound`): the next scrape shows the fault, " +
		"one evaluation starts `for`, one more fires, Alertmanager waits group_wait; group_interval replaces group_wait when " +
		"Alertmanager already held the alert's group. Alerts on a recording rule add one evaluation (the recorded series is " +
		"refreshed once per evaluation) and the time their 5m rate window needs to cross the threshold at the intensity the " +
		"fault produced, from the traffic Prometheus recorded (window fill = θ·N0 / (E − θ·R) for a bad share θ, with N0 requests in " +
		"the window when the fault began and R requests/s of which E bad during it; θ·W / E for a count of E bad events/s). The test fails when the last receiver's delivery is later than the bound. Each row's bound:\n\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "- %s: %s", r.alert, r.bound)
		if r.fillWhy != "" {
			fmt.Fprintf(&b, " (%s)", r.fillWhy)
		}
		b.WriteString("\n")
	}
	b.WriteString("\nThe demo faults are injected together and undone before the container faults; their rate alerts resolve " +
		"once the 5m window has forgotten the errors, which the Redis and PostgreSQL outages (the demo answers errors without " +
		"them) extend.\n<!-- fault-latency:end -->")
	return writeBenchSection("fault-latency", b.String())
}

// secondsTable is a Markdown table of timings in seconds, one row per name, sorted.
func secondsTable(first string, timings map[string]time.Duration) string {
	var s strings.Builder
	fmt.Fprintf(&s, "| %s | seconds |\n|---|---|\n", first)
	keys := make([]string, 0, len(timings))
	for k := range timings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&s, "| %s | %.1f |\n", k, timings[k].Seconds())
	}
	return s.String()
}

// writeBenchSection replaces the section NAME of docs/BENCHMARKS.md.
func writeBenchSection(name, section string) error {
	return writeDocSection("BENCHMARKS.md", name, section)
}

// docWrites serializes writeDocSection: tests running in parallel share the files.
var docWrites sync.Mutex

// docsDir is where the e2e writes its tables: the tree's docs, or OPSMON_DOCS_DIR,
// which the second lane (a copy of the tree, scripts/e2e-lane.sh) sets to the
// original's, so both lanes' tables land in the tree make test ran in.
func docsDir() string {
	if d := os.Getenv("OPSMON_DOCS_DIR"); d != "" {
		return d
	}
	return filepath.Join(root, "docs")
}

// writeDocSection replaces the section NAME of docs/FILE, from <!-- NAME:start -->
// to <!-- NAME:end --> (which text carries), or appends it; the other sections
// stay as they are. The two lanes are two processes: a lock on the folder keeps
// one's read-modify-write from losing the other's.
func writeDocSection(file, name, section string) error {
	docWrites.Lock()
	defer docWrites.Unlock()
	dir := docsDir()
	lock, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("locking %s: %v", dir, err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	path := filepath.Join(dir, file)
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	text := replaceSection(string(old), name, section)
	if file == "SECURITY.md" && (name == "attack-suite" || name == "edge-traefik") {
		if count, ok := attackCountSection(text); ok {
			text = replaceSection(text, "attack-count", count)
		}
	}
	return os.WriteFile(path, []byte(text), 0o644)
}

// replaceSection puts section in place of text's section of that name, or at its
// end when it has none.
func replaceSection(text, name, section string) string {
	start, end := "<!-- "+name+":start -->", "<!-- "+name+":end -->"
	i, j := strings.Index(text, start), strings.Index(text, end)
	if i >= 0 && j > i {
		return text[:i] + section + text[j+len(end):]
	}
	return strings.TrimRight(text, "\n") + "\n\n" + section + "\n"
}
