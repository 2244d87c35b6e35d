# Debian packages setup needs, in one apt run (apt takes a lock, so the parallel
# steps after it install nothing), and the Docker engine.

# apt_missing: the packages this machine still lacks.
apt_missing() {
  local p
  for p in jq curl debootstrap patch; do command -v "$p" >/dev/null || echo "$p"; done
  command -v dockerd >/dev/null || docker info >/dev/null 2>&1 || echo docker.io
  python3 -c 'import ensurepip' 2>/dev/null || echo python3-venv # Debian's python3 lacks it
  # The least-privilege tests: the read-only Docker API proxy, a throwaway state
  # PostgreSQL (any major: Ubuntu has no postgresql-15), an SSH-reached engine.
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || echo haproxy
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || echo postgresql
  [ -x /usr/sbin/sshd ] || echo openssh-server
  command -v ip >/dev/null || echo iproute2 # a second engine's own bridge
  # The workflows' steps call sudo; act runs them on this host (e2e/act_test.go).
  command -v sudo >/dev/null || echo sudo
  # A compose client, for the e2e of the rendered docker-compose.monitoring.yml.
  docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null || echo docker-compose
}
step_hint_packages() { echo "about 1 min when docker.io must be installed"; }
step_key_packages() { echo "packages"; }
step_stamped_packages() { step_present_packages; }
step_present_packages() { [ -z "$(apt_missing)" ]; }
step_run_packages() {
  local pkgs; pkgs=$(apt_missing)
  [ -n "$pkgs" ] || return 0
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs
}

# A deploy machine's packages (setup.sh --profile deploy): the clients a plan and an
# apply run, no server.
deploy_missing() {
  local p
  for p in jq curl git python3 patch; do command -v "$p" >/dev/null || echo "$p"; done
  command -v docker >/dev/null || echo docker.io
  command -v ssh >/dev/null || echo openssh-client
}
step_hint_deploy_packages() { echo "about 1 min when the docker client must be installed"; }
step_key_deploy_packages() { echo "deploy-packages"; }
step_stamped_deploy_packages() { step_present_deploy_packages; }
step_present_deploy_packages() { [ -z "$(deploy_missing)" ]; }
step_run_deploy_packages() {
  local pkgs; pkgs=$(deploy_missing)
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs
}

# Docker engine: use one that answers; else start dockerd.
step_hint_docker_engine() { echo "seconds"; }
step_key_docker_engine() { echo "docker-engine"; }
step_stamped_docker_engine() { step_present_docker_engine; }
step_present_docker_engine() { docker info >/dev/null 2>&1; }
step_run_docker_engine() {
  # No systemd here: run the daemon detached so it outlives this script.
  setsid nohup dockerd >"$CACHE/logs/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "dockerd did not answer within 60s; see $CACHE/logs/dockerd.log"; return 1
}
