"""Documents generated from cases and petitions, read back from the stored PDF with pypdf.

Each document is built from a case (or petition) made through the services, issued, and its
text checked for the case's key facts: the issuing body, the number, the date written the
Nghị định 30/2020 way, the person, the content and the legal basis of the form version in
force on that date.  Denunciations: the notice to the denouncer names them and is sealed;
what goes to the person denounced or to the public never contains them.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from tcd_desktop.services import case_documents as cd
from tcd_desktop.services import dialogues, documents, petitions
from tcd_desktop.services.case_documents.facts import abbreviation, head_of, place_of, printed_name
from tcd_desktop.services.cases import (
    AcceptanceInput,
    assign_verification,
    case_timeline,
    decide_complaint,
    resume,
    submit_verification_report,
    suspend,
)
from tcd_desktop.services.dialogues import Attendance, Opinion, Participant, SignatureRefusal
from tcd_desktop.services.errors import PermissionDenied, StepNotAllowed
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.models import AuditEntry, Case, Citizen, Dialogue
from tests.services.case_document_helpers import (
    KN,
    accept_case,
    choices_for,
    generate,
    make_denunciation,
    name_leaders,
)
from tests.services.conftest import Org, add_petition

D = dt.date
VN = dt.timezone(dt.timedelta(hours=7))


def test_body_names_symbols_places_and_heads() -> None:
    assert printed_name("UBND xã Hữu Lũng") == "Ủy ban nhân dân xã Hữu Lũng"
    assert abbreviation("Ủy ban nhân dân xã Hữu Lũng") == "UBND"
    assert abbreviation("Ban Tiếp công dân tỉnh Lạng Sơn") == "BTCD"
    assert abbreviation("Sở Tài nguyên và Môi trường tỉnh Lạng Sơn") == "STNMT"
    assert abbreviation("Thanh tra tỉnh Lạng Sơn") == "TTr"
    assert place_of("Ủy ban nhân dân xã Hữu Lũng") == "Hữu Lũng"
    assert place_of("Sở Tư pháp", "Tỉnh Lạng Sơn") == "Lạng Sơn"
    assert head_of("Ban Tiếp công dân tỉnh Lạng Sơn") == (
        "Trưởng ban",
        "Trưởng Ban Tiếp công dân tỉnh Lạng Sơn",
    )
    assert head_of("Ủy ban nhân dân tỉnh Lạng Sơn")[1] == "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"


def _hold_dialogue(org: Org, case_id: uuid.UUID) -> uuid.UUID:
    people = [
        Participant("presiding", "Hoàng Văn Chủ", "Chủ tịch", "UBND xã Hữu Lũng"),
        Participant("secretary", "Lý Thị Thư", "Công chức", "UBND xã Hữu Lũng"),
        Participant("complainant", "Nguyễn Văn An", id_number="020085001234"),
        Participant("respondent", "Phạm Văn Bị", "Trưởng phòng", "Phòng Địa chính"),
        Participant("related_person", "Đỗ Thị Liên", address="Thôn Bản Lề"),
    ]
    with org.db.session() as s:
        sched = dialogues.schedule_dialogue(
            s,
            org.commune_handler,
            case_id,
            on=D(2026, 8, 18),
            scheduled_at=dt.datetime(2026, 8, 25, 9, 0, tzinfo=VN),
            place="Hội trường UBND xã",
            presiding="Hoàng Văn Chủ",
            participants=people,
            content="Đối thoại về việc thu hồi đất",
        )
        dialogues.record_dialogue(
            s,
            org.commune_handler,
            sched.dialogue_id,
            held_on=D(2026, 8, 25),
            attendance=[
                Attendance("Nguyễn Văn An", True),
                Attendance("Phạm Văn Bị", True),
                Attendance("Đỗ Thị Liên", False, "Ốm, có giấy của trạm y tế", True),
            ],
            opinions=[
                Opinion("Nguyễn Văn An", "complainant", "Diện tích thu hồi", "Đo sai 50 m²"),
                Opinion("Phạm Văn Bị", "respondent", "Diện tích thu hồi", "Đo đúng bản đồ"),
            ],
            agreed_points="Đo lại thửa đất số 12",
            disputed_points="Mức bồi thường",
            result="Thống nhất đo lại; còn khác nhau về mức bồi thường",
            verification_summary="Thu hồi đúng một phần",
            started_at=dt.datetime(2026, 8, 25, 9, 0, tzinfo=VN),
            ended_at=dt.datetime(2026, 8, 25, 11, 15, tzinfo=VN),
            refusals=[SignatureRefusal("Phạm Văn Bị", "Không đồng ý kết quả đo đạc")],
        )
    return sched.dialogue_id


def test_minutes_call_people_by_the_gender_the_record_knows(org: Org) -> None:
    """Records and minutes (issue 8): "Ông"/"Bà" from the citizen's gender on record, never
    "Ông/Bà Ông …"; a participant the record does not know keeps the form's "Ông/Bà"."""
    name_leaders(org)
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 31), unit_id=org.commune)
    case_id = accept_case(org, pid, D(2026, 8, 3))
    with org.db.session() as s:
        case = s.get(Case, case_id)
        citizen = s.get(Citizen, case.citizen_id) if case else None
        assert citizen is not None and citizen.full_name == "Nguyễn Văn An"
        citizen.gender = "nam"
    with org.db.session() as s:
        assign_verification(s, org.commune_handler, case_id, on=D(2026, 8, 5), verifier="Tổ")
        submit_verification_report(
            s, org.commune_handler, case_id, on=D(2026, 8, 17), summary="Kết quả"
        )
    _hold_dialogue(org, case_id)
    _minutes, text = generate(org, org.commune_handler, case_id, "kn.dialogue_minutes")
    flat = " ".join(text.split())
    assert "- Ông Nguyễn Văn An; số giấy tờ tùy thân: 020085001234" in flat
    assert "Ông/Bà Nguyễn Văn An" not in flat and "Ông/Bà Ông" not in flat
    assert "- Ông/Bà Đỗ Thị Liên" in flat


