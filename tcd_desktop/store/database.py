"""Opening a database: engine set-up for SQLite and PostgreSQL, schema upgrade, safety checks.

``open_database(url)`` is the one door to the store. For an SQLite file it turns on WAL,
foreign keys and ``synchronous=NORMAL``, backs the file up (rotated) before migrating,
and refuses a file written by a newer version of the application without touching it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from tcd_desktop.store import encrypted, migrate
from tcd_desktop.store.models import AppMeta
from tcd_desktop.store.sqlite_backup import Retention, default_backup_dir, snapshot
from tcd_desktop.store.text_guard import check_session

if TYPE_CHECKING:
    from tcd_desktop.services.changes import Changes

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A database problem the user can act on; ``str()`` is a Vietnamese message."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer TCD Desktop; it is left untouched."""


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA cache_size=-65536")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def make_engine(url: str) -> Engine:
    """Create an engine with the settings this application relies on."""
    sa_url = make_url(url)
    if encrypted.is_encrypted_url(sa_url):  # the laptop's SQLCipher file (store/encrypted.py)
        return encrypted.make_encrypted_engine(sa_url, _sqlite_on_connect)
    if sa_url.get_backend_name() == "sqlite":
        if sa_url.database and sa_url.database != ":memory:":
            Path(sa_url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            sa_url, connect_args={"check_same_thread": False}, hide_parameters=True
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    if sa_url.get_backend_name() == "postgresql" and sa_url.get_driver_name() in ("", "psycopg2"):
        sa_url = sa_url.set(drivername="postgresql+psycopg")
    # hide_parameters: an error (printed, logged, in a crash report) never carries the values
    # of a statement, which may be a sealed denouncer's name or ID number.
    return create_engine(sa_url, hide_parameters=True, **DESK_POOL)


DESK_POOL: dict[str, Any] = {
    # A desk runs the GUI thread and a few background jobs: five connections kept, five more
    # for a burst; a dead connection (server restarted) is replaced on checkout; a desk that
    # cannot get one in 10 s is told so instead of hanging. Keepalives find a vanished server.
    "pool_size": 5,
    "max_overflow": 5,
    "pool_timeout": 10,
    "pool_recycle": 1800,
    "pool_pre_ping": True,
    "connect_args": {
        "connect_timeout": 10,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": 10000,  # ms: a write to a vanished server fails instead of hanging
    },
}


@dataclass
class Database:
    """An open database: the engine, a session factory and facts about the file."""

    engine: Engine
    url: str = field(repr=False)  # may hold a password
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    #: the connection before a user's own login replaced it (the desk's), for sign-out
    before_sign_in: str = field(default="", init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._factory, "before_flush", check_session)  # no NUL is ever saved

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A short session for one use case: commits on success, rolls back on error."""
        with self._factory() as session:
            try:
                yield session
                session.commit()
            except StaleDataError as exc:  # the optimistic lock: never shown raw to a person
                session.rollback()
                from tcd_desktop.services.errors import ConcurrentChange  # no import cycle

                raise ConcurrentChange() from exc
            except BaseException:
                session.rollback()
                raise

    def announce(self, changes: Changes) -> None:
        """Tell the other desks what a committed operation changed (PostgreSQL NOTIFY)."""
        from tcd_desktop.store.notify import announce

        announce(self, changes)

    def meta(self, key: str, default: str = "") -> str:
        """Read one ``app_meta`` value."""
        with self._factory() as session:
            value = session.scalar(select(AppMeta.value).where(AppMeta.key == key))
        return default if value is None else value

    @property
    def is_sample(self) -> bool:
        """True when this database holds generated sample data (shown as such everywhere)."""
        return self.meta("sample_data") == "1"

    def display_name(self) -> str:
        """Where the data lives, for the status bar (never a password)."""
        sa_url = make_url(self.url)
        if sa_url.get_backend_name() == "sqlite":
            return sa_url.database or ":memory:"
        return sa_url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def login_name(self) -> str:
        """The PostgreSQL role this database is connected as (empty on SQLite)."""
        if self.dialect != "postgresql":
            return ""
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("SELECT session_user").scalar_one())

    def switch_login(self, login: str, password: str) -> None:
        """Connect as ``login`` from now on (a networked office: the signed-in user's own
        PostgreSQL role, never the owner). The new connection is tried first; on failure
        :class:`DatabaseError` is raised and the current connection stays in use."""
        sa_url = make_url(self.url).set(username=login, password=password)
        self._connect_with(sa_url.render_as_string(hide_password=False), login)

    def return_to(self, url: str) -> None:
        """Connect with ``url`` again (sign-out: the desk's own login, not the last user's)."""
        if url != self.url:
            self._connect_with(url, make_url(url).username or "")

    def _connect_with(self, url: str, login: str) -> None:
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except Exception as exc:
            engine.dispose()
            raise DatabaseError(
                f"Không kết nối được cơ sở dữ liệu với vai trò {login}: {type(exc).__name__}"
            ) from exc
        old = self.engine
        self.engine = engine
        self.url = url
        self.__post_init__()
        old.dispose()


def _sqlite_file(url: str) -> Path | None:
    sa_url = make_url(url)
    if sa_url.get_backend_name() != "sqlite" or not sa_url.database:
        return None
    if sa_url.database == ":memory:" or sa_url.database.startswith("file:"):
        return None
    return Path(sa_url.database).expanduser()


def open_database(
    url: str,
    *,
    upgrade: bool = True,
    backup: bool = True,
    backup_dir: Path | None = None,
    retention: Retention | None = None,
) -> Database:
    """Open (and by default upgrade) the database at ``url``.

    Before an SQLite file is upgraded it is backed up (online backup API) into
    ``backup_dir`` (default: ``<data folder>/backups``) and the folder is rotated.

    Raises ``SchemaTooNewError`` when the schema is newer than this version knows, and
    ``DatabaseError`` when the server cannot be reached; in both cases nothing is changed.
    """
    path = _sqlite_file(url)
    if path is not None and path.exists():
        _refuse_truncated_sqlite(path)
        _refuse_newer_sqlite(path)  # read-only look first: a refused file stays byte-identical
    try:
        engine = make_engine(url)
        current = migrate.current_revision(engine)
    except DatabaseError:
        raise
    except Exception as exc:  # connection refused, bad URL, unreadable file
        shown = make_url(url).render_as_string(hide_password=True)
        raise DatabaseError(f"Không mở được cơ sở dữ liệu {shown}: {exc}") from exc
    if current is not None and not migrate.is_known_revision(current):
        engine.dispose()
        raise _too_new(current)
    if upgrade and current != migrate.head_revision():
        if backup and current is not None and path is not None and path.exists():
            copy = _backup_before_upgrade(path, backup_dir, retention or Retention())
            log.info("backed up %s to %s before upgrading", path, copy)
        try:
            migrate.upgrade(engine)
        except ProgrammingError as exc:
            engine.dispose()
            if getattr(exc.orig, "sqlstate", "") != "42501":  # insufficient_privilege
                raise
            raise DatabaseError(
                "Cơ sở dữ liệu cần được nâng cấp lên phiên bản mới, việc này chỉ vai trò chủ sở "
                "hữu làm được: hãy nhờ người quản trị máy chủ chạy tcd-desktop db upgrade "
                "--database <địa chỉ của chủ sở hữu>. Dữ liệu không bị thay đổi."
            ) from exc
        _refresh_grants(engine)
    return Database(engine=engine, url=url)


def _refresh_grants(engine: Engine) -> None:
    """After an upgrade of an office with database roles, cover the new tables too."""
    if engine.dialect.name != "postgresql":
        return
    from tcd_desktop.store.pg_roles import apply_grants, installed_prefix

    with engine.begin() as conn:
        prefix = installed_prefix(conn)
        if prefix:
            apply_grants(conn, prefix)


def _backup_before_upgrade(path: Path, folder: Path | None, retention: Retention) -> Path:
    """Back up into ``folder``, else the default folder; no upgrade without a backup."""
    label = f"before-{migrate.head_revision()}".lower()
    tried = []
    for where in dict.fromkeys([folder or default_backup_dir(), default_backup_dir()]):
        try:
            return snapshot(path, where, label, retention).path
        except (OSError, sqlite3.Error) as exc:
            log.warning("could not back up %s into %s: %s", path, where, exc)
            tried.append(f"{where}: {exc}")
    raise DatabaseError(
        "Không sao lưu được cơ sở dữ liệu trước khi nâng cấp nên chưa nâng cấp ("
        + "; ".join(tried)
        + "). Dữ liệu không bị thay đổi."
    )


def _too_new(revision: str) -> SchemaTooNewError:
    return SchemaTooNewError(
        "Cơ sở dữ liệu này được tạo bởi phiên bản TCD Desktop mới hơn "
        f"(lược đồ {revision}). Vui lòng cập nhật ứng dụng; dữ liệu không bị thay đổi."
    )


def _refuse_truncated_sqlite(path: Path) -> None:
    """Raise when an SQLite file is shorter than the page count its own header states.

    SQLite notices a missing page only when a query reads it, so a file cut short (a copy
    stopped halfway, a full disk) would open and answer some questions wrongly.  The header's
    page count is trusted only when it is current (its "version-valid-for" equals the change
    counter) and no write-ahead log or hot journal holds pages a crash left unfinished.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
        journals = (path.with_name(path.name + suffix) for suffix in ("-wal", "-journal"))
        pending = any(j.exists() and j.stat().st_size > 0 for j in journals)
    except OSError:
        return  # unreadable: the normal path reports it
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00") or pending:
        return
    if header[24:28] != header[92:96]:
        return  # written by an old SQLite: the page count is not kept
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if pages and size < pages * page_size:
        raise DatabaseError(
            f"Tệp cơ sở dữ liệu bị hỏng: tệp bị cắt cụt, thiếu {pages * page_size - size} byte "
            "so với phần đầu tệp. Tệp không bị thay đổi; hãy phục hồi từ bản sao lưu "
            "(tcd-desktop restore)."
        )


def _refuse_newer_sqlite(path: Path) -> None:
    """Read the stamped revision through a read-only connection; raise if it is unknown."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # let the normal path report it
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None  # empty or foreign file: the normal path decides
    finally:
        conn.close()
    if row and not migrate.is_known_revision(row[0]):
        raise _too_new(row[0])
