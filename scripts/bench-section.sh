# read_section FILE NAME: prints the section NAME of FILE, markers included ("" if absent).
read_section() {
  python3 - "$1" "$2" <<'PY'
import re, sys
m = re.search(r"<!-- %s:start -->.*?<!-- %s:end -->" % (sys.argv[2], sys.argv[2]), open(sys.argv[1]).read(), re.S)
print(m.group(0) if m else "")
PY
}

# write_section NAME TEXT [FILE]: replaces the <!-- NAME:start --> ... <!-- NAME:end -->
# section of docs/FILE (default BENCHMARKS.md) with TEXT (which carries the markers),
# or appends it. Sourced.
write_section() {
  local f="$ROOT/docs/${3:-BENCHMARKS.md}"
  touch "$f"
  python3 - "$f" "$1" "$2" <<'PY'
import re, sys
path, name, section = sys.argv[1:4]
text = open(path).read()
pat = re.compile(r"<!-- %s:start -->.*?<!-- %s:end -->" % (name, name), re.S)
text = pat.sub(lambda _: section, text) if pat.search(text) else text.rstrip() + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
}

# time_variants ROUNDS VARIANT...: runs cmd_VARIANT of each ROUNDS times, interleaved
# so that load on the machine falls on all alike, and prints a Markdown table of the
# median, min and max wall-clock seconds. A failing variant stops the bench.
time_variants() {
  local rounds=$1 r v t0; shift
  local -A runs
  for ((r = 0; r < rounds; r++)); do
    for v in "$@"; do
      t0=$(date +%s.%N)
      "cmd_$v" >/dev/null 2>&1 || die "bench variant $v failed"
      runs[$v]+="$(python3 -c "print(round($(date +%s.%N) - $t0, 2))") "
    done
  done
  echo "| step | median s | min s | max s | runs |"
  echo "|---|---|---|---|---|"
  for v in "$@"; do
    python3 - "$v" ${runs[$v]} <<'PY'
import statistics, sys
v, xs = sys.argv[1], [float(x) for x in sys.argv[2:]]
print(f"| {v} | {statistics.median(xs):.2f} | {min(xs):.2f} | {max(xs):.2f} | {len(xs)} |")
PY
  done
}
