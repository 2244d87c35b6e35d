#!/usr/bin/env bash
# Builds the demo backend image: images/demo-backend/build.sh TAG
# Env: BASE_IMAGE (default opsmon-local/debian:bookworm). Wheels for CPython 3.11 (Debian
# bookworm's python3) are downloaded on the host, cached by requirements hash, and installed in
# the image offline: docker build needs only the Debian mirror.
source "$(dirname "$0")/../../scripts/lib.sh"
TAG="${1:?usage: build.sh TAG}"
BASE_IMAGE="${BASE_IMAGE:-opsmon-local/debian:bookworm}"
SRC="$ROOT/integrations/fastapi"
CTX="$CACHE/images/demo-backend"

# demo/requirements.txt is compiled flat, every pin with its PyPI hashes (make python-requirements).
reqs="$(cat "$SRC/demo/requirements.txt")"
key="$(printf '%s' "$reqs" | sha256sum | cut -c1-16)"
wheels="$CACHE/wheels/demo-backend-$key"
if [ ! -f "$wheels/.complete" ]; then
  pip=(python3 -m pip); [ -x "$CACHE/venv/bin/pip" ] && pip=("$CACHE/venv/bin/pip")
  rm -rf "$wheels"; mkdir -p "$wheels"
  printf '%s\n' "$reqs" >"$wheels/requirements.txt"
  # glibc platforms up to bookworm's 2.36, so no wheel needs a newer libc than the image has.
  "${pip[@]}" download -q --require-hashes --only-binary=:all: --python-version 3.11 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    --platform linux_x86_64 -r "$wheels/requirements.txt" -d "$wheels"
  touch "$wheels/.complete"
fi

rm -rf "$CTX"; mkdir -p "$CTX/app" "$CTX/wheels"
cp "$ROOT/images/demo-backend/Dockerfile" "$CTX/"
printf '%s\n' "$reqs" >"$CTX/requirements.txt"
cp "$wheels"/*.whl "$CTX/wheels/"
cp -r "$SRC/ops_center_metrics" "$SRC/demo" "$CTX/app/"
cp "$SRC/demo/healthcheck.py" "$CTX/app/healthcheck.py"
find "$CTX/app" -name __pycache__ -prune -exec rm -rf {} +

# The legacy builder: no BuildKit features are used, and no buildx is needed.
DOCKER_BUILDKIT=0 docker build -q ${OPSMON_IMAGE_LABEL:+--label "$OPSMON_IMAGE_LABEL"} --build-arg BASE_IMAGE="$BASE_IMAGE" -t "$TAG" "$CTX" >/dev/null
log "built $TAG"
