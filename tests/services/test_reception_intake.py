"""Saving a visit: validation, delegations, mixed content, handling, numbers, audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.reception.inputs import (
    CitizenInput,
    ParticipantInput,
    PetitionHandling,
    PriorHandling,
    ReceivedDocument,
    RefusalInput,
)
from tcd_desktop.services.reception.intake import save_visit
from tcd_desktop.services.reception.read import field_catalogue, is_denunciation, load_visit
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.models import (
    AuditEntry,
    Citizen,
    Petition,
    Reception,
    ReceptionParticipant,
)
from tcd_desktop.store.queries.register_rows import handling_of
from tests.services.reception_fixtures import VN, Office, citizen, petition, visit

AUG3 = dt.datetime(2026, 8, 3, 9, 30, tzinfo=VN)  # a Monday


def _count(office: Office, model: type) -> int:
    with office.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _rep(name: str, id_number: str) -> ParticipantInput:
    return ParticipantInput(
        CitizenInput(full_name=name, id_number=id_number, address="Thôn Bản Làn, xã Tân Thanh"),
        role="representative",
    )


def test_full_intake_of_a_mass_delegation_with_documents(office: Office) -> None:
    data = visit(
        headcount=12,
        participants=[_rep("Lý Thị Hoa", "020185002345"), _rep("Hoàng Văn Nam", "020075003456")],
        representatives_appointed=True,
        appointment_document="Văn bản cử người đại diện ngày 01/8/2026 có chữ ký 12 người",
        petitions=[
            petition(
                field_code="HC-DD",
                prior_handling=[PriorHandling("Ủy ban nhân dân xã Tân Thanh", "12/QĐ-UBND")],
                documents=[
                    ReceivedDocument("Đơn khiếu nại", 3, "original"),
                    ReceivedDocument("Quyết định thu hồi đất", 2, "certified_copy"),
                ],
            )
        ],
    )
    with office.db.session() as s:
        saved = save_visit(s, office.officer, data)
    assert saved.number == "LS-01-2026-000001"
    assert saved.receipt_number == "LS-01-2026-000001"
    assert saved.is_mass and saved.outcome == "forward"
    assert saved.received_on == dt.date(2026, 8, 3)
    assert saved.answer_due_on == dt.date(2026, 8, 17)  # T1: 10 working days
    assert "Điều 28" in saved.answer_due_explanation or saved.answer_due_explanation
    (pet,) = saved.petitions
    assert pet.number == "LS-01-2026-000001" and pet.processing_due_on == dt.date(2026, 8, 17)
    assert len(saved.participant_ids) == 3  # petitioner + two representatives
    with office.db.session() as s:
        rec = s.get(Reception, saved.reception_id)
        assert rec is not None and rec.representatives_appointed and rec.headcount == 12
        assert rec.officer_id == office.officer.user_id and rec.kind == "regular"
        assert rec.receipt_number == saved.receipt_number
        p = s.get(Petition, pet.id)
        assert p is not None and p.status == "received" and p.signatory_count == 12
        assert p.documents_received[1] == {
            "name": "Quyết định thu hồi đất",
            "pages": 2,
            "condition": "certified_copy",
        }
        assert p.prior_handling[0]["decision_number"] == "12/QĐ-UBND"
        roles = sorted(s.scalars(select(ReceptionParticipant.role)))
        assert roles == ["representative"] * 3
        proofs = set(s.scalars(select(ReceptionParticipant.proof_document)))
        assert proofs == {data.appointment_document}
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
        assert actions.count("citizen.create") == 3
        assert {"reception.create", "petition.create"} <= set(actions)
        assert verify_audit(s).ok


def test_invalid_input_saves_nothing_and_names_every_field(office: Office) -> None:
    before = (_count(office, Reception), _count(office, Citizen), _count(office, Petition))
    data = visit(
        citizen=citizen(id_number="999123", phone="0123"),
        petitions=[petition(summary="  "), petition(kind="xyz")],
        participants=[ParticipantInput(CitizenInput(full_name="Luật Sư A"), role="lawyer")],
    )
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        save_visit(s, office.officer, data)
    errors = err.value.field_errors
    assert "12 chữ số" in errors["citizen.id_number"]
    assert "citizen.phone" in errors
    assert errors["petitions[0].summary"] == "Chưa nhập tóm tắt nội dung."
    assert "petitions[1].kind" in errors
    assert "thẻ luật sư" in errors["participants[0].proof_document"]
    after = (_count(office, Reception), _count(office, Citizen), _count(office, Petition))
    assert after == before


def test_legal_number_of_representatives(office: Office) -> None:
    cases = [(7, 3, "tối đa 2"), (11, 6, "tối đa 5"), (12, 5, None), (5, 2, None), (4, 1, None)]
    for headcount, reps, problem in cases:
        others = [_rep(f"Người Đại Diện {i}", "") for i in range(reps - 1)]
        for p in others:
            p.citizen.address = "Xã Tân Thanh"
        data = visit(
            headcount=headcount,
            participants=others,
            representatives_appointed=True,
            appointment_document="Văn bản cử người đại diện",
        )
        with office.db.session() as s:
            if problem is None:
                assert save_visit(s, office.officer, data).is_mass == (headcount >= 5)
            else:
                with pytest.raises(ValidationFailed) as err:
                    save_visit(s, office.officer, data)
                assert problem in err.value.field_errors["representatives"]


def test_mass_delegation_needs_written_appointment(office: Office) -> None:
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        save_visit(s, office.officer, visit(headcount=6))
    assert {"representatives_appointed", "appointment_document"} <= set(err.value.field_errors)


def test_mixed_content_is_split_and_denouncer_sealed(office: Office) -> None:
    data = visit(
        petitions=[
            petition(),
            petition(
                "Tố cáo cán bộ địa chính nhận tiền",
                kind="to_cao",
                respondent="Ông Trần Văn B, cán bộ địa chính",
                handling=PetitionHandling("transfer", "Thanh tra tỉnh Lạng Sơn", "45/CV-TCD"),
            ),
            petition(
                "Kiến nghị sửa đường liên thôn",
                kind="kien_nghi",
                handling=PetitionHandling("guide", "Sở Xây dựng tỉnh Lạng Sơn", "46/HD-TCD"),
            ),
        ]
    )
    with office.db.session() as s:
        saved = save_visit(s, office.officer, data)
    assert saved.outcome == "mixed"
    assert [p.kind for p in saved.petitions] == ["khieu_nai", "to_cao", "kien_nghi"]
    assert [p.status for p in saved.petitions] == ["received", "transferred", "guided"]
    with office.db.session() as s:
        person = s.get(Citizen, saved.citizen_id)
        assert person is not None and person.is_confidential
        rec = s.get(Reception, saved.reception_id)
        assert rec is not None and rec.summary.startswith("1. Khiếu nại: ")
        record = handling_of(rec)
        assert rec.handling["v"] == 1 and len(rec.handling["petitions"]) == 3
        assert [a.action for a in record.petitions] == ["forward", "transfer", "guide"]
        assert record.petitions[1].body == "Thanh tra tỉnh Lạng Sơn"
        accused = s.get(Petition, saved.petitions[1].id)
        assert accused is not None
        assert accused.respondent_folded == "ong tran van b, can bo dia chinh"
        guided = s.get(Petition, saved.petitions[2].id)
        assert guided is not None and guided.processed_on == dt.date(2026, 8, 3)


def test_desk_handling_rules(office: Office) -> None:
    data = visit(
        petitions=[
            petition(handling=PetitionHandling("transfer", "Tòa án")),
            petition(handling=PetitionHandling("guide")),
            petition(handling=PetitionHandling("explain")),
        ]
    )
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        save_visit(s, office.officer, data)
    errors = err.value.field_errors
    assert "không chuyển đơn" in errors["petitions[0].handling.action"]
    assert "petitions[1].handling.body" in errors
    assert "đã được cơ quan có thẩm quyền giải quyết" in errors["petitions[2].prior_handling"]
    explained = visit(
        petitions=[
            petition(
                prior_handling=[PriorHandling("Chủ tịch UBND tỉnh", "100/QĐ-UBND")],
                handling=PetitionHandling("explain"),
            )
        ]
    )
    with office.db.session() as s:
        saved = save_visit(s, office.officer, explained)
    assert saved.answer_due_on is None and saved.petitions[0].status == "filed"


def test_refusal_with_a_legal_ground(office: Office) -> None:
    data = visit(refusal=RefusalInput("luat9_3"))
    with office.db.session() as s:
        saved = save_visit(s, office.officer, data)
    assert saved.outcome == "refuse" and saved.receipt_number is None
    assert saved.answer_due_on == dt.date(2026, 8, 6)  # T5: written notice in 3 working days
    assert any("Mẫu 01/TCD" in w for w in saved.warnings)
    assert saved.petitions[0].status == "rejected"
    with office.db.session() as s:
        rec = s.get(Reception, saved.reception_id)
        assert rec is not None and rec.receipt_number is None
        assert rec.handling["refusal"]["ground"] == "luat9_3"
    early = visit(
        at=dt.datetime(2026, 6, 15, 9, tzinfo=VN), refusal=RefusalInput("nd154_recording")
    )
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        save_visit(s, office.officer, early)
    assert "01/07/2026" in err.value.field_errors["refusal.ground"]
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        save_visit(s, office.officer, visit(refusal=RefusalInput("luat9_4")))
    assert "refusal.note" in err.value.field_errors


def test_periodic_and_online_visits(office: Office) -> None:
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        save_visit(s, office.officer, visit(kind="periodic"))
    assert "leader_id" in err.value.field_errors
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        save_visit(s, office.officer, visit(kind="periodic", leader_id=office.handler.user_id))
    assert "lãnh đạo" in err.value.field_errors["leader_id"]
    with office.db.session() as s:
        saved = save_visit(
            s, office.officer, visit(kind="periodic", leader_id=office.leader.user_id)
        )
        assert s.get(Reception, saved.reception_id).leader_id == office.leader.user_id  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        save_visit(
            s, office.officer, visit(kind="online", at=dt.datetime(2026, 6, 30, 9, tzinfo=VN))
        )
    assert "01/7/2026" in err.value.field_errors["kind"]
    with pytest.raises(ValidationFailed) as err, office.db.session() as s:
        save_visit(s, office.officer, visit(at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)))
    assert "received_at" in err.value.field_errors


def test_existing_citizen_is_linked_and_updated(office: Office) -> None:
    with office.db.session() as s:
        first = save_visit(s, office.officer, visit())
    again = visit(
        at=AUG3 + dt.timedelta(days=7),
        citizen=CitizenInput(existing_id=first.citizen_id, phone="0987 654 321"),
    )
    with office.db.session() as s:
        second = save_visit(s, office.officer, again)
    assert second.citizen_id == first.citizen_id and second.number == "LS-01-2026-000002"
    with office.db.session() as s:
        person = s.get(Citizen, first.citizen_id)
        assert person is not None and person.phone == "0987654321"
        assert person.full_name == "Nguyễn Văn An"
        detail = s.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "citizen.update")
        ).one()
        assert detail == {"fields": ["phone"]}
    assert _count(office, Citizen) == 1


def test_only_desk_roles_may_save(office: Office) -> None:
    for actor in (office.handler, office.supervisor):
        with pytest.raises(PermissionDenied), office.db.session() as s:
            save_visit(s, actor, visit())
    with office.db.session() as s:
        assert save_visit(s, office.leader, visit()).number.startswith("LS-01-2026-")


def test_numbers_skip_values_already_used(office: Office) -> None:
    with office.db.session() as s:
        s.add(
            Reception(
                number="LS-01-2026-000001",
                unit_id=office.profile.unit_id,
                received_at=AUG3,
                received_on=AUG3.date(),
                kind="regular",
            )
        )
    with office.db.session() as s:
        saved = save_visit(s, office.officer, visit())
    assert saved.number == "LS-01-2026-000002"


def test_reading_a_visit_back_masks_the_denouncer_unless_revealed(office: Office) -> None:
    data = visit(
        petitions=[
            petition(
                "Tố cáo cán bộ địa chính nhận tiền",
                kind="to_cao",
                respondent="Ông B",
                documents=[ReceivedDocument("Đơn tố cáo", 1, "original")],
            ),
        ]
    )
    with office.db.session() as s:
        saved = save_visit(s, office.officer, data)
    with office.db.session() as s:
        masked = load_visit(s, office.supervisor, saved.reception_id)
        with pytest.raises(PermissionDenied):
            load_visit(s, office.supervisor, saved.reception_id, reveal=True, reason="Kiểm tra")
        with pytest.raises(ValidationFailed):
            load_visit(s, office.officer, saved.reception_id, reveal=True)
        shown = load_visit(
            s, office.officer, saved.reception_id, reveal=True, reason="In giấy biên nhận"
        )
        views = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "citizen.identity_view")
        )
        fields = field_catalogue(s, office.officer)
    assert (
        masked.citizen is not None and masked.citizen.full_name == "Người tố cáo (được giữ bí mật)"
    )
    assert masked.citizen.id_number == "" and is_denunciation(masked)
    assert shown.citizen is not None and shown.citizen.full_name == "Nguyễn Văn An"
    assert shown.receipt_number == saved.receipt_number and shown.officer_name == "Cán bộ tiepdan"
    assert shown.petitions[0].documents == (ReceivedDocument("Đơn tố cáo", 1, "original"),)
    assert views == 1 and ("HC-DD", "Đất đai", "HC") in fields
