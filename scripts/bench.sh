#!/usr/bin/env bash
# make bench: times warm setup, synth, deploy, a no-op plan and destroy of the local
# stack (each once, wall clock), then the Python exporter benchmark; writes the
# figures with the machine's description into docs/BENCHMARKS.md.
source "$(dirname "$0")/lib.sh"
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

Cold setup is measured by CI's first run; see the step durations \`make setup\` prints.
<!-- stack-bench:end -->
MD
)
f=docs/BENCHMARKS.md
touch "$f"
python3 - "$f" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
pat = re.compile(r"<!-- stack-bench:start -->.*?<!-- stack-bench:end -->", re.S)
text = pat.sub(section, text) if pat.search(text) else text.rstrip() + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
scripts/bench-python.sh
echo "wrote $f"