def test_complaint_documents_follow_the_procedure(org: Org) -> None:
    name_leaders(org)
    pid = add_petition(
        org.db,
        org,
        kind=KN,
        received_on=D(2026, 7, 31),
        visit=True,
        unit_id=org.commune,
        summary="Khiếu nại việc thu hồi đất thửa số 12",
        respondent="Chủ tịch UBND xã Hữu Lũng",
    )
    case_id = accept_case(org, pid, D(2026, 8, 3))
    choices = choices_for(org, org.commune_handler, case_id)
    assert list(choices) == list(cd.CASE_FORMS[KN])
    assert choices["kn.acceptance"].enabled
    assert choices["kn.acceptance"].name_vi == "Thông báo về việc thụ lý giải quyết khiếu nại"
    assert not choices["kn.dialogue_minutes"].enabled
    assert "đối thoại" in (choices["kn.dialogue_minutes"].reason or "")
    assert "Chưa ghi nhận quyết định" in (choices["kn.decision"].reason or "")
    with pytest.raises(StepNotAllowed, match="Chưa ghi nhận quyết định"):
        generate(org, org.commune_handler, case_id, "kn.decision")

    notice, text = generate(org, org.commune_handler, case_id, "kn.acceptance", on=D(2026, 8, 5))
    assert (notice.case_id, notice.petition_id, notice.number) == (case_id, pid, "01/TB-UBND")
    assert notice.name_vi == "Thông báo về việc thụ lý giải quyết khiếu nại"
    for expected in (
        "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG",
        "Số: 01/TB-UBND",
        "Hữu Lũng, ngày 05 tháng 8 năm 2026",
        "Nguyễn Văn An",
        "020085001234",
        "Khiếu nại việc thu hồi đất thửa số 12",
        "Ngày 31 tháng 7 năm 2026",
        "Điều 27 Luật Khiếu nại và Điều 16 Nghị định số 124/2020/NĐ-CP",
        "Chủ tịch Ủy ban nhân dân xã Hữu Lũng",
        "Lãnh đạo lanhdaoxa",
    ):
        assert expected in text, expected
    with org.db.session() as s:
        (listed,) = documents.list_documents(s, org.commune_handler, case_id=case_id)
        assert listed.name_vi == notice.name_vi and listed.id == notice.id
        issued = s.scalars(select(AuditEntry).where(AuditEntry.action == "document.issue")).one()
        assert issued.detail["case_id"] == str(case_id)

    with org.db.session() as s:
        assign_verification(s, org.commune_handler, case_id, on=D(2026, 8, 5), verifier="Tổ")
        submit_verification_report(
            s,
            org.commune_handler,
            case_id,
            on=D(2026, 8, 17),
            summary="Thu hồi đúng một phần diện tích",
            differs_from_demand=True,
        )
    dialogue_id = _hold_dialogue(org, case_id)
    minutes_choice = choices_for(org, org.commune_handler, case_id)["kn.dialogue_minutes"]
    assert minutes_choice.enabled and minutes_choice.dialogue_id == dialogue_id
    assert minutes_choice.name_vi == "Biên bản đối thoại ngày 25/08/2026"
    minutes, text = generate(org, org.commune_handler, case_id, "kn.dialogue_minutes")
    assert minutes.issued_on == D(2026, 8, 25) and minutes.number == "01/BB-UBND"
    for expected in (
        "BIÊN BẢN",
        "09 giờ 00 phút, ngày 25 tháng 8 năm 2026",
        "Hội trường UBND xã",
        "Hoàng Văn Chủ",
        "Lý Thị Thư",
        "Phạm Văn Bị",
        "Đỗ Thị Liên",
        "vắng mặt, có lý do: Ốm, có giấy của trạm y tế",
        "Diện tích thu hồi",
        "Đo sai 50 m²",
        "Đo lại thửa đất số 12",
        "Mức bồi thường",
        "Phạm Văn Bị: Không đồng ý kết quả đo đạc",
        "11 giờ 15 phút",
        "Biên bản được lập thành 04 bản",
    ):
        assert expected in text, expected
    with org.db.session() as s:
        dialogue = s.get(Dialogue, dialogue_id)
        assert dialogue is not None and dialogue.minutes_document_id == minutes.id

    with org.db.session() as s:
        decide_complaint(
            s,
            org.commune_handler,
            case_id,
            result="dung_mot_phan",
            on=D(2026, 8, 28),
            number="125/QĐ-UBND",
            note="Thu hồi thiếu 50 m²",
        )
    decision, text = generate(org, org.commune_handler, case_id, "kn.decision")
    assert (decision.number, decision.issued_on) == ("125/QĐ-UBND", D(2026, 8, 28))
    for expected in (
        "QUYẾT ĐỊNH",
        "Số: 125/QĐ-UBND",
        "Hữu Lũng, ngày 28 tháng 8 năm 2026",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HỮU LŨNG",
        "Nguyễn Văn An",
        "Chủ tịch UBND xã Hữu Lũng",
        "Thu hồi đúng một phần diện tích",
        "Thống nhất đo lại",
        "đúng một phần",
        "Thu hồi thiếu 50 m²",
        "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        "Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011",
    ):
        assert expected in text, expected
    with org.db.session() as s:
        assert verify_audit(s).ok
        assert len(documents.list_documents(s, org.commune_handler, case_id=case_id)) == 3
    assert choices_for(org, org.commune_handler, case_id)["kn.decision"].issued == 1


