"""Every form renders, and every field value is real text in the PDF (read back with pypdf)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest

from tcd_desktop.documents.redaction import redact_dataclass
from tcd_desktop.documents.registry import render, renderable_codes
from tcd_desktop.documents.versions import version_on
from tests.documents import samples
from tests.documents.form_cases import CASES, CITIZEN_LETTERS
from tests.documents.pdftext import pdf_text, reader

ALWAYS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
NOT_PRINTED_AS_GIVEN = {"parent", "abbreviation", "id_kind", "phone"}
"""Parent body may be abbreviated (UBND…); the abbreviation is inside the number; the phone
number is printed only where the form asks for it (checked separately)."""


def field_texts(obj: Any, skip: set[str]) -> Iterator[str]:
    """Every non-empty text value of a dataclass, nested dataclasses and tuples included."""
    for f in dataclasses.fields(obj):
        if f.name in skip or f.name in NOT_PRINTED_AS_GIVEN:
            continue
        yield from _texts(getattr(obj, f.name), skip)


def _texts(value: Any, skip: set[str]) -> Iterator[str]:
    if type(value) is str:
        if value.strip():
            yield value.strip()
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item, skip)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield from field_texts(value, skip)


def test_every_registered_form_is_covered() -> None:
    assert set(CASES) == set(renderable_codes())


@pytest.mark.parametrize("code", sorted(CASES))
def test_form_prints_every_field(code: str) -> None:
    factory, skip, expected = CASES[code]
    data = factory()
    rendered = render(code, data)
    text = pdf_text(rendered.pdf)
    folded = text.casefold()
    if code == "tc.conclusion_public":
        data = redact_dataclass(data, data.sealed_terms, skip=("issuer", "signer", "sealed_terms"))
    missing = [v for v in field_texts(data, skip) if v.casefold() not in folded]
    assert not missing, f"{code}: not in the PDF: {missing}"
    for needle in (*ALWAYS, *expected, rendered.form_reference):
        assert needle in text, f"{code}: {needle!r} missing"
    if code in CITIZEN_LETTERS:  # written by the citizen: no number, no issuing body
        assert "Số:" not in text and not rendered.number
    else:
        assert rendered.number and f"Mã tra cứu: {rendered.number}" in text


@pytest.mark.parametrize("code", sorted(CASES))
def test_form_uses_only_embedded_liberation_fonts(code: str) -> None:
    pdf = render(code, CASES[code][0]()).pdf
    fonts = 0
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Liberation" in str(font["/BaseFont"]) and "+" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"]
            fonts += 1
    assert fonts > 0


def test_wrong_data_for_a_code_is_refused() -> None:
    with pytest.raises(TypeError, match="ReceiptData"):
        render("tcd.receipt", samples.refusal())
    with pytest.raises(TypeError, match=r"kn\.acceptance"):
        render("kn.non_acceptance", samples.complaint_acceptance(True))
    with pytest.raises(KeyError):
        render("tcd.register", samples.receipt())


def test_document_date_drives_every_date_line() -> None:
    text = pdf_text(render("tcd.refusal", samples.refusal(samples.FEB_DAY)).pdf)
    assert "Lạng Sơn, ngày 14 tháng 02 năm 2026" in text
    assert version_on("tcd.refusal", samples.FEB_DAY).version == "TT04-2021-M01"
