"""After sign-in: put the real screens into the main window, gated by the actor's roles.

The navigation only shows what the role may use; the services refuse the rest anyway.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.connection import install_live
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus

PageFactory = Callable[[Database, Actor, ChangeBus, BackgroundRunner], QWidget]

R = Role
SCREEN_ROLES: dict[str, tuple[Role, ...]] = {
    "reception": (R.RECEPTION_OFFICER, R.HANDLING_OFFICER, R.LEADER),
    "register": (R.RECEPTION_OFFICER, R.HANDLING_OFFICER, R.LEADER, R.SUPERVISOR),
    "petitions": (R.RECEPTION_OFFICER, R.HANDLING_OFFICER, R.LEADER, R.SUPERVISOR),
    "board": (R.HANDLING_OFFICER, R.LEADER, R.SUPERVISOR),
    "schedule": (R.RECEPTION_OFFICER, R.LEADER, R.SUPERVISOR),
    "dashboard": (R.LEADER, R.SUPERVISOR),
    "reports": (R.LEADER, R.SUPERVISOR),
    "backup": (R.ADMINISTRATOR,),
    "admin": (R.ADMINISTRATOR,),
}


def _factories() -> dict[str, PageFactory]:
    from tcd_desktop.ui.admin import AdminUsersPage
    from tcd_desktop.ui.backup import BackupPage
    from tcd_desktop.ui.board import BoardPage
    from tcd_desktop.ui.dashboard import DashboardPage
    from tcd_desktop.ui.petitions import PetitionQueuePage
    from tcd_desktop.ui.reception import ReceptionPage
    from tcd_desktop.ui.register import RegisterPage
    from tcd_desktop.ui.reports import ReportsPage
    from tcd_desktop.ui.schedule import SchedulePage

    return {
        "reception": ReceptionPage,
        "register": RegisterPage,
        "petitions": PetitionQueuePage,
        "board": BoardPage,
        "schedule": SchedulePage,
        "dashboard": DashboardPage,
        "reports": ReportsPage,
        "backup": BackupPage,
        "admin": AdminUsersPage,
    }


@dataclass
class Screens:
    """The live screens of one signed-in session, and the open case windows."""

    window: MainWindow
    db: Database
    actor: Actor
    bus: ChangeBus
    runner: BackgroundRunner
    pages: dict[str, QWidget] = field(default_factory=dict)
    case_windows: dict[uuid.UUID, QWidget] = field(default_factory=dict)

    def open_case(self, case_id: uuid.UUID) -> None:
        """Show a case in its own window (one window per case)."""
        from tcd_desktop.ui.case import CaseDetailDialog

        dialog = self.case_windows.get(case_id)
        if dialog is None:
            dialog = CaseDetailDialog(self.db, self.actor, self.bus, self.runner, self.window)
            dialog.finished.connect(lambda _code, cid=case_id: self.case_windows.pop(cid, None))
            dialog.show_case(case_id)
            self.case_windows[case_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_calendar(self) -> None:
        """Cài đặt → Lịch ngày nghỉ…: the calendar change and its moved cases (issue 8)."""
        from tcd_desktop.ui.settings.calendar import CalendarDayDialog

        dialog = CalendarDayDialog(self.db, self.actor, self.runner, self.window)
        dialog.open_case.connect(self.open_case)
        dialog.show()

    def close_case_windows(self) -> bool:
        """Close guard: each open case window asks about its own unsaved step form."""
        return all(dialog.close() for dialog in list(self.case_windows.values()))


def install_screens(window: MainWindow, db: Database, actor: Actor) -> Screens:
    """Create the screens this actor may use, hide the others, wire board → case."""
    bus = ChangeBus(window)
    runner = BackgroundRunner(window, bus=bus)
    window.watch_runner(runner)
    screens = Screens(window, db, actor, bus, runner)
    screens.live = install_live(window, db, bus, runner)  # type: ignore[attr-defined]
    factories = _factories()
    first_visible: str | None = None
    for key in window.screen_keys():
        allowed = actor.has(*SCREEN_ROLES.get(key, ()))
        window.set_screen_visible(key, allowed)
        if not allowed:
            continue
        first_visible = first_visible or key
        factory = factories.get(key)
        if factory is None:
            continue  # the placeholder stays
        page = factory(db, actor, bus, runner)
        window.set_page(key, page)
        screens.pages[key] = page
    reception = screens.pages.get("reception")
    if reception is not None:
        window.add_close_guard(reception.confirm_close)  # type: ignore[attr-defined]
        reception.ready_to_close.connect(window.close)  # type: ignore[attr-defined]
    window.add_close_guard(screens.close_case_windows)
    for key in ("board", "dashboard"):
        page = screens.pages.get(key)
        if page is not None:
            page.open_case.connect(screens.open_case)  # type: ignore[attr-defined]
    if first_visible is not None:
        window.show_screen(first_visible)
    window.enable_settings(actor.has(R.ADMINISTRATOR))
    window.calendar_opener = screens.open_calendar  # type: ignore[attr-defined]
    window.set_signed_in(actor.full_name or actor.username)
    window.placeholders_final()
    return screens
