"""The board service: counts, columns, masking, filters, paging, the table and the backlog."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from tcd_desktop.domain.deadlines import deadline_state
from tcd_desktop.domain.enums import Role
from tcd_desktop.services import board
from tcd_desktop.services.board import export as board_export
from tcd_desktop.services.context import SYSTEM, Actor
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.rulebook import load_rulebook
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry, Case, Citizen, FieldCategory, Unit, User

TODAY = dt.date(2026, 3, 10)  # a Tuesday; 5 working days later is Tuesday 17/3
OFFICER = Actor(uuid.uuid4(), "cb1", "Cán bộ", frozenset({Role.HANDLING_OFFICER.value}))
RECEPTION = Actor(uuid.uuid4(), "tn1", "Tiếp nhận", frozenset({Role.RECEPTION_OFFICER.value}))
NOBODY = Actor(uuid.uuid4(), "x", "Không vai trò", frozenset())


@dataclass
class BoardFixture:
    """Ids of what :func:`make_board_cases` created."""

    units: dict[str, uuid.UUID] = field(default_factory=dict)
    users: dict[str, uuid.UUID] = field(default_factory=dict)
    cases: dict[str, uuid.UUID] = field(default_factory=dict)


def make_board_cases(db: Database, today: dt.date = TODAY) -> BoardFixture:
    """Two units, two officers, a confidential citizen and cases in every board column."""
    fx = BoardFixture()
    d = dt.timedelta
    with db.session() as s:
        calendar = load_rulebook(s, SYSTEM).calendar
    soon_end = board.due_soon_until(calendar, today, board.DEFAULT_DUE_SOON)
    with db.session() as s:
        u1 = Unit(code="LS-TTR", name="Thanh tra tỉnh Lạng Sơn", level="province")
        u2 = Unit(code="LS-CL", name="UBND xã Cao Lộc", level="commune")
        s.add_all([u1, u2])
        s.add_all(
            [
                FieldCategory(code="DD", name="Đất đai"),
                FieldCategory(code="CS", name="Chính sách xã hội"),
            ]
        )
        s.flush()
        a = User(username="an", full_name="Nguyễn Văn An", unit_id=u1.id)
        b = User(username="binh", full_name="Trần Thị Bình", unit_id=u2.id)
        plain = Citizen(full_name="Lê Văn Cường")
        secret = Citizen(full_name="Phạm Thị Dung", is_confidential=True)
        s.add_all([a, b, plain, secret])
        s.flush()
        fx.units = {"u1": u1.id, "u2": u2.id}
        fx.users = {"an": a.id, "binh": b.id}
        specs = [
            # code, unit, kind, citizen, officer, due, closed, paused, flags
            ("OV-1", u1, "khieu_nai", plain, a, today - d(3), None, False, {"is_complex"}),
            ("OV-2", u2, "kien_nghi", plain, b, today - d(1), None, False, set()),
            ("DS-1", u1, "to_cao", plain, a, today, None, False, {"is_mass"}),
            ("DS-2", u1, "khieu_nai", secret, b, soon_end, None, False, set()),
            ("OT-1", u1, "khieu_nai", plain, a, soon_end + d(1), None, False, set()),
            ("OT-2", u2, "phan_anh", plain, b, today + d(40), None, False, {"is_repeat"}),
            ("PA-1", u1, "to_cao", secret, a, today + d(2), None, True, {"is_long_running"}),
            ("CT-1", u2, "khieu_nai", plain, b, today - d(5), today - d(6), False, set()),
            ("CT-2", u1, "kien_nghi", plain, a, None, today - d(20), False, set()),
            ("CL-1", u1, "khieu_nai", plain, a, today - d(30), today - d(2), False, {"is_mass"}),
            ("NS-1", u1, "khieu_nai", plain, a, None, None, False, set()),
        ]
        for code, unit, kind, cit, officer, due, closed, paused, flags in specs:
            case = Case(
                code=code,
                unit_id=unit.id,
                kind=kind,
                citizen_id=cit.id,
                assignee_id=officer.id,
                field_code="DD" if unit is u1 else "CS",
                received_on=today - d(60),
                accepted_on=today - d(55),
                due_on=due,
                closed_on=closed,
                is_paused=paused,
                paused_since=today - d(4) if paused else None,
                summary=f"Nội dung {code}",
                **{flag: True for flag in flags},
            )
            s.add(case)
            s.flush()
            fx.cases[code] = case.id
        gone = Case(
            code="DEL-1",
            unit_id=u1.id,
            kind="khieu_nai",
            received_on=today,
            due_on=today,
            deleted_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        )
        s.add(gone)
    return fx


def direct_sql_counts(
    db: Database, window: board.BoardWindow, closed: tuple[dt.date, dt.date] | None = None
) -> dict[str, int]:
    """Counts written out by hand in SQL, independent of the query module (``closed``: the
    closed columns count only cases closed in that range)."""
    base = "SELECT count(*) FROM cases WHERE deleted_at IS NULL AND "
    period = " AND closed_on BETWEEN :c0 AND :c1" if closed else ""
    open_run = "closed_on IS NULL AND is_paused = :f AND due_on IS NOT NULL AND "
    sqls = {
        "overdue": open_run + "due_on < :today",
        "due_soon": open_run + "due_on >= :today AND due_on <= :soon",
        "on_track": open_run + "due_on > :soon",
        "paused": "closed_on IS NULL AND is_paused = :t",
        "closed_on_time": "closed_on IS NOT NULL AND (due_on IS NULL OR closed_on <= due_on)"
        + period,
        "closed_late": "closed_on IS NOT NULL AND due_on IS NOT NULL AND closed_on > due_on"
        + period,
    }
    params = {"today": window.today, "soon": window.due_soon_until, "t": True, "f": False}
    if closed:
        params.update(c0=closed[0], c1=closed[1])
    with db.session() as s:
        return {k: int(s.scalar(text(base + v), params) or 0) for k, v in sqls.items()}


def domain_counts(db: Database, today: dt.date) -> dict[str, int]:
    """Counts by the domain's own ``deadline_state`` (working days left <= 5)."""
    out = dict.fromkeys(board.BOARD_STATES, 0)
    with db.session() as s:
        calendar = load_rulebook(s, SYSTEM).calendar
        rows = s.execute(
            select(Case.due_on, Case.closed_on, Case.is_paused).where(Case.deleted_at.is_(None))
        ).all()
    for due, closed, paused in rows:
        state = deadline_state(due, today, calendar, done_on=closed, paused=paused)
        if state.value in out:
            out[state.value] += 1
    return out


