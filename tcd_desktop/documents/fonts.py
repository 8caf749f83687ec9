"""The bundled Liberation 2 fonts, registered with reportlab for printed documents.

Liberation Serif 2 is metric-compatible with Times New Roman (the font Nghị định 30/2020
expects) and, unlike Liberation 1.x, covers every Vietnamese letter.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tcd_desktop.config.resources import resource_path

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"
SANS = "LiberationSans"
SANS_BOLD = "LiberationSans-Bold"
SANS_ITALIC = "LiberationSans-Italic"
SANS_BOLD_ITALIC = "LiberationSans-BoldItalic"

#: family -> (regular, bold, italic, bold italic) reportlab font names
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    SERIF: (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC),
    SANS: (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC),
}

_STYLE_SUFFIXES = ("Regular", "Bold", "Italic", "BoldItalic")
_lock = threading.Lock()
_registered = False


def font_file(family: str, style: str = "Regular") -> str:
    """Path of a bundled TTF, e.g. ``font_file(SERIF, "Bold")``."""
    return str(resource_path("fonts", f"{family}-{style}.ttf"))


def register_fonts() -> None:
    """Register both families with reportlab; cheap and safe to call any number of times.

    After it, paragraphs may use ``fontName=SERIF`` with ``<b>``/``<i>`` markup: the bold and
    italic faces are mapped with :func:`reportlab.pdfbase.pdfmetrics.registerFontFamily`.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for family, names in FAMILIES.items():
            for name, style in zip(names, _STYLE_SUFFIXES, strict=True):
                pdfmetrics.registerFont(TTFont(name, font_file(family, style)))
            regular, bold, italic, bold_italic = names
            pdfmetrics.registerFontFamily(
                family, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
            )
        _registered = True
