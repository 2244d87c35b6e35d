# Docker engine: use one that answers; else install docker.io (Debian) and start dockerd.
step_hint_docker_engine() { echo "about 1 min when docker.io must be installed"; }
step_key_docker_engine() { echo "docker-engine"; }
step_present_docker_engine() {
  docker info >/dev/null 2>&1 && command -v jq >/dev/null && command -v curl >/dev/null &&
    { docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null; }
}
step_run_docker_engine() {
  # Tools the scripts use besides Docker (test-alerts.sh reads JSON with jq), and a
  # compose client for the e2e of the rendered docker-compose.monitoring.yml.
  local pkgs=()
  for p in jq curl; do command -v "$p" >/dev/null || pkgs+=("$p"); done
  docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null || pkgs+=(docker-compose)
  if [ ${#pkgs[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}"
  fi
  if docker info >/dev/null 2>&1; then return 0; fi
  if ! command -v dockerd >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io
  fi
  # No systemd here: run the daemon detached so it outlives this script.
  setsid nohup dockerd >"$CACHE/logs/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "dockerd did not answer within 60s; see $CACHE/logs/dockerd.log"; return 1
}
