package secretspush

import (
	"encoding/json"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Thanos reads the keys as an AWS shared-credentials profile; SeaweedFS as its one
// identity. Both must say the same keys, byte for byte on every push.
func TestS3FilesCarryTheBucketKeys(t *testing.T) {
	creds, err := s3File(model.S3CredentialsFile, "opsmonkey1", "s3cr3t/+key0123456789")
	if err != nil {
		t.Fatal(err)
	}
	want := "[default]\naws_access_key_id = opsmonkey1\naws_secret_access_key = s3cr3t/+key0123456789\n"
	if creds != want {
		t.Errorf("credentials file:\n%s\nwant:\n%s", creds, want)
	}
	ids, err := s3File(model.S3IdentitiesFile, "opsmonkey1", "s3cr3t/+key0123456789")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Identities []struct {
			Name        string
			Credentials []struct{ AccessKey, SecretKey string }
			Actions     []string
		}
	}
	if err := json.Unmarshal([]byte(ids), &doc); err != nil {
		t.Fatalf("identities file is not JSON: %v\n%s", err, ids)
	}
	if len(doc.Identities) != 1 || len(doc.Identities[0].Credentials) != 1 ||
		doc.Identities[0].Credentials[0].AccessKey != "opsmonkey1" || doc.Identities[0].Credentials[0].SecretKey != "s3cr3t/+key0123456789" {
		t.Errorf("identities = %+v, want one identity with the two keys", doc)
	}
	again, _ := s3File(model.S3IdentitiesFile, "opsmonkey1", "s3cr3t/+key0123456789")
	if again != ids {
		t.Error("the identities file differs between two pushes of the same keys: every push would restart seaweedfs")
	}
	if _, err := s3File("other", "a", "b"); err == nil {
		t.Error("an unknown S3 file name was accepted")
	}
}
