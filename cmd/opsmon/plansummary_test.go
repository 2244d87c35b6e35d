package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestUnchangedSummaryIsAnEmptyPlans: the summary plan.sh prints without reading a
// plan (tofu said nothing changes) is the one an empty plan's JSON gives.
func TestUnchangedSummaryIsAnEmptyPlans(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(empty, []byte(`{"format_version":"1.2","resource_changes":[]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	fromJSON := captureStdout(t, func() error { return planSummaryCmd([]string{empty}) })
	unchanged := captureStdout(t, func() error { return planSummaryCmd([]string{"-unchanged"}) })
	if unchanged != fromJSON || unchanged == "" {
		t.Errorf("-unchanged printed %q, an empty plan's JSON %q", unchanged, fromJSON)
	}
}

func captureStdout(t *testing.T, f func() error) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	ferr := f()
	os.Stdout = old
	w.Close()
	b := make([]byte, 4096)
	n, _ := r.Read(b)
	if ferr != nil {
		t.Fatal(ferr)
	}
	return string(b[:n])
}
