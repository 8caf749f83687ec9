"""Person-aware removal of a denouncer's identity from free text (Luật Tố cáo Điều 8 k3,
Điều 40 k3, Điều 47, Điều 56): pure Python, used by documents, services and queries alike.

The redaction works from what the record knows of the person (:class:`SealedPerson`):

- the full name, any run of two or more of its words ending with the given name ("Bích
  Ngọc", "Thị Bích Ngọc", also written together or hyphenated), the family name with the
  given name ("Trịnh Ngọc"), and the honorific before any of these ("Bà Trịnh Thị Ánh");
- the given name or a middle name after an honorific or an introducing word ("bà Ánh",
  "chị Bích", "tên Ngọc", "Ông/Bà Ngọc"), written with the right marks or none ("có
  đất" is not "cô Đạt"); never the family name alone ("ông Nguyễn" may be anyone);
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
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .honorifics import HONORIFICS, HONORIFICS_MARKED

REDACTED = "[người tố cáo]"
"""What replaces a redacted stretch unless the caller says otherwise."""
MIN_TERM_LENGTH = 3
"""Shorter plain terms are ignored: they would blank out ordinary words."""

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


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.casefold()[:1] or base


def fold_keep_length(text: str) -> str:
    """Lower case, marks removed, đ → d, one output character per input character."""
    return "".join(_fold_char(ch) for ch in text)


def clean_text(text: str) -> str:
    """NFC, with invisible format characters (zero-width space, soft hyphen…) removed."""
    text = unicodedata.normalize("NFC", text or "")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold_keep_length(clean_text(text)))


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


_MARKED = frozenset(re.sub(r"[\W_]+", " ", h) for h in HONORIFICS_MARKED)
_DIGIT_RUN = re.compile(r"\d(?:[\s.\-/()_,]{0,3}\d)*")
"""Digits with separators between them: where an ID or a phone may be written."""


@dataclass(frozen=True)
class DigitTarget:
    """A number found among the digits of a text whatever the spacing or punctuation
    ("0987 123 456", "0987.123.456", "(84) 987-123-456"); a phone also with its "0" or
    "84" prefix.  Cheaper than one regular expression per number."""

    digits: str
    phone: bool = False

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """Where the number stands in ``folded`` (not inside a longer number)."""
        out: list[tuple[int, int]] = []
        for run in _DIGIT_RUN.finditer(folded):
            at = [run.start() + k for k, ch in enumerate(run.group()) if ch.isdigit()]
            digits = "".join(folded[i] for i in at)
            i = digits.find(self.digits)
            while i >= 0:
                start, end = i, i + len(self.digits)
                if self.phone and digits[max(0, start - 2) : start] == "84":
                    start -= 2
                elif self.phone and start >= 1 and digits[start - 1] == "0":
                    start -= 1
                begin, stop = at[start], at[end - 1] + 1
                clear_left = begin == 0 or not folded[begin - 1].isdigit()
                if clear_left and (stop == len(folded) or not folded[stop].isdigit()):
                    out.append((begin, stop))
                i = digits.find(self.digits, i + 1)
        return out


Matcher = tuple[re.Pattern[str] | DigitTarget, frozenset[str] | None]
"""A compiled pattern (or a number), and for "honorific + name word" the name's words as
written."""


def _name_patterns(name: str) -> list[str]:
    words = _words(name)
    if not words:
        return []
    out: list[str] = []
    joined = r"[\W_]{0,4}"
    # Every run of two or more name words that ends with the given name ("Bích Ngọc"),
    # also written together ("BichNgoc"); the family name with the given name ("Trịnh Ngọc").
    for i in range(len(words) - 1):
        out.append(joined.join(re.escape(w) for w in words[i:]))
    if len(words) > 2:
        out.append(joined.join(re.escape(w) for w in (words[0], words[-1])))
    if len(words) == 1 and len(words[0]) >= MIN_TERM_LENGTH:
        out.append(re.escape(words[0]))
    return out


def _honorific_pattern(name: str) -> tuple[str, frozenset[str]] | None:
    """A given or middle name after an honorific or an introducing word ("bà Ánh"), with
    the name's words as written (see :func:`_accept`)."""
    words = _words(name)
    if not words:
        return None
    # Not the family name alone: people are called by their given name ("bà Ánh"), and
    # "ông Nguyễn" would blank out the person denounced who shares a common family name.
    named = words[1:] if len(words) > 1 else words
    parts = {w for w in named if w not in _COMMON_MIDDLE} or {words[-1]}
    honorific = "|".join(re.escape(h).replace(r"\ ", _SEP) for h in HONORIFICS)
    single = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
    # ... and the honorific before the whole name or a run of it ("Bà Trịnh Thị Ánh").
    joined = r"[\W_]{0,4}"
    runs = [joined.join(map(re.escape, words[i:])) for i in range(len(words) - 1)]
    named_as = "|".join([*runs, single])
    marked = frozenset(re.findall(r"[^\W_]+", clean_text(name).lower()))
    return rf"(?P<h>{honorific}){_SEP}(?P<n>{named_as})", marked


