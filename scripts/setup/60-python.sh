# Python virtual environments for the FastAPI metrics package's tests and benchmark: the spec set
# ($CACHE/venv, requirements-dev.txt) and the newest set ($CACHE/venv-latest,
# requirements-latest.txt). Each step is keyed by its own requirement files.
PY_REQS=(integrations/fastapi/requirements.txt integrations/fastapi/demo/requirements.txt integrations/fastapi/requirements-dev.txt)
PY_REQS_LATEST=(integrations/fastapi/requirements-latest.txt)

py_key() { (cd "$ROOT" && cat "$@"; python3 --version) | sha256sum | cut -c1-16; }
py_present() { [ -x "$1/bin/python" ] && "$1/bin/python" -c 'import fastapi, prometheus_client, pytest, gunicorn' 2>/dev/null; }
py_build() { # venv dir, requirements file
  command -v python3 >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3; }
  # Debian's python3 has no ensurepip without python3-venv.
  python3 -c 'import ensurepip' 2>/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; }
  rm -rf "$1"
  python3 -m venv "$1"
  "$1/bin/pip" install -q --disable-pip-version-check -r "$ROOT/$2"
  "$1/bin/pip" check
}

step_hint_python_venv() { echo "about 1 min cold (pip from PyPI)"; }
step_key_python_venv() { py_key "${PY_REQS[@]}"; }
step_present_python_venv() { py_present "$CACHE/venv"; }
step_run_python_venv() { py_build "$CACHE/venv" integrations/fastapi/requirements-dev.txt; }

step_hint_python_venv_latest() { echo "about 1 min cold (pip from PyPI)"; }
step_key_python_venv_latest() { py_key "${PY_REQS_LATEST[@]}"; }
step_present_python_venv_latest() { py_present "$CACHE/venv-latest"; }
step_run_python_venv_latest() { py_build "$CACHE/venv-latest" integrations/fastapi/requirements-latest.txt; }
