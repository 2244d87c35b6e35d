package secretspush

import (
	"fmt"

	"golang.org/x/crypto/bcrypt"
	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// webConfigDoc is the part of the exporter-toolkit web config we write.
type webConfigDoc struct {
	TLSServerConfig *tlsServerConfig  `yaml:"tls_server_config,omitempty"`
	BasicAuthUsers  map[string]string `yaml:"basic_auth_users"`
}

// tlsServerConfig serves HTTPS with the certificate the push issued (web_tls).
type tlsServerConfig struct {
	CertFile string `yaml:"cert_file"`
	KeyFile  string `yaml:"key_file"`
}

// webConfig is the web config that lets model.WebAuthUser in with password, and
// with tls serves HTTPS: the one already in the volume when its hash still
// matches and its TLS is the one wanted (a new bcrypt salt would rewrite the file,
// and restart the container, on every push), else a new one.
func webConfig(have, password string, tls *tlsServerConfig) (string, error) {
	var old webConfigDoc
	if yaml.Unmarshal([]byte(have), &old) == nil {
		if h, ok := old.BasicAuthUsers[model.WebAuthUser]; ok && len(old.BasicAuthUsers) == 1 &&
			(tls == nil) == (old.TLSServerConfig == nil) && (tls == nil || *tls == *old.TLSServerConfig) &&
			bcrypt.CompareHashAndPassword([]byte(h), []byte(password)) == nil {
			return have, nil
		}
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return "", fmt.Errorf("hashing the web password: %w", err)
	}
	b, err := yaml.Marshal(webConfigDoc{TLSServerConfig: tls, BasicAuthUsers: map[string]string{model.WebAuthUser: string(h)}})
	if err != nil {
		return "", err
	}
	return "# Written by make secrets-push: basic auth of the web UI and API.\n" + string(b), nil
}
