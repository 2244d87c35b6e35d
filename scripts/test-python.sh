#!/usr/bin/env bash
# The FastAPI metrics module's pytest suite, in the venv from `scripts/setup.sh python_venv`.
# Extra arguments go to pytest (e.g. -k multiprocess).
source "$(dirname "$0")/lib.sh"
PY="$CACHE/venv/bin/python"
[ -x "$PY" ] || die "no Python venv; run: scripts/setup.sh python_venv"
cd "$ROOT/integrations/fastapi"
exec "$PY" -m pytest -q -p no:cacheprovider tests "$@"
