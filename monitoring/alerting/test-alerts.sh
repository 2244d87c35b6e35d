#!/usr/bin/env bash
# Rendered from render/amconfig/scripts/test-alerts.sh by render/amconfig: edit that file and re-render.
# Sends every alert of the Go catalog into a running Alertmanager and checks that each
# reaches exactly its severity's receivers, and that a firing higher-severity alert
# inhibits the lower ones of its service. Prints a table; exits 1 on any miss.
#
# Two ways to see deliveries:
#  - with a notification sink (the local environment): each notification's body at
#    the sink, per integration and receiver, and one notification per group;
#  - without one (staging, production, any stack whose receivers are real): from
#    Alertmanager itself: its per-integration counters before and after each
#    severity's alerts (alertmanager_notifications_total and _failed_total per
#    notification; alertmanager_notification_requests_total and _failed_total per
#    attempt: a failing receiver is retried, and its notification counts as failed
#    only once retries give up, so delivered = requests - failed requests), and its
#    API's routing (each alert's receivers) and inhibition (inhibitedBy).
#    Alertmanager 0.35's API has no notification-log endpoint; its counters are what
#    it records of each delivery attempt. Real receivers are notified: critical pages.
#
# Needs bash, curl and jq only. The expected table is the Go catalog's, rendered beside
# this script (test-alerts.expectations.json, for the environment the render was for);
# in a checkout, another environment's is computed with `go run`.
# Env: AM_URL (http://127.0.0.1:9093), AM_AUTH (user:password: opsmon and the
#      environment's alertmanager_web_password),
#      SINK_URL (http://127.0.0.1:9095 for a sink environment; set it empty to prove
#      delivery from Alertmanager instead), ENV_NAME (the expectations' environment),
#      EXPECTATIONS (a JSON file), SEVERITIES ("medium high critical none"),
#      WAIT seconds per phase (60).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
AM_URL=${AM_URL:-http://127.0.0.1:9093}
WAIT=${WAIT:-60}
SEVERITIES=${SEVERITIES:-medium high critical none}
run="opsmon-test-$(date +%s)"
failures=0
# The credentials go to curl in a config file of mode 0600 (mktemp), never on its
# command line.
auth=() authcfg=
if [ -n "${AM_AUTH:-}" ]; then
  authcfg=$(mktemp)
  printf 'user = "%s"\n' "$AM_AUTH" >"$authcfg"
  auth=(-K "$authcfg")
fi
am() { curl -fsS "${auth[@]}" "$AM_URL$1"; }

exp=$(mktemp)
trap 'rm -f "$exp" "$exp.failed" ${authcfg:+"$authcfg"}' EXIT
rendered=${EXPECTATIONS:-$here/test-alerts.expectations.json}
if [ -f "$rendered" ] && { [ -z "${ENV_NAME:-}" ] || [ "$(jq -r .environment "$rendered")" = "$ENV_NAME" ]; }; then
  cp "$rendered" "$exp"
elif [ -f "$here/../../go.mod" ] && command -v go >/dev/null; then
  (cd "$here/../.." && go run ./alerts/cmd/expectations -env "${ENV_NAME:-local}") >"$exp"
else
  echo "no expectations for environment ${ENV_NAME:-?}: render them (opsmon render -env NAME -out DIR) and set EXPECTATIONS" >&2
  exit 2
fi
ENV_NAME=$(jq -r .environment "$exp")
# A sink environment is checked at its sink unless SINK_URL is set empty.
if [ -z "${SINK_URL+set}" ] && [ "$(jq -r .notifications "$exp")" = sink ]; then SINK_URL=http://127.0.0.1:9095; fi
SINK_URL=${SINK_URL:-}
echo "environment $ENV_NAME, Alertmanager $AM_URL, deliveries read $([ -n "$SINK_URL" ] && echo "at the sink $SINK_URL" || echo "from Alertmanager's counters and API")"

am /-/ready >/dev/null || { echo "Alertmanager not ready at $AM_URL" >&2; exit 2; }
if [ -n "$SINK_URL" ]; then
  curl -fsS -X DELETE "$SINK_URL/deliveries" >/dev/null || { echo "notification sink not reachable at $SINK_URL (set SINK_URL= to prove delivery from Alertmanager)" >&2; exit 2; }
fi

active=$(am "/api/v2/alerts?active=true&inhibited=false&silenced=false" |
  jq -r '[.[] | select(.labels.severity=="critical" or .labels.severity=="high") | "\(.labels.alertname)/\(.labels.service)"] | join(", ")')
[ -z "$active" ] || echo "note: already firing, may inhibit lower severities of their service: $active"

# post NAMES_JSON TOKEN ENDS [ENVIRONMENT]: sends the named catalog alerts with
# instance=TOKEN, ending at ENDS (an RFC3339 time: in the future to fire, now to
# resolve), labelled with the environment as Prometheus's external labels do.
post() {
  jq --argjson names "$1" --arg tok "$2" --arg ends "$3" --arg env "${4:-$ENV_NAME}" '
    [ .alerts[] | select(.name as $n | $names | index($n)) |
      { labels: (.labels + {alertname: .name, instance: $tok, environment: $env}),
        annotations: { summary: "test-alerts.sh: \(.name)", description: "Synthetic alert sent by test-alerts.sh",
                       runbook_url: "https://github.com/magicunicorn/ops-center-monitoring/blob/main/docs/ALERT_RUNBOOK.md#\(.name | ascii_downcase)",
                       dashboard_url: "about:blank" },
        endsAt: $ends } ]' "$exp" |
    curl -fsS "${auth[@]}" -X POST -H 'Content-Type: application/json' --data-binary @- "$AM_URL/api/v2/alerts" >/dev/null
}

later() { date -u -d "+10 min" +%Y-%m-%dT%H:%M:%SZ; }
now() { date -u +%Y-%m-%dT%H:%M:%SZ; }
# The alert the grouping and environment phases fire twice.
first=$(jq -r '[.alerts[] | select(.severity=="medium" or .severity=="high")][0].name' "$exp")

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
  all=$(am /api/v2/alerts)
  jq -r --arg n "$1" --arg tok "$2" '
    [.[] | select(.labels.alertname==$n and .labels.instance==$tok) | .status.inhibitedBy[]] as $fps
    | [.[] | select(.fingerprint as $f | $fps | index($f)) | .labels.alertname] | unique | join(",")' <<<"$all"
}

