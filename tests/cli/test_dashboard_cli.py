"""``tcd-desktop dashboard``: the per-unit table as JSON, bad input, the signed-in drill."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tcd_desktop.__main__ import main
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.demo_data import generate_demo_data
from tcd_desktop.services.demo_data.common import SAMPLE_PASSWORD
from tcd_desktop.store.database import open_database
from tcd_desktop.store.models import User, UserRole
from tests.dbfixtures import fresh_sqlite_file

TODAY = "2026-09-10"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(tmp_path: Path) -> str:
    import datetime as dt

    url = f"sqlite:///{fresh_sqlite_file(tmp_path / 'cli.sqlite3')}"
    db = open_database(url)
    generate_demo_data(db, SYSTEM, cases=200, seed=2, today=dt.date.fromisoformat(TODAY))
    db.close()
    return url


def test_json_table_rolls_up_and_bad_input_fails(
    capsys: pytest.CaptureFixture[str], sample: str
) -> None:
    code, out, _ = run(
        capsys, "dashboard", "--period", "2026-Q3", "--today", TODAY, "--database", sample, "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["period"] == {
        "key": "2026-Q3",
        "label": "Quý III năm 2026",
        "from": "2026-06-15",
        "to": "2026-09-14",
    }
    tops = [r for r in data["rows"] if r["depth"] == 0]
    for key, total in data["total"].items():
        assert total == sum(r["values"][key] for r in tops), key
    assert data["rating"]["grades"]
    code, out, _ = run(
        capsys, "dashboard", "--period", "2026-Q3", "--today", TODAY, "--database", sample
    )
    assert code == 0 and "Bảng tổng hợp — Quý III năm 2026" in out and "Tổng cộng" in out
    for bad in (
        ["--period", "2026-Q5"],
        ["--unit", "KHONG.CO"],
        ["--from", "2026-01-01"],
        ["--drill", "khong_co"],
        ["--period", "all"],
    ):
        code, out, err = run(capsys, "dashboard", "--database", sample, *bad)
        assert code != 0 and out == "" and "Traceback" not in err and err.strip(), bad


def test_drill_needs_sign_in_and_lists_the_number(
    capsys: pytest.CaptureFixture[str], sample: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["dashboard", "--period", "2026-Q3", "--today", TODAY, "--database", sample]
    code, _, err = run(capsys, *args, "--drill", "overdue", "--json")
    assert code == 3 and "đăng nhập" in err
    db = open_database(sample)
    with db.session() as s:
        name = s.scalar(
            select(User.username)
            .join(UserRole, UserRole.user_id == User.id)
            .where(UserRole.role == "supervisor")
            .limit(1)
        )
    db.close()
    monkeypatch.setenv("TCD_USER", name)
    monkeypatch.setenv("TCD_PASSWORD", SAMPLE_PASSWORD)
    _, out, _ = run(capsys, *args, "--json")
    total = json.loads(out)["total"]["overdue"]
    code, out, _ = run(capsys, *args, "--drill", "overdue", "--limit", "1000", "--json")
    assert code == 0
    drill = json.loads(out)
    assert drill["total"] == total == len(drill["cases"])


def test_board_counts_a_period_and_child_units(
    capsys: pytest.CaptureFixture[str], sample: str
) -> None:
    base = ["board", "--today", TODAY, "--database", sample, "--json"]
    _, out, _ = run(capsys, *base, "--period", "all")
    every = json.loads(out)
    _, out, _ = run(capsys, *base, "--period", "2026-Q3")
    quarter = json.loads(out)
    _, out, _ = run(capsys, *base)  # default: the statutory period holding --today
    assert json.loads(out) == quarter
    for state in ("overdue", "due_soon", "on_track", "paused"):
        assert quarter[state] == every[state]
    assert quarter["closed_on_time"] + quarter["closed_late"] < (
        every["closed_on_time"] + every["closed_late"]
    )
    db = open_database(sample)
    with db.session() as s:
        from tcd_desktop.store.models import Unit

        code = s.scalar(select(Unit.code).where(Unit.parent_id.is_(None)).limit(1))
    db.close()
    _, out, _ = run(capsys, *base, "--unit", code)
    tree = json.loads(out)
    _, out, _ = run(capsys, *base, "--unit", code, "--only-unit")
    own = json.loads(out)
    assert sum(tree.values()) > sum(own.values())
    code, out, err = run(capsys, *base, "--period", "quy-3")
    assert code == 2 and out == "" and "Kỳ không hợp lệ" in err
