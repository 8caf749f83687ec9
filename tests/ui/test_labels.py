"""Coded values on screen: English names, translated back to exactly the domain's label_vi."""

from __future__ import annotations

import re

import pytest

from tcd_desktop.domain import enums
from tcd_desktop.domain.enums import LabelledEnum
from tcd_desktop.services.schedule import LeaderCategory
from tcd_desktop.ui.labels import ENGLISH, enum_label, label_of

VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I
)

COVERED: tuple[type[LabelledEnum], ...] = (
    enums.PetitionKind,
    enums.CaseStatus,
    enums.ReceptionKind,
    enums.UnitLevel,
    enums.Role,
    LeaderCategory,
)


@pytest.mark.parametrize("enum", COVERED, ids=lambda e: e.__name__)
def test_every_value_has_an_english_name_that_reads_as_its_label_vi(
    enum: type[LabelledEnum],
) -> None:
    for member in enum:
        source = ENGLISH.get((enum.__name__, member.value))
        assert source is not None, f"{enum.__name__}.{member.name} has no English name"
        assert not VIETNAMESE.search(source), source
        assert enum_label(member) == member.label_vi  # the session runs in Vietnamese


def test_every_english_name_belongs_to_a_value() -> None:
    known = {(e.__name__, m.value) for e in COVERED for m in e}
    assert set(ENGLISH) <= known


def test_unknown_codes_show_as_themselves() -> None:
    assert label_of(enums.PetitionKind, "no_such_kind") == "no_such_kind"
    assert label_of(enums.PetitionKind, "to_cao") == "Tố cáo"
