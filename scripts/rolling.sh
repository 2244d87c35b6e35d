# Rolling replacement of the Alertmanager peers, sourced by stack.sh. A plain apply
# replaces every peer at once when their configuration changes, and for those
# seconds no peer holds the cluster's silences and notification log in memory. The
# deploy first applies each peer alone (tofu apply -target), replicas first and the
# base last, and waits until it is healthy and counts every member again, so the
# cluster never loses more than one member. Then the whole deploy runs as usual.

# peer_address STACK_DIR NAME: the Terraform address of the container called NAME.
peer_address() {
  python3 - "$1/cdk.tf.json" "$2" <<'PY'
import json, sys
res = json.load(open(sys.argv[1])).get("resource", {}).get("docker_container", {})
print(next((f"docker_container.{k}" for k, v in res.items() if v.get("name") == sys.argv[2]), ""))
PY
}

# cluster_members PEER: how many members PEER counts in its cluster (amtool in its
# container, logged in through its rendered client config); 0 when it cannot say.
cluster_members() {
  docker exec "$1" /bin/amtool --http.config.file=/etc/alertmanager/amtool-http.yml \
    --alertmanager.url="$WEB_SCHEME://127.0.0.1:9093" cluster show -o json 2>/dev/null \
    | python3 -c 'import json,sys; print(len(json.load(sys.stdin).get("peers") or []))' 2>/dev/null || echo 0
}

# roll_peers ENV: each peer replaced alone, when every peer already runs (a first
# deploy creates them all at once: there is no cluster to keep).
roll_peers() {
  local env=$1 dir="cdktf.out/stacks/$1-host" peers=($CLUSTER_PEERS) peer addr n i
  n=${#peers[@]}
  for peer in "${peers[@]}"; do
    [ "$(docker inspect -f '{{.State.Running}}' "$peer" 2>/dev/null)" = true ] || return 0
  done
  # The app itself, for this environment only (as plan.sh): no cdktf CLI needed.
  synth_env "$env" || die "could not synthesize environment $env (see above). Nothing was applied."
  place_provider_lock "$env-host"
  (cd "$dir" && tofu init -input=false -no-color >"$CACHE/logs/rolling-init-$env.log" 2>&1) \
    || die "tofu init of $env-host failed; see $CACHE/logs/rolling-init-$env.log. Nothing was applied."
  # A rolling deploy killed while a peer was being replaced left it outside the
  # state: cleared first, or its name would stop this peer's apply.
  clear_orphans "$env" "$env-host"
  for peer in "${peers[@]}"; do
    addr=$(peer_address "$dir" "$peer")
    [ -n "$addr" ] || die "no container $peer in $dir/cdk.tf.json; nothing more was applied."
    log "rolling: $peer ($addr)"
    (cd "$dir" && tofu apply -input=false -no-color -auto-approve -target="$addr" >"$CACHE/logs/rolling-$peer.log" 2>&1) \
      || die "replacing $peer alone failed; see $CACHE/logs/rolling-$peer.log. The other peers were not touched."
    for ((i = 0; i < 60; i++)); do
      [ "$(cluster_members "$peer")" = "$n" ] && break
      sleep 1
    done
    [ "$(cluster_members "$peer")" = "$n" ] \
      || die "$peer is back but does not count $n cluster members after 60 s; not replacing the next peer. Check: docker logs $peer"
  done
}
