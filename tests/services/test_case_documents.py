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

from tcd_desktop.domain.workflow import ComplexityCriterion as C
from tcd_desktop.services import case_documents as cd
from tcd_desktop.services import dialogues, documents, petitions
from tcd_desktop.services.case_documents.facts import abbreviation, head_of, place_of, printed_name
from tcd_desktop.services.cases import (
    AcceptanceInput,
    assign_verification,
    case_timeline,
    conclude_denunciation,
    decide_complaint,
    extend_resolution,
    record_handling,
    resume,
    submit_verification_report,
    suspend,
)
from tcd_desktop.services.dialogues import Attendance, Opinion, Participant, SignatureRefusal
from tcd_desktop.services.errors import PermissionDenied, StepNotAllowed, ValidationFailed
from tcd_desktop.services.publication import preview_public_version
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.models import AuditEntry, Case, Dialogue, Document, User
from tests.documents.pdftext import pdf_text
from tests.services.conftest import Org, add_petition

D = dt.date
VN = dt.timezone(dt.timedelta(hours=7))
KN, TC = "khieu_nai", "to_cao"
TC_SUMMARY = "Bà Trần Thị Bình (0987654321) tố cáo ông Phạm Văn Cường nhận tiền của dân"
DENOUNCER_MARKS = ("Trần Thị Bình", "0987654321", "020190004321", "Bà Triệu")


def _accept(org: Org, pid: uuid.UUID, on: D, **kw: object) -> uuid.UUID:
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=on, assignee_id=org.commune_handler.user_id, **kw)  # type: ignore[arg-type]
        return petitions.accept_petition(s, org.commune_handler, pid, data).case_id


def _choices(org: Org, actor, case_id: uuid.UUID) -> dict[str, cd.DocumentChoice]:  # type: ignore[no-untyped-def]
    with org.db.session() as s:
        return {c.form_code: c for c in cd.document_choices(s, actor, case_id)}


def _generate(org: Org, actor, case_id: uuid.UUID, code: str, **kw: object) -> tuple[documents.IssuedDocument, str]:  # type: ignore[no-untyped-def]  # fmt: skip
    with org.db.session() as s:
        issued = cd.generate_case_document(s, actor, case_id, code, **kw)  # type: ignore[arg-type]
    with org.db.session() as s:
        return issued, pdf_text(cd.document_pdf(s, actor, issued.id))


def _name_leader(org: Org) -> None:
    with org.db.session() as s:
        for actor, title in ((org.commune_leader, "Chủ tịch"), (org.leader, "Phó Chủ tịch")):
            user = s.get(User, actor.user_id)
            assert user is not None
            user.full_name, user.title = f"Lãnh đạo {actor.username}", title


def test_body_names_symbols_places_and_heads() -> None:
    assert printed_name("UBND xã Hữu Lũng") == "Ủy ban nhân dân xã Hữu Lũng"
    assert abbreviation("Ủy ban nhân dân xã Hữu Lũng") == "UBND"
    assert abbreviation("Ban Tiếp công dân tỉnh Lạng Sơn") == "BTCD"
    assert abbreviation("Sở Tài nguyên và Môi trường tỉnh Lạng Sơn") == "STNMT"
    assert abbreviation("Thanh tra tỉnh Lạng Sơn") == "TTr"
    assert place_of("Ủy ban nhân dân xã Hữu Lũng") == "Hữu Lũng"
    assert place_of("Sở Tư pháp", "Tỉnh Lạng Sơn") == "Lạng Sơn"
    assert head_of("Ban Tiếp công dân tỉnh Lạng Sơn") == (
        "Trưởng ban", "Trưởng Ban Tiếp công dân tỉnh Lạng Sơn")  # fmt: skip
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
            s, org.commune_handler, case_id, on=D(2026, 8, 18),
            scheduled_at=dt.datetime(2026, 8, 25, 9, 0, tzinfo=VN), place="Hội trường UBND xã",
            presiding="Hoàng Văn Chủ", participants=people, content="Đối thoại về việc thu hồi đất",
        )  # fmt: skip
        dialogues.record_dialogue(
            s, org.commune_handler, sched.dialogue_id, held_on=D(2026, 8, 25),
            attendance=[Attendance("Nguyễn Văn An", True), Attendance("Phạm Văn Bị", True),
                        Attendance("Đỗ Thị Liên", False, "Ốm, có giấy của trạm y tế", True)],
            opinions=[Opinion("Nguyễn Văn An", "complainant", "Diện tích thu hồi", "Đo sai 50 m²"),
                      Opinion("Phạm Văn Bị", "respondent", "Diện tích thu hồi", "Đo đúng bản đồ")],
            agreed_points="Đo lại thửa đất số 12", disputed_points="Mức bồi thường",
            result="Thống nhất đo lại; còn khác nhau về mức bồi thường",
            verification_summary="Thu hồi đúng một phần",
            started_at=dt.datetime(2026, 8, 25, 9, 0, tzinfo=VN),
            ended_at=dt.datetime(2026, 8, 25, 11, 15, tzinfo=VN),
            refusals=[SignatureRefusal("Phạm Văn Bị", "Không đồng ý kết quả đo đạc")],
        )  # fmt: skip
    return sched.dialogue_id


