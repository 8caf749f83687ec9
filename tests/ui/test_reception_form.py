"""The intake form driven like an officer would: typing, clicking, Ctrl+S, Ctrl+P."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.services.reception import read as intake_read
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import (
    AuditEntry,
    Citizen,
    Document,
    Petition,
    Reception,
    ReceptionParticipant,
)
from tcd_desktop.ui.reception import ReceptionPage
from tcd_desktop.ui.reception.petition_editor import PetitionEditor
from tests.ui.desk_fixtures import actor_of, wired
from tests.ui.reception_steps import (
    add_row,
    check,
    fill_citizen,
    pick,
    save,
    type_into,
    wait_saved,
)
from tests.ui.vn_typing import type_text

# --- the full intake ------------------------------------------------------------------------


def test_full_intake_mass_delegation_documents_and_receipt(
    qtbot: QtBot,
    page: ReceptionPage,
    desk_db: Database,
    tmp_path: Path,
) -> None:
    fill_citizen(qtbot, page)
    visit = page.form.visit
    visit.headcount.selectAll()
    type_into(qtbot, visit.headcount, "12")
    assert visit.mass_box.isVisibleTo(page)
    assert visit.mass_box.title() == "Đoàn đông người — 12 người"

    # five more representatives than the citizen: too many for 12 people (at most 5)
    for i in range(5):
        add_row(qtbot, visit.representatives, [f"Người Đại Diện {i + 1}", "", "", "Cao Lộc"])
    assert "tối đa 5 người đại diện" in visit.representatives.error()
    visit.representatives.view.setCurrentIndex(visit.representatives.model.index(4, 0))
    qtbot.mouseClick(visit.representatives.remove_button, Qt.MouseButton.LeftButton)
    assert visit.representatives.error() == ""

    editor: PetitionEditor = page.form.petitions.editors()[0]
    pick(editor.kind, "khieu_nai")
    pick(editor.field, "HC-DD")
    type_into(
        qtbot,
        editor.summary,
        "Khiếu nại quyết định thu hồi đất của Ủy ban nhân dân xã, đề nghị bồi thường thỏa đáng",
    )
    type_into(qtbot, editor.respondent, "Chủ tịch Ủy ban nhân dân xã Cao Lộc")
    add_row(qtbot, editor.prior, ["Ủy ban nhân dân xã Cao Lộc", "123/QĐ-UBND", "05/3/2025", ""])
    add_row(qtbot, editor.documents, ["Đơn khiếu nại", "3", "original"])
    add_row(
        qtbot, editor.documents, ["Quyết định thu hồi đất số 45/QĐ-UBND", "2", "certified_copy"]
    )

    # Save without the written appointment: the message is next to the checkbox, nothing lost
    save(qtbot, page)
    qtbot.waitUntil(lambda: page.save_button.isEnabled())
    assert "bằng văn bản" in visit.appointed_box.error()
    assert "Ghi tên văn bản cử người đại diện." in visit.appointment_box.error()
    assert page.saved is None
    assert page.form.citizen.full_name.text() == "Nguyễn Văn Bình"
    check(qtbot, visit.appointed)
    type_into(qtbot, visit.appointment_document, "Văn bản cử đại diện ngày 02/3/2026, 12 chữ ký")

    # a second content item: a recommendation guided to another body
    qtbot.mouseClick(page.form.petitions.add_button, Qt.MouseButton.LeftButton)
    second: PetitionEditor = page.form.petitions.editors()[1]
    pick(second.kind, "kien_nghi")
    type_into(qtbot, second.summary, "Kiến nghị sửa chữa đường giao thông liên thôn")
    pick(second.action, "guide")
    type_into(qtbot, second.body, "Ủy ban nhân dân tỉnh Lạng Sơn")
    assert page.form.petitions.tabs.tabText(1) == "Nội dung 2: Kiến nghị"

    save(qtbot, page)
    wait_saved(qtbot, page)
    saved = page.saved
    assert saved is not None and saved.is_mass
    assert saved.number.startswith("LS-01-")
    assert saved.receipt_number is not None
    assert saved.number in page.number_label.text()
    assert saved.receipt_number in page.number_label.text()
    assert not page.form.isEnabled()

    with desk_db.session() as session:
        reception = session.get(Reception, saved.reception_id)
        assert reception is not None
        assert (reception.headcount, reception.is_mass, reception.representatives_appointed) == (
            12,
            True,
            True,
        )
        roles = session.scalars(
            select(ReceptionParticipant.role).where(
                ReceptionParticipant.reception_id == reception.id
            )
        ).all()
        assert sorted(roles) == ["representative"] * 5
        petitions = session.scalars(
            select(Petition).where(Petition.reception_id == reception.id).order_by(Petition.number)
        ).all()
        assert [p.kind for p in petitions] == ["khieu_nai", "kien_nghi"]
        assert petitions[0].documents_received == [
            {"name": "Đơn khiếu nại", "pages": 3, "condition": "original"},
            {
                "name": "Quyết định thu hồi đất số 45/QĐ-UBND",
                "pages": 2,
                "condition": "certified_copy",
            },
        ]
        assert petitions[0].prior_handling[0]["decided_on"] == "2025-03-05"
        assert petitions[1].status == "guided"
        citizen = session.get(Citizen, reception.citizen_id)
        assert citizen is not None and citizen.phone == "0912345678"
        actions = session.scalars(select(AuditEntry.action)).all()
        assert "reception.create" in actions and actions.count("petition.create") == 2

    # Ctrl+P: the receipt is issued once, stored with its hash, previewed
    assert page.print_button.hasFocus()
    qtbot.keyClick(page.print_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.receipt.dialog is not None, timeout=15000)
    dialog = page.receipt.dialog
    assert dialog is not None
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.pdf)).pages)
    flat = " ".join(text.split())
    for expected in (
        saved.receipt_number,
        "GIẤY BIÊN NHẬN",
        "Nguyễn Văn Bình",
        "001080012345",
        "Đơn khiếu nại",
        "Quyết định thu hồi đất số 45/QĐ-UBND",
        "Bản sao có chứng thực",
        "Nguyễn Thị Tiếp",
    ):
        assert expected in flat, expected
    with desk_db.session() as session:
        stored = session.scalars(
            select(Document).where(Document.reception_id == saved.reception_id)
        ).one()
        assert stored.sha256 == hashlib.sha256(dialog.pdf).hexdigest()
    # save the PDF and print it to a PDF printer; both read back
    copy = tmp_path / "bien-nhan.pdf"
    dialog.save_to(copy)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == stored.sha256
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == dialog.document.pageCount() >= 1
    assert len(PdfReader(printed).pages) == dialog.document.pageCount()
    dialog.close()

    # Ctrl+N: a blank form for the next citizen
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.search.edit.setFocus()
    qtbot.keyClick(page.search.edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.saved is None and page.form.isEnabled()
    assert page.form.citizen.full_name.text() == ""
    assert page.number_label.text() == "Chưa lưu"


def test_field_errors_are_shown_next_to_fields_and_text_is_kept(
    qtbot: QtBot, page: ReceptionPage
) -> None:
    citizen = page.form.citizen
    type_into(qtbot, citizen.id_number.edit, "12345")
    assert citizen.id_number.error().startswith("Số CCCD phải gồm 12 chữ số")
    assert citizen.id_number.message.isVisibleTo(page)
    assert citizen.id_number.text() == "12345"
    type_into(qtbot, citizen.phone.edit, "0123")
    assert citizen.phone.error() != ""
    # fixing the number clears the message while typing
    citizen.id_number.edit.setFocus()
    type_text(citizen.id_number.edit, "6789012")
    assert citizen.id_number.error() == ""
    # birth year contradicting the CCCD is a warning, not an error
    citizen.id_number.edit.clear()
    type_into(qtbot, citizen.birth_year.edit, "1975")
    type_into(qtbot, citizen.id_number.edit, "001080012345")
    assert citizen.id_number.error() == ""
    assert "không khớp" in citizen.id_number.message.text()
    # Save with no name and no content: the service's messages land next to the fields
    save(qtbot, page)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=5000)
    shown = page.form.errors.shown()
    assert "Chưa nhập họ và tên." in shown["citizen.full_name"]
    assert "Chưa nhập tóm tắt nội dung." in shown["petitions[0].summary"]
    assert page.saved is None


def test_sealed_denouncer_and_leader_required(qtbot: QtBot, page: ReceptionPage) -> None:
    editor = page.form.petitions.editors()[0]
    pick(editor.kind, "to_cao")
    assert page.form.citizen.title() == "1. Người tố cáo (được giữ bí mật)"
    assert page.form.citizen.sealed_note.isVisibleTo(page)
    pick(page.form.visit.kind, "periodic")
    fill_citizen(qtbot, page)
    type_into(qtbot, editor.summary, "Tố cáo cán bộ địa chính nhận tiền của dân")
    save(qtbot, page)
    qtbot.waitUntil(lambda: page.save_button.isEnabled())
    assert "lãnh đạo" in page.form.visit.leader_box.error()
    pick(page.form.visit.leader, page.form.visit.leader.itemData(1))
    save(qtbot, page)
    wait_saved(qtbot, page)


# --- refusal, keyboard, proxies, both databases ----------------------------------------------------------


def test_refusal_with_legal_ground(
    qtbot: QtBot,
    page: ReceptionPage,
    desk_db: Database,
) -> None:
    fill_citizen(qtbot, page)
    type_into(qtbot, page.form.petitions.editors()[0].summary, "Đòi gặp lãnh đạo, lớn tiếng")
    refusal = page.form.refusal
    assert not refusal.ground.isEnabled()
    check(qtbot, refusal.refuse)
    assert refusal.ground.isEnabled()
    assert not page.form.petitions.editors()[0].action.isEnabled()
    pick(refusal.ground, "luat9_4")
    assert "Điều 9 khoản 4" in refusal.citation.text()
    save(qtbot, page)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=5000)
    assert refusal.note_box.error() == "Ghi rõ căn cứ pháp luật khác làm cơ sở từ chối."
    pick(refusal.ground, "luat9_2")
    save(qtbot, page)
    wait_saved(qtbot, page)
    assert page.saved is not None and page.saved.outcome == "refuse"
    assert page.saved.receipt_number is None
    assert not page.print_button.isEnabled()
    with desk_db.session() as session:
        record = intake_read.load_visit(session, page.actor, page.saved.reception_id)
    assert (record.outcome, record.refusal_ground) == ("refuse", "luat9_2")
    assert [p.status for p in record.petitions] == ["rejected"]


def test_tab_order_follows_the_form(qtbot: QtBot, page: ReceptionPage) -> None:
    citizen = page.form.citizen
    expected = [
        citizen.full_name.edit,
        citizen.birth_year.edit,
        citizen.gender,
        citizen.id_kind,
        citizen.id_number.edit,
        citizen.phone.edit,
        citizen.address.edit,
        citizen.commune.edit,
        citizen.province,
        citizen.has_agent,
    ]
    page.search.edit.setFocus()
    qtbot.waitUntil(lambda: page.search.edit.hasFocus())
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    # the agent block is hidden: Tab skips it and goes on to the visit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.form.visit.received_at


def test_proxy_needs_the_document_that_proves_it(
    qtbot: QtBot,
    page: ReceptionPage,
    desk_db: Database,
) -> None:
    fill_citizen(qtbot, page)
    type_into(qtbot, page.form.petitions.editors()[0].summary, "Khiếu nại việc cấp giấy chứng nhận")
    citizen = page.form.citizen
    assert not citizen.agent_frame.isVisibleTo(page)
    check(qtbot, citizen.has_agent)
    assert citizen.agent_frame.isVisibleTo(page)
    pick(citizen.agent_role, "lawyer")
    type_into(qtbot, citizen.agent_name.edit, "Đỗ Minh Luật")
    save(qtbot, page)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=5000)
    assert "Luật sư phải xuất trình giấy tờ chứng minh" in citizen.agent_proof.error()
    type_into(
        qtbot, citizen.agent_proof.edit, "Thẻ luật sư số 1234/LS, giấy yêu cầu ngày 01/3/2026"
    )
    save(qtbot, page)
    wait_saved(qtbot, page)
    with desk_db.session() as session:
        record = intake_read.load_visit(session, page.actor, page.saved.reception_id)
    (lawyer,) = record.participants
    assert (lawyer.role, lawyer.full_name) == ("lawyer", "Đỗ Minh Luật")
    assert lawyer.proof_document.startswith("Thẻ luật sư số 1234/LS")


def test_save_and_print_on_each_database(
    qtbot: QtBot,
    db: Database,
    data_dir: Path,
) -> None:
    """The form saves and prints the same on SQLite and PostgreSQL."""
    from tcd_desktop.services import setup

    with db.session() as session:
        setup.create_office(
            session,
            "Ủy ban nhân dân xã Cao Lộc",
            "LS-CAOLOC",
            "Tỉnh Lạng Sơn",
            "LS-01",
            "quantri",
            "Hoàng Văn Quản",
            "matkhau123",
            province_code="20",
        )
    page = ReceptionPage(db, actor_of(db, "quantri"), *wired())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.form.visit.officer.count() > 0, timeout=5000)
    fill_citizen(qtbot, page)
    editor = page.form.petitions.editors()[0]
    type_into(qtbot, editor.summary, "Phản ánh đường liên thôn xuống cấp")
    add_row(qtbot, editor.documents, ["Ảnh chụp mặt đường", "2", "copy"])
    save(qtbot, page)
    wait_saved(qtbot, page)
    page.print_receipt()
    qtbot.waitUntil(lambda: page.receipt.dialog is not None, timeout=15000)
    text = PdfReader(io.BytesIO(page.receipt.dialog.pdf)).pages[0].extract_text()
    assert "Ảnh chụp mặt đường" in " ".join(text.split())
