"""The audit anchor printed on periodic reports (#12 §3).

A report sent to the superior body carries the chain head of the audit at the moment it was
counted: a line under the table of the PDF and of the XLSX sheet, and the PDF's keywords.
Kept with the paper file or at the superior body, it is an anchor kept outside the computer:
``tcd-desktop audit verify --anchor BÁO-CÁO.pdf`` (or ``.xlsx``) reads it back from the file
and proves that no audit entry made before the report was edited, removed or wiped.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

LABEL = "Dấu neo nhật ký kiểm tra (để đối chiếu: tcd-desktop audit verify --anchor)"
_LINE = re.compile(
    rb"tcd-audit-anchor:1:\d+:[0-9a-f]{64}(?::\d+:[0-9a-z-]+)?"
)  # key id: hex, or "db-…" (the server key)


def anchor_text(line: str) -> str:
    """The printed line: label and anchor."""
    return f"{LABEL}: {line}"


def anchor_flowables(line: str) -> list[Any]:
    """A small line for the PDF body (nothing when there is no anchor)."""
    if not line:
        return []
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from tcd_desktop.documents.fonts import SERIF, register_fonts
    from tcd_desktop.documents.styles import esc

    register_fonts()
    style = ParagraphStyle("anchor", fontName=SERIF, fontSize=7.5, leading=9, wordWrap="CJK")
    return [Paragraph(esc(anchor_text(line)), style)]


def stamp_sheet(ws: Any, line: str, row: int) -> None:
    """Write the anchor line as a note: column B of ``row`` (the "Ghi chú:" row)."""
    if not line:
        return
    from openpyxl.styles import Font

    cell = ws.cell(row=row, column=2, value=anchor_text(line))
    cell.font = Font(size=8, italic=True)


def anchor_in_file(path: Path) -> str | None:
    """The anchor line a report file carries (PDF keywords or text, XLSX cells), else None."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    if name.endswith(".xml"):
                        found = _LINE.search(zf.read(name))
                        if found:
                            return found.group().decode()
            return None
        with open(path, "rb") as fh:
            found = _LINE.search(fh.read(64 * 1024 * 1024))
    except (OSError, zipfile.BadZipFile):
        return None
    return found.group().decode() if found else None
