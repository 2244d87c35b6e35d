//go:build e2e

package e2e

import (
	"os"
	"testing"
)

// TestMain runs the tests, then removes the system user they may have created.
func TestMain(m *testing.M) {
	code := m.Run()
	removePlanUser()
	os.Exit(code)
}
