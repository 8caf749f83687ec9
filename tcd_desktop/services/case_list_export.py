"""The board's "Danh sách" tab as a workbook: every case under the filter, not only a page.

Same columns, masking and audit as the backlog export
(:func:`tcd_desktop.services.board.export_backlog_xlsx`), for all cases of the filter.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from tcd_desktop.services import board
from tcd_desktop.services.board_export import BACKLOG_HEADERS, BACKLOG_WIDTHS
from tcd_desktop.services.context import Actor, require
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.queries import board_cards as q

LIST_TITLE = "DANH SÁCH VỤ VIỆC"


def export_case_list_xlsx(
    db: Database,
    actor: Actor,
    flt: board.CaseFilter,
    path: Path,
    *,
    today: dt.date | None = None,
) -> int:
    """Write every case under ``flt`` (denouncers masked) to an XLSX file; audited.

    Returns the number of cases written.
    """
    require(actor, *board._EXPORT_ROLES, action="xuất danh sách vụ việc")
    with db.session() as session:
        calendar = board._calendar(session)
        window = board.board_window(session, today, calendar)
        names = board._field_names(session)
        rows = q.all_cards(session, window, flt, backlog=False)
        cards = [board._to_card(r, window, calendar, names) for r in rows]
        _write(Path(path), cards, window.today)
        append_audit(
            session,
            "board.export_list",
            entity="case",
            detail={"rows": len(cards), "file": Path(path).name},
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
    return len(cards)


def _write(path: Path, cards: list[board.BoardCard], today: dt.date) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append([LIST_TITLE])
    sheet.append([f"Lập ngày {today:%d/%m/%Y}; người tố cáo được giữ bí mật."])
    sheet.append(list(BACKLOG_HEADERS))
    sheet["A1"].font = Font(bold=True, size=13)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for n, card in enumerate(cards, start=1):
        sheet.append([
            n, card.code, card.citizen, card.kind_label, card.field_name, card.unit,
            card.assignee, card.received_on, card.due_on, card.days_left,
            board.STATE_LABELS_VI.get(card.state, card.state),
            ", ".join(board.FLAG_LABELS_VI[f] for f in card.flags),
        ])  # fmt: skip
    for column in (8, 9):
        for (cell,) in sheet.iter_rows(min_row=4, min_col=column, max_col=column):
            cell.number_format = "DD/MM/YYYY"
    for i, width in enumerate(BACKLOG_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A4"
    book.save(path)
