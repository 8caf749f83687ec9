"""The printer test page of the first run: A4 with the margins of Nghị định 30/2020.

The text area is outlined (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm: the margins
every printed form uses, :mod:`tcd_desktop.documents.template`), with 10 mm marks along the
edges, so the office can measure on paper that the printer neither shrinks nor shifts the
page, and a line of Vietnamese in each bundled font to see the diacritics print.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from tcd_desktop.documents.fonts import SANS, SERIF, SERIF_BOLD, register_fonts
from tcd_desktop.documents.template import BOTTOM, LEFT, RIGHT, TOP

TITLE = "TRANG IN THỬ"
SAMPLE = "Tiếp công dân; khiếu nại, tố cáo, kiến nghị, phản ánh — ẮẶẲẴẤẦẨẪỆỘỢỰỸ"


def printer_test_page_pdf(office: str = "", printed_on: dt.date | None = None) -> bytes:
    """The test page as PDF bytes (real text, embedded fonts)."""
    register_fonts()
    width, height = A4
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(TITLE)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 2)
    canvas.rect(LEFT, BOTTOM, width - LEFT - RIGHT, height - TOP - BOTTOM)
    canvas.setDash()
    for x in range(10, int(width / mm), 10):  # 10 mm marks on the top and bottom edges
        canvas.line(x * mm, 0, x * mm, 3 * mm)
        canvas.line(x * mm, height, x * mm, height - 3 * mm)
    for y in range(10, int(height / mm), 10):
        canvas.line(0, y * mm, 3 * mm, y * mm)
        canvas.line(width, y * mm, width - 3 * mm, y * mm)
    top = height - TOP - 15 * mm
    canvas.setFont(SERIF_BOLD, 16)
    canvas.drawCentredString((LEFT + width - RIGHT) / 2, top, TITLE)
    lines = [
        (SERIF, 13, office or "TCD Desktop"),
        (SERIF, 13, f"Ngày in: {(printed_on or dt.date.today()).strftime('%d/%m/%Y')}"),
        (SERIF, 13, "Khổ giấy A4 (210 × 297 mm), in dọc."),
        (SERIF, 13, "Lề theo Nghị định 30/2020/NĐ-CP:"),
        (SERIF, 13, "trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm."),
        (SERIF, 13, "Khung nét đứt là vùng chữ; các vạch ở mép giấy cách nhau 10 mm."),
        (SERIF, 13, "Đo trên giấy: nếu lề lệch quá 2 mm, chỉnh lại máy in (tắt “vừa trang”)."),
        (SERIF, 13, SAMPLE),
        (SANS, 12, SAMPLE),
    ]
    y = top - 12 * mm
    for font, size, text in lines:
        canvas.setFont(font, size)
        canvas.drawString(LEFT + 5 * mm, y, text)
        y -= size * 1.5
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
