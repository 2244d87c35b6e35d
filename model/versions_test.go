package model

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestLocalBuildVersionsMatchTheImageTags keeps scripts/versions.sh (the module
// versions setup builds the local images from) and the pinned upstream tags here
// in step: an upgrade that changes one and not the other fails.
func TestLocalBuildVersionsMatchTheImageTags(t *testing.T) {
	b, err := os.ReadFile("../scripts/versions.sh")
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^([A-Z_]+_VERSION)=(\S+)$`).FindAllStringSubmatch(string(b), -1) {
		vars[m[1]] = m[2]
	}
	byComponent := map[string]string{
		Prometheus: "PROMETHEUS_VERSION", Alertmanager: "ALERTMANAGER_VERSION", NodeExporter: "NODE_EXPORTER_VERSION",
		BlackboxExporter: "BLACKBOX_EXPORTER_VERSION", PostgresExporter: "POSTGRES_EXPORTER_VERSION", RedisExporter: "REDIS_EXPORTER_VERSION",
	}
	for name, v := range byComponent {
		c, _ := ComponentByName(name)
		want := "v" + vars[v]
		if vars[v] == "" {
			t.Errorf("scripts/versions.sh has no %s", v)
			continue
		}
		if tag := c.Upstream[strings.LastIndex(c.Upstream, ":")+1:]; strings.TrimSuffix(tag, "-alpine") != want {
			t.Errorf("%s: upstream tag %s, but setup builds %s=%s", name, c.Upstream, v, vars[v])
		}
		if !strings.HasSuffix(c.Local, ":"+want) {
			t.Errorf("%s: local image %s, but setup builds %s=%s", name, c.Local, v, vars[v])
		}
	}
}
