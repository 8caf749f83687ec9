"""The connection test's "wrong password", against a real server that checks passwords.

The shared test server trusts loopback connections, so a wrong password cannot be provoked
there. This module starts a private throw-away PostgreSQL cluster (initdb, SCRAM passwords,
loopback only, a free port, a temporary folder) for a few seconds, when the PostgreSQL server
binaries are installed; otherwise it is skipped.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tcd_desktop.store.connection_check import Problem, check_server, server_url

PASSWORD = "dung-mat-khau-1"


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_owner(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run as the postgres account then."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            pytest.skip("running as root without runuser")
        return [runuser, "-u", "postgres", "--", *cmd]
    return cmd


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def password_server() -> Iterator[tuple[str, int]]:
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb) are not installed")
    root = Path(tempfile.mkdtemp(prefix="tcd-installer-pg-"))
    data, pwfile = root / "data", root / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(pwfile, "postgres")
    port = _free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.STDOUT, "check": True}
    subprocess.run(
        _as_owner(
            [
                initdb,
                "-D",
                str(data),
                "-U",
                "postgres",
                f"--pwfile={pwfile}",
                "--auth-host=scram-sha-256",
                "--auth-local=trust",
                "-E",
                "UTF8",
            ]
        ),
        timeout=120,
        **quiet,
    )
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_owner([pg_ctl, "-D", str(data), "-o", options, "-w", "-l", str(root / "log"), "start"]),
        timeout=60,
        **quiet,
    )
    try:
        yield "127.0.0.1", port
    finally:
        subprocess.run(
            _as_owner([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            timeout=60,
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        shutil.rmtree(root, ignore_errors=True)


def test_wrong_password_is_named(password_server: tuple[str, int]) -> None:
    host, port = password_server
    wrong = check_server(server_url(host, port, "postgres", "postgres", "sai-mat-khau"))
    assert wrong.problem is Problem.AUTHENTICATION
    assert wrong.message == (
        "Máy chủ từ chối tài khoản “postgres”: sai tên đăng nhập hoặc mật khẩu."
    )
    assert "sai-mat-khau" not in wrong.message
    right = check_server(server_url(host, port, "postgres", "postgres", PASSWORD))
    assert right.ok and right.revision is None, right.message
    missing = check_server(server_url(host, port, "tcd", "postgres", PASSWORD))
    assert missing.problem is Problem.DATABASE_MISSING
