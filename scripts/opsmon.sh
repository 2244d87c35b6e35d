#!/usr/bin/env bash
# scripts/opsmon.sh ARGS...: the project's helper CLI (cmd/opsmon), prebuilt and
# rebuilt only when a Go source changed (scripts/lib.sh), for make targets.
source "$(dirname "$0")/lib.sh"
opsmon "$@"
