#!/usr/bin/env bash
# The CDKTF app as cdktf.json runs it: the prebuilt binary of main.go, rebuilt only
# when a Go source changed (scripts/lib.sh fresh_build), in place of `go run .`.
source "$(dirname "$0")/lib.sh"
fresh_build "$BUILT/app" . || die "could not build the CDKTF app (see above)"
exec "$FRESH"
