"""The user interface language: our own catalogue plus one for Qt's own dialogs.

Our strings are English in the source, wrapped in ``tr()``; ``translations/tcd_desktop_vi.ts``
holds the Vietnamese. Qt ships no Vietnamese ``qtbase`` catalogue, so the texts Qt itself
shows (standard buttons, message boxes, the file and print dialogs, the edit context menus)
are translated by hand in ``translations/qtbase_vi.ts``. ``dev.py`` (and the bundle spec, and
the test set-up) build both into ``.qm`` files that :func:`install_translators` loads.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tcd_desktop.config.resources import translations_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
CATALOGUE_NAME = "tcd_desktop"
#: Qt's own texts, in the same folder (``qtbase_vi.qm``).
QT_CATALOGUE_NAME = "qtbase"
LANGUAGES = ("vi", "en")


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
    translators: list[QTranslator] = []
    folder = directory or str(translations_dir())
    for name in (QT_CATALOGUE_NAME, CATALOGUE_NAME):
        catalogue = QTranslator(app)
        if catalogue.load(f"{name}_{language}", folder):
            translators.append(catalogue)
        else:
            log.warning(
                "Translation %s_%s.qm not found in %s; showing English texts "
                "(run 'python3 dev.py run' or 'python3 dev.py translations' to build it)",
                name,
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
    "LANGUAGES",
    "install_translators",
    "remove_translators",
    "translate",
]
