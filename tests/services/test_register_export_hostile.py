"""Register exports under hostile conditions: a PDF of any text (markup, bidi controls, emoji,
huge and many-line cells) with rows that fit their pages; paths that cannot be written; a NUL
stored by an older version. Nothing partial is ever left under the final name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.register.export import FORM_CODE, HEADERS, TITLE, export_register
from tcd_desktop.services.register.pdf import write_pdf
from tcd_desktop.store.queries.register import iter_register_rows
from tests.services.reception_fixtures import Office

INPUTS = {"pdf": 0, "export-paths": 0, "legacy NUL": 0}


#: The text columns of a register row (0-based); every one goes through the same cell writer.
TEXT_COLUMNS = (2, 3, 4, 5, 7, 9, 10, 11, 12)


class _Row:
    """A register row (the PDF writer reads ``cells``) with ``text`` whole in column ``whole``
    and its first 200 characters in every other text column.

    One whole text per row, in a column the example chooses (15 to 38 mm wide), instead of
    the same text in all seven wide columns: wrapping a tall cell costs time growing with
    the square of its height, and seven copies of the same text added nothing but time
    (19.6 s for this test). Every column still gets whole texts across the examples."""

    def __init__(self, text: str, whole: int) -> None:
        self.text = text
        self.whole = whole

    def cells(self, stt: int) -> tuple[object, ...]:
        cells: list[object] = [stt, dt.date(2026, 8, 5), *([""] * 11)]
        for column in TEXT_COLUMNS:
            cells[column] = self.text if column == self.whole else self.text[:200]
        cells[6], cells[8] = 1, "x"
        return tuple(cells)


hostile_text = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from("W<>&\n\u202eŔ😀\u0301 iĐ"), min_size=500, max_size=6000),
    st.sampled_from(["<b>x</b>", "&amp;", "</para>", "\x00\x1b[2J", '=HYPERLINK("x")']),
)


@settings(
    max_examples=25,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    texts=st.lists(st.tuples(hostile_text, st.sampled_from(TEXT_COLUMNS)), min_size=1, max_size=3)
)
def test_register_pdf_takes_any_text(
    tmp_path_factory: pytest.TempPathFactory, texts: list[tuple[str, int]]
) -> None:
    INPUTS["pdf"] += 1
    path = tmp_path_factory.mktemp("p") / "so.pdf"
    rows = [_Row(t, column) for t, column in texts]
    count = write_pdf(path, rows, TITLE, "x", HEADERS, FORM_CODE)  # type: ignore[misc]
    assert count == len(texts)
    reader = PdfReader(path)
    assert len(reader.pages) >= 1 and "SỔ TIẾP CÔNG DÂN" in reader.pages[0].extract_text()
    if INPUTS["pdf"] == 25:
        print(f"\n[hostile PDF] inputs tried: {INPUTS['pdf']}")


def test_exports_leave_no_partial_file(office: Office, tmp_path: Path) -> None:
    INPUTS["export-paths"] += 4
    (tmp_path / "d.csv").mkdir()
    bad = (
        tmp_path / "none" / "so.csv",
        tmp_path / "d.csv",
        Path("/proc/so.csv"),
        tmp_path / ("x" * 300 + ".xlsx"),
    )
    with office.db.session() as s:
        for path in bad:
            with pytest.raises(ValidationFailed, match=r"Không ghi được|thư mục"):
                export_register(s, office.officer, path)
    assert not [p.name for p in tmp_path.iterdir() if not p.name.startswith(("test.", "d.csv"))]
    assert not list((tmp_path / "d.csv").iterdir()) and not Path("/proc/so.csv").exists()
    with office.db.session() as s:
        assert list(iter_register_rows(s)) == []


def test_a_nul_stored_before_the_checks_does_not_break_exports(
    office: Office, tmp_path: Path
) -> None:
    """An old database may hold a NUL in a name (accepted before): every export still works."""
    import sqlalchemy as sa

    from tcd_desktop.store.models import Citizen
    from tests.services.reception_fixtures import seed_register

    if office.db.dialect != "sqlite":  # the premise: PostgreSQL never stores a NUL in text
        with pytest.raises(sa.exc.DBAPIError), office.db.session() as s:
            s.execute(sa.update(Citizen).values(full_name="Nguyễn\x00 Văn"))
        return
    INPUTS["legacy NUL"] += 3
    seed_register(office)
    with office.db.session() as s:  # Core UPDATE: past the flush guard, as old versions wrote
        s.execute(sa.update(Citizen).values(full_name="Nguyễn\x00 Văn\x1b An"))
    with office.db.session() as s:
        for name in ("so.xlsx", "so.csv", "so.pdf"):
            assert export_register(s, office.officer, tmp_path / name).rows > 0
    sheet = load_workbook(tmp_path / "so.xlsx").worksheets[0]
    names = [r[2] for r in sheet.iter_rows(min_row=5, values_only=True)]
    assert any(n and "Nguyễn\ufffd Văn\ufffd An" in n for n in names)
