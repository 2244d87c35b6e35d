package model

import (
	"strings"
	"testing"
)

// A container that mounts a host path (node-exporter: the host's /, its /proc
// included) could read, through /proc/<pid>/root, the files of every process of
// its own uid, other containers' secrets among them. So it runs as a uid no
// other container runs as. cAdvisor runs as root (docs/CONTAINERS.md says why)
// and is the one exception.
func TestHostReadersRunAsAUserOfTheirOwn(t *testing.T) {
	all := append(Components(), StandIns()...)
	uid := func(user string) string { u, _, _ := strings.Cut(user, ":"); return u }
	checked := 0
	for _, c := range all {
		if len(c.HostMounts) == 0 || c.Name == CAdvisor {
			continue
		}
		checked++
		if c.User == "" || uid(c.User) == "0" || uid(c.User) == "root" {
			t.Errorf("%s mounts host paths and runs as root (user %q); give it a user of its own", c.Name, c.User)
			continue
		}
		for _, o := range all {
			if o.Name != c.Name && uid(o.User) == uid(c.User) {
				t.Errorf("%s mounts host paths as uid %s, which %s runs as too: it could read %s's files through /proc/<pid>/root", c.Name, uid(c.User), o.Name, o.Name)
			}
		}
	}
	if checked == 0 {
		t.Error("no container mounts a host path: update the test")
	}
}
