package amconfig

import (
	"embed"
	"path"
)

// The templates are kept as .tmpl files so they read as what Alertmanager loads.
//
//go:embed templates/*.tmpl
var templateFS embed.FS

// TemplateNames are the notification template files, one per integration.
var TemplateNames = []string{"slack-template.tmpl", "email-template.tmpl", "pagerduty-template.tmpl"}

func templateFiles() map[string][]byte {
	out := map[string][]byte{}
	for _, name := range TemplateNames {
		b, err := templateFS.ReadFile(path.Join("templates", name))
		if err != nil {
			panic(err) // embedded at build time: cannot be missing
		}
		out[name] = b
	}
	return out
}