def _accept(clean: str, found: re.Match[str], marked: frozenset[str] | None) -> bool:
    """An "honorific + name word" match counts when each of the two is written either
    without marks ("ba anh") or with the right ones ("bà Ánh"): "có đất" is not "cô Đạt"."""
    if marked is None:
        return True
    said = clean[found.start("h") : found.end("h")].lower()
    said = re.sub(r"[\W_]+", " ", said)
    word = clean[found.start("n") : found.end("n")].lower()
    if not (said.isascii() or said in _MARKED):
        return False
    return word.isascii() or word in marked or not re.fullmatch(r"[^\W_]+", word)


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
    head = clean_text(address).split(",")[0]
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


@functools.lru_cache(maxsize=8192)
def _compiled(pattern: str) -> re.Pattern[str]:
    """One pattern compiled (cached: names, honorific forms and addresses recur in lists)."""
    return re.compile(f"{_LEFT}(?:{pattern}){_RIGHT}")


def _digit_targets(person: SealedPerson) -> list[DigitTarget]:
    out = []
    for number in person.id_numbers:
        digits = re.sub(r"\D", "", number)
        if len(digits) >= 6:
            out.append(DigitTarget(digits))
    for phone in person.phones:
        digits = re.sub(r"\D", "", phone)
        national = (
            digits[2:]
            if digits.startswith("84") and len(digits) >= 11
            else digits[1:]
            if digits.startswith("0")
            else digits
        )
        if len(national) >= 6:
            out.append(DigitTarget(national, phone=True))
    return out


def _person_matchers(person: SealedPerson) -> list[Matcher]:
    """The compiled patterns of one person (its numbers as :class:`DigitTarget`)."""
    words_only = dataclasses.replace(person, id_numbers=(), phones=())
    plain: list[Matcher] = [(_compiled(p), None) for p in sorted(set(person_patterns(words_only)))]
    plain += [(target, None) for target in _digit_targets(person)]
    for name in (person.full_name, *person.relatives):
        found = _honorific_pattern(name)
        if found is not None:
            plain.append((_compiled(found[0]), found[1]))
    return plain


def _all_in(text: str, folded: str) -> bool:
    words = _words(text)
    return bool(words) and all(w in folded for w in words)


def _relevant(person: SealedPerson, folded: str) -> SealedPerson | None:
    """``person`` reduced to what could match ``folded`` at all (every pattern of a name
    contains one of its words, of an address its first part, of a number six digits), or
    ``None``: most texts name nobody, and then nothing is compiled."""
    names = [
        n for n in (person.full_name, *person.relatives) if any(w in folded for w in _words(n))
    ]
    head = clean_text(person.address).split(",")[0]
    digits = sum(ch.isdigit() for ch in folded) >= 6
    reduced = SealedPerson(
        full_name=person.full_name if person.full_name in names else "",
        address=person.address if _all_in(head, folded) else "",
        commune=person.commune if _all_in(head, folded) else "",
        id_numbers=person.id_numbers if digits else (),
        phones=person.phones if digits else (),
        emails=tuple(e for e in person.emails if _all_in(e.split("@")[0], folded)),
        relatives=tuple(r for r in person.relatives if r in names),
    )
    return None if reduced == SealedPerson() else reduced


def compile_patterns(
    people: Sequence[SealedPerson], terms: Iterable[str], *, within: str | None = None
) -> list[Matcher]:
    """The compiled patterns (over folded text) for ``people`` and plain ``terms``; with
    ``within``, only those that could match that text."""
    folded = None if within is None else fold_keep_length(clean_text(within))
    out: list[Matcher] = []
    for person in people:
        reduced = person if folded is None else _relevant(person, folded)
        if reduced is not None:
            out += _person_matchers(reduced)
    patterns = sorted({p for term in terms for p in _text_patterns(term)})
    return out + [(_compiled(p), None) for p in patterns]


def find_spans(
    clean: str, patterns: list[Matcher], *, numbers: bool = True
) -> list[tuple[int, int]]:
    """Every stretch of ``clean`` (see :func:`clean_text`) any pattern matches (overlaps
    included: "cô Trịnh Ánh" is caught as "cô Trịnh" and as "Trịnh Ánh"), merged, with
    blanks between two stretches absorbed."""
    folded = fold_keep_length(clean)
    spans: list[tuple[int, int]] = []
    for pattern, marked in patterns:
        if isinstance(pattern, DigitTarget):
            spans += pattern.spans(folded)
            continue
        for found in _overlapping(pattern, folded):
            if _accept(clean, found, marked):
                spans.append((found.start(), found.end()))
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


def _overlapping(pattern: re.Pattern[str], folded: str) -> list[re.Match[str]]:
    """Matches of ``pattern`` starting anywhere (a refused "có Trịnh" must not hide "cô
    Trịnh" or "Trịnh Ánh" behind it)."""
    out: list[re.Match[str]] = []
    pos = 0
    while True:
        found = pattern.search(folded, pos)
        if found is None:
            return out
        if found.end() > found.start():
            out.append(found)
        pos = found.start() + 1


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
    clean = clean_text(text)
    if not clean:
        return clean
    spans = find_spans(clean, compile_patterns(people, terms, within=clean))
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(clean[last:start])
        out.append(replacement)
        last = end
    out.append(clean[last:])
    return "".join(out)
