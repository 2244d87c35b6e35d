//go:build e2e

package e2e

import (
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// hostInterfaceMoves: node-exporter runs in the host's network namespace, so it
// reports the host's interfaces, among them the bridge of the monitoring network
// (br-<network id>), which no container's own namespace has. Bytes the test pulls
// from Prometheus's published port cross one of the stack's bridges into the host
// (the one Docker publishes the port through), and the bridges' received bytes
// grow by at least as much.
func hostInterfaceMoves(t *testing.T, env model.Environment) {
	out, err := exec.Command("docker", "network", "inspect", "-f", "{{.Id}}", env.MonitoringNetwork()).Output()
	if err != nil {
		t.Fatalf("docker network inspect %s: %v", env.MonitoringNetwork(), err)
	}
	device := "br-" + strings.TrimSpace(string(out))[:12]
	eventuallyHasData(t, 60*time.Second, "node-exporter reports the host's interface "+device,
		fmt.Sprintf(`node_network_receive_bytes_total{job="node",device=%q}`, device), "no series for "+device)
	expr := `sum(node_network_receive_bytes_total{job="node",device=~"br-.+"})`
	read := func() (float64, error) {
		res, err := query(expr)
		if err != nil || len(res) != 1 {
			return 0, fmt.Errorf("%s: %d series, %v", expr, len(res), err)
		}
		return strconv.ParseFloat(fmt.Sprint(res[0].Value[1]), 64)
	}
	var before float64
	eventually(t, 30*time.Second, 2*time.Second, "the bridges' received bytes", func() string {
		v, err := read()
		if err != nil {
			return err.Error()
		}
		before = v
		return ""
	})
	// At most 40 requests of every node_ series, about 10 MB in all here.
	pulled := 0
	for i := 0; i < 40 && pulled < 8<<20; i++ {
		req, err := http.NewRequest("GET", promURL+`/api/v1/query?query=`+`%7B__name__%3D~%22node_.%2B%22%7D`, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Uncompressed, so the bytes counted here are those on the wire.
		req.Header.Set("Accept-Encoding", "identity")
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		n, err := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		pulled += int(n)
	}
	eventually(t, 60*time.Second, 2*time.Second, fmt.Sprintf("the bridges received at least the %d bytes pulled", pulled), func() string {
		v, err := read()
		if err != nil {
			return err.Error()
		}
		if v-before < float64(pulled) {
			return fmt.Sprintf("received %.0f bytes since, fewer than the %d pulled", v-before, pulled)
		}
		t.Logf("the host's bridges received %.0f bytes while %d were pulled through them", v-before, pulled)
		return ""
	})
}
