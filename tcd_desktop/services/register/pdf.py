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

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from tcd_desktop.documents.register_layout import RegisterLayout
from tcd_desktop.services.register.safe import clean
from tcd_desktop.store.queries.register import RegisterRow

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
    """Write the register to ``path`` in the form in force (or ``layout``); returns the rows.

    ``headers`` and ``form_line`` are the caller's names for what the layout prints itself.
    """
    del headers, form_line
    from tcd_desktop.documents.register_layout import layout_for_period
    from tcd_desktop.documents.register_pdf import write_register_pdf

    return write_register_pdf(
        path,
        rows,
        title,
        subtitle,
        layout or layout_for_period(None, None),
        issuer,
        fit_cell=_cell,
    )
