package secretspush

import (
	"fmt"

	"golang.org/x/crypto/bcrypt"
	"gopkg.in/yaml.v3"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// webConfigDoc is the part of Prometheus's and Alertmanager's web config we write.
type webConfigDoc struct {
	BasicAuthUsers map[string]string `yaml:"basic_auth_users"`
}

// webConfig is the web config that lets model.WebAuthUser in with password: the
// one already in the volume when its hash still matches (a new bcrypt salt would
// rewrite the file, and restart the container, on every push), else a new hash.
func webConfig(have, password string) (string, error) {
	var old webConfigDoc
	if yaml.Unmarshal([]byte(have), &old) == nil {
		if h, ok := old.BasicAuthUsers[model.WebAuthUser]; ok && len(old.BasicAuthUsers) == 1 &&
			bcrypt.CompareHashAndPassword([]byte(h), []byte(password)) == nil {
			return have, nil
		}
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return "", fmt.Errorf("hashing the web password: %w", err)
	}
	b, err := yaml.Marshal(webConfigDoc{BasicAuthUsers: map[string]string{model.WebAuthUser: string(h)}})
	if err != nil {
		return "", err
	}
	return "# Written by make secrets-push: basic auth of the web UI and API.\n" + string(b), nil
}
