"""Search and lookup never tell that a number or a name belongs to a sealed person.

The attacks of issue 12: a sealed person's ID number searched (was a masked hit, 30 of 30),
the ID recovered digit by digit through the citizen lookup's prefixes (21 queries), and the
denouncer's name and phone typed into a free-text summary found by ``search`` and shown in
the history.  On SQLite (FTS5) and PostgreSQL (pg_trgm) alike.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tcd_desktop.domain.folding import fold
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.petitions import processing_queue
from tcd_desktop.services.reception import citizens
from tcd_desktop.services.reception.inputs import SavedVisit
from tcd_desktop.services.reception.intake import save_visit
from tcd_desktop.services.reception.read import load_visit
from tcd_desktop.services.reception.repeats import RepeatQuery, find_repeats
from tcd_desktop.services.register.export import export_register
from tcd_desktop.store.models import AuditEntry
from tcd_desktop.store.queries.register import RegisterFilter, register_count
from tcd_desktop.store.queries.register_rows import register_rows
from tcd_desktop.store.queries.search import SEALED_NAME, search
from tests.services.reception_fixtures import VN, Office, citizen, petition
from tests.services.reception_fixtures import visit as make_visit

T0 = dt.datetime(2026, 8, 3, 9, 0, tzinfo=VN)
SEALED_ID = "001190012345"
SEALED_PHONE = "0987123456"
OPEN_ID = "020085001234"
SUMMARY = (
    "Tôi là Trịnh Thị Bích Ngọc, SĐT 0987 123 456, tố cáo ông Lò Văn Sáu cán bộ địa chính "
    "nhận tiền; bà Ngọc có chứng cứ"
)


def _save(office: Office, **kw: object) -> SavedVisit:
    with office.db.session() as s:
        return save_visit(s, office.officer, make_visit(**kw))


def _seed(office: Office) -> tuple[SavedVisit, SavedVisit]:
    open_visit = _save(
        office, at=T0, citizen=citizen("Nguyễn Văn An", id_number=OPEN_ID, birth_year=1985)
    )
    sealed = _save(
        office,
        at=T0 + dt.timedelta(days=1),
        citizen=citizen(
            "Trịnh Thị Bích Ngọc",
            id_number=SEALED_ID,
            birth_year=1990,
            phone=SEALED_PHONE,
            address="Số 12 ngõ 34 phố Hàng Bạc",
        ),
        petitions=[petition(SUMMARY, "to_cao", respondent="Ông Lò Văn Sáu, cán bộ địa chính")],
    )
    return open_visit, sealed


@pytest.fixture(autouse=True)
def _fresh_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(citizens, "NUMBER_LOOKUPS", citizens.LookupLimiter(limit=30))


def test_searching_a_sealed_number_or_name_finds_nothing(office: Office) -> None:
    _seed(office)
    with office.db.session() as s:
        for query in (
            SEALED_ID,
            "001 190 012 345",
            SEALED_PHONE,
            "+84 987 123 456",
            "Trịnh Thị Bích Ngọc",
            "trinh thi bich ngoc",
            "bich ngoc",
        ):
            assert search(s, query) == [], query
        assert [h.name for h in search(s, OPEN_ID)] == ["Nguyễn Văn An"]


def test_a_sealed_petition_is_found_by_its_content_with_the_identity_redacted(
    office: Office,
) -> None:
    _seed(office)
    with office.db.session() as s:
        hits = search(s, "dia chinh nhan tien")
    (hit,) = [h for h in hits if h.type == "petition"]
    assert hit.name == SEALED_NAME and "Lò Văn Sáu" in hit.text and "[đã che]" in hit.text
    folded = fold(hit.text)
    for leak in ("trinh", "ngoc", "0987", "123 456"):
        assert leak not in folded, leak


def test_the_lookup_never_matches_a_prefix_21_queries_recover_nothing(office: Office) -> None:
    _seed(office)
    found: list[object] = []
    with office.db.session() as s:
        for target in (OPEN_ID, SEALED_ID):
            for n in range(1, len(target)):  # 11 prefixes of each 12-digit ID (22 queries)
                found += citizens.lookup(s, office.officer, target[:n])
        assert found == []
        assert [m.full_name for m in citizens.lookup(s, office.officer, OPEN_ID)] == [
            "Nguyễn Văn An"
        ]
        assert citizens.lookup(s, office.officer, SEALED_ID) == []  # not even masked
        assert citizens.lookup(s, office.officer, "0987 123 456") == []
        assert citizens.lookup(s, office.officer, "trinh thi bich") == []


def test_number_lookups_are_rate_limited_per_actor(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(office)
    now = [0.0]
    monkeypatch.setattr(
        citizens,
        "NUMBER_LOOKUPS",
        citizens.LookupLimiter(limit=5, window=600, clock=lambda: now[0]),
    )
    with office.db.session() as s:
        for n in range(5):
            citizens.lookup(s, office.officer, f"0201{n:08d}")
        citizens.lookup(s, office.officer, "nguyen van")  # names are not counted
        citizens.lookup(s, office.officer, "0201")  # nor prefixes (they find nothing)
        with pytest.raises(PermissionDenied, match="quá 5 lần"):
            citizens.lookup(s, office.officer, OPEN_ID)
        citizens.lookup(s, office.leader, OPEN_ID)  # another actor has their own allowance
    with office.db.session() as s:
        throttled = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "citizen.lookup_throttled")
        ).all()
        assert [e.user_id for e in throttled] == [office.officer.user_id]
    now[0] = 601.0
    with office.db.session() as s:
        assert citizens.lookup(s, office.officer, OPEN_ID)


def test_history_and_repeats_show_the_sealed_summary_redacted(office: Office) -> None:
    _, sealed = _seed(office)
    with office.db.session() as s:
        history = citizens.history(s, office.supervisor, sealed.citizen_id)
        by_id = find_repeats(s, office.officer, RepeatQuery(id_number=SEALED_ID))
        by_content = find_repeats(
            s,
            office.officer,
            RepeatQuery(
                summary="tố cáo cán bộ địa chính Lò Văn Sáu nhận tiền", respondent="Lò Văn Sáu"
            ),
        )
    texts = [v.summary for v in history.visits] + [p.summary for p in history.petitions]
    assert texts and all("Ngọc" not in t and "0987" not in t for t in texts)
    assert by_id == []  # the number must not say that its owner denounced
    (match,) = by_content
    assert match.citizen_name == SEALED_NAME and "Ngọc" not in match.summary


def test_register_screen_and_exports_show_the_sealed_summary_redacted(
    office: Office, tmp_path: Path
) -> None:
    _, sealed = _seed(office)
    with office.db.session() as s:
        (row,) = register_rows(s, [sealed.reception_id])
        by_text = register_count(s, RegisterFilter(text="bich ngoc"))
        export_register(s, office.officer, tmp_path / "so.csv")
        export_register(s, office.officer, tmp_path / "so.xlsx")
    assert row.is_sealed and "Lò Văn Sáu" in row.summary
    assert "Ngọc" not in row.summary and "0987" not in row.summary
    assert by_text == 0  # a sealed line is not found through the denouncer's name
    csv_text = (tmp_path / "so.csv").read_text(encoding="utf-8-sig")
    cells = " ".join(
        str(c.value) for r in load_workbook(tmp_path / "so.xlsx").active.iter_rows() for c in r
    )
    for exported in (csv_text, cells):
        assert "Lò Văn Sáu" in exported
        for leak in ("Trịnh", "Ngọc", "0987", "123 456", SEALED_ID):
            assert leak not in exported, leak


def test_a_sealed_visit_shows_its_contents_redacted_unless_revealed(office: Office) -> None:
    _, sealed = _seed(office)
    with office.db.session() as s:
        masked = load_visit(s, office.supervisor, sealed.reception_id)
        revealed = load_visit(s, office.officer, sealed.reception_id, reveal=True, reason="Ký")
    assert "Ngọc" not in masked.petitions[0].summary and "[đã che]" in masked.petitions[0].summary
    assert revealed.petitions[0].summary == SUMMARY


def test_the_processing_queue_shows_the_sealed_summary_redacted(office: Office) -> None:
    _seed(office)
    with office.db.session() as s:
        rows = processing_queue(s, office.handler)
    (row,) = [r for r in rows if r.kind == "to_cao"]
    assert row.citizen_display == SEALED_NAME and "Lò Văn Sáu" in row.summary
    assert "Ngọc" not in row.summary and "0987" not in row.summary
