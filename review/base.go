package review

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/review/snapshot"
)

// DefaultBase is the ref a review compares with unless told otherwise.
const DefaultBase = "origin/main"

// snapshotCode is the code copied into the base checkout to take its snapshot, so
// that both sides are read the same way even when the base predates this tool.
var snapshotCode = []string{"review/snapshot", "review/cmd/snapshot"}

// ResolveBase checks that ref names a commit in repo. Without a remote (a local
// clone), DefaultBase falls back to main, and note says so.
func ResolveBase(repo, ref string) (commit, note string, err error) {
	if c, err := git(repo, "rev-parse", "--verify", "--quiet", ref+"^{commit}"); err == nil {
		return c, "", nil
	}
	if ref == DefaultBase {
		if c, err := git(repo, "rev-parse", "--verify", "--quiet", "main^{commit}"); err == nil {
			return c, "origin/main does not exist here; compared with main instead", nil
		}
	}
	return "", "", fmt.Errorf("base ref %q is not a commit in %s; fetch it or pass BASE=<ref>", ref, repo)
}

// SnapshotAt takes the snapshot of commit: it extracts the commit into a folder of
// cacheDir, copies this checkout's snapshot code there and runs it. A snapshot is kept
// in cacheDir by commit and code, so a second review of the same base is instant.
func SnapshotAt(repo, commit, cacheDir string) (snapshot.Snapshot, error) {
	codeSum, err := hashTrees(repo, snapshotCode)
	if err != nil {
		return snapshot.Snapshot{}, err
	}
	cached := filepath.Join(cacheDir, commit+"-"+codeSum+".json")
	if b, err := os.ReadFile(cached); err == nil {
		var s snapshot.Snapshot
		if json.Unmarshal(b, &s) == nil {
			return s, nil
		}
	}
	// Always the same folder: Go's build cache keys packages by folder and content, so
	// the model packages a base shares with the last one reviewed are not compiled again.
	dir := filepath.Join(cacheDir, "base-tree")
	defer os.RemoveAll(dir)
	out, err := takeIn(repo, commit, dir, true)
	if err != nil {
		// This checkout's snapshot code may not build against an older model (a change
		// that renames a model field also changes review/snapshot): the base's own
		// snapshot code, when it has one, reads its own model.
		own, ownErr := takeIn(repo, commit, dir, false)
		if ownErr != nil {
			return snapshot.Snapshot{}, err
		}
		out = own
	}
	var s snapshot.Snapshot
	if err := json.Unmarshal(out, &s); err != nil {
		return snapshot.Snapshot{}, fmt.Errorf("snapshot of %s: %w", commit, err)
	}
	_ = os.WriteFile(cached, out, 0o644) // a cache: failing to keep it only costs time
	return s, nil
}

// takeIn extracts commit into dir, with this checkout's snapshot code copied over
// the base's when overlay is set, and runs it there.
func takeIn(repo, commit, dir string, overlay bool) ([]byte, error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	archive := exec.Command("git", "-C", repo, "archive", "--format=tar", commit)
	extract := exec.Command("tar", "-x", "-C", dir)
	extract.Stdin, _ = archive.StdoutPipe()
	if err := extract.Start(); err != nil {
		return nil, err
	}
	if err := archive.Run(); err != nil {
		return nil, fmt.Errorf("git archive %s: %w", commit, err)
	}
	if err := extract.Wait(); err != nil {
		return nil, fmt.Errorf("extracting %s: %w", commit, err)
	}
	if overlay {
		for _, d := range snapshotCode {
			if err := copyGoFiles(filepath.Join(repo, d), filepath.Join(dir, d)); err != nil {
				return nil, err
			}
		}
	}
	// Without -trimpath: the dependencies' paths in the module cache are the same
	// as in any build here, so only the project's own packages are compiled again.
	cmd := exec.Command("go", "run", "-mod=mod", "./review/cmd/snapshot", "environments")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-buildvcs=false")
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("taking the snapshot of %s: %v\n%s", commit, err, stderr.String())
	}
	return out.Bytes(), nil
}

func git(repo string, args ...string) (string, error) {
	out, err := exec.Command("git", append([]string{"-C", repo}, args...)...).Output()
	return strings.TrimSpace(string(out)), err
}

// copyGoFiles copies the non-test Go files of src into dst, replacing dst's.
func copyGoFiles(src, dst string) error {
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(src, "*.go"))
	if err != nil {
		return err
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// hashTrees digests the Go files of dirs, naming the snapshot code in cache keys.
func hashTrees(repo string, dirs []string) (string, error) {
	h := sha256.New()
	for _, d := range dirs {
		files, err := filepath.Glob(filepath.Join(repo, d, "*.go"))
		if err != nil {
			return "", err
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return "", err
			}
			fmt.Fprintf(h, "%s\x00%d\x00", filepath.Base(f), len(b))
			h.Write(b)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
