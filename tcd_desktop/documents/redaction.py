"""Removing a denouncer's identity from the text of documents that are published or shown
to people who may not know it (Luật Tố cáo Điều 8 k3, Điều 40 k3, Điều 47, Điều 56).

The redaction works from what the record knows of the person (:class:`SealedPerson`):

- the full name, and any run of two or more of its words ("Bích Ngọc", "Trịnh Thị");
- any single name word after an honorific or an introducing word ("bà Ánh", "chị Ngọc",
  "ông Trịnh", "tên Ngọc", "Ông/Bà Ngọc");
- the names of relatives and companions the record holds, by the same rules;
- every identifier (CCCD/CMND, passport, phone) in any spacing or punctuation
  ("0987 123 456", "0987.123.456", "+84 987-123-456", "(84) 987123456");
- the address (whole, and its house-and-street part), and the e-mail.

Matching ignores case and diacritics ("Dang Duc Dat" matches "Đặng Đức Đạt") and invisible
characters (zero-width spaces, soft hyphens) slipped between letters, so an officer who typed
the name without marks in a free-text field is still caught.  Any run of nine or more digits
is removed as well, whoever's number it is.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

REDACTED = "[người tố cáo]"
MIN_TERM_LENGTH = 3
"""Shorter plain terms are ignored: they would blank out ordinary words."""

#: Honorifics and introducing words (folded) that make a single name word identifying.
HONORIFICS = (
    "ong", "ba", "anh", "chi", "co", "chu", "bac", "em", "chau", "cu", "di", "thim", "mo",
    "cau", "ngai", "ten", "la", "goi", "nguoi ten", "ho ten", "ong/ba", "ong ba",
)  # fmt: skip
_COMMON_MIDDLE = frozenset({"thi", "van"})
"""Middle names that are also ordinary words ("thị trấn", "văn bản"): not alone."""
_SEP = r"[\W_]{1,4}"
"""Between two words of a name: spaces, dots, hyphens, a slash…"""
_DIGIT_SEP = r"[\s.\-/()_,]{0,3}"
"""Between two digits of a number: "0987 123 456", "0987.123.456", "(84) 987"."""
_LEFT = r"(?<![^\W_])"
_RIGHT = r"(?![^\W_])"
_LONG_NUMBER = re.compile(r"(?<![\d+])(?:\d{9,}|(?:\+[ ]?84|0)(?:[ .\-]?\d){8,10})(?!\d)")
"""Anyone's number: nine digits or more in a row, or a phone written with separators."""

T = TypeVar("T")


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.casefold()[:1] or base


def fold_keep_length(text: str) -> str:
    """Lower case, marks removed, đ → d, one output character per input character."""
    return "".join(_fold_char(ch) for ch in text)


def _clean(text: str) -> str:
    """NFC, with invisible format characters (zero-width space, soft hyphen…) removed."""
    text = unicodedata.normalize("NFC", text or "")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold_keep_length(_clean(text)))


@dataclass(frozen=True)
class SealedPerson:
    """What the record knows of one protected person (a denouncer, a co-signatory, a
    relative): every value is optional."""

    full_name: str = ""
    address: str = ""
    commune: str = ""
    id_numbers: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    """Names of relatives the record holds (spouse, parents, children: Luật TC Điều 47)."""


def _name_patterns(name: str) -> list[str]:
    words = _words(name)
    if not words:
        return []
    sep = _SEP
    out: list[str] = []
    joined = r"[\W_]{0,4}"
    # Every run of two or more name words that ends with the given name ("Bích Ngọc"),
    # also written together ("BichNgoc"); the family name with the given name ("Trịnh Ngọc").
    for i in range(len(words) - 1):
        out.append(joined.join(re.escape(w) for w in words[i:]))
    if len(words) > 2:
        out.append(joined.join(re.escape(w) for w in (words[0], words[-1])))
    # A single name word after an honorific or an introducing word ("bà Ánh", "ông Trịnh").
    honorific = "|".join(re.escape(h).replace(r"\ ", sep) for h in HONORIFICS)
    parts = {w for w in words if w not in _COMMON_MIDDLE} or set(words)
    single = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
    out.append(rf"(?:{honorific}){sep}(?:{single})")
    if len(words) == 1 and len(words[0]) >= MIN_TERM_LENGTH:
        out.append(re.escape(words[0]))
    return out


def _digits_pattern(digits: str) -> str:
    return _DIGIT_SEP.join(re.escape(d) for d in digits)


def _number_patterns(number: str) -> list[str]:
    digits = re.sub(r"\D", "", number)
    if len(digits) < 6:
        return []
    return [rf"(?<!\d){_digits_pattern(digits)}(?!\d)"]


