# read_section FILE NAME: prints the section NAME of FILE, markers included ("" if absent).
read_section() {
  python3 - "$1" "$2" <<'PY'
import re, sys
m = re.search(r"<!-- %s:start -->.*?<!-- %s:end -->" % (sys.argv[2], sys.argv[2]), open(sys.argv[1]).read(), re.S)
print(m.group(0) if m else "")
PY
}

# write_section NAME TEXT: replaces the <!-- NAME:start --> ... <!-- NAME:end --> section
# of docs/BENCHMARKS.md with TEXT (which carries the markers), or appends it. Sourced.
write_section() {
  local f="$ROOT/docs/BENCHMARKS.md"
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
