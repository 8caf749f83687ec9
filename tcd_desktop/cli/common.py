"""Shared pieces of the command line: errors, output, checked arguments, opening the database.

Every argument a command takes is checked here before anything is opened or written: dates
within 1990–2100, whole numbers within their legal range, database URLs that parse, output
files whose folder exists. Each problem is a :class:`CliError` with a Vietnamese message.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

from tcd_desktop.config.paths import resolve_database_url
from tcd_desktop.domain.text_safety import first_control, is_control
from tcd_desktop.store.database import Database, DatabaseError, open_database

#: Dates a command accepts (events, days off, filters): the law and the office live in these.
MIN_YEAR, MAX_YEAR = 1990, 2100
#: The longest file name most file systems take (bytes, UTF-8).
MAX_NAME_BYTES = 255
MAX_PATH_CHARS = 4000
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class CliError(Exception):
    """A problem with the user's input or environment; printed without a traceback."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def parse_date(text: str, what: str = "ngày") -> dt.date:
    """Parse ``YYYY-MM-DD`` or ``DD/MM/YYYY`` (years 1990–2100) with a Vietnamese message."""
    parsed: dt.date | None = None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            parsed = dt.datetime.strptime(text.strip(), fmt).date()
            break
        except ValueError:
            continue
    if parsed is None:
        raise CliError(
            f"{what} không hợp lệ: {_shown(text)} (dùng dạng YYYY-MM-DD, ví dụ 2026-08-03)"
        )
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise CliError(
            f"{what} {parsed:%d/%m/%Y} nằm ngoài khoảng hỗ trợ (năm {MIN_YEAR}–{MAX_YEAR})."
        )
    return parsed


def check_int(value: int, low: int, high: int, what: str) -> int:
    """``value`` when ``low <= value <= high``; otherwise a Vietnamese :class:`CliError`."""
    if not low <= value <= high:
        raise CliError(
            f"{what} phải là số nguyên từ {low:,} đến {high:,} (nhận {value:,}).".replace(",", ".")
        )
    return value


def check_text(value: str, what: str, *, max_len: int = 1000, required: bool = False) -> str:
    """Refuse control characters (NUL, escape codes...) and overlong text in an argument."""
    bad = first_control(value)
    if bad is not None:
        raise CliError(f"{what} chứa ký tự điều khiển không được phép (mã U+{ord(bad):04X}).")
    if len(value) > max_len:
        raise CliError(f"{what} quá dài ({len(value):,} ký tự, tối đa {max_len:,}).")
    if required and not value.strip():
        raise CliError(f"Hãy ghi {what}.")
    return value


def _shown(text: str, limit: int = 40) -> str:
    """An argument quoted for a message: shortened, control characters escaped."""
    short = text if len(text) <= limit else text[:limit] + "…"
    return repr(short)


def emit(as_json: bool, data: Any, text: str) -> None:
    """Print JSON (UTF-8, not escaped) or the human text."""
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def check_database_url(url: str) -> URL:
    """Parse a database URL; a Vietnamese :class:`CliError` (never echoing a password)."""
    if any(is_control(c) for c in url):
        raise CliError("Địa chỉ cơ sở dữ liệu chứa ký tự điều khiển.", exit_code=2)
    try:
        sa_url = make_url(url)
        port = sa_url.port
    except Exception:  # ArgumentError, ValueError for a non-numeric port, ...
        raise CliError(
            "Địa chỉ cơ sở dữ liệu không hợp lệ. Dùng dạng sqlite:///đường/dẫn/tệp.sqlite3 "
            "hoặc postgresql+psycopg://người_dùng@máy_chủ:5432/tên_csdl.",
            exit_code=2,
        ) from None
    backend = sa_url.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise CliError(
            f"Không hỗ trợ loại cơ sở dữ liệu {backend!r}: chỉ SQLite (sqlite:///...) "
            "hoặc PostgreSQL (postgresql+psycopg://...).",
            exit_code=2,
        )
    if port is not None and not 1 <= port <= 65535:
        raise CliError(f"Cổng máy chủ cơ sở dữ liệu phải từ 1 đến 65535 (nhận {port}).")
    if backend == "sqlite" and sa_url.database and sa_url.database != ":memory:":
        path = Path(sa_url.database).expanduser()
        try:
            is_dir = path.is_dir()
            path.exists()
        except OSError as exc:
            raise CliError(f"Đường dẫn cơ sở dữ liệu không dùng được: {os_problem(exc)}.") from None
        if is_dir:
            raise CliError(f"{path} là một thư mục, không phải tệp cơ sở dữ liệu.", exit_code=1)
    return sa_url


def database_exists(url: str) -> bool:
    """False only for an SQLite file that does not exist yet."""
    sa_url = check_database_url(url)
    if sa_url.get_backend_name() != "sqlite" or not sa_url.database:
        return True
    return sa_url.database == ":memory:" or Path(sa_url.database).expanduser().exists()


def open_db(url_arg: str | None, *, upgrade: bool = True, must_exist: bool = False) -> Database:
    """Open the database named by ``--database`` / ``TCD_DATABASE_URL`` / the default file."""
    url = resolve_database_url(url_arg)
    shown = check_database_url(url).render_as_string(hide_password=True)
    if must_exist and not database_exists(url):
        raise CliError(f"Không tìm thấy cơ sở dữ liệu: {shown}", exit_code=1)
    if _not_sqlite_file(url):  # SQLite would write its header over a tiny or empty file
        raise CliError(
            f"Tệp {shown} không phải cơ sở dữ liệu SQLite (trống hoặc hỏng); "
            "không có gì được ghi vào tệp.",
            exit_code=1,
        )
    try:
        return open_database(url, upgrade=upgrade)
    except DatabaseError as exc:
        raise CliError(_first_line(str(exc)), exit_code=1) from exc
    except OSError as exc:  # the SQLite file's folder cannot be created, ...
        raise CliError(f"Không mở được cơ sở dữ liệu {shown}: {os_problem(exc)}", 1) from exc


