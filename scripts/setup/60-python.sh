# Python virtual environment for the FastAPI metrics module's tests and benchmark. It
# is built in the toolchain cache, keyed by the requirement files and Python's
# version, and $CACHE/venv links to it.
PY_REQS=(integrations/fastapi/requirements.txt integrations/fastapi/demo/requirements.txt integrations/fastapi/requirements-dev.txt)

step_hint_python_venv() { echo "about 1 min cold (pip from PyPI)"; }
step_key_python_venv() { toolcache_key python_venv "$(cd "$ROOT" && cat "${PY_REQS[@]}")" "$(python3 --version)"; }
step_present_python_venv() { [ -x "$CACHE/venv/bin/python" ] && "$CACHE/venv/bin/python" -c 'import fastapi, prometheus_client, pytest' 2>/dev/null; }
build_python_venv() {
  python3 -m venv "$1/venv"
  "$1/venv/bin/pip" install -q --disable-pip-version-check -r "$ROOT/integrations/fastapi/requirements-dev.txt"
  "$1/venv/bin/pip" check
}
verify_python_venv() { "$1/venv/bin/python" -c 'import fastapi, prometheus_client, pytest'; }
step_run_python_venv() {
  local dir; dir=$(toolcache_get python_venv "$(step_key_python_venv)") || return 1
  rm -rf "$CACHE/venv"
  ln -s "$dir/venv" "$CACHE/venv"
}