def test_complaint_documents_follow_the_procedure(org: Org) -> None:
    _name_leader(org)
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 31), visit=True,
                       unit_id=org.commune, summary="Khiếu nại việc thu hồi đất thửa số 12",
                       respondent="Chủ tịch UBND xã Hữu Lũng")  # fmt: skip
    case_id = _accept(org, pid, D(2026, 8, 3))
    choices = _choices(org, org.commune_handler, case_id)
    assert list(choices) == list(cd.CASE_FORMS[KN])
    assert choices["kn.acceptance"].enabled
    assert choices["kn.acceptance"].name_vi == "Thông báo về việc thụ lý giải quyết khiếu nại"
    assert not choices["kn.dialogue_minutes"].enabled
    assert "đối thoại" in (choices["kn.dialogue_minutes"].reason or "")
    assert "Chưa ghi nhận quyết định" in (choices["kn.decision"].reason or "")
    with pytest.raises(StepNotAllowed, match="Chưa ghi nhận quyết định"):
        _generate(org, org.commune_handler, case_id, "kn.decision")

    notice, text = _generate(org, org.commune_handler, case_id, "kn.acceptance", on=D(2026, 8, 5))
    assert (notice.case_id, notice.petition_id, notice.number) == (case_id, pid, "01/TB-UBND")
    assert notice.name_vi == "Thông báo về việc thụ lý giải quyết khiếu nại"
    for expected in ("ỦY BAN NHÂN DÂN XÃ HỮU LŨNG", "Số: 01/TB-UBND",
                     "Hữu Lũng, ngày 05 tháng 8 năm 2026", "Nguyễn Văn An", "020085001234",
                     "Khiếu nại việc thu hồi đất thửa số 12", "Ngày 31 tháng 7 năm 2026",
                     "Điều 27 Luật Khiếu nại và Điều 16 Nghị định số 124/2020/NĐ-CP",
                     "Chủ tịch Ủy ban nhân dân xã Hữu Lũng", "Lãnh đạo lanhdaoxa"):  # fmt: skip
        assert expected in text, expected
    with org.db.session() as s:
        (listed,) = documents.list_documents(s, org.commune_handler, case_id=case_id)
        assert listed.name_vi == notice.name_vi and listed.id == notice.id
        issued = s.scalars(select(AuditEntry).where(AuditEntry.action == "document.issue")).one()
        assert issued.detail["case_id"] == str(case_id)

    with org.db.session() as s:
        assign_verification(s, org.commune_handler, case_id, on=D(2026, 8, 5), verifier="Tổ")
        submit_verification_report(s, org.commune_handler, case_id, on=D(2026, 8, 17),
                                   summary="Thu hồi đúng một phần diện tích", differs_from_demand=True)  # fmt: skip
    dialogue_id = _hold_dialogue(org, case_id)
    minutes_choice = _choices(org, org.commune_handler, case_id)["kn.dialogue_minutes"]
    assert minutes_choice.enabled and minutes_choice.dialogue_id == dialogue_id
    assert minutes_choice.name_vi == "Biên bản đối thoại ngày 25/08/2026"
    minutes, text = _generate(org, org.commune_handler, case_id, "kn.dialogue_minutes")
    assert minutes.issued_on == D(2026, 8, 25) and minutes.number == "01/BB-UBND"
    for expected in ("BIÊN BẢN", "09 giờ 00 phút, ngày 25 tháng 8 năm 2026", "Hội trường UBND xã",
                     "Hoàng Văn Chủ", "Lý Thị Thư", "Phạm Văn Bị", "Đỗ Thị Liên",
                     "vắng mặt, có lý do: Ốm, có giấy của trạm y tế", "Diện tích thu hồi",
                     "Đo sai 50 m²", "Đo lại thửa đất số 12", "Mức bồi thường",
                     "Phạm Văn Bị: Không đồng ý kết quả đo đạc", "11 giờ 15 phút",
                     "Biên bản được lập thành 04 bản"):  # fmt: skip
        assert expected in text, expected
    with org.db.session() as s:
        dialogue = s.get(Dialogue, dialogue_id)
        assert dialogue is not None and dialogue.minutes_document_id == minutes.id

    with org.db.session() as s:
        decide_complaint(s, org.commune_handler, case_id, result="dung_mot_phan",
                         on=D(2026, 8, 28), number="125/QĐ-UBND", note="Thu hồi thiếu 50 m²")  # fmt: skip
    decision, text = _generate(org, org.commune_handler, case_id, "kn.decision")
    assert (decision.number, decision.issued_on) == ("125/QĐ-UBND", D(2026, 8, 28))
    for expected in ("QUYẾT ĐỊNH", "Số: 125/QĐ-UBND", "Hữu Lũng, ngày 28 tháng 8 năm 2026",
                     "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HỮU LŨNG", "Nguyễn Văn An",
                     "Chủ tịch UBND xã Hữu Lũng", "Thu hồi đúng một phần diện tích",
                     "Thống nhất đo lại", "đúng một phần", "Thu hồi thiếu 50 m²",
                     "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
                     "Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011"):  # fmt: skip
        assert expected in text, expected
    with org.db.session() as s:
        assert verify_audit(s).ok
        assert len(documents.list_documents(s, org.commune_handler, case_id=case_id)) == 3
    assert _choices(org, org.commune_handler, case_id)["kn.decision"].issued == 1


