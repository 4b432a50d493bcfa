"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temporary folder,
postgres on a free loopback port, removed again at the end. No Docker, no system service.

Binaries: $LABMONITOR_PG_BIN, else the folder of `initdb` on PATH, else Debian's
/usr/lib/postgresql/<n>/bin. PostgreSQL refuses to run as root: as root the cluster runs as the
`postgres` system user (Debian's package makes it)."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def pg_bin() -> Path | None:
    env = os.environ.get("LABMONITOR_PG_BIN")
    if env and (Path(env) / "initdb").exists():
        return Path(env)
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


def missing_reason() -> str | None:
    """Why no cluster can be started here, or None."""
    if pg_bin() is None:
        return "no PostgreSQL server binaries (initdb): apt-get install postgresql"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, root: Path, port: int, bin_dir: Path, user: str | None) -> None:
        self.root = root
        self.port = port
        self.bin = bin_dir
        self.user = user  # the system user the server runs as (None: ourselves)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    def start(self, *, durable: bool = False) -> None:
        options = [
            f"-c port={self.port}",
            "-c listen_addresses=127.0.0.1",
            f"-c unix_socket_directories={self.root}",
            "-c max_connections=200",
        ]
        if not durable:  # tests: a crash of the machine need not be survived
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "log"),
            "-w",
            "-t",
            "60",
            "-o",
            " ".join(options),
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@contextlib.contextmanager
def cluster(*, durable: bool = False) -> Iterator[Cluster]:
    reason = missing_reason()
    if reason:
        raise RuntimeError(reason)
    bin_dir = pg_bin()
    assert bin_dir is not None
    user = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="labmonitor-pg-"))
    if user:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    os.chmod(root, 0o755)
    found = Cluster(root, free_port(), bin_dir, user)
    try:
        found._run(
            "initdb",
            "-D",
            str(found.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        found.start(durable=durable)
        yield found
    finally:
        found.stop("immediate")
        for _ in range(50):
            try:
                shutil.rmtree(root)
                break
            except OSError:
                time.sleep(0.1)
