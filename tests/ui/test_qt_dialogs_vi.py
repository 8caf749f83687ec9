"""Qt's own dialogs speak Vietnamese (translations/qtbase_vi.ts), and English starts in English.

Set ``TCD_SCREENSHOTS=/some/folder`` to keep PNGs of the file and print dialogs.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tcd_desktop.ui.i18n import install_translators, remove_translators

B = QDialogButtonBox.StandardButton


def texts(widget: QWidget) -> set[str]:
    found = {w.text() for w in widget.findChildren(QLabel)}
    found |= {w.text() for w in widget.findChildren(QAbstractButton)}
    return {t.replace("&", "") for t in found if t}


def keep(widget: QWidget, name: str) -> None:
    folder = os.environ.get("TCD_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_standard_buttons_are_vietnamese(qtbot: QtBot) -> None:
    box = QDialogButtonBox(B.Ok | B.Cancel | B.Save | B.Yes | B.No | B.Close | B.Apply)
    qtbot.addWidget(box)
    shown = {box.button(b).text().replace("&", "") for b in (B.Ok, B.Cancel, B.Save, B.Yes)}
    assert shown == {"Đồng ý", "Hủy", "Lưu", "Có"}
    assert box.button(B.Apply).text() == "Áp dụng"


def test_edit_menu_is_vietnamese(qtbot: QtBot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    actions = {a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()}
    assert {"Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= actions


def test_file_dialog_is_vietnamese(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "Lưu bản PDF", str(tmp_path), "Tệp PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.resize(800, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = texts(dialog)
    assert {"Tìm trong:", "Tên tệp:", "Loại tệp:", "Lưu", "Hủy"} <= shown, shown
    keep(dialog, "file-dialog-vi.png")


def test_print_dialog_is_vietnamese(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = texts(dialog)
    assert {"In", "Hủy", "Tên:", "Trang"} & shown and "Print" not in shown, shown
    keep(dialog, "print-dialog-vi.png")


def test_english_start_shows_the_source_texts(qtbot: QtBot, qm_dir: Path) -> None:
    """With ``--lang en`` no catalogue is installed: our texts and Qt's are the English sources."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert QCoreApplication.translate("ServiceDialog", "Save") == "Lưu"
    installed = app.findChildren(QTranslator)
    assert installed, "the session's Vietnamese translators are children of the application"
    remove_translators(app, installed)
    try:
        assert install_translators(app, "en", directory=str(qm_dir)) == []
        assert QCoreApplication.translate("ServiceDialog", "Save") == "Save"
        box = QDialogButtonBox(B.Cancel)
        qtbot.addWidget(box)
        assert box.button(B.Cancel).text().replace("&", "") == "Cancel"
    finally:
        for translator in installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