def test_suspension_and_resumption_decisions(org: Org) -> None:
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3), unit_id=org.commune,
                       summary="Khiếu nại Quyết định số 40/QĐ-UBND")  # fmt: skip
    case_id = _accept(org, pid, D(2026, 8, 3))
    with org.db.session() as s:
        suspend(s, org.commune_handler, case_id, on=D(2026, 8, 10), ground="tro_ngai",
                note="Người khiếu nại nằm viện")  # fmt: skip
    choices = _choices(org, org.commune_handler, case_id)
    assert choices["kn.suspension"].enabled and not choices["kn.resumption"].enabled
    stop, text = _generate(org, org.commune_handler, case_id, "kn.suspension")
    assert stop.issued_on == D(2026, 8, 10) and stop.number == "01/QĐ-UBND"
    for expected in ("Về việc tạm đình chỉ việc giải quyết khiếu nại",
                     "Hữu Lũng, ngày 10 tháng 8 năm 2026", "Nguyễn Văn An",
                     "Trở ngại khách quan", "Người khiếu nại nằm viện", "Điều 11a Luật Khiếu nại",
                     "thụ lý giải quyết khiếu nại"):  # fmt: skip
        assert expected in text, expected
    with org.db.session() as s:
        resume(s, org.commune_handler, case_id, on=D(2026, 8, 20), note="Đã ra viện")
    _resumed, text = _generate(org, org.commune_handler, case_id, "kn.resumption")
    for expected in ("Về việc tiếp tục giải quyết khiếu nại", "ngày 20 tháng 8 năm 2026",
                     "Đã ra viện", f"Quyết định số {stop.number} ngày 10/8/2026"):  # fmt: skip
        assert expected in text, expected


