"""Export the reception register to XLSX, CSV or PDF, and import it back from XLSX or CSV.

The layout is Mẫu 03/TCD (Nghị định 154/2026): 13 numbered columns with Vietnamese headers.
XLSX keeps dates as real dates; PDF is landscape A4 with the header rows repeated on every
page. An import is previewed row by row with Vietnamese errors and applied in one
transaction only when every remaining row is valid; importing an export into an empty
database gives back the same register.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import IntProperty
from openpyxl.styles import Alignment, Border, Font, Side
from sqlalchemy.orm import Session

from tcd_desktop.documents.register_layout import ND154_HEADERS
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.services.progress import Progress, in_chunks, step
from tcd_desktop.services.register.apply import ImportResult, apply_import
from tcd_desktop.services.register.importing import ImportPreview, ImportRow, preview_import
from tcd_desktop.services.register.safe import (
    CSV_FOOTER,
    CSV_TITLE,
    ROWS_PROPERTY,
    clean,
    neutralise,
    write_atomically,
)
from tcd_desktop.services.setup import _office_profile
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.queries.register import (
    RegisterFilter,
    RegisterRow,
    RegisterSort,
    iter_register_rows,
    register_count,
)

__all__ = [
    "FORM_CODE",
    "HEADERS",
    "PDF_MAX_ROWS",
    "ExportResult",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "apply_import",
    "export_register",
    "preview_import",
]

TITLE = "SỔ TIẾP CÔNG DÂN"
FORM_CODE = "Mẫu số 03/TCD"
FORM_BASIS = "Ban hành kèm theo Nghị định số 154/2026/NĐ-CP"
HEADERS: tuple[str, ...] = ND154_HEADERS
#: Column widths in the XLSX sheet (characters).
WIDTHS = (6, 11, 28, 15, 40, 11, 9, 22, 9, 24, 24, 24, 18)
PDF_MAX_ROWS = 20_000
_EXPORTERS = ("xlsx", "csv", "pdf")


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    format: str
    rows: int


def _issuer(session: Session) -> str:
    """The body that keeps the register (the office's name)."""
    profile = _office_profile(session)
    return profile.office_name if profile else ""


def _subtitle(session: Session, flt: RegisterFilter) -> str:
    profile = _office_profile(session)
    parts = [profile.office_name] if profile and profile.office_name else []
    if flt.date_from or flt.date_to:
        start = f"{flt.date_from:%d/%m/%Y}" if flt.date_from else "…"
        end = f"{flt.date_to:%d/%m/%Y}" if flt.date_to else "…"
        parts.append(f"Từ ngày {start} đến ngày {end}")
    return " — ".join(parts)


def export_register(
    session: Session,
    actor: Actor,
    path: str | Path,
    flt: RegisterFilter | None = None,
    sort: RegisterSort | None = None,
    *,
    fmt: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the filtered register to ``path`` (format from ``fmt`` or the file suffix).

    ``progress`` hears every chunk of rows written; stopping there leaves no file under
    ``path`` (the temporary file is removed) and no audit entry.
    """
    flt, sort = flt or RegisterFilter(), sort or RegisterSort()
    require(
        actor,
        Role.RECEPTION_OFFICER,
        Role.HANDLING_OFFICER,
        Role.LEADER,
        Role.SUPERVISOR,
        action="xuất sổ tiếp công dân",
    )
    target = Path(path).expanduser()
    kind = (fmt or target.suffix.lstrip(".")).lower()
    if kind not in _EXPORTERS:
        raise ValidationFailed({"path": OFFICE("export.kind")})
    subtitle = _subtitle(session, flt)
    step(progress, "Đếm các lượt tiếp cần xuất")
    total = register_count(session, flt) if progress is not None or kind == "pdf" else 0

    def rows() -> Iterator[RegisterRow]:
        found = iter_register_rows(session, flt, sort)
        yield from in_chunks(found, progress, "Ghi các lượt tiếp vào tệp", total)
        step(progress, "Lưu tệp" if kind != "pdf" else "Dàn trang PDF")

    if kind == "pdf":
        if total > PDF_MAX_ROWS:
            raise ValidationFailed(
                {
                    "path": OFFICE(
                        "export.too_many",
                        total=f"{total:,}".replace(",", "."),
                        limit=f"{PDF_MAX_ROWS:,}".replace(",", "."),
                    )
                }
            )
        from tcd_desktop.documents.register_layout import layout_for_period
        from tcd_desktop.services.register.pdf import write_pdf

        count = write_atomically(
            target,
            lambda tmp: write_pdf(
                tmp,
                rows(),
                TITLE,
                subtitle,
                HEADERS,
                f"{FORM_CODE}. {FORM_BASIS}",
                layout=layout_for_period(flt.date_from, flt.date_to),
                issuer=_issuer(session),
            ),
        )
    elif kind == "xlsx":
        count = write_atomically(target, lambda tmp: write_xlsx(tmp, rows(), subtitle))
    else:
        count = write_atomically(target, lambda tmp: write_csv(tmp, rows()))
    append_audit(
        session,
        "register.export",
        entity="register",
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={
            "format": kind,
            "rows": count,
            "file": target.name,
            "filter": {k: str(v) for k, v in flt.__dict__.items() if v},
        },
    )
    return ExportResult(path=target, format=kind, rows=count)


def _numbered(rows: Iterable[RegisterRow]) -> Iterator[tuple[Any, ...]]:
    for stt, row in enumerate(rows, 1):
        yield row.cells(stt)


def write_xlsx(path: Path, rows: Iterable[RegisterRow], subtitle: str = "") -> int:
    """The official layout in a streamed workbook: title, headers, column numbers, rows."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sổ tiếp công dân")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    def styled(
        value: Any,
        *,
        bold: bool = False,
        align: Alignment = wrap,
        border: bool = True,
        size: int = 11,
    ) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=clean(value))
        if isinstance(value, str):
            cell.data_type = "s"  # text, never a formula, whatever it begins with
        cell.font = Font(name="Times New Roman", bold=bold, size=size)
        cell.alignment = align
        if border:
            cell.border = box
        return cell

    ws.append(
        [
            styled(
                f"{TITLE} ({FORM_CODE})",
                bold=True,
                border=False,
                size=14,
                align=Alignment(horizontal="left"),
            )
        ]
    )
    ws.append([styled(subtitle, border=False, align=Alignment(horizontal="left"))])
    ws.append([styled(h, bold=True, align=centre) for h in HEADERS])
    ws.append([styled(f"({i})", align=centre) for i in range(1, len(HEADERS) + 1)])
    count = 0
    try:
        for cells in _numbered(rows):
            out = [styled(v) for v in cells]
            out[1].number_format = "DD/MM/YYYY"
            ws.append(out)
            count += 1
    except BaseException:  # stopped or failed half-way: leave no temporary file behind
        _discard(ws)
        raise
    wb.custom_doc_props.append(IntProperty(name=ROWS_PROPERTY, value=count))
    wb.save(path)
    return count


def _discard(ws: Any) -> None:
    """Close a write-only sheet abandoned half-way and remove openpyxl's temporary file
    (left open, it would be reported as an ignored error when collected)."""
    with contextlib.suppress(Exception):
        ws.close()
    writer = getattr(ws, "_writer", None)  # openpyxl's WorksheetWriter: owns the file
    if writer is not None:
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def write_csv(path: Path, rows: Iterable[RegisterRow]) -> int:
    """Title, headers, one line per row, the row-count footer; UTF-8 with BOM (for Excel).

    Text that would start a formula is written with a leading apostrophe.
    """
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([CSV_TITLE])
        out.writerow(HEADERS)
        for cells in _numbered(rows):
            out.writerow([cells[0], f"{cells[1]:%d/%m/%Y}", *(neutralise(c) for c in cells[2:])])
            count += 1
        out.writerow([CSV_FOOTER.format(rows=count)])
    return count