def _phone_patterns(phone: str) -> list[str]:
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("84") and len(digits) >= 11:
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        national = digits
    if len(national) < 6:
        return []
    prefix = rf"(?:\+?{_DIGIT_SEP}8{_DIGIT_SEP}4{_DIGIT_SEP}|0{_DIGIT_SEP})?"
    return [rf"(?<!\d){prefix}{_digits_pattern(national)}(?!\d)"]


def _text_patterns(text: str) -> list[str]:
    words = _words(text)
    if not words or len("".join(words)) < MIN_TERM_LENGTH:
        return []
    return [_SEP.join(re.escape(w) for w in words)]


def _address_patterns(address: str, commune: str) -> list[str]:
    out = _text_patterns(address)
    head = _clean(address).split(",")[0]
    if len(_words(head)) >= 2 or re.search(r"\d", head):
        out += _text_patterns(head)
    if address and commune:
        out += _text_patterns(f"{address}, {commune}")
    return out


def person_patterns(person: SealedPerson) -> list[str]:
    """The regular expressions (over folded text) that find ``person`` in a text."""
    out = _name_patterns(person.full_name)
    for name in person.relatives:
        out += _name_patterns(name)
    out += _address_patterns(person.address, person.commune)
    for number in person.id_numbers:
        out += _number_patterns(number)
    for phone in person.phones:
        out += _phone_patterns(phone)
    for email in person.emails:
        out += _text_patterns(email) + [re.escape(fold_keep_length(email.strip()))] * bool(email)
    return [p for p in out if p]


def _compile(people: Sequence[SealedPerson], terms: Iterable[str]) -> list[re.Pattern[str]]:
    patterns: list[str] = []
    for person in people:
        patterns += person_patterns(person)
    for term in terms:
        patterns += _text_patterns(term)
    return [re.compile(f"{_LEFT}(?:{p}){_RIGHT}") for p in sorted(set(patterns))]


def _spans(
    folded: str, patterns: list[re.Pattern[str]], *, numbers: bool = True
) -> list[tuple[int, int]]:
    """Every stretch any pattern matches (overlaps included: "có Trịnh Ánh" is caught as
    "cô Trịnh" and as "Trịnh Ánh"), merged, with blanks between two stretches absorbed."""
    spans = [
        (m.start(), m.end()) for p in patterns for m in p.finditer(folded) if m.end() > m.start()
    ]
    if numbers:
        spans += [(m.start(), m.end()) for m in _LONG_NUMBER.finditer(folded)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or not folded[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redact_person(
    text: str,
    people: Sequence[SealedPerson],
    replacement: str = REDACTED,
    *,
    terms: Iterable[str] = (),
) -> str:
    """``text`` with every trace of ``people`` (and of the plain ``terms``) replaced.

    Runs of nine or more digits go too, whoever's they are.  Idempotent: redacting twice
    changes nothing more.
    """
    clean = _clean(text)
    if not clean:
        return clean
    folded = fold_keep_length(clean)
    spans = _spans(folded, _compile(people, terms))
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(clean[last:start])
        out.append(replacement)
        last = end
    out.append(clean[last:])
    return "".join(out)


def redact_text(text: str, terms: Iterable[str], replacement: str = REDACTED) -> str:
    """``text`` (NFC) with every occurrence of any of ``terms`` replaced.

    Each term is also read as a name (its words with an honorific, its word runs) and as a
    number in any spacing, so a bare list of terms gets the same person-aware treatment.
    """
    people = [_person_from_term(t) for t in terms if t and t.strip()]
    return redact_person(text, people, replacement)


def _person_from_term(term: str) -> SealedPerson:
    digits = re.sub(r"\D", "", term)
    if digits and len(digits) >= 6 and not re.search(r"[^\W\d_]", term):
        return SealedPerson(id_numbers=(term,), phones=(term,))
    if "@" in term:
        return SealedPerson(emails=(term,))
    if "," in term or re.search(r"\d", term):
        return SealedPerson(address=term)
    return SealedPerson(full_name=term)


def contains_any(text: str, terms: Iterable[str]) -> bool:
    """True when ``text`` still contains one of ``terms`` (case and diacritics ignored)."""
    people = [_person_from_term(t) for t in terms if t and t.strip()]
    folded = fold_keep_length(_clean(text))
    return bool(_spans(folded, _compile(people, ()), numbers=False))


def _redact_value(value: Any, terms: list[str]) -> Any:
    if type(value) is str:
        return redact_text(value, terms)
    if isinstance(value, tuple):
        return tuple(_redact_value(v, terms) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return redact_dataclass(value, terms)
    return value


def redact_dataclass(obj: T, terms: Iterable[str], *, skip: Iterable[str] = ()) -> T:
    """A copy of a frozen dataclass with every text field (nested too) redacted."""
    term_list = list(terms)
    skipped = set(skip)
    changes = {
        f.name: _redact_value(getattr(obj, f.name), term_list)
        for f in dataclasses.fields(obj)  # type: ignore[arg-type]
        if f.name not in skipped
    }
    return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
