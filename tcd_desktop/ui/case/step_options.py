"""The choices a step form offers: the domain's lists, and officers and held dialogues read
in the background when the form opens (labels in the ``StepForm`` translation context)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tcd_desktop.domain.complaint_rules import WithdrawalCheck, WithdrawalForm
from tcd_desktop.domain.workflow import (
    SUSPENSION_GROUNDS,
    TERMINATION_GROUNDS,
    CaseKind,
    ComplexityCriterion,
    DecisionResult,
    ReResolutionGround,
    SuspensionGround,
    TerminationGround,
)
from tcd_desktop.services.cases import step_forms
from tcd_desktop.services.cases.tracked import TRACKED
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.i18n import translate
from tcd_desktop.ui.labels import enum_label

Options = list[tuple[str, str]]


def results(_kind: str) -> Options:
    return [(r.value, enum_label(r)) for r in DecisionResult]


def suspension_grounds(kind: str) -> Options:
    allowed = SUSPENSION_GROUNDS.get(CaseKind(kind), frozenset(SuspensionGround))
    return [(g.value, enum_label(g)) for g in SuspensionGround if g in allowed]


def termination_grounds(kind: str) -> Options:
    allowed = TERMINATION_GROUNDS.get(CaseKind(kind), frozenset(TerminationGround))
    return [(g.value, enum_label(g)) for g in TerminationGround if g in allowed]


def criteria(_kind: str) -> Options:
    return [(c.value, enum_label(c)) for c in ComplexityCriterion]


def re_grounds(_kind: str) -> Options:
    return [(g.value, enum_label(g)) for g in ReResolutionGround]


def withdrawal_forms(_kind: str) -> Options:
    first = translate("StepForm", QT_TRANSLATE_NOOP("StepForm", "(choose a form)"))
    return [("", first)] + [(f.value, enum_label(f)) for f in WithdrawalForm]


def k3_checks(_kind: str) -> Options:
    return [(c.value, enum_label(c)) for c in WithdrawalCheck]


def tracked_rules(_kind: str) -> Options:
    return [(rule, f"{rule}: {tracked_event(rule)}") for rule in TRACKED]


#: What starts each tracked clock (services/cases/tracked.py ``TRACKED``), in English; the
#: Vietnamese catalogue gives back exactly the service's words.
TRACKED_ENGLISH = {
    "D10": QT_TRANSLATE_NOOP(
        "StepForm", "The superior received a denunciation not resolved in time"
    ),
    "D10B": QT_TRANSLATE_NOOP(
        "StepForm", "The resolver received the superior's written request for a report"
    ),
    "D11": QT_TRANSLATE_NOOP(
        "StepForm", "A denunciation forwarded by the press or another body was received"
    ),
}


def tracked_event(rule: str) -> str:
    """What starts the tracked clock ``rule``, in the screen's language."""
    source = TRACKED_ENGLISH.get(rule)
    return translate("StepForm", source) if source else TRACKED[rule]


def officers(db: Database, actor: Actor, _case_id: uuid.UUID) -> dict[str, Options]:
    people = step_forms.officers(db, actor)
    return {
        "assignee": [
            (str(p.id), f"{p.full_name} — {p.title}" if p.title else p.full_name) for p in people
        ]
    }


def held_dialogues(db: Database, actor: Actor, case_id: uuid.UUID) -> dict[str, Options]:
    options: Options = []
    for held in step_forms.held_dialogues(db, actor, case_id):
        label = (
            translate("StepForm", QT_TRANSLATE_NOOP("StepForm", "Dialogue %1 — %2"))
            .replace("%1", f"{held.at:%d/%m/%Y %H:%M}")
            .replace("%2", held.place)
        )
        if held.has_scan:
            label += translate("StepForm", QT_TRANSLATE_NOOP("StepForm", " (scan kept)"))
        options.append((str(held.id), label))
    return {"dialogue": options}
