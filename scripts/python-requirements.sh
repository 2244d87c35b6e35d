#!/usr/bin/env bash
# make python-requirements: compiles each integrations/fastapi/*.in (the pins people edit)
# into its .txt with every transitive dependency pinned and the sha256 of every file PyPI
# holds for each pin, so setup and the demo image install with --require-hashes.
# pip-compile itself comes from tools/pip-tools/requirements.txt, installed by hash too.
# Needs PyPI; run it after editing an .in file and commit the .txt files.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
# Only PyPI: a machine's own find-links folder must not add hashes of local builds.
unset PIP_FIND_LINKS
export PIP_CONFIG_FILE=/dev/null
venv="$CACHE/tmp/pip-tools"
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check --require-hashes -r tools/pip-tools/requirements.txt
compile() { # IN OUT
  CUSTOM_COMPILE_COMMAND="make python-requirements" \
    "$venv/bin/pip-compile" -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
    -o "$2" "$1"
}
compile tools/pip-tools/requirements.in tools/pip-tools/requirements.txt
for base in requirements demo/requirements requirements-dev requirements-latest; do
  compile "integrations/fastapi/$base.in" "integrations/fastapi/$base.txt"
done
rm -rf "$venv"
log "python requirements compiled; commit the changed .txt files"
