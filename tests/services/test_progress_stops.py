"""Long services report their progress and stop when asked (issue #10 §4), on SQLite and
PostgreSQL: a stopped import writes nothing, a stopped export leaves no file under the
chosen name (nor a temporary one beside it), a stopped lock locks nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tcd_desktop.domain.report_periods import parse_period
from tcd_desktop.services import board
from tcd_desktop.services import progress as progress_module
from tcd_desktop.services.board.case_list import export_case_list_xlsx
from tcd_desktop.services.context import Actor
from tcd_desktop.services.progress import Cancelled
from tcd_desktop.services.register import operations, read
from tcd_desktop.services.reports import build_report, lock_report
from tcd_desktop.services.reports.writers import save_report
from tcd_desktop.store.database import Database
from tests.services.conftest import audit_actions
from tests.services.progress_helpers import StopAt, register_csv
from tests.services.reception_fixtures import Office
from tests.services.report_fixtures import make_sample

ROWS = 35
CHUNK = 10


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Report every ten rows, so a few dozen rows make several chunks."""
    monkeypatch.setattr(progress_module, "CHUNK", CHUNK)


def _visits(office: Office) -> int:
    return read.count_rows(office.db, office.officer, read.RegisterFilter())


def _import(office: Office, tmp_path: Path, rows: int = ROWS) -> None:
    preview = operations.preview_import(
        office.db, office.officer, register_csv(tmp_path / "so.csv", rows)
    )
    operations.apply_import(office.db, office.officer, preview)


def test_an_import_reports_every_chunk_and_a_stopped_one_writes_nothing(
    office: Office, tmp_path: Path
) -> None:
    path = register_csv(tmp_path / "so.csv", ROWS)
    reading = StopAt()
    preview = operations.preview_import(office.db, office.officer, path, progress=reading.token)
    assert reading.stages() == ["Đọc tệp", "Kiểm tra từng dòng", "Đối chiếu với sổ tiếp công dân"]
    assert reading.of("Kiểm tra từng dòng") == [
        (0, ROWS),
        (10, ROWS),
        (20, ROWS),
        (30, ROWS),
        (ROWS, ROWS),
    ]
    assert preview.valid_count == ROWS and not preview.file_errors

    stop = StopAt("Ghi vào sổ tiếp công dân", after=20)
    with pytest.raises(Cancelled):
        operations.apply_import(office.db, office.officer, preview, progress=stop.token)
    assert stop.of("Ghi vào sổ tiếp công dân")[-1] == (20, ROWS)
    assert _visits(office) == 0
    assert "register.import" not in audit_actions(office.db)
    again = operations.preview_import(office.db, office.officer, path)
    assert not again.imported_before, "a stopped import is not remembered as done"

    whole = StopAt()
    result = operations.apply_import(office.db, office.officer, again, progress=whole.token)
    assert result.value.rows == ROWS == _visits(office)
    assert whole.of("Ghi vào sổ tiếp công dân")[-1] == (ROWS, ROWS)


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf"])
def test_a_stopped_export_leaves_the_old_file_and_no_temporary_one(
    office: Office, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(office, tmp_path)
    scratch = tmp_path / "scratch"  # where openpyxl keeps a streamed sheet while writing
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"so.{fmt}"
    target.write_bytes(b"the file exported last month")
    flt = read.RegisterFilter()
    stop = StopAt("Ghi các lượt tiếp vào tệp", after=10)
    with pytest.raises(Cancelled):
        operations.export_register(office.db, office.leader, target, flt, fmt, stop.token)
    assert stop.stages()[:2] == ["Đếm các lượt tiếp cần xuất", "Ghi các lượt tiếp vào tệp"]
    assert target.read_bytes() == b"the file exported last month"
    assert [p.name for p in folder.iterdir()] == [target.name]
    assert "register.export" not in audit_actions(office.db)
    assert not list(scratch.iterdir())

    whole = StopAt()
    result = operations.export_register(office.db, office.leader, target, flt, fmt, whole.token)
    assert result.rows == ROWS
    assert whole.of("Ghi các lượt tiếp vào tệp") == [
        (0, ROWS),
        (10, ROWS),
        (20, ROWS),
        (30, ROWS),
        (ROWS, ROWS),
    ]
    assert whole.stages()[-1] == ("Dàn trang PDF" if fmt == "pdf" else "Lưu tệp")
    assert target.read_bytes() != b"the file exported last month"
    assert [p.name for p in folder.iterdir()] == [target.name]


@pytest.mark.parametrize("backlog", [False, True], ids=["list", "backlog"])
def test_a_stopped_case_export_leaves_no_file(db: Database, tmp_path: Path, backlog: bool) -> None:
    sample = make_sample(db)
    actor = Actor(sample.supervisor_id, "giamsat", "Giám sát", frozenset({"supervisor"}))
    export = board.export_backlog_xlsx if backlog else export_case_list_xlsx
    flt = board.CaseFilter()
    target = tmp_path / "out" / "vu-viec.xlsx"
    target.parent.mkdir()
    stop = StopAt("Đọc các vụ việc", after=0)
    with pytest.raises(Cancelled):
        export(db, actor, flt, target, progress=stop.token)
    assert not target.exists() and not list(target.parent.iterdir())

    whole = StopAt()
    count = export(db, actor, flt, target, progress=whole.token)
    assert whole.stages() == [
        "Tìm các vụ việc",
        "Đọc các vụ việc",
        "Ghi các vụ việc vào tệp",
        "Lưu tệp",
    ]
    assert whole.of("Ghi các vụ việc vào tệp")[-1] == (count, count)
    if not backlog:
        assert count > CHUNK
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 3 + count
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_report_counts_by_stage_and_a_stopped_lock_locks_nothing(
    db: Database, tmp_path: Path
) -> None:
    sample = make_sample(db)
    actor = Actor(sample.supervisor_id, "giamsat", "Giám sát", frozenset({"supervisor"}))
    period = parse_period("2026")
    counting = StopAt()
    report = build_report(db, actor, "01/XLD", period, progress=counting.token)
    assert report.total == build_report(db, actor, "01/XLD", period).total
    stages = counting.stages()
    assert stages[0] == "Đọc danh sách đơn vị" and stages[-1] == "Tổng hợp theo đơn vị"
    assert {"Đếm lượt tiếp", "Đếm đơn"} & set(stages)
    assert counting.of("Tổng hợp theo đơn vị")[-1] == (3, 3)  # the sample's three units

    stop = StopAt("Tổng hợp theo đơn vị")
    with pytest.raises(Cancelled):
        lock_report(db, actor, "01/XLD", period, progress=stop.token)
    assert build_report(db, actor, "01/XLD", period).locked is None
    assert "report.lock" not in audit_actions(db)

    for suffix in (".xlsx", ".pdf"):
        target = tmp_path / f"bao-cao{suffix}"
        stop = StopAt("Lập bảng số liệu")
        with pytest.raises(Cancelled):
            save_report(db, actor, report, target, stop.token)
        assert not list(tmp_path.glob("*bao-cao*")), suffix
        whole = StopAt()
        assert save_report(db, actor, report, target, whole.token) == target
        assert whole.stages() == [
            "Lập bảng số liệu",
            "Dàn trang PDF" if suffix == ".pdf" else "Lưu tệp",
        ]
        assert [p.name for p in tmp_path.glob("*bao-cao*")] == [target.name]
        target.unlink()

    locked = lock_report(db, actor, "01/XLD", period, progress=StopAt().token).value
    assert locked.locked is not None and locked.total == report.total
