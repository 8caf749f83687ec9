"""A returning citizen picked from the lookup fills gender, commune and province too
(issue 9 item 6), as well as the name, ID, phone and address."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tcd_desktop.services.reception import intake
from tcd_desktop.services.reception.inputs import CitizenInput, PetitionInput, VisitInput
from tcd_desktop.store.database import Database
from tcd_desktop.ui.reception import ReceptionPage
from tests.ui.desk_fixtures import actor_of
from tests.ui.reception_steps import POPUP_ON_OFFSCREEN

pytestmark = pytest.mark.qt_log_ignore(POPUP_ON_OFFSCREEN)


def test_picking_an_earlier_citizen_fills_gender_commune_and_province(
    qtbot: QtBot,
    page: ReceptionPage,
    desk_db: Database,
    data_dir: Path,
) -> None:
    with desk_db.session() as session:
        intake.save_visit(
            session,
            actor_of(desk_db, "tiepdan"),
            VisitInput(
                citizen=CitizenInput(
                    full_name="Lương Thị Thu",
                    id_number="020190004321",
                    birth_year=1990,
                    gender="nu",
                    address="Thôn Khòn Pát",
                    commune="Xã Cao Lộc",
                    province_code="20",
                    phone="0987654321",
                ),
                petitions=[PetitionInput(kind="kien_nghi", summary="Kiến nghị sửa đường thôn")],
            ),
        )
    search = page.search
    qtbot.mouseClick(search.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(search.edit, "luong thi thu")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5000)
    popup = search.completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    citizen = page.form.citizen
    assert citizen.full_name.text() == "Lương Thị Thu"
    assert citizen.gender.currentData() == "nu"
    assert citizen.commune.text() == "Xã Cao Lộc"
    assert citizen.province.currentData() == "20"
    assert (citizen.id_number.text(), citizen.phone.text()) == ("020190004321", "0987654321")
