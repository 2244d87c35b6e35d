//go:build e2e

package e2e

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// SECURITY.md's attack count adds the local attack suite (attack_test.go) and the
// attacks refused at the product's Traefik (traefik_test.go). The two are written
// by different tests, in different lanes: whichever writes last recounts, from the
// two tables as they then stand, under writeDocSection's lock.

// edgeAttackCount is how the edge table states its attacks, for the recount.
func edgeAttackCount(n int) string { return fmt.Sprintf("%d of them attacks, %d refused", n, n) }

var (
	suiteCount = regexp.MustCompile(`<!-- attack-suite:start -->[^<]*?\*\*(\d+) attacks tried, (\d+) refused\*\*`)
	edgeCount  = regexp.MustCompile(`<!-- edge-traefik:start -->[^<]*?(\d+) of them attacks, (\d+) refused`)
)

// attackCountSection is the attack-count section for SECURITY.md's text, or
// false when either table is missing its count.
func attackCountSection(text string) (string, bool) {
	s, e := suiteCount.FindStringSubmatch(text), edgeCount.FindStringSubmatch(text)
	if s == nil || e == nil {
		return "", false
	}
	n := func(v string) int { i, _ := strconv.Atoi(v); return i }
	tried, refused := n(s[1])+n(e[1]), n(s[2])+n(e[2])
	return fmt.Sprintf("<!-- attack-count:start -->\n%s: **%d attacks tried, %d refused**: %s in the attack suite against the local stack, %s at the product's Traefik in front of staging (both tables below, `make test`).\n<!-- attack-count:end -->",
		time.Now().UTC().Format("2006-01-02"), tried, refused, s[1], e[1]), true
}
