"""The reception register screen: lazy model, filters, search, SQL sort, both databases
(export and import: test_register_transfer.py)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Petition, Reception
from tcd_desktop.store.queries.register import (
    RegisterFilter,
    RegisterSort,
)
from tcd_desktop.store.queries.search import SEALED_NAME
from tcd_desktop.ui.models.register_model import (
    COLUMNS,
    OBJECT_ROLE,
    PAGE_SIZE,
    RegisterTableModel,
)
from tcd_desktop.ui.register import RegisterPage
from tcd_desktop.ui.register.source import DatabaseRegisterSource
from tcd_desktop.ui.tasks import BackgroundRunner
from tests.ui.desk_fixtures import actor_of, wired
from tests.ui.register_helpers import count, export, loaded_rows, open_register, wait_count
from tests.ui.vn_typing import type_text


def test_model_is_lazy_and_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,
    sample_db: Database,
) -> None:
    model = RegisterTableModel(
        DatabaseRegisterSource(sample_db, actor_of(sample_db, "tiepdan")), BackgroundRunner()
    )
    model.set_filter(RegisterFilter())
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE, timeout=10000)
    assert model.columnCount() == len(COLUMNS) == 14
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Nội dung đơn"
    assert model.data(model.index(PAGE_SIZE + 1, 1)) == "…"  # not loaded yet: a placeholder
    qtbot.waitUntil(lambda: model.is_loaded(PAGE_SIZE + 1, PAGE_SIZE + 1), timeout=10000)
    row = model.data(model.index(PAGE_SIZE + 1, 0), OBJECT_ROLE)
    assert model.data(model.index(PAGE_SIZE + 1, 0)) == str(PAGE_SIZE + 2)  # STT
    assert model.data(model.index(PAGE_SIZE + 1, 1)) == f"{row.received_on:%d/%m/%Y}"
    qtmodeltester.check(model)


def test_filters_search_and_sort(qtbot: QtBot, sample_db: Database) -> None:
    page = open_register(qtbot, sample_db)
    total = count(sample_db)
    assert page.model.rowCount() == total
    assert page.count_label.text() == f"{total:,} lượt tiếp".replace(",", ".")

    # kind: denunciations, with the denouncer masked in the list
    filters = page.filters
    filters.kind.setCurrentIndex(filters.kind.findData("to_cao"))
    expected = count(sample_db, RegisterFilter(kinds=("to_cao",)))
    wait_count(qtbot, page, expected)
    assert 0 < expected < total
    rows = loaded_rows(qtbot, page, 0, min(expected, 10) - 1)
    assert all(r.name == SEALED_NAME and r.address == "" for r in rows)
    assert page.model.index(0, 2).data() == SEALED_NAME

    # accent-insensitive search (typed without diacritics), narrowed further
    filters.kind.setCurrentIndex(0)
    wait_count(qtbot, page, total)
    # (a sealed line is not found by its text: take a word of an open one)
    with sample_db.session() as s:
        summary = s.scalar(
            select(Reception.summary)
            .join(Petition, Petition.reception_id == Reception.id)
            .where(Petition.kind != "to_cao")
            .order_by(Reception.received_on.desc())
            .limit(1)
        )
    word = next(w for w in (summary or "").split() if len(w) > 4 and w.isalpha())
    from tcd_desktop.domain.folding import fold

    filters.search.setFocus()
    type_text(filters.search, fold(word))
    wanted = count(sample_db, RegisterFilter(text=fold(word)))
    wait_count(qtbot, page, wanted)
    assert wanted >= 1
    found = loaded_rows(qtbot, page, 0, 0)[0]
    assert fold(word) in fold(f"{found.summary} {found.name} {found.address}")

    # mass delegations only; then clear everything
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    wait_count(qtbot, page, total)
    filters.mass.setFocus()
    qtbot.keyClick(filters.mass, Qt.Key.Key_Space)
    wait_count(qtbot, page, count(sample_db, RegisterFilter(mass_only=True)))
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    wait_count(qtbot, page, total)

    # click the "Số người" header twice: sorted in SQL, descending
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(6) + header.sectionSize(6) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    assert page.model.register_sort == RegisterSort("headcount", descending=True)
    heads = [r.headcount for r in loaded_rows(qtbot, page, 0, 20)]
    assert heads == sorted(heads, reverse=True)
    # every official column sorts in SQL, "Cơ quan đã giải quyết" and "Ghi chú" included
    for column, key in ((7, "prior"), (12, "note")):
        x = header.sectionViewportPosition(column) + 5
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
        assert page.model.register_sort.column == key

    # jump to the end: the last rows load
    page.view.scrollToBottom()
    last = loaded_rows(qtbot, page, total - 3, total - 1)
    assert len(last) == 3 and all(r is not None for r in last)


def test_register_and_intake_on_each_database(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
) -> None:
    """The same screens over SQLite and PostgreSQL (the ``db`` fixture runs both)."""
    from tcd_desktop.services import setup
    from tcd_desktop.services.reception import intake
    from tcd_desktop.services.reception.inputs import CitizenInput, PetitionInput, VisitInput

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
    admin = actor_of(db, "quantri")
    with db.session() as session:
        for name, kind in (("Đặng Đức Đạt", "khieu_nai"), ("Lò Thị Mai", "to_cao")):
            intake.save_visit(
                session,
                admin,
                VisitInput(
                    citizen=CitizenInput(full_name=name, address="Thôn Bản Làn"),
                    petitions=[PetitionInput(kind=kind, summary=f"Nội dung của {name}")],
                ),
            )
    page = RegisterPage(db, admin, *wired())
    qtbot.addWidget(page)
    page.show()
    wait_count(qtbot, page, 2)
    names = {r.name for r in loaded_rows(qtbot, page, 0, 1)}
    assert names == {"Đặng Đức Đạt", SEALED_NAME}
    page.filters.search.setFocus()
    type_text(page.filters.search, "dang duc")
    wait_count(qtbot, page, 1)
    export(qtbot, page, tmp_path / "so.xlsx", "export_xlsx_button")
    assert load_workbook(tmp_path / "so.xlsx").active.max_row == 5
