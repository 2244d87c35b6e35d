#!/usr/bin/env bash
# Capture the metric names each exporter really exposes, from the binaries setup builds
# into .cache/bin, so the dashboard linter checks queries against facts, not memory.
# Each runs on 127.0.0.1 with a free port; PostgreSQL and Redis come from the local
# stand-in images (docker) so the database and cache collectors have something to read.
# Writes lint/inventory/<exporter>.txt; commit the result. Usage: lint/inventory/capture.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BIN="${BIN:-$ROOT/.cache/bin}"
OUT="$ROOT/lint/inventory"
WORK="$(mktemp -d)"
PIDS=()
CONTAINERS=()

cleanup() {
  local p c
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for c in "${CONTAINERS[@]}"; do docker rm -fv "$c" >/dev/null 2>&1 || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_for() { # URL: retries for about 20 s
  local i; for i in $(seq 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done
  echo "capture: no answer from $1" >&2; return 1
}

start() { # NAME ARGS...: run a binary from BIN in the background
  local name="$1"; shift
  "$BIN/$name" "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=("$!")
}

# names URL...: the metric names in the exposition at each URL, one a line.
names() { local u; for u in "$@"; do curl -fsS "$u"; done | grep -v '^#' | sed -E 's/[{ ].*//' | grep . | sort -u; }

save() { # FILE SOURCE: stdin to lint/inventory/FILE with a header naming the source
  { echo "# Metric names exposed by $2, captured by lint/inventory/capture.sh."; cat; } >"$OUT/$1"
  echo "capture: $1 $(grep -vc '^#' "$OUT/$1") names"
}

version_of() { "$BIN/$1" --version 2>&1 | grep -oE '[vV]?[0-9]+\.[0-9]+\.[0-9]+' | head -1 | sed "s/^/$1 /"; }

# Prometheus: its own /metrics plus the series it writes itself (up, scrape_*, ALERTS),
# read back from the TSDB after a rule that always fires has been evaluated.
prom_port="$(free_port)"
mkdir -p "$WORK/prom"
cat >"$WORK/prom/rules.yml" <<'YML'
groups:
  - name: capture
    rules:
      - alert: CaptureAlwaysFiring
        expr: vector(1)
        for: 1s
YML
cat >"$WORK/prom/prometheus.yml" <<YML
global: {scrape_interval: 1s, evaluation_interval: 1s}
rule_files: [$WORK/prom/rules.yml]
scrape_configs: [{job_name: self, static_configs: [{targets: ["127.0.0.1:$prom_port"]}]}]
YML
start prometheus --config.file="$WORK/prom/prometheus.yml" --storage.tsdb.path="$WORK/prom/data" \
  --web.listen-address="127.0.0.1:$prom_port"
wait_for "http://127.0.0.1:$prom_port/-/ready"
# Targets are synced every 5 s and the first scrape comes after that: wait for `up`.
for _ in $(seq 60); do
  curl -fsS "http://127.0.0.1:$prom_port/api/v1/label/__name__/values" | grep -q '"up"' && break; sleep 0.5
done
sleep 2
{
  names "http://127.0.0.1:$prom_port/metrics"
  curl -fsS "http://127.0.0.1:$prom_port/api/v1/label/__name__/values" |
    python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)["data"]))'
} | sort -u | save prometheus.txt "$(version_of prometheus)"

am_port="$(free_port)"
printf 'route: {receiver: none}\nreceivers: [{name: none}]\n' >"$WORK/am.yml"
start alertmanager --config.file="$WORK/am.yml" --storage.path="$WORK/am" \
  --web.listen-address="127.0.0.1:$am_port" --cluster.listen-address=
wait_for "http://127.0.0.1:$am_port/-/ready"
names "http://127.0.0.1:$am_port/metrics" | save alertmanager.txt "$(version_of alertmanager)"

node_port="$(free_port)"
start node_exporter --web.listen-address="127.0.0.1:$node_port"
wait_for "http://127.0.0.1:$node_port/metrics"
names "http://127.0.0.1:$node_port/metrics" | save node_exporter.txt "$(version_of node_exporter)"

bb_port="$(free_port)"
printf 'modules:\n  http_2xx: {prober: http, timeout: 5s}\n' >"$WORK/blackbox.yml"
start blackbox_exporter --config.file="$WORK/blackbox.yml" --web.listen-address="127.0.0.1:$bb_port"
wait_for "http://127.0.0.1:$bb_port/metrics"
names "http://127.0.0.1:$bb_port/metrics" \
  "http://127.0.0.1:$bb_port/probe?module=http_2xx&target=http://127.0.0.1:$prom_port/-/healthy" |
  save blackbox_exporter.txt "$(version_of blackbox_exporter)"

# PostgreSQL stand-in with one table that has seen reads and writes, so the per-table
# and per-database collectors have rows to report.
pg_port="$(free_port)"
pg_name="capture-postgres-$$"
CONTAINERS+=("$pg_name")
docker run -d --name "$pg_name" -p "127.0.0.1:$pg_port:5432" -e POSTGRES_PASSWORD=capture \
  -e OPSCENTER_DB_PASSWORD=capture -e EXPORTER_DB_PASSWORD=capture opsmon-local/postgresql:15 >/dev/null
for _ in $(seq 100); do PGPASSWORD=capture psql -h 127.0.0.1 -p "$pg_port" -U postgres -c 'select 1' >/dev/null 2>&1 && break; sleep 0.3; done
PGPASSWORD=capture psql -q -h 127.0.0.1 -p "$pg_port" -U opscenter opscenter \
  -c 'create table capture(id int primary key, v text); insert into capture select g, g::text from generate_series(1, 100) g; select count(*) from capture;' >/dev/null
pge_port="$(free_port)"
DATA_SOURCE_NAME="postgresql://postgres_exporter:capture@127.0.0.1:$pg_port/opscenter?sslmode=disable" \
  start postgres_exporter --web.listen-address="127.0.0.1:$pge_port"
wait_for "http://127.0.0.1:$pge_port/metrics"
names "http://127.0.0.1:$pge_port/metrics" | save postgres_exporter.txt "$(version_of postgres_exporter)"

redis_port="$(free_port)"
redis_name="capture-redis-$$"
CONTAINERS+=("$redis_name")
docker run -d --name "$redis_name" -p "127.0.0.1:$redis_port:6379" opsmon-local/redis:7.0 >/dev/null
for _ in $(seq 100); do docker exec "$redis_name" redis-cli ping >/dev/null 2>&1 && break; sleep 0.3; done
docker exec "$redis_name" sh -c 'redis-cli set capture 1 >/dev/null; redis-cli get capture >/dev/null; redis-cli get missing >/dev/null'
re_port="$(free_port)"
start redis_exporter --redis.addr="redis://127.0.0.1:$redis_port" --web.listen-address="127.0.0.1:$re_port"
wait_for "http://127.0.0.1:$re_port/metrics"
names "http://127.0.0.1:$re_port/metrics" | save redis_exporter.txt "$(version_of redis_exporter)"
