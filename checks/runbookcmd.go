package checks

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Runbook commands are run by a person paged for an alert, on the host the alert
// came from. Staging and production publish no ports, so a command must reach a
// container through `docker exec` with a tool its image carries, at a port and path
// that container has in that environment's render, or run on the host itself.

// containerFacts is what a runbook may rely on inside one container.
type containerFacts struct {
	tools []string
	ports []int
	// paths are the files and mount points the render puts in the container; nil
	// for services the product runs (their paths are not ours to check).
	paths []string
	// auth, when set, is the basic auth its API asks for on its first port.
	auth *model.WebAuth
}

// hostFacts is what one environment's render offers a runbook.
type hostFacts struct {
	containers map[string]containerFacts
	published  map[int]bool
	traefik    []string // host names Traefik routes to the UIs
	makeTarget map[string]bool
}

// hostCommands run on the Docker host itself; jq and grep also filter output.
var hostCommands = []string{"docker", "df", "du", "sudo", "free", "ps", "top", "dmesg", "date",
	"echo", "openssl", "jq", "grep", "sort", "head", "tail", "cut", "uniq", "make", "curl"}

// containerSubcommands are the docker subcommands whose first argument is a container.
var containerSubcommands = []string{"logs", "restart", "start", "stop", "inspect", "kill", "update", "stats"}

func factsOf(env model.Environment, plan hostplan.Plan, makeTargets map[string]bool) hostFacts {
	f := hostFacts{containers: map[string]containerFacts{}, published: map[int]bool{}, makeTarget: makeTargets}
	for _, ct := range plan.Containers {
		c, _ := model.ComponentByName(ct.Name)
		cf := containerFacts{tools: c.Tools, ports: []int{c.Port}, paths: ct.Tmpfs, auth: c.WebAuth}
		for _, file := range ct.Files {
			cf.paths = append(cf.paths, file.Path)
		}
		for _, v := range ct.Volumes {
			cf.paths = append(cf.paths, v.Target)
		}
		for _, b := range ct.Binds {
			cf.paths = append(cf.paths, b.Target)
		}
		if m := ct.Secrets; m != nil {
			cf.paths = append(cf.paths, m.Dir)
		}
		for _, p := range ct.Ports {
			f.published[p.External] = true
		}
		f.containers[ct.Name] = cf
	}
	for _, m := range model.MonitoredServices {
		if env.Has(m.Container) {
			f.containers[m.Container] = containerFacts{tools: m.Tools, ports: []int{m.Port}}
		}
	}
	// Scrape and probe targets name further ports (Keycloak's management port).
	for _, j := range env.Jobs() {
		for _, t := range j.Targets {
			host, port := hostPort(t.Address)
			if cf, ok := f.containers[host]; ok && port != 0 && !slices.Contains(cf.ports, port) {
				cf.ports = append(cf.ports, port)
				f.containers[host] = cf
			}
		}
	}
	if env.Traefik.Enabled {
		for _, h := range env.Traefik.Hosts {
			f.traefik = append(f.traefik, h)
		}
	}
	return f
}

// hostPort splits "host:port" or a URL into its host and port (0 when absent).
func hostPort(addr string) (string, int) {
	if !strings.Contains(addr, "://") {
		addr = "tcp://" + addr
	}
	u, err := url.Parse(addr)
	if err != nil {
		return "", 0
	}
	p, _ := strconv.Atoi(u.Port())
	return u.Hostname(), p
}

var (
	backticked = regexp.MustCompile("`([^`]+)`")
	listItem   = regexp.MustCompile(`^\d+\. `)
	urlPattern = regexp.MustCompile(`https?://[^\s'"|]+`)
)

// runbookCommands lists the commands in the numbered diagnosis and resolution
// steps of a rendered runbook, each with the alert section it belongs to.
func runbookCommands(doc string) [][2]string {
	var out [][2]string
	section := ""
	for _, line := range strings.Split(doc, "\n") {
		if strings.HasPrefix(line, "## ") {
			section = strings.TrimPrefix(line, "## ")
		}
		if !listItem.MatchString(line) {
			continue
		}
		for _, m := range backticked.FindAllStringSubmatch(line, -1) {
			out = append(out, [2]string{section, m[1]})
		}
	}
	return out
}

// check returns what is wrong with one runbook command, or "".
func (f hostFacts) check(command string) string {
	for _, seg := range pipeline(command) {
		if len(seg) == 0 {
			continue
		}
		if msg := f.checkSegment(seg); msg != "" {
			return msg
		}
	}
	return ""
}

