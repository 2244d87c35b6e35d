package checks

import (
	"bufio"
	"os"
	"regexp"
	"strings"
)

var (
	targetLine = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9_-]*):`)
	makeCall   = regexp.MustCompile(`\bmake ([a-z][a-z0-9-]*)`)
)

// makeTargets lists the targets a Makefile defines.
func makeTargets(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := targetLine.FindStringSubmatch(sc.Text()); m != nil {
			out[m[1]] = true
		}
	}
	return out, sc.Err()
}

// makeCalls lists the targets text invokes as `make <target>`.
func makeCalls(text string) []string {
	var out []string
	for _, m := range makeCall.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

// codeLines returns the lines inside fenced code blocks of a Markdown document.
func codeLines(md string) []string {
	var out []string
	in := false
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			in = !in
			continue
		}
		if in && strings.TrimSpace(line) != "" && !strings.HasPrefix(strings.TrimSpace(line), "#") {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}
