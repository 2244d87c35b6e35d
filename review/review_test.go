package review

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

var update = flag.Bool("update", false, "rewrite testdata/*/want.md from the output (read the diff before committing)")

// Each testdata folder is one kind of change: base.json and head.json are snapshots,
// want.md the exact review.
func TestFixtures(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			got, err := Markdown("main", "HEAD", read(t, dir, "base.json"), read(t, dir, "head.json"))
			if err != nil {
				t.Fatal(err)
			}
			wantPath := filepath.Join(dir, "want.md")
			if *update {
				if err := os.WriteFile(wantPath, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("review differs from %s\n--- got\n%s\n--- want\n%s", wantPath, got, want)
			}
		})
	}
}

func TestFormatMismatch(t *testing.T) {
	_, err := Markdown("main", "HEAD", snapshot.Snapshot{Format: 0}, snapshot.Snapshot{Format: 1})
	want := "snapshot formats differ (base 0, head 1): take both with the same review/snapshot"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
}

func read(t *testing.T, dir, name string) snapshot.Snapshot {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	var s snapshot.Snapshot
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("%s/%s: %v", dir, name, err)
	}
	return s
}
