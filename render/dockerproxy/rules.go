// Package dockerproxy holds the two read-only Docker API allow-lists of the
// project: PlanReads, what a pull-request plan may read through the plan proxy
// (package planproxy, which also hides the containers the stack does not own),
// and DiscoveryReads, what Prometheus's Docker discovery may read through the
// docker-proxy container, rendered as an HAProxy config
// (monitoring/dockerproxy/haproxy.cfg). Every other call (create, start, exec,
// attach, remove, build, archive, export, logs, secrets, plugins, swarm ...) is
// answered 403 and never reaches the engine.
package dockerproxy

import (
	"regexp"
	"strings"
	"sync"
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

// Rules is an allow-list: a request passes when one rule matches it.
type Rules []Rule

// PlanReads is what `tofu plan` with the kreuzwerker/docker 4.6.0 provider reads
// while refreshing docker_container, docker_image, docker_network and
// docker_volume resources, and what `docker version`, `docker ps` and
// `docker inspect` read. Container logs, archive and export are left out on
// purpose: they would hand file contents and output to the plan job.
var PlanReads = Rules{
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

// DiscoveryReads is what Prometheus's docker_sd_configs reads (seen in the
// docker-proxy's log): the version ping, the container list and the network
// list. No inspect: a container's inspect carries its environment.
var DiscoveryReads = Rules{
	{"API version negotiation", `/_ping`},
	{"discovery lists containers", `/containers/json`},
	{"discovery lists networks", `/networks`},
}

// ContainerInspect matches a container's inspect path (the reply holds its
// environment and command): the plan proxy answers it only for the stack's own.
var ContainerInspect = regexp.MustCompile(versionPrefix + `/containers/` + object + `/json$`)

// ContainerList matches the container list path (each entry holds the
// container's command line and labels).
var ContainerList = regexp.MustCompile(versionPrefix + `/containers/json$`)

// versionPrefix is the optional API version clients put first (/v1.41/...).
const versionPrefix = `^(/v[0-9]+\.[0-9]+)?`

// OddPathParts are refused anywhere in a path, before any rule: percent-encoding,
// empty segments and segments starting with a dot have no place in a read the
// rules allow, and would let a path mean something other than it looks.
var OddPathParts = []string{"%", "//", "/."}

// patterns holds each rule's compiled pattern: the plan proxy asks Allows for
// every request it serves.
var patterns sync.Map

func compiled(pattern string) *regexp.Regexp {
	if re, ok := patterns.Load(pattern); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(pattern)
	patterns.Store(pattern, re)
	return re
}

// Pattern is rule r's path regular expression as HAProxy and Go both match it.
func (r Rule) Pattern() string { return versionPrefix + r.Path + `$` }

// Allows says whether a proxy with these rules passes method on path (the path
// without its query string); the rendered HAProxy config applies the same.
func (rules Rules) Allows(method, path string) bool {
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
	for _, r := range rules {
		if compiled(r.Pattern()).MatchString(path) {
			return true
		}
	}
	return false
}
