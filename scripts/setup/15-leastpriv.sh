# Debian packages the least-privilege tests run for real: HAProxy (the read-only
# Docker API proxy, render/dockerproxy), PostgreSQL (a throwaway cluster holding
# state for the plan role test; Debian's postgresql is 15) and OpenSSH's server
# (the plan key test starts its own sshd on 127.0.0.1).
leastpriv_missing() {
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || echo haproxy
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || echo postgresql
  [ -x /usr/sbin/sshd ] || echo openssh-server
}
step_hint_leastpriv_packages() { echo "about 30 s when haproxy, postgresql or openssh-server must be installed"; }
step_key_leastpriv_packages() { echo "leastpriv-packages"; }
step_present_leastpriv_packages() { [ -z "$(leastpriv_missing)" ]; }
step_run_leastpriv_packages() {
  local pkgs; pkgs=$(leastpriv_missing)
  [ -n "$pkgs" ] || return 0
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs
}
