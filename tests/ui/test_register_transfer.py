"""The register screen's export and import: round trip, preview model, re-imported files, row order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tcd_desktop.store.database import Database
from tcd_desktop.store.queries.register import (
    RegisterFilter,
    RegisterSort,
    iter_register_rows,
)
from tcd_desktop.ui.models.import_model import ImportPreviewModel
from tcd_desktop.ui.register import RegisterPage
from tests.ui.desk_fixtures import actor_of, wired
from tests.ui.register_helpers import cells, count, export, open_register, wait_count


def test_export_then_import_round_trip(
    qtbot: QtBot,
    sample_db: Database,
    desk_db: Database,
    tmp_path: Path,
    qtmodeltester,
) -> None:
    source = open_register(qtbot, sample_db)
    since = dt.date.today() - dt.timedelta(days=400)
    source.filters.date_from.setDate(since)
    # complaints only: the sample data's visits without any petition export with an empty
    # "Loại đơn", which the importer refuses (reported to the register_io owner)
    source.filters.kind.setCurrentIndex(source.filters.kind.findData("khieu_nai"))
    flt = RegisterFilter(date_from=since, kinds=("khieu_nai",))
    expected = count(sample_db, flt)
    wait_count(qtbot, source, expected)

    xlsx = tmp_path / "so.xlsx"
    export(qtbot, source, xlsx, "export_xlsx_button")
    sheet = load_workbook(xlsx).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "SỔ TIẾP CÔNG DÂN (Mẫu số 03/TCD)"
    assert values[2][:3] == ("STT", "Ngày tiếp", "Họ tên, địa chỉ")
    assert len(values) - 4 == expected
    assert isinstance(values[4][1], dt.datetime)  # a real date in Excel

    pdf = tmp_path / "so.pdf"
    export(qtbot, source, pdf, "export_pdf_button")
    first_page = PdfReader(pdf).pages[0].extract_text()
    assert "SỔ TIẾP CÔNG DÂN" in first_page and "Ngày tiếp" in first_page

    # spoil one row, then import into the empty office: the preview blocks it
    book = load_workbook(xlsx)
    book.active.cell(row=6, column=2).value = "ngày 31/02"
    bad = tmp_path / "so-loi.xlsx"
    book.save(bad)
    target = open_register(qtbot, desk_db)
    assert target.model.rowCount() == 0
    target.transfer.ask_open_path = lambda *_args: str(bad)
    qtbot.mouseClick(target.transfer.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.transfer.dialog is not None, timeout=15000)
    dialog = target.transfer.dialog
    assert dialog is not None
    qtmodeltester.check(dialog.model)
    assert dialog.model.blocking() == 1
    assert not dialog.import_button.isEnabled()
    assert "Chưa có gì được nhập" in dialog.summary.text()
    qtbot.mouseClick(dialog.exclude_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert count(desk_db) == 0

    # the clean file imports whole, and gives back the same register
    target.transfer.ask_open_path = lambda *_args: str(xlsx)
    qtbot.mouseClick(target.transfer.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.transfer.dialog is not dialog, timeout=15000)
    dialog = target.transfer.dialog
    assert dialog is not None and dialog.model.blocking() == 0
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_count(qtbot, target, expected)
    assert "Đã nhập" in target.message_bar.text()
    with sample_db.session() as a, desk_db.session() as b:
        before = [cells(r, i) for i, r in enumerate(iter_register_rows(a, flt), 1)]
        after = [cells(r, i) for i, r in enumerate(iter_register_rows(b), 1)]
    assert after == before


def test_import_preview_model(qtmodeltester, tmp_path: Path) -> None:
    from tcd_desktop.services.register.export import ImportPreview, ImportRow

    good = ImportRow(
        1,
        dt.date(2026, 3, 5),
        "Lò Văn Sáng",
        "Bản Phiêng",
        "020080001111",
        False,
        "Khiếu nại",
        ("khieu_nai",),
        1,
        "",
        True,
        "",
        "",
        "",
        "",
    )
    wrong = ImportRow(
        2,
        None,
        "X",
        "",
        "",
        False,
        "",
        (),
        1,
        "",
        False,
        "",
        "",
        "",
        "",
        errors=("Ngày tiếp không hợp lệ.",),
    )
    model = ImportPreviewModel(ImportPreview(tmp_path / "a.xlsx", (good, wrong)))
    qtmodeltester.check(model)
    assert model.blocking() == 1
    assert model.setData(
        model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert (model.blocking(), model.remaining()) == (0, 1)


def test_a_file_imported_before_needs_the_administrator(
    qtbot: QtBot,
    desk_db: Database,
    tmp_path: Path,
) -> None:
    """The same file twice is refused; an administrator may import it anyway, on purpose."""
    import csv

    from tcd_desktop.services.register.export import HEADERS

    path = tmp_path / "so.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADERS)
        out.writerow(
            [
                "1",
                "05/08/2026",
                "Hoàng Thị Lan, xã Tân Thanh",
                "",
                "Khiếu nại bồi thường",
                "Khiếu nại",
                "1",
                "",
                "x",
                "",
                "",
                "",
                "",
            ]
        )

    def read(page: RegisterPage) -> object:
        before = page.transfer.dialog
        page.transfer.ask_open_path = lambda *_args: str(path)
        qtbot.mouseClick(page.transfer.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.transfer.dialog not in (None, before), timeout=15000)
        return page.transfer.dialog

    officer = open_register(qtbot, desk_db)
    dialog = read(officer)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_count(qtbot, officer, 1)
    dialog = read(officer)
    assert "đã được nhập" in dialog.summary.text()  # type: ignore[attr-defined]
    assert not dialog.import_button.isEnabled()  # type: ignore[attr-defined]
    assert not dialog.allow_button.isVisible()  # type: ignore[attr-defined]
    dialog.reject()  # type: ignore[attr-defined]

    admin = RegisterPage(desk_db, actor_of(desk_db, "quantri"), *wired())
    qtbot.addWidget(admin)
    admin.show()
    qtbot.waitUntil(lambda: not admin.model.counting, timeout=10000)
    first = read(admin)
    assert first.allow_button.isVisible()  # type: ignore[attr-defined]
    qtbot.mouseClick(first.allow_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: admin.transfer.dialog is not first, timeout=15000)
    allowed = admin.transfer.dialog
    assert allowed is not None and allowed.import_button.isEnabled()
    assert "xác nhận của quản trị viên" in allowed.summary.text()
    allowed.grab().save(str(tmp_path / "allowed.png"))
    qtbot.mouseClick(allowed.import_button, Qt.MouseButton.LeftButton)
    wait_count(qtbot, admin, 2)


def test_export_numbers_rows_in_date_order_whatever_the_screen_sort(
    qtbot: QtBot,
    sample_db: Database,
    tmp_path: Path,
) -> None:
    """Issue 9 item 10: the register's STT follows date order, not the on-screen sort."""
    page = open_register(qtbot, sample_db)
    since = dt.date.today() - dt.timedelta(days=60)
    page.filters.date_from.setDate(since)
    wait_count(qtbot, page, count(sample_db, RegisterFilter(date_from=since)))
    header = page.view.horizontalHeader()  # "Số người" twice: descending, as on screen
    x = header.sectionViewportPosition(6) + header.sectionSize(6) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    assert page.model.register_sort == RegisterSort("headcount", descending=True)
    xlsx = tmp_path / "so-sap-xep.xlsx"
    export(qtbot, page, xlsx, "export_xlsx_button")
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))[4:]
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    dates = [r[1] for r in rows]
    assert dates == sorted(dates) and len(dates) > 1