expected() {
  jq -r --arg n "$1" '.alerts[] | select(.name==$n) | .receiver as $r | [.integrations[] | "\(.):\($r)"] | sort | join(" ")' "$exp"
}

row() { printf '%-34s %-9s %-52s %-52s %s\n' "$@"; }

if [ -z "$SINK_URL" ]; then
  # Deliveries proved from Alertmanager itself.
  # counts METRIC: "integration total" lines, summed over the other labels (reason,
  # receiver_name when that feature flag is on).
  counts() {
    am /metrics | awk -v m="$1" 'index($1, m "{") == 1 && match($1, /integration="[^"]*"/) {
        s[substr($1, RSTART + 13, RLENGTH - 14)] += $2 }
      END { for (i in s) printf "%s %d\n", i, s[i] }' | sort
  }
  # grew INTEGRATION BEFORE AFTER: how much a counter grew between two counts.
  grew() {
    local b a
    b=$(awk -v i="$1" '$1 == i { print $2 }' <<<"$2")
    a=$(awk -v i="$1" '$1 == i { print $2 }' <<<"$3")
    echo $((${a:-0} - ${b:-0}))
  }
  # routed NAME TOKEN: the receivers Alertmanager's API routes the test alert to.
  routed() {
    curl -fsS "${auth[@]}" -G "$AM_URL/api/v2/alerts" --data-urlencode "filter=alertname=\"$1\"" \
      --data-urlencode "filter=instance=\"$2\"" | jq -r '[.[].receivers[].name] | unique | join(" ")'
  }

  # Phase 1: routing and delivery, one severity at a time.
  row ALERT SEVERITY EXPECTED "ROUTED / SENT" RESULT
  for sev in $SEVERITIES; do
    names=$(jq -c --arg s "$sev" '[.alerts[] | select(.severity==$s) | .name]' "$exp")
    [ "$names" != "[]" ] || continue
    rcv=$(jq -r --arg s "$sev" '[.alerts[] | select(.severity==$s)][0].receiver' "$exp")
    integrations=$(jq -r --arg s "$sev" '[.alerts[] | select(.severity==$s)][0].integrations | join(" ")' "$exp")
    tok="$run-$sev"
    # A real alert of the same group already firing (the Watchdog always is) has
    # had its first notification: ours joins it, and is sent at the group's next
    # interval. Wait that long too.
    wait=$WAIT joined=$(am "/api/v2/alerts?active=true" | jq -r --argjson names "$names" --arg env "$ENV_NAME" '
      [.[] | select((.labels.instance // "" | startswith("opsmon-test-") | not) and .labels.environment == $env
        and (.labels.alertname as $n | $names | index($n))) | .labels.alertname] | unique | join(",")')
    if [ -n "$joined" ]; then
      wait=$((WAIT + $(jq -r '.group_interval_seconds // 0' "$exp")))
      echo "note: $joined already firing: the test alerts join its group, sent at its next interval (waiting up to ${wait}s)"
    fi
    sent0=$(counts alertmanager_notifications_total) failed0=$(counts alertmanager_notifications_failed_total)
    req0=$(counts alertmanager_notification_requests_total) reqf0=$(counts alertmanager_notification_requests_failed_total)
    post "$names" "$tok" "$(later)"
    deadline=$((SECONDS + wait))
    while :; do
      req1=$(counts alertmanager_notification_requests_total) reqf1=$(counts alertmanager_notification_requests_failed_total)
      done_all=1
      for i in $integrations; do
        [ $(($(grew "$i" "$req0" "$req1") - $(grew "$i" "$reqf0" "$reqf1"))) -ge 1 ] || done_all=0
      done
      [ $done_all = 0 ] && [ $SECONDS -lt $deadline ] || break
      sleep 1
    done
    sent1=$(counts alertmanager_notifications_total) failed1=$(counts alertmanager_notifications_failed_total)
    for n in $(jq -r '.[]' <<<"$names"); do
      got=$(routed "$n" "$tok")
      if [ "$got" = "$rcv" ]; then result=ok
      elif by=$(inhibitors "$n" "$tok") && [ -n "$by" ]; then result=inhibited got="$got (inhibited by firing $by)"
      else result=MISS; failures=$((failures + 1)); fi
      row "$n" "$sev" "$rcv" "${got:-not found}" "$result"
    done
    for i in $integrations; do
      s=$(grew "$i" "$sent0" "$sent1") f=$(grew "$i" "$failed0" "$failed1")
      d=$(($(grew "$i" "$req0" "$req1") - $(grew "$i" "$reqf0" "$reqf1"))) rf=$(grew "$i" "$reqf0" "$reqf1")
      if [ "$d" -ge 1 ] && [ "$f" = 0 ]; then result=ok; else result=MISS; failures=$((failures + 1)); fi
      row "  $rcv via $i" "$sev" "delivered >= 1, failed 0" "notified $s (failed $f), delivered $d (retried $rf)" "$result"
    done
    post "$names" "$tok" "$(now)"
  done

  # Phase 2: inhibition, read from the API: each lower alert is suppressed, inhibited
  # by the source. Only sources of the severities asked for (a critical one pages).
  # The API applies inhibition when it is read: a moment for the posts to land.
  quiet=${INHIBIT_WAIT:-2}
  jq -c '.inhibitions[]' "$exp" | while read -r scenario; do
    src=$(jq -r .source <<<"$scenario")
    src_sev=$(jq -r --arg n "$src" '.alerts[] | select(.name==$n) | .severity' "$exp")
    case " $SEVERITIES " in *" $src_sev "*) ;; *) continue ;; esac
    targets=$(jq -c .suppressed <<<"$scenario")
    itok="$run-inhibit-$src"
    post "[\"$src\"]" "$itok" "$(later)"
    post "$targets" "$itok" "$(later)"
    sleep "$quiet"
    leaked=""
    for n in $(jq -r '.[]' <<<"$targets"); do
      inhibitors "$n" "$itok" | grep -qw "$src" || leaked="$leaked $n"
    done
    if [ -z "$leaked" ]; then result=ok; else result=MISS; echo MISS >>"$exp.failed"; fi
    row "$src inhibits" inhibit "$(jq -r 'join(",")' <<<"$targets" | cut -c1-52)" "${leaked:-all inhibited}" "$result"
    post "[\"$src\"]" "$itok" "$(now)"
    post "$targets" "$itok" "$(now)"
  done
  echo "grouping into one notification is checked only at a sink"
