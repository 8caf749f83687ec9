"""Validation layout (issue 9 item 7): every error at once, one line each under its field with
the full text in a tooltip and in the banner, cleared as soon as the field is fixed, and an
error inside a table row names the row."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.widgets.field import FieldBox, FieldErrors
from tests.ui.reception_steps import save, type_into


def test_all_errors_at_once_one_line_each_and_in_the_banner(
    qtbot: QtBot, page: ReceptionPage
) -> None:
    citizen = page.form.citizen
    type_into(qtbot, citizen.phone.edit, "0123")
    save(qtbot, page)
    qtbot.waitUntil(
        lambda: page.save_button.isEnabled() and bool(page.form.errors.shown()), timeout=5000
    )
    shown = page.form.errors.shown()
    assert len(shown) >= 3  # name, phone, summary … all at once
    banner = page.message_bar.text()
    assert banner.startswith(f"Phiếu còn {len(set(shown.values()))} thông tin chưa hợp lệ:")
    for message in shown.values():
        assert message in banner
    for box in page.findChildren(FieldBox):
        label = box.message
        if label.isVisibleTo(page):
            one_line = label.fontMetrics().lineSpacing() * 1.6
            assert label.height() <= one_line, label.text()  # one line, never a stack
            assert label.toolTip() == label.text()  # the whole message on hover
    # fixing the name clears its message at the first keystroke, before leaving the field
    name = citizen.full_name
    assert name.error()
    name.edit.setFocus()
    qtbot.keyClicks(name.edit, "Nguyen Van An")
    assert name.error() == ""


def test_a_row_error_names_the_row(qtbot: QtBot) -> None:
    errors = FieldErrors()
    shown: list[str] = []

    class Surface:
        def set_error(self, message: str | None) -> None:
            shown.append(message or "")

        def error(self) -> str:
            return shown[-1] if shown else ""

        def setFocus(self, _reason: object) -> None:
            return None

    errors.add("delegation", Surface())
    errors.show({"delegation[1].full_name": "Chưa nhập họ tên người đại diện."})
    assert shown[-1] == "Dòng 2: Chưa nhập họ tên người đại diện."


def test_a_plain_field_error_from_the_service_goes_when_edited(qtbot: QtBot) -> None:
    edit = QLineEdit()
    box = FieldBox(edit)
    qtbot.addWidget(box)
    box.set_error("Không hợp lệ.")
    assert box.error()
    qtbot.keyClicks(edit, "x")
    assert box.error() == ""


def test_a_saved_form_shows_no_hint_texts(qtbot: QtBot, page: ReceptionPage) -> None:
    """Issue 9 item 10: grey hints in a read-only saved form looked like data."""
    from tests.ui.reception_steps import fill_citizen, wait_saved

    fill_citizen(qtbot, page)
    editor = page.form.petitions.editors()[0]
    type_into(qtbot, editor.summary, "Đề nghị sửa đường thôn Bản Làn", leave=False)
    respondent_hint = editor.respondent.placeholderText()
    assert respondent_hint
    save(qtbot, page)
    wait_saved(qtbot, page)
    assert editor.respondent.placeholderText() == ""
    page.new_visit()
    assert page.form.petitions.editors()[0].respondent.placeholderText() == respondent_hint
