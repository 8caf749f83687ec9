"""A step recorded in the case window reaches the board through the change bus: the service
operation returns what it changed, the runner publishes it, and no screen notifies by hand."""

from __future__ import annotations

import ast
import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

import tcd_desktop
from tcd_desktop.services import petitions
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.services.changes import Changes, Entity
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.board import BoardPage
from tcd_desktop.ui.case.step_dialog import StepDialog
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.dbfixtures import db  # noqa: F401  (fixture)
from tests.services.conftest import Org, add_petition, make_org
from tests.ui.test_case_steps import WAIT, case_row, click_step, open_page, save_and_reload

UI = Path(tcd_desktop.__file__).parent / "ui"
CASE_SCREENS = ("case", "schedule", "board", "backup", "settings")


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus(delay_ms=1)


@pytest.fixture
def runner(bus: ChangeBus) -> Iterator[BackgroundRunner]:
    """Wired as the shell wires it: the runner publishes returned changes on ``bus``."""
    run = BackgroundRunner(bus=bus)
    yield run
    run.wait()


@pytest.fixture
def complaint(db: Database) -> tuple[Org, uuid.UUID]:  # noqa: F811
    """A complaint accepted ten days ago, nothing else done: on track on the board."""
    org = make_org(db)
    received = today_vn() - dt.timedelta(days=12)
    pid = add_petition(db, org, kind="khieu_nai", received_on=received, visit=True)
    accepted = AcceptanceInput(
        accepted_on=received + dt.timedelta(days=2), assignee_id=org.handler.user_id
    )
    with db.session() as s:
        case_id = petitions.accept_petition(s, org.handler, pid, accepted).case_id
    return org, case_id


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