def test_suspension_and_resumption_decisions(org: Org) -> None:
    pid = add_petition(
        org.db,
        org,
        kind=KN,
        received_on=D(2026, 8, 3),
        unit_id=org.commune,
        summary="Khiếu nại Quyết định số 40/QĐ-UBND",
    )
    case_id = accept_case(org, pid, D(2026, 8, 3))
    with org.db.session() as s:
        suspend(
            s,
            org.commune_handler,
            case_id,
            on=D(2026, 8, 10),
            ground="tro_ngai",
            note="Người khiếu nại nằm viện",
        )
    choices = choices_for(org, org.commune_handler, case_id)
    assert choices["kn.suspension"].enabled and not choices["kn.resumption"].enabled
    stop, text = generate(org, org.commune_handler, case_id, "kn.suspension")
    assert stop.issued_on == D(2026, 8, 10) and stop.number == "01/QĐ-UBND"
    for expected in (
        "Về việc tạm đình chỉ việc giải quyết khiếu nại",
        "Hữu Lũng, ngày 10 tháng 8 năm 2026",
        "Nguyễn Văn An",
        "Trở ngại khách quan",
        "Người khiếu nại nằm viện",
        "Điều 11a Luật Khiếu nại",
        "thụ lý giải quyết khiếu nại",
    ):
        assert expected in text, expected
    with org.db.session() as s:
        resume(s, org.commune_handler, case_id, on=D(2026, 8, 20), note="Đã ra viện")
    _resumed, text = generate(org, org.commune_handler, case_id, "kn.resumption")
    for expected in (
        "Về việc tiếp tục giải quyết khiếu nại",
        "ngày 20 tháng 8 năm 2026",
        "Đã ra viện",
        f"Quyết định số {stop.number} ngày 10/8/2026",
    ):
        assert expected in text, expected


