"""The legal steps of a case performed from the case screen: the steps panel, the generic
step dialog (verification assignment, suspension) and the dialogue dialogs."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.services import cases as svc
from tcd_desktop.services import petitions
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.services.rulebook import shipped_rulebook
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Attachment, Case, Dialogue
from tcd_desktop.ui.case import CaseDetailPage
from tcd_desktop.ui.case.dialogue_dialog import RecordDialogueDialog, ScheduleDialogueDialog
from tcd_desktop.ui.case.step_dialog import FilePicker, StepDialog
from tests.services.conftest import Org, add_petition, make_org
from tests.ui.vn_typing import type_text

WAIT = 10_000


def open_page(qtbot: QtBot, org: Org, case_id: uuid.UUID, bus, runner) -> CaseDetailPage:
    page = CaseDetailPage(org.db, org.handler, bus, runner)
    qtbot.addWidget(page)
    page.resize(1400, 850)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show_case(case_id)
    return page


def click_step(qtbot: QtBot, page: CaseDetailPage, step: str):
    button = page.steps_panel.buttons[step]
    assert button.isEnabled(), button.toolTip()
    with qtbot.waitSignal(page.steps_panel.dialog_opened, timeout=WAIT) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return opened.args[0]


def save_fails(qtbot: QtBot, dialog: StepDialog) -> str:
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.isVisible() and dialog.ok.isEnabled()
    return dialog.error.text()


def save_and_reload(qtbot: QtBot, page: CaseDetailPage, dialog: StepDialog) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def case_row(db: Database, case_id: uuid.UUID) -> tuple[str, bool]:
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case.status, case.is_paused


def test_refused_steps_are_disabled_with_the_legal_reason(qtbot: QtBot, complaint, bus, runner):
    org, case_id = complaint
    page = open_page(qtbot, org, case_id, bus, runner)
    buttons = page.steps_panel.buttons
    assert buttons["assign_verification"].isEnabled()
    report = buttons["verification_report"]
    assert not report.isEnabled()
    assert "Chưa giao nhiệm vụ xác minh" in report.toolTip()
    assert not buttons["resumption"].isEnabled()
    assert "không ở trạng thái tạm đình chỉ" in buttons["resumption"].toolTip()
    assert "Chưa có quyết định giải quyết" in buttons["dispatch"].toolTip()


def test_verification_then_suspension_through_the_dialogs(
    qtbot: QtBot, complaint, bus, runner
) -> None:
    org, case_id = complaint
    page = open_page(qtbot, org, case_id, bus, runner)

    dialog = click_step(qtbot, page, "assign_verification")
    assert isinstance(dialog, StepDialog)
    assert dialog.on_date() == page.data.today  # type: ignore[union-attr]
    assert "người hoặc cơ quan được giao xác minh" in save_fails(qtbot, dialog)
    verifier = dialog.findChild(QLineEdit, "field_verifier")
    type_text(verifier, "Thanh tra tỉnh Lạng Sơn")
    save_and_reload(qtbot, page, dialog)
    assert case_row(org.db, case_id) == ("verifying", False)
    assert page.timeline.entries[-1].label == "Giao xác minh"
    assert page.timeline.entries[-1].data["verifier"] == "Thanh tra tỉnh Lạng Sơn"
    assert page.steps_panel.buttons["verification_report"].isEnabled()

    dialog = click_step(qtbot, page, "suspension")
    assert "căn cứ tạm đình chỉ" in save_fails(qtbot, dialog)
    ground = dialog.findChild(QComboBox, "field_ground")
    ground.setFocus()
    qtbot.keyClick(ground, Qt.Key.Key_Down)
    assert ground.currentData() == "bat_kha_khang"
    type_text(dialog.note, "Lũ quét chia cắt xã")
    save_and_reload(qtbot, page, dialog)
    assert case_row(org.db, case_id) == ("suspended", True)
    last = page.timeline.entries[-1]
    assert (last.label, last.note) == ("Tạm đình chỉ giải quyết", "Lũ quét chia cắt xã")
    assert page.data.case.is_paused  # type: ignore[union-attr]
    refused = page.steps_panel.buttons["verification_report"]
    assert not refused.isEnabled() and "đang tạm đình chỉ" in refused.toolTip()
    assert page.steps_panel.buttons["resumption"].isEnabled()


def test_dialogue_with_two_days_notice_warns_then_is_recorded(
    qtbot: QtBot, complaint, bus, runner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    org, case_id = complaint
    page = open_page(qtbot, org, case_id, bus, runner)
    dialog = click_step(qtbot, page, "dialogue_scheduled")
    assert isinstance(dialog, ScheduleDialogueDialog)
    # held in the past (a dialogue is recorded as held only once its day has come), on a
    # working day, announced two days before
    calendar = shipped_rulebook().calendar
    when = calendar.previous_working_day(page.data.today)  # type: ignore[union-attr]
    notice = when - dt.timedelta(days=2)
    dialog.notice_on.setDate(QDate(notice.year, notice.month, notice.day))
    dialog.scheduled_at.setDateTime(QDateTime(QDate(when.year, when.month, when.day), QTime(14, 0)))
    type_text(dialog.place, "Trụ sở Ban Tiếp công dân tỉnh")
    type_text(dialog.presiding, "Phó Chủ tịch UBND tỉnh")
    qtbot.mouseClick(dialog.findChild(type(dialog.ok), "addParticipant"), Qt.MouseButton.LeftButton)
    row = dialog.participants.rowCount() - 1
    dialog.participants.item(row, 1).setText("Chủ tịch UBND xã Hữu Lũng")
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.warning.isVisible() and dialog.isVisible()
    assert "phải thông báo trước ít nhất" in dialog.warning.text()
    assert dialog.ok.text() == "Đóng" and not dialog.place.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with org.db.session() as s:
        (row_db,) = s.scalars(select(Dialogue).where(Dialogue.case_id == case_id)).all()
        assert [p["role"] for p in row_db.participants] == ["complainant", "respondent"]
    assert case_row(org.db, case_id) == ("dialogue", False)
    assert page.timeline.entries[-1].data["short_notice"] is True

    record = click_step(qtbot, page, "dialogue_held")
    assert isinstance(record, RecordDialogueDialog)
    record.set_absent(1, "Đi công tác", justified=True)
    record.add_opinion("Nguyễn Văn An", "Giá bồi thường", "Đề nghị tính theo giá thị trường")
    type_text(record.agreed, "Diện tích thu hồi")
    type_text(record.disputed, "Đơn giá bồi thường")
    type_text(record.outcome, "Chưa thống nhất về đơn giá")
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(record.ok, Qt.MouseButton.LeftButton)
    with org.db.session() as s:
        held = s.scalars(select(Dialogue).where(Dialogue.case_id == case_id)).one()
        assert held.held and held.disputed_points == "Đơn giá bồi thường"
        assert [p["present"] for p in held.participants] == [True, False]
        assert held.opinions[0]["role"] == "complainant"
    assert page.timeline.entries[-1].label == "Tổ chức đối thoại"

    # The signed minutes' scan, chosen with the file dialog, is kept with its hash.
    scan = tmp_path / "bien-ban-da-ky.pdf"
    scan.write_bytes(b"%PDF-1.4 signed minutes scan")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(scan), ""))
    signed = open_loaded(qtbot, page, "minutes_signed")
    dialogue = signed.findChild(QComboBox, "field_dialogue")
    assert dialogue.count() == 2 and dialogue.currentData() == str(held.id)
    assert "bản quét" in save_fails(qtbot, signed)
    picker = signed.findChild(FilePicker, "field_scan")
    qtbot.mouseClick(picker.browse, Qt.MouseButton.LeftButton)
    assert picker.path.text() == str(scan)
    save_and_reload(qtbot, page, signed)
    assert page.timeline.entries[-1].label == "Lưu biên bản đối thoại đã ký"
    with org.db.session() as s:
        stored = s.get(Dialogue, held.id)
        assert stored is not None and stored.signed_scan_id is not None
        attachment = s.get(Attachment, stored.signed_scan_id)
        assert attachment is not None
        assert (attachment.filename, attachment.mime_type, attachment.content) == (
            "bien-ban-da-ky.pdf",
            "application/pdf",
            scan.read_bytes(),
        )


def open_page_as(qtbot: QtBot, org: Org, actor, case_id: uuid.UUID, bus, runner) -> CaseDetailPage:
    page = CaseDetailPage(org.db, actor, bus, runner)
    qtbot.addWidget(page)
    page.resize(1400, 850)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show_case(case_id)
    return page


def choose(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Pick ``value`` in ``combo`` with the keyboard, as a user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{value} not offered")


def open_loaded(qtbot: QtBot, page: CaseDetailPage, step: str) -> StepDialog:
    dialog = click_step(qtbot, page, step)
    assert isinstance(dialog, StepDialog)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=WAIT)
    return dialog


def test_leader_assigns_a_recommendation_through_the_dialog(
    qtbot: QtBot,
    db: Database,
    bus,
    runner,
) -> None:
    org = make_org(db)
    received = today_vn() - dt.timedelta(days=5)
    pid = add_petition(
        db, org, kind="kien_nghi", received_on=received, summary="Kiến nghị sửa đường liên thôn"
    )
    with db.session() as s:
        case_id = petitions.accept_petition(
            s, org.handler, pid, AcceptanceInput(accepted_on=received + dt.timedelta(days=1))
        ).case_id
    page = open_page_as(qtbot, org, org.leader, case_id, bus, runner)
    assert not page.steps_panel.buttons["answer"].isEnabled()
    dialog = open_loaded(qtbot, page, "assignment")
    assert "cán bộ được giao" in save_fails(qtbot, dialog)
    assignee = dialog.findChild(QComboBox, "field_assignee")
    names = [assignee.itemText(i) for i in range(assignee.count())]
    assert "Cán bộ xuly" in names and "Cán bộ lanhdao" in names
    choose(qtbot, assignee, str(org.other_handler.user_id))
    due = dialog.findChild(QDateEdit, "field_due_on")
    today = page.data.today  # type: ignore[union-attr]
    assert due.date().toPython() == today + dt.timedelta(days=15)
    due.setDate(QDate(today.year, today.month, today.day))
    assert "Hạn trả lời phải sau ngày giao" in save_fails(qtbot, dialog)
    target = today + dt.timedelta(days=20)
    due.setDate(QDate(target.year, target.month, target.day))
    type_text(dialog.note, "Giao phòng Kinh tế hạ tầng")
    save_and_reload(qtbot, page, dialog)
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        assert (case.assignee_id, case.due_on) == (org.other_handler.user_id, target)
    last = page.timeline.entries[-1]
    assert (last.label, last.note) == ("Giao xử lý, ấn định thời hạn", "Giao phòng Kinh tế hạ tầng")
    assert page.steps_panel.buttons["answer"].isEnabled()


def test_further_denunciation_then_reopened_through_the_dialogs(
    qtbot: QtBot,
    db: Database,
    bus,
    runner,
) -> None:
    org = make_org(db)
    received = today_vn() - dt.timedelta(days=40)
    # Concluded by the commune; the province (its superior) re-resolves (Luật TC Điều 37).
    pid = add_petition(
        db,
        org,
        kind="to_cao",
        received_on=received,
        unit_id=org.commune,
        summary="Tố cáo cán bộ địa chính nhận tiền",
    )
    on = received + dt.timedelta(days=3)
    h = org.commune_handler
    with db.session() as s:
        case_id = petitions.accept_petition(
            s, h, pid, AcceptanceInput(accepted_on=on, assignee_id=h.user_id)
        ).case_id
        svc.assign_verification(s, h, case_id, on=on, verifier="Thanh tra huyện")
        svc.submit_verification_report(s, h, case_id, on=on, summary="Không sai phạm")
        svc.conclude_denunciation(s, h, case_id, result="sai", on=on, number="3/KL")
    page = open_page_as(qtbot, org, org.leader, case_id, bus, runner)
    refused = page.steps_panel.buttons["re_resolution"]
    assert not refused.isEnabled() and "Chưa có tố cáo tiếp" in refused.toolTip()

    dialog = click_step(qtbot, page, "further_denunciation")
    assert isinstance(dialog, StepDialog)
    type_text(dialog.note, "Người tố cáo gửi đơn lên Chủ tịch UBND tỉnh")
    save_and_reload(qtbot, page, dialog)
    assert page.timeline.entries[-1].label == "Tố cáo tiếp"
    assert "review_by" in page.timeline.entries[-1].data

    dialog = open_loaded(qtbot, page, "re_resolution")
    reopen = dialog.findChild(QCheckBox, "field_reopen")
    reopen.setFocus()
    qtbot.keyClick(reopen, Qt.Key.Key_Space)
    assert reopen.isChecked()
    assert "căn cứ giải quyết lại" in save_fails(qtbot, dialog)
    choose(qtbot, dialog.findChild(QComboBox, "field_ground"), "bo_sot_chung_cu")
    choose(qtbot, dialog.findChild(QComboBox, "field_assignee"), str(org.other_handler.user_id))
    save_and_reload(qtbot, page, dialog)
    last = page.timeline.entries[-1]
    assert last.label == "Xem xét giải quyết lại tố cáo" and last.data["reopen"] is True
    with db.session() as s:
        child = s.scalars(select(Case).where(Case.parent_case_id == case_id)).one()
        assert (child.level, child.assignee_id) == (2, org.other_handler.user_id)