def test_counts_match_direct_sql_and_domain(db: Database) -> None:
    make_board_cases(db)
    counts = board.board_counts(db, OFFICER, today=TODAY)
    assert counts == {
        "overdue": 2,
        "due_soon": 2,
        "on_track": 2,
        "paused": 1,
        "closed_on_time": 2,
        "closed_late": 1,
    }
    with db.session() as s:
        window = board._board_window(s, TODAY)
    assert window.due_soon_until == dt.date(2026, 3, 17)
    assert counts == direct_sql_counts(db, window)
    assert counts == domain_counts(db, TODAY)


def test_weekend_after_last_counted_day_is_due_soon(db: Database) -> None:
    make_board_cases(db, today=dt.date(2026, 3, 13))  # a Friday: +5 working days = Fri 20/3
    with db.session() as s:
        window = board._board_window(s, dt.date(2026, 3, 13))
    assert window.due_soon_until == dt.date(2026, 3, 22)  # Sunday before the 6th working day


def test_columns_hold_exactly_the_counted_cases(db: Database) -> None:
    fx = make_board_cases(db)
    snap = board.load_board(db, OFFICER, today=TODAY)
    seen: set[uuid.UUID] = set()
    for state in board.BOARD_STATES:
        page = snap.columns[state]
        assert len(page.cards) == snap.counts[state]
        assert all(c.state == state for c in page.cards)
        seen.update(c.id for c in page.cards)
    assert fx.cases["NS-1"] not in seen  # no clock yet: on no column
    assert snap.not_started == 1
    overdue = snap.columns["overdue"].cards
    assert [c.code for c in overdue] == ["OV-1", "OV-2"]  # most overdue first
    assert overdue[0].days_left == -2  # due Sat 7/3: Mon 9/3 and Tue 10/3 are overdue
    assert overdue[0].flags == ("complex",)
    assert overdue[0].assignee == "Nguyễn Văn An"
    assert overdue[0].kind_label == "Khiếu nại"
    assert overdue[0].field_name == "Đất đai"
    closed = snap.columns["closed_on_time"].cards
    assert [c.code for c in closed] == ["CT-1", "CT-2"]  # most recently closed first
    assert all(c.days_left is None for c in closed)


