"""Cutting one tall paragraph into pieces of at most a given height, in one wrap.

reportlab's ``Paragraph.split`` cuts one piece off and leaves the rest as a new paragraph,
which must be wrapped again before the next cut: cutting a text of *n* lines that way costs
the square of *n* (a 6,000-character summary took minutes in the register PDF).  Here the
paragraph is wrapped once and its lines are dealt out to the pieces, the way ``split`` builds
its first part; the pieces hold the same lines as repeated splitting gives.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines


def split_lines(para: Paragraph, width: float, height: float) -> list[Paragraph]:
    """``para`` as paragraphs each at most ``height`` tall at ``width`` ([para] if it fits).

    Falls back to repeated ``split`` for styles whose line heights vary (auto leading), an
    indented first line or end dots, which ``split`` treats specially.
    """
    style = para.style
    simple = (
        getattr(para, "autoLeading", getattr(style, "autoLeading", "")) in ("", "off")
        and not style.firstLineIndent
        and not style.endDots
        and not getattr(para, "bulletText", None)
    )
    if not simple:
        return _split_repeatedly(para, width, height)
    _w, total = para.wrap(width, 1e9)
    per_piece = int(height / float(style.leading))
    if total <= height or per_piece < 2:  # fits, or cannot be split (split refuses orphans)
        return [para]
    blpara = para.blPara
    lines = blpara.lines
    cut = para._get_split_blParaFunc()
    pieces: list[Paragraph] = []
    for start in range(0, len(lines), per_piece):
        stop = min(start + per_piece, len(lines))
        piece = Paragraph(None, style, frags=cut(blpara, start, stop))
        if stop < len(lines):  # a first part, as ``split`` makes it: its lines kept
            piece.blPara = ParaLines(kind=1, lines=lines[start:stop], aH=height, aW=width)
            last = lines[stop - 1]
            piece._JustifyLast = not (
                isinstance(last, FragLine) and getattr(last, "lineBreak", False)
            )
            piece._splitpara = 1
            piece.height = (stop - start) * style.leading
            piece.width = width
        pieces.append(piece)
    return pieces


def _split_repeatedly(para: Paragraph, width: float, height: float) -> list[Paragraph]:
    parts = [para]
    while True:
        _w, tall = parts[-1].wrap(width, 1e9)
        if tall <= height:
            return parts
        split = parts[-1].split(width, height)
        if len(split) < 2:  # cannot be split (one enormous word): leave it whole
            return parts
        parts[-1:] = split
