"""The installed requirement files are what `make python-requirements` compiles from the .in
files people edit: each .in pin (through its -r includes) is in its .txt at the same version,
and every .txt requirement is pinned with == and carries PyPI sha256 hashes, so setup's and the
demo image's `pip install --require-hashes` accepts no other file."""
import os
import re

import pytest

PKG = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPILED = ["requirements", "demo/requirements", "requirements-dev", "requirements-latest"]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+?)\s*\\?$")
HASH = re.compile(r"^--hash=sha256:[0-9a-f]{64}\s*\\?$")


def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def in_pins(path):
    """name -> version of an .in file and the files it includes with -r."""
    out = {}
    with open(path) as fh:
        for line in fh:
            line = line.split("#")[0].strip()
            if line.startswith("-r"):
                out.update(in_pins(os.path.join(os.path.dirname(path), line[2:].strip())))
            elif line:
                name, version = line.split("==")
                out[norm(name)] = version
    return out


def compiled(path):
    """name -> (version, number of hashes) of a compiled .txt file."""
    out, current = {}, None
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if HASH.match(line):
                assert current, f"{path}: hash before any requirement"
                out[current] = (out[current][0], out[current][1] + 1)
                continue
            m = PIN.match(line)
            assert m, f"{path}: {line!r} is not a name==version pin; run make python-requirements"
            current = norm(m.group(1))
            out[current] = (m.group(2), 0)
    return out


@pytest.mark.parametrize("base", COMPILED)
def test_compiled_file_matches_its_in_file_and_carries_hashes(base):
    want = in_pins(os.path.join(PKG, base + ".in"))
    got = compiled(os.path.join(PKG, base + ".txt"))
    for name, version in want.items():
        assert got.get(name, (None,))[0] == version, \
            f"{base}.txt pins {name} at {got.get(name, (None,))[0]}, {base}.in at {version}; run make python-requirements"
    for name, (version, hashes) in got.items():
        assert hashes > 0, f"{base}.txt: {name}=={version} has no --hash; run make python-requirements"
