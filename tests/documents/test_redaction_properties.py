"""Property-based proof that no identifying token of a denouncer survives the redaction.

Hypothesis builds a person (a Vietnamese name with or without marks, a relative, a CCCD, a
phone, an address) and a hostile text that embeds their tokens in varied forms: capitals,
no diacritics, honorific plus given name ("bà Ánh"), names run together or hyphenated,
zero-width characters inside a name, numbers re-spaced or punctuated, +84 prefixes.  After
redaction the folded text contains none of the tokens.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tcd_desktop.documents.redaction import (
    REDACTED,
    SealedPerson,
    fold_keep_length,
    redact_person,
)
from tcd_desktop.domain.folding import fold

SURNAMES = ("Trịnh", "Nguyễn", "Lê", "Phạm", "Đặng", "Vũ", "Hoàng", "Bùi")
MIDDLES = ("Thị", "Văn", "Đức", "Bích", "Ngọc", "Hữu", "Minh")
GIVEN = ("Ánh", "Ngọc", "Đạt", "Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Thảo")
HONORIFICS = ("Ông", "Bà", "anh", "chị", "ông", "bà", "cô", "chú", "Ông/Bà", "tên", "là")
STREETS = ("phố Hàng Bạc", "đường Lê Lợi", "ngõ 34 Kim Mã", "thôn Đông Xá")
FILLER = (
    "đề nghị",
    "xem xét",
    "hành vi",
    "sai phạm",
    "của",
    "cán bộ",
    "địa chính",
    "đã",
    "nhận",
    "tiền",
    "trong",
    "việc",
    "cấp",
    "giấy",
    "chứng nhận",
    "quyền",
    "sử dụng",
    "đất",
    "theo",
    "đơn",
    "ngày",
    "tháng",
    "có",
    "liên quan",
    "người",
    "bị",
    "tố cáo",
)


@st.composite
def people(draw: st.DrawFn) -> SealedPerson:
    """A denouncer with a relative, a 12-digit CCCD, a mobile phone and an address."""
    name = " ".join(
        (
            draw(st.sampled_from(SURNAMES)),
            draw(st.sampled_from(MIDDLES)),
            draw(st.sampled_from(GIVEN)),
        )
    )
    relative = " ".join((draw(st.sampled_from(SURNAMES)), draw(st.sampled_from(GIVEN))))
    cccd = draw(st.from_regex(r"0[0-9]{11}", fullmatch=True))
    phone = "0" + draw(st.sampled_from("3579")) + draw(st.from_regex(r"[0-9]{8}", fullmatch=True))
    number = draw(st.integers(1, 400))
    address = f"Số {number} {draw(st.sampled_from(STREETS))}"
    return SealedPerson(
        full_name=name,
        address=address,
        commune="phường Hoàn Kiếm",
        id_numbers=(cccd,),
        phones=(phone,),
        relatives=(relative,),
    )


def _case(draw: st.DrawFn, text: str) -> str:
    how = draw(st.sampled_from(("keep", "upper", "lower", "fold", "title")))
    if how == "upper":
        return text.upper()
    if how == "lower":
        return text.lower()
    if how == "fold":
        return fold(text)
    if how == "title":
        return text.title()
    return text


def _respace_digits(draw: st.DrawFn, digits: str) -> str:
    seps = st.sampled_from(("", "", " ", ".", "-", " . ", "\u00a0"))
    out = []
    for i, d in enumerate(digits):
        out.append(d)
        if i < len(digits) - 1 and draw(st.booleans()):
            out.append(draw(seps))
    return "".join(out)


def _name_form(draw: st.DrawFn, name: str) -> str:
    words = name.split()
    form = draw(
        st.sampled_from(
            (
                "full",
                "honorific_given",
                "honorific_any",
                "tail",
                "joined",
                "hyphen",
                "zero_width",
                "family_given",
            )
        )
    )
    if form == "honorific_given":
        text = f"{draw(st.sampled_from(HONORIFICS))} {words[-1]}"
    elif form == "honorific_any":
        part = draw(
            st.sampled_from([w for w in words[1:] if w not in ("Thị", "Văn")] or words[-1:])
        )
        text = f"{draw(st.sampled_from(HONORIFICS))} {part}"
    elif form == "tail":
        text = " ".join(words[-2:])
    elif form == "joined":
        text = "".join(words)
    elif form == "hyphen":
        text = "-".join(words)
    elif form == "zero_width":
        text = " ".join(w[:1] + "\u200b" + w[1:] for w in words)
    elif form == "family_given":
        text = f"{words[0]} {words[-1]}"
    else:
        text = name
    return _case(draw, text)


def _phone_form(draw: st.DrawFn, phone: str) -> str:
    national = phone[1:]
    prefix = draw(st.sampled_from(("0", "+84", "+84 ", "84", "(+84) ", "(84) ", "0")))
    return prefix + _respace_digits(draw, national)


@st.composite
def hostile(draw: st.DrawFn) -> tuple[SealedPerson, str, list[str]]:
    """(person, text, the tokens that must not survive, folded and without separators)."""
    person = draw(people())
    pieces: list[str] = []
    tokens: list[str] = []
    n = draw(st.integers(1, 6))
    for _ in range(n):
        pieces += draw(st.lists(st.sampled_from(FILLER), min_size=1, max_size=4))
        kind = draw(st.sampled_from(("name", "relative", "cccd", "phone", "address")))
        if kind == "name":
            pieces.append(_name_form(draw, person.full_name))
        elif kind == "relative":
            pieces.append(_name_form(draw, person.relatives[0]))
        elif kind == "cccd":
            pieces.append(_respace_digits(draw, person.id_numbers[0]))
            tokens.append(person.id_numbers[0][-6:])
        elif kind == "phone":
            pieces.append(_phone_form(draw, person.phones[0]))
            tokens.append(person.phones[0][-6:])
        else:
            pieces.append(_case(draw, person.address))
            tokens.append(re.sub(r"\D", "", person.address) or "x")
        pieces.append(draw(st.sampled_from((",", ";", ".", "", ":"))))
    return person, " ".join(pieces), tokens


def _name_survivors(person: SealedPerson, out: str) -> list[str]:
    """Honorific + given name (each with its marks or with none: "có đất" is not "cô
    Đạt"), and runs of name words ending with the given name (marks ignored)."""
    found = []
    lowered = out.lower()
    folded = fold_keep_length(out)
    squashed = re.sub(r"[\W_]+", "", folded)
    for name in (person.full_name, *person.relatives):
        words = fold(name).split()
        given = name.split()[-1].lower()
        for h in HONORIFICS:
            for hh in {h.lower(), fold(h)}:
                for gg in {given, fold(given)}:
                    if re.search(rf"(?<!\w){re.escape(hh)}[\W_]+{re.escape(gg)}(?!\w)", lowered):
                        found.append(f"{hh} {gg}")
        for i in range(len(words) - 1):
            if "".join(words[i:]) in squashed:
                found.append(" ".join(words[i:]))
    return found


@settings(max_examples=400, deadline=None)
@given(hostile())
def test_no_identifying_token_survives(case: tuple[SealedPerson, str, list[str]]) -> None:
    person, text, tokens = case
    out = redact_person(text, [person])
    folded = fold_keep_length(out.replace(REDACTED, " "))
    digits = re.sub(r"\D", "", folded)
    for token in tokens:
        assert token not in digits, (text, out)
    assert not _name_survivors(person, out.replace(REDACTED, " ")), (text, out)
    assert not re.search(r"\d{4}", folded), (text, out)


@settings(max_examples=100, deadline=None)
@given(hostile())
def test_redaction_is_idempotent(case: tuple[SealedPerson, str, list[str]]) -> None:
    person, text, _ = case
    once = redact_person(text, [person])
    assert redact_person(once, [person]) == once


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(FILLER), min_size=1, max_size=20), people())
def test_ordinary_text_is_left_alone(words: list[str], person: SealedPerson) -> None:
    text = " ".join(words)
    assert redact_person(text, [person]) == text


