"""Headless administration: ``setup`` (the first-run dialog) and ``users add|disable|password``.

Passwords are never arguments (they would show in the process list and the shell history):

- ``setup ... --password-stdin``: the first line of standard input is the new administrator's
  password (or ``TCD_PASSWORD``).
- ``users ... --user ADMIN --password-stdin``: the administrator signs in first. The first
  line of standard input is the administrator's password and the second the account's new
  password; when ``TCD_PASSWORD`` holds the administrator's password, the first line is the
  new password.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from tcd_desktop.cli.auth import PASSWORD_ENV, add_auth_args, read_password, signed_in
from tcd_desktop.cli.common import CliError, check_text, emit, open_db
from tcd_desktop.domain.enums import Role, UnitLevel
from tcd_desktop.domain.folding import fold
from tcd_desktop.services import users
from tcd_desktop.services.errors import ServiceError, ValidationFailed
from tcd_desktop.services.setup import create_office, office_profile
from tcd_desktop.services.users import desks
from tcd_desktop.services.users.network import install_database_roles
from tcd_desktop.store.database import Database

#: Short role names accepted by ``--role`` besides the role values.
ROLE_ALIASES = {
    "tiepdan": Role.RECEPTION_OFFICER,
    "xulydon": Role.HANDLING_OFFICER,
    "lanhdao": Role.LEADER,
    "giamsat": Role.SUPERVISOR,
    "quantri": Role.ADMINISTRATOR,
}
ROLE_CHOICES = tuple(r.value for r in Role) + tuple(ROLE_ALIASES)


def _database(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", metavar="URL", help="SQLAlchemy URL (mặc định: TCD_DATABASE_URL)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def add_users_commands(sub: Any) -> None:
    """Register ``setup`` and ``users`` on the main parser."""
    p = sub.add_parser("setup", help="thiết lập cơ quan và tài khoản quản trị (như lần chạy đầu)")
    p.add_argument("--office-name", required=True, metavar="TÊN", help="tên cơ quan, đơn vị")
    p.add_argument("--province", required=True, metavar="MÃ", help="mã tỉnh/thành phố, ví dụ 20")
    p.add_argument("--unit-code", required=True, metavar="MÃ", help="mã cơ quan, đơn vị")
    p.add_argument("--desk-code", required=True, metavar="MÃ", help="mã bàn tiếp, ví dụ LS-01")
    p.add_argument(
        "--unit-level",
        choices=tuple(level.value for level in UnitLevel),
        default=UnitLevel.COMMUNE.value,
        help="cấp của cơ quan (mặc định: commune)",
    )
    p.add_argument("--admin", required=True, metavar="USER", help="tên đăng nhập quản trị viên")
    p.add_argument(
        "--admin-name", default="Quản trị hệ thống", metavar="HỌ_TÊN", help="họ tên quản trị viên"
    )
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=f"đọc mật khẩu quản trị viên từ dòng đầu của đầu vào chuẩn (hoặc {PASSWORD_ENV})",
    )
    _database(p)
    p.set_defaults(handler=cmd_setup)

    p = sub.add_parser("users", help="tài khoản: thêm, ngừng hoạt động, đặt lại mật khẩu")
    usub = p.add_subparsers(title="thao tác", metavar="THAO_TÁC", required=True)
    q = usub.add_parser("add", help="thêm tài khoản (quản trị viên)")
    q.add_argument("username", metavar="USER")
    q.add_argument("--role", action="append", required=True, choices=ROLE_CHOICES)
    q.add_argument("--full-name", required=True, metavar="HỌ_TÊN")
    q.add_argument("--title", default="", metavar="CHỨC_DANH")
    _database(q)
    add_auth_args(q)
    q.set_defaults(handler=cmd_users_add)
    q = usub.add_parser("disable", help="ngừng hoạt động một tài khoản (quản trị viên)")
    q.add_argument("username", metavar="USER")
    _database(q)
    add_auth_args(q)
    q.set_defaults(handler=cmd_users_disable)
    q = usub.add_parser("password", help="đặt lại mật khẩu của một tài khoản (quản trị viên)")
    q.add_argument("username", metavar="USER")
    _database(q)
    add_auth_args(q)
    q.set_defaults(handler=cmd_users_password)
    q = usub.add_parser(
        "db-roles",
        help="PostgreSQL: tạo vai trò cơ sở dữ liệu theo vai trò người dùng (URL chủ sở hữu)",
    )
    q.add_argument("--prefix", default="tcd", metavar="TIỀN_TỐ", help="mặc định: tcd")
    _database(q)
    add_auth_args(q)
    q.set_defaults(handler=cmd_users_db_roles)
    q = usub.add_parser("desk-id", help="mã máy (installation) của máy này, để đăng ký bàn")
    q.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    q.set_defaults(handler=cmd_users_desk_id)
    q = usub.add_parser("desk-register", help="đăng ký một máy làm bàn tiếp dân (quản trị viên)")
    q.add_argument("code", metavar="MÃ_BÀN", help="ví dụ LS-02")
    q.add_argument("--installation", required=True, metavar="MÃ_MÁY", help="từ users desk-id")
    q.add_argument("--name", default="", metavar="TÊN", help="tên bàn, ví dụ Bàn 2")
    _database(q)
    add_auth_args(q)
    q.set_defaults(handler=cmd_users_desk_register)


def _stdin_line(what: str) -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise CliError(f"Chưa có {what} ở đầu vào chuẩn (--password-stdin).")
    return line


def _province(text: str) -> tuple[str, str]:
    """(code, name) from a province code such as ``20`` or its name."""
    from tcd_desktop.domain.places import PROVINCES

    wanted = fold(text.strip())
    for code, name in PROVINCES:
        if text.strip() == code or wanted in (fold(name), fold(name.split(" ", 1)[1])):
            return code, name
    codes = ", ".join(code for code, _ in PROVINCES)
    raise CliError(f"Không có tỉnh/thành phố {text!r}. Dùng một mã: {codes}.")


def _fail(exc: ServiceError) -> CliError:
    if isinstance(exc, ValidationFailed):
        return CliError(" ".join(exc.field_errors.values()) or str(exc), exit_code=2)
    return CliError(str(exc), exit_code=1)


def cmd_setup(ns: argparse.Namespace) -> int:
    """Create the office, the desk and the first administrator (refused once set up)."""
    for value, what in (
        (ns.office_name, "--office-name"),
        (ns.unit_code, "--unit-code"),
        (ns.desk_code, "--desk-code"),
        (ns.admin, "--admin"),
        (ns.admin_name, "--admin-name"),
    ):
        check_text(value, what, max_len=255, required=True)
    code, province = _province(ns.province)
    if ns.password_stdin:
        password = _stdin_line("mật khẩu quản trị viên")
    else:
        password = os.environ.get(PASSWORD_ENV, "")
        if not password:
            raise CliError(f"Chưa có mật khẩu: dùng --password-stdin hoặc biến {PASSWORD_ENV}.")
    problem = users.password_problem(password)
    if problem:
        raise CliError(problem)  # before the database is created
    db = open_db(ns.database)
    try:
        with db.session() as session:
            profile = create_office(
                session,
                ns.office_name,
                ns.unit_code,
                province,
                ns.desk_code,
                ns.admin,
                ns.admin_name,
                password,
                unit_level=ns.unit_level,
                province_code=code,
            )
    except ServiceError as exc:
        raise _fail(exc) from exc
    finally:
        db.close()
    data = {
        "office": profile.office_name,
        "unit_code": profile.unit_code,
        "province": profile.province,
        "desk_code": profile.desk_code,
        "admin": ns.admin.strip().lower(),
    }
    emit(
        ns.json,
        data,
        f"Đã thiết lập {profile.office_name} ({profile.unit_code}, {profile.province}), "
        f"bàn tiếp {profile.desk_code}, quản trị viên {data['admin']}.",
    )
    return 0


def _admin(ns: argparse.Namespace, db: Database, action: str) -> Any:
    """Sign the administrator in; the admin's password is read before the new one."""
    if ns.password_stdin and "_stdin_password" not in ns:
        env = os.environ.get(PASSWORD_ENV, "")
        ns._stdin_password = env or sys.stdin.readline().rstrip("\r\n")
    return signed_in(ns, db, Role.ADMINISTRATOR, action=action)


