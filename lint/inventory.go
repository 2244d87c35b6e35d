package lint

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/alerts"
)

// Inventory maps every metric name the stack exports to where it comes from.
type Inventory map[string]string

// histogramSuffixes are the series a histogram family exposes besides its name.
var histogramSuffixes = []string{"_bucket", "_sum", "_count"}

// LoadInventory reads, from the repository root: the exporter lists under
// lint/inventory (captured from the real binaries, or kept by hand with their
// upstream documentation named), the FastAPI exporter's family list, and the
// alert catalog's recording rules.
func LoadInventory(root string) (Inventory, error) {
	inv := Inventory{}
	lists, err := filepath.Glob(filepath.Join(root, "lint", "inventory", "*.txt"))
	if err != nil {
		return nil, err
	}
	for _, path := range lists {
		if err := inv.addFile(path, strings.TrimSuffix(filepath.Base(path), ".txt"), false); err != nil {
			return nil, err
		}
	}
	fastapi := filepath.Join(root, "integrations", "fastapi", "metrics_inventory.txt")
	if err := inv.addFile(fastapi, "fastapi", true); err != nil {
		return nil, err
	}
	for _, r := range alerts.RecordingRules() {
		inv[r.Record] = "recording rule"
	}
	return inv, nil
}

// addFile adds one name a line ('#' starts a comment). Family lists name a
// histogram once, so its _bucket, _sum and _count series are added too.
func (inv Inventory) addFile(path, source string, families bool) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		inv[line] = source
		if families && !strings.HasSuffix(line, "_total") {
			for _, s := range histogramSuffixes {
				inv[line+s] = source
			}
		}
	}
	return sc.Err()
}

// Sources lists the distinct sources, for messages.
func (inv Inventory) Sources() []string {
	seen := map[string]bool{}
	for _, s := range inv {
		seen[s] = true
	}
	var out []string
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
