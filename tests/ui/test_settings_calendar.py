"""Cài đặt → Lịch ngày nghỉ (issue 8): a calendar change made on screen lists the cases whose
due dates moved (code, old and new due date), opens one and exports the list."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tcd_desktop.config import settings as cfg
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.services.changes import Entity
from tcd_desktop.store.models import Case
from tcd_desktop.ui.settings import SettingsDialog
from tcd_desktop.ui.settings.calendar import CalendarDayDialog, MovedCasesDialog
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.conftest import Org, add_petition

D = dt.date


def _open_case(org: Org) -> uuid.UUID:
    """K3: accepted Sun 25/10/2026 → 24/11 (unconfirmed day off) → rolls to Wed 25/11."""
    pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 10, 20))
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=D(2026, 10, 25), assignee_id=org.handler.user_id)
        case_id = petitions.accept_petition(s, org.handler, pid, data).case_id
        assert s.get(Case, case_id).due_on == D(2026, 11, 25)  # type: ignore[union-attr]
    return case_id


def _apply(qtbot: QtBot, dialog: CalendarDayDialog, action: str, name: str = "") -> None:
    dialog.day.setDate(QDate(2026, 11, 24))
    dialog.action.setCurrentIndex(dialog.action.findData(action))
    dialog.name.setText(name)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=15000)


def test_calendar_change_lists_moved_cases_on_screen(
    qtbot: QtBot,
    org: Org,
    runner: BackgroundRunner,
    bus: ChangeBus,
    tmp_path: Path,
    shots: Path,
) -> None:
    case_id = _open_case(org)
    announced: list[tuple[str, frozenset]] = []
    bus.changed.connect(lambda kind, ids: announced.append((kind, ids)))
    dialog = CalendarDayDialog(org.db, org.admin, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    _apply(qtbot, dialog, "work", "Ngày Văn hóa Việt Nam không nghỉ")
    assert dialog.message.text() == ""
    moved = dialog.moved_dialog
    assert isinstance(moved, MovedCasesDialog) and moved.isVisible()
    table = moved.table
    code = moved.change.moved[0].code
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [code, "25/11/2026", "24/11/2026"] in rows
    qtbot.waitUntil(lambda: any(kind == Entity.CASE for kind, _ in announced), timeout=5000)
    assert any(kind == Entity.CASE and case_id in ids for kind, ids in announced)
    # open the case from the list
    opened: list[uuid.UUID] = []
    dialog.open_case.connect(opened.append)
    assert not moved.open_button.isEnabled()
    table.selectRow([r[0] for r in rows].index(code))
    assert moved.open_button.isEnabled()
    moved.open_button.click()
    assert opened == [case_id]
    # export it
    out = tmp_path / "doi-han.csv"
    moved.export_to(out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert [code, "25/11/2026", "24/11/2026"] in lines[1:] and len(lines) == len(rows) + 1
    moved.resize(1366, 768)
    assert moved.grab().save(str(shots / "moved_cases_1366x768.png"))
    # removing the office's entry moves it back, listed again
    _apply(qtbot, dialog, "remove")
    again = dialog.moved_dialog
    assert again is not None and again is not moved
    assert [(c.code, c.before, c.after) for c in again.change.moved] == [
        (code, D(2026, 11, 24), D(2026, 11, 25))
    ]


def test_non_administrator_refused_on_screen(
    qtbot: QtBot, org: Org, runner: BackgroundRunner
) -> None:
    _open_case(org)
    dialog = CalendarDayDialog(org.db, org.handler, runner)
    qtbot.addWidget(dialog)
    _apply(qtbot, dialog, "work", "Làm việc")
    assert dialog.moved_dialog is None and "thay đổi lịch ngày nghỉ" in dialog.message.text()
    with org.db.session() as s:
        assert s.get(Case, _open_case(org)).due_on == D(2026, 11, 25)  # type: ignore[union-attr]


def test_settings_dialog_offers_the_calendar(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cfg.SETTINGS_FILE_ENV, str(tmp_path / "settings.ini"))
    opened: list[bool] = []
    dialog = SettingsDialog(calendar=lambda: opened.append(True))
    qtbot.addWidget(dialog)
    dialog.calendar_button.click()
    assert opened == [True]
    plain = SettingsDialog()
    qtbot.addWidget(plain)
    assert not hasattr(plain, "calendar_button")
