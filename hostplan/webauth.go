package hostplan

import (
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// webPasswordRule is what a web password may hold: it is sent in the userinfo of
// the healthcheck's URL and in Grafana's data source JSON, unescaped.
const (
	webPasswordPattern = `[A-Za-z0-9._~-]{16,}`
	webPasswordRule    = "16 or more of A-Z a-z 0-9 . _ ~ - (it is sent unescaped in a URL and in JSON); make one with: openssl rand -hex 24"
)

// authHealthcheck probes url as the web user, the password read inside the
// container at each probe (never on the plan's command line): the project's
// healthcheck in local scratch images, busybox wget with userinfo upstream.
func authHealthcheck(env model.Environment, c model.Component, url string) []string {
	file := c.WebAuth.PasswordFile()
	if model.IsLocalImage(env.Image(c)) {
		return []string{"CMD", "/bin/healthcheck", "-user", model.WebAuthUser, "-password-file", file, url}
	}
	withUser := strings.Replace(url, "://", "://"+model.WebAuthUser+`:$(cat `+file+`)@`, 1)
	return []string{"CMD-SHELL", `wget -q -O /dev/null "` + withUser + `"`}
}
