"""``tcd-desktop report``: JSON shape, sign-in for drill-down and files, files read back."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tcd_desktop.cli.common import CliError
from tcd_desktop.cli.report_cmds import add_report_commands
from tests.services.conftest import audit_actions
from tests.services.reception_fixtures import PASSWORD, Office
from tests.services.report_fixtures import make_sample


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Parse and run like ``tcd_desktop.cli.run_cli`` does."""
    parser = argparse.ArgumentParser(prog="tcd-desktop")
    add_report_commands(parser.add_subparsers())
    ns = parser.parse_args(list(args))
    try:
        code = int(ns.handler(ns) or 0)
    except CliError as exc:
        print(f"Lỗi: {exc}")
        code = exc.exit_code
    out, _err = capsys.readouterr()
    return code, out


@pytest.fixture
def signed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TCD_USER", "thanhtra")
    monkeypatch.setenv("TCD_PASSWORD", PASSWORD)


def test_json_report_needs_no_sign_in(office: Office, capsys: pytest.CaptureFixture[str]):
    make_sample(office.db)
    code, out = run(
        capsys, "report", "01/tcd", "--period", "2026-Q3", "--json", "--database", office.db.url
    )
    assert code == 0
    data = json.loads(out)
    assert data["form"] == "01/TCD"
    assert data["period"]["from"] == "2026-06-15" and data["period"]["to"] == "2026-09-14"
    assert len(data["columns"]) == 29 and data["columns"][0]["formula"] == "1=4+13+22"
    assert {"unit", "level", "values"} <= set(data["rows"][0])
    assert len(data["total"]) == 29
    code, out = run(
        capsys,
        "report",
        "01/XLD",
        "--from",
        "2026-03-14",
        "--to",
        "2026-03-15",
        "--kind",
        "dot-xuat",
        "--json",
        "--database",
        office.db.url,
    )
    assert code == 0 and json.loads(out)["period"]["label"].startswith("Đột xuất")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["01/TCD", "--period", "2026-Q5"], "Kỳ báo cáo không hợp lệ"),
        (["09/ABC", "--period", "2026"], "Không có biểu số"),
        (["01/TCD"], "Cần --period"),
        (["01/TCD", "--period", "2026", "--from", "2026-01-01"], "không dùng cả hai"),
        (["01/TCD", "--from", "2026-02-01", "--to", "2026-01-01"], "trước ngày bắt đầu"),
        (["01/TCD", "--period", "2026", "--out", "x.docx"], ".xlsx hoặc .pdf"),
        (["01/TCD", "--period", "2026", "--drill", "30"], "không có cột 30"),
        (["01/TCD", "--period", "2026", "--drill", "4"], "cần đăng nhập"),
        (["01/TCD", "--period", "2026", "--unit", "NOPE"], "Không có cơ quan"),
        (["01/TCD", "--period", "2026", "--unlock"], "cần --reason"),
    ],
)
def test_bad_input_is_refused(
    office: Office, capsys: pytest.CaptureFixture[str], args: list[str], message: str
):
    code, out = run(capsys, "report", *args, "--database", office.db.url)
    assert code != 0 and out.startswith("Lỗi: ") and message in out


