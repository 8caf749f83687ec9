"""Periodic reports carry the audit anchor (#12 §3): printed under the table of the PDF and
the XLSX, in the PDF's keywords, in the JSON; ``audit verify --anchor REPORT`` reads it back
and catches an audit trail rewritten after the report was sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from tcd_desktop.cli import run_cli
from tcd_desktop.documents.anchor_stamp import anchor_in_file
from tcd_desktop.store.audit import current_anchor
from tests.services.reception_fixtures import PASSWORD, Office
from tests.services.report_fixtures import make_sample


@pytest.fixture
def supervisor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TCD_USER", "thanhtra")
    monkeypatch.setenv("TCD_PASSWORD", PASSWORD)


def test_report_files_carry_the_anchor_and_verify_reads_it(
    office: Office,
    supervisor: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_sample(office.db)
    with office.db.session() as s:
        head = current_anchor(s).line()
    assert (
        run_cli(["report", "01/TCD", "--period", "2026-Q3", "--json", "--database", office.db.url])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["anchor"] == head
    pdf, xlsx = tmp_path / "01-TCD.pdf", tmp_path / "01-TCD.xlsx"
    for out in (pdf, xlsx):
        assert (
            run_cli(
                [
                    "report",
                    "01/TCD",
                    "--period",
                    "2026-Q3",
                    "--out",
                    str(out),
                    "--database",
                    office.db.url,
                ]
            )
            == 0
        )
    capsys.readouterr()
    reader = PdfReader(pdf)
    text_all = " ".join(p.extract_text() for p in reader.pages)
    assert "Dấu neo nhật ký kiểm tra" in text_all
    printed = anchor_in_file(pdf)  # the head when counted, after the sign-in's own entry
    assert printed is not None and int(printed.split(":")[2]) > int(head.split(":")[2])
    assert printed.split(":")[3] in "".join(text_all.split())  # the hash, wrapped or not
    assert printed in (reader.metadata.get("/Keywords") or "")
    in_sheet = anchor_in_file(xlsx)
    assert in_sheet is not None and int(in_sheet.split(":")[2]) > int(printed.split(":")[2])
    sheet = load_workbook(xlsx).active
    assert any(in_sheet in str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    for report in (pdf, xlsx):
        code = run_cli(["audit", "verify", "--database", office.db.url, "--anchor", str(report)])
        assert code == 0, capsys.readouterr()
    capsys.readouterr()
    # the trail rewritten after the report was sent: caught from the report file alone
    with office.db.engine.begin() as conn:
        if office.db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER audit_entries_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER USER"))
        conn.execute(text("DELETE FROM audit_entries"))  # a wipe, head left as it was
    code = run_cli(["audit", "verify", "--database", office.db.url, "--anchor", str(pdf)])
    assert code == 1
    capsys.readouterr()


def test_a_file_without_anchor_is_refused(
    office: Office, supervisor: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "khac.pdf"
    other.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code = run_cli(["audit", "verify", "--database", office.db.url, "--anchor", str(other)])
    assert code != 0 and "không mang dấu neo" in capsys.readouterr().err