func (f hostFacts) checkSegment(words []string) string {
	tool := words[0]
	if !slices.Contains(hostCommands, tool) {
		return fmt.Sprintf("%s is neither a host command (%s) nor run with docker exec", tool, strings.Join(hostCommands, ", "))
	}
	switch tool {
	case "docker":
		return f.checkDocker(words[1:])
	case "make":
		if len(words) < 2 || !f.makeTarget[words[1]] {
			return fmt.Sprintf("make %s: no such Makefile target", strings.Join(words[1:], " "))
		}
	case "sudo":
		return f.checkSegment(words[1:])
	}
	for _, w := range words[1:] {
		for _, u := range urlPattern.FindAllString(w, -1) {
			if msg := f.checkHostURL(u); msg != "" {
				return msg
			}
		}
	}
	return ""
}

// checkHostURL accepts only what the host reaches: a published port on it, or a
// Traefik host name.
func (f hostFacts) checkHostURL(u string) string {
	host, port := hostPort(u)
	if slices.Contains(f.traefik, host) {
		return ""
	}
	if (host == "127.0.0.1" || host == "localhost") && f.published[port] {
		return ""
	}
	return fmt.Sprintf("%s is not reachable from the host here (no published port or Traefik route); use docker exec", u)
}

func (f hostFacts) checkDocker(args []string) string {
	if len(args) == 0 {
		return "docker without a subcommand"
	}
	sub, rest := args[0], args[1:]
	switch {
	case sub == "exec":
		return f.checkExec(rest)
	case slices.Contains(containerSubcommands, sub):
		return f.checkContainer(firstArg(rest))
	case sub == "ps" || sub == "events":
		for _, a := range rest {
			for _, key := range []string{"name=", "container="} {
				if name, ok := strings.CutPrefix(a, key); ok {
					if msg := f.checkContainer(name); msg != "" {
						return msg
					}
				}
			}
		}
	}
	return ""
}

func (f hostFacts) checkContainer(name string) string {
	if name == "" || isPlaceholder(name) {
		return ""
	}
	if _, ok := f.containers[name]; !ok {
		return fmt.Sprintf("container %s does not exist in this environment", name)
	}
	return ""
}

// checkExec checks `docker exec [flags] CONTAINER TOOL ARGS...`.
func (f hostFacts) checkExec(args []string) string {
	i := 0
	for i < len(args) && strings.HasPrefix(args[i], "-") {
		i++
	}
	if i+1 >= len(args) {
		return "docker exec needs a container and a command"
	}
	name, tool, rest := args[i], args[i+1], args[i+2:]
	if msg := f.checkContainer(name); msg != "" {
		return msg
	}
	cf := f.containers[name]
	if !slices.Contains(cf.tools, tool) {
		return fmt.Sprintf("%s: its image has no %s (it has %s)", name, tool, strings.Join(cf.tools, ", "))
	}
	// sh -c 'CMD': each command of CMD runs in the same container.
	if tool == "sh" && len(rest) == 2 && rest[0] == "-c" {
		for _, seg := range pipeline(rest[1]) {
			if len(seg) == 0 {
				continue
			}
			if msg := f.checkExec(append([]string{name}, seg...)); msg != "" {
				return msg
			}
		}
		return ""
	}
	clientConfig := ""
	for _, a := range rest {
		if v, ok := strings.CutPrefix(a, "--http.config.file="); ok {
			clientConfig = v
			a = v
		}
		// $(cat FILE) reads a file of the container (a password into a URL).
		for _, m := range catFile.FindAllStringSubmatch(a, -1) {
			if cf.paths != nil && !underAny(m[1], cf.paths) {
				return fmt.Sprintf("%s: $(cat %s): no such file in the container (%s)", name, m[1], strings.Join(cf.paths, ", "))
			}
		}
		a = catFile.ReplaceAllStringFunc(a, func(m string) string { return path.Base(catFile.FindStringSubmatch(m)[1]) })
		for _, u := range urlPattern.FindAllString(a, -1) {
			if msg := f.checkURLFrom(name, u); msg != "" {
				return msg
			}
			if msg := f.checkAuth(name, tool, u, clientConfig); msg != "" {
				return msg
			}
		}
		if strings.HasPrefix(a, "/") && cf.paths != nil && !underAny(a, cf.paths) {
			return fmt.Sprintf("%s: path %s is neither a rendered file nor under a mount (%s)", name, a, strings.Join(cf.paths, ", "))
		}
	}
	return ""
}

