#!/usr/bin/env bash
# The make test budget, measured: clone HEAD into a temporary folder and run its
# `make setup`, then its tests, as a newcomer would. Writes the setup breakdown per
# step and both totals to docs/BENCHMARKS.md, and fails when a total is over budget.
#   scripts/bench-budget.sh          warm: this machine's toolchain cache, Go and npm caches
#   OPSMON_BENCH_COLD=1 scripts/...  cold: empty Go module, Go build, npm and toolchain
#                                    caches, and images rebuilt (a new machine, but for
#                                    apt packages and the Debian base image)
#   OPSMON_BENCH_RUNS=3 scripts/...  that many fresh clones in a row, each with its row;
#                                    the bench fails when any is over its budget
# The budgets are the README's: a fresh clone's make test within 20 minutes on a
# machine that built the toolchain once (its setup within 1 minute), 45 on a new one.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/bench-section.sh"
mode=warm; [ "${OPSMON_BENCH_COLD:-}" = 1 ] && mode=cold
declare -A budget=([warm_setup]=60 [warm_total]=1200 [cold_total]=2700)

# The clone is another checkout: the local stack's data volumes of this one (kept by
# make down) would make its tests refuse them, after minutes of setup. Say so first.
if left=$(docker volume ls -q --filter name='^opsmon-local-' 2>/dev/null) && [ -n "$left" ]; then
  die "this engine holds the local stack's volumes of another checkout ($(echo $left | wc -w), e.g. $(echo $left | cut -d' ' -f1)); the budget's fresh clone would refuse its data. Run make purge here first (it deletes the local stack's data), then the bench."
fi
runs=${OPSMON_BENCH_RUNS:-1}
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "OPSMON_BENCH_RUNS=$runs: give how many fresh clones to run in a row (1 or more)"
work=$(mktemp -d "${TMPDIR:-/tmp}/opsmon-budget-XXXXXX")
# The module cache is read-only: go clean removes it.
empty_caches() { [ ! -d "$work/gomod" ] || GOMODCACHE="$work/gomod" go clean -modcache; rm -rf "$work"/{gomod,gocache,npm,toolcache}; }
trap 'empty_caches; rm -rf "$work"' EXIT
envs=()
if [ "$mode" = cold ]; then
  envs=(GOMODCACHE="$work/gomod" GOCACHE="$work/gocache" npm_config_cache="$work/npm"
    OPSMON_TOOLCACHE="$work/toolcache" OPSMON_FORCE_IMAGES=1)
fi
clone_run() { (cd "$work/clone" && env "${envs[@]}" "$@"); }
verdict() { # verdict SECONDS BUDGET
  if [ "$1" -le "$2" ]; then echo "within budget ($2 s)"; else echo "**over budget ($2 s)**"; fi
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
over=0 lines= totals=()
for ((r = 1; r <= runs; r++)); do
  # Each run a new clone, and in cold mode new empty caches; each its own logs.
  rm -rf "$work/clone"; empty_caches
  [ "$mode" != cold ] || mkdir -p "$work/gomod" "$work/gocache" "$work/npm" "$work/toolcache"
  git clone -q "$ROOT" "$work/clone"
  t0=$(date +%s)
  clone_run make setup >"$CACHE/logs/budget-$mode-setup-$r.log" 2>&1 || die "run $r: setup failed; see $CACHE/logs/budget-$mode-setup-$r.log"
  t1=$(date +%s)
  clone_run scripts/test.sh >"$CACHE/logs/budget-$mode-test-$r.log" 2>&1 || die "run $r: tests failed; see $CACHE/logs/budget-$mode-test-$r.log"
  t2=$(date +%s)
  setup=$((t1 - t0)) total=$((t2 - t0))
  totals+=("$total")
  lines+="| $r of $runs: fresh clone, $mode | setup | $setup s | ${budget[${mode}_setup]:+$(verdict "$setup" "${budget[${mode}_setup]}")} |
| $r of $runs: fresh clone, $mode | make test in all | $total s | $(verdict "$total" "${budget[${mode}_total]}") |
"
  [ "$total" -le "${budget[${mode}_total]}" ] || over=1
  [ -z "${budget[${mode}_setup]:-}" ] || [ "$setup" -le "${budget[${mode}_setup]}" ] || over=1
  log "$mode run $r of $runs: setup ${setup}s, make test ${total}s"
done
# The clone's make test measured the e2e sections of docs (fault latency, the attack
# suite, ...) for this commit: they replace this checkout's, unless its docs hold
# uncommitted edits.
if git -C "$ROOT" diff --quiet HEAD -- docs; then
  cp "$work/clone/docs/BENCHMARKS.md" "$work/clone/docs/SECURITY.md" "$ROOT/docs/"
else
  log "docs/ has uncommitted changes here: the clone's measured sections are not copied"
fi

steps=$(awk -F'\t' '$1 != "total" { printf "| %s | %s | %s |\n", $1, $2, $3 }' "$work/clone/.cache/logs/setup-times.tsv")
spread=$(printf '%s\n' "${totals[@]}" | sort -n | awk '{a[NR]=$1} END {printf "make test in all: median %s s, %s-%s s over %d run(s)", a[int((NR+1)/2)], a[1], a[NR], NR}')

section=$(cat <<MD
<!-- budget-$mode:start -->
## make test budget, $mode (\`scripts/bench-budget.sh\`$([ "$mode" = cold ] && echo ", OPSMON_BENCH_COLD=1"))
$(date -u +%Y-%m-%d), commit $(git -C "$work/clone" rev-parse --short HEAD); machine: $(nproc) cores, load average at start $load_start. $runs run(s) in a row, wall clock; $spread.

| run | phase | seconds | budget |
|---|---|---|---|
${lines%$'\n'}

Setup steps of the last run ("cached": already done for this key, in the clone or the engine; "linked": from the toolchain cache; "ran": built or installed):

| step | seconds | |
|---|---|---|
$steps
<!-- budget-$mode:end -->
MD
)
write_section "budget-$mode" "$section"
# The clone's e2e measured the faults, restarts and the SSH bench (OPSMON_WRITE_BENCH):
# keep those sections of its docs/BENCHMARKS.md here.
for name in fault-latency restart-page remote-host; do
  part=$(read_section "$work/clone/docs/BENCHMARKS.md" "$name")
  [ -z "$part" ] || write_section "$name" "$part"
done
# ... and the attack suite's table in its docs/SECURITY.md.
part=$(read_section "$work/clone/docs/SECURITY.md" attack-suite)
[ -z "$part" ] || write_section attack-suite "$part" SECURITY.md
[ "$over" = 0 ] || die "make test from a fresh clone ($mode) is over its budget; see docs/BENCHMARKS.md"
