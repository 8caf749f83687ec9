"""Dates the law and the calendar forbid (issue 9 item 3): a step, an acceptance or a notice
dated after today is refused with a message; a dialogue set on a day off asks first and says
why; a dialogue is recorded as held only once its day has come."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tcd_desktop.services.rulebook import shipped_rulebook
from tcd_desktop.store.models import Case, Dialogue
from tcd_desktop.ui.case.dialogue_dialog import RecordDialogueDialog, ScheduleDialogueDialog
from tcd_desktop.ui.case.step_dialog import StepDialog
from tcd_desktop.ui.petitions.dialogs import AcceptDialog
from tests.services.conftest import add_petition, make_org
from tests.ui.test_case_steps import WAIT, click_step, open_page
from tests.ui.test_petitions_queue import TODAY, click_row, open_action, refuse
from tests.ui.test_petitions_queue import open_page as open_queue
from tests.ui.vn_typing import type_text


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` on the next message box that opens (it is modal)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, click)


def test_a_step_dated_after_today_is_refused(qtbot: QtBot, complaint, bus, runner) -> None:
    org, case_id = complaint
    page = open_page(qtbot, org, case_id, bus, runner)
    dialog = click_step(qtbot, page, "assign_verification")
    assert isinstance(dialog, StepDialog)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=WAIT)
    tomorrow = dialog.today + dt.timedelta(days=1)
    dialog.date.setDate(qdate(tomorrow))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and dialog.isVisible()
    assert (
        "chưa đến" in dialog.error.text() and tomorrow.strftime("%d/%m/%Y") in dialog.error.text()
    )


def test_acceptance_dated_after_today_is_refused(qtbot: QtBot, db, bus, runner) -> None:
    org = make_org(db)
    pid = add_petition(org.db, org, kind="khieu_nai", received_on=dt.date(2026, 8, 3))
    page = open_queue(qtbot, org, bus, runner)
    click_row(qtbot, page, pid)
    dialog = open_action(qtbot, page, "acceptPetition")
    assert isinstance(dialog, AcceptDialog)
    dialog.accepted_on.setDate(qdate(TODAY + dt.timedelta(days=3)))
    message = refuse(qtbot, dialog)
    assert message.startswith("Ngày thụ lý") and "chưa đến" in message
    with org.db.session() as s:
        assert s.scalar(select(func.count(Case.id))) == 0


def test_dialogue_on_a_day_off_asks_why_and_held_needs_its_day(
    qtbot: QtBot,
    complaint,
    bus,
    runner,
) -> None:
    org, case_id = complaint
    page = open_page(qtbot, org, case_id, bus, runner)
    dialog = click_step(qtbot, page, "dialogue_scheduled")
    assert isinstance(dialog, ScheduleDialogueDialog)
    today = dialog.today
    # a notice "sent" tomorrow is refused
    dialog.notice_on.setDate(qdate(today + dt.timedelta(days=1)))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "Ngày gửi thông báo" in dialog.error.text() and "chưa đến" in dialog.error.text()
    dialog.notice_on.setDate(qdate(today))
    # the next Saturday that is not a make-up working day, at 08:00
    calendar = shipped_rulebook().calendar
    saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7 or 7)
    while calendar.is_working_day(saturday):
        saturday += dt.timedelta(days=7)
    dialog.scheduled_at.setDateTime(QDateTime(qdate(saturday), QTime(8, 0)))
    type_text(dialog.place, "Trụ sở Ủy ban nhân dân")
    type_text(dialog.presiding, "Chủ tịch Ủy ban nhân dân")
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    assert "không phải ngày làm việc (thứ Bảy)" in seen[0]
    assert dialog.isVisible() and not dialog.day_confirmed
    with org.db.session() as s:
        assert s.scalar(select(func.count(Dialogue.id))) == 0
    # confirmed: scheduled on that Saturday
    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    if dialog.isVisible():  # a short-notice warning was shown; close it
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    # the dialogue's day has not come: it cannot be recorded as held
    record = click_step(qtbot, page, "dialogue_held")
    assert isinstance(record, RecordDialogueDialog)
    type_text(record.outcome, "Đã đối thoại")
    qtbot.mouseClick(record.ok, Qt.MouseButton.LeftButton)
    assert record.error.isVisible()
    assert "chưa thể ghi nhận là đã tổ chức" in record.error.text()
    with org.db.session() as s:
        assert not s.scalars(select(Dialogue)).one().held


def test_dialogue_form_shows_every_problem_at_once(qtbot: QtBot, complaint, bus, runner) -> None:
    """Issue 9 item 7: the dialogue form listed one error at a time."""
    org, case_id = complaint
    page = open_page(qtbot, org, case_id, bus, runner)
    dialog = click_step(qtbot, page, "dialogue_scheduled")
    assert isinstance(dialog, ScheduleDialogueDialog)
    row = dialog.add_participant("respondent", "")
    dialog.participants.item(row, 2).setText("Phó Chủ tịch UBND xã")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    lines = dialog.error.text().splitlines()
    assert lines == [
        "• Phải ghi địa điểm đối thoại.",
        "• Phải ghi người chủ trì đối thoại.",
        f"• Dòng {row + 1}: phải ghi họ tên người tham gia.",
    ]
