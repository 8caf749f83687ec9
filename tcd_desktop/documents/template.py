"""The one page template for administrative documents (Nghị định 30/2020, Phụ lục I).

A4 portrait (or landscape for documents that are mostly a table), margins 20/20/30/15 mm,
Liberation Serif (Times metrics). Page 1 opens with the two-column header — issuing body
and "Số" on the left, Quốc hiệu, Tiêu ngữ and the italic place and date on the right — then
the title and summary, the optional "Kính gửi" and "Căn cứ" lines and the body; it closes
with "Nơi nhận" beside the signature block, or with a grid of signature boxes. Page numbers
are centred in the top margin from page 2. Page 1 carries a QR code of the document number
and the form reference in its bottom margin. All text is real text in embedded TTF subsets.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from tcd_desktop.documents.blocks import SignatureBox, signature_grid, standard_closing
from tcd_desktop.documents.dates import vn_long_date
from tcd_desktop.documents.fields import Issuer, Signer, line_start
from tcd_desktop.documents.flowables import (
    CenteredRule,
    UnderlinedLine,
    balanced_lines,
    draw_qr,
    fit_parent,
)
from tcd_desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from tcd_desktop.documents.styles import (
    MOTTO_SIZE,
    Styles,
    clean,
    esc,
    styles,
    table_style,
    upper,
)

TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
QR_SIZE = 15 * mm
PAGE_NUMBER_SIZE = 13


def page_size(is_landscape: bool = False) -> tuple[float, float]:
    """A4 in points, portrait or landscape."""
    return landscape(A4) if is_landscape else A4


def frame_width(is_landscape: bool = False) -> float:
    """Width of the text area: 165 mm portrait, 252 mm landscape."""
    return page_size(is_landscape)[0] - LEFT - RIGHT


@dataclass(frozen=True)
class StandardClosing:
    """ "Nơi nhận" bottom left and the signer bottom right (documents issued by a body)."""

    recipients: tuple[str, ...]
    signer: Signer
    archive: str = "VT, hồ sơ"
    signer_note: str = ""


@dataclass(frozen=True)
class GridClosing:
    """Signature boxes two per row (receipts, minutes)."""

    boxes: tuple[SignatureBox, ...]


@dataclass(frozen=True)
class DocumentSpec:
    """Everything the template needs; the form modules build one and call :func:`build_pdf`."""

    issuer: Issuer
    issued_on: dt.date
    title: str
    number: str = ""
    subtitle: str = ""
    title_note: str = ""
    """An italic line under the title (e.g. "(Bản công khai …)")."""
    authority: str = ""
    """The issuing authority line of a decision (e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …")."""
    addressees: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    body: tuple[Flowable, ...] = ()
    closing: StandardClosing | GridClosing | None = None
    qr_payload: str = ""
    form_reference: str = ""
    """e.g. "Mẫu số 01/TCD ban hành kèm theo Nghị định số 154/2026/NĐ-CP"."""
    is_landscape: bool = False
    body_size: float = 14.0
    keywords: tuple[str, ...] = field(default_factory=tuple)
    citizen: bool = False
    """A letter written by a citizen (đơn, giấy ủy quyền): no issuing body, no number; the
    place and date line is left dotted for the citizen to fill in."""
    show_number: bool = True
    """False for forms without a "Số" line (NĐ 154/2026 Mẫu 02/TCD): nothing is printed
    there; the number stays in the QR code and the lookup line at the page foot."""

    @property
    def number_line(self) -> str:
        """ "Số: 05/TB-BTCD" (dots when the number is not assigned yet; empty without one)."""
        if not self.show_number:
            return ""
        return f"Số: {clean(self.number) or '……/……'}"


def _short_rule(text: str, font: str, size: float, width: float) -> CenteredRule:
    lines = simpleSplit(text, font, size, width) or [text]
    longest = max(stringWidth(line, font, size) for line in lines)
    return CenteredRule(longest * 0.4, space_before=3.0, space_after=0)


def _citizen_header(spec: DocumentSpec, st: Styles, width: float) -> Table:
    place = clean(spec.issuer.place) or "……………"
    rows = [
        [Paragraph(NATIONAL_NAME, st.national)],
        [UnderlinedLine(MOTTO, SERIF_BOLD, MOTTO_SIZE)],
        [Spacer(1, 4)],
        [Paragraph(esc(f"{place}, ngày …… tháng …… năm ……"), st.place_date)],
    ]
    table = Table(rows, colWidths=[width])
    table.setStyle(
        table_style(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


#: free space kept on each side of the body's name lines, so that a long name never runs up
#: against the national name and motto beside it (#9 item 10)
HEADER_GUTTER = 4 * mm
DATE_MIN_SIZE = 11.0


def _date_style(text: str, st: Styles, width: float) -> ParagraphStyle:
    """The place-and-date style, a little smaller when the line would not fit on one line."""
    style, size = st.place_date, st.place_date.fontSize
    while stringWidth(text, style.fontName, size) > width and size > DATE_MIN_SIZE:
        size -= 0.5
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"place_date_{size}", parent=style, fontSize=size, leading=size * 1.2)


def _header(spec: DocumentSpec, st: Styles, width: float) -> Table:
    right_w = max(90 * mm, width * 0.40)
    gap = 3 * mm
    left_w = min(width * 0.46, width - right_w - gap)
    measure = left_w - 2 * HEADER_GUTTER
    issuer = spec.issuer
    font, size = st.body_header_bold.fontName, st.body_header_bold.fontSize
    name_lines = balanced_lines(upper(issuer.name), font, size, measure)
    left: list[Flowable] = []
    if spec.citizen:
        return _citizen_header(spec, st, width)
    if clean(issuer.parent):
        parent_font = st.body_header.fontName
        parent = fit_parent(issuer.parent, parent_font, size, measure)
        lines = balanced_lines(parent, parent_font, size, measure)
        left.append(Paragraph("<br/>".join(esc(line) for line in lines), st.body_header))
    left.append(Paragraph("<br/>".join(esc(line) for line in name_lines), st.body_header_bold))
    longest = max(stringWidth(line, font, size) for line in name_lines)
    left.append(CenteredRule(longest * 0.4, space_before=1.5, space_after=0))
    right: list[Flowable] = [
        Paragraph(NATIONAL_NAME, st.national),
        UnderlinedLine(MOTTO, SERIF_BOLD, MOTTO_SIZE),
    ]
    date_line = vn_long_date(spec.issued_on, clean(spec.issuer.printed_place) or None)
    nudge = st.place_date.fontSize - st.header.fontSize
    number = [Spacer(1, nudge), Paragraph(esc(spec.number_line), st.header)]
    date = Paragraph(esc(date_line), _date_style(date_line, st, right_w))
    rows = [[left, [], right], [number, [], date]]
    table = Table(rows, colWidths=[left_w, width - left_w - right_w, right_w])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 6),
            ]
        )
    )
    return table


