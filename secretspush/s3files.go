package secretspush

import (
	"encoding/json"
	"fmt"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// s3File is the file a secrets volume derives from the bucket's two keys: the
// AWS shared-credentials file Thanos reads (through AWS_SHARED_CREDENTIALS_FILE),
// or the SeaweedFS stand-in's one identity, allowed the bucket operations Thanos
// makes. Both are written the same way every time, so a push changes them only
// when a key changes.
func s3File(name, access, secret string) (string, error) {
	switch name {
	case model.S3CredentialsFile:
		return fmt.Sprintf("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n", access, secret), nil
	case model.S3IdentitiesFile:
		type credential struct {
			AccessKey string `json:"accessKey"`
			SecretKey string `json:"secretKey"`
		}
		type identity struct {
			Name        string       `json:"name"`
			Credentials []credential `json:"credentials"`
			Actions     []string     `json:"actions"`
		}
		b, err := json.MarshalIndent(map[string][]identity{"identities": {{
			Name: "thanos", Credentials: []credential{{access, secret}},
			Actions: []string{"Admin", "Read", "List", "Write", "Tagging"},
		}}}, "", "  ")
		return string(b) + "\n", err
	}
	return "", fmt.Errorf("no S3 file is called %q", name)
}
