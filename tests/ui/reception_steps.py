"""Steps of the intake GUI tests: typing like an officer, filling rows, saving, seeding.

Shared by the reception tests (``test_reception_*.py``); every step drives the real widgets (key events, clicks).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tcd_desktop.services.reception import intake
from tcd_desktop.services.reception.inputs import (
    CitizenInput,
    PetitionInput,
    ReceivedDocument,
    VisitInput,
)
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Petition
from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.ui.desk_fixtures import actor_of
from tests.ui.vn_typing import type_text

EARLIER_ID = "020085001234"
#: the completer popup asks the offscreen platform to raise it and grab the keyboard
POPUP_ON_OFFSCREEN = r"^This plugin does not support (raise\(\)|grabbing the keyboard)$"


def make_page(qtbot: QtBot, database: Database, *, track: bool = True) -> ReceptionPage:
    runner = BackgroundRunner()
    actor = actor_of(database, "tiepdan")
    page = ReceptionPage(database, actor, ChangeBus(), runner, draft_interval_ms=200)
    if track:
        qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: page.form.visit.officer.count() > 0, timeout=5000)
    return page


def type_into(qtbot: QtBot, widget: QWidget, text: str, *, leave: bool = True) -> None:
    """Click into a field, type, and (by default) leave it with Tab."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    type_text(widget, text)
    if leave:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def pick(combo: QComboBox, data: object) -> None:
    """Choose an item by its data, as the arrow keys would."""
    at = combo.findData(data)
    assert at >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(at)


def type_in_editor(qtbot: QtBot, text: str) -> QWidget:
    """Type into the cell editor that has the focus (a combo box picks by value)."""
    editor = QApplication.focusWidget()
    assert editor is not None
    if isinstance(editor, QComboBox):
        pick(editor, text)
    else:
        if hasattr(editor, "selectAll"):
            editor.selectAll()
        type_text(editor, text)
    return editor


def add_row(qtbot: QtBot, rows: QWidget, values: list[str]) -> None:
    """Click "add", then type each cell and Tab to the next one; Enter after the last."""
    qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    for i, value in enumerate(values):
        editor = type_in_editor(qtbot, value)
        last = i == len(values) - 1
        qtbot.keyClick(editor, Qt.Key.Key_Return if last else Qt.Key.Key_Tab)
    qtbot.wait(1)  # Enter commits through a queued call, as between two real key presses


def check(qtbot: QtBot, box: QWidget) -> None:
    """Tick a check box with the keyboard."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def fill_citizen(qtbot: QtBot, page: ReceptionPage, id_number: str = "001080012345") -> None:
    citizen = page.form.citizen
    type_into(qtbot, citizen.full_name.edit, "Nguyễn Văn Bình")
    type_into(qtbot, citizen.birth_year.edit, "1980")
    type_into(qtbot, citizen.id_number.edit, id_number)
    type_into(qtbot, citizen.phone.edit, "0912 345 678")
    type_into(qtbot, citizen.address.edit, "Thôn Bản Làn")
    type_into(qtbot, citizen.commune.edit, "Cao Lộc")
    pick(citizen.province, "20")


def save(qtbot: QtBot, page: ReceptionPage) -> None:
    qtbot.keyClick(
        page.form.citizen.full_name.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )


def wait_saved(qtbot: QtBot, page: ReceptionPage) -> None:
    qtbot.waitUntil(
        lambda: page.saved is not None or page.message_bar.level == "error", timeout=10000
    )
    assert page.saved is not None, page.message_bar.label.text() + str(page.form.errors.shown())


def seed_earlier_visit(database: Database) -> Petition:
    """An earlier complaint by the same citizen (same CCCD), saved through the service."""
    with database.session() as session:
        saved = intake.save_visit(
            session,
            actor_of(database, "tiepdan"),
            VisitInput(
                citizen=CitizenInput(
                    full_name="Phạm Thị Hoa",
                    id_number=EARLIER_ID,
                    birth_year=1985,
                    address="Thôn Nà Cáy, xã Cao Lộc",
                ),
                petitions=[
                    PetitionInput(
                        kind="khieu_nai",
                        summary="Khiếu nại việc thu hồi đất nông nghiệp",
                        respondent="Chủ tịch Ủy ban nhân dân xã Cao Lộc",
                        documents=[ReceivedDocument(name="Đơn khiếu nại", pages=2)],
                    )
                ],
            ),
        )
        petition = session.get(Petition, saved.petitions[0].id)
        assert petition is not None
        return petition