else
# Phase 1: routing. One severity at a time, so no test alert inhibits another.
row ALERT SEVERITY EXPECTED DELIVERED RESULT
for sev in $SEVERITIES; do
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

fi

# Last phase: environments. One alert, fired in this environment and in another,
# makes two groups, each named by its environment (a resolve in one never closes
# the other's incident); at a sink, each Slack message names its environment.
etok="$run-env" other="opsmon-test-elsewhere"
post "[\"$first\"]" "$etok" "$(later)"
post "[\"$first\"]" "$etok" "$(later)" "$other"
sleep 1
groups=$(am /api/v2/alerts/groups | jq -r --arg tok "$etok" '
  [.[] | select(any(.alerts[]; .labels.instance==$tok)) | .labels.environment // "none"] | sort | join(" ")')
want=$(printf '%s\n' "$ENV_NAME" "$other" | sort | paste -sd' ' -)
if [ "$groups" = "$want" ]; then result=ok; else result=MISS; failures=$((failures + 1)); fi
row "$first (2 environments)" group_by "groups: $want" "groups: ${groups:-none}" "$result"
if [ -n "$SINK_URL" ]; then
  deadline=$((SECONDS + WAIT))
  named=""
  while :; do
    named=$(curl -fsS "$SINK_URL/deliveries" | jq -r --arg tok "$etok" '
      [.[] | select(.kind=="slack") | .body | select(contains($tok)) | fromjson | .attachments[0]
       | select(.text | test("\\*Environment:\\* \\S+")) | .title | capture("\\] (?<e>[^:]+):").e] | sort | join(" ")')
    [ "$named" != "$want" ] && [ $SECONDS -lt $deadline ] || break
    sleep 1
  done
  if [ "$named" = "$want" ]; then result=ok
  elif by=$(inhibitors "$first" "$etok") && [ -n "$by" ]; then result=inhibited named="$named (inhibited by firing $by)"
  else result=MISS; failures=$((failures + 1)); fi
  row "$first (2 environments)" template "slack titles: $want" "slack titles: ${named:-none}" "$result"
fi
post "[\"$first\"]" "$etok" "$(now)"
post "[\"$first\"]" "$etok" "$(now)" "$other"

if [ "$failures" -gt 0 ]; then
  echo "FAILED: $failures check(s) missed" >&2
  exit 1
fi
echo "all deliveries, groupings and inhibitions as expected"
