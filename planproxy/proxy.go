// Package planproxy is the Docker API proxy a pull-request plan reaches a host's
// engine through (the plan key's forced command dials its socket). It passes only
// the reads of dockerproxy.PlanReads, as the HAProxy config before it did, and it
// hides what the plan has no need of and should not read: a container's inspect
// (its environment and command, where the product keeps passwords) passes only for
// the monitoring stack's own containers, and in the container list the others keep
// only their id, names, image and state (no command line, labels, mounts or ports).
// The provider finds a container of its state by id in that list: one the proxy
// does not own stays listed, so a plan whose environment -env forgot fails on the
// inspect, naming the fix, rather than planning to create what exists.
// Which containers are the stack's is decided by the label every container of an
// environment carries (model.ContainerEnvironmentLabel), not by a name or path.
package planproxy

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render/dockerproxy"
)

// NotOwnedMessage is the 403 body's message for another container's inspect.
const NotOwnedMessage = "opsmon read-only Docker proxy: refused; a plan may inspect only the monitoring stack's own containers (if this is one, start opsmon docker-proxy with -env naming its environment)"

// maxReply bounds a reply the proxy reads whole (an inspect or a list).
const maxReply = 32 << 20

// Proxy answers Docker API requests from the engine at Engine (a unix socket).
type Proxy struct {
	Engine string
	// Environments are the environments whose containers are the stack's own.
	Environments []string
	// Log gets one line per request: status, request line, and why when refused.
	Log io.Writer
	// client reaches the engine; set by New.
	client *http.Client
}

// New is a Proxy for the engine's socket, owning the named environments.
func New(engine string, environments []string, log io.Writer) *Proxy {
	return &Proxy{Engine: engine, Environments: environments, Log: log, client: &http.Client{
		Timeout: 2 * time.Minute,
		Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, "unix", engine)
		}},
	}}
}

// owns says whether labels mark a container of one of the proxy's environments.
func (p *Proxy) owns(labels map[string]string) bool {
	env, ok := labels[model.ContainerEnvironmentLabel]
	return ok && slices.Contains(p.Environments, env)
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := r.URL.EscapedPath()
	switch {
	case !dockerproxy.PlanReads.Allows(r.Method, path):
		p.refuse(w, r, dockerproxy.RefusedMessage, "not a read a plan makes")
	case dockerproxy.ContainerInspect.MatchString(path) && r.Method != http.MethodGet:
		p.refuse(w, r, dockerproxy.RefusedMessage, "an inspect is read with GET")
	default:
		p.forward(w, r, path)
	}
}

// forward asks the engine, and filters what it answers to an inspect or a list.
func (p *Proxy) forward(w http.ResponseWriter, r *http.Request, path string) {
	req, err := http.NewRequestWithContext(r.Context(), r.Method, "http://docker"+r.URL.RequestURI(), nil)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	req.Header.Set("User-Agent", r.UserAgent())
	resp, err := p.client.Do(req)
	if err != nil {
		p.fail(w, r, err)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxReply+1))
	if err != nil || len(body) > maxReply {
		p.fail(w, r, fmt.Errorf("the engine's reply could not be read whole (%d bytes, %v)", len(body), err))
		return
	}
	if resp.StatusCode == http.StatusOK {
		switch {
		case dockerproxy.ContainerInspect.MatchString(path):
			var c struct {
				Config struct{ Labels map[string]string }
			}
			if err := json.Unmarshal(body, &c); err != nil || !p.owns(c.Config.Labels) {
				p.refuse(w, r, NotOwnedMessage, "not a container of "+fmt.Sprint(p.Environments))
				return
			}
		case dockerproxy.ContainerList.MatchString(path):
			if body, err = p.redactOthers(body); err != nil {
				p.fail(w, r, err)
				return
			}
		}
	}
	for k, v := range resp.Header {
		if k != "Content-Length" {
			w.Header()[k] = v
		}
	}
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(body)
	p.logf(r, resp.StatusCode, "")
}

// listedOfOthers are the fields a container list keeps of a container the proxy
// does not own: what `docker ps` shows and the provider matches on, nothing a
// password could be in.
var listedOfOthers = []string{"Id", "Names", "Image", "ImageID", "Created", "State", "Status"}

// redactOthers passes the stack's own containers of a container list as the
// engine wrote them, and only listedOfOthers of every other one.
func (p *Proxy) redactOthers(list []byte) ([]byte, error) {
	var entries []map[string]json.RawMessage
	if err := json.Unmarshal(list, &entries); err != nil {
		return nil, fmt.Errorf("the engine's container list: %v", err)
	}
	out := make([]map[string]json.RawMessage, 0, len(entries))
	for _, e := range entries {
		var labels map[string]string
		_ = json.Unmarshal(e["Labels"], &labels)
		if p.owns(labels) {
			out = append(out, e)
			continue
		}
		kept := map[string]json.RawMessage{}
		for _, k := range listedOfOthers {
			if v, ok := e[k]; ok {
				kept[k] = v
			}
		}
		out = append(out, kept)
	}
	return json.Marshal(out)
}

func (p *Proxy) refuse(w http.ResponseWriter, r *http.Request, message, why string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusForbidden)
	if r.Method != http.MethodHead {
		_ = json.NewEncoder(w).Encode(map[string]string{"message": message})
	}
	p.logf(r, http.StatusForbidden, why)
}

func (p *Proxy) fail(w http.ResponseWriter, r *http.Request, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadGateway)
	_ = json.NewEncoder(w).Encode(map[string]string{"message": "opsmon read-only Docker proxy: " + err.Error()})
	p.logf(r, http.StatusBadGateway, err.Error())
}

// logf writes `STATUS "METHOD URI PROTO"` and why, one line per request, the
// request line quoted as HAProxy's httplog does.
func (p *Proxy) logf(r *http.Request, status int, why string) {
	if p.Log == nil {
		return
	}
	line := fmt.Sprintf("%s %d %q", time.Now().UTC().Format(time.RFC3339), status, r.Method+" "+r.URL.RequestURI()+" "+r.Proto)
	if why != "" {
		line += " " + why
	}
	fmt.Fprintln(p.Log, line)
}
