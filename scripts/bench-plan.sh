#!/usr/bin/env bash
# scripts/bench-plan.sh [ROUNDS]: where a no-op `make plan ENV=local` spends its time,
# step by step, in three columns measured in one interleaved run: before issue 15
# (commit 88913b3: cdktf synth of every stack, tofu init every time, go run), before
# issue 23 (57b7e20), and after (this checkout). A column's scripts, Makefile and
# cdktf.json are its commit's; every other file is this checkout's, so all three plan
# the same configuration against the same state. The before columns run the docker
# provider as upstream builds it, the after column with tools/docker-provider's patch. Needs the local stack deployed
# (make up): each plan must end in "No changes.". Each step runs ROUNDS times
# (default 5), interleaved so that load on the machine falls on all alike; the table
# gives median and min-max wall-clock seconds. Writes nothing: paste the table.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/bench-section.sh"
source "$ROOT/scripts/secrets.sh"
source "$ROOT/scripts/engine.sh"
source "$ROOT/scripts/versions.sh"
source "$ROOT/scripts/setup/00-toolcache.sh"
source "$ROOT/scripts/setup/20-gobuild.sh"
rounds=${1:-5}
cd "$ROOT"
load_secrets local
use_engine local
[ -s state/local-host.tfstate ] || die "no local state: run make up first, the plan must be a no-op against it"
dir=cdktf.out/stacks/local-host
place_provider_lock local-host
tmp="$CACHE/tmp/bench-plan"
rm -rf "$tmp" && mkdir -p "$tmp"
trap '[ -n "${OPSMON_BENCH_KEEP:-}" ] || rm -rf "$tmp"' EXIT
# old_tree COMMIT: a tree of this checkout's files with COMMIT's scripts, Makefile and
# cdktf.json, and a cdktf.out of its own.
old_tree() {
  local old="$tmp/$1" f
  mkdir -p "$old"
  for f in "$ROOT"/*; do
    case "$(basename "$f")" in scripts | Makefile | cdktf.json | cdktf.out) ;; *) ln -s "$f" "$old/" ;; esac
  done
  mkdir -p "$old/cdktf.out" # its own synth output and tofu init; the state is this checkout's
  git archive "$1" scripts Makefile cdktf.json | tar -x -C "$old"
  # The lock of the upstream build (7d28606 is the last commit before the patch).
  git show 7d28606:.terraform.lock.hcl >"$old/.terraform.lock.hcl"
}
# upstream_cache: this checkout's cache for the before columns, but for the docker
# provider built without the patch, in a mirror and tofu config of their own.
upstream_cache() {
  local c="$tmp/cache-upstream" f
  mkdir -p "$c"
  for f in "$CACHE"/*; do
    case "$(basename "$f")" in provider-mirror | tofurc | tmp | build) ;; *) ln -s "$f" "$c/" ;; esac
  done
  # build/ too: the old trees' freshness check does not follow their symlinked
  # sources, so this checkout's binaries would look current to them when stale.
  mkdir -p "$c/tmp" "$c/provider-mirror" "$c/build"
  DOCKER_PROVIDER_PATCH= build_docker_provider "$c/provider-mirror" >"$tmp/upstream-build.log" 2>&1 \
    || die "could not build the upstream docker provider (see $tmp/upstream-build.log)"
  sed "s#$MIRROR#$c/provider-mirror#" "$TF_CLI_CONFIG_FILE" >"$c/tofurc"
  echo "$c"
}
upstream=$(upstream_cache) || exit 1
old_tree 88913b3
old_tree 57b7e20

no_op() { grep -q '^No changes\.' "$1" || die "the plan is not a no-op (see $1): deploy the local stack first (make up)"; }
plan_in() { OPSMON_CACHE=$3 "$1/scripts/plan.sh" local >"$tmp/$2.out" && no_op "$tmp/$2.out"; }
# The whole command a user types: make, the setup check its target runs, the plan.
# (Not run for the old trees: their setup keys differ from this tree's, so their
# setup would rebuild the images this one then rebuilds again.)
cmd_make_now() { make -s plan ENV=local >"$tmp/m2.out" && no_op "$tmp/m2.out"; }
cmd_plan_88913b3() { plan_in "$tmp/88913b3" p0 "$upstream"; }
cmd_plan_57b7e20() { plan_in "$tmp/57b7e20" p1 "$upstream"; }
cmd_plan_now() { plan_in "$ROOT" p2 "$CACHE"; }
# The setup check make plan ran before (every step, for local) and runs now (the
# deploy profile), both this tree's; and the component versions every check reads.
cmd_setup_full() { scripts/setup.sh; }
cmd_setup_deploy() { scripts/setup.sh --profile deploy; }
cmd_versions_go_run() { go run ./cmd/opsmon versions; }
cmd_versions_binary() { opsmon versions; }
cmd_synth_cdktf() { cdktf synth --output "$tmp/cdktf.out"; }
# The app writes to a folder of its own here: writing cdktf.out would make the
# check below synthesize again each round.
cmd_synth_app() { CDKTF_OUTDIR="$tmp/app.out" OPSMON_SYNTH_ENVS=local "$app"; }
cmd_synth_check() { synth_env local; }
cmd_synth_check_57b7e20() { (source "$tmp/57b7e20/scripts/lib.sh" && cd "$ROOT" && STACKS=local-host synth_env local); }
cmd_init_every_time() { (cd "$dir" && tofu init -input=false -no-color); }
cmd_init_once() { init_once "$dir"; }
cmd_tofu_plan() { (cd "$dir" && tofu plan -input=false -lock=false -no-color -out="$tmp/plan"); }
# The same plan with the upstream provider: in the 57b7e20 tree, which its plan inited so.
cmd_tofu_plan_upstream() { (cd "$tmp/57b7e20/$dir" && TF_CLI_CONFIG_FILE=$upstream/tofurc tofu plan -input=false -lock=false -no-color -out="$tmp/plan-upstream"); }
cmd_tofu_plan_norefresh() { (cd "$dir" && tofu plan -refresh=false -input=false -lock=false -no-color -out="$tmp/plan"); }
cmd_tofu_show() { (cd "$dir" && tofu show -json "$tmp/plan" >"$tmp/plan.json"); }
cmd_summary_go_run() { go run ./cmd/opsmon plan-summary "$tmp/plan.json"; }
cmd_summary_binary() { opsmon plan-summary "$tmp/plan.json"; }
cmd_summary_unchanged() { opsmon plan-summary -unchanged; }
variants=(make_now plan_88913b3 plan_57b7e20 plan_now setup_full setup_deploy versions_go_run versions_binary synth_cdktf synth_app
  synth_check synth_check_57b7e20 init_every_time init_once tofu_plan tofu_plan_upstream tofu_plan_norefresh tofu_show summary_go_run summary_binary summary_unchanged)
fresh_build "$BUILT/app" . && app=$FRESH
# Warm every cache once (Go build and go run caches, the old trees' init stamps).
for v in "${variants[@]}"; do "cmd_$v" >/dev/null 2>&1 || die "bench variant $v failed"; done
raw=$(time_variants "$rounds" "${variants[@]}")
# One row per step: the variant each column runs for it ("" = the column has no such step).
python3 - "$raw" <<'PY'
import sys
cells = {}
for line in sys.argv[1].splitlines()[2:]:
    f = [c.strip() for c in line.strip("|").split("|")]
    cells[f[0]] = f"{f[1]} ({f[2]}-{f[3]})"
rows = [
    ("`make plan ENV=local`, all of it", "", "", "make_now"),
    ("`scripts/plan.sh local`", "plan_88913b3", "plan_57b7e20", "plan_now"),
    ("setup check of `make plan` (every step for local / the deploy profile)", "", "setup_full", "setup_deploy"),
    ("  of it, the component versions: go run / the prebuilt opsmon", "", "versions_go_run", "versions_binary"),
    ("synth: cdktf CLI / the prebuilt app for one environment", "synth_cdktf", "synth_app", "synth_app"),
    ("synth skipped when its inputs are unchanged (the check)", "", "synth_check_57b7e20", "synth_check"),
    ("tofu init every time / skipped when current", "init_every_time", "init_once", "init_once"),
    ("tofu plan (refreshes every resource): the upstream provider / with the patch", "tofu_plan_upstream", "tofu_plan_upstream", "tofu_plan"),
    ("  the same without refresh (no provider wait)", "tofu_plan_norefresh", "tofu_plan_norefresh", "tofu_plan_norefresh"),
    ("tofu show -json (after: only when tofu says something changes)", "tofu_show", "tofu_show", ""),
    ("summary: go run / prebuilt opsmon / -unchanged", "summary_go_run", "summary_binary", "summary_unchanged"),
]
print("| step | 88913b3 (before issue 15), s | 57b7e20 (before issue 23), s | after, s |")
print("|---|---|---|---|")
for name, *cols in rows:
    print("| " + name + " | " + " | ".join(cells[c] if c else "-" for c in cols) + " |")
PY
