"""Sổ tiếp công dân as a landscape A4 PDF in the form in force for the period printed.

NĐ 30/2020 page set-up (margins top/bottom 20 mm, left 30 mm, right 15 mm; page numbers
centred in the top margin, not on page 1), the issuing body at the top left, the form
reference at the top right, the 2-row header of TT 04/2021 (with "Hướng xử lý") or the
13 columns of NĐ 154/2026, repeated on every page with the column-number row. Only the
embedded Liberation fonts are used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tcd_desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from tcd_desktop.documents.register_layout import RegisterLayout

TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
CELL_SIZE = 8.5
PAGE_NUMBER_SIZE = 13
#: The tallest piece of a record (points): a longer text goes on in continuation rows of the
#: same record (no line between them), which may fall on the next page; nothing is cut.
PIECE_HEIGHT = 120.0
PADDING = 2


def _pieces(cells: list[Any], widths: list[float]) -> list[list[Any]]:
    """The table rows of one record: its cells, and continuation rows while a text is left.

    A paragraph taller than :data:`PIECE_HEIGHT` is split at a line boundary (reportlab's
    own ``Paragraph.split``), so a summary of any length is printed whole, in order."""
    columns: list[list[Any]] = []
    for cell, width in zip(cells, widths, strict=True):
        parts = [cell]
        while isinstance(parts[-1], Paragraph):
            last = parts[-1]
            _w, height = last.wrap(width - 2 * PADDING, 1e9)
            if height <= PIECE_HEIGHT:
                break
            split = last.split(width - 2 * PADDING, PIECE_HEIGHT)
            if len(split) < 2:  # cannot be split (one enormous word): leave it whole
                break
            parts[-1:] = split
        columns.append(parts)
    depth = max(len(c) for c in columns)
    return [[c[i] if i < len(c) else "" for c in columns] for i in range(depth)]


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _header_rows(
    layout: RegisterLayout, head: ParagraphStyle, centre: ParagraphStyle
) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    n = len(layout.headers)
    numbers = [_para(f"({i})", centre) for i in range(1, n + 1)]
    if layout.group is None:
        return [[_para(h, head) for h in layout.headers], numbers], []
    label, first, last = layout.group
    top = [_para(h, head) if not first <= i <= last else "" for i, h in enumerate(layout.headers)]
    top[first] = _para(label, head)
    sub = ["" if not first <= i <= last else _para(h, head) for i, h in enumerate(layout.headers)]
    spans: list[tuple[Any, ...]] = [("SPAN", (first, 0), (last, 0))]
    spans += [("SPAN", (i, 0), (i, 1)) for i in range(n) if not first <= i <= last]
    return [top, sub, numbers], spans


def write_register_pdf(
    path: Path,
    rows: Iterable[Any],
    title: str,
    subtitle: str,
    layout: RegisterLayout,
    issuer: str,
    fit_cell: Callable[[str, float, ParagraphStyle], Paragraph] | None = None,
) -> int:
    """Write the register in ``layout`` to ``path``; returns the number of rows.

    ``fit_cell(text, width, style)`` makes the paragraph of a text cell (the caller cleans
    it). Texts are wrapped whole; a record too tall for a page goes on in continuation rows.
    """
    fit = fit_cell or (lambda text, _width, style: _para(text, style))
    register_fonts()
    cell = ParagraphStyle("cell", fontName=SERIF, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25)
    head = ParagraphStyle("head", parent=cell, fontName=SERIF_BOLD, alignment=TA_CENTER)
    centre = ParagraphStyle("centre", parent=cell, alignment=TA_CENTER)
    page = landscape(A4)
    usable = page[0] - LEFT - RIGHT
    widths = [usable * w / sum(layout.widths_mm) for w in layout.widths_mm]
    data, spans = _header_rows(layout, head, centre)
    header_count = len(data)
    count = 0
    record_ends: list[int] = []
    continued: list[int] = []  # continuation rows: set close under the piece before them
    for count, row in enumerate(rows, 1):
        cells = layout.cells(row.cells(count))
        first = len(data)
        data += _pieces(
            [
                _para(cells[0], centre),
                _para(f"{cells[1]:%d/%m/%Y}", centre),
                *(
                    fit(str(v), widths[i + 2], centre if i in layout.centred else cell)
                    for i, v in enumerate(cells[2:])
                ),
            ],
            widths,
        )
        record_ends.append(len(data) - 1)
        continued += range(first + 1, len(data))
    # every summary printed whole (#9 item 10): a record's continuation rows are not ruled
    # off from it, and may go on on the next page under the repeated header
    table = LongTable(data, colWidths=widths, repeatRows=header_count)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),  # empty cells too: no Helvetica
                ("BOX", (0, 0), (-1, -1), 0.4, colors.black),
                ("LINEAFTER", (0, 0), (-1, -1), 0.4, colors.black),
                *(
                    ("LINEBELOW", (0, r), (-1, r), 0.4, colors.black)
                    for r in [*range(header_count), *record_ends]
                ),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, header_count - 1), "MIDDLE"),
                *(("TOPPADDING", (0, r), (-1, r), 0) for r in continued),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                *spans,
            ]
        )
    )
    body_style = ParagraphStyle("issuer", fontName=SERIF_BOLD, fontSize=12, leading=15)
    form_style = ParagraphStyle("form", fontName=SERIF_ITALIC, fontSize=11, alignment=TA_RIGHT)
    top = Table(
        [[_para(issuer.upper(), body_style), _para(layout.printed_form_line, form_style)]],
        colWidths=[usable * 0.5, usable * 0.5],
    )
    top.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story = [
        top,
        Spacer(1, 3 * mm),
        _para(
            title,
            ParagraphStyle(
                "title", fontName=SERIF_BOLD, fontSize=14, leading=18, alignment=TA_CENTER
            ),
        ),
        _para(
            subtitle,
            ParagraphStyle(
                "sub", fontName=SERIF_ITALIC, fontSize=12, leading=15, alignment=TA_CENTER
            ),
        ),
        Spacer(1, 4 * mm),
        table,
    ]

    def number_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        if doc.page == 1:  # NĐ 30/2020: no number on the first page
            return
        canvas.setFont(SERIF, PAGE_NUMBER_SIZE)
        x = LEFT + usable / 2
        canvas.drawCentredString(x, page[1] - TOP / 2 - PAGE_NUMBER_SIZE / 3, str(doc.page))

    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author="TCD Desktop",
        initialFontName=SERIF,
    )
    doc.build(story, onFirstPage=number_page, onLaterPages=number_page)
    return count
