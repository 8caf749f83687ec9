"""The report as PDF: A4 landscape on the Nghị định 30/2020 page template.

The body is the "Số liệu tính từ ngày … đến ngày …" line and the table, whose header (the
merged heading hierarchy and the MS row) repeats on every page; the closing is the two
signature places, Người lập biểu and Thủ trưởng cơ quan.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from tcd_desktop.documents.anchor_stamp import anchor_flowables
from tcd_desktop.documents.blocks import SignatureBox
from tcd_desktop.documents.fields import Issuer
from tcd_desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from tcd_desktop.documents.styles import esc, table_style
from tcd_desktop.documents.template import DocumentSpec, GridClosing, build_pdf, frame_width
from tcd_desktop.services.progress import Progress, in_chunks, step
from tcd_desktop.services.reports.engine import Report
from tcd_desktop.services.reports.writers import (
    ROW_CHUNK,
    UNIT_HEADING,
    OfficeHeader,
    header_cells,
)

__all__ = ["report_pdf"]


def _styles(n_cols: int) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    size = 6.0 if n_cols > 28 else 6.5 if n_cols > 24 else 7.5
    head = ParagraphStyle(
        "rh", fontName=SERIF_BOLD, fontSize=size, leading=size * 1.1, alignment=TA_CENTER
    )
    unit = ParagraphStyle(
        "ru", fontName=SERIF, fontSize=size + 0.5, leading=size * 1.15, alignment=TA_LEFT
    )
    ms = ParagraphStyle(
        "rm", fontName=SERIF_ITALIC, fontSize=size - 0.5, leading=size * 1.05, alignment=TA_CENTER
    )
    return head, unit, ms


def _table(report: Report, width: float, progress: Progress | None = None) -> Table:
    form = report.form
    n, depth = len(form.columns), form.depth
    head, unit_st, ms_st = _styles(n)
    unit_w = (30 if n > 24 else 38) * mm
    col_w = (width - unit_w) / n
    grid: list[list[object]] = [["" for _ in range(n + 1)] for _ in range(depth + 1)]
    spans: list[tuple] = []
    grid[0][0] = Paragraph(UNIT_HEADING, head)
    spans.append(("SPAN", (0, 0), (0, depth - 1)))
    for cell in header_cells(form):
        grid[cell.row][cell.col + 1] = Paragraph(esc(cell.text), head)
        if cell.row_end > cell.row or cell.col_end > cell.col:
            spans.append(("SPAN", (cell.col + 1, cell.row), (cell.col_end + 1, cell.row_end)))
    grid[depth][0] = Paragraph("MS", ms_st)
    for col in form.columns:
        grid[depth][col.no] = Paragraph(esc(col.ms), ms_st)
    bold_rows = []
    rows = [*report.rows, None]
    for row in in_chunks(rows, progress, "Lập bảng số liệu", len(rows), ROW_CHUNK):
        values = report.total if row is None else row.values
        name = "TỔNG CỘNG" if row is None else row.name
        if row is None or row.level.startswith("subtotal"):
            bold_rows.append(len(grid))
            name = f"<b>{esc(name.upper())}</b>"
        else:
            name = esc(name)
        grid.append(
            [
                Paragraph(name, unit_st),
                *["" if v is None else f"{v:,}".replace(",", ".") for v in values],
            ]
        )
    table = Table(grid, colWidths=[unit_w, *([col_w] * n)], repeatRows=depth + 1)
    size = head.fontSize
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, depth), "MIDDLE"),
        ("ALIGN", (1, depth + 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, depth + 1), (-1, -1), size + 0.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *spans,
    ]
    commands += [("FONTNAME", (1, r), (-1, r), SERIF_BOLD) for r in bold_rows]
    table.setStyle(table_style(commands))
    return table


def report_pdf(
    report: Report,
    office: OfficeHeader,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The PDF bytes of ``report`` issued by ``office``."""
    register_fonts()
    width = frame_width(True)
    period = report.period
    line = ParagraphStyle(
        "period", fontName=SERIF_ITALIC, fontSize=12, leading=15, alignment=TA_CENTER
    )
    label = ParagraphStyle("label", fontName=SERIF_BOLD, fontSize=11, leading=14)
    body = [
        Paragraph(
            esc(f"Số liệu tính từ ngày {period.start:%d/%m/%Y} đến ngày {period.end:%d/%m/%Y}"),
            line,
        ),
        Spacer(1, 3 * mm),
        _table(report, width, progress),
        Spacer(1, 2 * mm),
        Paragraph("Ghi chú:", label),
    ]
    if report.locked:
        body.append(Paragraph(esc(f"Số liệu đã khóa ngày {report.locked['at'][:10]}."), line))
    body += anchor_flowables(report.anchor)  # the audit anchor (documents/anchor_stamp.py)
    spec = DocumentSpec(
        issuer=Issuer(name=office.name or "………………………", parent=office.parent, place=office.place),
        issued_on=today or dt.date.today(),
        title=report.form.title,
        subtitle=f"{period.label}",
        body=tuple(body),
        closing=GridClosing(
            (
                SignatureBox("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"),
                SignatureBox("THỦ TRƯỞNG CƠ QUAN", "(Ký tên, đóng dấu)"),
            )
        ),
        form_reference=f"Biểu số {report.form.code} (Thông tư số 01/2024/TT-TTCP)",
        is_landscape=True,
        body_size=12,
        keywords=(report.form.code, period.code, report.anchor),
    )
    step(progress, "Dàn trang PDF")
    return build_pdf(spec)


def write_report_pdf(
    report: Report, path: Path, office: OfficeHeader, progress: Progress | None = None
) -> None:
    """Write ``report`` as PDF to ``path``."""
    path.write_bytes(report_pdf(report, office, progress=progress))
