"""The register PDF under hostile strings: markup, bidi controls, emoji, huge and many-line
cells. Every one gives a readable PDF whose rows fit on their pages."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from tcd_desktop.services.register_io import FORM_CODE, HEADERS, TITLE
from tcd_desktop.services.register_io_pdf import write_pdf

INPUTS = {"pdf": 0}


class _Row:
    """A register row whose every text cell is ``text`` (the PDF writer reads ``cells``)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def cells(self, stt: int) -> tuple[object, ...]:
        t = self.text
        return (stt, dt.date(2026, 8, 5), t, t[:40], t, t[:200], 1, t, "x", t, t, t, t)


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
@given(texts=st.lists(hostile_text, min_size=1, max_size=3))
def test_register_pdf_takes_any_text(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    INPUTS["pdf"] += 1
    path = tmp_path_factory.mktemp("p") / "so.pdf"
    count = write_pdf(path, [_Row(t) for t in texts], TITLE, "x", HEADERS, FORM_CODE)  # type: ignore[misc]
    assert count == len(texts)
    reader = PdfReader(path)
    assert len(reader.pages) >= 1 and "SỔ TIẾP CÔNG DÂN" in reader.pages[0].extract_text()
    if INPUTS["pdf"] == 25:
        print(f"\n[hostile PDF] inputs tried: {INPUTS['pdf']}")
