#!/usr/bin/env bash
# scripts/bench-network-race.sh [ROUNDS]: why scripts/stack.sh destroys one resource at a
# time. Each round puts 6 containers of its own on 4 networks of its own (as Prometheus
# and the exporters sit on the monitoring and product networks), stops each gracefully
# and removes it (what the docker provider does for destroy_grace_seconds), all at once
# or one by one, then removes the networks. It counts the rounds where Docker refuses to
# remove a network that has no container attached. Such a network stays until the
# daemon restarts: run this on a bench engine only. Writes docs/BENCHMARKS.md
# (docker-network-race).
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/bench-section.sh"
rounds=${1:-30}
containers=6
image=$(docker images -q opsmon-local/redis:7.0 | head -1)
[ -n "$image" ] || die "no opsmon-local/redis:7.0 image; run make setup first"
run=nrace$$

# one_round MODE R: prints 1 when a network was left that Docker refuses to remove.
one_round() {
  local mode=$1 p=$run-$1-$2 i k stuck=0
  for k in a b c d; do docker network create "$p-$k" >/dev/null; done
  for ((i = 1; i <= containers; i++)); do
    docker create --name "$p-c$i" --network "$p-a" --entrypoint sleep "$image" 300 >/dev/null
    for k in b c d; do docker network connect "$p-$k" "$p-c$i"; done
  done
  for ((i = 1; i <= containers; i++)); do docker start "$p-c$i" >/dev/null; done
  for ((i = 1; i <= containers; i++)); do
    if [ "$mode" = parallel ]; then
      (docker stop -t 2 "$p-c$i" >/dev/null; docker rm -fv "$p-c$i" >/dev/null) &
    else
      docker stop -t 2 "$p-c$i" >/dev/null; docker rm -fv "$p-c$i" >/dev/null
    fi
  done
  wait
  for k in a b c d; do
    if ! docker network rm "$p-$k" >/dev/null 2>&1; then
      [ "$(docker network inspect -f '{{len .Containers}}' "$p-$k")" = 0 ] || die "network $p-$k still has containers"
      stuck=1
    fi
  done
  echo $stuck
}

declare -A stuck=([parallel]=0 [serial]=0)
for ((r = 1; r <= rounds; r++)); do
  for mode in parallel serial; do
    stuck[$mode]=$((stuck[$mode] + $(one_round $mode $r)))
  done
done
left=$(docker network ls -q -f name="$run" | wc -l)
section=$(cat <<MD
<!-- docker-network-race:start -->
## Docker 20.10 loses a network's endpoint count (\`scripts/bench-network-race.sh $rounds\`)
Docker $(docker version -f '{{.Server.Version}}'). Per round: 6 containers on 4 networks, each stopped
gracefully then removed, then the networks removed. Rounds that left an empty network Docker
refuses to remove:

| containers stopped and removed | rounds | rounds with a stuck network |
|---|---|---|
| all at once (terraform's default parallelism) | $rounds | ${stuck[parallel]} |
| one at a time (\`--terraform-parallelism 1\`) | $rounds | ${stuck[serial]} |

The stuck networks ($left left by this run, named \`$run-*\`) go only with a daemon restart.
This is why \`scripts/stack.sh destroy\` removes one resource at a time.
<!-- docker-network-race:end -->
MD
)
write_section docker-network-race "$section"
echo "$section"
