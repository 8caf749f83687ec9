"""Issue 8: a form whose number is still UNCONFIRMED says so before the officer issues it.

The case screen's "New document" menu marks the entry of a form version flagged
``unconfirmed`` in ``resources/forms`` (suffix and tooltip line, from the service's
``DocumentChoice.unconfirmed``); an entry whose form number is checked, or which claims no
number (a reference template), carries no mark.  The same holds in the menu's English text.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tcd_desktop.documents.versions import version_on
from tcd_desktop.services.board import today_vn
from tcd_desktop.store.database import Database
from tcd_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tcd_desktop.ui.widgets.unconfirmed import offer, unconfirmed_suffix
from tests.ui.test_case_detail import CaseFixture, make_cases, open_case

SHOTS = Path(os.environ.get("TCD_SHOTS", "/tmp/legal9_shots"))
MARK = " (số mẫu chưa đối chiếu Công báo)"


@pytest.fixture
def cases(sqlite_db: Database) -> CaseFixture:
    return make_cases(sqlite_db, today_vn())


def _actions(page):  # type: ignore[no-untyped-def]
    return {a.data().form_code: a for a in page.documents.choice_actions()}


def test_the_translated_mark_is_the_one_the_menu_shows() -> None:
    assert unconfirmed_suffix() == MARK
    assert QCoreApplication.translate(
        "UnconfirmedForm", "The form number is not yet checked against the Official Gazette: %1"
    ).startswith("Số mẫu văn bản chưa được đối chiếu với Công báo")


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_flagged_form_is_marked_in_the_case_menu_and_a_checked_one_is_not(
    qtbot: QtBot, cases: CaseFixture, bus, runner
) -> None:
    today = today_vn()
    flagged = version_on("kn.acceptance", today)
    assert flagged.version == "ND155-2026-M03" and flagged.reference_unconfirmed
    page = open_case(qtbot, cases, cases.org.handler, cases.complaint, bus, runner)
    actions = _actions(page)
    acceptance = actions["kn.acceptance"]
    assert acceptance.text() == flagged.name_vi + MARK
    assert acceptance.data().unconfirmed == flagged.unconfirmed
    tip = acceptance.toolTip().splitlines()
    assert tip[-1] == ("Số mẫu văn bản chưa được đối chiếu với Công báo: " + flagged.unconfirmed)
    # a reference template claims no number: no mark, though its version has a note
    template = actions["kn.verification_decision"]
    assert version_on("kn.verification_decision", today).unconfirmed
    assert "Công báo" not in template.text() and "Công báo" not in template.toolTip()
    assert not template.data().unconfirmed

    SHOTS.mkdir(parents=True, exist_ok=True)
    menu = page.documents.generate_menu
    button = page.documents.generate_button
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitExposed(menu)
    assert menu.grab().save(str(SHOTS / "case_menu_unconfirmed.png"))
    menu.hide()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_confirmed_numbered_form_carries_no_mark(
    qtbot: QtBot, cases: CaseFixture, bus, runner
) -> None:
    """NĐ 31/2019 Mẫu 04 (QĐ thụ lý tố cáo) is the 2019 form NĐ 156/2026 keeps: no mark."""
    version = version_on("tc.acceptance_decision", today_vn())
    assert version.form_number == "Mẫu số 04" and not version.unconfirmed
    page = open_case(qtbot, cases, cases.org.leader, cases.denunciation, bus, runner)
    actions = _actions(page)
    decision = actions["tc.acceptance_decision"]
    assert decision.text() == version.name_vi and not decision.data().unconfirmed
    assert "Công báo" not in decision.toolTip()
    marked = [code for code, a in actions.items() if a.text().endswith(MARK)]
    assert marked and all(version_on(c, today_vn()).reference_unconfirmed for c in marked)


def test_the_preview_says_it_and_an_unflagged_one_does_not(qtbot: QtBot) -> None:
    import datetime as dt

    from tcd_desktop.documents.registry import render
    from tests.documents import samples

    day = dt.date(2026, 7, 1)
    note = version_on("kn.acceptance", day).reference_unconfirmed
    pdf = render("kn.acceptance", samples.complaint_acceptance(on=day)).pdf
    flagged = PdfPreviewDialog(pdf, "TB", None, unconfirmed=note)
    plain = PdfPreviewDialog(pdf, "TB", None)
    for dialog in (flagged, plain):
        qtbot.addWidget(dialog)
    assert note and not flagged.unconfirmed.isHidden()
    assert flagged.unconfirmed.text() == f"Số mẫu văn bản chưa được đối chiếu với Công báo: {note}"
    assert plain.unconfirmed.isHidden() and not plain.unconfirmed.text()
    flagged.resize(900, 700)
    flagged.show()
    qtbot.waitExposed(flagged)
    qtbot.wait(300)  # the page is rendered asynchronously
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert flagged.grab().save(str(SHOTS / "preview_unconfirmed.png"))


def test_offer_keeps_an_unflagged_entry_as_it_was(qtbot: QtBot) -> None:
    from PySide6.QtGui import QAction

    action = QAction()
    offer(action, "Phiếu hẹn", "Đã lập: 1", "")
    assert action.text() == "Phiếu hẹn" and action.toolTip() == "Đã lập: 1"