def test_examples_from_the_issue() -> None:
    person = SealedPerson(
        full_name="Trịnh Thị Bích Ngọc",
        address="Số 12 ngõ 34 phố Hàng Bạc",
        phones=("0987123456",),
        id_numbers=("001190012345",),
        relatives=("Lê Văn Ánh",),
    )
    text = (
        "Tôi là Trịnh Thị Bích Ngọc, SĐT 0987 123 456 (hoặc +84 987.123.456), CCCD 001190012345. "
        "Bà Ngọc cùng chồng là ông Ánh ở số 12 ngõ 34 phố Hàng Bạc tố cáo ông Vũ Quốc Khánh."
    )
    out = redact_person(text, [person], "[X]")
    assert out == (
        "Tôi [X], SĐT [X] (hoặc [X]), CCCD [X]. "
        "[X] cùng chồng là [X] ở [X] tố cáo ông Vũ Quốc Khánh."
    )


def test_numbers_in_any_writing_and_nothing_else() -> None:
    person = SealedPerson(id_numbers=("001190012345",), phones=("0987123456",))
    for text in (
        "CCCD001190012345",
        "số 001.190.012.345",
        "ĐT:+84-987-123-456",
        "(84) 987 123 456",
        "0987,123,456",
        "gọi 987123456 nhé",
    ):
        out = redact_person(text, [person], "[X]")
        assert "[X]" in out and not re.search(r"\d{3}", out), (text, out)
    kept = "Quyết định số 12/QĐ-UBND ngày 03/8/2026, vụ LS-01-2026-000123, số tiền 1.500.000 đồng"
    assert redact_person(kept, [person], "[X]") == kept
