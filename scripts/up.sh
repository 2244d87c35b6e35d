#!/usr/bin/env bash
# make up: deploy the local environment, wait until every scrape target is up, and
# print where everything is.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/secrets.sh"
cd "$ROOT"
scripts/stack.sh deploy local
echo
secrets=$(secrets_file local)
echo "Local stack (ports on 127.0.0.1 only; Prometheus and Alertmanager log in user opsmon"
echo "with prometheus_web_password and alertmanager_web_password from $secrets):"
echo "  Prometheus         http://127.0.0.1:9090"
echo "  Alertmanager       http://127.0.0.1:9093"
echo "  Ops-Center demo    http://127.0.0.1:8084   (drive faults: POST /demo/mode)"
echo "  Notification sink  http://127.0.0.1:9095/deliveries"
echo "Not run locally (named exceptions):"
opsmon absent -env local | sed 's/^/  /'
echo
echo "Scrape targets:"
opsmon targets -url http://127.0.0.1:9090 -wait 3m -secrets "$secrets"
