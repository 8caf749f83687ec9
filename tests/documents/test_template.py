"""The NĐ 30/2020 page template: geometry read back from the PDF, page numbers, QR, landscape."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from tcd_desktop.documents.flowables import balanced_lines, fit_parent, qr_matrix
from tcd_desktop.documents.fonts import SERIF, SERIF_BOLD, register_fonts
from tcd_desktop.documents.forms.common import grid_table
from tcd_desktop.documents.registry import render
from tcd_desktop.documents.styles import MOTTO_SIZE, styles
from tcd_desktop.documents.template import (
    MOTTO,
    TOP,
    DocumentSpec,
    build_pdf,
    frame_width,
)
from tests.documents import samples
from tests.documents.pdftext import page_texts, positions, reader, y_of

A4_W, A4_H = 595.2756, 841.8898


def test_number_and_date_share_a_row_and_recipients_share_the_signer_row() -> None:
    pdf = render("tcd.refusal", samples.refusal()).pdf
    assert abs(y_of(pdf, "Số: 05/TB-BTCD") - y_of(pdf, "Lạng Sơn, ngày 05 tháng 3 năm 2026")) < 0.5
    assert abs(y_of(pdf, "Nơi nhận:") - y_of(pdf, "TRƯỞNG BAN")) < 0.5
    assert abs(y_of(pdf, "UBND TỈNH LẠNG SƠN") - y_of(pdf, "CỘNG HÒA XÃ HỘI")) < 0.5


def test_header_columns_and_margins() -> None:
    pdf = render("tcd.refusal", samples.refusal()).pdf
    runs = positions(pdf)
    national = next(x for x, _y, t in runs if t.startswith("CỘNG HÒA"))
    parent = next(x for x, _y, t in runs if t.startswith("UBND"))
    left_margin = 30 * mm
    assert parent >= left_margin - 0.5  # left block inside the 30 mm margin
    assert national > left_margin + 70 * mm  # Quốc hiệu in the right column
    page = reader(pdf).pages[0]
    assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (
        round(A4_W, 1),
        round(A4_H, 1),
    )
    assert all(y < A4_H - TOP for _x, y, _t in runs)  # page 1: nothing in the top margin


def test_motto_rule_is_exactly_as_long_as_the_motto() -> None:
    register_fonts()
    pdf = render("tcd.refusal", samples.refusal()).pdf
    stream = reader(pdf).pages[0].get_contents().get_data().decode("latin-1")
    lengths = [
        abs(float(x2) - float(x1))
        for x1, y1, x2, y2 in re.findall(r"([\d.-]+) ([\d.-]+) m ([\d.-]+) ([\d.-]+) l", stream)
        if abs(float(y1) - float(y2)) < 0.01
    ]
    motto = stringWidth(MOTTO, SERIF_BOLD, MOTTO_SIZE)
    assert any(abs(length - motto) < 0.05 for length in lengths)
    body_line = stringWidth("BAN TIẾP CÔNG DÂN", SERIF_BOLD, 12)  # the longer line of the name
    assert any(abs(length - 0.4 * body_line) < 0.05 for length in lengths)  # 1/3–1/2 rule


def test_page_numbers_from_page_two_centred_in_the_top_margin() -> None:
    pdf = render("kn.dialogue_minutes", samples.minutes()).pdf
    n_pages = len(reader(pdf).pages)
    assert n_pages >= 2
    centre = 30 * mm + frame_width() / 2
    for index in range(1, n_pages):
        top = [(x, y, t) for x, y, t in positions(pdf, index) if y > A4_H - TOP]
        assert [t for _x, _y, t in top] == [str(index + 1)]
        assert abs(top[0][0] - centre) < 6
    assert not [t for _x, y, t in positions(pdf, 0) if y > A4_H - TOP]


def test_qr_code_draws_the_receipt_number() -> None:
    number = "LS-01-2026-000123"
    pdf = render("tcd.receipt", samples.receipt(number=number)).pdf
    stream = reader(pdf).pages[0].get_contents().get_data()
    runs = 0
    for row in qr_matrix(number):
        runs += sum(1 for i, dark in enumerate(row) if dark and (i == 0 or not row[i - 1]))
    assert stream.count(b" re f") == runs
    assert reader(pdf).metadata["/Keywords"] == number
    assert f"Mã tra cứu: {number}" in page_texts(pdf)[0]


def test_landscape_table_repeats_its_header_row() -> None:
    register_fonts()
    st = styles(13)
    width = frame_width(True)
    rows = [(str(i), f"Nguyễn Thị Hường {i}", "Khiếu nại", "Đã thụ lý") for i in range(1, 81)]
    table = grid_table(
        ("STT", "Họ tên, địa chỉ", "Loại đơn", "Hướng xử lý"),
        rows,
        [15 * mm, width - 95 * mm, 40 * mm, 40 * mm],
        st,
    )
    spec = DocumentSpec(
        issuer=samples.ISSUER,
        issued_on=dt.date(2026, 3, 5),
        title="Sổ tiếp công dân",
        body=(Paragraph("Danh sách", st.body), table),
        is_landscape=True,
        body_size=13,
    )
    pdf = build_pdf(spec)
    pages = reader(pdf).pages
    assert len(pages) >= 2
    assert float(pages[0].mediabox.width) > float(pages[0].mediabox.height)
    for text in page_texts(pdf):
        assert "STT Họ tên, địa chỉ Loại đơn Hướng xử lý" in text
    assert "Nguyễn Thị Hường 80" in page_texts(pdf)[-1]


def test_long_names_break_into_balanced_lines() -> None:
    register_fonts()
    lines = balanced_lines("BAN TIẾP CÔNG DÂN TỈNH LẠNG SƠN", SERIF_BOLD, 12, 72 * mm)
    assert lines == ["BAN TIẾP CÔNG DÂN", "TỈNH LẠNG SƠN"]
    assert balanced_lines("SỞ TƯ PHÁP", SERIF_BOLD, 12, 72 * mm) == ["SỞ TƯ PHÁP"]


def test_parent_body_is_abbreviated_only_when_it_does_not_fit() -> None:
    register_fonts()
    assert fit_parent("Ủy ban nhân dân tỉnh Lạng Sơn", SERIF, 12, 72 * mm) == "UBND TỈNH LẠNG SƠN"
    assert (
        fit_parent("Ủy ban nhân dân xã Na Sầm", SERIF, 12, 72 * mm) == "ỦY BAN NHÂN DÂN XÃ NA SẦM"
    )


def _header_gap(issuer_name: str, parent: str = "") -> float:
    """Distance in points between the end of the widest body-name line and the national name."""
    from tcd_desktop.documents.fields import Issuer

    register_fonts()
    data = dataclasses.replace(
        samples.refusal(), issuer=Issuer(name=issuer_name, parent=parent, place="Lạng Sơn")
    )
    pdf = render("tcd.refusal", data).pdf
    runs: list[tuple[float, float, str, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            bold = "Bold" in str((font or {}).get("/BaseFont", ""))  # type: ignore[attr-defined]
            x, y = cm[0] * tm[4] + cm[4], cm[3] * tm[5] + cm[5]
            runs.append((x, y, text.strip(), size * tm[0] * cm[0], SERIF_BOLD if bold else SERIF))

    reader(pdf).pages[0].extract_text(visitor_text=visit)
    national = next(x for x, _y, t, _s, _f in runs if t.startswith("CỘNG HÒA"))
    top = next(y for _x, y, t, _s, _f in runs if t.startswith("CỘNG HÒA"))
    ends = [
        x + stringWidth(t, f, s)
        for x, y, t, s, f in runs
        if x < national and top - 40 < y <= top + 1
    ]
    return national - max(ends)


def test_a_long_body_name_keeps_clear_of_the_national_name() -> None:
    for name, parent in (
        ("Ủy ban nhân dân xã Hoàng Văn Thụ", ""),
        ("Thanh tra tỉnh Bà Rịa - Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
        ("Ban Tiếp công dân thành phố Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ):
        assert _header_gap(name, parent) >= 8 * mm - 1, name


def test_a_long_place_keeps_the_date_on_one_line() -> None:
    from tcd_desktop.documents.fields import Issuer

    issuer = Issuer(name="Thanh tra tỉnh Bà Rịa - Vũng Tàu", place="Bà Rịa - Vũng Tàu")
    pdf = render("tcd.refusal", dataclasses.replace(samples.refusal(), issuer=issuer)).pdf
    assert "Bà Rịa - Vũng Tàu, ngày 05 tháng 3 năm 2026" in page_texts(pdf)[0]


def test_one_place_rule_the_place_of_the_issuing_body() -> None:
    from tcd_desktop.documents.fields import Issuer, body_place

    # a commune's receipt says the commune, as its minutes do, whatever place it was given
    commune = Issuer(name="Ủy ban nhân dân xã Hữu Lũng", place="Lạng Sơn")
    for code, data in (
        ("tcd.receipt", dataclasses.replace(samples.receipt(), issuer=commune)),
        ("tcd.refusal", dataclasses.replace(samples.refusal(), issuer=commune)),
    ):
        assert "Hữu Lũng, ngày 05 tháng 3 năm 2026" in page_texts(render(code, data).pdf)[0]
    assert Issuer(name="Sở Tư pháp", parent="Ủy ban nhân dân tỉnh Lạng Sơn").printed_place == (
        "Lạng Sơn"
    )
    assert Issuer(name="Thanh tra Chính phủ", place="Hà Nội").printed_place == "Hà Nội"
    assert body_place("Phòng Lao động - Thương binh và Xã hội huyện Cao Lộc") == "Cao Lộc"
    assert body_place("Ủy ban nhân dân phường Đông Kinh, thành phố Lạng Sơn") == "Đông Kinh"
