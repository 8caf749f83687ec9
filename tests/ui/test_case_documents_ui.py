"""Generating documents and keeping files from the case detail screen, driven like a user.

The "New document" menu lists the forms of the case's procedure (a refused one greyed out
with the reason as tooltip); choosing one generates it in the background, previews it and
lists it.  The files tab keeps a scan with its hash, opens it and saves a copy; a sealed
file is hidden from users who may not read the denouncer's identity.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.services.board import today_vn
from tcd_desktop.services.case_documents import DocumentChoice
from tcd_desktop.services.cases import (
    assign_verification,
    conclude_denunciation,
    submit_verification_report,
)
from tcd_desktop.services.identity import SEALED_FILE
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry, Case, Document
from tcd_desktop.ui.case.pdf_preview import PdfPreviewDialog
from tcd_desktop.ui.case.publication_dialog import PublicationPreviewDialog
from tcd_desktop.ui.models.attachment_model import COL_NAME, COL_NOTE
from tcd_desktop.ui.models.document_model import COL_FORM
from tests.ui.test_case_detail import WAIT, CaseFixture, make_cases, open_case


@pytest.fixture
def cases(sqlite_db: Database) -> CaseFixture:
    return make_cases(sqlite_db, today_vn())


def _action(tab, code: str):  # type: ignore[no-untyped-def]
    return next(a for a in tab.choice_actions() if a.data().form_code == code)


def test_generate_a_document_from_the_menu(qtbot: QtBot, qtmodeltester, cases, bus, runner):
    page = open_case(qtbot, cases, cases.org.handler, cases.complaint, bus, runner)
    page.tabs.setCurrentWidget(page.documents)
    tab = page.documents
    assert tab.generate_button.isEnabled() and tab.generate_button.menu() is tab.generate_menu
    codes = [a.data().form_code for a in tab.choice_actions()]
    assert codes == [
        "xld.proposal",
        "kn.acceptance",
        "kn.verification_decision",
        "kn.verification_report",
        "kn.dialogue_invitation",
        "kn.dialogue_minutes",
        "kn.suspension",
        "kn.resumption",
        "kn.decision",
    ]
    decision = _action(tab, "kn.decision")
    assert not decision.isEnabled() and "Chưa ghi nhận quyết định" in decision.toolTip()
    notice = _action(tab, "kn.acceptance")
    # today the notice is NĐ 155/2026 Mẫu 03, a [2026-copy] form: its number is flagged (#8)
    assert notice.isEnabled() and notice.text() == (
        "Thông báo về việc thụ lý giải quyết khiếu nại (số mẫu chưa đối chiếu Công báo)"
    )
    assert notice.toolTip().splitlines()[0].endswith(": 1")  # one was issued by the fixture

    with (
        qtbot.waitSignal(tab.preview_opened, timeout=WAIT) as opened,
        qtbot.waitSignal(page.loaded, timeout=WAIT),
    ):
        notice.trigger()  # what clicking the menu entry does
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog) and preview.document.pageCount() == 1
    assert not preview.unconfirmed.isHidden() and "Công báo" in preview.unconfirmed.text()
    preview.close()
    assert tab.model.rowCount() == 2 and tab.generate_button.isEnabled()
    new = tab.selected()
    assert new is not None and new.id != cases.notice and new.case_id == cases.complaint
    assert preview.windowTitle() == new.number
    row = tab.model.row_of(new.id)
    assert tab.model.index(row, COL_FORM).data() == "Thông báo về việc thụ lý giải quyết khiếu nại"
    qtmodeltester.check(tab.model)
    with cases.org.db.session() as s:
        issued = s.scalars(select(AuditEntry).where(AuditEntry.action == "document.issue")).all()
    assert [e.entity_id for e in issued][-1] == str(new.id)


def test_a_refused_generation_shows_the_reason(qtbot: QtBot, cases, bus, runner, monkeypatch):
    page = open_case(qtbot, cases, cases.org.handler, cases.complaint, bus, runner)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    refused = _action(page.documents, "kn.decision").data()
    assert isinstance(refused, DocumentChoice)
    page.generate(refused)  # a stale menu: the service refuses with the legal reason
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert "Chưa ghi nhận quyết định" in shown[0].text()
    assert page.documents.generate_button.isEnabled()


def test_keep_open_and_save_a_file(
    qtbot: QtBot, qtmodeltester, cases, bus, runner, monkeypatch, tmp_path: Path
) -> None:
    scan = tmp_path / "bien-ban-xac-minh.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the verification minutes")
    page = open_case(qtbot, cases, cases.org.handler, cases.complaint, bus, runner)
    page.tabs.setCurrentWidget(page.attachments)
    tab = page.attachments
    assert not tab.sealed_box.isChecked()  # a complaint's files are not secret by default
    assert tab.model.rowCount() == 0 and not tab.empty.isHidden()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    with qtbot.waitSignal(tab.added, timeout=WAIT), qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1 and tab.empty.isHidden()
    info = tab.model.attachment(0)
    assert info is not None and info.filename == "bien-ban-xac-minh.pdf"
    assert info.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert info.size == scan.stat().st_size and info.added_by == "Cán bộ xuly"
    qtmodeltester.check(tab.model)

    rect = tab.view.visualRect(tab.model.index(0, COL_NAME))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    with qtbot.waitSignal(tab.opened, timeout=WAIT) as opened:
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened.args[0]).read_bytes() == scan.read_bytes()
    assert urls and urls[0].toLocalFile() == opened.args[0]
    copy = tmp_path / "ban-sao.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    with qtbot.waitSignal(tab.saved, timeout=WAIT):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == scan.read_bytes()
    with cases.org.db.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions.count("attachment.view") == 2 and "attachment.add" in actions


def test_a_sealed_file_is_hidden_from_others(
    qtbot: QtBot, qtmodeltester, cases, bus, runner, monkeypatch, tmp_path: Path
) -> None:
    scan = tmp_path / "don-viet-tay-Tran-Thi-Binh.jpg"
    scan.write_bytes(b"\xff\xd8\xff handwriting")
    page = open_case(qtbot, cases, cases.org.handler, cases.denunciation, bus, runner)
    tab = page.attachments
    assert tab.sealed_box.isChecked()  # a denunciation's files are secret by default
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    mine = tab.model.attachment(0)
    assert mine is not None and mine.sealed and not mine.masked
    assert mine.filename == scan.name

    other = open_case(qtbot, cases, cases.org.other_handler, cases.denunciation, bus, runner)
    hidden = other.attachments
    qtmodeltester.check(hidden.model)
    assert hidden.model.index(0, COL_NAME).data() == SEALED_FILE
    assert hidden.model.index(0, COL_NOTE).data() != ""
    hidden.view.selectRow(0)
    assert not hidden.open_button.isEnabled() and not hidden.save_button.isEnabled()
    texts = [
        str(hidden.model.index(r, c).data())
        for r in range(hidden.model.rowCount())
        for c in range(hidden.model.columnCount(QModelIndex()))
    ]
    assert not any("Tran-Thi-Binh" in t for t in texts)


def test_the_public_conclusion_is_issued_after_its_preview_is_confirmed(
    qtbot: QtBot, cases, bus, runner, tmp_path: Path
):
    with cases.org.db.session() as s:
        case = s.get(Case, cases.denunciation)
        assert case is not None
        case.summary = "Bà Bình (ĐT 0987 654 321) tố cáo cán bộ địa chính"
        on = case.accepted_on
        assign_verification(s, cases.org.handler, cases.denunciation, on=on, verifier="Tổ xác minh")
        submit_verification_report(
            s, cases.org.handler, cases.denunciation, on=on, summary="Chị Bình cung cấp chứng cứ"
        )
        conclude_denunciation(
            s,
            cases.org.handler,
            cases.denunciation,
            result="dung_mot_phan",
            on=on,
            number="35/KL-UBND",
        )
    page = open_case(qtbot, cases, cases.org.handler, cases.denunciation, bus, runner)
    page.tabs.setCurrentWidget(page.documents)
    public = _action(page.documents, "tc.conclusion_public")
    assert public.isEnabled(), public.toolTip()

    with qtbot.waitSignal(page.publication_asked, timeout=WAIT) as asked:
        public.trigger()
    dialog = asked.args[0]
    assert isinstance(dialog, PublicationPreviewDialog)
    text = dialog.text.toPlainText()
    assert "Bình" not in text and "654" not in text and "[đã che]" in text
    assert not dialog.issue_button.isEnabled()
    dialog.grab().save(str(tmp_path / "publication_preview.png"))
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.issue_button.isEnabled()
    with (
        qtbot.waitSignal(page.documents.preview_opened, timeout=WAIT) as opened,
        qtbot.waitSignal(page.loaded, timeout=WAIT),
    ):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    opened.args[0].close()
    with cases.org.db.session() as s:
        confirmed = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.public_preview_confirmed")
        ).one()
    assert confirmed.detail["digest"] == dialog.preview.digest


def test_cancelling_the_preview_issues_nothing(qtbot: QtBot, cases, bus, runner):
    with cases.org.db.session() as s:
        on = s.get(Case, cases.denunciation).accepted_on  # type: ignore[union-attr]
        assign_verification(s, cases.org.handler, cases.denunciation, on=on, verifier="Tổ")
        submit_verification_report(s, cases.org.handler, cases.denunciation, on=on, summary="X")
        conclude_denunciation(
            s, cases.org.handler, cases.denunciation, result="sai", on=on, number="36/KL-UBND"
        )
    page = open_case(qtbot, cases, cases.org.handler, cases.denunciation, bus, runner)
    with qtbot.waitSignal(page.publication_asked, timeout=WAIT) as asked:
        _action(page.documents, "tc.conclusion_public").trigger()
    asked.args[0].reject()
    runner.wait()
    with cases.org.db.session() as s:
        assert not s.scalars(
            select(Document).where(Document.form_code == "tc.conclusion_public")
        ).all()


def test_save_pdf_writes_the_stored_vector_bytes(
    qtbot: QtBot, cases, bus, runner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Issue 9 item 8: "Lưu bản PDF" saves the stored PDF itself, not a printed raster."""
    from pypdf import PdfReader

    from tcd_desktop.services.documents import document_bytes

    page = open_case(qtbot, cases, cases.org.handler, cases.complaint, bus, runner)
    page.tabs.setCurrentWidget(page.documents)
    tab = page.documents
    with (
        qtbot.waitSignal(tab.preview_opened, timeout=WAIT) as opened,
        qtbot.waitSignal(page.loaded, timeout=WAIT),
    ):
        _action(tab, "kn.acceptance").trigger()
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.save_button.text() == "Lưu bản PDF…" and preview.save_button.isVisible()
    target = tmp_path / "thong-bao"
    asked: list[str] = []

    def choose(_parent, _title, name, _filter):  # type: ignore[no-untyped-def]
        asked.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(preview.saved, timeout=WAIT):
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    new = tab.selected()
    assert new is not None
    with cases.org.db.session() as s:
        stored = document_bytes(s, cases.org.handler, new.id)
    assert saved.read_bytes() == stored == preview.data
    assert asked and asked[0].endswith(".pdf") and " " not in asked[0]
    text = PdfReader(saved).pages[0].extract_text()
    assert "THỤ LÝ" in text.upper()  # real text: a vector PDF, not a picture
    assert saved.stat().st_size < 200_000
