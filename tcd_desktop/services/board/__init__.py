"""The case board: counts per deadline state, board cards, the case table and the backlog.

Each function is one use case with its own short session (they run on background threads),
checks the actor's role and returns plain dataclasses. Denouncers are never named here:
every row of a denunciation or of a citizen marked confidential shows
:data:`MASKED_DENOUNCER` (anonymous information shows ``ANONYMOUS_NAME``) instead of the
name — the SQL does not even return it. The board, its table, the backlog and its export
all show the same masked text, whoever looks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.enums import Role
from tcd_desktop.services.board.cards import (
    BoardCard as BoardCard,
)
from tcd_desktop.services.board.cards import (
    CardPage,
    _field_names,
    to_card,
    to_page,
)
from tcd_desktop.services.board.export import write_backlog_xlsx
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.progress import Progress, in_chunks, step
from tcd_desktop.services.rulebook import _load_rulebook
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AppMeta, FieldCategory, Unit, User
from tcd_desktop.store.queries import board_cards as q
from tcd_desktop.store.queries.board import BOARD_STATES as BOARD_STATES
from tcd_desktop.store.queries.search import SEALED_NAME

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
DUE_SOON_KEY = "due_soon_working_days"
DEFAULT_DUE_SOON = 5
MASKED_DENOUNCER = SEALED_NAME
#: kept under their former names for the dashboard service
_to_page, _to_card = to_page, to_card
FLAGS = q.FLAGS
BoardWindow = q.BoardWindow
CaseFilter = q.CaseFilter
Cursor = q.Cursor

_VIEW_ROLES = tuple(Role)
_EXPORT_ROLES = (Role.HANDLING_OFFICER, Role.LEADER, Role.SUPERVISOR)

#: Vietnamese words used in exports (the screen has its own translated labels).
STATE_LABELS_VI = {
    "overdue": "Quá hạn",
    "due_soon": "Sắp đến hạn",
    "on_track": "Trong hạn",
    "paused": "Tạm dừng",
    "closed_on_time": "Đã xong đúng hạn",
    "closed_late": "Đã xong quá hạn",
}
FLAG_LABELS_VI = {
    "complex": "Phức tạp",
    "mass": "Đông người",
    "repeat": "Tái diễn",
    "long_running": "Kéo dài",
}


@dataclass(frozen=True)
class BoardSnapshot:
    """What the board paints: counts and/or the first page(s) of every column.

    ``counts`` is ``None`` and ``columns`` empty for the part that was not asked for.
    """

    window: BoardWindow
    counts: dict[str, int] | None
    not_started: int
    columns: dict[str, CardPage]


@dataclass(frozen=True)
class Choice:
    """One entry of a filter list."""

    key: str
    label: str


@dataclass(frozen=True)
class FilterOptions:
    """What the filter lists offer: units, officers (with a role), fields of petitions."""

    units: list[Choice] = field(default_factory=list)
    officers: list[Choice] = field(default_factory=list)
    fields: list[Choice] = field(default_factory=list)


_CALENDARS: dict[tuple[object, ...], WorkingCalendar] = {}


def _calendar(session: Session) -> WorkingCalendar:
    """The working calendar, reused between operations while the days off are the same
    (building a calendar year from the holidays package costs milliseconds each time)."""
    fresh = _load_rulebook(session).calendar
    key = tuple(fresh.overrides)
    cached = _CALENDARS.get(key)
    if cached is None:
        if len(_CALENDARS) > 8:
            _CALENDARS.clear()
        _CALENDARS[key] = cached = fresh
    return cached


def today_vn() -> dt.date:
    """Today's date in Việt Nam."""
    return dt.datetime.now(VN_TZ).date()


def due_soon_until(calendar: WorkingCalendar, today: dt.date, working_days: int) -> dt.date:
    """Last date whose working days left (``(today, due]``) are at most ``working_days``.

    That is the day before the ``working_days + 1``-th working day after today, so a due
    date on the weekend after the last counted working day is "due soon" too, exactly as
    :func:`tcd_desktop.domain.deadlines.deadline_state` says.
    """
    return calendar.add_working_days(today, working_days + 1) - dt.timedelta(days=1)


def _configured_due_soon() -> int:
    from tcd_desktop.config import settings  # QtCore's QSettings: only when app_meta is silent

    return settings.get_int(settings.DUE_SOON_DAYS)


def _board_window(
    session: Session, today: dt.date | None = None, calendar: WorkingCalendar | None = None
) -> BoardWindow:
    """The board's day and "due soon" threshold (``app_meta.due_soon_working_days``, else
    this computer's ``board/due_soon_days`` setting, 5)."""
    today = today or today_vn()
    raw = session.scalar(select(AppMeta.value).where(AppMeta.key == DUE_SOON_KEY))
    try:
        days = max(0, int(raw)) if raw else _configured_due_soon()
    except ValueError:
        days = _configured_due_soon()
    calendar = calendar or _calendar(session)
    return BoardWindow(today, due_soon_until(calendar, today, days))


def board_counts(
    db: Database, actor: Actor, flt: CaseFilter | None = None, *, today: dt.date | None = None
) -> dict[str, int]:
    """Cases per board column under ``flt`` (keys as in :data:`BOARD_STATES`)."""
    require(actor, *_VIEW_ROLES, action="xem bảng vụ việc")
    with db.session() as session:
        window = _board_window(session, today)
        return q.filtered_counts(session, window, flt or CaseFilter()).as_dict()


