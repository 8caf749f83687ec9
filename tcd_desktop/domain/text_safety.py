"""Characters that must never enter the records: NUL, escape codes and other controls.

Typed text, imported cells and command-line arguments are checked at the boundary: a NUL in
a name breaks every later XLSX export and PostgreSQL refuses it, and escape codes can rewrite
a terminal. Tab and line breaks are ordinary text.
"""

from __future__ import annotations

import re

#: Line breaks and tab are allowed; everything else below U+0020, DEL and the C1 block are not.
ALLOWED_CONTROLS = frozenset("\t\n\r")
NONCHARACTERS = frozenset({0xFFFE, 0xFFFF})
#: The same set as :func:`is_control`, for a fast search through long texts.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def is_control(c: str) -> bool:
    """True for a control character that text fields refuse."""
    code = ord(c)
    if code < 0x20:
        return c not in ALLOWED_CONTROLS
    return 0x7F <= code <= 0x9F or code in NONCHARACTERS or 0xD800 <= code <= 0xDFFF


def first_control(text: str) -> str | None:
    """The first refused control character of ``text``, or None."""
    match = _CONTROL.search(text)
    return match.group() if match else None


def control_problem(text: str, what: str) -> str | None:
    """Vietnamese message naming the refused character, or None when ``text`` is clean."""
    bad = first_control(text)
    if bad is None:
        return None
    return f"{what} chứa ký tự điều khiển không được phép (mã U+{ord(bad):04X})."
