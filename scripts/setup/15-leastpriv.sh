# Debian packages the least-privilege tests run for real: HAProxy (the read-only
# Docker API proxy, render/dockerproxy) and PostgreSQL 15 (a throwaway cluster
# holding state for the read-only plan role test).
leastpriv_missing() {
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || echo haproxy
  [ -x /usr/lib/postgresql/15/bin/initdb ] || echo postgresql-15
}
step_hint_leastpriv_packages() { echo "about 30 s when haproxy or postgresql-15 must be installed"; }
step_key_leastpriv_packages() { echo "leastpriv-packages"; }
step_present_leastpriv_packages() { [ -z "$(leastpriv_missing)" ]; }
step_run_leastpriv_packages() {
  local pkgs; pkgs=$(leastpriv_missing)
  [ -n "$pkgs" ] || return 0
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs
}
