package hostplan

import (
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// A healthcheck's command line is on the host for anyone to read (docker
// inspect; ps and /proc/<pid>/cmdline while it runs): it names no password and
// expands none into its arguments. Local images read the password file inside
// /bin/healthcheck; upstream ones ask without one and take the 401. Both images
// of every environment are checked.
func TestNoHealthcheckPutsAPasswordInItsArguments(t *testing.T) {
	checked := 0
	for _, name := range model.EnvironmentNames {
		for _, images := range []string{"local", "upstream"} {
			env := loadEnv(t, name)
			env.Images = images
			p, err := Build(env, files)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range p.Containers {
				cmd := strings.Join(c.Healthcheck, " ")
				for _, leak := range []string{"$(", "`", "://" + model.WebAuthUser + ":", "@127.0.0.1"} {
					if strings.Contains(cmd, leak) {
						t.Errorf("%s (%s images)/%s: healthcheck %q holds %q: a password would be in its arguments", name, images, c.Name, cmd, leak)
					}
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no healthcheck checked")
	}
}
