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

// codeLines returns the lines inside fenced command blocks of a Markdown document:
// blocks marked sh or bash, or unmarked; a yaml or other block shows a file, not commands.
func codeLines(md string) []string {
	var out []string
	in, commands := false, false
	for _, line := range strings.Split(md, "\n") {
		if fence, ok := strings.CutPrefix(strings.TrimSpace(line), "```"); ok {
			in = !in
			commands = in && (fence == "" || fence == "sh" || fence == "bash")
			continue
		}
		if in && commands && strings.TrimSpace(line) != "" && !strings.HasPrefix(strings.TrimSpace(line), "#") {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}
