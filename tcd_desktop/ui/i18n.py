"""Vietnamese user interface: our own ``.qm`` catalogue plus Qt's standard buttons.

Qt ships no Vietnamese ``qtbase`` catalogue, so the texts Qt itself puts on standard
buttons (QDialogButtonBox, QMessageBox) and on the edit context menus are translated here by
:class:`QtBaseVietnameseTranslator`. Our own strings are English in the source, wrapped in
``tr()``; ``translations/tcd_desktop_vi.ts`` holds the Vietnamese and ``dev.py`` builds the
``.qm`` that :func:`install_translators` loads.
"""

from __future__ import annotations

import logging
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tcd_desktop.config.resources import translations_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
CATALOGUE_NAME = "tcd_desktop"

_EDIT_MENU = {
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "&Cắt",
    "&Copy": "&Sao chép",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
}

_STANDARD_BUTTONS = {
    "OK": "Đồng ý",
    "&OK": "Đồng ý",
    "Save": "Lưu",
    "&Save": "&Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "Yes": "Có",
    "&Yes": "&Có",
    "Yes to &All": "Có cho &tất cả",
    "No": "Không",
    "&No": "&Không",
    "N&o to All": "Không cho tất cả",
    "Abort": "Hủy bỏ",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Close": "Đóng",
    "&Close": "Đóng",
    "Cancel": "Hủy",
    "&Cancel": "&Hủy",
    "Discard": "Không lưu",
    "Close without Saving": "Đóng không lưu",
    "Help": "Trợ giúp",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
    "Show Details...": "Xem chi tiết...",
    "Hide Details...": "Ẩn chi tiết...",
}


class QtBaseVietnameseTranslator(QTranslator):
    """Vietnamese for the few texts Qt's own widgets show (standard buttons, edit menus)."""

    #: context -> {English source: Vietnamese}
    CATALOGUE: ClassVar[dict[str, dict[str, str]]] = {
        "QPlatformTheme": _STANDARD_BUTTONS,
        "QGnomeTheme": _STANDARD_BUTTONS,
        "QDialogButtonBox": _STANDARD_BUTTONS,
        "QMessageBox": _STANDARD_BUTTONS,
        "QLineEdit": _EDIT_MENU,
        "QWidgetTextControl": _EDIT_MENU,
    }

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """Return the Vietnamese text, or None so that Qt falls back to the source text.

        An empty string would be taken as a real (blank) translation.
        """
        return self.CATALOGUE.get(context, {}).get(source_text)

    def isEmpty(self) -> bool:
        """Never empty, so Qt consults it."""
        return False


def install_translators(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE, *, directory: str | None = None
) -> list[QTranslator]:
    """Install the translators for ``language`` on ``app`` and return them.

    The caller must keep the returned list alive as long as the application runs. English
    (``"en"``) installs nothing. A missing ``.qm`` is logged and the source texts are shown:
    the application still works, in English.
    """
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translators: list[QTranslator] = [QtBaseVietnameseTranslator(app)]
    catalogue = QTranslator(app)
    folder = directory or str(translations_dir())
    if catalogue.load(f"{CATALOGUE_NAME}_{language}", folder):
        translators.append(catalogue)
    else:
        log.warning(
            "Translation %s_%s.qm not found in %s; showing English texts "
            "(run 'python3 dev.py run' or 'python3 dev.py translations' to build it)",
            CATALOGUE_NAME,
            language,
            folder,
        )
    for translator in translators:
        app.installTranslator(translator)
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (used by tests and when switching language)."""
    for translator in translators:
        app.removeTranslator(translator)


def translate(context: str, text: str) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP(context, text)``."""
    return QCoreApplication.translate(context, text)


__all__ = [
    "DEFAULT_LANGUAGE",
    "QtBaseVietnameseTranslator",
    "install_translators",
    "remove_translators",
    "translate",
]
