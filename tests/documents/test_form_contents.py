"""Legal contents of particular forms: lines each form must (or must never) print."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from tcd_desktop.documents.registry import render
from tests.documents import samples
from tests.documents.pdftext import page_texts, pdf_text


def test_names_with_diacritics_come_back_exactly() -> None:
    text = pdf_text(render("tcd.receipt", samples.receipt()).pdf)
    for name in (
        "Đặng Đức Đạt",
        "Nguyễn Thị Hường",
        "Thôn Bản Ngõ, xã Hoàng Văn Thụ, tỉnh Lạng Sơn",
    ):
        assert name in text


def test_receipt_lists_each_item_with_pages_and_condition() -> None:
    pages = page_texts(render("tcd.receipt", samples.receipt()).pdf)
    assert len(pages) == 1
    text = pages[0]
    assert "1 Đơn khiếu nại đề ngày 01/3/2026 3 Bản chính" in text
    assert "3 Giấy chứng nhận quyền sử dụng đất số CH-00872 2 Bản sao" in text


def test_receipt_copies_are_checked() -> None:
    with pytest.raises(ValueError, match="02 bản"):
        render("tcd.receipt", samples.receipt(copies=1))


def test_denunciation_extension_limits() -> None:
    with pytest.raises(ValueError, match="30 ngày"):
        render("tc.extension", dataclasses.replace(samples.extension(), days=31))
    with pytest.raises(ValueError, match="hai lần"):
        render("tc.extension", dataclasses.replace(samples.extension(), extension_number=3))
    text = pdf_text(render("tc.extension", samples.extension(nth=2)).pdf)
    assert "(lần thứ hai)" in text


def test_second_level_decision_has_its_legal_contents() -> None:
    from tcd_desktop.documents.forms.complaint_decision import missing_contents

    data = samples.complaint_decision(level=2)
    text = pdf_text(render("kn.decision", data).pdf)
    assert "(lần hai)" in text and "Kết quả giải quyết khiếu nại lần đầu" in text
    assert "Quyết định số 45/QĐ-UBND ngày 05/01/2026: Bác đơn khiếu nại" in text
    assert "có quyền khởi kiện vụ án hành chính" in text
    assert missing_contents(data) == []
    blank = dataclasses.replace(data, verification_result="", finding=None, conclusion="")
    assert missing_contents(blank) == [
        "Kết quả xác minh nội dung khiếu nại",
        "Kết luận nội dung khiếu nại (đúng, đúng một phần hoặc sai)",
    ]


def test_first_decision_recipients_effect_and_competence() -> None:
    """Luật KN Điều 32 (Nơi nhận), Điều 44 k1 (K10 effect), Điều 21 (competence)."""
    text = pdf_text(render("kn.decision", samples.complaint_decision()).pdf)
    flat = " ".join(text.split())
    assert "có hiệu lực kể từ ngày ký" not in flat
    assert "có hiệu lực pháp luật sau 30 ngày kể từ ngày ban hành mà người khiếu nại không" in flat
    assert "khoản 1 Điều 44 Luật Khiếu nại" in flat
    assert "Căn cứ khoản 1 Điều 21 Luật Khiếu nại quy định thẩm quyền giải quyết khiếu nại" in flat
    for line in (
        "- Như Điều 4;",
        "- Thủ tướng Chính phủ (thủ trưởng cấp trên trực tiếp);",
        "- Ông Đặng Đức Đạt (người khiếu nại);",
        "- Ủy ban nhân dân xã Hoàng Văn Thụ (người bị khiếu nại);",
        "- Bà Hoàng Thị Lan (người có quyền, nghĩa vụ liên quan);",
        "- Ban Tiếp công dân tỉnh (đã chuyển khiếu nại đến);",
        "- Thanh tra tỉnh Lạng Sơn;",
    ):
        assert line in flat, line
    remote = dataclasses.replace(samples.complaint_decision(), is_remote=True)
    assert "sau 45 ngày" in " ".join(pdf_text(render("kn.decision", remote).pdf).split())


def test_second_decision_upholds_amends_or_annuls_the_first() -> None:
    """Luật KN Điều 40 k2, Điều 41 (Nơi nhận: first-level resolver), Điều 44 k2 (K11)."""
    from tcd_desktop.documents.forms.complaint_decision import ComplaintFinding, FirstOutcome

    data = samples.complaint_decision(level=2)
    flat = " ".join(pdf_text(render("kn.decision", data).pdf).split())
    assert "Sửa đổi, bổ sung một phần Quyết định số 45/QĐ-UBND ngày 05/01/2026." in flat
    assert "khoản 2 Điều 44 Luật Khiếu nại" in flat
    assert "Căn cứ khoản 2 Điều 21 Luật Khiếu nại" in flat
    assert (
        "- Chủ tịch Ủy ban nhân dân xã Hoàng Văn Thụ (người giải quyết khiếu nại lần đầu);" in flat
    )
    assert "thủ trưởng cấp trên trực tiếp" not in flat
    wrong = dataclasses.replace(data, finding=ComplaintFinding.WRONG)
    flat = " ".join(pdf_text(render("kn.decision", wrong).pdf).split())
    assert "Công nhận, giữ nguyên Quyết định số 45/QĐ-UBND" in flat
    annul = dataclasses.replace(data, first_outcome=FirstOutcome.ANNULLED)
    flat = " ".join(pdf_text(render("kn.decision", annul).pdf).split())
    assert "Hủy bỏ toàn bộ Quyết định số 45/QĐ-UBND" in flat


@pytest.mark.parametrize("accepted", [True, False])
def test_complaint_acceptance_names_the_chairman_not_the_committee(accepted: bool) -> None:
    """NĐ 124 Mẫu 03/04: the competent person (Chủ tịch) accepts; a deputy signs "KT."."""
    from tcd_desktop.documents.fields import Signer

    data = dataclasses.replace(
        samples.complaint_acceptance(accepted),
        resolver="Ủy ban nhân dân tỉnh Lạng Sơn",
        signer=Signer("Lương Trọng Quỳnh", "Phó Chủ tịch", "TM. Ủy ban nhân dân"),
    )
    flat = " ".join(pdf_text(render(data.code, data).pdf).split())
    verb = "đã thụ lý" if accepted else "không thụ lý"
    assert f"Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn {verb} giải quyết khiếu nại" in flat
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lương Trọng Quỳnh" in flat
    assert "TM." not in flat
    assert "Ủy ban nhân dân tỉnh Lạng Sơn đã thụ lý" not in flat.replace("Chủ tịch Ủy", "")


def test_refusal_from_july_2026_cites_decree_154_article_4() -> None:
    """NĐ 154/2026 Điều 4 is cited beside the Luật TCD clause from 01/7/2026, not before."""
    before = " ".join(pdf_text(render("tcd.refusal", samples.refusal()).pdf).split())
    assert "điểm c khoản 1 Điều 9 Luật Tiếp công dân," in before
    assert "Nghị định số 154/2026" not in before
    after = render("tcd.refusal", samples.refusal(samples.AFTER_SWITCH))
    flat = " ".join(pdf_text(after.pdf).split())
    assert (
        "Căn cứ quy định tại điểm c khoản 1 Điều 9 Luật Tiếp công dân và Điều 4 Nghị định số "
        "154/2026/NĐ-CP," in flat
    )


def test_receipt_of_decree_154_form_has_no_number_line() -> None:
    """Mẫu 02/TCD (NĐ 154/2026) has no "Số"; the TT 04/2021 receipt keeps it."""
    old = pdf_text(render("tcd.receipt", samples.receipt()).pdf)
    assert "Số: LS-01-2026-000123" in old
    new = pdf_text(render("tcd.receipt", samples.receipt(samples.AFTER_SWITCH)).pdf)
    assert "Số:" not in new
    assert "Mẫu số 02/TCD" in new


@pytest.mark.parametrize("delegation", ["TL.", "TUQ."])
def test_guidance_slip_officer_signs_for_the_head(delegation: str) -> None:
    """NĐ 30/2020 ô 7a: an officer signing for the head writes "TL." or "TUQ." + head."""
    data = dataclasses.replace(samples.guidance(), for_head="Trưởng ban", delegation=delegation)
    flat = " ".join(pdf_text(render("tcd.guidance", data).pdf).split())
    assert f"{delegation} TRƯỞNG BAN CÁN BỘ TIẾP CÔNG DÂN Nguyễn Thị Hường" in flat
    head = dataclasses.replace(data, signer=samples.HEAD)
    assert "TL." not in pdf_text(render("tcd.guidance", head).pdf)
    with pytest.raises(ValueError, match="TUQ"):
        render("tcd.guidance", dataclasses.replace(data, delegation="KT."))


def test_conclusion_official_and_public_versions() -> None:
    """Mẫu 12: the official text is sealed and unredacted, the public one is redacted; both
    say "sai sự thật", recommend action on a deliberate false denunciation and list the
    notice to the denouncer among the recipients (Luật TC Điều 35, 40 k1)."""
    official = render(
        "tc.conclusion", dataclasses.replace(samples.public_conclusion(), public=False)
    )
    public = render("tc.conclusion_public", samples.public_conclusion())
    assert official.sealed_identity and not official.redacted
    assert public.redacted
    o_text = " ".join(pdf_text(official.pdf).split())
    p_text = " ".join(pdf_text(public.pdf).split())
    assert "Trịnh Thị Ngọc Ánh" in o_text and "Bản công khai" not in o_text
    assert "Trịnh Thị Ngọc Ánh" not in p_text and "Bản công khai" in p_text
    for flat in (o_text, p_text):
        assert "Tố cáo sai sự thật" in flat
        assert "xử lý người cố ý tố cáo sai sự thật" in flat
        assert "- Người tố cáo (gửi thông báo kết luận nội dung tố cáo);" in flat
        assert "(người bị tố cáo);" in flat
        assert "- Cơ quan, tổ chức quản lý người bị tố cáo;" in flat


def test_receipt_summary_ending_with_a_full_stop_gets_no_second_one() -> None:
    """Issue 9 item 10: "… giá thị trường thấp.." on the receipt."""
    import dataclasses

    data = dataclasses.replace(samples.receipt(), content_summary="Khiếu nại giá bồi thường thấp.")
    text = pdf_text(render("tcd.receipt", data).pdf)
    assert "thấp." in text and "thấp.." not in text


@pytest.mark.parametrize(
    ("code", "factory"),
    [
        ("tc.acceptance_decision", samples.acceptance_decision),
        ("tc.denounced_notice", samples.denounced_notice),
    ],
)
def test_denunciation_acceptance_documents_never_name_the_denouncer(
    code: str, factory: Callable[[], Any]
) -> None:
    """NĐ 31/2019 Mẫu 04 / Mẫu 06 (Luật Tố cáo Điều 8, 47)."""
    text = pdf_text(render(code, factory()).pdf)
    for term in (samples.DENOUNCER.full_name, samples.DENOUNCER.address, samples.DENOUNCER.phone):
        assert term not in text


def test_a_name_typed_in_lower_case_starts_its_line_in_capitals() -> None:
    """The denounced typed "ông Vũ Quốc Khánh, …" (as used mid-sentence) prints "Kính gửi:
    Ông Vũ …" and "- Ông Vũ …" in Nơi nhận, and stays "đối với ông Vũ …" inside a sentence."""
    notice = " ".join(
        pdf_text(render("tc.denounced_notice", samples.denounced_notice()).pdf).split()
    )
    assert "Kính gửi: Ông Vũ Quốc Khánh, Trưởng phòng" in notice
    assert "Kính gửi: ông" not in notice and "đối với ông Vũ Quốc Khánh" in notice
    data = dataclasses.replace(samples.public_conclusion(), public=False)
    conclusion = " ".join(pdf_text(render("tc.conclusion", data).pdf).split())
    assert "- Ông Vũ Quốc Khánh, Trưởng phòng" in conclusion and "- ông" not in conclusion
