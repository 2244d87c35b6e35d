#!/usr/bin/env bash
# scripts/e2e-lane.sh LANE TESTBIN [FLAGS...]: runs the compiled e2e tests (go test -c)
# as lane LANE (2 or more; e2e/share_test.go, laneOf), beside lane 1, which
# scripts/test.sh runs on this machine's engine. A lane is a copy of this tree
# against a Docker engine of its own, started in network, mount and PID namespaces
# of their own (the network one reaches only the machine's DNS resolvers): there
# 127.0.0.1 and /var/run/docker.sock are that engine's, so the lane's container
# names, published ports, networks and volumes never meet the first lane's, and its
# state, cdktf.out, secrets and builds are the copy's. When the lane ends, or its
# caller is killed, the namespaces end and everything in them with them.
source "$(dirname "$0")/lib.sh"
[ $# -ge 2 ] && [[ "$1" =~ ^[2-9]$ ]] || die "usage: scripts/e2e-lane.sh LANE(2-9) TESTBIN [FLAGS...]"
n=$1 bin=$2
shift 2
tree="$CACHE/e2e-lane$n/tree"

# The lane's network namespace reaches one thing outside: the machine's DNS
# resolvers, through a veth pair, so that its containers' embedded DNS answers an
# unknown name as on this machine's engine (NXDOMAIN, not a timeout: Thanos'
# endpoint discovery and the product-network checks depend on it). Nothing else of
# this machine, the first lane's containers included, is reachable from it.
# A namespace is named after its engine folder, opsmon-lane<N>-XXXXXX: the lane's
# number gives its pair's subnet, the suffix its interfaces' names (at most 15 bytes).
lane_net() { local l=${1#opsmon-lane}; echo "10.213.$((240 + ${l%%-*}))"; }
lane_veth() { local l=${1#opsmon-lane}; echo "ol${l%%-*}${2}${1: -6}"; }
lane_net_up() {
  local ns=$1 hv lv net r
  hv=$(lane_veth "$ns" h) lv=$(lane_veth "$ns" n) net=$(lane_net "$ns")
  ip netns add "$ns"
  ip link add "$hv" type veth peer name "$lv"
  ip link set "$lv" netns "$ns"
  ip addr add "$net.1/30" dev "$hv"
  ip link set "$hv" up
  ip -n "$ns" link set lo up
  ip -n "$ns" addr add "$net.2/30" dev "$lv"
  ip -n "$ns" link set "$lv" up
  ip -n "$ns" route add default via "$net.1"
  iptables -I INPUT -i "$hv" -j DROP
  iptables -I DOCKER-USER -i "$hv" -j DROP
  iptables -I DOCKER-USER -o "$hv" -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
  for r in $(awk '$1 == "nameserver" && $2 !~ /^127\./ {print $2}' /etc/resolv.conf); do
    iptables -I DOCKER-USER -i "$hv" -d "$r" -p udp --dport 53 -j ACCEPT
    iptables -I DOCKER-USER -i "$hv" -d "$r" -p tcp --dport 53 -j ACCEPT
  done
  iptables -t nat -I POSTROUTING -s "$net.2/32" -j MASQUERADE
}
# lane_net_down NS: the namespace (its end of the pair goes with it) and the rules.
lane_net_down() {
  local hv net rule
  hv=$(lane_veth "$1" h) net=$(lane_net "$1")
  ip netns del "$1" 2>/dev/null || true
  for t in filter nat; do
    iptables -t "$t" -S | grep -e " $hv " -e " $net.2/32 " | sed 's/^-A //' | while read -r rule; do
      eval "iptables -t $t -D $rule" 2>/dev/null || true
    done
  done
}

if [ "${OPSMON_LANE_ENGINE:-}" = "" ]; then
  [ -S /run/docker.sock ] || die "an e2e lane stands its engine in for /var/run/docker.sock, which is not a socket here"
  # The copy: this tree as it is, uncommitted changes included, without its cache,
  # state and synthesized stacks.
  rm -rf "$tree"
  mkdir -p "$tree/.cache"
  tar -C "$ROOT" --exclude=./.git --exclude=./.cache --exclude=./cdktf.out --exclude=./state -cf - . | tar -C "$tree" -xf -
  # A repository of its own, the copy committed as it is: saved plans are made only
  # from a clean commit (plan.sh with OPSMON_PLAN_OUT).
  (cd "$tree" && git init -q && git add -A && git -c user.name=opsmon-lane -c user.email=lane@localhost commit -qm "lane $n" --no-verify) \
    || die "could not commit the copy of the tree for lane $n"
  # Its cache: the toolchain and images this tree's setup made, linked; the setup
  # stamps, copied; builds, logs, secrets and SSH pins, its own.
  for d in bin own-bin provider-mirror images wheels venv venv-latest; do
    [ ! -e "$CACHE/$d" ] || ln -s "$(readlink -f "$CACHE/$d")" "$tree/.cache/$d"
  done
  cp -a "$CACHE/stamps" "$CACHE/tofurc" "$tree/.cache/"
  # An engine folder whose lane no longer holds its lock was left by a lane that was
  # killed: its engine died with its namespaces, and their mounts with them.
  for d in /tmp/opsmon-lane"$n"-*; do
    [ ! -d "$d" ] || ! flock -n "$d/lock" true || { lane_net_down "$(basename "$d")"; rm -rf "$d"; }
  done
  # The local images, saved once for every lane (one lane saves, the others wait for
  # it), and again only when one of them changed.
  (
    flock 8
    images=$(docker images --format '{{.Repository}}:{{.Tag}}' | grep '^opsmon-local/' | sort -u)
    key=$(docker image inspect -f '{{.Id}}' $images | sha256sum)
    if [ ! -s "$CACHE/e2e-images.tar" ] || [ "$(cat "$CACHE/e2e-images.key" 2>/dev/null)" != "$key" ]; then
      rm -f "$CACHE/e2e-images.key"
      docker save -o "$CACHE/e2e-images.tar" $images
      echo "$key" >"$CACHE/e2e-images.key"
    fi
  ) 8>"$CACHE/e2e-images.lock" || die "could not save the local images for the e2e lanes"
  # A short folder: the engine's socket paths are limited to 108 bytes.
  eng=$(mktemp -d "/tmp/opsmon-lane$n-XXXXXX")
  exec 9>"$eng/lock"
  flock 9
  ns=$(basename "$eng")
  trap 'lane_net_down "$ns"; rm -rf "$eng"' EXIT
  trap 'exit 143' TERM INT
  lane_net_up "$ns"
  rc=0
  OPSMON_LANE_ENGINE=$eng unshare --pid --mount-proc --kill-child --propagation private \
    nsenter --net="/run/netns/$ns" "$0" "$n" "$bin" "$@" || rc=$?
  exit "$rc"
fi

# Inside the namespaces, as their first process: it ignores a signal it has no
# handler for, so it takes one, and its exit ends everything in them.
trap 'exit 143' TERM INT
eng=$OPSMON_LANE_ENGINE
dockerd --data-root "$eng/data" --exec-root "$eng/exec" --pidfile "$eng/docker.pid" \
  -H "unix://$eng/docker.sock" >"$CACHE/logs/e2e-lane$n-dockerd.log" 2>&1 &
dockerd_pid=$!
for _ in $(seq 120); do
  DOCKER_HOST="unix://$eng/docker.sock" docker version >/dev/null 2>&1 && break
  sleep 0.5
done
DOCKER_HOST="unix://$eng/docker.sock" docker version >/dev/null 2>&1 \
  || die "lane $n's dockerd did not answer within 60s; see $CACHE/logs/e2e-lane$n-dockerd.log"
# The images setup built, moved from this machine's engine as a registry pull would:
# loaded from the archive the lanes share.
t0=$(date +%s)
DOCKER_HOST="unix://$eng/docker.sock" docker load -q -i "$CACHE/e2e-images.tar" >/dev/null \
  || die "could not load the images into lane $n's engine"
log "lane $n: engine up, images loaded in $(($(date +%s) - t0))s"
# From here on, this lane's engine is the machine's engine.
mount --bind "$eng/docker.sock" /run/docker.sock
export DOCKER_HOST=unix:///var/run/docker.sock
mkdir -p "$tree/.cache/tmp/test"
rc=0
t0=$SECONDS
(cd "$tree/e2e" && env -u OPSMON_CACHE OPSMON_E2E_LANE=$n OPSMON_DOCS_DIR="$ROOT/docs" \
  OPSMON_BIN="$tree/.cache/bin" TMPDIR="$tree/.cache/tmp/test" "$bin" "$@") || rc=$?
log "lane $n: tests done in $((SECONDS - t0))s"
# Stop the engine, so it stops its containers; the namespaces' end kills what is left.
kill "$dockerd_pid" 2>/dev/null || true
for _ in $(seq 60); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.5; done
exit "$rc"
