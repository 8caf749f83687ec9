"""Issue 8 rule 10 on screen: a case's open D10/D11 clocks get their own line on its board
card (taller card, coloured by the most urgent), next to the main due date."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tcd_desktop.services import board, petitions
from tcd_desktop.services.cases import AcceptanceInput, start_clock
from tcd_desktop.ui.board import BoardPage
from tcd_desktop.ui.board.card_delegate import CardDelegate, tracked_clocks_text
from tcd_desktop.ui.models.board_model import CardRole
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.conftest import Org, add_petition

D = dt.date


def _denunciation(org: Org, clocks: bool) -> uuid.UUID:
    today = board.today_vn()
    pid = add_petition(
        org.db,
        org,
        kind="to_cao",
        received_on=today - dt.timedelta(days=40),
        citizen_id=org.denouncer,
    )
    with org.db.session() as s:
        data = AcceptanceInput(
            accepted_on=today - dt.timedelta(days=35), assignee_id=org.handler.user_id
        )
        case_id = petitions.accept_petition(s, org.handler, pid, data).case_id
        if clocks:
            start_clock(s, org.handler, case_id, rule_id="D11", on=today - dt.timedelta(days=40))
            start_clock(s, org.handler, case_id, rule_id="D10", on=today)
    return case_id


def test_tracked_clocks_line_on_the_card(
    qtbot: QtBot, org: Org, bus: ChangeBus, runner: BackgroundRunner, shots: Path
) -> None:
    tracked = _denunciation(org, clocks=True)
    plain = _denunciation(org, clocks=False)
    page = BoardPage(org.db, org.handler, bus, runner)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.board_loaded, timeout=10_000):
        page.show()
    found: dict[uuid.UUID, tuple[object, object]] = {}
    for column in page.columns.columns.values():
        model = column.model
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            card = index.data(CardRole)
            found[card.id] = (card, index)
    card, index = found[tracked]
    other, other_index = found[plain]
    assert [c.rule for c in card.clocks] == ["D11", "D10"]  # type: ignore[attr-defined]
    assert [c.state for c in card.clocks] == ["overdue", "due_soon"]  # type: ignore[attr-defined]
    assert other.clocks == ()  # type: ignore[attr-defined]
    text = tracked_clocks_text(card)  # type: ignore[arg-type]
    assert "D11" in text and "D10" in text
    delegate = CardDelegate()
    option = QStyleOptionViewItem()
    option.font = page.font()
    tall = delegate.sizeHint(option, index).height()  # type: ignore[arg-type]
    short = delegate.sizeHint(option, other_index).height()  # type: ignore[arg-type]
    assert tall > short
    assert page.grab().save(str(shots / "board_tracked_clocks_1366x768.png"))
