"""Folded words for the repeat check: what a petition is about and whom it names.

Common petition words and the words of titles and bodies are left out, so that two
petitions match on what is particular to them.
"""

from __future__ import annotations

import re

from tcd_desktop.domain.folding import fold

_WORD = re.compile(r"[a-z0-9]+")
#: Words too common in petitions to say anything about their content.
STOPWORDS = frozenset(
    (
        "khieu",
        "nai",
        "to",
        "cao",
        "kien",
        "nghi",
        "phan",
        "anh",
        "don",
        "de",
        "yeu",
        "cau",
        "viec",
        "cua",
        "cho",
        "va",
        "cac",
        "nhung",
        "ve",
        "tai",
        "so",
        "voi",
        "theo",
        "den",
        "tu",
        "la",
        "co",
        "khong",
        "da",
        "duoc",
        "bi",
        "nay",
        "do",
        "ong",
        "ba",
        "chi",
        "em",
        "toi",
        "chung",
        "cong",
        "dan",
        "xa",
        "phuong",
        "tinh",
        "thanh",
        "pho",
        "huyen",
        "quan",
        "ngay",
        "thang",
        "nam",
        "lai",
        "mot",
        "hai",
    )
)

#: Words of titles and bodies' names shared by most respondents ("Chủ tịch Ủy ban nhân dân").
PARTY_STOPWORDS = frozenset(
    (
        "chu",
        "tich",
        "uy",
        "ban",
        "nhan",
        "so",
        "phong",
        "can",
        "bo",
        "giam",
        "doc",
        "truong",
        "pho",
        "vien",
        "chuc",
        "quyen",
        "co",
        "quan",
        "don",
        "vi",
        "ong",
        "ba",
    )
)


def content_words(raw: str) -> set[str]:
    """Folded words of a text that carry meaning (stop words and one letter dropped)."""
    return {w for w in _WORD.findall(fold(raw)) if len(w) > 1 and w not in STOPWORDS}


def party_words(raw: str) -> set[str]:
    """Words naming a respondent, without titles and the words of every body's name."""
    return content_words(raw) - PARTY_STOPWORDS


def overlap(a: set[str], b: set[str]) -> float:
    """Jaccard overlap of two word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
