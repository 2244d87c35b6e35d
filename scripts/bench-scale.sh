#!/usr/bin/env bash
# scripts/bench-scale.sh [HOSTS]: an HA pair of Prometheus replicas (the release
# make setup built) scraping synthetic node_exporter-like hosts on 127.0.0.1, at 10,
# 100 and 500 hosts by default ("10,100,500"): each replica's ingestion and memory
# per active series, and the latency of the dashboards' host queries against each
# replica and through Thanos Query deduplicating the pair (a sidecar on each).
# Writes docs/BENCHMARKS.md (scale). Run it on an idle machine: it takes about 3
# minutes per host count.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/bench-section.sh"
hosts=${1:-10,100,500}
[ -x "$BIN/prometheus" ] || die "no $BIN/prometheus; run make setup first"
[ -x "$BIN/thanos" ] || die "no $BIN/thanos; run make setup first"
cd "$ROOT"
table=$(go run ./bench/scale -prometheus "$BIN/prometheus" -thanos "$BIN/thanos" -hosts "$hosts" \
  -rules "$ROOT/monitoring/prometheus/recording-rules.yml,$ROOT/monitoring/prometheus/alert-rules.yml") || die "the scale bench failed (see above)"
section=$(cat <<MD
<!-- scale:start -->
## Scale: an HA pair of Prometheus against many hosts (\`scripts/bench-scale.sh $hosts\`)
$(date -u +%Y-%m-%d); machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load average at start $(cut -d' ' -f1-3 /proc/loadavg); Prometheus $("$BIN/prometheus" --version 2>&1 | awk 'NR==1{print $3}'), Thanos $("$BIN/thanos" --version 2>&1 | awk 'NR==1{print $3}').
$table

These hosts are scrape targets; \`make plan\` as Docker hosts (\`hosts:\`) grow is the
plan-hosts section (\`scripts/bench-plan-hosts.sh\`).
<!-- scale:end -->
MD
)
write_section scale "$section"
echo "$section"
