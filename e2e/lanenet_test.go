//go:build e2e

package e2e

import (
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLaneReachesOnlyTheResolvers: a lane other than 1 (scripts/e2e-lane.sh) reaches
// the machine's DNS resolvers through its veth pair, and nothing else of the machine:
// a name no one knows gets a prompt "no such host" from the resolver, while a
// connection to the pair's other end, an address of the machine itself where nothing
// listens, is dropped (a timeout) instead of refused, as it would be without the
// lane's INPUT rule.
func TestLaneReachesOnlyTheResolvers(t *testing.T) {
	uses(t)
	if os.Getenv("OPSMON_E2E_LANE") == "" {
		t.Skip("checks a lane of scripts/test.sh; outside one there is no lane network")
	}
	out, err := exec.Command("ip", "-4", "route", "show", "default").Output()
	f := strings.Fields(string(out))
	if err != nil || len(f) < 3 || f[0] != "default" || f[1] != "via" {
		t.Fatalf("the lane has no default route through its pair: %q %v", out, err)
	}
	gateway := f[2]

	resolvers := resolversOf(t, "/etc/resolv.conf")
	for _, r := range resolvers {
		res := &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, network, net.JoinHostPort(r, "53"))
		}}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err := res.LookupHost(ctx, "opsmon-lane-probe.invalid")
		cancel()
		var dnsErr *net.DNSError
		if !errors.As(err, &dnsErr) || !dnsErr.IsNotFound {
			t.Errorf("resolver %s: an unknown name gave %v; want a prompt not-found answer", r, err)
		}
	}

	conn, err := net.DialTimeout("tcp", net.JoinHostPort(gateway, "1"), 3*time.Second)
	switch {
	case err == nil:
		conn.Close()
		t.Errorf("the machine's end of the pair (%s:1) accepted a connection from the lane", gateway)
	case errors.Is(err, syscall.ECONNREFUSED):
		t.Errorf("the machine's end of the pair (%s:1) refused the connection: the machine answers the lane, its INPUT rule is missing", gateway)
	default:
		t.Logf("%s:1 from the lane: %v (dropped, as wanted)", gateway, err)
	}
}

func resolversOf(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rs []string
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "nameserver" && !strings.HasPrefix(f[1], "127.") {
			rs = append(rs, f[1])
		}
	}
	if len(rs) == 0 {
		t.Skipf("%s names no resolver outside 127.0.0.0/8: the lane has none to reach", path)
	}
	return rs
}
