package review

import (
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

// gitRepo makes a repository with one commit on main and no remote.
func gitRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, args := range [][]string{
		{"init", "-q", "-b", "main"},
		{"-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-m", "one"},
	} {
		if out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	return dir
}

func TestResolveBaseFallsBackToMain(t *testing.T) {
	repo := gitRepo(t)
	commit, note, err := ResolveBase(repo, DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	if want := "origin/main does not exist here; compared with main instead"; note != want {
		t.Errorf("note %q, want %q", note, want)
	}
	if main, _ := git(repo, "rev-parse", "main"); commit != main {
		t.Errorf("commit %s, want main's %s", commit, main)
	}
}

func TestResolveBaseUnknownRef(t *testing.T) {
	repo := gitRepo(t)
	_, _, err := ResolveBase(repo, "release-9")
	want := `base ref "release-9" is not a commit in ` + repo + "; fetch it or pass BASE=<ref>"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
}

// The snapshot taken in an extracted checkout of HEAD equals the one taken here, when
// the working tree holds HEAD: the base side reads the model as the head side does.
func TestSnapshotAtHEAD(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the model in a temporary checkout (about 7 s)")
	}
	repo, _ := filepath.Abs("..")
	if dirty, _ := git(repo, "status", "--porcelain", "--", "."); dirty != "" {
		t.Skip("the working tree differs from HEAD; commit to run this test")
	}
	commit, _ := git(repo, "rev-parse", "HEAD")
	at, err := SnapshotAt(repo, commit, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	here, err := snapshot.Take(filepath.Join(repo, "environments"))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(at, here) {
		md, _ := Markdown("extracted HEAD", "working tree", at, here)
		t.Fatalf("snapshots differ:\n%s", md)
	}
}
