"""Vietnamese honorifics and introducing words that make a lone name word identifying."""

from __future__ import annotations

import unicodedata

#: Honorifics and introducing words that make a single name word identifying ("bà Ánh").
HONORIFICS_MARKED: tuple[str, ...] = tuple(
    [
        "ông",
        "bà",
        "anh",
        "chị",
        "cô",
        "chú",
        "bác",
        "em",
        "cháu",
        "cụ",
        "dì",
        "thím",
        "mợ",
        "cậu",
        "ngài",
        "tên",
        "là",
        "gọi",
        "người tên",
        "họ tên",
        "ông/bà",
        "ông bà",
    ]
)

HONORIFICS = tuple(
    dict.fromkeys(
        "".join("d" if c in "đĐ" else unicodedata.normalize("NFD", c)[0] for c in h)
        for h in HONORIFICS_MARKED
    )
)
"""The same, folded (what the patterns match)."""
