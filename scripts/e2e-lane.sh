#!/usr/bin/env bash
# scripts/e2e-lane.sh TESTBIN [FLAGS...]: runs the compiled e2e tests (go test -c) as
# the second lane (e2e/share_test.go, secondLane), beside the first, which
# scripts/test.sh runs on this machine's engine. The lane is a copy of this tree
# against a Docker engine of its own, started in network, mount and PID namespaces
# of their own: there 127.0.0.1 and /var/run/docker.sock are that engine's, so the
# lane's container names, published ports, networks and volumes never meet the first
# lane's, and its state, cdktf.out, secrets and builds are the copy's. When the lane
# ends, or its caller is killed, the namespaces end and everything in them with them.
source "$(dirname "$0")/lib.sh"
lane="$CACHE/e2e-lane2"
tree="$lane/tree"
[ $# -ge 1 ] || die "usage: scripts/e2e-lane.sh TESTBIN [FLAGS...]"
bin=$1
shift

if [ "${OPSMON_LANE_ENGINE:-}" = "" ]; then
  [ -S /run/docker.sock ] || die "the second e2e lane stands its engine in for /var/run/docker.sock, which is not a socket here"
  # The copy: this tree as it is, uncommitted changes included, without its cache,
  # state and synthesized stacks.
  rm -rf "$tree"
  mkdir -p "$tree/.cache"
  tar -C "$ROOT" --exclude=./.git --exclude=./.cache --exclude=./cdktf.out --exclude=./state -cf - . | tar -C "$tree" -xf -
  # Its cache: the toolchain and images this tree's setup made, linked; the setup
  # stamps, copied; builds, logs, secrets and SSH pins, its own.
  for d in bin own-bin provider-mirror images wheels venv venv-latest; do
    [ ! -e "$CACHE/$d" ] || ln -s "$(readlink -f "$CACHE/$d")" "$tree/.cache/$d"
  done
  cp -a "$CACHE/stamps" "$CACHE/tofurc" "$tree/.cache/"
  # An engine folder whose lane no longer holds its lock was left by a lane that was
  # killed: its engine died with its namespaces, and their mounts with them.
  for d in /tmp/opsmon-lane2-*; do
    [ ! -d "$d" ] || ! flock -n "$d/lock" true || rm -rf "$d"
  done
  # A short folder: the engine's socket paths are limited to 108 bytes.
  eng=$(mktemp -d /tmp/opsmon-lane2-XXXXXX)
  exec 9>"$eng/lock"
  flock 9
  trap 'rm -rf "$eng"' EXIT
  trap 'exit 143' TERM INT
  rc=0
  OPSMON_LANE_ENGINE=$eng unshare --net --pid --mount-proc --kill-child --propagation private \
    "$0" "$bin" "$@" || rc=$?
  exit "$rc"
fi

# Inside the namespaces, as their first process.
eng=$OPSMON_LANE_ENGINE
ip link set lo up
dockerd --data-root "$eng/data" --exec-root "$eng/exec" --pidfile "$eng/docker.pid" \
  -H "unix://$eng/docker.sock" >"$CACHE/logs/e2e-lane2-dockerd.log" 2>&1 &
dockerd_pid=$!
for _ in $(seq 120); do
  DOCKER_HOST="unix://$eng/docker.sock" docker version >/dev/null 2>&1 && break
  sleep 0.5
done
DOCKER_HOST="unix://$eng/docker.sock" docker version >/dev/null 2>&1 \
  || die "the second lane's dockerd did not answer within 60s; see $CACHE/logs/e2e-lane2-dockerd.log"
# The images setup built, moved from this machine's engine as a registry pull would.
t0=$(date +%s)
images=$(docker images --format '{{.Repository}}:{{.Tag}}' | grep '^opsmon-local/' | sort -u)
docker save $images | DOCKER_HOST="unix://$eng/docker.sock" docker load -q >/dev/null \
  || die "could not load the images into the second lane's engine"
log "second lane: engine up, $(wc -w <<<"$images") images loaded in $(($(date +%s) - t0))s"
# From here on, this lane's engine is the machine's engine.
mount --bind "$eng/docker.sock" /run/docker.sock
export DOCKER_HOST=unix:///var/run/docker.sock
mkdir -p "$tree/.cache/tmp/test"
rc=0
(cd "$tree/e2e" && env -u OPSMON_CACHE OPSMON_E2E_LANE=2 OPSMON_DOCS_DIR="$ROOT/docs" \
  OPSMON_BIN="$tree/.cache/bin" TMPDIR="$tree/.cache/tmp/test" "$bin" "$@") || rc=$?
# Stop the engine, so it stops its containers; the namespaces' end kills what is left.
kill "$dockerd_pid" 2>/dev/null || true
for _ in $(seq 60); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.5; done
exit "$rc"
