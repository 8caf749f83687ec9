"""The reception page's "Văn bản khác…" menu: issue the refusal notice of a refused visit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tcd_desktop.documents.versions import version_on
from tcd_desktop.services.board import today_vn
from tcd_desktop.store.database import Database
from tcd_desktop.ui.reception import ReceptionPage
from tests.documents.pdftext import pdf_text
from tests.ui.reception_steps import check, fill_citizen, pick, save, type_into, wait_saved

SHOTS = Path(os.environ.get("TCD_SHOTS", "/tmp/legal9_shots"))


# a popup menu on the offscreen platform warns that it cannot grab the keyboard
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_refusal_notice_from_the_menu(
    qtbot: QtBot,
    page: ReceptionPage,
    desk_db: Database,
) -> None:
    button = page.other_documents
    assert not button.isEnabled()
    fill_citizen(qtbot, page)
    type_into(qtbot, page.form.petitions.editors()[0].summary, "Đòi gặp lãnh đạo, lớn tiếng")
    check(qtbot, page.form.refusal.refuse)
    pick(page.form.refusal.ground, "luat9_2")
    save(qtbot, page)
    wait_saved(qtbot, page)
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    menu = button.menu()
    actions = {a.data(): a for a in menu.actions()}
    assert actions["tcd.refusal"].isEnabled() and actions["tcd.record"].isEnabled()
    assert not actions["tcd.guidance"].isEnabled()
    assert "hướng dẫn" in actions["tcd.guidance"].toolTip()
    # #8: NĐ 154/2026 Mẫu 01/TCD is a [2026-copy] form, marked before it is issued; the
    # record (a reference template, no number claimed) is not
    refusal = version_on("tcd.refusal", today_vn())
    assert refusal.reference_unconfirmed
    assert actions["tcd.refusal"].text() == refusal.name_vi + " (số mẫu chưa đối chiếu Công báo)"
    assert actions["tcd.refusal"].toolTip().endswith(refusal.unconfirmed)
    assert "Công báo" not in actions["tcd.record"].text() + actions["tcd.record"].toolTip()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitExposed(menu)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert menu.grab().save(str(SHOTS / "desk_menu_unconfirmed.png"))
    rect = menu.actionGeometry(actions["tcd.refusal"])
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: button.dialog is not None, timeout=15000)
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible()
    assert "thông báo" in dialog.windowTitle().lower()
    assert dialog.unconfirmed.text().endswith(refusal.unconfirmed)
    text = pdf_text(dialog.pdf)
    assert "Điều 9 khoản 2" in text and "vi phạm nội quy" in text
    dialog.close()
