"""Finding the citizen and earlier contacts: lookup, history, repeat warnings and links."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.reception import citizens
from tcd_desktop.services.reception.inputs import CitizenInput, SavedVisit
from tcd_desktop.services.reception.intake import save_visit
from tcd_desktop.services.reception.repeats import (
    RepeatQuery,
    dismiss_repeat,
    find_repeats,
    link_repeat,
)
from tcd_desktop.store.models import AuditEntry, Case, Petition, Reception
from tcd_desktop.store.queries.search import SEALED_NAME
from tests.services.reception_fixtures import VN, Office, citizen, petition, visit

DAY = dt.timedelta(days=1)
T0 = dt.datetime(2026, 8, 3, 9, 0, tzinfo=VN)


def _save(office: Office, **kw: object) -> SavedVisit:
    with office.db.session() as s:
        return save_visit(s, office.officer, visit(**kw))


def _people(office: Office) -> tuple[SavedVisit, SavedVisit, SavedVisit]:
    an = _save(office, at=T0)
    binh = _save(
        office,
        at=T0 + DAY,
        citizen=citizen(
            "Trần Thị Bình",
            id_number="020190004567",
            birth_year=1990,
            phone="0388123456",
            address="Số 5 đường Lê Lợi, phường Đông Kinh",
        ),
        petitions=[
            petition(
                "Phản ánh ô nhiễm tiếng ồn của xưởng gỗ Hưng Thịnh",
                "phan_anh",
                respondent="Xưởng gỗ Hưng Thịnh",
            )
        ],
    )
    secret = _save(
        office,
        at=T0 + 2 * DAY,
        citizen=citizen(
            "Đặng Văn Đức", id_number="020070005678", birth_year=1970, phone="0977000111"
        ),
        petitions=[
            petition(
                "Tố cáo cán bộ địa chính nhận tiền",
                "to_cao",
                respondent="Ông Lò Văn Sáu, cán bộ địa chính",
            )
        ],
    )
    return an, binh, secret


def test_lookup_by_name_without_diacritics_id_and_phone(office: Office) -> None:
    an, binh, _secret = _people(office)
    with office.db.session() as s:
        by_prefix = citizens.lookup(s, office.officer, "nguyen van")
        by_words = citizens.lookup(s, office.officer, "binh tran")
        by_id = citizens.lookup(s, office.officer, "020190004567")
        by_phone = citizens.lookup(s, office.officer, "0388 123 456")
        by_sealed = citizens.lookup(s, office.officer, "dang van duc")
        assert citizens.lookup(s, office.officer, "0201900") == []  # never a prefix
        assert citizens.lookup(s, office.officer, "0388 12") == []
        assert citizens.lookup(s, office.officer, "ban lan") == []  # address words: no match
    assert [m.id for m in by_prefix] == [an.citizen_id]
    assert by_prefix[0].full_name == "Nguyễn Văn An" and by_prefix[0].visits == 1
    assert by_prefix[0].petitions == 1 and by_prefix[0].last_visit_on == dt.date(2026, 8, 3)
    assert [m.id for m in by_words] == [binh.citizen_id] and by_words[0].matched_by == "name"
    assert [(m.id, m.matched_by) for m in by_id] == [(binh.citizen_id, "id_number")]
    assert [(m.id, m.matched_by) for m in by_phone] == [(binh.citizen_id, "phone")]
    assert by_sealed == []  # a denouncer is never suggested, not even masked


def test_history_lists_earlier_visits_and_petitions(office: Office) -> None:
    an, *_ = _people(office)
    _save(
        office,
        at=T0 + 5 * DAY,
        citizen=CitizenInput(existing_id=an.citizen_id),
        petitions=[petition("Kiến nghị cấp giấy chứng nhận quyền sử dụng đất", "kien_nghi")],
    )
    with office.db.session() as s:
        h = citizens.history(s, office.supervisor, an.citizen_id)
        with pytest.raises(PermissionDenied):
            citizens.lookup(s, office.admin.__class__(None, "x", "x"), "nguyen")
    assert [v.received_on for v in h.visits] == [dt.date(2026, 8, 8), dt.date(2026, 8, 3)]
    assert [p.kind for p in h.petitions] == ["kien_nghi", "khieu_nai"]


def test_repeat_by_id_number_and_by_name_and_address(office: Office) -> None:
    an, _binh, _secret = _people(office)
    with office.db.session() as s:
        by_id = find_repeats(s, office.officer, RepeatQuery(id_number="0200 8000 1234"))
        by_name = find_repeats(
            s,
            office.officer,
            RepeatQuery(
                full_name="nguyen van an", address="thon ban lan, xa tan thanh, tinh lang son"
            ),
        )
        nothing = find_repeats(
            s, office.officer, RepeatQuery(full_name="Nguyễn Văn An", address="Hà Nội")
        )
    assert [m.reception_id for m in by_id] == [an.reception_id]
    assert by_id[0].reasons == ("Trùng số giấy tờ tùy thân",)
    assert by_name[0].reasons == ("Trùng họ tên và địa chỉ",)
    assert by_name[0].citizen_name == "Nguyễn Văn An"
    assert nothing == []


def test_repeat_by_similar_content_against_the_same_party(office: Office) -> None:
    _an, binh, secret = _people(office)
    with office.db.session() as s:
        same = find_repeats(
            s,
            office.officer,
            RepeatQuery(
                summary="Phản ánh tiếng ồn, ô nhiễm từ xưởng gỗ Hưng Thịnh kéo dài",
                respondent="xuong go Hung Thinh",
            ),
        )
        other_party = find_repeats(
            s,
            office.officer,
            RepeatQuery(
                summary="Phản ánh tiếng ồn, ô nhiễm từ xưởng gỗ Hưng Thịnh kéo dài",
                respondent="Công ty vận tải Minh Phát",
            ),
        )
        sealed = find_repeats(
            s,
            office.officer,
            RepeatQuery(summary="tố cáo cán bộ địa chính nhận tiền", respondent="Lò Văn Sáu"),
        )
    assert [m.reception_id for m in same] == [binh.reception_id]
    assert "Nội dung tương tự" in same[0].reasons[0] and same[0].similarity >= 0.5
    assert other_party == []
    assert [m.reception_id for m in sealed] == [secret.reception_id]
    assert sealed[0].citizen_name == SEALED_NAME


def test_saving_as_repeat_links_visit_petition_and_case(office: Office) -> None:
    first = _save(office, at=T0)
    with office.db.session() as s:
        s.add(
            Case(
                code="LS-01-2026-000001",
                petition_id=first.petitions[0].id,
                unit_id=office.profile.unit_id,
                kind="khieu_nai",
                received_on=dt.date(2026, 8, 3),
            )
        )
    second = _save(
        office,
        at=T0 + 20 * DAY,
        citizen=CitizenInput(existing_id=first.citizen_id),
        repeat_of_id=first.reception_id,
        dismissed_repeats=[first.petitions[0].id],
    )
    with office.db.session() as s:
        rec = s.get(Reception, second.reception_id)
        assert rec is not None and rec.repeat_of_id == first.reception_id
        pet = s.get(Petition, second.petitions[0].id)
        assert pet is not None and pet.duplicate_of_id == first.petitions[0].id
        assert s.scalar(select(Case.is_repeat)) is True
        actions = set(s.scalars(select(AuditEntry.action)))
    assert {"case.mark_repeat", "reception.repeat_dismissed"} <= actions


def test_link_and_dismiss_after_saving(office: Office) -> None:
    first = _save(office, at=T0)
    second = _save(office, at=T0 + 3 * DAY)
    with office.db.session() as s:
        link_repeat(s, office.officer, second.reception_id, first.petitions[0].id)
        dismiss_repeat(
            s,
            office.officer,
            first.petitions[0].id,
            reception_id=second.reception_id,
            reason="Khác thửa đất",
        )
        with pytest.raises(PermissionDenied):
            link_repeat(s, office.supervisor, second.reception_id, first.petitions[0].id)
    with office.db.session() as s:
        rec = s.get(Reception, second.reception_id)
        assert rec is not None and rec.repeat_of_id == first.reception_id
        detail = s.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "reception.repeat_dismissed")
        ).one()
    assert detail["reason"] == "Khác thửa đất"
    with office.db.session() as s:
        matches = find_repeats(
            s,
            office.officer,
            RepeatQuery(id_number="020080001234", exclude_reception_id=second.reception_id),
        )
    assert [m.reception_id for m in matches] == [first.reception_id]