def test_denouncers_and_confidential_citizens_are_masked(db: Database) -> None:
    make_board_cases(db)
    snap = board.load_board(db, OFFICER, today=TODAY)
    cards = {c.code: c for page in snap.columns.values() for c in page.cards}
    assert cards["DS-1"].citizen == board.MASKED_DENOUNCER  # denunciation, plain citizen
    assert cards["DS-2"].citizen == board.MASKED_DENOUNCER  # complaint, confidential citizen
    assert cards["PA-1"].citizen == board.MASKED_DENOUNCER
    assert cards["DS-1"].summary == ""
    assert cards["OV-1"].citizen == "Lê Văn Cường"
    flat = repr(snap)
    assert "Phạm Thị Dung" not in flat
    _, page, _ = board.load_table_page(db, OFFICER, None, board.CaseFilter(), sort_key="citizen")
    assert "Phạm Thị Dung" not in repr(page)


def test_filters(db: Database) -> None:
    fx = make_board_cases(db)
    by_unit = board.board_counts(db, OFFICER, board.CaseFilter(unit_id=fx.units["u2"]), today=TODAY)
    assert sum(by_unit.values()) == 3
    by_kind = board.board_counts(db, OFFICER, board.CaseFilter(kind="to_cao"), today=TODAY)
    assert by_kind["due_soon"] == 1 and by_kind["paused"] == 1 and sum(by_kind.values()) == 2
    by_officer = board.board_counts(
        db, OFFICER, board.CaseFilter(assignee_id=fx.users["binh"]), today=TODAY
    )
    assert sum(by_officer.values()) == 4
    by_field = board.board_counts(db, OFFICER, board.CaseFilter(field_code="CS"), today=TODAY)
    assert by_field == by_unit
    flags = board.CaseFilter(flags=frozenset({"mass", "repeat"}))
    by_flags = board.board_counts(db, OFFICER, flags, today=TODAY)
    assert sum(by_flags.values()) == 3  # DS-1, OT-2, CL-1: any of the flags
    window = board.CaseFilter(received_from=TODAY - dt.timedelta(days=59))
    assert sum(board.board_counts(db, OFFICER, window, today=TODAY).values()) == 0


def test_column_paging_is_keyset_and_complete(db: Database) -> None:
    make_board_cases(db)
    with db.session() as s:
        unit = s.scalar(select(Unit).where(Unit.code == "LS-TTR"))
        assert unit is not None
        for i in range(25):
            s.add(
                Case(
                    code=f"P-{i:03d}",
                    unit_id=unit.id,
                    kind="khieu_nai",
                    received_on=TODAY,
                    due_on=TODAY - dt.timedelta(days=i % 4 + 1),
                )
            )
    snap = board.load_board(db, OFFICER, page_size=10, today=TODAY)
    page = snap.columns["overdue"]
    codes = [c.code for c in page.cards]
    while page.next_cursor is not None:
        page = board.load_column_page(
            db, OFFICER, "overdue", snap.window, board.CaseFilter(), after=page.next_cursor, limit=7
        )
        codes += [c.code for c in page.cards]
    assert len(codes) == len(set(codes)) == snap.counts["overdue"] == 27
    dues = [c.due_on for c in [*snap.columns["overdue"].cards]]
    assert dues == sorted(dues)


