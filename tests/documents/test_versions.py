"""Form versions as data: the version in force on the document's date, and the 2026 switch."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

import pytest

from tcd_desktop.documents.forms.suspension import SuspensionAction
from tcd_desktop.documents.registry import render, renderable_codes
from tcd_desktop.documents.versions import (
    UNCONFIRMED_MARK,
    FormNotInForce,
    catalogue,
    version_on,
    versions_of,
)
from tests.documents import samples
from tests.documents.pdftext import pdf_text

BEFORE, SWITCH = dt.date(2026, 6, 30), dt.date(2026, 7, 1)


def test_every_renderable_form_has_data_and_a_version_today() -> None:
    assert renderable_codes()
    for code in renderable_codes():
        assert versions_of(code), code
        version = version_on(code, SWITCH)
        assert version.instrument and version.legal_basis and version.name_vi
        if version.numbering == "symbol":
            assert version.doc_type, code


@pytest.mark.parametrize(
    ("code", "old", "new", "new_instrument"),
    [
        ("tcd.receipt", "TT04-2021-M02", "ND154-2026-02TCD", "Nghị định số 154/2026/NĐ-CP"),
        ("tcd.refusal", "TT04-2021-M01", "ND154-2026-01TCD", "Nghị định số 154/2026/NĐ-CP"),
        ("tcd.register", "TT04-2021-M03", "ND154-2026-03TCD", "Nghị định số 154/2026/NĐ-CP"),
        ("kn.acceptance", "ND124-2020-M03", "ND155-2026-M03", "Nghị định số 155/2026/NĐ-CP"),
        ("kn.dialogue_minutes", "ND124-2020-M14", "ND155-2026-M14", "Nghị định số 155/2026/NĐ-CP"),
        ("tc.withdrawal", "ND31-2019-M02", "ND156-2026-M02", "Nghị định số 156/2026/NĐ-CP"),
    ],
)
def test_version_switches_on_1_july_2026(
    code: str, old: str, new: str, new_instrument: str
) -> None:
    assert version_on(code, BEFORE).version == old
    after = version_on(code, SWITCH)
    assert after.version == new and after.instrument == new_instrument
    assert after.valid_from == SWITCH and version_on(code, BEFORE).valid_to == BEFORE


def test_no_version_before_the_form_existed() -> None:
    with pytest.raises(FormNotInForce, match=r"kn\.resumption"):
        version_on("kn.resumption", BEFORE)
    with pytest.raises(FormNotInForce):
        version_on("tcd.receipt", dt.date(2021, 11, 14))
    assert version_on("tcd.receipt", dt.date(2021, 11, 15)).version == "TT04-2021-M02"


def test_catalogue_versions_do_not_overlap() -> None:
    pairs = 0
    for code, versions in catalogue().items():
        for earlier, later in itertools.pairwise(versions):
            assert earlier.valid_to is not None and earlier.valid_to < later.valid_from, code
            pairs += 1
    assert pairs > 0


def test_printed_receipt_follows_the_version_of_its_date() -> None:
    old = render("tcd.receipt", samples.receipt(BEFORE))
    new = render("tcd.receipt", samples.receipt(SWITCH))
    old_text, new_text = pdf_text(old.pdf), pdf_text(new.pdf)
    assert old.form_version == "TT04-2021-M02" and new.form_version == "ND154-2026-02TCD"
    assert "Thông tin, tài liệu, bằng chứng" in old_text
    assert "Mẫu số 02 ban hành kèm theo Thông tư số 04/2021/TT-TTCP" in old_text
    assert "bằng chứng" not in new_text
    assert "Mẫu số 02/TCD ban hành kèm theo Nghị định số 154/2026/NĐ-CP" in new_text
    assert new.legal_basis == "khoản 4 Điều 15 Nghị định số 154/2026/NĐ-CP"


def test_render_on_an_explicit_date_overrides_the_document_date() -> None:
    data = dataclasses.replace(samples.refusal(BEFORE), ground_citation="")
    rendered = render("tcd.refusal", data, on=SWITCH)
    assert rendered.form_version == "ND154-2026-01TCD"
    text = pdf_text(rendered.pdf)
    assert "Mẫu số 01/TCD ban hành kèm theo Nghị định số 154/2026/NĐ-CP" in text
    assert (
        "Căn cứ quy định tại Điều 9 Luật Tiếp công dân và Điều 4 Nghị định số 154/2026/NĐ-CP"
        in text
    )
    old_text = pdf_text(render("tcd.refusal", data).pdf)
    assert "Căn cứ quy định tại Điều 9 Luật Tiếp công dân, " in old_text


def test_suspension_of_a_complaint_exists_only_from_2026() -> None:
    with pytest.raises(ValueError, match="tạm đình chỉ"):
        render("kn.suspension", samples.suspension(SuspensionAction.SUSPEND, BEFORE))
    early_termination = render(
        "kn.suspension", samples.suspension(SuspensionAction.TERMINATE, BEFORE)
    )
    assert early_termination.form_version == "LKN-2011-TK"
    late = render("kn.suspension", samples.suspension(SuspensionAction.SUSPEND, SWITCH))
    assert late.form_version == "ND155-2026-M14a"
    assert "Mẫu số 14a ban hành kèm theo Nghị định số 155/2026/NĐ-CP" in pdf_text(late.pdf)


def test_form_numbers_confirmed_by_the_2026_decrees_carry_their_source() -> None:
    """NĐ 156/2026 Điều 8 replaces only Mẫu 02 and 03 of NĐ 31/2019: the 2026 versions of
    Mẫu 01, 04, 05, 06 and 12 are the same forms, cited, no longer flagged."""
    import json

    from tcd_desktop.config.resources import resource_path

    raw = json.loads(resource_path("forms", "denunciations.json").read_text(encoding="utf-8"))
    by_code = {f["code"]: f for f in raw["forms"]}
    for code in (
        "tc.extension",
        "tc.acceptance_notice",
        "tc.acceptance_decision",
        "tc.denounced_notice",
        "tc.conclusion",
        "tc.conclusion_public",
    ):
        (after,) = [v for v in by_code[code]["versions"] if v["valid_from"] == "2026-07-01"]
        assert "156/2026" in after["confirmed_by"] and not after.get("unconfirmed"), code
        assert not version_on(code, SWITCH).unconfirmed
    assert "Mẫu số 09" in by_code["tc.expert_request"]["versions"][0]["confirmed_by"]


@pytest.mark.parametrize(
    ("code", "factory", "flagged"),
    [
        ("tcd.receipt", lambda: samples.receipt(BEFORE), True),  # number inferred (FORMS.md)
        ("tcd.refusal", lambda: samples.refusal(SWITCH), True),  # NĐ 154: one crawled source
        ("xld.proposal", samples.proposal, True),
        ("kn.acceptance", samples.complaint_acceptance, False),  # NĐ 124/2020 Mẫu 03
        ("kn.acceptance", lambda: samples.complaint_acceptance(on=SWITCH), True),  # NĐ 155/2026
        ("tc.withdrawal_record", lambda: samples.withdrawal_record(SWITCH), True),  # NĐ 156 Mẫu 03
        ("tc.extension", samples.extension, False),
        ("kn.decision", samples.complaint_decision, False),  # a reference template says so
    ],
)
def test_an_unconfirmed_form_number_is_flagged_in_its_printed_reference(
    code: str, factory: Callable[[], Any], flagged: bool
) -> None:
    """Issue 8: UNCONFIRMED forms stay data, with the flag seen where the document is made."""
    rendered = render(code, factory())
    version = version_on(code, rendered.issued_on)
    text = " ".join(pdf_text(rendered.pdf).split())
    assert rendered.form_reference in text
    assert (UNCONFIRMED_MARK in text) is flagged, rendered.form_reference
    assert bool(version.unconfirmed and version.form_number) is flagged
    if not version.form_number:
        assert rendered.form_reference.startswith("Mẫu tham khảo")


def test_every_form_version_of_the_2026_decrees_is_flagged() -> None:
    """LAW.md: everything tagged [2026-copy] (the texts of NĐ 154/155/156/2026, one crawled
    source) is UNCONFIRMED until checked against the Công báo.  Every version issued by one
    of those decrees keeps a note saying so; a numbered one prints the mark."""
    decrees = ("154/2026/NĐ-CP", "155/2026/NĐ-CP", "156/2026/NĐ-CP")
    seen = 0
    for code, versions in catalogue().items():
        for version in versions:
            if not any(d in version.instrument for d in decrees):
                continue
            seen += 1
            assert "nguồn thứ cấp" in version.unconfirmed, (code, version.version)
            if version.form_number:
                assert version.form_reference.endswith(f"({UNCONFIRMED_MARK})"), code
                assert version.reference_unconfirmed == version.unconfirmed
            else:
                assert not version.reference_unconfirmed
    assert seen >= 17
