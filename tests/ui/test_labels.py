"""Coded values on screen: English names, translated back to exactly the domain's label_vi."""

from __future__ import annotations

import re

import pytest

from tcd_desktop.domain import complaint_rules, enums, grounds, report_periods, workflow_steps
from tcd_desktop.domain.enums import LabelledEnum
from tcd_desktop.services import intake_types
from tcd_desktop.services.dialogues.data import DialogueRole
from tcd_desktop.services.schedule import LeaderCategory
from tcd_desktop.services.setup import DEFAULT_FIELDS
from tcd_desktop.ui.labels import ENGLISH, FIELD_ENGLISH, enum_label, field_label, label_of

VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I
)

COVERED: tuple[type[LabelledEnum], ...] = (
    enums.PetitionKind,
    enums.CaseStatus,
    enums.ReceptionKind,
    enums.UnitLevel,
    enums.Role,
    enums.DayUnit,
    enums.Direction,
    enums.DeadlineState,
    LeaderCategory,
    workflow_steps.CaseKind,
    workflow_steps.Step,
    grounds.DecisionResult,
    grounds.ComplexityCriterion,
    grounds.SuspensionGround,
    grounds.TerminationGround,
    grounds.FilingGround,
    grounds.ReResolutionGround,
    grounds.ProcessingOutcome,
    complaint_rules.NonAcceptanceGround,
    complaint_rules.DenunciationCondition,
    complaint_rules.WithdrawalForm,
    complaint_rules.WithdrawalCheck,
    report_periods.PeriodKind,
    intake_types.HandlingAction,
    intake_types.ParticipantRole,
    intake_types.DocumentCondition,
    intake_types.IdKind,
    DialogueRole,
)


def _labelled_enums(module: object) -> set[type[LabelledEnum]]:
    return {
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, LabelledEnum)
        and value is not LabelledEnum
        and value.__module__ == getattr(module, "__name__", "")
    }


def test_every_labelled_enum_of_the_domain_is_covered() -> None:
    modules = (complaint_rules, enums, grounds, report_periods, workflow_steps, intake_types)
    found = set().union(*(_labelled_enums(m) for m in modules))
    assert found, "no labelled enum found: the walk is broken"
    assert found <= set(COVERED), sorted(e.__name__ for e in found - set(COVERED))


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


def test_every_default_field_has_an_english_name_that_reads_as_its_seeded_name() -> None:
    assert {code for code, _name, _parent in DEFAULT_FIELDS} == set(FIELD_ENGLISH)
    for code, name, _parent in DEFAULT_FIELDS:
        assert not VIETNAMESE.search(FIELD_ENGLISH[code]), FIELD_ENGLISH[code]
        assert field_label(code, name) == name  # the session runs in Vietnamese


def test_a_renamed_or_added_field_shows_as_stored() -> None:
    assert field_label("HC-DD", "Đất đai và tài nguyên") == "Đất đai và tài nguyên"
    assert field_label("X-NEW", "Lĩnh vực mới") == "Lĩnh vực mới"
    assert field_label(None, "") == ""