SQLITE_HEADER = b"SQLite format 3\x00"


def _not_sqlite_file(url: str) -> bool:
    """True for an existing file that does not start with SQLite's header."""
    sa_url = make_url(url)
    if sa_url.get_backend_name() != "sqlite" or sa_url.database in (None, "", ":memory:"):
        return False
    if sa_url.drivername == "sqlite+sqlcipher":  # encrypted: no plain header by design
        return False
    path = Path(sa_url.database).expanduser()
    try:
        if not path.is_file():
            return False
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER
    except OSError:
        return False  # unreadable: opening it reports the problem


#: SQLite's and the drivers' English, as the office reads it.
_DRIVER_WORDS = (
    ("(sqlite3.DatabaseError) file is not a database", "tệp không phải cơ sở dữ liệu SQLite"),
    ("(sqlite3.DatabaseError) database disk image is malformed", "tệp cơ sở dữ liệu bị hỏng"),
    ("(sqlite3.OperationalError) unable to open database file", "không mở được tệp"),
)


def _first_line(message: str) -> str:
    """A database message without SQLAlchemy's SQL and link lines, in Vietnamese if known."""
    line = message.splitlines()[0] if message else message
    for english, vietnamese in _DRIVER_WORDS:
        line = line.replace(english, vietnamese)
    return line


def os_problem(exc: OSError) -> str:
    """What an operating-system error means, in Vietnamese (no path, no English)."""
    return {
        errno.ENOENT: "thư mục không tồn tại",
        errno.EACCES: "không có quyền ghi",
        errno.EPERM: "không được phép",
        errno.EROFS: "ổ đĩa chỉ đọc",
        errno.ENOSPC: "ổ đĩa đã đầy",
        errno.ENAMETOOLONG: "tên tệp quá dài",
        errno.EISDIR: "đó là một thư mục",
        errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
        errno.EEXIST: "tệp đã tồn tại",
    }.get(exc.errno or 0, f"lỗi hệ thống số {exc.errno}")


def check_output_path(text: str, suffixes: tuple[str, ...], what: str = "--out") -> Path:
    """An output file whose folder exists and is writable; nothing is created here."""
    check_text(text, what, max_len=MAX_PATH_CHARS, required=True)
    out = Path(text).expanduser()
    if out.suffix.lower() not in suffixes:
        raise CliError(f"{what} phải là tệp " + ", ".join(suffixes) + ".")
    if len(out.name.encode("utf-8")) > MAX_NAME_BYTES:
        raise CliError(f"Tên tệp {what} quá dài (tối đa {MAX_NAME_BYTES} byte).")
    try:
        _check_folder(out, suffixes[0])
    except OSError as exc:  # a path too long for the system, a component not a folder, ...
        raise CliError(f"Không dùng được đường dẫn {what}: {os_problem(exc)}.", 1) from None
    return out


def _check_folder(out: Path, example_suffix: str) -> None:
    if out.is_dir():
        example = out / ("so" + example_suffix)
        raise CliError(f"{out} là một thư mục; hãy ghi tên tệp, ví dụ {example}.")
    folder = out.parent
    if not folder.is_dir():
        raise CliError(f"Thư mục {folder} không tồn tại; hãy tạo thư mục trước.", exit_code=1)
    if not os.access(folder, os.W_OK | os.X_OK) or str(folder.resolve()).startswith(
        ("/proc", "/sys")
    ):
        raise CliError(f"Không ghi được vào thư mục {folder}.", exit_code=1)


def database_error_message(exc: BaseException) -> str | None:
    """A Vietnamese message for a database error that never shows SQL or its parameters.

    None when ``exc`` is not a database error (a bug: let it show as one).
    """
    import sqlite3

    from sqlalchemy import exc as sa_exc

    from tcd_desktop.store.text_guard import ControlCharacterRefused

    if isinstance(exc, DatabaseError | ControlCharacterRefused):
        return str(exc)
    if not isinstance(exc, sa_exc.SQLAlchemyError | sqlite3.Error) and not _is_psycopg(exc):
        return None
    if isinstance(exc, sa_exc.IntegrityError | sqlite3.IntegrityError):
        what = "dữ liệu trùng hoặc vi phạm ràng buộc của cơ sở dữ liệu"
    elif isinstance(exc, sa_exc.DataError | sqlite3.DataError):
        what = "có giá trị không hợp lệ với cơ sở dữ liệu (quá dài, sai kiểu hoặc quá lớn)"
    elif _no_schema(exc):
        what = (
            "cơ sở dữ liệu chưa có lược đồ của TCD Desktop (hãy chạy tcd-desktop db upgrade "
            "hoặc mở ứng dụng)"
        )
    elif isinstance(exc, sa_exc.OperationalError | sqlite3.OperationalError):
        what = "không kết nối hoặc không ghi được vào cơ sở dữ liệu (máy chủ, tệp bị khoá, ổ đầy)"
    else:
        what = f"lỗi cơ sở dữ liệu ({type(exc).__name__})"
    return f"{what[0].upper()}{what[1:]}; không có gì được ghi."


def _no_schema(exc: BaseException) -> bool:
    """A missing table: the database was never set up (the message names only the table)."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    return "no such table" in text or type(orig).__name__ == "UndefinedTable"


def _is_psycopg(exc: BaseException) -> bool:
    return type(exc).__module__.startswith("psycopg")
