"""``export-register`` and ``import-register`` run in-process through their own sub-parsers."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tcd_desktop.cli.argparse_vi import VietArgumentParser
from tcd_desktop.cli.auth import PASSWORD_ENV, USER_ENV
from tcd_desktop.cli.common import CliError
from tcd_desktop.cli.register_cmds import add_register_commands
from tcd_desktop.services.setup import create_office
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry
from tcd_desktop.store.queries.register import register_count
from tests.dbfixtures import make_database
from tests.services.reception_fixtures import PASSWORD, Office, seed_register


@pytest.fixture(autouse=True)
def signed_in_as_officer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands sign in; the office fixture's reception officer (or admin) by default."""
    monkeypatch.setenv(USER_ENV, "tiepdan")
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Parse and run like ``tcd_desktop.cli.run_cli`` does."""
    parser: argparse.ArgumentParser = VietArgumentParser(prog="tcd-desktop")
    add_register_commands(parser.add_subparsers())
    ns = parser.parse_args(list(args))
    try:
        code = int(ns.handler(ns) or 0)
    except CliError as exc:
        print(f"Lỗi: {exc}")
        code = exc.exit_code
    out, err = capsys.readouterr()
    return code, out, err


def _count(db: Database) -> int:
    with db.session() as s:
        return register_count(s)


def test_export_then_dry_run_then_import(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_register(office)
    out = tmp_path / "so.xlsx"
    code, text, _ = run(
        capsys,
        "export-register",
        "--out",
        str(out),
        "--from",
        "2026-08-04",
        "--to",
        "2026-08-31",
        "--database",
        office.db.url,
        "--json",
    )
    assert code == 0 and json.loads(text) == {"file": str(out), "format": "xlsx", "rows": 4}
    kind = "sqlite" if office.db.dialect == "sqlite" else "postgres"
    with make_database(kind, tmp_path / "other") as other:
        with other.session() as s:
            create_office(s, "UBND xã B", "X-B", "Lạng Sơn", "LB-01", "admin", "Quản Trị", PASSWORD)
        code, text, _ = run(
            capsys,
            "import-register",
            str(out),
            "--dry-run",
            "--user",
            "admin",
            "--database",
            other.url,
        )
        assert code == 0 and "không ghi gì" in text and _count(other) == 0
        code, text, _ = run(
            capsys,
            "import-register",
            str(out),
            "--json",
            "--user",
            "admin",
            "--database",
            other.url,
        )
        data = json.loads(text)
        assert code == 0 and data["imported"] == 4 and data["invalid"] == []
        assert _count(other) == 4


BAD = 'STT,Ngày tiếp,Họ tên,CCCD,Nội dung,Loại đơn,Số người,Cơ quan đã giải quyết,Thẩm quyền,\
Hướng dẫn,Thụ lý,Theo dõi,Ghi chú\n1,05/08/2026,"An, xã A",,Khiếu nại,Khiếu nại,1,,,,,,\n\
2,hôm qua,"Bình, xã B",,Kiến nghị,Kiến nghị,1,,,,,,\n'


def test_invalid_rows_block_the_import_until_excluded(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "so.csv"
    path.write_text(BAD, encoding="utf-8")
    code, text, _ = run(capsys, "import-register", str(path), "--database", office.db.url)
    assert code == 1 and "Dòng 3: Ngày tiếp không hợp lệ" in text and "Chưa nhập gì" in text
    assert _count(office.db) == 0
    code, text, _ = run(
        capsys,
        "import-register",
        str(path),
        "--exclude",
        "3",
        "--json",
        "--database",
        office.db.url,
    )
    assert code == 0 and json.loads(text)["imported"] == 1 and _count(office.db) == 1
    # the audit names the officer who signed in, not the system account
    with office.db.session() as s:
        users_of = set(
            s.scalars(
                select(AuditEntry.user_id).where(
                    AuditEntry.action.in_(("register.import", "reception.import"))
                )
            )
        )
    assert users_of == {office.officer.user_id}
    # the same file again is refused (the rows are in the register); nothing more is written
    code, text, _ = run(
        capsys, "import-register", str(path), "--exclude", "3", "--database", office.db.url
    )
    assert code == 1 and "đã được nhập" in text and _count(office.db) == 1
    code, text, _ = run(
        capsys,
        "import-register",
        str(path),
        "--exclude",
        "3",
        "--allow-duplicate",
        "--database",
        office.db.url,
    )
    assert code == 3 and "không có quyền" in text and _count(office.db) == 1
    code, text, _ = run(
        capsys,
        "import-register",
        str(path),
        "--exclude",
        "3",
        "--allow-duplicate",
        "--user",
        "admin",
        "--database",
        office.db.url,
    )
    assert code == 0 and "(vẫn nhập)" in text and _count(office.db) == 2


def test_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str], db: Database) -> None:
    code, text, _ = run(
        capsys, "export-register", "--out", str(tmp_path / "x.doc"), "--database", db.url
    )
    assert code == 2 and ".xlsx" in text
    code, text, _ = run(
        capsys,
        "export-register",
        "--out",
        str(tmp_path / "x.xlsx"),
        "--from",
        "2026-09-01",
        "--to",
        "2026-08-01",
        "--database",
        db.url,
    )
    assert code == 2 and "--to" in text
    code, text, _ = run(capsys, "import-register", str(tmp_path / "none.csv"), "--database", db.url)
    assert code == 1 and "Không tìm thấy tệp" in text
    (tmp_path / "a.csv").write_text(BAD, encoding="utf-8")
    code, text, _ = run(
        capsys, "import-register", str(tmp_path / "a.csv"), "--exclude", "x", "--database", db.url
    )
    assert code == 2 and "--exclude" in text
