"""The reception register: columns, masking, filters, SQL sort, windows, export and import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from tcd_desktop.domain.folding import fold
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.register.export import (
    HEADERS,
    apply_import,
    export_register,
    preview_import,
)
from tcd_desktop.services.register.safe import CSV_TITLE
from tcd_desktop.services.setup import create_office
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import Citizen, Petition, Reception
from tcd_desktop.store.queries.register import (
    SEALED_ID,
    SORT_KEYS,
    RegisterFilter,
    RegisterSort,
    iter_register_rows,
    register_count,
    register_ids,
    register_rows,
)
from tcd_desktop.store.queries.search import SEALED_NAME
from tests.dbfixtures import make_database
from tests.services.reception_fixtures import PASSWORD, Office, seed_register, users


def _cells(db: Database) -> list[tuple[object, ...]]:
    with db.session() as s:
        return [row.cells(i) for i, row in enumerate(iter_register_rows(s), 1)]


def test_register_columns_and_masking(office: Office) -> None:
    seed_register(office)
    rows = _cells(office.db)
    assert len(rows) == 6
    first, mass, sealed, explained, refused, periodic = rows
    assert first[:7] == (
        1,
        dt.date(2026, 8, 3),
        "Nguyễn Văn An\nThôn Bản Làn, xã Tân Thanh, tỉnh Lạng Sơn",
        "020080001234",
        "Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND",
        "Khiếu nại",
        1,
    )
    assert first[8] == "x" and "hạn xử lý 17/08/2026" in first[11]
    assert mass[6] == 8 and mass[10] == "Sở Nông nghiệp và Môi trường (văn bản số 15/CV-TCD)"
    assert "Đoàn đông người" in mass[12]
    assert sealed[2] == SEALED_NAME and sealed[3] == SEALED_ID
    assert sealed[5] == "Tố cáo; Kiến nghị"
    assert sealed[9] == "Ủy ban nhân dân tỉnh (văn bản số 16/HD-TCD)"
    assert "Đặng" not in " ".join(map(str, sealed))
    assert explained[7] == "Chủ tịch UBND tỉnh (100/QĐ-UBND)" and explained[8] == ""
    assert "giải thích" in explained[12]
    assert refused[12] == "Từ chối tiếp theo Luật Tiếp công dân 2013, Điều 9 khoản 2"
    assert refused[11] == "Đã từ chối tiếp công dân" and refused[8] == ""
    assert "Đơn trùng" in periodic[12]


def test_filters(office: Office) -> None:
    saved = seed_register(office)
    with office.db.session() as s:

        def ids(**kw: object) -> set[object]:
            return set(register_ids(s, RegisterFilter(**kw)))  # type: ignore[arg-type]

        assert register_count(s) == 6
        assert ids(date_from=dt.date(2026, 8, 4), date_to=dt.date(2026, 8, 5)) == {
            saved[1].reception_id,
            saved[2].reception_id,
        }
        assert ids(kinds=("to_cao",)) == {saved[2].reception_id}
        assert ids(field_codes=("HC-MT",)) == {saved[1].reception_id}
        assert ids(mass_only=True) == {saved[1].reception_id}
        assert ids(repeats_only=True) == {saved[5].reception_id}
        assert len(ids(officer_id=office.officer.user_id)) == 6
        assert ids(unit_id=office.profile.unit_id) == {v.reception_id for v in saved}
        assert ids(text="o nhiem tieng on") == {saved[1].reception_id}
        assert ids(text="tran thi binh") == {saved[1].reception_id}
        assert ids(text="dang van duc") == set()  # a denouncer is not searchable by name
        assert ids(text=saved[3].number) == {saved[3].reception_id}
        assert register_count(s, RegisterFilter(text="thu hoi dat")) == 4


def test_sort_by_every_column_and_windows(office: Office) -> None:
    seed_register(office)
    for descending in (False, True):
        _check_sorting(office, descending)


def _check_sorting(office: Office, descending: bool) -> None:
    with office.db.session() as s:
        total = register_count(s)
        for key in SORT_KEYS:
            sort = RegisterSort(key, descending)
            everything = register_ids(s, sort=sort)
            assert len(everything) == total
            for offset in range(total):  # a window read backwards equals the same window
                assert (
                    register_ids(s, sort=sort, offset=offset, limit=2, total=total)
                    == everything[offset : offset + 2]
                )
        by_name = [
            r.name
            for r in register_rows(s, register_ids(s, sort=RegisterSort("citizen", descending)))
        ]
        by_count = [
            r.headcount
            for r in register_rows(s, register_ids(s, sort=RegisterSort("headcount", descending)))
        ]
    keys = [fold(n) for n in by_name]
    assert keys == sorted(keys, reverse=descending) and SEALED_NAME in by_name
    assert by_count == sorted(by_count, reverse=descending)
    with pytest.raises(ValueError), office.db.session() as s:
        register_ids(s, sort=RegisterSort("no_such_column"))


def test_export_xlsx_pdf_csv(office: Office, tmp_path: Path) -> None:
    seed_register(office)
    with office.db.session() as s:
        xlsx = export_register(s, office.officer, tmp_path / "so.xlsx")
        pdf = export_register(s, office.supervisor, tmp_path / "so.pdf")
        csv_out = export_register(
            s, office.leader, tmp_path / "so.csv", RegisterFilter(kinds=("phan_anh",))
        )
        with pytest.raises(ValidationFailed):
            export_register(s, office.officer, tmp_path / "so.docx")
    assert (xlsx.rows, pdf.rows, csv_out.rows) == (6, 6, 1)
    ws = load_workbook(xlsx.path).worksheets[0]
    values = list(ws.iter_rows(values_only=True))
    assert values[0][0] == "SỔ TIẾP CÔNG DÂN (Mẫu số 03/TCD)"
    assert values[1][0] == "Ủy ban nhân dân xã Tân Thanh"
    assert values[2] == HEADERS and values[3][:3] == ("(1)", "(2)", "(3)")
    assert values[4][1] == dt.datetime(2026, 8, 3) and ws.cell(5, 2).number_format == "DD/MM/YYYY"
    assert ws.print_title_rows == "$3:$4" and ws.page_setup.orientation == "landscape"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf.path).pages).split())
    assert "SỔ TIẾP CÔNG DÂN" in text and SEALED_NAME in text and "Đặng Văn Đức" not in text
    assert "Nguyễn Văn An" in text and "03/08/2026" in text
    lines = csv_out.path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("STT,Ngày tiếp,") and lines[2].startswith("1,04/08/2026,")
    assert lines[0] == CSV_TITLE and lines[-1] == "Tổng số lượt tiếp: 1"


def test_pdf_repeats_the_header_on_every_page(office: Office, tmp_path: Path) -> None:
    with office.db.session() as s:
        for i in range(60):
            s.add(
                Reception(
                    number=f"X-{i:03d}",
                    unit_id=office.profile.unit_id,
                    received_at=dt.datetime(2026, 8, 3, tzinfo=dt.UTC),
                    received_on=dt.date(2026, 8, 3),
                    kind="regular",
                    headcount=1,
                    summary=f"Nội dung số {i} " + "rất dài " * 20,
                )
            )
    with office.db.session() as s:
        pdf = export_register(s, office.officer, tmp_path / "dai.pdf")
    pages = PdfReader(pdf.path).pages
    assert len(pages) > 2
    for number, page in enumerate(pages, 1):
        text = page.extract_text()
        assert "Họ tên, địa chỉ" in text and "(13)" in text
        # NĐ 30/2020: page numbers centred in the top margin, none on page 1
        assert text.split()[0] == str(number) if number > 1 else text.split()[0] != "1"


def test_export_then_import_into_an_empty_database_gives_the_same_register(
    office: Office, tmp_path: Path
) -> None:
    seed_register(office)
    with office.db.session() as s:  # a visit that produced no petition keeps an empty kind
        who = Citizen(full_name="Lò Văn Pản", name_folded="lo van pan", address="Xã Bắc Sơn")
        s.add(who)
        s.flush()
        s.add(
            Reception(
                citizen_id=who.id,
                number="X-REFUSED",
                unit_id=office.profile.unit_id,
                received_at=dt.datetime(2026, 8, 5, 2, tzinfo=dt.UTC),
                received_on=dt.date(2026, 8, 5),
                kind="regular",
                headcount=1,
                summary="Trình bày lại vụ việc đã giải quyết",
            )
        )
    with office.db.session() as s:
        export_register(s, office.officer, tmp_path / "so.xlsx")
        export_register(s, office.officer, tmp_path / "so.csv")
    original = _cells(office.db)
    kind = "sqlite" if office.db.dialect == "sqlite" else "postgres"
    for name in ("so.xlsx", "so.csv"):
        folder = tmp_path / name.replace(".", "_")
        folder.mkdir()
        with make_database(kind, folder) as other:
            with other.session() as s:
                create_office(
                    s, "UBND xã B", "X-B", "Lạng Sơn", "LB-01", "admin", "Quản Trị", PASSWORD
                )
            with other.session() as s:
                admin = users.sign_in(s, "admin", PASSWORD)
                preview = preview_import(s, admin, tmp_path / name)
                assert preview.valid_count == 7 and not preview.file_errors
                result = apply_import(s, admin, preview)
            assert result.rows == 7
            assert _cells(other) == original
            with other.session() as s:
                numbers = sorted(s.scalars(select(Reception.number)))
                pending = s.scalar(
                    select(func.count())
                    .select_from(Petition)
                    .where(Petition.processing_due_on.is_not(None))
                )
            assert numbers[0] == "LB-01-2026-000001" and pending == 0


BAD_CSV = """STT;Ngày tiếp;Họ tên, địa chỉ;Số CCCD;Nội dung đơn;Loại đơn;Số người cùng nội dung;\
Cơ quan đã giải quyết;Thuộc thẩm quyền;Hướng dẫn;Cơ quan thụ lý;Theo dõi kết quả;Ghi chú
(1);(2);(3);(4);(5);(6);(7);(8);(9);(10);(11);(12);(13)
1;05/08/2026;Hoàng Thị Lan, xã Tân Thanh;020185002345;Khiếu nại bồi thường;Khiếu nại;1;;x;;;;
2;31/02/2026;Lò Văn Minh, xã B;;Kiến nghị làm đường;kien nghi;1;;;;;;
3;06/08/2026;;0201;Phản ánh;thu hoi;abc;;có;;;;
4;07/08/2026;Vi Văn Nam, xã C;;Tố cáo, phản ánh;"to cao; phan anh";12;;;;Thanh tra tỉnh;;
"""


def test_import_preview_errors_and_exclusions(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "so.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    with office.db.session() as s:
        preview = preview_import(s, office.officer, path)
    assert preview.invalid_lines == (4, 5)
    bad = {r.line: r.errors for r in preview.rows}
    assert any("Ngày tiếp không hợp lệ" in e for e in bad[4])
    assert any("Thiếu họ tên" in e for e in bad[5])
    assert any("12 chữ số" in e for e in bad[5]) and any("'thu hoi'" in e for e in bad[5])
    assert any("Số người" in e for e in bad[5]) and any("'x'" in e for e in bad[5])
    with pytest.raises(ValidationFailed, match="dòng 4, 5"), office.db.session() as s:
        apply_import(s, office.officer, preview)
    with pytest.raises(PermissionDenied), office.db.session() as s:
        apply_import(s, office.supervisor, preview, exclude_rows=[4, 5])
    with office.db.session() as s:
        assert register_count(s) == 0
        result = apply_import(s, office.officer, preview, exclude_rows=[4, 5])
    assert result.rows == 2 and result.excluded == (4, 5)
    with office.db.session() as s:
        rows = register_rows(s, register_ids(s))
    assert [r.kinds for r in rows] == [("khieu_nai",), ("to_cao", "phan_anh")]
    assert rows[1].name == SEALED_NAME and rows[1].is_mass and rows[1].transfer == "Thanh tra tỉnh"
    assert rows[0].name == "Hoàng Thị Lan" and rows[0].address == "xã Tân Thanh"


def test_import_rejects_wrong_layout(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "khac.csv"
    path.write_text("STT,Tên,Tuổi\n1,An,30\n", encoding="utf-8")
    with office.db.session() as s:
        preview = preview_import(s, office.officer, path)
        assert preview.file_errors and "13 cột" in preview.file_errors[0]
        with pytest.raises(ValidationFailed):
            apply_import(s, office.officer, preview)
        assert preview_import(s, office.officer, tmp_path / "so.txt").file_errors
