#!/usr/bin/env bash
# Sends every alert of the Go catalog into a running Alertmanager and checks, at the
# local notification sink, that each reaches exactly its severity's receivers, that
# alerts of one group arrive in one notification, and that a firing higher-severity
# alert inhibits the lower ones of its service. Prints a table; exits 1 on any miss.
#
# The expected table comes from `go run ./alerts/cmd/expectations`: never a copy.
# Env: AM_URL (http://127.0.0.1:9093), SINK_URL (http://127.0.0.1:9095),
#      ENV_NAME (local), WAIT seconds per phase (60).
set -euo pipefail

AM_URL=${AM_URL:-http://127.0.0.1:9093}
SINK_URL=${SINK_URL:-http://127.0.0.1:9095}
ENV_NAME=${ENV_NAME:-local}
WAIT=${WAIT:-60}
repo=$(cd "$(dirname "$0")/../.." && pwd)
run="opsmon-test-$(date +%s)"
failures=0

exp=$(mktemp)
trap 'rm -f "$exp"' EXIT
(cd "$repo" && go run ./alerts/cmd/expectations -env "$ENV_NAME") >"$exp"

curl -fsS "$AM_URL/-/ready" >/dev/null || { echo "Alertmanager not ready at $AM_URL" >&2; exit 2; }
curl -fsS -X DELETE "$SINK_URL/deliveries" >/dev/null || { echo "notification sink not reachable at $SINK_URL" >&2; exit 2; }

active=$(curl -fsS "$AM_URL/api/v2/alerts?active=true&inhibited=false&silenced=false" |
  jq -r '[.[] | select(.labels.severity=="critical" or .labels.severity=="high") | "\(.labels.alertname)/\(.labels.service)"] | join(", ")')
[ -z "$active" ] || echo "note: already firing, may inhibit lower severities of their service: $active"

# post NAMES_JSON TOKEN ENDS: sends the named catalog alerts with instance=TOKEN,
# ending at ENDS (an RFC3339 time: in the future to fire, now to resolve).
post() {
  jq --argjson names "$1" --arg tok "$2" --arg ends "$3" '
    [ .alerts[] | select(.name as $n | $names | index($n)) |
      { labels: (.labels + {alertname: .name, instance: $tok}),
        annotations: { summary: "test-alerts.sh: \(.name)", description: "Synthetic alert sent by test-alerts.sh",
                       runbook_url: "https://github.com/magicunicorn/ops-center-monitoring/blob/main/docs/ALERT_RUNBOOK.md#\(.name | ascii_downcase)",
                       dashboard_url: "about:blank" },
        endsAt: $ends } ]' "$exp" |
    curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @- "$AM_URL/api/v2/alerts" >/dev/null
}

later() { date -u -d "+10 min" +%Y-%m-%dT%H:%M:%SZ; }
now() { date -u +%Y-%m-%dT%H:%M:%SZ; }

# delivered NAME TOKEN: the kind:receiver pairs whose bodies name the alert and token.
# Email bodies are quoted-printable: undo soft line breaks and "=3D" before matching.
delivered() {
  curl -fsS "$SINK_URL/deliveries" | jq -r --arg n "$1" --arg tok "$2" '
    .[] | (.body | gsub("=\r?\n"; "") | gsub("=3D"; "=")) as $b
    | select(($b | test("\\b" + $n + "\\b")) and ($b | contains($tok)))
    | "\(.kind):\(.receiver)"' | sort -u | paste -sd' ' -
}

# inhibitors NAME TOKEN: the alerts Alertmanager says inhibit the test alert (a real
# alert of higher severity firing for its service, e.g. a full disk on this host).
# Such a test alert is rightly delivered to nobody: reported, not counted as a miss.
inhibitors() {
  local all
  all=$(curl -fsS "$AM_URL/api/v2/alerts")
  jq -r --arg n "$1" --arg tok "$2" '
    [.[] | select(.labels.alertname==$n and .labels.instance==$tok) | .status.inhibitedBy[]] as $fps
    | [.[] | select(.fingerprint as $f | $fps | index($f)) | .labels.alertname] | unique | join(",")' <<<"$all"
}

expected() {
  jq -r --arg n "$1" '.alerts[] | select(.name==$n) | .receiver as $r | [.integrations[] | "\(.):\($r)"] | sort | join(" ")' "$exp"
}

row() { printf '%-34s %-9s %-52s %-52s %s\n' "$@"; }

# Phase 1: routing. One severity at a time, so no test alert inhibits another.
row ALERT SEVERITY EXPECTED DELIVERED RESULT
for sev in medium high critical none; do
  names=$(jq -c --arg s "$sev" '[.alerts[] | select(.severity==$s) | .name]' "$exp")
  [ "$names" != "[]" ] || continue
  tok="$run-$sev"
  post "$names" "$tok" "$(later)"
  deadline=$((SECONDS + WAIT))
  while :; do
    missing=0
    for n in $(jq -r '.[]' <<<"$names"); do
      [ "$(delivered "$n" "$tok")" = "$(expected "$n")" ] || [ -n "$(inhibitors "$n" "$tok")" ] || missing=1
    done
    [ $missing = 0 ] || [ $SECONDS -ge $deadline ] && break
    sleep 1
  done
  for n in $(jq -r '.[]' <<<"$names"); do
    want=$(expected "$n") got=$(delivered "$n" "$tok")
    if [ "$got" = "$want" ]; then result=ok
    elif [ -z "$got" ] && by=$(inhibitors "$n" "$tok") && [ -n "$by" ]; then result=inhibited got="none (inhibited by firing $by)"
    else result=MISS; failures=$((failures + 1)); fi
    row "$n" "$sev" "$want" "${got:-none}" "$result"
  done
  post "$names" "$tok" "$(now)"
done

# Phase 2: grouping. Two instances of one alert, posted together, arrive in one
# notification per integration.
first=$(jq -r '[.alerts[] | select(.severity=="medium" or .severity=="high")][0].name' "$exp")
gtok="$run-group"
post "[\"$first\"]" "$gtok-a" "$(later)"
post "[\"$first\"]" "$gtok-b" "$(later)"
deadline=$((SECONDS + WAIT))
until [ -n "$(delivered "$first" "$gtok-b")" ] || [ $SECONDS -ge $deadline ]; do sleep 1; done
sleep 2 # a second, split notification would arrive within group_wait
both=$(curl -fsS "$SINK_URL/deliveries" | jq -r --arg a "$gtok-a" --arg b "$gtok-b" '
  [.[] | select(.kind=="slack") | .body | select(contains($a) or contains($b))]
  | "\(length) \([.[] | select(contains($a) and contains($b))] | length)"')
if [ "$both" = "1 1" ]; then result=ok; else result=MISS; failures=$((failures + 1)); fi
row "$first (2 instances)" grouping "1 slack message naming both" "slack messages/joint: $both" "$result"
post "[\"$first\"]" "$gtok-a" "$(now)"
post "[\"$first\"]" "$gtok-b" "$(now)"

# Phase 3: inhibition. The source fires first; its service's lower alerts must stay quiet.
quiet=$(($(jq -r '.group_wait | sub("s$"; "") | tonumber? // 10' "$exp") * 3 + 5))
jq -c '.inhibitions[]' "$exp" | while read -r scenario; do
  src=$(jq -r .source <<<"$scenario")
  targets=$(jq -c .suppressed <<<"$scenario")
  itok="$run-inhibit-$src"
  post "[\"$src\"]" "$itok" "$(later)"
  deadline=$((SECONDS + WAIT))
  until [ -n "$(delivered "$src" "$itok")" ] || [ $SECONDS -ge $deadline ]; do sleep 1; done
  post "$targets" "$itok" "$(later)"
  sleep "$quiet"
  src_got=$(delivered "$src" "$itok")
  leaked=""
  for n in $(jq -r '.[]' <<<"$targets"); do
    [ -z "$(delivered "$n" "$itok")" ] || leaked="$leaked $n"
  done
  if [ -n "$src_got" ] && [ -z "$leaked" ]; then result=ok; else result=MISS; fi
  row "$src inhibits" inhibit "$(jq -r 'join(",")' <<<"$targets" | cut -c1-52)" "${leaked:-nothing leaked}" "$result"
  post "[\"$src\"]" "$itok" "$(now)"
  post "$targets" "$itok" "$(now)"
  [ "$result" = ok ] || echo MISS >>"$exp.failed"
done
if [ -f "$exp.failed" ]; then
  failures=$((failures + $(wc -l <"$exp.failed")))
  rm -f "$exp.failed"
fi

if [ "$failures" -gt 0 ]; then
  echo "FAILED: $failures check(s) missed" >&2
  exit 1
fi
echo "all deliveries, groupings and inhibitions as expected"