def _denunciation(org: Org) -> uuid.UUID:
    pid = add_petition(org.db, org, kind=TC, received_on=D(2026, 8, 3), visit=True,
                       citizen_id=org.denouncer, summary=TC_SUMMARY,
                       respondent="Ông Phạm Văn Cường, cán bộ địa chính xã",
                       created_by=org.reception)  # fmt: skip
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=D(2026, 8, 10), assignee_id=org.handler.user_id,
                               complexity_criteria=[C.SEVERAL_PLACES.value],
                               complexity_finding="Xác minh ở hai xã")  # fmt: skip
        return petitions.accept_petition(s, org.handler, pid, data).case_id


def test_denunciation_documents_keep_the_denouncer_sealed(org: Org) -> None:
    case_id = _denunciation(org)
    outsider = _choices(org, org.other_handler, case_id)
    assert not outsider["tc.acceptance_notice"].enabled
    assert outsider["tc.acceptance_notice"].reason == cd.SEALED_REFUSAL
    with pytest.raises(PermissionDenied):
        _generate(org, org.other_handler, case_id, "tc.acceptance_notice")

    notice, text = _generate(org, org.handler, case_id, "tc.acceptance_notice", on=D(2026, 8, 12))
    assert notice.sealed_identity and notice.number == "01/TB-UBND"
    for expected in ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Lạng Sơn, ngày 12 tháng 8 năm 2026",
                     "Trần Thị Bình", "Ông Phạm Văn Cường, cán bộ địa chính xã",
                     "khoản 3 Điều 29 Luật Tố cáo", "30 ngày kể từ ngày thụ lý 10/8/2026",
                     "Ngày 03 tháng 8 năm 2026"):  # fmt: skip
        assert expected in text, expected
    with org.db.session() as s, pytest.raises(PermissionDenied):
        cd.document_pdf(s, org.other_handler, notice.id)
    with org.db.session() as s:
        refused = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.view_refused")
        ).one()
        assert refused.entity_id == str(notice.id)
        assert "Trần Thị Bình" not in repr(refused.detail)

    with org.db.session() as s:
        assign_verification(s, org.handler, case_id, on=D(2026, 8, 12), verifier="Tổ xác minh")
        suspend(s, org.handler, case_id, on=D(2026, 8, 20), ground="cho_giam_dinh",
                note="Chờ giám định chữ ký")  # fmt: skip
        resume(s, org.handler, case_id, on=D(2026, 8, 27))
        extend_resolution(s, org.leader, case_id, on=D(2026, 9, 15), days=30, number="15/QĐ-GH",
                          reason="Chờ ý kiến của Trần Thị Bình và hai cơ quan")  # fmt: skip
        submit_verification_report(s, org.handler, case_id, on=D(2026, 10, 20),
                                   summary="Có sai phạm; bà Trần Thị Bình cung cấp chứng cứ")  # fmt: skip
        conclude_denunciation(s, org.handler, case_id, result="dung_mot_phan", on=D(2026, 10, 26),
                              number="35/KL-UBND")  # fmt: skip
        record_handling(s, org.handler, case_id, on=D(2026, 10, 28),
                        measures="Kiểm điểm ông Phạm Văn Cường, thu hồi 20 triệu đồng")  # fmt: skip

    texts = {}
    for code in ("tc.extension", "tc.suspension", "tc.resumption", "tc.conclusion_public"):
        assert _choices(org, org.other_handler, case_id)[code].enabled, code
        kw = {}
        if code == "tc.conclusion_public":  # issued only after the officer confirmed the preview
            with org.db.session() as s, pytest.raises(StepNotAllowed):
                cd.generate_case_document(s, org.handler, case_id, code)
            with org.db.session() as s:
                kw["preview_digest"] = preview_public_version(s, org.handler, case_id).digest
        issued, texts[code] = _generate(org, org.handler, case_id, code, **kw)
        assert not issued.sealed_identity, code
        for mark in DENOUNCER_MARKS:
            assert mark not in texts[code], (code, mark)
        assert "Ông Phạm Văn Cường, cán bộ địa chính xã" in texts[code], code
    ext = texts["tc.extension"]
    for expected in ("Số: 15/QĐ-GH", "Lạng Sơn, ngày 15 tháng 9 năm 2026", "lần thứ nhất",
                     "30 ngày", "Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018", "Mẫu số 01",
                     "[đã che]"):  # fmt: skip
        assert expected in ext, expected
    assert "Về việc tạm đình chỉ việc giải quyết tố cáo" in texts["tc.suspension"]
    assert "Chờ kết quả giám định bổ sung; Chờ giám định chữ ký" in texts["tc.suspension"]
    assert "Về việc tiếp tục giải quyết tố cáo" in texts["tc.resumption"]
    public = texts["tc.conclusion_public"]
    for expected in ("KẾT LUẬN", "Số: 35/KL-UBND", "Lạng Sơn, ngày 26 tháng 10 năm 2026",
                     "Bản công khai", "Tố cáo đúng một phần", "thu hồi 20 triệu đồng",
                     "Mẫu số 12", "Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018"):  # fmt: skip
        assert expected in public, expected
    with org.db.session() as s:
        row = s.scalars(select(Document).where(Document.form_code == "tc.conclusion_public")).one()
        assert row.is_redacted


