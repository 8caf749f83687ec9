"""A step recorded in the case window reaches the board through the change bus: the service
operation returns what it changed, the runner publishes it, and no screen notifies by hand."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

import tcd_desktop
from tcd_desktop.services.changes import Changes, Entity
from tcd_desktop.ui.board import BoardPage
from tcd_desktop.ui.case.step_dialog import StepDialog
from tcd_desktop.ui.tasks import ChangeBus
from tests.ui.test_case_steps import WAIT, case_row, click_step, open_page, save_and_reload

UI = Path(tcd_desktop.__file__).parent / "ui"
CASE_SCREENS = ("case", "schedule", "board", "backup", "settings")


def test_a_step_recorded_in_the_case_window_moves_the_card_on_the_board(
    qtbot: QtBot, complaint, bus: ChangeBus, runner, monkeypatch
) -> None:
    org, case_id = complaint
    published: list[Changes] = []
    real_publish = bus.publish
    monkeypatch.setattr(bus, "publish", lambda c: (published.append(c), real_publish(c)))
    board = BoardPage(org.db, org.leader, bus, runner)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    with qtbot.waitSignal(board.board_loaded, timeout=WAIT):
        board.show()
    before = board.counts()
    code = next(c.code for c in board.columns.columns["on_track"].model.cards)
    paused = [c.code for c in board.columns.columns["paused"].model.cards]
    assert code not in paused

    page = open_page(qtbot, org, case_id, bus, runner)
    dialog = click_step(qtbot, page, "suspension")
    assert isinstance(dialog, StepDialog)
    dialog.findChild(QComboBox, "field_ground").setCurrentIndex(1)
    with qtbot.waitSignal(board.board_loaded, timeout=WAIT):
        save_and_reload(qtbot, page, dialog)

    assert case_row(org.db, case_id) == ("suspended", True)
    assert any(case_id in c.ids(Entity.CASE) for c in published)
    assert code in [c.code for c in board.columns.columns["paused"].model.cards]
    after = board.counts()
    assert after["paused"] == (before["paused"] or 0) + 1
    assert after["on_track"] == (before["on_track"] or 0) - 1


def test_the_case_side_screens_never_notify_the_bus_by_hand() -> None:
    calls = []
    for package in CASE_SCREENS:
        for path in (UI / package).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr in ("notify", "session"):
                    calls.append(f"{path.name}:{node.lineno} .{node.attr}")
    assert calls == []
    assert len(list((UI / "case").glob("*.py"))) > 5  # the walk saw the case screen
