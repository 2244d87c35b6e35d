#!/usr/bin/env bash
# Benchmarks the FastAPI metrics exporter on both tested version sets ($CACHE/venv and
# $CACHE/venv-latest) and writes the result into docs/BENCHMARKS.md between the python-bench
# markers (other sections of that file are left as they are). BENCH_ROUNDS / BENCH_REQUESTS
# change the run's size.
source "$(dirname "$0")/lib.sh"
out="$CACHE/tmp/python-bench.md"
cd "$ROOT/integrations/fastapi"
for v in venv venv-latest; do
  [ -x "$CACHE/$v/bin/python" ] || die "no $CACHE/$v; run: scripts/setup.sh python_venv python_venv_latest"
done
PY="$CACHE/venv/bin/python"
{
  echo "## Python: FastAPI metrics exporter (\`scripts/bench-python.sh\`)"
  echo
  "$PY" bench/bench.py --header
  echo "Both tested version sets, one after the other. Paired rounds: each round runs the bare app,"
  echo "the exporter (\`instrument()\`) and the instrumentator's defaults back to back; ratios are taken"
  echo "within a round. Medians of the rounds' ratios with their interquartile range (IQR); an effect"
  echo "smaller than its IQR is reported as \"within noise\"."
  echo
  # Sequential, not side by side: the two runs would share the CPUs and blur each other.
  for v in venv venv-latest; do "$CACHE/$v/bin/python" bench/bench.py; done
} >"$out"
cat "$out"
"$PY" - "$ROOT/docs/BENCHMARKS.md" "$out" <<'PY'
import os, sys
doc, section = sys.argv[1], open(sys.argv[2]).read().strip()
start, end = "<!-- python-bench:start -->", "<!-- python-bench:end -->"
text = open(doc).read() if os.path.exists(doc) else "# Benchmarks\n"
block = f"{start}\n{section}\n{end}"
if start in text and end in text:
    head, rest = text.split(start, 1)
    text = head + block + rest.split(end, 1)[1]
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
os.makedirs(os.path.dirname(doc), exist_ok=True)
tmp = doc + ".tmp"
open(tmp, "w").write(text)
os.replace(tmp, doc)  # atomic: others write their own sections of the same file
PY
log "updated docs/BENCHMARKS.md (python-bench section)"