def test_denunciation_acceptance_decision_notice_to_denounced_and_official_conclusion(
    org: Org,
) -> None:
    """NĐ 31/2019 Mẫu 04 and 06 never name the denouncer; the official Mẫu 12 is sealed."""
    case_id = _denunciation(org)
    outsider = _choices(org, org.other_handler, case_id)
    assert outsider["tc.acceptance_decision"].enabled and outsider["tc.denounced_notice"].enabled
    assert not outsider["tc.conclusion"].enabled  # no conclusion recorded yet
    decision, text = _generate(org, org.handler, case_id, "tc.acceptance_decision")
    notice, notice_text = _generate(org, org.handler, case_id, "tc.denounced_notice",
                                    on=D(2026, 8, 12))  # fmt: skip
    assert not decision.sealed_identity and not notice.sealed_identity
    for expected in ("Về việc thụ lý tố cáo", "Lạng Sơn, ngày 10 tháng 8 năm 2026",
                     "Ông Phạm Văn Cường, cán bộ địa chính xã", "Mẫu số 04",
                     "30 ngày kể từ ngày thụ lý 10/8/2026"):  # fmt: skip
        assert expected in text, expected
    assert "Về nội dung tố cáo" in notice_text and "giải trình bằng văn bản" in notice_text
    for mark in DENOUNCER_MARKS:
        assert mark not in text and mark not in notice_text, mark
    with org.db.session() as s:
        assign_verification(s, org.handler, case_id, on=D(2026, 8, 12), verifier="Tổ xác minh")
        submit_verification_report(s, org.handler, case_id, on=D(2026, 9, 1), summary="Có sai phạm")
        conclude_denunciation(s, org.handler, case_id, result="sai", on=D(2026, 9, 5),
                              number="36/KL-UBND")  # fmt: skip
    official, official_text = _generate(org, org.handler, case_id, "tc.conclusion")
    assert official.sealed_identity
    assert "Bản công khai" not in official_text and "Tố cáo sai sự thật" in official_text
    assert "Người tố cáo (gửi thông báo kết luận nội dung tố cáo)" in " ".join(
        official_text.split()
    )