def _new_password(ns: argparse.Namespace) -> str:
    if not ns.password_stdin:
        raise CliError("Mật khẩu mới đọc từ đầu vào chuẩn: thêm --password-stdin.")
    return _stdin_line("mật khẩu mới")


def _user_id(session: Any, username: str) -> Any:
    user = users.find_user(session, username)
    if user is None:
        raise CliError(f"Không có tài khoản {username!r}.", exit_code=1)
    return user.id


def cmd_users_add(ns: argparse.Namespace) -> int:
    """Create an account with its roles, in the administrator's unit."""
    check_text(ns.username, "Tên đăng nhập", max_len=64, required=True)
    check_text(ns.full_name, "--full-name", max_len=255, required=True)
    check_text(ns.title, "--title", max_len=255)
    roles = [ROLE_ALIASES.get(r, r) for r in ns.role]
    db = open_db(ns.database, must_exist=True)
    try:
        admin = _admin(ns, db, "tạo tài khoản")
        password = _new_password(ns)
        with db.session() as session:
            profile = office_profile(session, admin)
            info = users.create_user(
                session,
                admin,
                users.NewUser(
                    username=ns.username,
                    full_name=ns.full_name,
                    password=password,
                    roles=roles,
                    title=ns.title,
                    unit_id=admin.unit_id or (profile.unit_id if profile else None),
                ),
            )
    except ServiceError as exc:
        raise _fail(exc) from exc
    finally:
        db.close()
    data = {"username": info.username, "roles": sorted(str(r) for r in info.roles)}
    emit(ns.json, data, f"Đã tạo tài khoản {info.username} ({', '.join(data['roles'])}).")
    return 0


