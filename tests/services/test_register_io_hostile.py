"""Hostile register files: every one answered with a Vietnamese message, nothing written.

Property-based (hypothesis) where the input space is large: formula strings, control
characters, odd digits, truncation points, encodings. ``INPUTS`` counts what was tried;
``-s`` prints it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.register.export import (
    HEADERS,
    apply_import,
    export_register,
    preview_import,
)
from tcd_desktop.services.register.safe import FORMULA_START
from tcd_desktop.store.database import Database
from tcd_desktop.store.queries.register import register_count
from tests.services.reception_fixtures import Office

INPUTS: Counter[str] = Counter()
HYPO = settings(
    max_examples=60,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # no shrinking: files are slow
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ROW = [
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


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    print(f"\n[hostile imports] inputs tried: {sum(INPUTS.values())} {dict(INPUTS)}")


def csv_text(*rows: list[str], delimiter: str = ",") -> str:
    """A register CSV (headers, then ``rows``) as a string."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def row(**cells: str) -> list[str]:
    """A valid row with some cells replaced (by column number, e.g. c3='...')."""
    out = list(ROW)
    for key, value in cells.items():
        out[int(key[1:]) - 1] = value
    return out


def _preview(db: Database, path: Path, **kw: bool) -> tuple[tuple[str, ...], dict[int, str]]:
    with db.session() as s:
        preview = preview_import(s, SYSTEM, path, **kw)
    return preview.file_errors, {r.line: " ".join(r.errors) for r in preview.rows if r.errors}


def _nothing_written(office: Office, path: Path) -> None:
    with office.db.session() as s:
        preview = preview_import(s, office.officer, path)
        with pytest.raises(ValidationFailed):
            apply_import(s, office.officer, preview)
    with office.db.session() as s:
        assert register_count(s) == 0


# --- formula strings: imported as text, exported as text ------------------------------------

formula = st.builds(
    lambda start, rest: start + rest,
    st.sampled_from(["=", "+", "-", "@", "=HYPERLINK(", "=cmd|", "+SUM(", "@SUM("]),
    st.text(alphabet="ABCxyz0123456789()\"',;:!/ ", max_size=30),
)


@HYPO
@given(name=formula, summary=formula, note=formula)
def test_formula_strings_round_trip_and_never_export_as_formulas(
    office: Office, tmp_path_factory: pytest.TempPathFactory, name: str, summary: str, note: str
) -> None:
    INPUTS["formula"] += 1
    summary, note = summary.strip(), note.strip()  # the register keeps texts trimmed
    folder = tmp_path_factory.mktemp("f")
    source = folder / "in.csv"
    source.write_text(
        csv_text(row(c3=f"{name}, xã A", c5=summary, c13=note, c2="05/08/2026")), "utf-8"
    )
    with office.db.session() as s:
        preview = preview_import(s, office.admin, source, allow_duplicates=True)
        assert not preview.file_errors and preview.valid_count == 1, preview.rows[0].errors
        apply_import(s, office.admin, preview)
        xlsx = export_register(s, office.officer, folder / "out.xlsx").path
        out_csv = export_register(s, office.officer, folder / "out.csv").path
    with zipfile.ZipFile(xlsx) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet
    wb = load_workbook(xlsx)
    assert all(c.data_type != "f" for r in wb.worksheets[0].iter_rows() for c in r)
    cells = [c for r in csv.reader(io.StringIO(out_csv.read_text("utf-8-sig"))) for c in r]
    assert not any(c.startswith(FORMULA_START) for c in cells)
    assert f"'{summary}" in cells
    # the exported CSV comes back as the same text
    with office.db.session() as s:
        back = preview_import(s, office.admin, out_csv, allow_duplicates=True)
        texts = {(r.summary, r.note) for r in back.rows}
    assert (summary, note) in texts


# --- control characters ---------------------------------------------------------------------

controls = st.characters(codec="utf-8", categories=["Cc"], exclude_characters="\t\n\r")


@HYPO
@given(bad=controls, column=st.sampled_from([3, 5, 8, 10, 12, 13]), where=st.integers(0, 5))
def test_control_characters_are_refused_naming_row_and_column(
    office: Office, tmp_path_factory: pytest.TempPathFactory, bad: str, column: int, where: int
) -> None:
    INPUTS["control"] += 1
    text = "Nguyễn Văn An, xã A"
    cell = text[:where] + bad + text[where:]
    path = tmp_path_factory.mktemp("c") / "so.csv"
    path.write_text(csv_text(row(), row(**{f"c{column}": cell})), "utf-8")
    file_errors, rows = _preview(office.db, path)
    assert not file_errors
    assert f"Cột ({column})" in rows[3] and f"U+{ord(bad):04X}" in rows[3]
    _nothing_written(office, path)


# --- head counts and numbers ----------------------------------------------------------------