def test_petition_outcome_notices(org: Org) -> None:
    moved = add_petition(org.db, org, kind="kien_nghi", received_on=D(2026, 8, 3),
                         summary="Kiến nghị sửa đường liên thôn")  # fmt: skip
    guided = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3),
                          summary="Khiếu nại việc cấp giấy chứng nhận")  # fmt: skip
    back = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3),
                        summary="Khiếu nại không rõ nội dung")  # fmt: skip
    waiting = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3))
    with org.db.session() as s:
        petitions.transfer_petition(s, org.handler, moved, on=D(2026, 8, 6),
                                    to_body="Sở Giao thông vận tải tỉnh Lạng Sơn")  # fmt: skip
        petitions.guide_petition(s, org.handler, guided, on=D(2026, 8, 7),
                                 to_body="Ủy ban nhân dân xã Hữu Lũng", note="Thẩm quyền cấp xã")  # fmt: skip
        petitions.return_petition(s, org.handler, back, on=D(2026, 8, 10),
                                  reason="Đơn không ghi rõ nội dung khiếu nại",
                                  ground="k5_chu_ky")  # fmt: skip
        choices = {c.form_code: c for c in cd.petition_document_choices(s, org.handler, waiting)}
        assert not any(c.enabled for c in choices.values())
        assert "chưa được xử lý" in (choices["xld.transfer"].reason or "")
        back_choices = {c.form_code: c for c in cd.petition_document_choices(s, org.handler, back)}
        assert back_choices["xld.return"].enabled and back_choices["kn.non_acceptance"].enabled
        assert "«Trả lại đơn»" in (back_choices["xld.guidance"].reason or "")
        with pytest.raises(StepNotAllowed):
            cd.generate_petition_document(s, org.handler, back, "xld.transfer")

    def issue(pid: uuid.UUID, code: str) -> str:
        with org.db.session() as s:
            issued = cd.generate_petition_document(s, org.handler, pid, code)
            assert issued.petition_id == pid
            return pdf_text(cd.document_pdf(s, org.handler, issued.id))

    slip = issue(moved, "xld.transfer")
    for expected in ("PHIẾU CHUYỂN ĐƠN", "Số: 01/PC-UBND", "Lạng Sơn, ngày 06 tháng 8 năm 2026",
                     "Sở Giao thông vận tải tỉnh Lạng Sơn", "Kiến nghị sửa đường liên thôn",
                     "Nguyễn Văn An", "Điều 14 Thông tư số 05/2021/TT-TTCP"):  # fmt: skip
        assert expected in slip, expected
    notice = issue(moved, "xld.transfer_notice")
    assert "Về việc chuyển đơn" in notice and "01/PC-UBND" in notice
    guide = issue(guided, "xld.guidance")
    assert "Ủy ban nhân dân xã Hữu Lũng" in guide and "Thẩm quyền cấp xã" in guide
    returned = issue(back, "xld.return")
    assert "Đơn không ghi rõ nội dung khiếu nại" in returned and "ngày 10 tháng 8" in returned
    refused = issue(back, "kn.non_acceptance")
    for expected in ("Về việc không thụ lý giải quyết khiếu nại",
                     "khoản 5 Điều 11 Luật Khiếu nại 2011",
                     "Đơn không ghi rõ nội dung khiếu nại"):  # fmt: skip
        assert expected in refused, expected


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
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 31), unit_id=org.commune,
                       summary="Khiếu nại việc thu hồi đất thửa số 12")  # fmt: skip
    case_id = _accept(org, pid, D(2026, 8, 3))
    with org.db.session() as s:
        before = s.get(Case, case_id)
        assert before is not None
        status = before.status
    notice, _text = _generate(org, org.commune_handler, case_id, "kn.acceptance", on=D(2026, 8, 5))
    with org.db.session() as s:
        last = case_timeline(s, org.commune_handler, case_id)[-1]
        after = s.get(Case, case_id)
        assert after is not None and after.status == status
    assert (last.step, last.label, last.occurred_on) == ("document_issued", "Lập văn bản",
                                                         D(2026, 8, 5))  # fmt: skip
    assert last.document_id == notice.id
    assert last.note == f"Thông báo về việc thụ lý giải quyết khiếu nại số {notice.number}"
    assert last.data["form_code"] == "kn.acceptance"


