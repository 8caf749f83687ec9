"""The reception register as a landscape A4 PDF with the header rows repeated on every page.

With a :class:`~tcd_desktop.documents.register_layout.RegisterLayout` the PDF follows the
form in force for the period (TT 04/2021 Mẫu 03 or NĐ 154/2026 Mẫu 03/TCD), names the
issuing body, and uses the NĐ 30/2020 margins (top/bottom 20 mm, left 30 mm, right 15 mm)
with page numbers centred in the top margin from page 2.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from tcd_desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from tcd_desktop.documents.register_layout import RegisterLayout
from tcd_desktop.services.register_io_safe import clean
from tcd_desktop.store.queries.register import RegisterRow

MARGIN = 12 * mm
CELL_SIZE = 8.5
#: Column widths in millimetres on landscape A4 (273 mm between the margins).
WIDTHS_MM = (9, 17, 37, 21, 40, 15, 12, 22, 12, 23, 23, 22, 20)


#: The most lines a cell may take, so that one row always fits on a page (about 45 lines do);
#: a longer text is cut with a note: the XLSX and CSV exports carry it whole.
MAX_CELL_LINES = 28
CUT_NOTE = " … (xem đủ trong bản Excel)"


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(clean(text)).replace("\n", "<br/>"), style)


def _cell(text: str, width: float, style: ParagraphStyle) -> Paragraph:
    """A cell paragraph at most :data:`MAX_CELL_LINES` lines tall (cut with a note)."""
    para = _para(text, style)
    inner = width - 4  # the table's left and right padding
    worst_per_line = max(int(inner / style.fontSize), 1)  # every glyph as wide as a W
    if len(text) <= worst_per_line * MAX_CELL_LINES and text.count("\n") < MAX_CELL_LINES // 2:
        return para  # cannot be too tall: no need to measure
    limit = MAX_CELL_LINES * style.leading
    # nothing past these lines and characters can fit (the narrowest glyph is over 0.2 em)
    head = "\n".join(text.split("\n", MAX_CELL_LINES)[:MAX_CELL_LINES])
    head = head[: int(inner / (style.fontSize * 0.2) + 1) * MAX_CELL_LINES]
    if head == text and para.wrap(inner, 1e9)[1] <= limit:
        return para
    text = head
    low, high = 0, len(text)  # the longest prefix that fits, with the note
    while low < high:
        mid = (low + high + 1) // 2
        if _para(text[:mid] + CUT_NOTE, style).wrap(inner, 1e9)[1] <= limit:
            low = mid
        else:
            high = mid - 1
    return _para(text[:low] + CUT_NOTE, style)


def write_pdf(
    path: Path,
    rows: Iterable[RegisterRow],
    title: str,
    subtitle: str,
    headers: Sequence[str],
    form_line: str,
    *,
    layout: RegisterLayout | None = None,
    issuer: str = "",
) -> int:
    """Write the register to ``path``; returns the number of rows."""
    if layout is not None:
        from tcd_desktop.documents.register_pdf import write_register_pdf

        return write_register_pdf(path, rows, title, subtitle, layout, issuer)
    register_fonts()
    cell = ParagraphStyle("cell", fontName=SERIF, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25)
    head = ParagraphStyle("head", parent=cell, fontName=SERIF_BOLD, alignment=TA_CENTER)
    centre = ParagraphStyle("centre", parent=cell, alignment=TA_CENTER)
    page = landscape(A4)
    usable = page[0] - 2 * MARGIN
    col_widths = [usable * w / sum(WIDTHS_MM) for w in WIDTHS_MM]
    data: list[list[Paragraph]] = [
        [_para(h, head) for h in headers],
        [_para(f"({i})", centre) for i in range(1, len(headers) + 1)],
    ]
    count = 0
    for count, row in enumerate(rows, 1):
        cells = row.cells(count)
        data.append(
            [
                _para(str(cells[0]), centre),
                _para(f"{cells[1]:%d/%m/%Y}", centre),
                *(
                    _cell(str(v), col_widths[i + 2], centre if i in (3, 4, 6) else cell)
                    for i, v in enumerate(cells[2:])
                ),
            ]
        )
    table = LongTable(data, colWidths=col_widths, repeatRows=2)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story = [
        _para(form_line, ParagraphStyle("form", fontName=SERIF_ITALIC, fontSize=9, alignment=2)),
        _para(
            title,
            ParagraphStyle(
                "title", fontName=SERIF_BOLD, fontSize=14, leading=18, alignment=TA_CENTER
            ),
        ),
        _para(
            subtitle,
            ParagraphStyle(
                "sub", fontName=SERIF_ITALIC, fontSize=11, leading=14, alignment=TA_CENTER
            ),
        ),
        Spacer(1, 4 * mm),
        table,
    ]

    def number_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.setFont(SERIF, 9)
        canvas.drawRightString(page[0] - MARGIN, MARGIN / 2, f"Trang {doc.page}")

    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="TCD Desktop",
    )
    doc.build(story, onFirstPage=number_page, onLaterPages=number_page)
    return count
