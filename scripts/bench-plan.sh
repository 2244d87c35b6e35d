#!/usr/bin/env bash
# scripts/bench-plan.sh [ROUNDS] [BEFORE]: where a no-op `make plan ENV=local` spends
# its time, step by step, before (the plan.sh of commit BEFORE: cdktf synth of all
# stacks, tofu init every time, go run) and now (the app binary for one environment,
# init skipped when unchanged, prebuilt opsmon), and what `make review` costs. Needs
# the local stack deployed (make up) so that the plan is a real no-op against state.
# Each variant runs ROUNDS times (default 5), interleaved so that load on the machine
# falls on all alike; prints median, min and max wall-clock seconds as Markdown.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/bench-section.sh"
source "$ROOT/scripts/secrets.sh"
source "$ROOT/scripts/engine.sh"
rounds=${1:-5}
before=${2:-88913b3}
cd "$ROOT"
load_secrets local
use_engine local
[ -s state/local-host.tfstate ] || die "no local state: run make up first, the plan must be a no-op against it"
dir=cdktf.out/stacks/local-host
place_provider_lock local-host
tmp="$CACHE/tmp/bench-plan"
rm -rf "$tmp" && mkdir -p "$tmp"
# Before: the scripts and cdktf.json of commit BEFORE, planning this checkout's
# model (every other file is linked), so both paths plan the same configuration.
old="$tmp/before"
mkdir -p "$old/scripts"
for f in "$ROOT"/* "$ROOT"/.terraform.lock.hcl; do
  case "$(basename "$f")" in scripts | cdktf.json) ;; *) ln -s "$f" "$old/" ;; esac
done
git archive "$before" scripts cdktf.json | tar -x -C "$old"
trap 'rm -rf "$tmp"' EXIT

no_op() { grep -q '^No changes\.' "$1" || die "the plan is not a no-op (see $1): deploy the local stack first (make up)"; }
cmd_before_total() { OPSMON_CACHE=$CACHE "$old/scripts/plan.sh" local >"$tmp/before.out" && no_op "$tmp/before.out"; }
cmd_now_total() { scripts/plan.sh local >"$tmp/now.out" && no_op "$tmp/now.out"; }
cmd_cdktf_synth() { cdktf synth; }
cmd_tofu_init() { (cd "$dir" && tofu init -input=false -no-color); }
cmd_go_run_summary() { go run ./cmd/opsmon plan-summary "$tmp/plan.json"; }
cmd_build_check() { fresh_build "$BUILT/app" .; }
cmd_synth_one_env() { OPSMON_SYNTH_ENVS=local "$app"; }
cmd_synth_all_binary() { "$app"; }
cmd_tofu_plan() { (cd "$dir" && tofu plan -input=false -lock=false -no-color -out="$tmp/plan"); }
cmd_tofu_show() { (cd "$dir" && tofu show -json "$tmp/plan" >"$tmp/plan.json"); }
cmd_binary_summary() { opsmon plan-summary "$tmp/plan.json"; }
cmd_make_review() { make -s review BASE=main; }
variants=(before_total now_total cdktf_synth build_check synth_one_env synth_all_binary tofu_init
  tofu_plan tofu_show go_run_summary binary_summary make_review)
fresh_build "$BUILT/app" . && app=$FRESH
# Warm every cache once (Go build and go run caches, review snapshot, the old tree's init).
for v in "${variants[@]}"; do "cmd_$v" >/dev/null 2>&1 || die "bench variant $v failed"; done
time_variants "$rounds" "${variants[@]}"
