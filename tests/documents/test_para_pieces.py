"""Cutting a tall paragraph in one wrap gives the pieces repeated ``split`` gives."""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from tcd_desktop.documents.fonts import SERIF, register_fonts
from tcd_desktop.documents.para_pieces import _split_repeatedly, split_lines

WORDS = st.sampled_from(
    ["Nguyễn", "Văn", "khiếu", "nại", "quyết", "định", "số", "12/QĐ-UBND", "đất", "ở", "\n",
     "x" * 60, "0912 345 678", "Ủy", "ban", "nhân", "dân", "xã", "<&>", "Đ" * 25]
)  # fmt: skip


def _style() -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("cell", fontName=SERIF, fontSize=8.5, leading=10)


def _para(text: str) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _style())


def _lines(pieces: list[Paragraph], width: float) -> list[list[str]]:
    """Each piece's printed lines (its words), as wrapping it for drawing lays them out."""
    out: list[list[str]] = []
    for piece in pieces:
        piece.wrap(width, 1e9)
        lines = piece.blPara.lines
        if piece.blPara.kind == 0:
            out.append([" ".join(words) for _space, words in lines])
        else:
            out.append(["".join(f.text for f in line.words) for line in lines])
    return out


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=400),
    width=st.sampled_from([40.0, 75.0, 150.0]),
    height=st.sampled_from([8.0, 25.0, 120.0]),
)
def test_one_wrap_gives_the_pieces_of_repeated_splits(
    words: list[str], width: float, height: float
) -> None:
    text = " ".join(words)
    fast = split_lines(_para(text), width, height)
    slow = _split_repeatedly(_para(text), width, height)
    assert len(fast) == len(slow)
    assert _lines(fast, width) == _lines(slow, width)
    assert sum(map(len, _lines(fast, width))) > 0
    for piece in fast[:-1]:
        assert piece.wrap(width, 1e9)[1] <= height


def test_a_long_summary_is_cut_into_many_pieces_in_order() -> None:
    text = " ".join(f"đoạn{i}" for i in range(3000))
    pieces = split_lines(_para(text), 60.0, 120.0)
    assert len(pieces) > 20
    printed = [line for piece in _lines(pieces, 60.0) for line in piece]
    assert " ".join(printed).split() == text.split()
