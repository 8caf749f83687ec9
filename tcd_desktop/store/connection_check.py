"""Test a PostgreSQL server before the first run uses it, and say in Vietnamese what is wrong.

:func:`check_server` connects once (short timeout) and tells apart what an office can fix:
the server cannot be reached, the account or password is refused, the database does not
exist, the database was made by a newer TCD Desktop. It changes nothing on the server.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.engine import URL

from tcd_desktop.store import migrate

CONNECT_TIMEOUT_S = 5


class Problem(StrEnum):
    """Why the server cannot be used ("" when it can)."""

    NONE = ""
    UNREACHABLE = "unreachable"
    AUTHENTICATION = "authentication"
    DATABASE_MISSING = "database_missing"
    SCHEMA_TOO_NEW = "schema_too_new"
    OTHER = "other"


@dataclass(frozen=True)
class ServerCheck:
    """The outcome of :func:`check_server`; ``message`` is Vietnamese."""

    problem: Problem
    message: str
    server_version: str = ""
    revision: str | None = None
    """The schema revision found (None: an empty database, which the first run will fill)."""

    @property
    def ok(self) -> bool:
        """True when the database can be used."""
        return self.problem is Problem.NONE


def server_url(host: str, port: int, database: str, user: str, password: str) -> URL:
    """The SQLAlchemy URL of a PostgreSQL database (password included: keep it private)."""
    return URL.create(
        "postgresql+psycopg",
        username=user.strip() or None,
        password=password or None,
        host=host.strip(),
        port=port,
        database=database.strip(),
    )


def _reachable(host: str, port: int) -> str:
    """ "" when a TCP connection to host:port opens; otherwise the Vietnamese reason."""
    try:
        with socket.create_connection((host, port), timeout=CONNECT_TIMEOUT_S):
            return ""
    except socket.gaierror:
        return f"Không tìm thấy máy chủ “{host}”: kiểm tra tên hoặc địa chỉ IP của máy chủ."
    except TimeoutError:
        return (
            f"Máy chủ {host} không trả lời ở cổng {port} (quá {CONNECT_TIMEOUT_S} giây): "
            "kiểm tra mạng nội bộ, tường lửa và cổng của PostgreSQL."
        )
    except OSError:
        return (
            f"Không kết nối được tới máy chủ {host} ở cổng {port}: máy chủ chưa bật PostgreSQL, "
            "sai cổng, hoặc tường lửa chặn."
        )


def check_server(url: URL) -> ServerCheck:
    """Connect to ``url`` once and classify what is wrong (nothing is written)."""
    import psycopg

    host, port = url.host or "localhost", int(url.port or 5432)
    if not url.database:
        return ServerCheck(Problem.OTHER, "Chưa nhập tên cơ sở dữ liệu.")
    unreachable = _reachable(host, port)
    if unreachable:
        return ServerCheck(Problem.UNREACHABLE, unreachable)
    try:
        conn = psycopg.connect(
            host=host,
            port=port,
            dbname=url.database,
            user=url.username or None,
            password=url.password or None,
            connect_timeout=CONNECT_TIMEOUT_S,
        )
    except psycopg.OperationalError as exc:
        return _classify(exc, url)
    with conn:
        version = str(conn.info.server_version)
        revision = _revision(conn)
    shown = f"{version[:-4]}.{int(version[-2:])}" if len(version) >= 5 else version
    if revision is not None and not migrate.is_known_revision(revision):
        return ServerCheck(
            Problem.SCHEMA_TOO_NEW,
            f"Cơ sở dữ liệu “{url.database}” do phiên bản TCD Desktop mới hơn tạo (lược đồ "
            f"{revision}): cài phiên bản mới trên máy này trước khi dùng chung.",
            shown,
            revision,
        )
    found = "chưa có dữ liệu" if revision is None else f"lược đồ {revision}"
    return ServerCheck(
        Problem.NONE,
        f"Kết nối được: PostgreSQL {shown}, cơ sở dữ liệu “{url.database}” ({found}).",
        shown,
        revision,
    )


def _revision(conn: object) -> str | None:
    import psycopg

    assert isinstance(conn, psycopg.Connection)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT version_num FROM alembic_version")
            row = cur.fetchone()
    except psycopg.errors.UndefinedTable:
        return None
    return str(row[0]) if row else None


def _classify(exc: Exception, url: URL) -> ServerCheck:
    state = getattr(exc, "sqlstate", None) or ""
    text = str(exc)
    if state == "28P01" or "password authentication failed" in text or "no password" in text:
        return ServerCheck(
            Problem.AUTHENTICATION,
            f"Máy chủ từ chối tài khoản “{url.username or ''}”: sai tên đăng nhập hoặc mật khẩu.",
        )
    if state == "28000" or "pg_hba.conf" in text:
        return ServerCheck(
            Problem.AUTHENTICATION,
            f"Máy chủ không cho tài khoản “{url.username or ''}” đăng nhập từ máy này "
            "(pg_hba.conf): nhờ quản trị máy chủ cho phép.",
        )
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return ServerCheck(
            Problem.DATABASE_MISSING,
            f"Máy chủ chưa có cơ sở dữ liệu “{url.database}”: nhờ quản trị máy chủ tạo "
            "(CREATE DATABASE) rồi kiểm tra lại.",
        )
    if "timeout" in text or "Connection refused" in text or "could not connect" in text:
        return ServerCheck(
            Problem.UNREACHABLE, f"Không kết nối được tới máy chủ {url.host}: {text.strip()}"
        )
    return ServerCheck(Problem.OTHER, f"Không kết nối được: {text.strip()}")
