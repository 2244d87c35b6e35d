package model

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Production is the environment whose receivers page the on-call.
const Production = "production"

// receiversApart refuses, for env loaded from dir, a mail address or Slack channel
// that production's file in dir names too, when one of the two is production and
// both notify for real (the notification sink reaches nobody). A staging alert in
// production's channel or inbox reads as production's. The receivers' secrets
// (webhook URLs, the PagerDuty key) are compared where the secrets files are read
// (secretspush).
func receiversApart(dir string, env Environment) error {
	if env.Notifications != "real" {
		return nil
	}
	for _, name := range EnvironmentNames {
		if (name == Production) == (env.Name == Production) {
			continue // neither of the pair is production, or both are env
		}
		other, err := loadOne(dir, name)
		if err != nil || other.Notifications != "real" {
			continue // a file that does not load is refused when it is loaded itself
		}
		staging, prod := env, other
		if env.Name == Production {
			staging, prod = other, env
		}
		if err := sharedReceivers(staging, prod); err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(dir, staging.Name+".yaml"), err)
		}
	}
	return nil
}

// sharedReceivers names the first receiver env shares with production, and the fix.
func sharedReceivers(env, prod Environment) error {
	for _, a := range addresses(env.Email.To) {
		for _, b := range addresses(prod.Email.To) {
			if a == b {
				return fmt.Errorf("email.to: %s is production's address too; %s must never notify production's receivers: give %s its own address", a, env.Name, env.Name)
			}
		}
	}
	if strings.EqualFold(env.SlackChannel(), prod.SlackChannel()) {
		return fmt.Errorf("slack.channel: %s is production's channel too; %s must never notify production's receivers: give %s its own channel (and webhook), e.g. %s-%s",
			env.SlackChannel(), env.Name, env.Name, prod.SlackChannel(), env.Name)
	}
	return nil
}

// addresses splits a to: field as Alertmanager reads it (comma-separated), in
// lower case: mail addresses are compared without regard to case.
func addresses(to string) []string {
	var out []string
	for _, a := range strings.Split(to, ",") {
		if a = strings.ToLower(strings.TrimSpace(a)); a != "" {
			out = append(out, a)
		}
	}
	return out
}
