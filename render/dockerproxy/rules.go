// Package dockerproxy holds the read-only Docker API allow-list a pull-request
// plan reaches the Ops-Center host through, and renders it as an HAProxy config
// (monitoring/dockerproxy/haproxy.cfg). A plan's refresh only reads: every other
// call (create, start, exec, attach, remove, build, archive, export, logs, secrets,
// plugins, swarm ...) is answered 403 by HAProxy and never reaches the engine.
package dockerproxy

import (
	"regexp"
	"strings"
)

// Rule lets GET and HEAD of one Docker API endpoint through.
type Rule struct {
	// Name says what reads it: the docker provider's refresh or the docker CLI.
	Name string
	// Path is a regular expression (RE2 and PCRE alike) for the request path after
	// the optional /vX.Y API version prefix; it is anchored at both ends.
	Path string
}

// Methods are the only methods that pass: neither changes anything on the engine.
var Methods = []string{"GET", "HEAD"}

const (
	// object: a container, network or volume name or ID. It cannot start with a
	// dot, so no path segment is "." or "..".
	object = `[A-Za-z0-9][A-Za-z0-9_.-]*`
	// imageRef: a repository[:tag][@digest] reference or an image ID.
	imageRef = `[A-Za-z0-9][A-Za-z0-9_.:@/-]*`
)

// ReadOnly is what `tofu plan` with the kreuzwerker/docker 4.6.0 provider reads
// while refreshing docker_container, docker_image, docker_network and
// docker_volume resources, and what `docker version`, `docker ps` and
// `docker inspect` read. Container logs, archive and export are left out on
// purpose: they would hand file contents and output to the plan job.
var ReadOnly = []Rule{
	{"API version negotiation (every client)", `/_ping`},
	{"docker version", `/version`},
	{"docker info", `/info`},
	{"container refresh lists containers; docker ps", `/containers/json`},
	{"container refresh; docker inspect", `/containers/` + object + `/json`},
	{"image refresh lists images", `/images/json`},
	{"image refresh; docker image inspect", `/images/` + imageRef + `/json`},
	{"docker network ls", `/networks`},
	{"network refresh; docker network inspect", `/networks/` + object},
	{"docker volume ls", `/volumes`},
	{"volume refresh; docker volume inspect", `/volumes/` + object},
}

// versionPrefix is the optional API version clients put first (/v1.41/...).
const versionPrefix = `^(/v[0-9]+\.[0-9]+)?`

// OddPathParts are refused anywhere in a path, before any rule: percent-encoding,
// empty segments and segments starting with a dot have no place in a read the
// rules allow, and would let a path mean something other than it looks.
var OddPathParts = []string{"%", "//", "/."}

// Pattern is rule r's path regular expression as HAProxy and Go both match it.
func (r Rule) Pattern() string { return versionPrefix + r.Path + `$` }

// Allowed says whether the proxy passes method on path (the path without its
// query string), by the same rules the rendered HAProxy config applies.
func Allowed(method, path string) bool {
	read := false
	for _, m := range Methods {
		read = read || method == m
	}
	if !read {
		return false
	}
	for _, odd := range OddPathParts {
		if strings.Contains(path, odd) {
			return false
		}
	}
	for _, r := range ReadOnly {
		if regexp.MustCompile(r.Pattern()).MatchString(path) {
			return true
		}
	}
	return false
}
