// Package traefikfile renders what the product's Traefik needs, in its file
// provider, to route an environment's UIs with one login: for each API behind
// its own basic auth (Prometheus, Alertmanager), a middleware that runs after
// the auth middleware has let a person in and puts the API's own login
// (model.WebAuthUser and its web password) in the Authorization header in place
// of theirs. It holds those passwords: `opsmon traefik-config` writes it from the
// secrets file into Traefik's configuration, mode 0600; it is never rendered
// into the repository.
package traefikfile

import (
	"encoding/base64"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Config is Traefik's dynamic configuration, only the keys written here.
type Config struct {
	HTTP HTTP `yaml:"http"`
}

// HTTP holds the middlewares.
type HTTP struct {
	Middlewares map[string]Middleware `yaml:"middlewares"`
}

// Middleware is a headers middleware.
type Middleware struct {
	Headers Headers `yaml:"headers"`
}

// Headers sets request headers; a set header replaces the request's own.
type Headers struct {
	CustomRequestHeaders map[string]string `yaml:"customRequestHeaders"`
}

// Render builds env's file from the secrets file's values (by secret name).
func Render(env model.Environment, secrets map[string]string) ([]byte, error) {
	if !env.Traefik.Enabled {
		return nil, fmt.Errorf("environment %s: traefik.enabled is false; nothing routes its UIs", env.Name)
	}
	cfg := Config{HTTP: HTTP{Middlewares: map[string]Middleware{}}}
	for _, c := range env.Containers() {
		if !c.TraefikAuth || c.ReplicaOf != "" || c.WebAuth == nil {
			continue
		}
		password := secrets[c.WebAuth.Secret]
		if password == "" {
			return nil, fmt.Errorf("%s: missing from the secrets file; Traefik hands it to %s as its login", c.WebAuth.Secret, c.Name)
		}
		basic := base64.StdEncoding.EncodeToString([]byte(model.WebAuthUser + ":" + password))
		cfg.HTTP.Middlewares[env.BackendLogin(c.Name)] = Middleware{Headers: Headers{
			CustomRequestHeaders: map[string]string{"Authorization": "Basic " + basic},
		}}
	}
	if len(cfg.HTTP.Middlewares) == 0 {
		return nil, fmt.Errorf("environment %s routes no API behind a login", env.Name)
	}
	b, err := yaml.Marshal(cfg)
	if err != nil {
		return nil, err
	}
	header := "# Written by opsmon traefik-config for environment " + env.Name + " from the secrets file. It holds passwords: mode 0600, never commit it.\n"
	return append([]byte(header), b...), nil
}
