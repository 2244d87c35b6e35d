#!/usr/bin/env bash
# scripts/bench-synth.sh [ROUNDS]: where the synth half of a no-op `make plan` spends
# its time, and what `make review` costs. Each variant runs ROUNDS times (default 5),
# interleaved so that load on the machine falls on all alike; prints median, min and
# max wall-clock seconds as a Markdown table. Needs no Docker and no tofu.
source "$(dirname "$0")/lib.sh"
source "$ROOT/scripts/bench-section.sh"
cd "$ROOT"
rounds=${1:-5}
bin="$CACHE/tmp/bench-app"
go build -o "$bin" . && go build -o "$bin-opsmon" ./cmd/opsmon
go run . >/dev/null && "$bin-opsmon" review -base main >/dev/null 2>&1 # warm the build and review caches
variants=(go_build go_run binary model_only cdktf_synth cdktf_synth_binary review_warm review_cold)
cmd_go_build() { touch main.go && go build -o "$bin" .; }
cmd_go_run() { go run .; }
cmd_binary() { "$bin"; }
cmd_model_only() { "$bin-opsmon" render -check; }
cmd_cdktf_synth() { cdktf synth; }
cmd_cdktf_synth_binary() { cdktf synth --app "$bin"; }
cmd_review_warm() { "$bin-opsmon" review -base main; }
cmd_review_cold() { rm -rf "$CACHE/review" && "$bin-opsmon" review -base main; }
time_variants "$rounds" "${variants[@]}"
