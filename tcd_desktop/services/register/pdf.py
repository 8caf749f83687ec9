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


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    """A cell paragraph, cleaned; wrapped whole (a tall row continues on the next page)."""
    return Paragraph(escape(clean(text)).replace("\n", "<br/>"), style)


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
        fit_cell=lambda text, _width, style: _para(text, style),
    )
