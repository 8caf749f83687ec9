"""Published conclusions and documents sent to the person denounced never show the denouncer."""

from __future__ import annotations

import dataclasses

from tcd_desktop.documents.forms.denunciation_conclusion import PublicConclusionData
from tcd_desktop.documents.forms.denunciation_extension import ExtensionDecisionData
from tcd_desktop.documents.forms.suspension import SuspensionAction
from tcd_desktop.documents.redaction import REDACTED, contains_any, fold_keep_length, redact_text
from tcd_desktop.documents.registry import render
from tests.documents import samples
from tests.documents.pdftext import pdf_text

DENOUNCER = samples.DENOUNCER
IDENTITY = (DENOUNCER.full_name, DENOUNCER.address, DENOUNCER.phone, DENOUNCER.id_number)


def _assert_no_identity(text: str) -> None:
    folded = fold_keep_length(text)
    for term in IDENTITY:
        assert term not in text
        assert fold_keep_length(term) not in folded


def test_publication_has_no_denouncer_even_when_typed_into_a_text_field() -> None:
    data = samples.public_conclusion()
    assert DENOUNCER.full_name in data.items[0].verification  # typed by the officer
    rendered = render("tc.conclusion_public", data)
    text = pdf_text(rendered.pdf)
    _assert_no_identity(text)
    assert REDACTED in text
    assert "ông Vũ Quốc Khánh" in text  # the person denounced is named
    assert rendered.redacted and not rendered.sealed_identity


def test_publication_catches_the_name_without_diacritics_or_in_capitals() -> None:
    data = dataclasses.replace(
        samples.public_conclusion(),
        handling=("Trả lời TRỊNH THỊ NGỌC ÁNH bằng văn bản", "Gọi điện cho trinh thi ngoc anh"),
        recommendations=("Liên hệ số 0987654321",),
    )
    _assert_no_identity(pdf_text(render("tc.conclusion_public", data).pdf))


def test_publication_dataclass_has_no_denouncer_field() -> None:
    names = {f.name for f in dataclasses.fields(PublicConclusionData)}
    assert not any("denouncer" in n or "to_cao" in n for n in names)
    names = {f.name for f in dataclasses.fields(ExtensionDecisionData)}
    assert not any("denouncer" in n for n in names)


def test_decisions_for_both_parties_do_not_name_the_denouncer() -> None:
    for code, data in (
        ("tc.extension", samples.extension()),
        ("tc.suspension", samples.suspension(SuspensionAction.SUSPEND, denunciation=True)),
    ):
        _assert_no_identity(pdf_text(render(code, data).pdf))


def test_documents_naming_the_denouncer_are_marked_sealed() -> None:
    assert render("tc.acceptance_notice", samples.denunciation_acceptance()).sealed_identity
    assert render("xld.transfer", samples.transfer()).sealed_identity
    assert not render("tcd.receipt", samples.receipt()).sealed_identity


def test_redact_text_keeps_the_rest() -> None:
    text = "Bà Trịnh Thị Ngọc Ánh (ĐT 0987654321) tố cáo ông Khánh."
    out = redact_text(text, IDENTITY)
    assert out == f"{REDACTED} (ĐT {REDACTED}) tố cáo ông Khánh."  # the honorific goes too
    assert not contains_any(out, IDENTITY)
    assert redact_text("Anh Ba", ("An",)) == "Anh Ba"  # too short to be a term
