"""Coded values on screen: English names, translated back to exactly the domain's label_vi."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest

from tcd_desktop.domain import complaint_rules, enums, grounds, report_periods, workflow_steps
from tcd_desktop.domain.dashboard_period import custom_period, parse_period
from tcd_desktop.domain.enums import LabelledEnum
from tcd_desktop.domain.report_periods import Period as ReportPeriod
from tcd_desktop.domain.report_periods import PeriodKind, statutory_period
from tcd_desktop.domain.workflow_steps import Step
from tcd_desktop.services import reports
from tcd_desktop.services.board import MASKED_DENOUNCER
from tcd_desktop.services.cases.tracked import TRACKED
from tcd_desktop.services.dialogues.data import DialogueRole
from tcd_desktop.services.identity import ANONYMOUS_NAME
from tcd_desktop.services.reception import inputs as intake_types
from tcd_desktop.services.schedule import LeaderCategory
from tcd_desktop.services.schedule.check import evaluate
from tcd_desktop.services.setup import DEFAULT_FIELDS
from tcd_desktop.ui.case.sections import due_step
from tcd_desktop.ui.case.step_options import TRACKED_ENGLISH, tracked_event
from tcd_desktop.ui.labels import (
    ENGLISH,
    FIELD_ENGLISH,
    enum_label,
    field_label,
    hidden_person,
    label_of,
    period_label,
    report_period_label,
)
from tcd_desktop.ui.models.schedule_model import rule_text
from tcd_desktop.ui.reports.form_names import FORM_ENGLISH, form_title

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


@pytest.mark.parametrize(
    "key", ["2026-Q1", "2026-Q4", "2026-H1", "2026-9M", "2026", "2026-08", "2025-12"]
)
def test_period_names_read_in_vietnamese_as_the_domain_labels(key: str) -> None:
    period = parse_period(key)
    assert period_label(period.key, period.label) == period.label


def test_a_custom_period_reads_as_the_domain_label() -> None:
    period = custom_period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert period_label(period.key, period.label) == period.label
    assert period_label("no-such-key", "Nhãn") == "Nhãn"


@pytest.mark.parametrize("kind", list(PeriodKind), ids=lambda k: k.name)
def test_report_period_names_read_in_vietnamese_as_the_domain_labels(kind: PeriodKind) -> None:
    if kind in (PeriodKind.THEMATIC, PeriodKind.AD_HOC, PeriodKind.CUSTOM):
        period = ReportPeriod(kind, dt.date(2026, 2, 1), dt.date(2026, 4, 30))
    else:
        period = statutory_period(kind, 2026)
    assert report_period_label(period) == period.label


def test_hidden_people_read_as_the_services_stand_ins() -> None:
    assert hidden_person("tin_an_danh") == ANONYMOUS_NAME
    assert hidden_person("to_cao") == MASKED_DENOUNCER


def test_report_form_names_read_as_the_forms_titles() -> None:
    assert set(FORM_ENGLISH) == set(reports.form_codes())
    for code in reports.form_codes():
        assert not VIETNAMESE.search(FORM_ENGLISH[code]), code
        assert form_title(code) == reports.get_form(code).title.capitalize()


@pytest.mark.parametrize("category", list(LeaderCategory), ids=lambda c: c.name)
@pytest.mark.parametrize("month", [(2025, 3), (2026, 9)])
def test_schedule_minimum_reads_as_the_services_rule(
    category: LeaderCategory, month: tuple[int, int]
) -> None:
    year, number = month
    leader = evaluate(
        leader_id=uuid.uuid4(),
        leader_name="Lê Văn Lãnh",
        category=category,
        year=year,
        month=number,
        days=(),
        place="",
        today=dt.date(year, number, 1),
    )
    assert rule_text(leader) == leader.rule
    assert rule_text(leader, citation=False) == leader.rule.split(" (", 1)[0]


def test_tracked_clocks_read_as_the_services_words() -> None:
    assert set(TRACKED_ENGLISH) == set(TRACKED)
    for rule, words in TRACKED.items():
        assert not VIETNAMESE.search(TRACKED_ENGLISH[rule])
        assert tracked_event(rule) == words


def test_a_due_step_named_as_a_workflow_step_is_translated_and_others_kept() -> None:
    assert due_step(Step.ANSWER.label_vi) == Step.ANSWER.label_vi  # Vietnamese session
    assert due_step("Giải quyết khiếu nại lần đầu") == "Giải quyết khiếu nại lần đầu"
