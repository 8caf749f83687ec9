"""The case detail screen driven like a user: header, parties and the sealed denouncer,
due dates with their explanations, timeline, documents preview and printing, refresh."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.services import documents, petitions
from tcd_desktop.services.board import MASKED_DENOUNCER, today_vn
from tcd_desktop.services.cases import AcceptanceInput, assign_verification, send_acceptance_notice
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry
from tcd_desktop.ui.case import CaseDetailDialog, CaseDetailPage
from tcd_desktop.ui.case.pdf_preview import PdfPreviewDialog
from tests.documents import samples
from tests.services.conftest import Org, add_petition, make_org

WAIT = 10_000


@dataclass(frozen=True)
class CaseFixture:
    """An office with a complaint (notice issued, verification assigned) and a denunciation."""

    org: Org
    complaint: uuid.UUID
    denunciation: uuid.UUID
    notice: uuid.UUID


def make_cases(db: Database, today: dt.date) -> CaseFixture:
    """A complaint accepted 12 days ago with its notice, and a denunciation accepted today."""
    org = make_org(db)
    start = today - dt.timedelta(days=14)
    pid = add_petition(
        db,
        org,
        kind="khieu_nai",
        received_on=start,
        visit=True,
        summary="Khiếu nại Quyết định thu hồi đất số 125/QĐ-UBND",
    )
    tid = add_petition(
        db,
        org,
        kind="to_cao",
        received_on=start,
        visit=True,
        citizen_id=org.denouncer,
        summary="Tố cáo cán bộ địa chính",
    )
    accepted = start + dt.timedelta(days=2)
    with db.session() as s:
        handler = org.handler
        complaint = petitions.accept_petition(
            s, handler, pid, AcceptanceInput(accepted_on=accepted, assignee_id=handler.user_id)
        ).case_id
        denunciation = petitions.accept_petition(
            s, handler, tid, AcceptanceInput(accepted_on=accepted, assignee_id=handler.user_id)
        ).case_id
    with db.session() as s:
        notice = documents.issue_document(
            s,
            org.handler,
            "kn.acceptance",
            samples.complaint_acceptance(on=accepted),
            case_id=complaint,
        ).id
        send_acceptance_notice(
            s,
            org.handler,
            complaint,
            on=accepted,
            recipients=("Người khiếu nại",),
            document_id=notice,
        )
        assign_verification(
            s,
            org.handler,
            complaint,
            on=accepted + dt.timedelta(days=1),
            verifier="Thanh tra tỉnh",
            content="Xác minh việc thu hồi đất",
        )
    return CaseFixture(org, complaint, denunciation, notice)


@pytest.fixture
def cases(sqlite_db: Database) -> CaseFixture:
    return make_cases(sqlite_db, today_vn())


def open_case(qtbot: QtBot, fx: CaseFixture, actor, case_id, bus, runner) -> CaseDetailPage:
    page = CaseDetailPage(fx.org.db, actor, bus, runner)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show_case(case_id)
    return page


def test_complaint_header_parties_steps_timeline(qtbot: QtBot, qtmodeltester, cases, bus, runner):
    page = open_case(qtbot, cases, cases.org.handler, cases.complaint, bus, runner)
    data = page.data
    assert data is not None
    assert page.title.text() == data.case.code
    assert "Khiếu nại" in page.subtitle.text()
    names = [w.text() for w in page.parties.findChildren(type(page.title), "partyName")]
    assert names == ["Nguyễn Văn An"]
    assert page.parties.reveal_button.isHidden()
    qtmodeltester.check(page.timeline)
    labels = [e.label for e in page.timeline.entries]
    assert len(labels) >= 3 and labels == [e.label for e in data.timeline]
    row = next(i for i, e in enumerate(page.timeline.entries) if e.document_id == cases.notice)
    notice_number = page.documents.model.document(0).number  # type: ignore[union-attr]
    assert page.timeline.index(row, 4).data() == notice_number
    assert page.step.status.text() == data.case.status_label
    qtmodeltester.check(page.documents.model)
    assert page.documents.model.rowCount() == 1


def test_due_dates_explain_themselves(qtbot: QtBot, cases, bus, runner, monkeypatch) -> None:
    page = open_case(qtbot, cases, cases.org.handler, cases.complaint, bus, runner)
    dues = page.dues.dues
    assert dues and dues[0].is_main and dues[0].rule_id == "K3"
    assert len(page.dues.buttons) == len(dues)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    qtbot.mouseClick(page.dues.buttons[0], Qt.MouseButton.LeftButton)
    (box,) = shown
    assert dues[0].text in box.informativeText()
    assert dues[0].citation in box.informativeText()
    assert box.text().endswith(dues[0].due_on.strftime("%d/%m/%Y"))


def test_denouncer_masked_then_revealed_with_reason(qtbot: QtBot, cases, bus, runner, monkeypatch):
    other = open_case(qtbot, cases, cases.org.other_handler, cases.denunciation, bus, runner)
    names = [w.text() for w in other.parties.findChildren(type(other.title), "partyName")]
    assert names == [MASKED_DENOUNCER]
    assert other.parties.reveal_button.isHidden()  # not entitled: no reveal offered
    shown = " ".join(label.text() for label in other.findChildren(QLabel))
    assert "Trần Thị Bình" not in shown and "020190004321" not in shown

    page = open_case(qtbot, cases, cases.org.handler, cases.denunciation, bus, runner)
    assert not page.parties.reveal_button.isHidden()
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Xác minh nội dung tố cáo", True))
    )
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(page.parties.reveal_button, Qt.MouseButton.LeftButton)
    names = [w.text() for w in page.parties.findChildren(type(page.title), "partyName")]
    assert "Trần Thị Bình" in names
    assert page.parties.reveal_button.isHidden()
    with cases.org.db.session() as s:
        reasons = [
            e.detail.get("reason")
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "identity.reveal"))
        ]
    assert reasons == ["Xác minh nội dung tố cáo"]


def test_preview_and_print_the_notice(
    qtbot: QtBot, cases, bus, runner, monkeypatch, tmp_path: Path
) -> None:
    page = open_case(qtbot, cases, cases.org.handler, cases.complaint, bus, runner)
    page.tabs.setCurrentWidget(page.documents)
    tab = page.documents
    rect = tab.view.visualRect(tab.model.index(0, 1))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.preview_button.isEnabled()
    with qtbot.waitSignal(tab.preview_opened, timeout=WAIT) as opened:
        qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.document.pageCount() >= 1
    assert preview.windowTitle() == tab.model.document(0).number  # type: ignore[union-attr]
    preview.close()

    out = tmp_path / "in-thu.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(tab.printed, timeout=WAIT) as printed:
        qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert printed.args[0] >= 1
    assert len(PdfReader(out).pages) == printed.args[0]
    with cases.org.db.session() as s:
        views = s.scalars(select(AuditEntry).where(AuditEntry.action == "document.view")).all()
    assert len(views) == 2  # preview and print each read the stored, hash-checked PDF


def test_reloads_when_the_case_changes(qtbot: QtBot, cases, bus, runner) -> None:
    page = open_case(qtbot, cases, cases.org.handler, cases.complaint, bus, runner)
    before = len(page.timeline.entries)
    with cases.org.db.session() as s:
        from tcd_desktop.services.cases import submit_verification_report

        submit_verification_report(
            s,
            cases.org.handler,
            cases.complaint,
            on=today_vn(),
            summary="Đúng một phần",
            differs_from_demand=False,
        )
    with qtbot.assertNotEmitted(page.loaded, wait=100):
        bus.notify("case", [uuid.uuid4()])  # another case: nothing to do
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        bus.notify("case", [cases.complaint])
    assert len(page.timeline.entries) == before + 1


def test_dialog_wraps_the_page(qtbot: QtBot, cases, bus, runner) -> None:
    dialog = CaseDetailDialog(cases.org.db, cases.org.leader, bus, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.page.loaded, timeout=WAIT):
        dialog.show_case(cases.complaint)
    assert dialog.page.data is not None
    assert dialog.page.data.case.code in dialog.windowTitle()
