"""Reading generated PDFs back with pypdf: text (NFC, whitespace collapsed) and positions."""

from __future__ import annotations

import io
import re
import unicodedata

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, NFC-normalised, runs of whitespace (line breaks) collapsed."""
    return [_norm(page.extract_text()) for page in reader(pdf).pages]


def pdf_text(pdf: bytes) -> str:
    """The whole document's text (pages joined by a space)."""
    return " ".join(page_texts(pdf))


def positions(pdf: bytes, page: int = 0) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run on a page, in page coordinates (origin bottom-left)."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            found.append((x, y, unicodedata.normalize("NFC", text).strip()))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return found


def y_of(pdf: bytes, startswith: str, page: int = 0) -> float:
    """Baseline height of the first text run starting with ``startswith``."""
    for _x, y, text in positions(pdf, page):
        if text.startswith(startswith):
            return y
    raise AssertionError(f"{startswith!r} not found on page {page + 1}")
