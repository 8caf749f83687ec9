"""What helps the officer at the desk: citizen search, repeat warnings, draft recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Petition, Reception
from tcd_desktop.ui.reception import ReceptionPage
from tests.ui.reception_steps import (
    EARLIER_ID,
    POPUP_ON_OFFSCREEN,
    add_row,
    fill_citizen,
    make_page,
    save,
    seed_earlier_visit,
    type_into,
    wait_saved,
)
from tests.ui.vn_typing import type_text


def test_repeat_warning_link_and_dismiss(
    qtbot: QtBot,
    page: ReceptionPage,
    desk_db: Database,
) -> None:
    earlier = seed_earlier_visit(desk_db)
    citizen = page.form.citizen
    type_into(qtbot, citizen.full_name.edit, "Phạm Thị Hoa")
    type_into(qtbot, citizen.id_number.edit, EARLIER_ID)
    qtbot.waitUntil(lambda: page.repeats.model.rowCount() == 1, timeout=5000)
    line = page.repeats.model.index(0, 0).data()
    assert earlier.number in line and "Lý do: Trùng số giấy tờ tùy thân" in line
    assert page.repeats.status.text().startswith("Có 1 đơn trước")
    # dismiss: the warning goes away and stays away while typing
    qtbot.mouseClick(page.repeats.dismiss_button, Qt.MouseButton.LeftButton)
    assert page.repeats.model.rowCount() == 0
    assert page.form.repeat["dismissed"] == [str(earlier.id)]
    type_into(qtbot, citizen.address.edit, "Thôn Nà Cáy, xã Cao Lộc")
    qtbot.wait(600)
    assert page.repeats.model.rowCount() == 0
    # changed our mind: forget the dismissal by starting over, then link
    page.form.repeat["dismissed"] = []
    page.check_repeats()
    qtbot.waitUntil(lambda: page.repeats.model.rowCount() == 1, timeout=5000)
    qtbot.mouseClick(page.repeats.link_button, Qt.MouseButton.LeftButton)
    assert page.repeats.linked_label.text().startswith(
        f"Đã liên kết là tái diễn của đơn {earlier.number}"
    )
    editor = page.form.petitions.editors()[0]
    type_into(qtbot, editor.summary, "Tiếp tục khiếu nại việc thu hồi đất nông nghiệp")
    save(qtbot, page)
    wait_saved(qtbot, page)
    assert page.saved is not None
    with desk_db.session() as session:
        reception = session.get(Reception, page.saved.reception_id)
        assert reception is not None and reception.repeat_of_id == earlier.reception_id
        petition = session.get(Petition, page.saved.petitions[0].id)
        assert petition is not None and petition.duplicate_of_id == earlier.id


@pytest.mark.qt_log_ignore(POPUP_ON_OFFSCREEN)
def test_citizen_search_without_diacritics_shows_history(
    qtbot: QtBot,
    page: ReceptionPage,
    desk_db: Database,
) -> None:
    earlier = seed_earlier_visit(desk_db)
    search = page.search
    qtbot.mouseClick(search.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(search.edit, "pham thi h")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5000)
    assert search.stale_dropped >= 0 and not search.pending()
    assert "Phạm Thị Hoa" in search.model.index(0, 0).data()
    popup = search.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.form.citizen.full_name.text() == "Phạm Thị Hoa"
    assert page.form.citizen.citizen_id == str(earlier.citizen_id)
    assert page.form.citizen.existing.isVisibleTo(page)
    qtbot.waitUntil(lambda: len(page.history.row_texts()) == 2, timeout=5000)
    assert "Khiếu nại: Khiếu nại việc thu hồi đất nông nghiệp" in page.history.row_texts()
    # by ID number prefix too
    qtbot.keyClicks(search.edit, EARLIER_ID[:6])
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5000)


def test_draft_restored_after_the_window_is_killed(
    qtbot: QtBot,
    desk_db: Database,
    data_dir: Path,
) -> None:
    first = make_page(qtbot, desk_db, track=False)
    fill_citizen(qtbot, first)
    editor = first.form.petitions.editors()[0]
    type_into(qtbot, editor.summary, "Phản ánh ô nhiễm tiếng ồn từ xưởng cưa gỗ")
    add_row(qtbot, editor.documents, ["Ảnh chụp hiện trường", "4", "copy"])
    draft = first.drafts.store.path
    qtbot.waitUntil(draft.exists, timeout=3000)
    # the process dies: no close(), no save; the widget is simply gone
    first.deleteLater()
    del first
    qtbot.wait(10)
    second = make_page(qtbot, desk_db)
    assert second.banner.isVisibleTo(second)
    assert "Nguyễn Văn Bình" in second.banner.text.text()
    qtbot.mouseClick(second.banner.restore_button, Qt.MouseButton.LeftButton)
    assert not second.banner.isVisibleTo(second)
    assert second.form.citizen.full_name.text() == "Nguyễn Văn Bình"
    assert second.form.citizen.province.currentData() == "20"
    restored = second.form.petitions.editors()[0]
    assert restored.summary.toPlainText() == "Phản ánh ô nhiễm tiếng ồn từ xưởng cưa gỗ"
    assert restored.documents.model.rows() == [
        {"name": "Ảnh chụp hiện trường", "pages": 4, "condition": "copy"}
    ]
    # saving removes the draft
    save(qtbot, second)
    wait_saved(qtbot, second)
    assert not second.drafts.store.path.exists()
    assert not second.drafts.store.sibling("recovered").path.exists()


@pytest.mark.qt_log_ignore(POPUP_ON_OFFSCREEN)
def test_intake_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,
    page: ReceptionPage,
    desk_db: Database,
) -> None:
    earlier = seed_earlier_visit(desk_db)
    type_into(qtbot, page.form.citizen.id_number.edit, EARLIER_ID)
    qtbot.waitUntil(lambda: page.repeats.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(page.repeats.model)
    page.search.edit.setFocus()
    type_text(page.search.edit, "Phạm")
    page.search.search_now()
    qtbot.waitUntil(lambda: page.search.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(page.search.model)
    page.use_citizen(page.search.model.item(0))
    qtbot.waitUntil(lambda: page.history.model.rowCount() == 2, timeout=5000)
    qtmodeltester.check(page.history.model)
    editor = page.form.petitions.editors()[0]
    add_row(qtbot, editor.documents, ["Đơn", "2", "original"])
    qtmodeltester.check(editor.documents.model)
    assert earlier.number in page.repeats.model.index(0, 0).data()
