package hostplan

import (
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// webPasswordRule is what a web password may hold: it is sent in the userinfo of
// the healthcheck's URL and in Grafana's data source JSON, unescaped.
const (
	webPasswordPattern = `[A-Za-z0-9._~-]{16,}`
	webPasswordRule    = "16 or more of A-Z a-z 0-9 . _ ~ - (it is sent unescaped in a URL and in JSON); make one with: openssl rand -hex 24"
)

// authHealthcheck probes url as the web user: the project's healthcheck in local
// scratch images, which reads the password from its file inside the container.
// Upstream images have only busybox wget, which takes a password in the URL
// alone, so on its command line, where ps and /proc/<pid>/cmdline show it to the
// host: it asks without one instead, and the server's 401 is the answer that it
// is up and holds its login. With web_tls the local healthcheck trusts the
// environment's CA alone; busybox wget cannot be given a CA, and skips the check
// (it asks its own server on 127.0.0.1).
func authHealthcheck(env model.Environment, c model.Component, url string) []string {
	file := c.WebAuth.PasswordFile()
	if model.IsLocalImage(env.Image(c)) {
		cmd := []string{"CMD", "/bin/healthcheck", "-user", model.WebAuthUser, "-password-file", file}
		if env.WebTLS {
			cmd = append(cmd, "-ca-file", c.WebAuth.Dir+"/"+model.TLSCAFile)
		}
		return append(cmd, url)
	}
	insecure := ""
	if env.WebTLS {
		insecure = "--no-check-certificate "
	}
	return []string{"CMD-SHELL", `wget -q -S ` + insecure + `-O /dev/null "` + url + `" 2>&1 | grep -q "HTTP/1.1 401 "`}
}

// serveTLS: with web_tls, a component behind basic auth serves HTTPS with a
// certificate for its container name, its aliases, localhost and 127.0.0.1 (its own
// healthcheck), and trusts the CA; the clients of those APIs trust the CA.
func serveTLS(ct *Container, c model.Component) {
	if ct.Secrets == nil {
		return
	}
	if c.WebAuth != nil {
		ct.Secrets.TLS = &TLSNames{DNS: append([]string{ct.Name, "localhost"}, ct.Aliases...), IPs: []string{"127.0.0.1"}}
	}
	// Grafana's data source trusts it too ($__file{} of the CA's certificate).
	if c.WebAuth != nil || c.Base() == model.Prometheus || c.Base() == model.ThanosSidecar || c.Base() == model.Grafana {
		ct.Secrets.CA = true
	}
}
