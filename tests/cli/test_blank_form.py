"""``tcd-desktop blank-form``: empty citizen letters in the version in force on a date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tcd_desktop.__main__ import main
from tests.documents.pdftext import pdf_text


@pytest.mark.parametrize(
    ("code", "title", "form"),
    [
        ("kn.petition", "ĐƠN KHIẾU NẠI", "Mẫu số 01 ban hành kèm theo Nghị định số 155/2026"),
        ("kn.authorisation", "GIẤY ỦY QUYỀN KHIẾU NẠI", "Mẫu số 02"),
        ("tc.withdrawal", "ĐƠN RÚT TỐ CÁO", "Mẫu số 02"),
    ],
)
def test_blank_form_writes_the_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str, title: str, form: str
) -> None:
    out = tmp_path / "don.pdf"
    assert main(["blank-form", code, "--out", str(out), "--date", "2026-08-01"]) == 0
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert title in text and form in text and "ngày …… tháng …… năm ……" in text
    assert "Đã ghi mẫu" in capsys.readouterr().out


def test_blank_form_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["blank-form", "kn.nope", "--out", str(out)]) != 0
    assert main(["blank-form", "kn.petition", "--out", str(out), "--date", "2019-01-01"]) != 0
    assert main(["blank-form", "kn.petition", "--out", str(tmp_path / "x.docx")]) != 0
    err = capsys.readouterr().err
    assert "Không có mẫu đơn trống" in err and "Traceback" not in err
    assert not out.exists()