// checkURLFrom checks a URL fetched inside container from: localhost must be one
// of its own ports, another host a container of this environment on its port.
func (f hostFacts) checkURLFrom(from, u string) string {
	host, port := hostPort(u)
	if host == "localhost" || host == "127.0.0.1" {
		host = from
	}
	cf, ok := f.containers[host]
	if !ok {
		return fmt.Sprintf("%s: %s names host %s, which is no container in this environment", from, u, host)
	}
	if !slices.Contains(cf.ports, port) {
		return fmt.Sprintf("%s: %s: %s serves on %v, not %d", from, u, host, cf.ports, port)
	}
	return ""
}

// catFile matches $(cat FILE); FILE's base name then stands in the URL's userinfo.
var catFile = regexp.MustCompile(`\$\(cat (/[^)\s]+)\)`)

// checkAuth: a request to an API behind basic auth must carry its credentials,
// read from a file in the container: promtool or amtool with the rendered client
// config (--http.config.file), or the user and $(cat PASSWORD_FILE) in the URL.
func (f hostFacts) checkAuth(from, tool, u, clientConfig string) string {
	host, port := hostPort(u)
	if host == "localhost" || host == "127.0.0.1" {
		host = from
	}
	cf := f.containers[host]
	if cf.auth == nil || len(cf.ports) == 0 || port != cf.ports[0] {
		return ""
	}
	a := cf.auth
	fix := fmt.Sprintf("use promtool or amtool with --http.config.file (%s in %s), or %s:$(cat <%s file>)@ in the URL", a.ClientConfig, host, model.WebAuthUser, a.Secret)
	switch {
	case (tool == "promtool" || tool == "amtool") && clientConfig != "":
		if from != host || clientConfig != a.ClientConfig {
			return fmt.Sprintf("%s: %s: %s reads %s, not the client config of %s (%s)", from, u, tool, clientConfig, host, a.ClientConfig)
		}
		return ""
	}
	if parsed, err := url.Parse(u); err == nil && parsed.User != nil {
		// catFile left the password file's base name as the password.
		if file, _ := parsed.User.Password(); parsed.User.Username() != model.WebAuthUser || file != a.Secret {
			return fmt.Sprintf("%s: %s: log in as %s with the %s file, not %s", from, u, model.WebAuthUser, a.Secret, parsed.User)
		}
		return ""
	}
	return fmt.Sprintf("%s: %s: %s answers only with basic auth; %s", from, u, host, fix)
}

func underAny(p string, roots []string) bool {
	for _, r := range roots {
		r = strings.TrimSuffix(r, "/")
		if p == r || strings.HasPrefix(p, r+"/") || strings.HasPrefix(r, strings.TrimSuffix(p, "/")+"/") {
			return true
		}
	}
	return false
}

// valuedFlags are the docker flags runbooks use that take the next word as value.
var valuedFlags = []string{"-s", "--signal", "--format", "--tail", "--since", "--until", "--filter"}

// firstArg is the first positional argument, skipping flags and their values;
// "" when there is none (docker stats of every container).
func firstArg(args []string) string {
	for i := 0; i < len(args); i++ {
		switch {
		case slices.Contains(valuedFlags, args[i]):
			i++
		case !strings.HasPrefix(args[i], "-"):
			return args[i]
		}
	}
	return ""
}

func isPlaceholder(s string) bool { return strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") }

// pipeline splits a shell command line into the words of each simple command,
// honouring quotes; |, &&, || and ; separate commands, redirections are dropped.
func pipeline(line string) [][]string {
	var out [][]string
	var words []string
	var cur strings.Builder
	inWord, quote := false, rune(0)
	flushWord := func() {
		if inWord {
			words = append(words, cur.String())
		}
		cur.Reset()
		inWord = false
	}
	flushCmd := func() {
		flushWord()
		out = append(out, words)
		words = nil
	}
	rs := []rune(line)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			flushWord()
		case r == '|' || r == ';' || r == '&':
			if r == '&' && i > 0 && rs[i-1] == '>' { // 2>&1
				cur.WriteRune(r)
				continue
			}
			flushCmd()
			if i+1 < len(rs) && (rs[i+1] == '|' || rs[i+1] == '&') {
				i++
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	flushCmd()
	for i, ws := range out {
		out[i] = slices.DeleteFunc(ws, func(w string) bool { return strings.Contains(w, ">&") || strings.HasPrefix(w, ">") })
	}
	return out
}
