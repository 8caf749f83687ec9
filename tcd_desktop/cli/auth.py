"""Sign-in for the command line, like the screens: ``--user`` / ``TCD_USER`` and a password.

A command that changes data or reads personal data calls :func:`signed_in` and acts as the
returned :class:`Actor` (never as ``SYSTEM``): the role is checked like on the screens and
the user is written into the audit entries. The password comes from ``--password-stdin``
(first line of standard input) or ``TCD_PASSWORD`` — the convention of PGUSER/PGPASSWORD.
"""

from __future__ import annotations

import argparse
import os
import sys

from tcd_desktop.cli.common import CliError
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.users.signin import SignInFailed, sign_in_at_desk
from tcd_desktop.store.database import Database
from tcd_desktop.store.pg_roles import installed_prefix

USER_ENV = "TCD_USER"
PASSWORD_ENV = "TCD_PASSWORD"


def add_auth_args(p: argparse.ArgumentParser) -> None:
    """The sign-in options every data command takes."""
    p.add_argument(
        "--user",
        metavar="USER",
        help=f"tên đăng nhập (mặc định: biến môi trường {USER_ENV})",
    )
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=f"đọc mật khẩu từ dòng đầu của đầu vào chuẩn (nếu không: biến {PASSWORD_ENV})",
    )


def read_password(ns: argparse.Namespace) -> str:
    """The password from standard input (``--password-stdin``) or ``TCD_PASSWORD``."""
    if getattr(ns, "password_stdin", False):
        if "_stdin_password" not in ns:
            line = sys.stdin.readline()
            ns._stdin_password = line.rstrip("\r\n")
        password = str(ns._stdin_password)
    else:
        password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        raise CliError(
            f"Chưa có mật khẩu: dùng --password-stdin hoặc đặt biến môi trường {PASSWORD_ENV}."
        )
    return password


def signed_in(
    ns: argparse.Namespace,
    db: Database,
    *roles: Role | str,
    action: str = "thực hiện lệnh này",
) -> Actor:
    """Sign in the user the command line names and check that they hold one of ``roles``.

    Raises :class:`CliError` (exit code 3) on a missing user, a wrong password, a locked or
    inactive account, or a role that does not allow ``action``.
    """
    username = (getattr(ns, "user", None) or os.environ.get(USER_ENV, "")).strip()
    if not username:
        raise CliError(
            f"Lệnh này cần đăng nhập: dùng --user TÊN hoặc đặt biến môi trường {USER_ENV}.",
            exit_code=3,
        )
    password = read_password(ns)
    try:
        # a networked office: from here on the command runs as the user's own database role
        actor = sign_in_at_desk(db, username, password)
    except SignInFailed as exc:
        raise CliError(str(exc), exit_code=3) from exc
    if roles:
        try:
            require(actor, *roles, action=action)
        except PermissionDenied as exc:
            raise CliError(str(exc), exit_code=3) from exc
    return actor


def sign_in_if_named(ns: argparse.Namespace, db: Database) -> Actor | None:
    """For the commands that need no sign-in (aggregates that name nobody): sign in when a
    user is named (``--user`` / ``TCD_USER``), so that in a networked office the command reads
    under that user's database role; nobody named, it reads as the desk's own login, which
    may read the columns these counts select and no personal data (``pg_grants``). ``None`` when
    nobody is named or the database has no database roles (SQLite: nothing changes)."""
    if not (getattr(ns, "user", None) or os.environ.get(USER_ENV, "")).strip():
        return None
    if db.dialect != "postgresql":
        return None
    with db.session() as session:
        if installed_prefix(session) is None:
            return None  # no database roles: the connection reads as it always did
    return signed_in(ns, db)