@HYPO
@given(
    count=st.one_of(
        st.sampled_from(["²", "³", "¹", "½", "٣", "１２", "0", "-1", "1.5", "1e3", "99999999999"]),
        st.integers(min_value=100_001).map(str),
        st.integers(max_value=0).map(str),
        st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=1, max_size=4).filter(
            lambda t: not (t.isascii() and t.isdigit())
        ),
    )
)
def test_odd_head_counts_are_row_errors(
    office: Office, tmp_path_factory: pytest.TempPathFactory, count: str
) -> None:
    INPUTS["headcount"] += 1
    path = tmp_path_factory.mktemp("h") / "so.csv"
    path.write_text(csv_text(row(c7=count)), "utf-8")
    _, rows = _preview(office.db, path)
    assert "Số người phải là số nguyên từ 1 đến 100.000" in rows[2]


@HYPO
@given(day=st.dates())
def test_dates_outside_1990_to_today_are_row_errors(
    office: Office, tmp_path_factory: pytest.TempPathFactory, day: dt.date
) -> None:
    INPUTS["date"] += 1
    path = tmp_path_factory.mktemp("d") / "so.csv"
    path.write_text(csv_text(row(c2=f"{day.day:02}/{day.month:02}/{day.year:04}")), "utf-8")
    _, rows = _preview(office.db, path)
    assert (2 in rows) == (day.year < 1990 or day > dt.date.today())


# --- encodings ------------------------------------------------------------------------------

