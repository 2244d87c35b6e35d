# Local images: Go binaries in FROM-scratch images, Debian-based PostgreSQL and
# Redis stand-ins, the demo backend. Nothing is pulled: no registry is reachable.
LOCAL_PREFIX=opsmon-local
DEBIAN_BASE=$LOCAL_PREFIX/debian:bookworm

# name|tag|entrypoint binary|extra binaries|data dir owned by nobody
SCRATCH_IMAGES=(
  "prometheus|v$PROMETHEUS_VERSION|prometheus|promtool|/prometheus"
  "alertmanager|v$ALERTMANAGER_VERSION|alertmanager|amtool|/alertmanager"
  "node-exporter|v$NODE_EXPORTER_VERSION|node_exporter||"
  "postgres-exporter|v$POSTGRES_EXPORTER_VERSION|postgres_exporter||"
  "redis-exporter|v$REDIS_EXPORTER_VERSION|redis_exporter||"
  "blackbox-exporter|v$BLACKBOX_EXPORTER_VERSION|blackbox_exporter||"
  "thanos|v$THANOS_VERSION|thanos||/var/thanos"
  "seaweedfs|latest|weed||/data"
  "notification-sink|latest|notification-sink||"
)
DEBIAN_IMAGES=("postgresql|15" "redis|7.0" "docker-proxy|2.6")

all_local_images() {
  local spec
  for spec in "${SCRATCH_IMAGES[@]}"; do IFS='|' read -r n t _ <<<"$spec"; echo "$LOCAL_PREFIX/$n:$t"; done
  for spec in "${DEBIAN_IMAGES[@]}"; do IFS='|' read -r n t <<<"$spec"; echo "$LOCAL_PREFIX/$n:$t"; done
  [ -x "$ROOT/images/demo-backend/build.sh" ] && echo "$LOCAL_PREFIX/ops-center-demo:latest"
  return 0
}

# The images live in the engine, shared by every clone on the machine: each carries
# the key it was built for as a label, so a clone whose key matches skips the step.
IMAGE_KEY_LABEL=opsmon.setup-key
step_hint_images() { echo "about 3 min cold, seconds when only the project's code changed"; }
step_key_images() {
  (cd "$ROOT" && echo "$COMPONENT_VERSIONS" && cat scripts/versions.sh scripts/setup/20-gobuild.sh scripts/setup/50-images.sh \
    $(git ls-files images cmd sink integrations/fastapi 2>/dev/null) 2>/dev/null) | sha256sum | cut -c1-16
}
step_stamped_images() { step_present_images; }
step_present_images() {
  local img key; key=$(step_key_images)
  [ "${OPSMON_FORCE_IMAGES:-}" != 1 ] || return 1 # the cold budget run builds them anew
  for img in $(all_local_images); do
    [ "$(docker image inspect -f "{{index .Config.Labels \"$IMAGE_KEY_LABEL\"}}" "$img" 2>/dev/null)" = "$key" ] || return 1
  done
}
step_run_images() {
  local key; key=$(step_key_images)
  export OPSMON_IMAGE_LABEL="$IMAGE_KEY_LABEL=$key"
  mkdir -p "$CACHE/own-bin"
  (cd "$ROOT" && go build -trimpath -ldflags "-s -w" -o "$CACHE/own-bin/" ./cmd/healthcheck ./cmd/notification-sink)
  cp "$BIN"/{prometheus,promtool,alertmanager,amtool,node_exporter,postgres_exporter,redis_exporter,blackbox_exporter,thanos,weed} "$CACHE/own-bin/"
  local spec n t entry extra data
  for spec in "${SCRATCH_IMAGES[@]}"; do
    IFS='|' read -r n t entry extra data <<<"$spec"
    scratch_image "$n" "$t" "$entry" "$extra" "$data"
  done
  for spec in "${DEBIAN_IMAGES[@]}"; do
    IFS='|' read -r n t <<<"$spec"
    docker build -q --label "$OPSMON_IMAGE_LABEL" --build-arg BASE_IMAGE="$DEBIAN_BASE" -t "$LOCAL_PREFIX/$n:$t" "$ROOT/images/$n"
  done
  if [ -x "$ROOT/images/demo-backend/build.sh" ]; then
    BASE_IMAGE="$DEBIAN_BASE" "$ROOT/images/demo-backend/build.sh" "$LOCAL_PREFIX/ops-center-demo:latest"
  fi
}

# debian_base: a minbase bookworm image from debootstrap (about 40 s), built once per
# engine; setup runs it beside the Go builds.
step_hint_debian_base() { echo "about 1 min"; }
step_key_debian_base() { echo "$DEBIAN_BASE"; }
step_stamped_debian_base() { step_present_debian_base; }
step_present_debian_base() { docker image inspect "$DEBIAN_BASE" >/dev/null 2>&1; }
step_run_debian_base() {
  local dir="$CACHE/debian-rootfs"
  rm -rf "$dir"
  debootstrap --variant=minbase bookworm "$dir" http://deb.debian.org/debian
  tar -C "$dir" -c . | docker import - "$DEBIAN_BASE"
  rm -rf "$dir"
}

# scratch_image NAME TAG ENTRY EXTRA DATA: a static binary, its companions, the
# healthcheck, and the few files a scratch image lacks; runs as nobody.
scratch_image() {
  local n=$1 t=$2 entry=$3 extra=$4 data=$5 ctx="$CACHE/images/$1"
  rm -rf "$ctx"; mkdir -p "$ctx/rootfs/bin" "$ctx/rootfs/etc/ssl/certs" "$ctx/rootfs/tmp" "$ctx/data"
  cp "$ROOT"/images/scratch/{passwd,group,nsswitch.conf} "$ctx/rootfs/etc/"
  cp /etc/ssl/certs/ca-certificates.crt "$ctx/rootfs/etc/ssl/certs/"
  chmod 1777 "$ctx/rootfs/tmp"
  cp "$CACHE/own-bin/healthcheck" "$CACHE/own-bin/$entry" "$ctx/rootfs/bin/"
  [ -z "$extra" ] || cp "$CACHE/own-bin/$extra" "$ctx/rootfs/bin/"
  {
    echo "FROM scratch"
    echo "COPY rootfs/ /"
    [ -z "$data" ] || echo "COPY --chown=65534:65534 data/ $data/"
    echo "USER 65534:65534"
    echo "ENTRYPOINT [\"/bin/$entry\"]"
  } >"$ctx/Dockerfile"
  docker build -q --label "$OPSMON_IMAGE_LABEL" -t "$LOCAL_PREFIX/$n:$t" "$ctx"
}
