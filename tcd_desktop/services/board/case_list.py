"""The board's "Danh sách" tab as a workbook: every case under the filter, not only a page.

Same columns, masking and audit as the backlog export
(:func:`tcd_desktop.services.board.export_backlog_xlsx`), for all cases of the filter.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tcd_desktop.services import board
from tcd_desktop.services.board.cards import _field_names, to_card
from tcd_desktop.services.board.export import write_backlog_xlsx
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.progress import Progress, in_chunks, step
from tcd_desktop.services.runtime import Database
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.queries import board_cards as q

LIST_TITLE = "DANH SÁCH VỤ VIỆC"


def export_case_list_xlsx(
    db: Database,
    actor: Actor,
    flt: board.CaseFilter,
    path: Path,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> int:
    """Write every case under ``flt`` (denouncers masked) to an XLSX file; audited.

    Returns the number of cases written. Stopped through ``progress``: no file, no audit.
    """
    require(actor, *board._EXPORT_ROLES, action="xuất danh sách vụ việc")
    with db.session() as session:
        calendar = board._calendar(session)
        window = board._board_window(session, today, calendar)
        names = _field_names(session)
        step(progress, "Tìm các vụ việc")
        rows = q.all_cards(session, window, flt, backlog=False)
        found = in_chunks(rows, progress, "Đọc các vụ việc", len(rows))
        cards = [to_card(r, window, calendar, names) for r in found]
        _write(Path(path), cards, window.today, progress)
        append_audit(
            session,
            "board.export_list",
            entity="case",
            detail={"rows": len(cards), "file": Path(path).name},
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
    return len(cards)


def _write(
    path: Path, cards: list[board.BoardCard], today: dt.date, progress: Progress | None
) -> None:
    write_backlog_xlsx(
        path,
        cards,
        today,
        board.STATE_LABELS_VI,
        board.FLAG_LABELS_VI,
        title=LIST_TITLE,
        sheet_title="Danh sách",
        progress=progress,
    )
