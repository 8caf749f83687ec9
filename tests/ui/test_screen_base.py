"""The one screen base: expected failures become text on the screen, bugs the crash dialog."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.ui.board.base import TrackedPage as BoardTrackedPage
from tcd_desktop.ui.case.pdf_preview import PdfPreviewDialog as CasePdfPreview
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.page import ScreenPage, TrackedPage, error_text
from tcd_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

NOBODY = Actor(user_id=None, username="nobody", full_name="Nobody")


def test_there_is_one_screen_base_and_one_pdf_preview() -> None:
    assert BoardTrackedPage is TrackedPage and issubclass(ScreenPage, TrackedPage)
    assert CasePdfPreview is PdfPreviewDialog


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (PermissionDenied("Không có quyền."), "Không có quyền."),
        (OperationalError("select 1", {}, Exception("locked")), "không truy cập được"),
        (OSError(28, "No space left on device"), "No space left"),
    ],
)
def test_an_expected_failure_becomes_its_own_words(exc: Exception, expected: str) -> None:
    assert expected.lower() in error_text(exc, "tb", "fallback").lower()


def test_a_bug_becomes_the_fallback_text_not_a_traceback() -> None:
    assert error_text(KeyError("x"), "Traceback ...", "Could not load.") == "Could not load."


def test_screen_page_shows_refusals_in_its_message_bar(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashes: list[Any] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: crashes.append(args))
    bus = ChangeBus()
    runner = BackgroundRunner(bus=bus)
    page = ScreenPage(None, NOBODY, bus, runner)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()

    def refuse() -> None:
        raise PermissionDenied("Tài khoản nobody không có quyền.")

    page.run_task(refuse)
    qtbot.waitUntil(lambda: page.message_bar.isVisible(), timeout=5000)
    assert "không có quyền" in page.message_bar.text() and not crashes

    page.run_task(lambda: {}["missing"])
    qtbot.waitUntil(lambda: bool(crashes), timeout=5000)
    assert crashes[0][0] is KeyError


def test_track_drops_connections_when_the_page_goes(qtbot: QtBot) -> None:
    bus = ChangeBus()
    seen: list[str] = []
    page = TrackedPage()
    page.track(bus.changed, lambda kind, _ids: seen.append(kind))
    bus.changed.emit("case", frozenset())
    page.deleteLater()
    qtbot.waitUntil(lambda: not page.alive(), timeout=2000)
    bus.changed.emit("case", frozenset())
    assert seen == ["case"]