def test_acceptance_proposal_on_the_case_screen(org: Org) -> None:
    """TT 05/2021 Mẫu 01: the assigned officer proposes acceptance to the competent head."""
    case_id = _denunciation(org)
    assert _choices(org, org.handler, case_id)["xld.proposal"].enabled
    assert not _choices(org, org.other_handler, case_id)["xld.proposal"].enabled  # sealed
    issued, text = _generate(org, org.handler, case_id, "xld.proposal")
    flat = " ".join(text.split())
    assert issued.sealed_identity
    for expected in ("PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN", "Mẫu số 01", "Trần Thị Bình",
                     "khoản 1 Điều 29 Luật Tố cáo", "NGƯỜI ĐỀ XUẤT", "Ngày 03 tháng 8 năm 2026"):  # fmt: skip
        assert expected in flat, expected


def test_reminder_to_the_body_a_petition_was_transferred_to(org: Org) -> None:
    """Văn bản đôn đốc: from the petition's transfer slip; refused without one."""
    from tcd_desktop.services.case_documents.reminder import issue_reminder

    moved = add_petition(org.db, org, kind="kien_nghi", received_on=D(2026, 8, 3),
                         summary="Kiến nghị sửa đường liên thôn")  # fmt: skip
    with org.db.session() as s:
        petitions.transfer_petition(s, org.handler, moved, on=D(2026, 8, 6),
                                    to_body="Sở Giao thông vận tải tỉnh Lạng Sơn")  # fmt: skip
    with org.db.session() as s, pytest.raises(ValidationFailed):
        issue_reminder(s, org.handler, moved, on=D(2026, 9, 30))
    with org.db.session() as s:
        slip = cd.generate_petition_document(s, org.handler, moved, "xld.transfer")
    with org.db.session() as s:
        issued = issue_reminder(s, org.handler, moved, on=D(2026, 9, 30),
                                due_on=D(2026, 9, 5), report_by=D(2026, 10, 15))  # fmt: skip
        text = " ".join(pdf_text(cd.document_pdf(s, org.handler, issued.id)).split())
    for expected in ("V/v đôn đốc giải quyết đơn", "Kính gửi: Sở Giao thông vận tải tỉnh Lạng Sơn",
                     f"Phiếu chuyển đơn số {slip.number} ngày 06/8/2026",
                     "quá thời hạn giải quyết (ngày 05 tháng 9 năm 2026)",
                     "trước ngày 15 tháng 10 năm 2026", "Kiến nghị sửa đường liên thôn"):  # fmt: skip
        assert expected in text, expected


