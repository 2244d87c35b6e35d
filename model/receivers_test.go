package model

import (
	"path/filepath"
	"testing"
)

// Staging may never notify production's receivers: a shared mail address or Slack
// channel is refused whichever of the two files is loaded, one fixture per case.
func TestStagingNeverSharesProductionsReceivers(t *testing.T) {
	cases := map[string]string{
		"receivers-shared-email": "email.to: ops@magicunicorn.tech is production's address too; staging must never notify production's receivers: give staging its own address",
		"receivers-shared-slack": "slack.channel: #ops-center-alerts is production's channel too; staging must never notify production's receivers: give staging its own channel (and webhook), e.g. #ops-center-alerts-staging",
	}
	for fixture, msg := range cases {
		dir := filepath.Join("testdata", fixture)
		want := filepath.Join(dir, "staging.yaml") + ": " + msg
		for _, name := range []string{"staging", "production"} {
			if _, err := LoadEnvironment(dir, name); err == nil || err.Error() != want {
				t.Errorf("%s, loading %s: err = %v\nwant %s", fixture, name, err, want)
			}
		}
	}
	// A channel is a Slack channel name.
	wantLoadErrors(t, map[string][]string{"slack-channel": {
		`testdata/slack-channel.yaml: slack.channel: "ops alerts" is not a Slack channel; give this environment's own, e.g. #ops-center-alerts-staging`,
	}})
	// The repository's own environments keep theirs apart.
	for _, name := range EnvironmentNames {
		if _, err := LoadEnvironment("../environments", name); err != nil {
			t.Error(err)
		}
	}
}