def test_drill_and_files_sign_in(
    office: Office, signed: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    make_sample(office.db)
    url = office.db.url
    code, out = run(capsys, "report", "01/XLD", "--period", "2026", "--json", "--database", url)
    total = json.loads(out)["total"]
    code, out = run(
        capsys, "report", "01/XLD", "--period", "2026", "--drill", "3", "--json", "--database", url
    )
    assert code == 0 and json.loads(out)["count"] == total[2] == len(json.loads(out)["items"])
    xlsx = tmp_path / "xld01.xlsx"
    code, _ = run(
        capsys, "report", "01/XLD", "--period", "2026", "--out", str(xlsx), "--database", url
    )
    assert code == 0
    ws = load_workbook(xlsx).active
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$5:$8"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"B5:D5", "E5:E7", "A5:A7"} <= merged  # group over 1–3; leaf 4 spans down
    assert ws["A8"].value == "MS" and ws["B8"].value == "1=2+3=4+5" and ws["C8"].value == 2
    last = ws.max_row - 2
    assert ws.cell(row=last, column=1).value == "Tổng cộng"
    assert [ws.cell(row=last, column=c).value for c in range(2, 24)] == total
    pdf = tmp_path / "xld01.pdf"
    code, _ = run(
        capsys, "report", "01/XLD", "--period", "2026", "--out", str(pdf), "--database", url
    )
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for needle in (
        "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
        "Số liệu tính từ ngày 15/12/2025 đến ngày 14/12/2026",
        "NGƯỜI LẬP BIỂU",
        "THỦ TRƯỞNG CƠ QUAN",
        "Biểu số 01/XLD",
    ):
        assert needle in text


def test_lock_then_unlock(office: Office, signed: None, capsys: pytest.CaptureFixture[str]):
    make_sample(office.db)
    url = office.db.url
    code, out = run(
        capsys, "report", "01/XLD", "--period", "2026-Q2", "--lock", "--json", "--database", url
    )
    assert code == 0 and json.loads(out)["locked"]
    code, out = run(capsys, "report", "01/XLD", "--period", "2026-Q2", "--lock", "--database", url)
    assert code != 0 and "đã khóa" in out
    code, out = run(
        capsys,
        "report",
        "01/XLD",
        "--period",
        "2026-Q2",
        "--unlock",
        "--reason",
        "Sửa số liệu",
        "--json",
        "--database",
        url,
    )
    assert code == 0 and "locked" not in json.loads(out)


def test_opening_balances_from_a_sheet_all_or_nothing(
    office: Office, signed: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    from openpyxl import Workbook

    sample = make_sample(office.db)
    url = office.db.url
    code, out = run(capsys, "report", "01/XLD", "--period", "2026-Q1", "--json", "--database", url)
    before = json.loads(out)["total"]
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã đơn vị", "Biểu", "Cột", "Số liệu", "Ngày", "Ghi chú"])
    ws.append([sample.commune, "01/XLD", 2, 5, "2026-01-01", "Sổ cũ"])
    ws.append([sample.department, "01/XLD", 2, 3, "01/01/2026", ""])
    ws.append(["NOPE", "01/XLD", 2, 1, "2026-01-01", ""])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    code, out = run(capsys, "report-opening", str(bad), "--database", url)
    assert code != 0 and "Dòng 4" in out and "Chưa nhập dòng nào" in out
    ws.delete_rows(4)
    good = tmp_path / "good.xlsx"
    wb.save(good)
    code, out = run(capsys, "report-opening", str(good), "--json", "--database", url)
    assert code == 0 and json.loads(out) == {"entered": 2}
    code, out = run(capsys, "report", "01/XLD", "--period", "2026-Q1", "--json", "--database", url)
    after = json.loads(out)["total"]
    assert after[1] == before[1] + 8 and after[0] == before[0] + 8
    code, out = run(capsys, "report-opening", str(good), "--database", url)
    assert code != 0 and "Đã nhập số dư" in out


def test_narrative_report_skeleton(
    office: Office, signed: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    make_sample(office.db)
    url = office.db.url
    out = tmp_path / "loivan.pdf"
    code, text = run(
        capsys, "report", "loi-van", "--period", "2026-Q3", "--out", str(out), "--database", url
    )
    assert code != 0 and "chỉ yêu cầu gửi biểu số liệu" in text and not out.exists()
    code, text = run(
        capsys, "report", "loi-van", "--period", "2026-H1", "--out", str(out), "--database", url
    )
    assert code == 0
    pdf = "".join(page.extract_text() for page in PdfReader(out).pages)
    code, data = run(capsys, "report", "01/TCD", "--period", "2026-H1", "--json", "--database", url)
    visits = json.loads(data)["total"][0]
    assert f"Trong kỳ đã tiếp {visits} lượt" in pdf
    assert "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI" in pdf


def test_cutoff_day_is_changed_by_an_administrator_only(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    url = office.db.url
    code, out = run(capsys, "report-cutoff", "--json", "--database", url)
    assert code == 0 and json.loads(out) == {"cutoff_day": 14}
    code, out = run(capsys, "report-cutoff", "20", "--database", url)
    assert code != 0 and "--reason" in out
    monkeypatch.setenv("TCD_PASSWORD", PASSWORD)
    monkeypatch.setenv("TCD_USER", "thanhtra")
    code, out = run(capsys, "report-cutoff", "20", "--reason", "Văn bản mới", "--database", url)
    assert code == 3 and "không có quyền" in out
    monkeypatch.setenv("TCD_USER", "admin")
    code, out = run(capsys, "report-cutoff", "20", "--reason", "Văn bản mới", "--database", url)
    assert code == 0 and "21/12/2025" in out
    code, out = run(capsys, "report", "01/XLD", "--period", "2026-Q1", "--json", "--database", url)
    assert json.loads(out)["period"]["from"] == "2025-12-21"
    assert "report.cutoff_day" in audit_actions(office.db)