def load_board(
    db: Database,
    actor: Actor,
    flt: CaseFilter | None = None,
    *,
    limits: dict[str, int] | None = None,
    page_size: int = 40,
    today: dt.date | None = None,
    part: str = "all",
) -> BoardSnapshot:
    """Counts and the first rows of every column in one session.

    ``limits`` asks for more rows of some columns (a refresh keeps what the user had
    scrolled to); otherwise each column gets ``page_size`` rows. ``part`` is ``"counts"``,
    ``"cards"`` or ``"all"``: the screen loads the two parts side by side.
    """
    require(actor, *_VIEW_ROLES, action="xem bảng vụ việc")
    flt = flt or CaseFilter()
    with db.session() as session:
        calendar = _calendar(session)
        window = _board_window(session, today, calendar)
        counts = q.filtered_counts(session, window, flt) if part != "cards" else None
        columns = {}
        if part != "counts":
            names = _field_names(session)
            for state in BOARD_STATES:
                limit = max(page_size, (limits or {}).get(state, 0))
                page = q.column_page(session, state, window, flt, limit=limit)
                columns[state] = _to_page(page, window, calendar, names, session)
    if counts is None:
        return BoardSnapshot(window, None, 0, columns)
    return BoardSnapshot(window, counts.as_dict(), counts.not_started, columns)


def load_column_page(
    db: Database,
    actor: Actor,
    state: str,
    window: BoardWindow,
    flt: CaseFilter,
    *,
    after: Cursor | None,
    limit: int = 40,
) -> CardPage:
    """The next page of one board column (same ``window`` as the snapshot it continues)."""
    require(actor, *_VIEW_ROLES, action="xem bảng vụ việc")
    with db.session() as session:
        calendar = _calendar(session)
        page = q.column_page(session, state, window, flt, after=after, limit=limit)
        return _to_page(page, window, calendar, _field_names(session), session)


def load_table_page(
    db: Database,
    actor: Actor,
    window: BoardWindow | None,
    flt: CaseFilter,
    *,
    sort_key: str = "due_on",
    descending: bool = False,
    backlog: bool = False,
    after: Cursor | None = None,
    limit: int = 100,
) -> tuple[BoardWindow, CardPage, int | None]:
    """A page of the case table (or of the backlog), sorted in SQL.

    Returns the window used, the page and, for the first page only, the total row count.
    """
    require(actor, *_VIEW_ROLES, action="xem danh sách vụ việc")
    with db.session() as session:
        calendar = _calendar(session)
        window = window or _board_window(session, None, calendar)
        page = q.table_page(
            session,
            window,
            flt,
            sort_key=sort_key,
            descending=descending,
            backlog=backlog,
            after=after,
            limit=limit,
        )
        total = q.table_count(session, flt, backlog=backlog) if after is None else None
        return window, _to_page(page, window, calendar, _field_names(session), session), total


def load_filter_options(db: Database, actor: Actor) -> FilterOptions:
    """Units, officers and fields for the board's filter lists."""
    require(actor, *_VIEW_ROLES, action="xem bảng vụ việc")
    with db.session() as session:
        units = session.execute(
            select(Unit.id, Unit.code, Unit.name)
            .where(Unit.deleted_at.is_(None))
            .order_by(Unit.name)
        ).all()
        users = session.execute(
            select(User.id, User.full_name)
            .where(User.deleted_at.is_(None), User.is_active.is_(True))
            .order_by(User.full_name)
        ).all()
        fields = session.execute(
            select(FieldCategory.code, FieldCategory.name)
            .where(FieldCategory.deleted_at.is_(None))
            .order_by(FieldCategory.code)
        ).all()
    return FilterOptions(
        units=[Choice(str(i), f"{name} ({code})") for i, code, name in units],
        officers=[Choice(str(i), name) for i, name in users],
        fields=[Choice(code, name) for code, name in fields],
    )


def export_backlog_xlsx(
    db: Database,
    actor: Actor,
    flt: CaseFilter,
    path: Path,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the backlog (complex, long-running, mass open cases) to an XLSX file.

    Denouncers are masked as on screen. The export is audited. Returns the number of cases.
    Stopped through ``progress``: no file, no audit.
    """
    require(actor, *_EXPORT_ROLES, action="xuất danh sách vụ việc tồn đọng")
    with db.session() as session:
        calendar = _calendar(session)
        window = _board_window(session, today, calendar)
        names = _field_names(session)
        step(progress, "Tìm các vụ việc")
        rows = q.all_cards(session, window, flt, backlog=True)
        found = in_chunks(rows, progress, "Đọc các vụ việc", len(rows))
        cards = [_to_card(r, window, calendar, names) for r in found]
        write_backlog_xlsx(
            Path(path),
            cards,
            window.today,
            STATE_LABELS_VI,
            FLAG_LABELS_VI,
            progress=progress,
        )
        append_audit(
            session,
            "board.export_backlog",
            entity="case",
            detail={"rows": len(cards), "file": Path(path).name, "filter": _filter_detail(flt)},
            user_id=actor.user_id,
            origin_desk=actor.desk_code,
        )
    return len(cards)


# ------------------------------------------------------------------------- helpers


def _filter_detail(flt: CaseFilter) -> dict[str, object]:
    return {
        "unit_id": str(flt.unit_id) if flt.unit_id else None,
        "kind": flt.kind,
        "field_code": flt.field_code,
        "assignee_id": str(flt.assignee_id) if flt.assignee_id else None,
        "flags": sorted(flt.flags),
        "received_from": flt.received_from.isoformat() if flt.received_from else None,
        "received_to": flt.received_to.isoformat() if flt.received_to else None,
    }
