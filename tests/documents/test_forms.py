"""Every form renders, and every field value is real text in the PDF (read back with pypdf)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tcd_desktop.documents.forms.petition_outcome import ProcessingOutcome
from tcd_desktop.documents.forms.suspension import SuspensionAction
from tcd_desktop.documents.redaction import redact_dataclass
from tcd_desktop.documents.registry import render, renderable_codes
from tcd_desktop.documents.versions import version_on
from tests.documents import sample_invitation, samples
from tests.documents.pdftext import page_texts, pdf_text, reader

ID_FIELDS = {"id_number", "id_issued_by"}
CITIZEN_LETTERS = {"kn.petition", "kn.authorisation", "tc.withdrawal"}
"""Identity papers are printed on reception documents, acceptance notices and minutes only."""

#: form code → (sample factory, fields not printed by that variant, extra strings expected)
CASES: dict[str, tuple[Callable[[], Any], set[str], tuple[str, ...]]] = {
    "tcd.receipt": (
        samples.receipt,
        set(),
        (
            "Số: LS-01-2026-000123",
            "Lạng Sơn, ngày 05 tháng 3 năm 2026",
            "Vào hồi 09 giờ 30 phút, ngày 05 tháng 3 năm 2026",
            "ngày cấp: 12/4/2021",
            "Bản chính",
            "Bản sao có chứng thực",
            "Bản sao",
            "NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU",
            "NGƯỜI NHẬN",
            "Giấy biên nhận được lập thành 02 bản",
            "giao người cung cấp thông tin, tài liệu, bằng chứng 01 bản",
            "là người khiếu nại",
            "Thông tư số 04/2021/TT-TTCP",
        ),
    ),
    "tcd.refusal": (
        samples.refusal,
        set(),
        (
            "Số: 05/TB-BTCD",
            "THÔNG BÁO",
            "Về việc từ chối tiếp công dân",
            "Kính gửi: Ông Đặng Đức Đạt",
            "Ngày 03 tháng 3 năm 2026",
            "để khiếu nại",
            "(để báo cáo)",
            "(để phối hợp)",
            "Lưu: VT, hồ sơ",
            "TRƯỞNG BAN",
        ),
    ),
    "tcd.guidance": (
        samples.guidance,
        set(),
        ("Số: 07/HD-BTCD", "PHIẾU HƯỚNG DẪN", "tách đơn", "Điều 26 Luật Tiếp công dân"),
    ),
    "tcd.record": (
        samples.verbal_record,
        set(),
        (
            "Số: 03/BB-BTCD",
            "BIÊN BẢN",
            "Ghi nội dung tiếp công dân",
            "08 giờ 05 phút",
            "08 giờ 55 phút",
            "điểm chỉ",
            "Biên bản được lập thành 02 bản",
            "NGƯỜI ĐƯỢC TIẾP",
            "NGƯỜI CHỦ TRÌ",
            "NGƯỜI GHI BIÊN BẢN",
            "(Điểm chỉ, ghi rõ họ tên)",
            "đã được đọc lại",
            "Số điện thoại: 0912345678",
        ),
    ),
    "xld.transfer": (
        samples.transfer,
        ID_FIELDS,
        (
            "Số: 11/PC-BTCD",
            "PHIẾU CHUYỂN ĐƠN",
            "Về việc chuyển đơn tố cáo",
            "Kính gửi: Thanh tra tỉnh Lạng Sơn",
            "ngày 27 tháng 02 năm 2026",
            "Bà Trịnh Thị Ngọc Ánh (để biết)",
            "Điều 14 Thông tư số 05/2021/TT-TTCP",
        ),
    ),
    "xld.transfer_notice": (
        lambda: samples.outcome(ProcessingOutcome.TRANSFER),
        {"returned_documents"} | ID_FIELDS,
        ("Về việc chuyển đơn", "theo Phiếu chuyển đơn số 09/PC-BTCD", "kiến nghị"),
    ),
    "xld.guidance": (
        lambda: samples.outcome(ProcessingOutcome.GUIDE),
        {"returned_documents", "transfer_reference"} | ID_FIELDS,
        ("Về việc hướng dẫn gửi đơn",),
    ),
    "xld.return": (
        lambda: samples.outcome(ProcessingOutcome.RETURN),
        {"transfer_reference"} | ID_FIELDS,
        ("Về việc trả lại đơn", "Tài liệu gửi trả kèm theo"),
    ),
    "kn.acceptance": (
        lambda: samples.complaint_acceptance(True),
        set(),
        (
            "Số: 21/TB-UBND",
            "Về việc thụ lý giải quyết khiếu nại",
            "đủ điều kiện thụ lý",
            "Điều 27 Luật Khiếu nại",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "lần đầu",
        ),
    ),
    "kn.non_acceptance": (
        lambda: samples.complaint_acceptance(False),
        {"inspectorate", "resolver"},
        ("Về việc không thụ lý giải quyết khiếu nại", "không đủ điều kiện thụ lý"),
    ),
    "kn.decision": (
        samples.complaint_decision,
        ID_FIELDS,
        (
            "Số: 312/QĐ-UBND",
            "QUYẾT ĐỊNH",
            "Về việc giải quyết khiếu nại của ông Đặng Đức Đạt (lần đầu)",
            "Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;",
            "Theo đề nghị của Chánh Thanh tra tỉnh.",
            "QUYẾT ĐỊNH:",
            "Điều 1.",
            "đúng một phần",
            "Trong thời hạn 30 ngày",
            "khởi kiện vụ án hành chính",
        ),
    ),
    "kn.suspension": (
        lambda: samples.suspension(SuspensionAction.SUSPEND),
        {"suspension_reference"},
        (
            "Số: 415/QĐ-UBND",
            "Về việc tạm đình chỉ việc giải quyết khiếu nại",
            "Thời gian tạm đình chỉ không tính vào thời hạn giải quyết khiếu nại",
            "Điều 11a Luật Khiếu nại",
            "Mẫu số 14a",
        ),
    ),
    "kn.resumption": (
        lambda: samples.suspension(SuspensionAction.RESUME),
        set(),
        ("Về việc tiếp tục giải quyết khiếu nại", "Mẫu số 14b"),
    ),
    "tc.suspension": (
        lambda: samples.suspension(SuspensionAction.TERMINATE, denunciation=True),
        {"suspension_reference"},
        ("Về việc đình chỉ việc giải quyết tố cáo", "Điều 34 Luật Tố cáo"),
    ),
    "tc.resumption": (
        lambda: samples.suspension(SuspensionAction.RESUME, denunciation=True),
        set(),
        ("Về việc tiếp tục giải quyết tố cáo",),
    ),
    "tc.police_transfer": (
        samples.police_transfer,
        set(),
        (
            "Số: 15/CV-UBND",
            "V/v chuyển hồ sơ vụ việc tố cáo có dấu hiệu tội phạm",
            "Kính gửi: Cơ quan Cảnh sát điều tra",
            "khoản 2 Điều 36 Luật Tố cáo",
        ),
    ),
    "tc.extension": (
        samples.extension,
        set(),
        (
            "Số: 08/QĐ-UBND",
            "Về việc gia hạn giải quyết tố cáo",
            "(lần thứ nhất)",
            "30 ngày",
            "ngày 16 tháng 3 năm 2026",
            "ngày 14 tháng 4 năm 2026",
            "Mẫu số 01 ban hành kèm theo Nghị định số 31/2019/NĐ-CP",
            "Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;",
        ),
    ),
    "tc.acceptance_notice": (
        samples.denunciation_acceptance,
        ID_FIELDS,
        (
            "Về việc thụ lý tố cáo",
            "ngày 30 tháng 01 năm 2026",
            "Ngày 02 tháng 02 năm 2026",
            "Kính gửi: Bà Trịnh Thị Ngọc Ánh",
            "Mẫu số 05",
        ),
    ),
    "tc.conclusion_public": (
        samples.public_conclusion,
        {"sealed_terms"},
        (
            "KẾT LUẬN",
            "Nội dung tố cáo",
            "Bản công khai",
            "Tố cáo sai",
            "Tố cáo đúng",
            "Mẫu số 12",
            "[người tố cáo]",
        ),
    ),
    "tc.conclusion": (
        lambda: dataclasses.replace(samples.public_conclusion(), public=False),
        {"sealed_terms"},
        ("KẾT LUẬN", "Nội dung tố cáo", "Tố cáo sai sự thật", "Mẫu số 12", "Trịnh Thị Ngọc Ánh"),
    ),
    "tc.acceptance_decision": (
        samples.acceptance_decision,
        set(),
        (
            "Số: 201/QĐ-UBND",
            "Về việc thụ lý tố cáo",
            "Mẫu số 04",
            "Điều 1. Thụ lý tố cáo đối với",
            "Điều 2. Thời hạn giải quyết tố cáo",
            "khoản 1 Điều 29 Luật Tố cáo",
            "Người tố cáo (gửi thông báo thụ lý, Mẫu số 05)",
            "ngày 27 tháng 02 năm 2026",
        ),
    ),
    "tc.denounced_notice": (
        samples.denounced_notice,
        set(),
        (
            "Về nội dung tố cáo",
            "Mẫu số 06",
            "giải trình bằng văn bản",
            "ngày 15 tháng 3 năm 2026",
            "không được tìm hiểu, xác định người tố cáo",
        ),
    ),
    "tcd.appointment": (
        samples.appointment,
        set(),
        (
            "PHIẾU HẸN",
            "Số: 03/PH-BTCD",
            "08 giờ 30 phút, ngày 16 tháng 3 năm 2026",
            "TL. TRƯỞNG BAN",
            "Kính gửi: Ông Đặng Đức Đạt",
            "giấy tờ tùy thân",
        ),
    ),
    "xld.proposal": (
        samples.proposal,
        ID_FIELDS,
        (
            "PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN",
            "Mẫu số 01",
            "Thông tư số 05/2021/TT-TTCP",
            "NGƯỜI ĐỀ XUẤT",
            "Đề xuất Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn thụ lý giải quyết khiếu nại",
            "Ngày 02 tháng 3 năm 2026",
        ),
    ),
    "xld.reminder": (
        samples.reminder,
        set(),
        (
            "V/v đôn đốc giải quyết đơn",
            "Số: 12/CV-BTCD",
            "Kính gửi: Ủy ban nhân dân xã Hoàng Văn Thụ",
            "quá thời hạn giải quyết (ngày 04 tháng 02 năm 2026)",
            "trước ngày 15 tháng 3 năm 2026",
            "Ông Đặng Đức Đạt (để biết)",
        ),
    ),
    "kn.verification_decision": (
        samples.verification_decision,
        set(),
        ("Về việc xác minh nội dung khiếu nại", "Điều 1. Giao", "15 ngày", "Căn cứ Luật Khiếu nại"),
    ),
    "tc.verification_team": (
        lambda: samples.verification_decision(denunciation=True),
        set(),
        ("Về việc thành lập Tổ xác minh nội dung tố cáo", "Mẫu số 07", "Tổ trưởng", "15 ngày"),
    ),
    "kn.verification_report": (
        samples.verification_report,
        set(),
        ("BÁO CÁO", "Kết quả xác minh nội dung khiếu nại", "Kính gửi: Chủ tịch", "4. Kiến nghị"),
    ),
    "tc.verification_report": (
        lambda: samples.verification_report(denunciation=True),
        set(),
        ("Kết quả xác minh nội dung tố cáo", "Mẫu số 10", "1. Nội dung tố cáo"),
    ),
    "tc.verification_result": (
        lambda: dataclasses.replace(samples.verification_report(denunciation=True), team=False),
        set(),
        ("Kết quả xác minh nội dung tố cáo", "Mẫu số 11"),
    ),
    "tc.work_minutes": (
        samples.work_minutes,
        set(),
        (
            "BIÊN BẢN",
            "Mẫu số 08",
            "Vào hồi 08 giờ 30 phút, ngày 05 tháng 3 năm 2026",
            "kết thúc vào hồi 10 giờ 15 phút",
            "ĐẠI DIỆN TỔ XÁC MINH",
        ),
    ),
    "tc.expert_request": (
        samples.expert_request,
        set(),
        ("V/v trưng cầu giám định", "Mẫu số 09", "ngày 25 tháng 3 năm 2026"),
    ),
    "kn.petition": (
        samples.complaint_letter,
        set(),
        ("ĐƠN KHIẾU NẠI", "Mẫu số 01", "Lạng Sơn, ngày …… tháng …… năm ……", "NGƯỜI KHIẾU NẠI"),
    ),
    "kn.authorisation": (
        samples.authorisation,
        set(),
        ("GIẤY ỦY QUYỀN KHIẾU NẠI", "Mẫu số 02", "công chứng, chứng thực", "NGƯỜI ỦY QUYỀN"),
    ),
    "tc.withdrawal": (
        samples.withdrawal_letter,
        set(),
        ("ĐƠN RÚT TỐ CÁO", "Mẫu số 02", "Điều 33 Luật Tố cáo", "NGƯỜI RÚT TỐ CÁO", "01/02/2026"),
    ),
    "tc.withdrawal_record": (
        samples.withdrawal_record,
        set(),
        ("Ghi nhận việc rút tố cáo", "Mẫu số 03", "NGƯỜI GHI BIÊN BẢN", "tự nguyện"),
    ),
    "kn.dialogue_invitation": (
        sample_invitation.invitation,
        set(),
        (
            "GIẤY MỜI",
            "Số: 07/GM-UBND",
            "Về việc tổ chức đối thoại giải quyết khiếu nại",
            "Thực hiện Điều 30 Luật Khiếu nại",
            "giải quyết khiếu nại lần đầu",
            "08 giờ 30 phút, ngày 25 tháng 8 năm 2026",
            "Người chủ trì:",
            "vẫn được tiếp tục",
        ),
    ),
    "kn.dialogue_minutes": (
        samples.minutes,
        set(),
        (
            "Số: 02/BB-UBND",
            "Vào hồi 14 giờ 00 phút, ngày 05 tháng 3 năm 2026",
            "kết thúc vào hồi 15 giờ 45 phút",
            "Biên bản được lập thành 03 bản",
            "Mẫu số 14",
        ),
    ),
}

ALWAYS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
NOT_PRINTED_AS_GIVEN = {"parent", "abbreviation", "id_kind", "phone"}
"""Parent body may be abbreviated (UBND…); the abbreviation is inside the number; the phone
number is printed only where the form asks for it (checked separately)."""


def field_texts(obj: Any, skip: set[str]) -> Iterator[str]:
    """Every non-empty text value of a dataclass, nested dataclasses and tuples included."""
    for f in dataclasses.fields(obj):
        if f.name in skip or f.name in NOT_PRINTED_AS_GIVEN:
            continue
        yield from _texts(getattr(obj, f.name), skip)


def _texts(value: Any, skip: set[str]) -> Iterator[str]:
    if type(value) is str:
        if value.strip():
            yield value.strip()
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item, skip)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield from field_texts(value, skip)


def test_every_registered_form_is_covered() -> None:
    assert set(CASES) == set(renderable_codes())


@pytest.mark.parametrize("code", sorted(CASES))
def test_form_prints_every_field(code: str) -> None:
    factory, skip, expected = CASES[code]
    data = factory()
    rendered = render(code, data)
    text = pdf_text(rendered.pdf)
    folded = text.casefold()
    if code == "tc.conclusion_public":
        data = redact_dataclass(data, data.sealed_terms, skip=("issuer", "signer", "sealed_terms"))
    missing = [v for v in field_texts(data, skip) if v.casefold() not in folded]
    assert not missing, f"{code}: not in the PDF: {missing}"
    for needle in (*ALWAYS, *expected, rendered.form_reference):
        assert needle in text, f"{code}: {needle!r} missing"
    if code in CITIZEN_LETTERS:  # written by the citizen: no number, no issuing body
        assert "Số:" not in text and not rendered.number
    else:
        assert rendered.number and f"Mã tra cứu: {rendered.number}" in text


@pytest.mark.parametrize("code", sorted(CASES))
def test_form_uses_only_embedded_liberation_fonts(code: str) -> None:
    pdf = render(code, CASES[code][0]()).pdf
    fonts = 0
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Liberation" in str(font["/BaseFont"]) and "+" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"]
            fonts += 1
    assert fonts > 0


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


def test_wrong_data_for_a_code_is_refused() -> None:
    with pytest.raises(TypeError, match="ReceiptData"):
        render("tcd.receipt", samples.refusal())
    with pytest.raises(TypeError, match=r"kn\.acceptance"):
        render("kn.non_acceptance", samples.complaint_acceptance(True))
    with pytest.raises(KeyError):
        render("tcd.register", samples.receipt())


def test_document_date_drives_every_date_line() -> None:
    text = pdf_text(render("tcd.refusal", samples.refusal(samples.FEB_DAY)).pdf)
    assert "Lạng Sơn, ngày 14 tháng 02 năm 2026" in text
    assert version_on("tcd.refusal", samples.FEB_DAY).version == "TT04-2021-M01"


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
