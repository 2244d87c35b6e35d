# Python virtual environment for the FastAPI metrics module's tests and benchmark ($CACHE/venv).
PY_REQS=(integrations/fastapi/requirements.txt integrations/fastapi/demo/requirements.txt integrations/fastapi/requirements-dev.txt)

step_hint_python_venv() { echo "about 1 min cold (pip from PyPI)"; }
step_key_python_venv() { (cd "$ROOT" && cat "${PY_REQS[@]}"; python3 --version) | sha256sum | cut -c1-16; }
step_present_python_venv() { [ -x "$CACHE/venv/bin/python" ] && "$CACHE/venv/bin/python" -c 'import fastapi, prometheus_client, pytest' 2>/dev/null; }
step_run_python_venv() {
  command -v python3 >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3; }
  # Debian's python3 has no ensurepip without python3-venv.
  python3 -c 'import ensurepip' 2>/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; }
  rm -rf "$CACHE/venv"
  python3 -m venv "$CACHE/venv"
  "$CACHE/venv/bin/pip" install -q --disable-pip-version-check -r "$ROOT/integrations/fastapi/requirements-dev.txt"
  "$CACHE/venv/bin/pip" check
}
