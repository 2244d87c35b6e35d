#!/usr/bin/env bash
# Benchmarks the FastAPI metrics middleware and writes the result into docs/BENCHMARKS.md
# between the python-bench markers (other sections of that file are left as they are).
source "$(dirname "$0")/lib.sh"
PY="$CACHE/venv/bin/python"
[ -x "$PY" ] || die "no Python venv; run: scripts/setup.sh python_venv"
out="$CACHE/tmp/python-bench.md"
(cd "$ROOT/integrations/fastapi" && "$PY" bench/bench.py) >"$out"
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
