#!/usr/bin/env bash
# make bench: times warm setup, synth, deploy, a no-op plan and destroy of the local
# stack (each once, wall clock), then the Python exporter benchmark; writes the
# figures with the machine's description into docs/BENCHMARKS.md.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/bench-section.sh"
cd "$ROOT"
declare -A secs
timed() { local name=$1; shift; local t0; t0=$(date +%s.%N); "$@" >"$CACHE/logs/bench-$name.log" 2>&1 || die "bench step $name failed; see $CACHE/logs/bench-$name.log"; secs[$name]=$(python3 -c "print(round($(date +%s.%N) - $t0, 1))"); }
timed setup_warm scripts/setup.sh
timed synth scripts/stack.sh synth local
timed deploy scripts/stack.sh deploy local
timed noop_plan scripts/stack.sh plan-check local
timed destroy scripts/stack.sh destroy local
section=$(cat <<MD
<!-- stack-bench:start -->
## Local stack lifecycle (\`make bench\`)
Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); Docker $(docker version -f '{{.Server.Version}}'). One run each, wall clock.

| step | seconds |
|---|---|
| setup, warm (everything cached) | ${secs[setup_warm]} |
| cdktf synth (all stacks) | ${secs[synth]} |
| deploy local-host (from nothing) | ${secs[deploy]} |
| no-op plan | ${secs[noop_plan]} |
| destroy (data volumes kept) | ${secs[destroy]} |

Setup from a fresh clone, cold and warm, is in the budget section below.
<!-- stack-bench:end -->
MD
)
write_section stack-bench "$section"
scripts/bench-python.sh
scripts/bench-budget.sh
echo "wrote docs/BENCHMARKS.md"
