"""Small drawing pieces of the NĐ 30/2020 layout: short rules, the underlined motto, QR codes."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from tcd_desktop.documents.styles import upper

RULE_THICKNESS = 0.75


class CenteredRule(Flowable):
    """A solid horizontal rule of a given length, centred in the available width."""

    def __init__(
        self, length: float, *, space_before: float = 2.0, space_after: float = 2.0
    ) -> None:
        super().__init__()
        self.length = length
        self.space_before = space_before
        self.space_after = space_after
        self._avail = length

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return availWidth, self.space_before + RULE_THICKNESS + self.space_after

    def draw(self) -> None:
        x = (self._avail - self.length) / 2
        y = self.space_after + RULE_THICKNESS / 2
        self.canv.setLineWidth(RULE_THICKNESS)
        self.canv.line(x, y, x + self.length, y)


class UnderlinedLine(Flowable):
    """One centred line of text with a rule exactly as long as the text, below its descenders.

    Used for the motto "Độc lập - Tự do - Hạnh phúc" (ô 1), whose rule must match the text.
    """

    def __init__(self, text: str, font: str, size: float, *, leading: float | None = None) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading or size * 1.25
        self.text_width = stringWidth(text, font, size)
        self._avail = self.text_width
        self._descent = size * 0.22

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return availWidth, self.leading + 2.0 + RULE_THICKNESS

    def draw(self) -> None:
        x = (self._avail - self.text_width) / 2
        rule_y = RULE_THICKNESS / 2 + 1.0
        baseline = rule_y + self._descent + 1.5
        canv = self.canv
        canv.setFont(self.font, self.size)
        canv.drawString(x, baseline, self.text)
        canv.setLineWidth(RULE_THICKNESS)
        canv.line(x, rule_y, x + self.text_width, rule_y)


_PARENT_ABBREVIATIONS = (
    ("ỦY BAN NHÂN DÂN", "UBND"),
    ("HỘI ĐỒNG NHÂN DÂN", "HĐND"),
    ("VIỆT NAM", "VN"),
)


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into as few lines as fit ``width``, with lines of similar length.

    "BAN TIẾP CÔNG DÂN TỈNH LẠNG SƠN" becomes "BAN TIẾP CÔNG DÂN" / "TỈNH LẠNG SƠN" rather
    than leaving one word alone on the second line. Explicit newlines are kept.
    """
    out: list[str] = []
    for chunk in text.split("\n"):
        words = chunk.split()
        greedy = simpleSplit(chunk, font, size, width) or [chunk]
        if len(greedy) != 2 or len(words) < 2:
            out += greedy
            continue
        best = min(
            (
                (" ".join(words[:i]), " ".join(words[i:]))
                for i in range(1, len(words))
                if stringWidth(" ".join(words[:i]), font, size) <= width
                and stringWidth(" ".join(words[i:]), font, size) <= width
            ),
            key=lambda pair: max(stringWidth(p, font, size) for p in pair),
            default=tuple(greedy),
        )
        out += list(best)
    return out


def fit_parent(name: str, font: str, size: float, width: float) -> str:
    """The parent body in upper case, with NĐ 30's usual abbreviations if it needs them to fit."""
    text = upper(name)
    for long, short in _PARENT_ABBREVIATIONS:
        if stringWidth(text, font, size) <= width:
            break
        text = text.replace(long, short)
    return text


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules of ``payload`` (UTF-8 byte mode, error correction M, no quiet zone)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw a vector QR code of ``payload`` with its lower-left corner at ``(x, y)``."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    module = size / n
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * module
        col = 0
        while col < n:
            if not row[col]:
                col += 1
                continue
            start = col
            while col < n and row[col]:
                col += 1
            canvas.rect(x + start * module, top, (col - start) * module, module, stroke=0, fill=1)
    canvas.restoreState()
