"""The petition-processing queue, driven like a user: list, accept, transfer, refusals, print.

Dates (LAW.md §3 calendar): received Mon 3/8/2026, processed Mon 10/8/2026. Acceptance of a
complaint received after 01/7/2026 starts K3 = 30 days from thụ lý: 10/8 + 30 = Wed 9/9/2026.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.documents.versions import version_on
from tcd_desktop.domain.enums import CaseStatus
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import AcceptanceInput, decide_complaint, dispatch_decision
from tcd_desktop.store.models import Case, Petition
from tcd_desktop.store.queries.search import SEALED_NAME
from tcd_desktop.ui.models.petition_queue_model import COL_CITIZEN, COL_DAYS
from tcd_desktop.ui.petitions import PetitionQueuePage
from tcd_desktop.ui.petitions.dialogs import AcceptDialog, OutcomeDialog, ServiceDialog
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.services.conftest import Org, add_petition
from tests.ui.vn_typing import type_text

D = dt.date
TODAY = D(2026, 8, 10)
WAIT = 10_000


def open_page(
    qtbot: QtBot,
    org: Org,
    bus: ChangeBus,
    runner: BackgroundRunner,
) -> PetitionQueuePage:
    page = PetitionQueuePage(org.db, org.handler, bus, runner, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 850)
    with qtbot.waitSignals([page.queue_loaded, page.options_loaded], timeout=WAIT):
        page.show()
    return page


def click_row(qtbot: QtBot, page: PetitionQueuePage, petition_id: uuid.UUID) -> None:
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(petition_id), 0)).row()
    assert row >= 0
    rect = page.table.visualRect(page.proxy.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected() is not None and page.selected().petition_id == petition_id


def open_action(qtbot: QtBot, page: PetitionQueuePage, name: str) -> ServiceDialog:
    button = page.findChild(QPushButton, name)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.isVisible()
    return page.dialog


def confirm(qtbot: QtBot, page: PetitionQueuePage, dialog: ServiceDialog) -> None:
    with (
        qtbot.waitSignal(page.processed, timeout=WAIT),
        qtbot.waitSignal(page.queue_loaded, timeout=WAIT),
    ):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def refuse(qtbot: QtBot, dialog: ServiceDialog) -> str:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_text()), timeout=WAIT)
    assert dialog.isVisible()
    return dialog.error_text()


def test_queue_lists_masks_and_accepts(qtbot: QtBot, qtmodeltester, org: Org, bus, runner):
    complaint = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3), visit=True)
    denunciation = add_petition(
        org.db, org, kind="to_cao", received_on=D(2026, 8, 3), citizen_id=org.denouncer
    )
    page = open_page(qtbot, org, bus, runner)
    qtmodeltester.check(page.model)
    assert {r.petition_id for r in page.model.rows} == {complaint, denunciation}
    masked = page.model.index(page.model.row_of(denunciation), COL_CITIZEN).data()
    assert masked == SEALED_NAME == "Người tố cáo (được giữ bí mật)"
    # D1 from Mon 3/8: 7 working days → Wed 12/8; on 10/8 two days are left (due soon).
    assert page.model.index(page.model.row_of(denunciation), COL_DAYS).data() == "2"
    cells = [
        str(page.model.index(r, c).data(role))
        for r in range(page.model.rowCount())
        for c in range(page.model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert not any("Trần Thị Bình" in cell for cell in cells)

    click_row(qtbot, page, complaint)
    dialog = open_action(qtbot, page, "acceptPetition")
    assert isinstance(dialog, AcceptDialog)
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(str(org.handler.user_id)))
    confirm(qtbot, page, dialog)
    assert not dialog.isVisible()
    assert [r.petition_id for r in page.model.rows] == [denunciation]
    with org.db.session() as s:
        case = s.scalars(select(Case).where(Case.petition_id == complaint)).one()
        assert (case.accepted_on, case.due_on) == (TODAY, D(2026, 9, 9))
        assert case.assignee_id == org.handler.user_id
    assert "Đã thụ lý đơn" in page.message_bar.text()


def test_transfer_then_print_the_notice(qtbot: QtBot, org: Org, bus, runner) -> None:
    pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3))
    page = open_page(qtbot, org, bus, runner)
    click_row(qtbot, page, pid)
    dialog = open_action(qtbot, page, "transferPetition")
    assert isinstance(dialog, OutcomeDialog)
    type_text(dialog.text, "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn")
    confirm(qtbot, page, dialog)
    assert page.model.rows == []
    with org.db.session() as s:
        petition = s.get(Petition, pid)
        assert petition is not None and petition.status == CaseStatus.TRANSFERRED.value
        assert petition.processed_on == TODAY
    assert page.notice.button.isEnabled()
    # #8: the slip it will print (TT 05/2021 Mẫu 03: number for kiến nghị, phản ánh and
    # force after 01/7/2026 unconfirmed) is named, with the flag, before it is issued
    note = version_on("xld.transfer", TODAY).reference_unconfirmed
    assert note
    qtbot.waitUntil(lambda: "Phiếu chuyển đơn" in page.notice.button.toolTip(), timeout=WAIT)
    assert page.notice.button.toolTip().endswith(f"chưa được đối chiếu với Công báo: {note}")
    with qtbot.waitSignal(page.notice.previewed, timeout=WAIT) as shown:
        qtbot.mouseClick(page.notice.button, Qt.MouseButton.LeftButton)
    assert shown.args[0].petition_id == pid
    assert page.notice.dialog is not None and page.notice.dialog.document.pageCount() >= 1
    assert page.notice.dialog.unconfirmed.text().endswith(note)
    page.notice.dialog.close()


def test_refused_steps_show_the_reason_and_keep_the_input(qtbot: QtBot, org: Org, bus, runner):
    pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3))
    over = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 4), over_level=True)
    page = open_page(qtbot, org, bus, runner)
    click_row(qtbot, page, pid)
    dialog = open_action(qtbot, page, "acceptPetition")
    assert isinstance(dialog, AcceptDialog)
    for box in (dialog.complex, dialog.criteria["nhieu_dia_diem"]):
        at = QPoint(8, box.height() // 2)  # on the indicator
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=at)
    assert "phải có văn bản nêu rõ căn cứ" in refuse(qtbot, dialog)
    assert dialog.complex.isChecked() and dialog.criteria["nhieu_dia_diem"].isChecked()
    dialog.level.setCurrentIndex(dialog.level.findData(2))
    type_text(dialog.finding, "Phải xác minh tại hai xã.")
    assert "lần đầu" in refuse(qtbot, dialog)
    dialog.reject()

    dialog = open_action(qtbot, page, "returnPetition")
    assert "Phải nêu lý do trả lại đơn" in refuse(qtbot, dialog)
    dialog.reject()

    click_row(qtbot, page, over)
    dialog = open_action(qtbot, page, "acceptPetition")
    assert "vượt cấp" in refuse(qtbot, dialog)
    dialog.reject()
    with org.db.session() as s:
        assert s.scalars(select(Case)).all() == []


def test_second_complaint_is_accepted_by_the_first_case_code(
    qtbot: QtBot,
    org: Org,
    bus,
    runner,
) -> None:
    # The first decision is the commune's; the province, its superior, takes the second.
    first_pid = add_petition(
        org.db, org, kind="khieu_nai", received_on=D(2026, 7, 1), unit_id=org.commune
    )
    with org.db.session() as s:
        first = petitions.accept_petition(
            s, org.commune_handler, first_pid, AcceptanceInput(accepted_on=D(2026, 7, 2))
        )
        decide_complaint(
            s,
            org.commune_handler,
            first.case_id,
            result="dung",
            on=D(2026, 7, 20),
            number="12/QĐ-UBND",
        )
        dispatch_decision(s, org.commune_handler, first.case_id, on=D(2026, 7, 21))
    second_pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3))
    page = open_page(qtbot, org, bus, runner)
    click_row(qtbot, page, second_pid)
    dialog = open_action(qtbot, page, "acceptPetition")
    assert isinstance(dialog, AcceptDialog)
    assert dialog.first_case.isHidden()
    dialog.level.setFocus()
    qtbot.keyClick(dialog.level, Qt.Key.Key_Down)
    assert dialog.level.currentData() == 2 and not dialog.first_case.isHidden()
    assert "mã vụ việc giải quyết lần đầu" in refuse(qtbot, dialog)
    type_text(dialog.first_case, "LS-99-2026-000999")
    assert "Không tìm thấy vụ việc có mã LS-99-2026-000999" in refuse(qtbot, dialog)
    dialog.first_case.clear()
    type_text(dialog.first_case, first.code.lower())
    confirm(qtbot, page, dialog)
    assert not dialog.isVisible()
    with org.db.session() as s:
        case = s.scalars(select(Case).where(Case.petition_id == second_pid)).one()
        assert (case.level, case.parent_case_id) == (2, first.case_id)