def test_kinds_without_forms_and_roles_that_cannot_issue(org: Org) -> None:
    rec = add_petition(org.db, org, kind="kien_nghi", received_on=D(2026, 8, 3))
    kn = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    with org.db.session() as s:
        rec_case = petitions.accept_petition(
            s, org.handler, rec, AcceptanceInput(accepted_on=D(2026, 8, 4))
        ).case_id
        kn_case = petitions.accept_petition(
            s, org.handler, kn, AcceptanceInput(accepted_on=D(2026, 8, 4))
        ).case_id
        assert cd.document_choices(s, org.handler, rec_case) == []
        with pytest.raises(StepNotAllowed, match="không dùng cho vụ việc"):
            cd.generate_case_document(s, org.handler, rec_case, "kn.acceptance")
        watched = cd.document_choices(s, org.supervisor, kn_case)
        assert watched and not any(c.enabled for c in watched)
        assert "không có quyền lập văn bản" in (watched[0].reason or "")
        with pytest.raises(PermissionDenied):
            cd.generate_case_document(s, org.supervisor, kn_case, "kn.acceptance")


def test_issued_documents_appear_on_the_timeline(org: Org) -> None:
    pid = add_petition(
        org.db,
        org,
        kind=KN,
        received_on=D(2026, 7, 31),
        unit_id=org.commune,
        summary="Khiếu nại việc thu hồi đất thửa số 12",
    )
    case_id = accept_case(org, pid, D(2026, 8, 3))
    with org.db.session() as s:
        before = s.get(Case, case_id)
        assert before is not None
        status = before.status
    notice, _text = generate(org, org.commune_handler, case_id, "kn.acceptance", on=D(2026, 8, 5))
    with org.db.session() as s:
        last = case_timeline(s, org.commune_handler, case_id)[-1]
        after = s.get(Case, case_id)
        assert after is not None and after.status == status
    assert (last.step, last.label, last.occurred_on) == (
        "document_issued",
        "Lập văn bản",
        D(2026, 8, 5),
    )
    assert last.document_id == notice.id
    assert last.note == f"Thông báo về việc thụ lý giải quyết khiếu nại số {notice.number}"
    assert last.data["form_code"] == "kn.acceptance"


def test_acceptance_proposal_on_the_case_screen(org: Org) -> None:
    """TT 05/2021 Mẫu 01: the assigned officer proposes acceptance to the competent head."""
    case_id = make_denunciation(org)
    assert choices_for(org, org.handler, case_id)["xld.proposal"].enabled
    assert not choices_for(org, org.other_handler, case_id)["xld.proposal"].enabled  # sealed
    issued, text = generate(org, org.handler, case_id, "xld.proposal")
    flat = " ".join(text.split())
    assert issued.sealed_identity
    for expected in (
        "PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN",
        "Mẫu số 01",
        "Trần Thị Bình",
        "khoản 1 Điều 29 Luật Tố cáo",
        "NGƯỜI ĐỀ XUẤT",
        "Ngày 03 tháng 8 năm 2026",
    ):
        assert expected in flat, expected
