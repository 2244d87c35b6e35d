package secretspush

import (
	"io"
	"reflect"
	"strings"
	"testing"
)

// TestStaleHelpersOfTheVolumeAreRemoved: a push removes the helpers an interrupted
// push left on its volume, found by their label, and only those.
func TestStaleHelpersOfTheVolumeAreRemoved(t *testing.T) {
	var calls [][]string
	d := func(_ io.Reader, args ...string) (string, error) {
		calls = append(calls, args)
		if args[0] == "ps" && args[3] == "label="+HelperLabel+"=opsmon-local-secrets-prometheus" {
			return "abc123\ndef456\n", nil
		}
		return "", nil
	}
	if err := removeStaleHelpers(d, "opsmon-local-secrets-prometheus"); err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"ps", "-aq", "--filter", "label=" + HelperLabel + "=opsmon-local-secrets-prometheus"},
		{"rm", "-f", "abc123", "def456"},
	}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("docker calls:\n%v\nwant\n%v", calls, want)
	}
	calls = nil
	if err := removeStaleHelpers(d, "opsmon-local-secrets-alertmanager"); err != nil {
		t.Fatal(err)
	}
	if len(calls) != 1 || strings.Join(calls[0], " ") != "ps -aq --filter label="+HelperLabel+"=opsmon-local-secrets-alertmanager" {
		t.Errorf("with no helper left, want one ps and no rm; got %v", calls)
	}
}