NAMES = ["Nguyễn Thị Hồng Nhung", "Trần Đức Thắng", "Lê Văn Lượng", "Phạm Thị Ánh Tuyết"]
ASCII_HEADERS = "STT,Ngay tiep,Ho ten,CCCD,Noi dung,Loai,So nguoi,Giai quyet,Tham quyen,\
Huong dan,Thu ly,Theo doi,Ghi chu"


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters with tone marks combined after."""
    out = []
    for c in unicodedata.normalize("NFC", text):
        try:
            out.append(c.encode("cp1258"))
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            out.append((unicodedata.normalize("NFC", d[:-1]) + d[-1]).encode("cp1258"))
    return b"".join(out)


@HYPO
@given(name=st.sampled_from(NAMES), line=st.integers(1, 4))
def test_windows_1258_is_refused_with_its_line(
    office: Office, tmp_path_factory: pytest.TempPathFactory, name: str, line: int
) -> None:
    INPUTS["cp1258"] += 1
    lines = [f"{i},05/08/2026,Nguyen Van {i} xa A,,Kien nghi {i},kn,1,,,,,," for i in range(1, 5)]
    lines[line - 1] = f"{line},05/08/2026,{name} xã A,,Kiến nghị,kn,1,,,,,,"
    data = cp1258("\n".join([ASCII_HEADERS, *lines]) + "\n")
    path = tmp_path_factory.mktemp("e") / "so.csv"
    path.write_bytes(data)
    file_errors, _ = _preview(office.db, path)
    assert file_errors and "không phải mã UTF-8" in file_errors[0]
    assert f"dòng {line + 1}" in file_errors[0] and "Windows-1258" in file_errors[0]
    _nothing_written(office, path)


def test_utf16_with_bom_is_read_and_without_bom_refused(office: Office, tmp_path: Path) -> None:
    INPUTS["utf16"] += 2
    text = csv_text(row(c3="Nguyễn Thị Hồng, xã A"), delimiter="\t")
    with_bom = tmp_path / "a.csv"
    with_bom.write_bytes(text.encode("utf-16"))
    assert _preview(office.db, with_bom) == ((), {})
    no_bom = tmp_path / "b.csv"
    no_bom.write_bytes(text.encode("utf-16-le"))
    file_errors, _ = _preview(office.db, no_bom)
    assert "UTF-16 không có dấu BOM" in file_errors[0]


# --- broken files ---------------------------------------------------------------------------


@pytest.fixture
def exported(office: Office, tmp_path: Path) -> dict[str, bytes]:
    """An XLSX and a CSV export of three visits, as bytes; the register is then emptied."""
    path = tmp_path / "src.csv"
    path.write_text(
        csv_text(*[row(c3=f"Người {i}, xã A", c5=f"Nội dung {i}") for i in range(3)]), "utf-8"
    )
    other = tmp_path / "other"
    other.mkdir()
    from tests.dbfixtures import make_database
    from tests.services.reception_fixtures import PASSWORD, users

    with make_database("sqlite", other) as db2:
        from tcd_desktop.services.setup import create_office

        with db2.session() as s:
            create_office(s, "UBND xã B", "X-B", "Lạng Sơn", "LB-01", "admin", "Quản Trị", PASSWORD)
        with db2.session() as s:
            admin = users.sign_in(s, "admin", PASSWORD)
            apply_import(s, admin, preview_import(s, admin, path))
            export_register(s, admin, tmp_path / "e.xlsx")
            export_register(s, admin, tmp_path / "e.csv")
    return {k: (tmp_path / f"e.{k}").read_bytes() for k in ("xlsx", "csv")}


@HYPO
@given(data=st.data())
def test_truncated_exports_are_refused(
    office: Office,
    tmp_path_factory: pytest.TempPathFactory,
    exported: dict[str, bytes],
    data: st.DataObject,
) -> None:
    kind = data.draw(st.sampled_from(["xlsx", "csv"]))
    whole = exported[kind]
    cut = data.draw(st.integers(1, len(whole) - 1))
    INPUTS[f"truncated-{kind}"] += 1
    path = tmp_path_factory.mktemp("t") / f"so.{kind}"
    path.write_bytes(whole[:cut])
    file_errors, _ = _preview(office.db, path)
    if kind == "csv" and not file_errors:
        # cut inside the footer's digits or its newline: the count still matches, nothing lost
        assert whole[:cut].decode("utf-8-sig").rstrip().endswith("Tổng số lượt tiếp: 3")
        return
    assert file_errors and re.search(
        r"cắt cụt|hỏng|không phải|trống|Không tìm thấy|đọc được", file_errors[0]
    )
    _nothing_written(office, path)


@HYPO
@given(data=st.data())
def test_corrupt_and_renamed_files_never_crash(
    office: Office,
    tmp_path_factory: pytest.TempPathFactory,
    exported: dict[str, bytes],
    data: st.DataObject,
) -> None:
    source = data.draw(st.sampled_from(["xlsx", "csv"]))
    suffix = data.draw(st.sampled_from(["xlsx", "csv"]))
    blob = bytearray(exported[source])
    for _ in range(data.draw(st.integers(0, 8))):
        blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    INPUTS["corrupt"] += 1
    path = tmp_path_factory.mktemp("x") / f"so.{suffix}"
    path.write_bytes(bytes(blob))
    file_errors, rows = _preview(office.db, path)  # never raises
    if source != suffix:
        assert file_errors
    if file_errors or rows:
        _nothing_written(office, path)


def test_huge_fields_and_huge_numbers(office: Office, tmp_path: Path) -> None:
    INPUTS["huge"] += 3
    path = tmp_path / "a.csv"
    path.write_text(csv_text(row(), row(c5="x" * 200_000)), "utf-8")
    file_errors, _ = _preview(office.db, path)
    assert "Dòng 3" in file_errors[0] and "dài quá" in file_errors[0]
    path.write_text(csv_text(row(c5="x" * 20_000), row(c4="9" * 30)), "utf-8")
    _, rows = _preview(office.db, path)
    assert "Cột (5) 'Nội dung đơn' dài 20.000 ký tự, tối đa 10.000." in rows[2]
    assert "CCCD" in rows[3]
    _nothing_written(office, path)


# --- duplicates -----------------------------------------------------------------------------


def test_duplicates_in_file_in_register_and_same_file(office: Office, tmp_path: Path) -> None:
    INPUTS["duplicates"] += 4
    path = tmp_path / "a.csv"
    path.write_text(csv_text(row(), row(c5="Khác"), row()), "utf-8")
    _, rows = _preview(office.db, path)
    assert rows == {4: "Trùng dòng 2 của tệp (cùng ngày, người, nội dung)."}
    with office.db.session() as s:
        apply_import(s, office.officer, preview_import(s, office.officer, path), exclude_rows=[4])
        assert register_count(s) == 2
    # the same file again: refused as a file, and its rows are already in the register
    file_errors, rows = _preview(office.db, path)
    assert "đã được nhập" in file_errors[0] and "Lượt tiếp này đã có trong sổ" in rows[2]
    # the same rows in another file: row errors
    other = tmp_path / "b.csv"
    other.write_text(csv_text(row(c5="Khác")), "utf-8")
    file_errors, rows = _preview(office.db, other)
    assert not file_errors and "đã có trong sổ" in rows[2]
    with office.db.session() as s:
        allowed = preview_import(s, office.admin, other, allow_duplicates=True)
        assert allowed.valid_count == 1 and allowed.rows[0].warnings
        with pytest.raises(PermissionDenied):
            apply_import(s, office.officer, allowed)
    with office.db.session() as s:
        assert register_count(s) == 2
        apply_import(s, office.admin, preview_import(s, office.admin, other, allow_duplicates=True))
    with office.db.session() as s:
        assert register_count(s) == 3


def test_a_hundred_thousand_rows_are_checked(office: Office, tmp_path: Path) -> None:
    import time

    INPUTS["rows-100k"] += 1
    path = tmp_path / "big.csv"
    rows = [row(c1=str(i), c3=f"Người {i}, xã A", c5=f"Nội dung {i}") for i in range(100_000)]
    rows[70_000] = row(c3="Người \x00, xã A")
    path.write_text(csv_text(*rows), "utf-8")
    started = time.perf_counter()
    with office.db.session() as s:
        preview = preview_import(s, office.officer, path)
    elapsed = time.perf_counter() - started
    print(f"\n[hostile imports] 100,000-row preview: {elapsed:.1f} s")
    assert len(preview.rows) == 100_000 and preview.invalid_lines == (70_002,)
