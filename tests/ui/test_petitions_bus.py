"""A petition processed on one queue screen leaves the other screens through the change bus.

The outcome operation returns the petition (and the case an acceptance opened) as its
changes; the runner publishes them, so a second queue on the same bus reloads by itself.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tcd_desktop.ui.petitions import PetitionQueuePage
from tcd_desktop.ui.petitions.dialogs import AcceptDialog
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.conftest import Org, add_petition
from tests.ui.test_petitions_queue import click_row, open_action

D = dt.date
TODAY = D(2026, 8, 10)
WAIT = 10_000


def test_an_acceptance_reaches_the_other_queue_without_a_notice(
    qtbot: QtBot,
    org: Org,
) -> None:
    complaint = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3), visit=True)
    bus = ChangeBus(delay_ms=1)
    runner = BackgroundRunner(bus=bus)
    pages = []
    for _ in range(2):
        page = PetitionQueuePage(org.db, org.handler, bus, runner, today=TODAY)
        qtbot.addWidget(page)
        page.resize(1400, 850)
        page.show()
        qtbot.waitUntil(lambda p=page: p.model.rowCount() == 1 and p.unit.count() > 1, timeout=WAIT)
        pages.append(page)
    worker, other = pages
    assert [r.petition_id for r in other.model.rows] == [complaint]
    published: list[tuple[str, frozenset]] = []
    bus.changed.connect(lambda kind, ids: published.append((kind, ids)))

    click_row(qtbot, worker, complaint)
    dialog = open_action(qtbot, worker, "acceptPetition")
    assert isinstance(dialog, AcceptDialog)
    with qtbot.waitSignal(other.queue_loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.model.rows == [], timeout=WAIT)
    assert ("petition", frozenset({complaint})) in published
    assert any(kind == "case" and ids for kind, ids in published)
    runner.wait()
