"""Issue 8 on the command line: deadline refusals and options, the calendar's confirmed
flag, and calendar-day printing the cases whose due date moved."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.store.database import open_database
from tests.cli.test_cli import add_account, run, sign_in_as
from tests.dbfixtures import fresh_sqlite_file
from tests.services.conftest import add_petition, make_org


def test_deadline_refusals_and_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "deadline", "D12", "--from", "2026-08-03")
    assert code != 0 and "--days N" in err and "Traceback" not in err
    code, out, _ = run(capsys, "deadline", "D12", "--from", "2026-08-03", "--days", "15", "--json")
    assert code == 0 and json.loads(out)["due"] == "2026-08-18"
    code, out, _ = run(capsys, "deadline", "D1", "--from", "2026-08-03", "--complex", "--json")
    assert code == 0 and (json.loads(out)["due"], json.loads(out)["days"]) == ("2026-08-17", 10)
    code, _, err = run(
        capsys, "deadline", "K3", "--from", "2026-03-02", "--paused", "2026-03-10:2026-03-20"
    )
    assert code != 0 and "01/07/2026" in err
    code, out, _ = run(capsys, "deadline", "K13", "--from", "2026-06-20", "--json")
    assert code == 0 and "155/2026" not in out


def test_calendar_json_marks_confirmed_days(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "calendar", "2026", "--json")
    days = {d["date"]: d for d in json.loads(out)["days_off"]}
    assert days["2026-11-24"]["confirmed"] is False and days["2026-02-17"]["confirmed"] is True
    _code, out, _ = run(capsys, "calendar", "2027", "--json")
    data = json.loads(out)
    assert data["announced"] is False
    assert {d["date"]: d["confirmed"] for d in data["days_off"]}["2027-02-08"] is False
    _, out, _ = run(capsys, "calendar", "2027")
    assert "[chưa xác nhận]" in out
    _, out, _ = run(capsys, "deadline", "T1", "--from", "2026-11-20", "--json")
    data = json.loads(out)
    assert data["unconfirmed"] is True and data["unconfirmed_days"][0][0] == "2026-11-24"
    assert "Ngày Văn hóa Việt Nam" in data["explanation"]


def test_calendar_day_prints_moved_cases(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{fresh_sqlite_file(tmp_path / 'cal.sqlite3')}"
    db = open_database(url)
    org = make_org(db)
    pid = add_petition(db, org, kind="khieu_nai", received_on=dt.date(2026, 10, 20))
    with db.session() as s:
        data = AcceptanceInput(accepted_on=dt.date(2026, 10, 25), assignee_id=org.handler.user_id)
        code = petitions.accept_petition(s, org.handler, pid, data).code
    db.close()
    add_account(url, "lichquantri", Role.ADMINISTRATOR)
    sign_in_as(monkeypatch, "lichquantri")
    code_, _, err = run(capsys, "calendar-day", "2026-11-24", "--work", "--database", url)
    assert code_ != 0 and "--name" in err
    code_, out, _ = run(
        capsys, "calendar-day", "2026-11-24", "--work", "--name", "Không nghỉ", "--database", url
    )
    assert code_ == 0 and f"{code}: 25/11/2026 → 24/11/2026" in out
    code_, out, _ = run(
        capsys, "calendar-day", "2026-11-24", "--remove", "--database", url, "--json"
    )
    assert json.loads(out)["moved"] == [
        {"code": code, "before": "2026-11-24", "after": "2026-11-25"}
    ]
    code_, out, _ = run(capsys, "calendar-day", "2026-11-24", "--confirm", "--database", url)
    assert code_ == 0 and "không vụ việc nào" in out
    code_, _, err = run(capsys, "calendar-day", "2026-11-24", "--confirm", "--database", url)
    assert code_ != 0 and "chính thức" in err
