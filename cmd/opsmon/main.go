// Command opsmon holds the project's helper commands that Makefile targets and
// tests call: render (and drift check), secrets, targets.
package main

import (
	"fmt"
	"os"
)

var commands = map[string]func(args []string) error{
	"render":         renderCmd,
	"secrets":        secretsCmd,
	"secrets-env":    secretsEnvCmd,
	"secrets-push":   secretsPushCmd,
	"targets":        targetsCmd,
	"absent":         absentCmd,
	"plan-summary":   planSummaryCmd,
	"versions":       versionsCmd,
	"describe":       describeCmd,
	"stacks":         stacksCmd,
	"review":         reviewCmd,
	"pg-roles":       pgRolesCmd,
	"tls-ca":         tlsCACmd,
	"plan-made":      planMadeCmd,
	"plan-digest":    planDigestCmd,
	"plan-check":     planCheckCmd,
	"plan-rolls":     planRollsCmd,
	"plan-covers":    planCoversCmd,
	"orphans":        orphansCmd,
	"traefik-config": traefikConfigCmd,
	"lock-hint":      lockHintCmd,
	"docker-proxy":   dockerProxyCmd,
}

func main() {
	if len(os.Args) < 2 || commands[os.Args[1]] == nil {
		fmt.Fprintln(os.Stderr, "usage: opsmon render [-check] | secrets -env NAME | secrets-env -file F | secrets-push -env NAME -file F [-check] | targets [-url URL] [-env NAME] [-wait DURATION] | absent -env NAME | plan-summary PLAN.json | versions | describe -env NAME | stacks | review [-base REF] [-json] | pg-roles -env NAME | tls-ca -env NAME | plan-made -dir D -env E -commit C -tree T -run R | plan-digest DIR | plan-check -dir D -env E -commit C -tree T -run R -digest SHA | plan-rolls -env E PLAN.json | plan-covers REVIEWED.json FRESH.json | orphans -env E -dir D | traefik-config -env E -file SECRETS -out FILE | lock-hint -env E -stack S -dir D -log FILE | docker-proxy -env E[,E] [-listen SOCK] [-engine SOCK] [-mode 0660] [-group G]")
		os.Exit(2)
	}
	if err := commands[os.Args[1]](os.Args[2:]); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// envDir is where environment files are read: OPSMON_ENV_DIR, as for the CDKTF app.
func envDir() string {
	if d := os.Getenv("OPSMON_ENV_DIR"); d != "" {
		return d
	}
	return "environments"
}