def cmd_users_disable(ns: argparse.Namespace) -> int:
    """Stop an account from signing in (never the last administrator)."""
    check_text(ns.username, "Tên đăng nhập", max_len=64, required=True)
    db = open_db(ns.database, must_exist=True)
    try:
        admin = _admin(ns, db, "ngừng hoạt động tài khoản")
        with db.session() as session:
            users.deactivate_user(session, admin, _user_id(session, ns.username))
    except ServiceError as exc:
        raise _fail(exc) from exc
    finally:
        db.close()
    emit(ns.json, {"username": ns.username, "active": False}, f"Đã ngừng {ns.username}.")
    return 0


def cmd_users_password(ns: argparse.Namespace) -> int:
    """Set a new password for an account (the administrator's reset)."""
    check_text(ns.username, "Tên đăng nhập", max_len=64, required=True)
    db = open_db(ns.database, must_exist=True)
    try:
        admin = _admin(ns, db, "đặt lại mật khẩu")
        password = _new_password(ns)
        with db.session() as session:
            users.change_password(session, admin, _user_id(session, ns.username), password)
    except ServiceError as exc:
        raise _fail(exc) from exc
    finally:
        db.close()
    emit(ns.json, {"username": ns.username}, f"Đã đặt mật khẩu mới cho {ns.username}.")
    return 0


def cmd_users_db_roles(ns: argparse.Namespace) -> int:
    """Install the database roles; the signed-in administrator gets a login at once."""
    db = open_db(ns.database, must_exist=True)
    try:
        admin = _admin(ns, db, "cài đặt vai trò cơ sở dữ liệu")
        done = install_database_roles(db, admin, read_password(ns), ns.prefix)
    except ServiceError as exc:
        raise _fail(exc) from exc
    finally:
        db.close()
    text = f"Đã cài vai trò cơ sở dữ liệu (tiền tố {done.prefix}); {admin.username} đã có vai trò."
    if done.need_password:
        text += " Cần đặt lại mật khẩu (users password) cho: " + ", ".join(done.need_password)
    if done.skipped:
        text += ". Tên không dùng được làm vai trò (đổi tên): " + ", ".join(done.skipped)
    data = {
        "prefix": done.prefix,
        "logins": list(done.logins),
        "need_password": list(done.need_password),
        "skipped": list(done.skipped),
    }
    emit(ns.json, data, text)
    return 0


def cmd_users_desk_id(ns: argparse.Namespace) -> int:
    """Print this installation's id (made on first use) and the desk it was registered as."""
    data = {"installation": desks.installation_id(), "desk": desks.local_code()}
    shown = data["desk"] or "chưa đăng ký"
    emit(ns.json, data, f"Mã máy: {data['installation']} (bàn: {shown})")
    return 0


def cmd_users_desk_register(ns: argparse.Namespace) -> int:
    """Register an installation as a desk with its own code and numbering series."""
    db = open_db(ns.database, must_exist=True)
    try:
        admin = _admin(ns, db, "đăng ký bàn tiếp dân")
        with db.session() as session:
            info = desks.register_desk(session, admin, ns.code, ns.installation, ns.name)
            login = desks.create_desk_login(session, admin, info.code)
    except ServiceError as exc:
        raise _fail(exc) from exc
    finally:
        db.close()
    data: dict[str, Any] = {
        "code": info.code,
        "name": info.name,
        "installation": info.installation_id,
    }
    text = f"Đã đăng ký bàn {info.code} ({info.name})."
    if login is not None:
        data["db_login"], data["db_password"] = login
        text += (
            f" Vai trò cơ sở dữ liệu của bàn: {login[0]}, mật khẩu: {login[1]} "
            "(ghi vào địa chỉ cơ sở dữ liệu của máy bàn đó; mật khẩu chỉ hiện một lần)."
        )
    emit(ns.json, data, text)
    return 0
