# Python virtual environments for the FastAPI metrics package's tests and benchmark: the
# spec set ($CACHE/venv, requirements-dev.txt) and the newest set ($CACHE/venv-latest,
# requirements-latest.txt). Each is built in the toolchain cache, keyed by its own
# requirement file, py_build and Python's version, and $CACHE/venv* links to it.
# The files are compiled by `make python-requirements` from their .in files: every
# transitive dependency pinned with its PyPI hashes, so pip refuses any other file.
PY_REQS=(integrations/fastapi/requirements-dev.txt)
PY_REQS_LATEST=(integrations/fastapi/requirements-latest.txt)

py_key() { local step=$1; shift; toolcache_key "$step" "$(cd "$ROOT" && cat "$@")" "$(python3 --version)" "$(declare -f py_build)"; }
py_present() { [ -x "$1/bin/python" ] && "$1/bin/python" -c 'import fastapi, prometheus_client, pytest, gunicorn' 2>/dev/null; }
py_build() { # cache dir, requirements file
  python3 -m venv "$1/venv"
  "$1/venv/bin/pip" install -q --disable-pip-version-check --require-hashes -r "$ROOT/$2"
  "$1/venv/bin/pip" check
}
# py_link STEP LINK: LINK -> the cached venv of STEP.
py_link() {
  local dir; dir=$(toolcache_get "$1" "$(step_key_$1)") || return 1
  rm -rf "$2"
  ln -s "$dir/venv" "$2"
}

step_hint_python_venv() { echo "about 1 min cold (pip from PyPI)"; }
step_key_python_venv() { py_key python_venv "${PY_REQS[@]}"; }
step_present_python_venv() { py_present "$CACHE/venv"; }
build_python_venv() { py_build "$1" integrations/fastapi/requirements-dev.txt; }
verify_python_venv() { py_present "$1/venv"; }
step_run_python_venv() { py_link python_venv "$CACHE/venv"; }

step_hint_python_venv_latest() { echo "about 1 min cold (pip from PyPI)"; }
step_key_python_venv_latest() { py_key python_venv_latest "${PY_REQS_LATEST[@]}"; }
step_present_python_venv_latest() { py_present "$CACHE/venv-latest"; }
build_python_venv_latest() { py_build "$1" integrations/fastapi/requirements-latest.txt; }
verify_python_venv_latest() { py_present "$1/venv"; }
step_run_python_venv_latest() { py_link python_venv_latest "$CACHE/venv-latest"; }
