"""A throwaway PostgreSQL cluster on 127.0.0.1 for the asyncpg tests: Debian's server binaries,
run as the postgres user when the tests run as root (initdb refuses root)."""
import glob
import os
import pwd
import shutil
import subprocess
import tempfile

from test_multiprocess import free_port


def _bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return os.path.dirname(found[-1]) if found else None


class Cluster:
    def __init__(self):
        self.bin = _bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL's server is missing (no /usr/lib/postgresql/*/bin/initdb); run make setup")
        self.port = free_port()
        self.user = None
        # As root the server runs as postgres, who must reach its folder: under /tmp, not
        # under TMPDIR, which make test points into the clone (whose parents may be 0700).
        self.dir = tempfile.mkdtemp(prefix="ops-center-pg-", dir="/tmp" if os.geteuid() == 0 else None)
        if os.geteuid() == 0:
            self.user = pwd.getpwnam("postgres")
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)

    def _run(self, *args):
        cmd = [os.path.join(self.bin, args[0]), *args[1:]]
        if self.user is not None:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        # Into a file, not a pipe: the server pg_ctl starts inherits it, and a pipe would
        # never reach end of file.
        with open(os.path.join(self.dir, "commands.log"), "a") as out:
            if subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, timeout=120).returncode != 0:
                with open(os.path.join(self.dir, "commands.log")) as log:
                    raise RuntimeError(f"{' '.join(args)} failed:\n{log.read()[-2000:]}")

    def start(self):
        data = os.path.join(self.dir, "data")
        self._run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync")
        self._run("pg_ctl", "-D", data, "-l", os.path.join(self.dir, "log"), "-w", "-t", "60", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self):
        try:
            self._run("pg_ctl", "-D", os.path.join(self.dir, "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
