//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// guide is a section of docs/MONITORING_SETUP.md whose shell blocks a test runs as
// written, line by line, so the guide cannot drift from what works. Each line is
// run or skipped with a reason; done fails the test for any line neither, so a
// line added to the guide is a line the bench runs.
type guide struct {
	heading string
	lines   []string // every command line of the section's sh blocks, in order
	done    map[int]string
}

var shBlock = regexp.MustCompile("(?ms)^```sh\n(.*?)^```")

func readGuide(t *testing.T, heading string) *guide {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(root, "docs/MONITORING_SETUP.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(text), "\n"+heading)
	if !ok {
		t.Fatalf("docs/MONITORING_SETUP.md has no section %q; update the bench", heading)
	}
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	g := &guide{heading: heading, done: map[int]string{}}
	for _, b := range shBlock.FindAllStringSubmatch(section, -1) {
		for _, l := range strings.Split(b[1], "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				g.lines = append(g.lines, l)
			}
		}
	}
	if len(g.lines) == 0 {
		t.Fatalf("section %q of the guide has no sh block", heading)
	}
	return g
}

// line returns the one command line that starts with prefix, the bench's values
// put in for the guide's placeholders (each must be in the line), and marks it run.
func (g *guide) line(t *testing.T, prefix string, fill map[string]string) string {
	t.Helper()
	found := -1
	for i, l := range g.lines {
		if strings.HasPrefix(l, prefix) {
			if found >= 0 {
				t.Fatalf("the guide's %q has two lines starting %q", g.heading, prefix)
			}
			found = i
		}
	}
	if found < 0 {
		t.Fatalf("the guide's %q has no line starting %q; update the bench", g.heading, prefix)
	}
	l := g.lines[found]
	for placeholder, value := range fill {
		if !strings.Contains(l, placeholder) {
			t.Fatalf("the guide's line %q no longer holds %q; update the bench", l, placeholder)
		}
		l = strings.ReplaceAll(l, placeholder, value)
	}
	g.done[found] = "run"
	return l
}

// run runs the lines in one shell, in dir, with env added: the operator's terminal.
func (g *guide) run(t *testing.T, dir string, env []string, lines ...string) (string, error) {
	t.Helper()
	t.Logf("from the guide, in %s:\n%s", filepath.Base(dir), strings.Join(lines, "\n"))
	return runIn(dir, env, "bash", "-euo", "pipefail", "-c", strings.Join(lines, "\n"))
}

// skip marks the line starting with prefix as not run here, and why.
func (g *guide) skip(t *testing.T, prefix, why string) {
	t.Helper()
	for i, l := range g.lines {
		if strings.HasPrefix(l, prefix) {
			g.done[i] = why
			return
		}
	}
	t.Fatalf("the guide's %q has no line starting %q; update the bench", g.heading, prefix)
}

// covered fails for each line of the section that was neither run nor skipped.
func (g *guide) covered(t *testing.T) {
	t.Helper()
	for i, l := range g.lines {
		if _, ok := g.done[i]; !ok {
			t.Errorf("the guide's %q line %q is not run by the bench; run it (or skip it, saying why)", g.heading, l)
		}
	}
}
