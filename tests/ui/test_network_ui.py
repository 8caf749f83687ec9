"""The person's side of the networked office: the conflict dialog on the reception form
(take mine / take theirs / merge, audited) and the connection banner with other desks'
changes arriving on the bus (offscreen)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.errors import ConcurrentChange, FieldConflict
from tcd_desktop.services.reception import citizens, intake
from tcd_desktop.services.reception.inputs import CitizenInput, PetitionInput, VisitInput
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry, Citizen
from tcd_desktop.store.notify import ChangeListener, announce
from tcd_desktop.ui.conflict import ConflictDialog
from tcd_desktop.ui.connection import ConnectionBanner, install_live
from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.network.fixtures import server_database, terminate
from tests.ui.desk_fixtures import actor_of
from tests.ui.reception_steps import (
    POPUP_ON_OFFSCREEN,
    pick,
    save,
    type_into,
    wait_saved,
)

pytestmark = pytest.mark.qt_log_ignore(POPUP_ON_OFFSCREEN)


@pytest.fixture
def server_db() -> Iterator[Database]:
    """A database on the test server whose connections a test may kill."""
    yield from server_database()


CONFLICT = ConcurrentChange(
    "hồ sơ công dân",
    entity="citizen",
    entity_id=uuid.UUID(int=7),
    version=3,
    fields=(
        FieldConflict("phone", "Số điện thoại", "0987654321", "0912000111"),
        FieldConflict("address", "Địa chỉ", "Số 7 thôn Khòn Pát", "Thôn Khòn Pát"),
    ),
)


def _dialog(qtbot: QtBot) -> ConflictDialog:
    dialog = ConflictDialog(CONFLICT)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_both_sides_of_each_field(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        ["Số điện thoại", "0987654321", "0912000111"],
        ["Địa chỉ", "Số 7 thôn Khòn Pát", "Thôn Khòn Pát"],
    ]
    assert dialog.row_choices() == {"phone": "mine", "address": "mine"}  # typed wins by default


@pytest.mark.parametrize(
    ("button", "choices", "outcome"),
    [
        ("mine_button", {"phone": "mine", "address": "mine"}, "mine"),
        ("theirs_button", {"phone": "theirs", "address": "theirs"}, "theirs"),
        ("merge_button", {"phone": "theirs", "address": "mine"}, "merge"),
    ],
)
def test_take_mine_take_theirs_or_merge_field_by_field(
    qtbot: QtBot, button: str, choices: dict[str, str], outcome: str
) -> None:
    dialog = _dialog(qtbot)
    dialog.choose("phone", "theirs")  # a row choice; "take mine/theirs" override every row
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.result() == ConflictDialog.DialogCode.Accepted
    assert dialog.choices == choices
    assert dialog.resolution().outcome == outcome and dialog.resolution().version == 3
    theirs = {"phone": "0912000111", "address": "Thôn Khòn Pát"}
    assert dialog.theirs_values() == {k: theirs[k] for k, c in choices.items() if c == "theirs"}


def test_the_reception_form_keeps_the_input_and_settles_a_stale_citizen(
    qtbot: QtBot,
    page: ReceptionPage,
    desk_db: Database,
    data_dir: Path,
) -> None:
    officer = actor_of(desk_db, "tiepdan")
    thu = CitizenInput(
        full_name="Lương Thị Thu",
        id_number="020190004321",
        birth_year=1990,
        address="Thôn Khòn Pát",
        phone="0987654321",
    )
    again = [PetitionInput(kind="kien_nghi", summary="Kiến nghị sửa đường thôn")]
    with desk_db.session() as s:
        intake.save_visit(s, officer, VisitInput(citizen=thu, petitions=again))
    with desk_db.session() as s:
        (match,) = citizens.lookup(s, officer, "020190004321")
    page.form.citizen.use_existing(match)
    type_into(qtbot, page.form.citizen.address.edit, " số 7")
    editor = page.form.petitions.editors()[0]
    pick(editor.kind, "kien_nghi")
    type_into(qtbot, editor.summary, "Kiến nghị lắp đèn đường thôn Khòn Pát")
    # meanwhile another desk saves a new phone number for her
    other = CitizenInput(existing_id=match.id, phone="0912000111", version=match.version)
    with desk_db.session() as s:
        intake.save_visit(s, officer, VisitInput(citizen=other, petitions=again))
    save(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.findChildren(ConflictDialog)), timeout=10000)
    (dialog,) = page.findChildren(ConflictDialog)
    assert {f.name for f in dialog.conflict.fields} == {"phone", "address"}
    assert page.saved is None and page.form.citizen.phone.text() == "0987654321"  # kept
    dialog.choose("phone", "theirs")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert page.form.citizen.phone.text() == "0912000111"
    assert page.form.citizen.address.text().endswith("số 7")
    assert page.form.citizen.citizen_version == match.version + 1  # type: ignore[operator]
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, page)
    with desk_db.session() as s:
        row = s.get(Citizen, match.id)
        assert row is not None
        assert (row.phone, row.address) == ("0912000111", "Thôn Khòn Pát số 7")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "conflict.resolved")).one()
        assert entry.detail["fields"] == {"address": "mine", "phone": "theirs"}


def test_the_banner_says_at_once_when_the_server_goes_and_when_it_is_back(qtbot: QtBot) -> None:
    banner = ConnectionBanner(restored_ms=50)
    qtbot.addWidget(banner)
    banner.set_connected(True)
    assert banner.isHidden()  # connected from the start: nothing to say
    banner.set_connected(False)
    assert banner.isVisible() and banner.text()  # (English or Vietnamese, as installed)
    banner.set_connected(True)
    assert banner.isVisible() and banner.state is True
    qtbot.waitUntil(banner.isHidden, timeout=2000)


@pytest.mark.postgres
def test_other_desks_changes_reach_the_bus_and_the_banner_follows_the_server(
    qtbot: QtBot,
    server_db: Database,
) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("các màn hình"))
    qtbot.addWidget(window)
    window.show()
    bus = ChangeBus(delay_ms=10)
    runner = BackgroundRunner(bus=bus)
    live = install_live(window, server_db, bus, runner)
    assert live.banner is not None and window.centralWidget().findChild(QLabel) is not None
    qtbot.waitUntil(lambda: live.listener.connected is True, timeout=5000)
    case_id = uuid.uuid4()
    with qtbot.waitSignal(bus.changed, timeout=2000) as arrived:
        announce(server_db, Changes.of(Entity.CASE, [case_id]), sender="another-desk")
    assert arrived.args == ["case", frozenset({case_id})]
    # what this desk's operations return reaches the other desks
    heard: list[Changes] = []
    other = ChangeListener(server_db, heard.append, sender="desk-b")
    other.start()
    try:
        qtbot.waitUntil(lambda: other.connected is True, timeout=5000)
        reception_id = uuid.uuid4()
        runner.run(lambda: OpResult(None, Changes.of(Entity.RECEPTION, [reception_id])))
        qtbot.waitUntil(lambda: Changes.of(Entity.RECEPTION, [reception_id]) in heard, timeout=2000)
    finally:
        other.stop()
    # the server drops the desk: the banner says so at once, and goes once it is back
    pid = live.listener.backend_pid()
    assert pid is not None
    terminate([pid])
    qtbot.waitUntil(lambda: live.banner is not None and live.banner.state is False, timeout=2000)
    assert live.banner.isVisible()
    with qtbot.waitSignal(bus.changed, timeout=5000):  # and the screens reload
        qtbot.waitUntil(lambda: live.banner is not None and live.banner.state is True, timeout=5000)
    live.stop()


def test_a_second_sign_in_keeps_one_banner_and_one_listener(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.dbfixtures import make_database

    window = QMainWindow()
    window.setCentralWidget(QLabel("các màn hình"))
    qtbot.addWidget(window)
    with make_database("sqlite", tmp_path) as database:
        first_bus, second_bus = ChangeBus(), ChangeBus()
        runner = BackgroundRunner()
        live = install_live(window, database, first_bus, runner)
        assert install_live(window, database, second_bus, runner) is live
        assert live.bus is second_bus and runner.announce is not None
        assert len(window.findChildren(ConnectionBanner)) == 1
        assert not live.listener.enabled  # SQLite: the bus alone refreshes the screens
