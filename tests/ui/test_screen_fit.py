"""Every window fits a 1366×768 screen, with its buttons on screen, empty, with errors, saved.

The GUI tests run on an offscreen 1366×768 screen (tests/conftest.py). A window whose layout
asks for more than the screen grows past it: the frame is checked against the screen's
available geometry and every visible button against the window's rectangle.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QScrollArea,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas
from sqlalchemy import select

from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Case
from tcd_desktop.ui.case import CaseDetailDialog
from tcd_desktop.ui.case.pdf_preview import PdfPreviewDialog
from tcd_desktop.ui.login import LoginDialog
from tcd_desktop.ui.main_window import MainWindow
from tcd_desktop.ui.shell import install_screens
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.ui.desk_fixtures import actor_of
from tests.ui.reception_steps import fill_citizen, type_into, wait_saved
from tests.ui.test_case_steps import WAIT, click_step, open_page

SCREEN = QSize(1366, 768)
SAMPLE_USERS = ("tiepdan", "xulydon", "lanhdao", "giamsat", "quantri")


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TCD_DATA_DIR", str(tmp_path / "data"))
    yield


def _inside_scrolling(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea | QAbstractItemView | QTabBar):
            return True
        parent = parent.parentWidget()
    return False


def assert_fits(window: QWidget, state: str) -> None:
    """The window lies inside the 1366×768 screen and its visible buttons inside it."""
    QApplication.processEvents()
    area = window.screen().availableGeometry()
    assert area.size() == SCREEN, "the tests must run on a 1366×768 screen"
    name = f"{window.objectName()} ({state})"
    frame = window.frameGeometry()
    assert area.contains(frame), f"{name}: {frame} is not inside the screen {area}"
    hint = window.minimumSizeHint()
    assert hint.width() <= area.width() and hint.height() <= area.height(), (
        f"{name}: its contents ask for {hint}, more than the screen"
    )
    inner = QRect(QPoint(0, 0), window.size())
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _inside_scrolling(button, window):
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert inner.contains(rect), f"{name}: button {button.text()!r} at {rect} is cut off"


def test_every_screen_of_every_role_fits(qtbot: QtBot, sample_db: Database) -> None:
    for username in SAMPLE_USERS:
        window = MainWindow(sample_db)
        qtbot.addWidget(window)
        window.show()
        screens = install_screens(window, sample_db, actor_of(sample_db, username))
        assert_fits(window, f"{username}, just signed in")
        assert window.is_sample_badge_shown() and window.sample_badge.isVisible()
        shown = 0
        for key in window.screen_keys():
            if window.is_screen_visible(key):
                window.show_screen(key)
                qtbot.wait(50)
                assert_fits(window, f"{username}, {key}")
                shown += 1
        assert shown > 0, username
        window.close()
        del screens


def test_reception_fits_empty_with_errors_and_saved(qtbot: QtBot, desk_db: Database) -> None:
    window = MainWindow(desk_db)
    qtbot.addWidget(window)
    window.show()
    screens = install_screens(window, desk_db, actor_of(desk_db, "tiepdan"))
    page = screens.pages["reception"]
    qtbot.waitUntil(lambda: page.form.visit.officer.count() > 0, timeout=5000)  # type: ignore[attr-defined]
    assert_fits(window, "empty")
    page.save()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=5000)  # type: ignore[attr-defined]
    assert page.form.errors.shown()  # type: ignore[attr-defined]
    assert_fits(window, "errors shown")
    fill_citizen(qtbot, page)  # type: ignore[arg-type]
    editor = page.form.petitions.editors()[0]  # type: ignore[attr-defined]
    type_into(qtbot, editor.summary, "Đề nghị cấp giấy chứng nhận quyền sử dụng đất", leave=False)
    page.save()  # type: ignore[attr-defined]
    wait_saved(qtbot, page)  # type: ignore[arg-type]
    assert_fits(window, "saved")
    label = page.number_label  # type: ignore[attr-defined]
    assert label.text().startswith("Đã lưu phiếu số")


def test_case_window_and_pdf_preview_fit(qtbot: QtBot, sample_db: Database) -> None:
    actor = actor_of(sample_db, "xulydon")
    with sample_db.session() as session:
        case_id = session.scalar(select(Case.id).order_by(Case.code).limit(1))
    assert case_id is not None
    dialog = CaseDetailDialog(sample_db, actor, ChangeBus(), BackgroundRunner())
    qtbot.addWidget(dialog)
    dialog.show_case(case_id)
    qtbot.waitUntil(lambda: dialog.page.data is not None, timeout=10000)
    assert_fits(dialog, "case loaded")
    preview = PdfPreviewDialog(_one_page_pdf(), "Văn bản")
    qtbot.addWidget(preview)
    preview.show()
    assert_fits(preview, "preview")


def _one_page_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(100, 750, "Trang thử")
    pdf.save()
    return out.getvalue()


def test_login_fits(qtbot: QtBot, desk_db: Database) -> None:
    dialog = LoginDialog(desk_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_fits(dialog, "empty")
    dialog.submit()
    assert_fits(dialog, "error shown")


def test_step_dialogue_help_and_password_dialogs_fit(
    qtbot: QtBot,
    complaint,
    bus,
    runner,
    desk_db: Database,
) -> None:
    from tcd_desktop.ui.help import HelpDialog
    from tcd_desktop.ui.session import ChangePasswordDialog

    org, case_id = complaint
    page = open_page(qtbot, org, case_id, bus, runner)
    for step in ("assign_verification", "dialogue_scheduled"):
        dialog = click_step(qtbot, page, step)
        qtbot.waitUntil(lambda d=dialog: d.ok.isEnabled(), timeout=WAIT)
        assert_fits(dialog, f"{step} empty")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda d=dialog: d.error.isVisible(), timeout=WAIT)
        assert_fits(dialog, f"{step} errors shown")
        dialog.reject()
    for window in (HelpDialog(), ChangePasswordDialog(desk_db, actor_of(desk_db, "tiepdan"))):
        qtbot.addWidget(window)
        window.show()
        assert_fits(window, "shown")
