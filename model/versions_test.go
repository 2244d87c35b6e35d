package model

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryBuiltImageComesFromOneRelease: each locally built image and its
// upstream twin carry the tag of the same Release, so one edit bumps both.
func TestEveryBuiltImageComesFromOneRelease(t *testing.T) {
	byTag := map[string]Release{}
	for _, r := range Releases() {
		byTag[r.Tag()] = r
	}
	for _, c := range Components() {
		// The Docker proxy's local image is Debian's HAProxy package (images/
		// docker-proxy), not a Go release; its upstream tag is that package's version.
		if c.Local == "" || c.Name == DockerProxy {
			continue
		}
		tag := c.Local[strings.LastIndex(c.Local, ":")+1:]
		r, ok := byTag[tag]
		if !ok {
			t.Errorf("%s: local image %s has no Release", c.Name, c.Local)
			continue
		}
		if up := c.Upstream[strings.LastIndex(c.Upstream, ":")+1:]; strings.TrimSuffix(up, "-alpine") != r.Tag() {
			t.Errorf("%s: upstream %s and local %s differ in version", c.Name, c.Upstream, c.Local)
		}
		if !strings.HasPrefix(r.Module, "github.com/") || !strings.Contains(r.Module, "@v") {
			t.Errorf("%s: module %q is not module@version", r.Var, r.Module)
		}
	}
}

func TestReleaseShellAssignments(t *testing.T) {
	got := prometheusRelease.Shell()
	want := "PROMETHEUS_VERSION=3.16.0\nPROMETHEUS_MODULE=github.com/prometheus/prometheus@v0.316.0\n"
	if got != want {
		t.Fatalf("Shell() = %q, want %q", got, want)
	}
	if c, _ := ComponentByName(RedisExporter); c.Upstream != "oliver006/redis_exporter:v1.88.0-alpine" {
		t.Fatalf("redis-exporter upstream = %s", c.Upstream)
	}
}

// TestNoSecondPlaceHoldsAComponentVersion fails when a setup script pins a
// component version itself instead of reading it from the model.
func TestNoSecondPlaceHoldsAComponentVersion(t *testing.T) {
	files, _ := filepath.Glob("../scripts/*.sh")
	more, _ := filepath.Glob("../scripts/setup/*.sh")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range Releases() {
			re := regexp.MustCompile(`(?m)^\s*` + r.Var + `_(VERSION|MODULE)=`)
			if re.Match(b) {
				t.Errorf("%s assigns %s_VERSION or _MODULE; the model (model/releases.go) is the one place", f, r.Var)
			}
		}
	}
}
