"""The backlog workbook (XLSX): complex, long-running and mass cases for periodic review.

Written by :func:`tcd_desktop.services.board.export_backlog_xlsx`, which masks denouncers
and audits the export; this module only lays out the sheet, under a temporary name renamed
when complete (a stopped or failed export leaves no file under the chosen name).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from tcd_desktop.services.progress import Progress, in_chunks, step
from tcd_desktop.services.register.safe import write_atomically

if TYPE_CHECKING:
    from tcd_desktop.services.board.cards import BoardCard

BACKLOG_TITLE = "DANH SÁCH VỤ VIỆC PHỨC TẠP, KÉO DÀI, ĐÔNG NGƯỜI CHƯA GIẢI QUYẾT XONG"
BACKLOG_HEADERS = (
    "STT",
    "Mã vụ việc",
    "Người gửi đơn",
    "Loại đơn",
    "Lĩnh vực",
    "Đơn vị",
    "Cán bộ thụ lý",
    "Ngày nhận",
    "Hạn giải quyết",
    "Còn lại (ngày làm việc)",
    "Tình trạng",
    "Dấu hiệu",
)
BACKLOG_WIDTHS = (6, 22, 32, 12, 24, 30, 24, 12, 14, 12, 16, 30)


def write_backlog_xlsx(
    path: Path,
    cards: list[BoardCard],
    today: dt.date,
    state_labels: dict[str, str],
    flag_labels: dict[str, str],
    *,
    title: str = BACKLOG_TITLE,
    sheet_title: str = "Tồn đọng",
    progress: Progress | None = None,
) -> None:
    """Write ``cards`` as a case workbook (title, date, one row per case): the backlog by
    default, or any list of cases with its own ``title``. ``progress`` hears every chunk of
    cases; stopping there leaves no file under ``path``."""

    def write(temporary: Path) -> int:
        _write(temporary, cards, today, state_labels, flag_labels, title, sheet_title, progress)
        return len(cards)

    write_atomically(Path(path), write)


def _write(
    path: Path,
    cards: list[BoardCard],
    today: dt.date,
    state_labels: dict[str, str],
    flag_labels: dict[str, str],
    title: str,
    sheet_title: str,
    progress: Progress | None,
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title
    sheet.append([title])
    sheet.append([f"Lập ngày {today:%d/%m/%Y}; người tố cáo được giữ bí mật."])
    sheet.append(list(BACKLOG_HEADERS))
    sheet["A1"].font = Font(bold=True, size=13)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rows = in_chunks(cards, progress, "Ghi các vụ việc vào tệp", len(cards))
    for n, card in enumerate(rows, start=1):
        sheet.append(
            [
                n,
                card.code,
                card.citizen,
                card.kind_label,
                card.field_name,
                card.unit,
                card.assignee,
                card.received_on,
                card.due_on,
                card.days_left,
                state_labels.get(card.state, card.state),
                ", ".join(flag_labels[f] for f in card.flags),
            ]
        )
    for column in (8, 9):
        for (cell,) in sheet.iter_rows(min_row=4, min_col=column, max_col=column):
            cell.number_format = "DD/MM/YYYY"
    for i, width in enumerate(BACKLOG_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A4"
    step(progress, "Lưu tệp")
    book.save(path)