def _addressees(names: Sequence[str], st: Styles) -> list[Flowable]:
    names = [line_start(clean(n).rstrip(";.")) for n in names if clean(n)]
    if not names:
        return []
    if len(names) == 1:
        return [Paragraph(f"Kính gửi: {esc(names[0])}.", st.addressee)]
    lines = [f"- {esc(n)};" for n in names[:-1]] + [f"- {esc(names[-1])}."]
    label_w = stringWidth("Kính gửi: ", SERIF, st.size) + 2
    text_w = max(stringWidth(f"- {n};", SERIF, st.size) for n in names) + 4
    rows = [
        [Paragraph("Kính gửi:" if i == 0 else "", st.body_flush), Paragraph(line, st.body_flush)]
        for i, line in enumerate(lines)
    ]
    table = Table(rows, colWidths=[label_w, text_w], hAlign="CENTER")
    table.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, 6), table, Spacer(1, 6)]


def _bases(lines: Sequence[str], st: Styles) -> list[Flowable]:
    texts = [clean(line).rstrip(";.,") for line in lines if clean(line)]
    return [
        Paragraph(esc(text) + ("." if i == len(texts) - 1 else ";"), st.basis)
        for i, text in enumerate(texts)
    ]


def _story(spec: DocumentSpec, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [_header(spec, st, width), Spacer(1, 14)]
    story.append(Paragraph(esc(upper(spec.title)), st.title))
    if clean(spec.subtitle):
        story.append(Paragraph(esc(spec.subtitle), st.subtitle))
        story.append(_short_rule(clean(spec.subtitle), SERIF_BOLD, st.subtitle.fontSize, width))
    if clean(spec.title_note):
        story.append(Paragraph(esc(spec.title_note), st.center_italic))
    story.append(Spacer(1, 6))
    if clean(spec.authority):
        story.append(Paragraph(esc(upper(spec.authority)), st.authority))
        story.append(Spacer(1, 6))
    story += _addressees(spec.addressees, st)
    story += _bases(spec.bases, st)
    closing: list[Flowable] = []
    if isinstance(spec.closing, StandardClosing):
        c = spec.closing
        closing.append(
            standard_closing(
                c.recipients, c.archive, c.signer, width, st, signer_note=c.signer_note
            )
        )
    elif isinstance(spec.closing, GridClosing):
        closing += signature_grid(spec.closing.boxes, width, st)
    body = list(spec.body)
    gap = Spacer(1, 8)
    if body and closing:
        # never leave the signatures alone on a page: the last paragraph (and any heading
        # chained to it) goes with them; keepWithNext groups them without nesting
        # KeepTogether, which reportlab cannot measure inside another KeepTogether
        body[-1].keepWithNext = True
        gap.keepWithNext = True
    story += [*body, gap, *closing]
    return story


PageCallback = Callable[[Canvas, Any], None]


def _page_decorations(spec: DocumentSpec) -> tuple[PageCallback, PageCallback]:
    page_w, _page_h = page_size(spec.is_landscape)

    def first_page(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        text_x = LEFT
        if clean(spec.qr_payload):
            draw_qr(canvas, clean(spec.qr_payload), LEFT, 3 * mm, QR_SIZE)
            text_x = LEFT + QR_SIZE + 3 * mm
        lines = []
        if clean(spec.qr_payload):
            lines.append(f"Mã tra cứu: {clean(spec.qr_payload)}")
        if clean(spec.form_reference):
            lines.append(clean(spec.form_reference))
        canvas.setFont(SERIF_ITALIC, 8)
        for i, line in enumerate(lines):
            canvas.drawString(text_x, 13 * mm - i * 4 * mm, line)
        canvas.restoreState()

    def later_pages(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(SERIF, PAGE_NUMBER_SIZE)
        y = page_size(spec.is_landscape)[1] - TOP / 2 - PAGE_NUMBER_SIZE / 3
        canvas.drawCentredString(LEFT + (page_w - LEFT - RIGHT) / 2, y, str(doc.page))
        canvas.restoreState()

    return first_page, later_pages


def build_pdf(spec: DocumentSpec) -> bytes:
    """Lay out ``spec`` on A4 and return the PDF bytes."""
    st = styles(spec.body_size)
    width = frame_width(spec.is_landscape)
    buffer = io.BytesIO()
    title = clean(f"{upper(spec.title)} {clean(spec.subtitle)}")
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page_size(spec.is_landscape),
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=clean(spec.issuer.name),
        subject=clean(spec.form_reference),
        keywords=[k for k in (clean(spec.number), *spec.keywords) if k],
        creator="TCD Desktop",
        initialFontName=SERIF,
        initialFontSize=st.size,
        lang="vi-VN",
    )
    first_page, later_pages = _page_decorations(spec)
    doc.build(_story(spec, st, width), onFirstPage=first_page, onLaterPages=later_pages)
    return buffer.getvalue()
