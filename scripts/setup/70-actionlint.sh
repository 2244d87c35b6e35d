# actionlint, to validate .github/workflows in make test.
step_hint_actionlint() { echo "about 30 s cold"; }
step_key_actionlint() { echo "$ACTIONLINT_MODULE"; }
step_present_actionlint() { [ -x "$BIN/actionlint" ]; }
step_run_actionlint() {
  local dir; dir="$(module_dir "$ACTIONLINT_MODULE")"
  (cd "$dir" && go build -trimpath -ldflags "-s -w" -o "$BIN/actionlint" ./cmd/actionlint)
}
