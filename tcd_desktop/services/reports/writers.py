"""The report as a file: XLSX (openpyxl) and PDF (reportlab, the Nghị định 30/2020 template).

Both read the form declaration: the header hierarchy is laid out from the heading paths
(:func:`header_cells`), the MS row from the printed formulas, the numbers from the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tcd_desktop.documents.anchor_stamp import stamp_sheet
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.progress import Progress, in_chunks, step
from tcd_desktop.services.reports.engine import Report
from tcd_desktop.services.reports.forms import FormDecl
from tcd_desktop.store.database import Database

__all__ = ["HeaderCell", "OfficeHeader", "header_cells", "office_header", "write_pdf", "write_xlsx"]

UNIT_HEADING = "Đơn vị"
#: Rows between two progress reports while a report file is laid out.
ROW_CHUNK = 20


@dataclass(frozen=True)
class HeaderCell:
    """One header cell, 0-based, columns counted without the 'Đơn vị' column; ends included."""

    row: int
    col: int
    row_end: int
    col_end: int
    text: str


@dataclass(frozen=True)
class OfficeHeader:
    """Who reports: the body, its parent body and the place for the date line."""

    name: str
    parent: str = ""
    place: str = ""


def header_cells(form: FormDecl) -> list[HeaderCell]:
    """Merged cells of the header: groups span their columns, leaves span down to the bottom."""
    depth = form.depth
    paths = [c.heading_path for c in form.columns]
    cells: list[HeaderCell] = []
    for level in range(depth):
        i = 0
        while i < len(paths):
            path = paths[i]
            if level >= len(path):
                i += 1
                continue
            if level == len(path) - 1:
                cells.append(HeaderCell(level, i, depth - 1, i, path[level]))
                i += 1
                continue
            j = i
            while (
                j + 1 < len(paths)
                and len(paths[j + 1]) > level + 1
                and paths[j + 1][: level + 1] == path[: level + 1]
            ):
                j += 1
            cells.append(HeaderCell(level, i, level, j, path[level]))
            i = j + 1
    return cells


def office_header(db: Database, actor: Actor) -> OfficeHeader:
    """The office of this installation (office profile), or a blank line to fill by hand."""
    from tcd_desktop.services.reports.service import READ_ROLES
    from tcd_desktop.services.setup import _office_profile

    require(actor, *READ_ROLES, action="lập báo cáo định kỳ")
    with db.session() as s:
        profile = _office_profile(s)
    if profile is None:
        return OfficeHeader(name="")
    return OfficeHeader(name=profile.office_name, place=profile.province)


def _label(row_level: str, name: str) -> str:
    return name.upper() if row_level.startswith("subtotal") else name


def write_xlsx(report: Report, path: Path, progress: Progress | None = None) -> None:
    """Write the form to ``path``: merged header, MS row, numbers as numbers, A4 landscape."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    form = report.form
    wb = Workbook()
    ws = wb.active
    ws.title = form.code.replace("/", "-")
    n = len(form.columns)
    last = get_column_letter(n + 1)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A1"] = f"Biểu số: {form.code}"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells(f"A2:{last}2")
    ws["A2"] = form.title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A2"].alignment = centre
    ws.merge_cells(f"A3:{last}3")
    ws["A3"] = (
        f"Số liệu tính từ ngày {report.period.start:%d/%m/%Y} đến ngày {report.period.end:%d/%m/%Y}"
    )
    ws["A3"].font = Font(italic=True)
    ws["A3"].alignment = centre
    top = 5
    depth = form.depth
    for r in range(top, top + depth + 1):
        for c in range(1, n + 2):
            cell = ws.cell(row=r, column=c)
            cell.border = box
            cell.alignment = centre
            cell.font = Font(bold=r < top + depth, size=9)
    ws.cell(row=top, column=1, value=UNIT_HEADING)
    ws.merge_cells(start_row=top, start_column=1, end_row=top + depth - 1, end_column=1)
    for cell in header_cells(form):
        ws.cell(row=top + cell.row, column=cell.col + 2, value=cell.text)
        if cell.row_end > cell.row or cell.col_end > cell.col:
            ws.merge_cells(
                start_row=top + cell.row,
                start_column=cell.col + 2,
                end_row=top + cell.row_end,
                end_column=cell.col_end + 2,
            )
    ms_row = top + depth
    ws.cell(row=ms_row, column=1, value="MS")
    for col in form.columns:
        ms = col.ms
        ws.cell(row=ms_row, column=col.no + 1, value=int(ms) if ms.isdigit() else ms)
    r = ms_row + 1
    rows = [*report.rows, None]
    for row in in_chunks(rows, progress, "Lập bảng số liệu", len(rows), ROW_CHUNK):
        level = "total" if row is None else row.level
        name = "Tổng cộng" if row is None else row.name
        values = report.total if row is None else row.values
        bold = row is None or level.startswith("subtotal")
        ws.cell(row=r, column=1, value=_label(level, name))
        for i, v in enumerate(values):
            ws.cell(row=r, column=i + 2, value=v)
        for c in range(1, n + 2):
            cell = ws.cell(row=r, column=c)
            cell.border = box
            cell.font = Font(bold=bold, size=10)
            if c > 1:
                cell.number_format = "#,##0"
        r += 1
    ws.column_dimensions["A"].width = 34
    for c in range(2, n + 2):
        ws.column_dimensions[get_column_letter(c)].width = 9
    for hr in range(top, top + depth):
        ws.row_dimensions[hr].height = 48
    ws.cell(row=r + 1, column=1, value="Ghi chú:")
    stamp_sheet(ws, report.anchor, r + 1)  # the audit anchor (documents/anchor_stamp.py)
    ws.freeze_panes = ws.cell(row=ms_row + 1, column=2)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{top}:{ms_row}"
    ws.print_options.horizontalCentered = True
    step(progress, "Lưu tệp")
    wb.save(str(path))


def write_pdf(
    report: Report, path: Path, office: OfficeHeader, progress: Progress | None = None
) -> None:
    """Write the form as an A4 landscape PDF (see ``writers_pdf``)."""
    from tcd_desktop.services.reports.writers_pdf import write_report_pdf

    write_report_pdf(report, path, office, progress)


def save_report(
    db: Database, actor: Actor, report: Report, path: Path, progress: Progress | None = None
) -> Path:
    """Write ``report`` to ``path`` (``.xlsx`` or ``.pdf``, by its suffix): to a temporary
    name first, renamed when complete; returns ``path``. Stopped through ``progress`` (or
    failed), the temporary file is removed and ``path`` is left as it was."""
    header = office_header(db, actor)  # checks the role
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ServiceError(f"Tệp báo cáo phải là .xlsx hoặc .pdf: {path.name}")
    tmp = path.with_name(f".{path.name}.tmp{suffix}")
    try:
        if suffix == ".xlsx":
            write_xlsx(report, tmp, progress)
        else:
            write_pdf(report, tmp, header, progress)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ServiceError(f"Không ghi được tệp {path}: {exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
