"""The headless command line, run in-process as ``tcd-desktop ...`` would be."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from tcd_desktop.__main__ import main
from tcd_desktop.cli.auth import PASSWORD_ENV, USER_ENV
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.folding import fold
from tcd_desktop.services import users
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import open_database
from tcd_desktop.store.models import AuditEntry, Case, Citizen, Petition, Unit
from tests.dbfixtures import fresh_sqlite_file

PASSWORD = "matkhau123"


@pytest.fixture(autouse=True)
def _cheap_hashing(fast_hashing: None) -> None:
    """Signing in hashes passwords; cheap parameters keep these tests fast."""


def add_account(url: str, username: str, role: Role) -> None:
    """An account the commands sign in with (created through the service)."""
    db = open_database(url)
    try:
        with db.session() as s:
            users.create_user(
                s,
                SYSTEM,
                users.NewUser(username, f"Cán bộ {username}", PASSWORD, roles=(role,)),
            )
    finally:
        db.close()


def sign_in_as(monkeypatch: pytest.MonkeyPatch, username: str) -> None:
    """TCD_USER / TCD_PASSWORD, the way a script signs in."""
    monkeypatch.setenv(USER_ENV, username)
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadline_json_has_the_promised_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "K3", "--from", "2026-08-03", "--json")
    data = json.loads(out)
    assert code == 0
    # 30 calendar days after 03/8 ends Wed 02/9 (Quốc khánh) → rolls to Thu 03/9.
    assert data["due"] == "2026-09-03"
    assert {"rule", "start", "due", "unit", "days", "citation", "explanation"} <= data.keys()
    assert data["unit"] == "calendar" and data["days"] == 30
    assert "Điều 28" in data["citation"]


@pytest.mark.parametrize(
    ("args", "due"),
    [
        # K2 switched on 01/7/2026: 10 calendar days before (30/6 + 10 = Fri 10/7) ...
        (["K2", "--from", "2026-06-30"], "2026-07-10"),
        # ... and 7 working days from 01/7 (Thu): 2,3,6,7,8,9,10 July → Fri 10/7.
        (["K2", "--from", "2026-07-01"], "2026-07-10"),
        # K3 remote + complex: 60 days from 03/8 → Fri 02/10.
        (["K3", "--from", "2026-08-03", "--remote", "--complex"], "2026-10-02"),
        # D4 very complex, two 30-day extensions, 11 paused days: 3/8 + 101 → Thu 12/11.
        (
            [
                "D4",
                "--from",
                "2026-08-03",
                "--very-complex",
                "--extensions",
                "2",
                "--paused",
                "2026-08-10:2026-08-20",
            ],
            "2026-11-12",
        ),
        # T1 10 working days from Fri 13/2/2026 across Tết (16–20/2 off): 23/2..6/3 → 6/3.
        (["T1", "--from", "2026-02-13"], "2026-03-06"),
    ],
)
def test_deadline_cases(capsys: pytest.CaptureFixture[str], args: list[str], due: str) -> None:
    code, out, err = run(capsys, "deadline", *args, "--json")
    assert code == 0, err
    assert json.loads(out)["due"] == due


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["deadline", "Z9", "--from", "2026-08-03"], "Không có quy định 'Z9'"),
        (["deadline", "K3", "--from", "03-08-2026x"], "không hợp lệ"),
        (["deadline", "D4", "--from", "2026-08-03", "--extensions", "1"], "gia hạn"),
        (["deadline", "D4", "--from", "2026-08-03", "--complex", "--extensions", "2"], "gia hạn"),
        (["deadline", "K3", "--from", "2026-08-03", "--paused", "2026-08-20"], "FROM:TO"),
        (["calendar", "1800"], "ngoài khoảng"),
    ],
)
def test_bad_input_exits_nonzero_with_message(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *args)
    assert code != 0 and out == ""
    assert message in err


def test_deadline_does_not_create_the_default_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "nothing.sqlite3"
    monkeypatch.setenv("TCD_DATABASE_URL", f"sqlite:///{target}")
    assert run(capsys, "deadline", "T1", "--from", "2026-08-03")[0] == 0
    assert not target.exists()


def test_calendar_lists_swaps_and_holidays(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "2026", "--json")
    data = json.loads(out)
    off = {d["date"] for d in data["days_off"]}
    assert code == 0
    assert {
        "2026-02-16",
        "2026-02-20",
        "2026-04-27",
        "2026-04-30",
        "2026-05-01",
        "2026-08-31",
        "2026-09-01",
        "2026-09-02",
    } <= off
    assert [d["date"] for d in data["makeup_working_days"]] == ["2026-08-22"]
    assert all(d["name"] for d in data["days_off"])


@pytest.fixture
def filled_db(tmp_path: Path) -> str:
    url = f"sqlite:///{fresh_sqlite_file(tmp_path / 'cli.sqlite3')}"
    db = open_database(url)
    with db.session() as s:
        unit = Unit(code="XA-01", name="UBND xã Đồng Đăng", level="commune")
        s.add(unit)
        s.flush()
        dat = Citizen(full_name="Đặng Đức Đạt", name_folded=fold("Đặng Đức Đạt"))
        secret = Citizen(
            full_name="Lê Văn Kín", name_folded=fold("Lê Văn Kín"), is_confidential=True
        )
        s.add_all([dat, secret])
        s.flush()
        import datetime as dt

        s.add(
            Petition(
                number="P1",
                unit_id=unit.id,
                citizen_id=secret.id,
                kind="to_cao",
                received_on=dt.date(2026, 8, 1),
                summary="Tố cáo Đặng Đức Đạt",
                summary_folded=fold("Tố cáo Đặng Đức Đạt"),
            )
        )
        s.add(
            Case(
                code="C1",
                unit_id=unit.id,
                kind="khieu_nai",
                received_on=dt.date(2026, 8, 1),
                due_on=dt.date(2026, 9, 1),
            )
        )
        s.add(
            Case(
                code="C2",
                unit_id=unit.id,
                kind="khieu_nai",
                received_on=dt.date(2026, 8, 1),
                due_on=dt.date(2026, 9, 20),
            )
        )
        append_audit(s, "test.one")
        append_audit(s, "test.two")
    db.close()
    add_account(url, "tiepdan", Role.RECEPTION_OFFICER)
    return url


def test_search_finds_without_diacritics_and_masks(
    capsys: pytest.CaptureFixture[str], filled_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "search", "dang duc dat", "--database", filled_db)
    assert code == 3 and "cần đăng nhập" in err
    sign_in_as(monkeypatch, "tiepdan")
    code, out, _ = run(capsys, "search", "dang duc dat", "--json", "--database", filled_db)
    hits = json.loads(out)
    assert code == 0
    assert {"type", "id", "name", "text"} <= hits[0].keys()
    assert hits[0] == {**hits[0], "type": "citizen", "name": "Đặng Đức Đạt"}
    petition = next(h for h in hits if h["type"] == "petition")
    assert petition["name"] == "Người tố cáo (được giữ bí mật)"
    assert "Lê Văn Kín" not in out


def test_board_counts(capsys: pytest.CaptureFixture[str], filled_db: str) -> None:
    code, out, _ = run(capsys, "board", "--json", "--today", "2026-09-15", "--database", filled_db)
    assert code == 0
    # 15/9 + 5 working days = 22/9, so the case due 20/9 is "due soon".
    assert json.loads(out) == {
        "overdue": 1,
        "due_soon": 1,
        "on_track": 0,
        "paused": 0,
        "closed_on_time": 0,
        "closed_late": 0,
    }
    code, _, err = run(capsys, "board", "--unit", "NOPE", "--database", filled_db)
    assert code != 0 and "NOPE" in err


def test_audit_verify_and_db_check(
    capsys: pytest.CaptureFixture[str], filled_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_account(filled_db, "quantri", Role.ADMINISTRATOR)
    add_account(filled_db, "thanhtra", Role.SUPERVISOR)
    # signed in like the screens: nobody, then a reception officer, are refused (exit 3)
    for who in (None, "tiepdan"):
        if who:
            sign_in_as(monkeypatch, who)
        for command in (("audit", "verify"), ("audit", "anchor"), ("db", "check")):
            code, out, err = run(capsys, *command, "--database", filled_db)
            assert code == 3 and not out, (who, command)
            assert ("đăng nhập" if who is None else "không có quyền") in err
    sign_in_as(monkeypatch, "thanhtra")  # the supervisor verifies the audit, not the database
    assert run(capsys, "audit", "verify", "--database", filled_db)[0] == 0
    assert run(capsys, "db", "check", "--database", filled_db)[0] == 3
    sign_in_as(monkeypatch, "quantri")
    assert run(capsys, "audit", "verify", "--database", filled_db)[0] == 0
    assert run(capsys, "db", "check", "--database", filled_db)[0] == 0
    path = filled_db.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_entries_no_update")
        conn.execute("UPDATE audit_entries SET action = 'forged' WHERE seq = 1")
    code, out, _ = run(capsys, "audit", "verify", "--json", "--database", filled_db)
    assert code == 1 and not json.loads(out)["ok"]


def test_db_upgrade_loads_rule_pack(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    # a new database has no account yet: nobody to sign in, as at the first run
    code, out, _ = run(capsys, "db", "upgrade", "--json", "--database", url)
    assert code == 0 and json.loads(out)["revision"]
    add_account(url, "tiepdan", Role.RECEPTION_OFFICER)
    add_account(url, "quantri", Role.ADMINISTRATOR)
    assert run(capsys, "db", "upgrade", "--database", url)[0] == 3
    sign_in_as(monkeypatch, "tiepdan")
    assert run(capsys, "db", "upgrade", "--database", url)[0] == 3
    sign_in_as(monkeypatch, "quantri")
    assert run(capsys, "db", "upgrade", "--database", url)[0] == 0
    with sqlite3.connect(tmp_path / "new.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM rules WHERE rule_id = 'K2'").fetchone()[0] == 2


def test_missing_database_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "search", "x", "--database", f"sqlite:///{tmp_path}/none.db")
    assert code != 0 and "Không tìm thấy cơ sở dữ liệu" in err


def test_admin_override_and_calendar_day_change_due_dates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'admin.sqlite3'}"
    assert run(capsys, "db", "upgrade", "--database", url)[0] == 0
    add_account(url, "quantri", Role.ADMINISTRATOR)
    add_account(url, "tiepdan", Role.RECEPTION_OFFICER)
    sign_in_as(monkeypatch, "tiepdan")
    code, _, err = run(
        capsys,
        "rules",
        "override",
        "T1",
        "--days",
        "15",
        "--unit",
        "working",
        "--from",
        "2026-01-01",
        "--reason",
        "QĐ 12",
        "--database",
        url,
    )
    assert code == 3 and "không có quyền" in err
    sign_in_as(monkeypatch, "quantri")
    code, _, err = run(
        capsys,
        "rules",
        "override",
        "T1",
        "--days",
        "15",
        "--unit",
        "working",
        "--from",
        "2026-01-01",
        "--reason",
        " ",
        "--database",
        url,
    )
    assert code != 0 and "lý do" in err
    code, out, _ = run(
        capsys,
        "rules",
        "override",
        "T1",
        "--days",
        "15",
        "--unit",
        "working",
        "--from",
        "2026-01-01",
        "--reason",
        "Quyết định 12/QĐ-UBND",
        "--database",
        url,
        "--json",
    )
    assert code == 0 and json.loads(out)["days"] == 15
    # 15 working days from Thu 01/10/2026: 2, 5–9, 12–16, 19–22 → Thu 22/10.
    code, out, _ = run(
        capsys, "deadline", "T1", "--from", "2026-10-01", "--json", "--database", url
    )
    assert json.loads(out)["due"] == "2026-10-22"
    assert (
        run(capsys, "calendar-day", "2026-10-05", "--off", "--name", "Nghỉ bão", "--database", url)[
            0
        ]
        == 0
    )
    code, out, _ = run(
        capsys, "deadline", "T1", "--from", "2026-10-01", "--json", "--database", url
    )
    assert json.loads(out)["due"] == "2026-10-23"
    code, out, _ = run(capsys, "calendar", "2026", "--json", "--database", url)
    assert {
        "date": "2026-10-05",
        "weekday": 1,
        "name": "Nghỉ bão",
        "confirmed": True,
    } in json.loads(out)["days_off"]
    code, out, _ = run(capsys, "audit", "verify", "--json", "--database", url)
    assert code == 0 and json.loads(out)["checked"] >= 3
    db = open_database(url)
    with db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(("rules.override", "calendar.set_day")))
        ).all()
        admin_id = users.find_user(s, "quantri").id  # type: ignore[union-attr]
    db.close()
    assert len(entries) == 2 and {e.user_id for e in entries} == {admin_id}
