"""A desk's own login (nobody signed in) runs the commands that name nobody (#11 §2): the
board's counts and the dashboard's per-unit table give the owner's numbers, while the cards,
the drill-down lists and every personal column stay refused by the server itself.

The desk reads whole only the office's set-up and the per-day counts; of cases, visits,
schedule days and report locks only the columns of ``pg_grants.DESK_COLUMNS``.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tcd_desktop.__main__ import main
from tcd_desktop.cli.auth import PASSWORD_ENV, USER_ENV
from tcd_desktop.services import board
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.demo_data import generate_demo_data
from tcd_desktop.store.database import Database, open_database
from tcd_desktop.store.pg_grants import DESK_COLUMNS, DESK_TABLES
from tcd_desktop.store.pg_roles import install_roles, manage_login
from tests.dbfixtures import make_database
from tests.network.roles_fixture import PASSWORD, _drop_roles

pytestmark = pytest.mark.postgres

TODAY = "2026-09-10"
DENIED = "permission denied"
#: what a desk must never read: names, numbers, addresses, summaries, contact, sealed data
PERSONAL = {
    "citizens": ("full_name", "id_number", "phone", "address"),
    "petitions": ("summary",),
    "cases": ("code", "summary", "citizen_id", "petition_id", "decision_number"),
    "receptions": ("number", "citizen_id", "summary", "outcome_detail"),
    "reception_schedule_days": ("note", "place"),
    "report_locks": ("figures", "unlock_reason"),
}


@dataclass
class Office:
    """A sample office on the server (demo data) with database roles and a desk login."""

    owner: Database
    prefix: str
    desk_url: str


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    monkeypatch.delenv(USER_ENV, raising=False)
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    prefix = f"t{secrets.token_hex(4)}"
    try:
        with make_database("postgres", tmp_path) as owner:
            generate_demo_data(owner, SYSTEM, cases=150, seed=3, today=date(TODAY))
            install_roles(owner.engine, prefix)
            login = f"{prefix}_desk_t"
            with owner.session() as s:
                manage_login(s, login, password=PASSWORD, roles=(), active=True, desk=True)
            url = make_url(owner.url).set(username=login, password=PASSWORD)
            yield Office(owner, prefix, url.render_as_string(hide_password=False))
    finally:
        _drop_roles(prefix, [])


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    code = main([*args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def _desk(url: str) -> Database:
    db = open_database(url, upgrade=False)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT current_user")).scalar_one().endswith("_desk_t")
    return db


def date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_board_and_dashboard_at_a_desk_give_the_owners_numbers(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    desk_url = office.desk_url
    owner_url = office.owner.url
    with office.owner.engine.connect() as conn:
        busiest = conn.execute(
            text(
                "SELECT u.code FROM units u JOIN cases c ON c.unit_id = u.id "
                "GROUP BY u.code ORDER BY count(*) DESC, u.code LIMIT 1"
            )
        ).scalar_one()
    for extra in (
        [],
        ["--unit", busiest],
        ["--period", "2026-Q3"],
        ["--unit", busiest, "--only-unit"],
    ):
        asked = ["board", "--today", TODAY, *extra]
        mine = _json(capsys, *asked, "--database", desk_url)
        assert mine == _json(capsys, *asked, "--database", owner_url)
    assert sum(mine.values()) > 0  # type: ignore[arg-type]
    for asked in (["deadline", "K3", "--from", "2026-09-01"], ["calendar", "2026"]):
        mine = _json(capsys, *asked, "--database", desk_url)  # the rules and the holidays
        assert mine == _json(capsys, *asked, "--database", owner_url)
    asked = ["dashboard", "--period", "2026-Q3", "--today", TODAY]
    mine = _json(capsys, *asked, "--database", desk_url)
    theirs = _json(capsys, *asked, "--database", owner_url)
    mine.pop("as_of"), theirs.pop("as_of")
    assert mine == theirs
    assert len(mine["rows"]) > 1 and mine["total"]["received"] > 0  # type: ignore[index,arg-type]
    assert any(r["reception_days"]["leaders"] for r in mine["rows"])  # type: ignore[attr-defined,index]


def test_the_lists_that_name_people_stay_refused_at_a_desk(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    desk_url = office.desk_url
    desk = _desk(desk_url)
    try:
        today = date(TODAY)
        with pytest.raises(DBAPIError, match=DENIED):
            board.load_board(desk, SYSTEM, part="cards", today=today)
        with pytest.raises(DBAPIError, match=DENIED):
            board.load_table_page(desk, SYSTEM, None, board.CaseFilter())
        for table, columns in PERSONAL.items():
            for column in columns:
                with pytest.raises(DBAPIError, match=DENIED), desk.engine.connect() as conn:
                    conn.execute(text(f"SELECT {column} FROM {table} LIMIT 1"))
            with pytest.raises(DBAPIError, match=DENIED), desk.engine.connect() as conn:
                conn.execute(text(f"SELECT * FROM {table} LIMIT 1"))
        for fn in ("document_content", "document_size", "attachment_content", "attachment_name"):
            with pytest.raises(DBAPIError, match=DENIED), desk.engine.connect() as conn:
                conn.execute(text(f"SELECT tcd_{fn}(gen_random_uuid())"))
    finally:
        desk.close()
    # the drill-down list names citizens: it signs in, as before
    code = main(["dashboard", "--period", "2026-Q3", "--drill", "overdue", "--database", desk_url])
    assert code != 0
    capsys.readouterr()


def test_the_desk_reads_only_the_tables_and_columns_named(office: Office) -> None:
    """Every privilege of the desks' group, listed by the server: nothing beyond the lists."""
    group = f"{office.prefix}_desk"
    with office.owner.engine.connect() as conn:
        whole = set(
            conn.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    "AND has_table_privilege(:g, format('%I.%I', schemaname, tablename), 'SELECT')"
                ),
                {"g": group},
            ).scalars()
        )
        columns = set(
            conn.execute(
                text(
                    "SELECT table_name, column_name FROM information_schema.columns "
                    "WHERE table_schema = current_schema() AND table_name <> ALL(:whole) "
                    "AND has_column_privilege(:g, format('%I.%I', table_schema, table_name), "
                    "column_name, 'SELECT')"
                ),
                {"g": group, "whole": list(whole)},
            ).tuples()
        )
    assert whole == set(DESK_TABLES)
    named = {(t, c) for t, cs in DESK_COLUMNS.items() for c in cs}
    assert columns == named
    assert not {(t, c) for t, cs in PERSONAL.items() for c in cs} & columns


def test_an_upgrade_gives_an_existing_office_the_desks_grants(
    office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    """An office whose desks read no cases (the grants before this change) gets them when
    the owner upgrades: the upgrade re-applies the grants."""
    desk_url = office.desk_url
    group = f"{office.prefix}_desk"
    with office.owner.engine.begin() as conn:
        for table in DESK_COLUMNS:
            conn.exec_driver_sql(f'REVOKE ALL ON {table} FROM "{group}"')
        conn.exec_driver_sql(f'REVOKE ALL ON rules, calendar_days, case_day_counts FROM "{group}"')
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0017'")  # before 0018
    assert main(["board", "--today", TODAY, "--database", desk_url]) != 0
    capsys.readouterr()
    open_database(office.owner.url).close()  # the owner's upgrade (migration 0018 again)
    assert _json(capsys, "board", "--today", TODAY, "--database", desk_url)
