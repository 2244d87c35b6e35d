// Command notification-sink runs the local environment's notification sink:
// HTTP on :9095 (Slack, PagerDuty, webhook, and the read API) and SMTP on :2525.
package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/magicunicorn/ops-center-monitoring/sink"
)

func main() {
	store := sink.NewStore(10000)
	httpAddr, smtpAddr := env("SINK_HTTP_ADDR", ":9095"), env("SINK_SMTP_ADDR", ":2525")
	go func() {
		log.Printf("smtp on %s", smtpAddr)
		log.Fatal(sink.NewSMTPServer(smtpAddr, store, time.Now).ListenAndServe())
	}()
	log.Printf("http on %s", httpAddr)
	srv := &http.Server{Addr: httpAddr, Handler: sink.Handler(store, time.Now), ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
