package sink

import (
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"net/smtp"
	"strings"
	"testing"
	"time"
)

var fixed = func() time.Time { return time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC) }

func TestHTTPDeliveriesAreRecordedByKindAndReceiver(t *testing.T) {
	store := NewStore(10)
	srv := httptest.NewServer(Handler(store, fixed))
	defer srv.Close()
	post(t, srv.URL+"/slack/critical", `{"text":"OpsCenterDown firing"}`, http.StatusOK)
	post(t, srv.URL+"/pagerduty/critical", `{"event_action":"trigger"}`, http.StatusAccepted)

	resp, err := http.Get(srv.URL + "/deliveries")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got []Delivery
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Kind != "slack" || got[0].Receiver != "critical" ||
		got[0].Body != `{"text":"OpsCenterDown firing"}` || got[1].Kind != "pagerduty" {
		t.Fatalf("deliveries = %+v", got)
	}
	req, _ := http.NewRequest(http.MethodDelete, srv.URL+"/deliveries", nil)
	if _, err := http.DefaultClient.Do(req); err != nil {
		t.Fatal(err)
	}
	if n := len(store.List()); n != 0 {
		t.Fatalf("after DELETE, %d deliveries remain", n)
	}
	if m := metricsText(store.Counts()); !strings.Contains(m, `notification_sink_deliveries_total{kind="slack",receiver="critical"} 1`) {
		t.Fatalf("metrics lost the count after reset:\n%s", m)
	}
}

func TestSMTPDeliveryNamesReceiverFromHeader(t *testing.T) {
	store := NewStore(10)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := NewSMTPServer(ln.Addr().String(), store, fixed)
	go srv.Serve(ln)
	defer srv.Close()
	msg := "From: am@localhost\r\nTo: ops@magicunicorn.tech\r\nX-Opsmon-Receiver: high\r\nSubject: HighErrorRate\r\n\r\nbody\r\n"
	if err := smtp.SendMail(ln.Addr().String(), nil, "am@localhost", []string{"ops@magicunicorn.tech"}, []byte(msg)); err != nil {
		t.Fatal(err)
	}
	got := store.List()
	if len(got) != 1 || got[0].Kind != "email" || got[0].Receiver != "high" || !strings.Contains(got[0].Body, "Subject: HighErrorRate") {
		t.Fatalf("deliveries = %+v", got)
	}
}

func TestStoreIsBounded(t *testing.T) {
	store := NewStore(3)
	for i := 0; i < 5; i++ {
		store.Add(Delivery{Kind: "webhook", Receiver: string(rune('a' + i))})
	}
	got := store.List()
	if len(got) != 3 || got[0].Receiver != "c" || got[2].Receiver != "e" {
		t.Fatalf("store kept %+v, want the newest three", got)
	}
}

func post(t *testing.T, url, body string, want int) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != want {
		t.Fatalf("POST %s: status %d, want %d", url, resp.StatusCode, want)
	}
}
