# The Docker engine an environment deploys to, sourced by stack.sh and the secrets
# scripts after describe_env. An ssh:// engine gets an ssh on PATH whose config pins
# the environment file's host key, never prompts and uses OPSMON_SSH_KEY when set;
# the docker CLI and the provider both run it. The engine must answer before
# anything is planned, pushed or applied.

# use_engine ENV [STACK...]: export DOCKER_HOST for ENV's own engine and check it
# answers, and the engine of each further host whose stack is named (each of
# AGENT_HOSTS when no stack is): a further host that is down stops only its own
# stack. Sets HOSTS_IN_USE, the further hosts (name=url) whose secrets a push places.
use_engine() {
  local env=$1 h; shift
  check_engine "$env" "$ENGINE_HOST"
  HOSTS_IN_USE=
  for h in $AGENT_HOSTS; do
    [ $# -eq 0 ] || [[ " $* " == *" $env-agents-${h%%=*} "* ]] || continue
    check_engine "$env" "${h#*=}" "hosts[].docker of host ${h%%=*} in environments/$env.yaml (to plan or deploy the other stacks meanwhile, name them: scripts/stack.sh diff $env $env-host)"
    HOSTS_IN_USE="$HOSTS_IN_USE $h"
  done
  export DOCKER_HOST="$ENGINE_HOST"
}

# agent_engine NAME: the engine URL of further host NAME (AGENT_HOSTS).
agent_engine() {
  local h
  for h in $AGENT_HOSTS; do
    [ "${h%%=*}" != "$1" ] || { echo "${h#*=}"; return 0; }
  done
  die "no further host $1 in AGENT_HOSTS"
}

# check_engine ENV URL [WHAT]: the engine at URL answers (DOCKER_HOST set to it).
check_engine() {
  local env=$1 url=$2 what=${3:-docker.host in environments/$1.yaml} dir="$CACHE/ssh/$1" out
  local DOCKER_HOST=$url ENGINE_HOST=$url
  export DOCKER_HOST
  if [ -n "$ENGINE_KNOWN_HOSTS" ]; then
    [ -z "${OPSMON_SSH_KEY:-}" ] || [ -r "$OPSMON_SSH_KEY" ] \
      || die "environment $env: OPSMON_SSH_KEY=$OPSMON_SSH_KEY is not a readable file; point it at the private key for $ENGINE_HOST, or unset it to use ssh-agent. Nothing was applied."
    mkdir -p "$dir/bin"; chmod 700 "$dir"
    printf '%s\n' "$ENGINE_KNOWN_HOSTS" >"$dir/known_hosts"
    {
      echo "UserKnownHostsFile $dir/known_hosts"
      echo "GlobalKnownHostsFile /dev/null"
      echo "StrictHostKeyChecking yes"
      echo "BatchMode yes"
      echo "ConnectTimeout 10"
      if [ -n "${OPSMON_SSH_KEY:-}" ]; then echo "IdentityFile $OPSMON_SSH_KEY"; echo "IdentitiesOnly yes"; fi
    } >"$dir/config"
    local real; real=$(PATH="${PATH//$dir\/bin:/}" command -v ssh) || die "environment $env deploys over SSH ($ENGINE_HOST) but ssh is not installed (apt-get install openssh-client)"
    # OPSMON_SSH_USER (the plan jobs: the plan key's own user) logs in as another
    # user than docker.host names: ssh takes the first user it is given, so -o User
    # before the docker client's -l wins. The synthesized provider, and so a saved
    # plan, keep docker.host's user, the deploy key's.
    local as=
    if [ -n "${OPSMON_SSH_USER:-}" ]; then
      [[ $OPSMON_SSH_USER =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || die "OPSMON_SSH_USER=$OPSMON_SSH_USER is not a user name; give the plan key's user on the host (e.g. opsmon-plan), or unset it. Nothing was applied."
      as="-o User=$OPSMON_SSH_USER "
    fi
    printf '#!/bin/sh\nexec %s -F %s %s"$@"\n' "$real" "$dir/config" "$as" >"$dir/bin/ssh"
    chmod 755 "$dir/bin/ssh"
    case ":$PATH:" in *":$dir/bin:"*) ;; *) export PATH="$dir/bin:$PATH" ;; esac
  fi
  out=$(docker version --format '{{.Server.Version}}' 2>&1) && return 0
  case "$out" in
    *"Host key verification failed"* | *"REMOTE HOST IDENTIFICATION HAS CHANGED"*)
      die "environment $env: $ENGINE_HOST presented an SSH host key that is not the one pinned in docker.host_key of environments/$env.yaml. If the host was rebuilt, read its key on the host (cat /etc/ssh/ssh_host_ed25519_key.pub) and update docker.host_key; otherwise stop: something may be between you and the host. Nothing was applied." ;;
    *"Permission denied"*)
      die "environment $env: $ENGINE_HOST refused every SSH key offered. Set OPSMON_SSH_KEY=/path/to/private/key or load the key into ssh-agent, and add its public key to the SSH user's ~/.ssh/authorized_keys on the host. Nothing was applied." ;;
    *"Connection refused"* | *"timed out"* | *"No route to host"* | *"Could not resolve"* | *"Name or service not known"* | *"Connection closed"* | *"Cannot connect to the Docker daemon"*)
      [ "$env" != local ] || [ -n "${3:-}" ] || die "environment local: the Docker engine of this machine does not answer ($ENGINE_HOST): $(printf '%s' "$out" | grep -v '^$' | tail -n 1). make setup starts it. Nothing was applied."
      die "environment $env: cannot reach the Docker engine at $ENGINE_HOST: $(printf '%s' "$out" | grep -v '^$' | tail -n 1). Check that the host is up, the address and port in $what, and any firewall between. Nothing was applied." ;;
    *)
      die "environment $env: the Docker engine at $ENGINE_HOST does not answer: $(printf '%s' "$out" | grep -v '^$' | tail -n 1). Nothing was applied." ;;
  esac
}
