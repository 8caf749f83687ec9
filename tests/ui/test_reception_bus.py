"""A visit saved on the reception screen reaches the register through the change bus.

The reception screen names no change: the save operation returns what it changed and the
runner publishes it, so the register (another screen on the same bus) recounts by itself.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tcd_desktop.store.database import Database
from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.register import RegisterPage
from tests.ui.desk_fixtures import actor_of, wired
from tests.ui.reception_steps import add_row, fill_citizen, save, type_into, wait_saved

UI = Path(__file__).resolve().parents[2] / "tcd_desktop" / "ui"


def test_a_saved_visit_refreshes_the_register_without_a_notice(
    qtbot: QtBot,
    desk_db: Database,
    data_dir: Path,
) -> None:
    bus, runner = wired()
    actor = actor_of(desk_db, "tiepdan")
    register = RegisterPage(desk_db, actor, bus, runner)
    qtbot.addWidget(register)
    register.show()
    qtbot.waitUntil(lambda: not register.model.counting, timeout=10000)
    before = register.model.rowCount()
    page = ReceptionPage(desk_db, actor, bus, runner, draft_interval_ms=200)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: page.form.visit.officer.count() > 0, timeout=5000)
    published: list[tuple[str, frozenset]] = []
    bus.changed.connect(lambda kind, ids: published.append((kind, ids)))

    fill_citizen(qtbot, page)
    editor = page.form.petitions.editors()[0]
    type_into(qtbot, editor.summary, "Phản ánh đường liên thôn xuống cấp")
    add_row(qtbot, editor.documents, ["Ảnh chụp mặt đường", "2", "copy"])
    save(qtbot, page)
    wait_saved(qtbot, page)
    assert page.saved is not None

    qtbot.waitUntil(
        lambda: not register.model.counting and register.model.rowCount() == before + 1,
        timeout=10000,
    )
    assert ("reception", frozenset({page.saved.reception_id})) in published
    assert ("citizen", frozenset({page.saved.citizen_id})) in published
    # the receipt is an operation too: the document it issued is published
    page.print_receipt()
    qtbot.waitUntil(lambda: page.receipt.dialog is not None, timeout=15000)
    qtbot.waitUntil(lambda: any(kind == "document" for kind, _ids in published), timeout=5000)


def test_desk_screens_name_no_change_and_open_no_session() -> None:
    """No hand-written notice, no transaction of their own in the desk's screens."""
    offenders = [
        f"{path.relative_to(UI)}: {needle}"
        for package in ("reception", "petitions", "register")
        for path in sorted((UI / package).glob("*.py"))
        for needle in ("bus.notify(", "db.session()", "tcd_desktop.store", "sqlalchemy")
        if needle in path.read_text(encoding="utf-8")
    ]
    assert len(list((UI / "reception").glob("*.py"))) > 5  # the walk found the screens
    assert offenders == []