def test_verification_documents_from_the_case_steps(org: Org) -> None:
    """Complaint: decision assigning verification and report; denunciation: NĐ 31 Mẫu 07
    and Mẫu 10 — from the «Giao xác minh» and report steps, no denouncer named."""
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 7, 31), visit=True,
                       unit_id=org.commune, summary="Khiếu nại việc thu hồi đất thửa số 12",
                       respondent="Chủ tịch UBND xã Hữu Lũng")  # fmt: skip
    complaint = _accept(org, pid, D(2026, 8, 3))
    choices = _choices(org, org.commune_handler, complaint)
    assert "Giao xác minh" in (choices["kn.verification_decision"].reason or "")
    with org.db.session() as s:
        assign_verification(s, org.commune_handler, complaint, on=D(2026, 8, 6),
                            verifier="Công chức địa chính xã", content="Ranh giới thửa số 12",
                            days=15)  # fmt: skip
        submit_verification_report(s, org.commune_handler, complaint, on=D(2026, 8, 20),
                                   summary="Ranh giới đúng bản đồ địa chính năm 2015")  # fmt: skip
    _, text = _generate(org, org.commune_handler, complaint, "kn.verification_decision")
    flat = " ".join(text.split())
    for expected in ("Về việc xác minh nội dung khiếu nại", "Giao Công chức địa chính xã",
                     "Ranh giới thửa số 12", "15 ngày", "ngày 06 tháng 8 năm 2026"):  # fmt: skip
        assert expected in flat, expected
    _, report = _generate(org, org.commune_handler, complaint, "kn.verification_report")
    assert "Ranh giới đúng bản đồ địa chính năm 2015" in report

    case_id = _denunciation(org)
    with org.db.session() as s:
        assign_verification(s, org.handler, case_id, on=D(2026, 8, 12), verifier="Tổ xác minh",
                            content="Bà Trần Thị Bình nói ông Cường nhận tiền")  # fmt: skip
        submit_verification_report(s, org.handler, case_id, on=D(2026, 9, 1),
                                   summary="Trần Thị Bình cung cấp biên lai; có sai phạm")  # fmt: skip
    for code in ("tc.verification_team", "tc.work_minutes", "tc.expert_request",
                 "tc.verification_report", "tc.verification_result"):  # fmt: skip
        issued, text = _generate(org, org.handler, case_id, code)
        assert not issued.sealed_identity
        for mark in DENOUNCER_MARKS:
            assert mark not in text, (code, mark)
    assert "Mẫu số 07" in _generate(org, org.handler, case_id, "tc.verification_team")[1]


def test_withdrawal_letter_and_record_from_the_step(org: Org) -> None:
    """NĐ 31/2019 Mẫu 02/03 from the withdrawal step: they name the denouncer, so sealed."""
    from tcd_desktop.services.cases import withdraw

    case_id = _denunciation(org)
    assert "rút tố cáo" in (_choices(org, org.handler, case_id)["tc.withdrawal"].reason or "")
    with org.db.session() as s:
        withdraw(s, org.handler, case_id, on=D(2026, 8, 20), form="written",
                 continue_reason="Có dấu hiệu vi phạm", note="Đã được giải thích")  # fmt: skip
    assert not _choices(org, org.other_handler, case_id)["tc.withdrawal_record"].enabled
    for code, expected in (("tc.withdrawal", "ĐƠN RÚT TỐ CÁO"),
                           ("tc.withdrawal_record", "Ghi nhận việc rút tố cáo")):  # fmt: skip
        issued, text = _generate(org, org.handler, case_id, code)
        flat = " ".join(text.split())
        assert issued.sealed_identity and expected in flat and "Trần Thị Bình" in flat, code
        assert "Điều 33 Luật Tố cáo" in flat and "Ông Phạm Văn Cường" in flat, code


def test_blank_and_prefilled_citizen_letters(org: Org) -> None:
    """NĐ 124/2020 Mẫu 01/02: blank (not stored) or pre-filled from the citizen, stored."""
    from tcd_desktop.services.case_documents.citizen import blank_letter, issue_citizen_letter

    for code in ("kn.petition", "kn.authorisation", "tc.withdrawal"):
        text = pdf_text(blank_letter(org.handler, code, D(2026, 8, 1)))
        assert "ngày …… tháng …… năm ……" in text and "Số:" not in text, code
    with org.db.session() as s, pytest.raises(ValidationFailed):
        issue_citizen_letter(s, org.handler, "kn.petition", org.denouncer)  # sealed person
    pid = add_petition(org.db, org, kind=KN, received_on=D(2026, 8, 3), visit=True)
    with org.db.session() as s:
        from tcd_desktop.store.models import Petition

        citizen_id = s.get(Petition, pid).citizen_id  # type: ignore[union-attr]
        assert citizen_id is not None
        issued = issue_citizen_letter(s, org.handler, "kn.petition", citizen_id, D(2026, 8, 5))
        row = s.get(Document, issued.id)
        assert row is not None and row.sha256
        text = pdf_text(documents.document_bytes(s, org.handler, issued.id))
    assert "ĐƠN KHIẾU NẠI" in text and "Mẫu số 01" in text
