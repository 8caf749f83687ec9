"""Shared pieces of the command line: errors, output, dates, opening the database."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from tcd_desktop.config.paths import resolve_database_url
from tcd_desktop.store.database import Database, DatabaseError, open_database


class CliError(Exception):
    """A problem with the user's input or environment; printed without a traceback."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def parse_date(text: str, what: str = "ngày") -> dt.date:
    """Parse ``YYYY-MM-DD`` or ``DD/MM/YYYY`` with a Vietnamese error message."""
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise CliError(f"{what} không hợp lệ: {text!r} (dùng dạng YYYY-MM-DD, ví dụ 2026-08-03)")


def emit(as_json: bool, data: Any, text: str) -> None:
    """Print JSON (UTF-8, not escaped) or the human text."""
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def database_exists(url: str) -> bool:
    """False only for an SQLite file that does not exist yet."""
    sa_url = make_url(url)
    if sa_url.get_backend_name() != "sqlite" or not sa_url.database:
        return True
    return sa_url.database == ":memory:" or Path(sa_url.database).expanduser().exists()


def open_db(url_arg: str | None, *, upgrade: bool = True, must_exist: bool = False) -> Database:
    """Open the database named by ``--database`` / ``TCD_DATABASE_URL`` / the default file."""
    url = resolve_database_url(url_arg)
    if must_exist and not database_exists(url):
        raise CliError(f"Không tìm thấy cơ sở dữ liệu: {url}", exit_code=1)
    try:
        return open_database(url, upgrade=upgrade)
    except DatabaseError as exc:
        raise CliError(str(exc), exit_code=1) from exc
