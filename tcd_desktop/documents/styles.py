"""Paragraph styles of the NĐ 30/2020 layout and small text helpers for the forms.

Sizes follow Phụ lục I of Nghị định 30/2020: header 13 pt, motto 14 pt bold, place and date
14 pt italic, title and summary 14 pt bold, body 13–14 pt justified with a 1 cm first-line
indent and 6 pt between paragraphs, "Nơi nhận" 12 pt bold italic with its list in 11 pt.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import TableStyle

from tcd_desktop.documents.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    register_fonts,
)

HEADER_SIZE = 13.0
NATIONAL_SIZE = 12.0
"""Quốc hiệu: 12–13 pt allowed; at 13 pt it is 95.7 mm wide, too wide beside a body name."""
BODY_HEADER_SIZE = 12.0
"""Body names in the left header column (12–13 pt allowed; 12 keeps "ỦY BAN NHÂN DÂN TỈNH …" on one line)."""
MOTTO_SIZE = 13.0
DATE_SIZE = 14.0
TITLE_SIZE = 14.0
RECIPIENTS_LABEL_SIZE = 12.0
RECIPIENTS_SIZE = 11.0
INDENT = 1 * cm
LEADING = 1.25
"""Line height as a multiple of the font size (stacked Vietnamese marks need ≥ 1.2)."""

PLACEHOLDER = "…………………"
"""Printed where an optional field is empty, so the officer can fill it in by hand."""


def clean(text: str) -> str:
    """NFC-normalised text with surrounding blanks removed."""
    return unicodedata.normalize("NFC", text).strip()


def esc(text: str) -> str:
    """Text made safe for reportlab paragraph markup (NFC, ``&<>`` escaped, newlines kept)."""
    return escape(clean(text)).replace("\n", "<br/>")


def value(text: str | None, placeholder: str = PLACEHOLDER) -> str:
    """Escaped ``text``, or a dotted placeholder when it is empty."""
    return esc(text) if text and clean(text) else placeholder


def upper(text: str) -> str:
    """Upper case of Vietnamese text ("Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN")."""
    return clean(text).upper()


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a form needs, for one body size."""

    size: float
    header: ParagraphStyle
    body_header: ParagraphStyle
    body_header_bold: ParagraphStyle
    national: ParagraphStyle
    motto: ParagraphStyle
    place_date: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    authority: ParagraphStyle
    addressee: ParagraphStyle
    basis: ParagraphStyle
    body: ParagraphStyle
    body_flush: ParagraphStyle
    body_left: ParagraphStyle
    """A line of labelled fields ("Căn cước số: …; ngày cấp: …"): indented like the body but
    not justified, so a short line with dotted blanks is not stretched across the page."""
    heading: ParagraphStyle
    center: ParagraphStyle
    center_bold: ParagraphStyle
    center_italic: ParagraphStyle
    recipients_label: ParagraphStyle
    recipients: ParagraphStyle
    sign_title: ParagraphStyle
    sign_note: ParagraphStyle
    sign_name: ParagraphStyle
    sign_extra: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    small: ParagraphStyle


def _style(name: str, font: str, size: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * LEADING, **kw)


@cache
def styles(size: float = 14.0) -> Styles:
    """The style set for a body of ``size`` points (13 or 14; fonts registered on first use)."""
    register_fonts()
    center = {"alignment": TA_CENTER}
    cell = max(size - 1.5, 11.0)
    return Styles(
        size=size,
        header=_style("header", SERIF, HEADER_SIZE, **center),
        body_header=_style("body_header", SERIF, BODY_HEADER_SIZE, **center),
        body_header_bold=_style("body_header_bold", SERIF_BOLD, BODY_HEADER_SIZE, **center),
        national=_style("national", SERIF_BOLD, NATIONAL_SIZE, **center),
        motto=_style("motto", SERIF_BOLD, MOTTO_SIZE, **center),
        place_date=_style("place_date", SERIF_ITALIC, DATE_SIZE, **center),
        title=_style("title", SERIF_BOLD, TITLE_SIZE, **center),
        subtitle=_style("subtitle", SERIF_BOLD, TITLE_SIZE, **center),
        authority=_style("authority", SERIF_BOLD, TITLE_SIZE, spaceBefore=6, **center),
        addressee=_style("addressee", SERIF, size, spaceBefore=6, spaceAfter=6, **center),
        basis=_style(
            "basis", SERIF_ITALIC, size, alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=3
        ),
        body=_style(
            "body", SERIF, size, alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=6
        ),
        body_flush=_style("body_flush", SERIF, size, alignment=TA_JUSTIFY, spaceAfter=3),
        body_left=_style(
            "body_left", SERIF, size, alignment=TA_LEFT, firstLineIndent=INDENT, spaceAfter=6
        ),
        heading=_style(
            "heading",
            SERIF_BOLD,
            size,
            alignment=TA_JUSTIFY,
            firstLineIndent=INDENT,
            spaceBefore=3,
            spaceAfter=3,
            keepWithNext=1,
        ),
        center=_style("center", SERIF, size, **center),
        center_bold=_style("center_bold", SERIF_BOLD, size, spaceBefore=6, spaceAfter=6, **center),
        center_italic=_style("center_italic", SERIF_ITALIC, size, **center),
        recipients_label=_style(
            "recipients_label", SERIF_BOLD_ITALIC, RECIPIENTS_LABEL_SIZE, alignment=TA_LEFT
        ),
        recipients=_style("recipients", SERIF, RECIPIENTS_SIZE, alignment=TA_LEFT),
        sign_title=_style("sign_title", SERIF_BOLD, size, **center),
        sign_note=_style("sign_note", SERIF_ITALIC, size - 1, **center),
        sign_name=_style("sign_name", SERIF_BOLD, size, **center),
        sign_extra=_style("sign_extra", SERIF_ITALIC, RECIPIENTS_SIZE, **center),
        cell=_style("cell", SERIF, cell, alignment=TA_LEFT),
        cell_center=_style("cell_center", SERIF, cell, **center),
        cell_head=_style("cell_head", SERIF_BOLD, cell, **center),
        small=_style("small", SERIF, 8, alignment=TA_LEFT),
    )


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose cells default to Liberation Serif (reportlab's default is an
    unembedded Helvetica, which would otherwise be referenced by every table)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), *commands])