@pytest.mark.parametrize("key", ["code", "citizen", "assignee", "due_on", "state", "received_on"])
def test_table_sorts_in_sql_and_pages_completely(db: Database, key: str) -> None:
    make_board_cases(db)
    for descending in (False, True):
        window, page, total = board.load_table_page(
            db, OFFICER, None, board.CaseFilter(), sort_key=key, descending=descending, limit=3
        )
        rows = list(page.cards)
        while page.next_cursor is not None:
            _, page, more = board.load_table_page(
                db,
                OFFICER,
                window,
                board.CaseFilter(),
                sort_key=key,
                descending=descending,
                after=page.next_cursor,
                limit=3,
            )
            assert more is None
            rows += page.cards
        assert total == len(rows) == 10
        assert len({r.id for r in rows}) == 10


def test_backlog_and_export(db: Database, tmp_path: Path) -> None:
    make_board_cases(db)
    _, page, total = board.load_table_page(db, OFFICER, None, board.CaseFilter(), backlog=True)
    codes = {c.code for c in page.cards}
    assert codes == {"OV-1", "DS-1", "PA-1"} and total == 3  # open and flagged only
    path = tmp_path / "ton-dong.xlsx"
    n = board.export_backlog_xlsx(db, OFFICER, board.CaseFilter(), path, today=TODAY)
    assert n == 3
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == board_export.BACKLOG_TITLE
    assert rows[2] == board_export.BACKLOG_HEADERS
    body = {r[1]: r for r in rows[3:]}
    assert set(body) == {"OV-1", "DS-1", "PA-1"}
    assert body["DS-1"][2] == board.MASKED_DENOUNCER
    assert body["PA-1"][2] == board.MASKED_DENOUNCER
    assert body["OV-1"][2] == "Lê Văn Cường"
    assert body["OV-1"][10] == "Quá hạn" and body["OV-1"][11] == "Phức tạp"
    assert body["OV-1"][8].date() == TODAY - dt.timedelta(days=3)
    with db.session() as s:
        audit = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "board.export_backlog")
        ).all()
    assert len(audit) == 1 and audit[0].detail["rows"] == 3


def test_permissions(db: Database, tmp_path: Path) -> None:
    make_board_cases(db)
    with pytest.raises(PermissionDenied):
        board.board_counts(db, NOBODY)
    assert board.board_counts(db, RECEPTION, today=TODAY)["overdue"] == 2
    with pytest.raises(PermissionDenied):
        board.export_backlog_xlsx(db, RECEPTION, board.CaseFilter(), tmp_path / "x.xlsx")


def test_filter_options(db: Database) -> None:
    make_board_cases(db)
    options = board.load_filter_options(db, OFFICER)
    assert [c.label for c in options.officers] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert {c.key for c in options.fields} == {"DD", "CS"}
    assert "Thanh tra tỉnh Lạng Sơn (LS-TTR)" in [c.label for c in options.units]
    with db.session() as s:
        assert s.scalar(select(Citizen.full_name).where(Citizen.is_confidential)) is not None


def test_generated_database_counts_equal_sql_and_the_cli_query(db: Database) -> None:
    from tcd_desktop.services.demo_data import generate_demo_data
    from tcd_desktop.store.queries.board import board_counts as grouped_counts

    generate_demo_data(db, SYSTEM, cases=500, seed=3, today=TODAY)
    counts = board.board_counts(db, OFFICER, today=TODAY)
    with db.session() as s:
        window = board._board_window(s, TODAY)
        grouped = grouped_counts(s, window.today, window.due_soon_until)
    assert counts == direct_sql_counts(db, window) == grouped.as_dict()
    assert counts == domain_counts(db, TODAY)
    assert sum(counts.values()) + grouped.not_started == 500
    snap = board.load_board(db, OFFICER, today=TODAY, page_size=1000)
    assert {s: len(p.cards) for s, p in snap.columns.items()} == counts
    assert snap.not_started == grouped.not_started
    with db.session() as s:
        units = list(s.scalars(select(Case.unit_id).distinct()))
    own = [board.CaseFilter(unit_id=u, include_children=False) for u in units]
    per_unit = [board.board_counts(db, OFFICER, f, today=TODAY) for f in own]
    assert {k: sum(c[k] for c in per_unit) for k in counts} == counts
