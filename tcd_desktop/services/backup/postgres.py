"""PostgreSQL backups: ``pg_dump -Fc`` and ``pg_restore`` of the office database.

The binaries are found on ``PATH`` or under ``/usr/lib/postgresql/*/bin`` (newest first).
The password never goes on a command line: it is passed in ``PGPASSWORD``.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.store import migrate


class PgToolError(Exception):
    """pg_dump/pg_restore missing or failed; ``str()`` is Vietnamese."""


def find_tool(name: str) -> str:
    """The path of ``pg_dump`` or ``pg_restore``."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(re.sub(r"\D", "", p.split("/")[4]) or 0),
        reverse=True,
    )
    if candidates:
        return candidates[0]
    raise PgToolError(OFFICE("pg.missing_tool", name=name))


def _libpq(url: str) -> tuple[list[str], dict[str, str]]:
    """Connection arguments and environment for the libpq tools (no password in argv)."""
    sa: URL = make_url(url)
    args = []
    if sa.host:
        args += ["--host", sa.host]
    if sa.port:
        args += ["--port", str(sa.port)]
    if sa.username:
        args += ["--username", sa.username]
    env = dict(os.environ)
    if sa.password:
        env["PGPASSWORD"] = str(sa.password)
    options = sa.query.get("options")
    if options:
        env["PGOPTIONS"] = options if isinstance(options, str) else " ".join(options)
    env["PGCONNECT_TIMEOUT"] = "10"
    return args, env


def database_name(url: str) -> str:
    """The server database's name (used to name its backups)."""
    return make_url(url).database or "postgres"


def _run(cmd: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=6 * 3600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PgToolError(OFFICE("pg.failed", what=what, detail=str(exc))) from exc
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()[-3:] if done.stderr else []
        raise PgToolError(
            OFFICE("pg.failed_code", what=what, code=done.returncode, detail=" | ".join(detail))
        )
    return done


def dump(url: str, out: Path) -> None:
    """``pg_dump -Fc`` of the whole database into ``out`` (temporary name, then renamed)."""
    args, env = _libpq(url)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [find_tool("pg_dump"), "-Fc", "--no-owner", "--no-privileges", "-f", str(tmp)]
    try:
        _run([*cmd, *args, "--dbname", database_name(url)], env, OFFICE("pg.dump"))
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def dump_revision(path: Path) -> str | None:
    """The schema revision stored in a dump (its ``alembic_version`` row), read by pg_restore."""
    done = _run(
        [find_tool("pg_restore"), "--data-only", "--table=alembic_version", "-f", "-", str(path)],
        dict(os.environ),
        "Đọc tệp sao lưu bằng pg_restore",
    )
    lines = done.stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and i + 1 < len(lines):
            value = lines[i + 1].strip()
            return None if value == "\\." else value
    return None


def check_dump(path: Path) -> str:
    """Refuse a file that is not a readable dump or holds a newer/unknown schema."""
    revision = dump_revision(path)
    if revision is None:
        raise PgToolError(f"Tệp {path} không phải bản sao lưu TCD Desktop (không có phiên bản).")
    if not migrate.is_known_revision(revision):
        raise PgToolError(
            f"Bản sao lưu có lược đồ {revision}, mới hơn phiên bản này; hãy cập nhật ứng dụng."
        )
    return revision


def restore(url: str, path: Path) -> None:
    """``pg_restore --clean --if-exists`` of ``path`` into the database, in one transaction."""
    args, env = _libpq(url)
    cmd = [
        find_tool("pg_restore"),
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        *args,
        "--dbname",
        database_name(url),
        str(path),
    ]
    _run(cmd, env, "Phục hồi bằng pg_restore")
