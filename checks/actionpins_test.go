package checks

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A tag or branch can be moved to other code after review; a commit SHA cannot.
// Each uses: names its action by full SHA, with the release tag in a comment so a
// reader (and an update) knows which release it is.
var (
	usesLine  = regexp.MustCompile(`^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$`)
	pinnedRef = regexp.MustCompile(`^[\w.-]+/[\w./-]+@[0-9a-f]{40}$`)
	tagNote   = regexp.MustCompile(`^#\s*v\d+\.\d+\.\d+$`)
)

// unpinnedActions lists, for one workflow file, each uses: that is not pinned
// by a full commit SHA with its tag in a comment (local ./ actions excepted).
func unpinnedActions(name, text string) []string {
	var bad []string
	for i, line := range strings.Split(text, "\n") {
		m := usesLine.FindStringSubmatch(line)
		if m == nil || strings.HasPrefix(m[1], "./") {
			continue
		}
		ref, note := strings.Trim(m[1], `"'`), strings.TrimSpace(m[2])
		switch {
		case !pinnedRef.MatchString(ref):
			bad = append(bad, fmt.Sprintf("%s:%d: uses: %s is not pinned by a full 40-hex commit SHA; write owner/repo@<sha> # vX.Y.Z", name, i+1, ref))
		case !tagNote.MatchString(note):
			bad = append(bad, fmt.Sprintf("%s:%d: uses: %s has no release tag comment; append # vX.Y.Z naming the release of that SHA", name, i+1, ref))
		}
	}
	return bad
}

func TestWorkflowActionsArePinnedBySHA(t *testing.T) {
	files, err := filepath.Glob("../.github/workflows/*.yml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no workflows found: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, msg := range unpinnedActions(filepath.Base(f), string(b)) {
			t.Error(msg)
		}
	}
}

// TestUnpinnedActionsAreRefused: one fixture per way to miss the pin, each with
// the exact message.
func TestUnpinnedActionsAreRefused(t *testing.T) {
	cases := map[string]string{
		"tag.yml":        "tag.yml:7: uses: actions/checkout@v4 is not pinned by a full 40-hex commit SHA; write owner/repo@<sha> # vX.Y.Z",
		"short-sha.yml":  "short-sha.yml:7: uses: actions/checkout@11bd719 is not pinned by a full 40-hex commit SHA; write owner/repo@<sha> # vX.Y.Z",
		"branch.yml":     "branch.yml:7: uses: actions/checkout@main is not pinned by a full 40-hex commit SHA; write owner/repo@<sha> # vX.Y.Z",
		"no-comment.yml": "no-comment.yml:7: uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 has no release tag comment; append # vX.Y.Z naming the release of that SHA",
		"docker.yml":     "docker.yml:7: uses: docker://alpine:3.20 is not pinned by a full 40-hex commit SHA; write owner/repo@<sha> # vX.Y.Z",
	}
	for file, want := range cases {
		b, err := os.ReadFile(filepath.Join("testdata/action-pins", file))
		if err != nil {
			t.Fatal(err)
		}
		got := unpinnedActions(file, string(b))
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: got %q, want [%q]", file, got, want)
		}
	}
}
