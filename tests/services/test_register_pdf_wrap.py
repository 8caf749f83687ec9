"""The register PDF prints every summary whole (#9 item 10): a long one wraps, and a row
taller than the page continues on the next page under the repeated header, never cut."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tcd_desktop.documents.register_layout import layout_for_period
from tcd_desktop.services.register.pdf import write_pdf
from tests.documents.pdftext import reader


class _Row:
    def __init__(self, summary: str) -> None:
        self.summary = summary

    def cells(self, stt: int) -> tuple[object, ...]:
        return (
            stt,
            dt.date(2026, 8, 3),
            "Đặng Đức Đạt, xã Tân Thanh",
            "020085001234",
            self.summary,
            "Khiếu nại",
            2,
            "UBND xã",
            "x",
            "",
            "",
            "Đang giải quyết",
            "",
        )


def _pages(tmp_path: Path, summaries: list[str]) -> list[str]:
    path = tmp_path / "so.pdf"
    day = dt.date(2026, 8, 3)
    rows = [_Row(s) for s in summaries]
    assert write_pdf(
        path,
        rows,
        "SỔ TIẾP CÔNG DÂN",
        "x",
        (),
        "",  # type: ignore[arg-type]
        layout=layout_for_period(day, day),
        issuer="UBND xã Tân Thanh",
    ) == len(rows)
    return ["".join(p.extract_text().split()) for p in reader(path.read_bytes()).pages]


def test_a_long_summary_is_wrapped_whole_across_pages(tmp_path: Path) -> None:
    words = [f"đoạn{i:04d}" for i in range(2500)]  # far more than one page of a 40 mm column
    pages = _pages(tmp_path, ["Ngắn gọn", " ".join(words), "Sau cùng"])
    assert len(pages) >= 3
    text = "".join(pages)
    assert "…" not in text and "xemđủtrongbảnExcel" not in text
    positions = [text.find(w) for w in words]
    assert all(p >= 0 for p in positions), "a word of the summary is missing"
    assert positions == sorted(positions)  # in order, page after page
    assert all("(13)" in page for page in pages)  # the header rows repeated on every page
    assert "Saucùng" in pages[-1]
