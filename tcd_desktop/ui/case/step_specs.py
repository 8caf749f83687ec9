"""What each workflow step's form asks for.

A :class:`StepSpec` lists the step's specific fields (the generic date and note are added by
the dialog); the values go to :func:`tcd_desktop.services.cases.step_forms.record_step_form`,
which records the step in its own transaction. Steps without an entry here (dialogues,
second complaint, second decision) have their own screen or none yet. A spec's ``load``
runs in the background when the form opens and fills its ``choice`` fields (officers, held
dialogues). Labels are English, marked for translation in the ``StepForm`` context.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.context import Actor
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.case.step_options import (
    Options,
    criteria,
    held_dialogues,
    k3_checks,
    officers,
    re_grounds,
    results,
    suspension_grounds,
    termination_grounds,
    tracked_rules,
    withdrawal_forms,
)

Values = dict[str, Any]
Loader = Callable[[Database, Actor, uuid.UUID], dict[str, Options]]


@dataclass(frozen=True)
class FieldSpec:
    """One input of a step form.

    ``kind``: ``text`` (one line), ``multiline``, ``lines`` (one item a line → tuple),
    ``combo`` (``options(case_kind)`` → (value, label)), ``days`` (spin box
    ``minimum``..``maximum``, 0 = not given), ``check`` (bool), ``checks`` (several values),
    ``date`` (``default`` days after the step's date), ``choice`` (a combo filled by the
    spec's ``load``), ``file`` (a path chosen with a file dialog). ``label`` and
    ``placeholder`` are English source texts of the ``StepForm`` context.
    """

    name: str
    label: str
    kind: str = "text"
    options: Callable[[str], Options] | None = None
    minimum: int = 0
    maximum: int = 30
    default: Any = None
    placeholder: str = ""


@dataclass(frozen=True)
class StepSpec:
    """A step's form: its fields, whether it takes a note, and the label of its date."""

    step: Step
    fields: Sequence[FieldSpec] = field(default_factory=tuple)
    note: bool = True
    date_label: str = QT_TRANSLATE_NOOP("StepForm", "Date done")
    load: Loader | None = None


ASSIGNEE = FieldSpec("assignee", QT_TRANSLATE_NOOP("StepForm", "Officer assigned"), "choice")
TRACKED_RULE = FieldSpec(
    "rule", QT_TRANSLATE_NOOP("StepForm", "Tracked time limit"), "combo", options=tracked_rules
)
WITHDRAWAL_FORM = FieldSpec(
    "form",
    QT_TRANSLATE_NOOP("StepForm", "Form of the withdrawal request"),
    "combo",
    options=withdrawal_forms,
)
RECIPIENTS = FieldSpec(
    "recipients", QT_TRANSLATE_NOOP("StepForm", "Recipients (one a line)"), "lines"
)
NUMBER = FieldSpec(
    "number",
    QT_TRANSLATE_NOOP("StepForm", "Document number"),
    placeholder=QT_TRANSLATE_NOOP("StepForm", "e.g. 125/QĐ-UBND"),
)
RESULT = FieldSpec("result", QT_TRANSLATE_NOOP("StepForm", "Result"), "combo", options=results)
DATE_ISSUED = QT_TRANSLATE_NOOP("StepForm", "Date issued")


def _progress() -> FieldSpec:
    return FieldSpec(
        "progress", QT_TRANSLATE_NOOP("StepForm", "Result of enforcement"), "multiline"
    )


_SPECS: tuple[StepSpec, ...] = (
    StepSpec(Step.ACCEPTANCE_NOTICE, (RECIPIENTS,), note=False),
    StepSpec(
        Step.MARK_COMPLEX,
        (
            FieldSpec(
                "criteria",
                QT_TRANSLATE_NOOP("StepForm", "Complexity criteria"),
                "checks",
                options=criteria,
            ),
            FieldSpec(
                "very_complex",
                QT_TRANSLATE_NOOP("StepForm", "Very complex"),
                "check",
                default=False,
            ),
            FieldSpec("finding", QT_TRANSLATE_NOOP("StepForm", "Written finding"), "multiline"),
        ),
        note=False,
    ),
    StepSpec(
        Step.ASSIGN_VERIFICATION,
        (
            FieldSpec(
                "verifier", QT_TRANSLATE_NOOP("StepForm", "Person or body assigned to verify")
            ),
            FieldSpec("content", QT_TRANSLATE_NOOP("StepForm", "What to verify"), "multiline"),
            FieldSpec(
                "days",
                QT_TRANSLATE_NOOP("StepForm", "Verification period (days)"),
                "days",
                maximum=90,
            ),
        ),
        note=False,
    ),
    StepSpec(
        Step.VERIFICATION_REPORT,
        (
            FieldSpec(
                "summary", QT_TRANSLATE_NOOP("StepForm", "Summary of the verification"), "multiline"
            ),
            FieldSpec(
                "differs",
                QT_TRANSLATE_NOOP(
                    "StepForm", "The verification differs from the complainant's demand"
                ),
                "check",
                default=False,
            ),
        ),
        note=False,
    ),
    StepSpec(
        Step.EXTENSION,
        (
            FieldSpec(
                "days",
                QT_TRANSLATE_NOOP("StepForm", "Days of extension (at most 30)"),
                "days",
                minimum=1,
                maximum=30,
                default=30,
            ),
            FieldSpec(
                "reason", QT_TRANSLATE_NOOP("StepForm", "Reason for the extension"), "multiline"
            ),
            NUMBER,
            RECIPIENTS,
        ),
        note=False,
    ),
    StepSpec(
        Step.SUSPENSION,
        (
            FieldSpec(
                "ground",
                QT_TRANSLATE_NOOP("StepForm", "Ground for suspension"),
                "combo",
                options=suspension_grounds,
            ),
        ),
    ),
    StepSpec(Step.RESUMPTION),
    StepSpec(
        Step.PARTIAL_WITHDRAWAL,
        (
            WITHDRAWAL_FORM,
            FieldSpec(
                "contents",
                QT_TRANSLATE_NOOP("StepForm", "Contents withdrawn (one a line)"),
                "lines",
            ),
        ),
    ),
    StepSpec(
        Step.WITHDRAWAL,
        (
            WITHDRAWAL_FORM,
            FieldSpec(
                "withdrawing",
                QT_TRANSLATE_NOOP("StepForm", "Complainant withdrawing (complaint by many people)"),
            ),
            FieldSpec(
                "checks_done",
                QT_TRANSLATE_NOOP(
                    "StepForm",
                    "The cases of Article 33 clause 3 of the Law on Denunciation were checked "
                    "(denunciations only)",
                ),
                "check",
                default=False,
            ),
            FieldSpec(
                "checks",
                QT_TRANSLATE_NOOP(
                    "StepForm", "Cases that must still be resolved (Article 33 clause 3)"
                ),
                "checks",
                options=k3_checks,
            ),
            FieldSpec(
                "continue_reason",
                QT_TRANSLATE_NOOP(
                    "StepForm", "Other reason to continue resolving (denunciations only)"
                ),
                "multiline",
            ),
        ),
    ),
    StepSpec(
        Step.TERMINATION,
        (
            FieldSpec(
                "ground",
                QT_TRANSLATE_NOOP("StepForm", "Ground for termination"),
                "combo",
                options=termination_grounds,
            ),
        ),
    ),
    StepSpec(
        Step.DECISION,
        (
            RESULT,
            NUMBER,
            FieldSpec(
                "skip_reason",
                QT_TRANSLATE_NOOP(
                    "StepForm", "Reason for not holding a dialogue (required if none was held)"
                ),
                "multiline",
            ),
        ),
        date_label=DATE_ISSUED,
    ),
    StepSpec(
        Step.DECISION_RECEIVED,
        date_label=QT_TRANSLATE_NOOP("StepForm", "Date the complainant received the decision"),
    ),
    StepSpec(Step.CONCLUSION, (RESULT, NUMBER), date_label=DATE_ISSUED),
    StepSpec(
        Step.DISPATCH,
        (RECIPIENTS,),
        note=False,
        date_label=QT_TRANSLATE_NOOP("StepForm", "Date sent"),
    ),
    StepSpec(Step.LEGAL_EFFECT),
    StepSpec(
        Step.HANDLING,
        (FieldSpec("measures", QT_TRANSLATE_NOOP("StepForm", "Handling measures"), "multiline"),),
        note=False,
    ),
    StepSpec(
        Step.PUBLICATION,
        (
            FieldSpec(
                "method",
                QT_TRANSLATE_NOOP("StepForm", "Form of publication"),
                placeholder=QT_TRANSLATE_NOOP("StepForm", "meeting, notice board, press"),
            ),
        ),
        note=False,
    ),
    StepSpec(Step.ENFORCEMENT_UPDATE, (_progress(),), note=False),
    StepSpec(Step.ENFORCEMENT_DONE, (_progress(),), note=False),
    StepSpec(
        Step.ANSWER,
        (FieldSpec("answer", QT_TRANSLATE_NOOP("StepForm", "Answer"), "multiline"),),
        note=False,
    ),
    StepSpec(
        Step.CLOSE,
        (
            FieldSpec(
                "outcome",
                QT_TRANSLATE_NOOP("StepForm", "Result of handling the information"),
                "multiline",
            ),
        ),
        note=False,
    ),
    StepSpec(
        Step.ASSIGNMENT,
        (
            ASSIGNEE,
            FieldSpec("due_on", QT_TRANSLATE_NOOP("StepForm", "Answer due"), "date", default=15),
        ),
        date_label=QT_TRANSLATE_NOOP("StepForm", "Date assigned"),
        load=officers,
    ),
    StepSpec(
        Step.FURTHER_DENUNCIATION,
        date_label=QT_TRANSLATE_NOOP("StepForm", "Date the further denunciation was received"),
    ),
    StepSpec(
        Step.RE_RESOLUTION,
        (
            FieldSpec(
                "reopen",
                QT_TRANSLATE_NOOP("StepForm", "Resolve the denunciation again"),
                "check",
                default=False,
            ),
            FieldSpec(
                "ground",
                QT_TRANSLATE_NOOP("StepForm", "Ground for resolving again"),
                "combo",
                options=re_grounds,
            ),
            ASSIGNEE,
        ),
        date_label=QT_TRANSLATE_NOOP("StepForm", "Date decided"),
        load=officers,
    ),
    StepSpec(
        Step.TO_POLICE,
        (
            FieldSpec(
                "to_body",
                QT_TRANSLATE_NOOP("StepForm", "Investigating body or procuracy receiving the file"),
            ),
            FieldSpec(
                "signs", QT_TRANSLATE_NOOP("StepForm", "Signs of a crime found"), "multiline"
            ),
            FieldSpec(
                "found_on",
                QT_TRANSLATE_NOOP("StepForm", "Date the signs of a crime were found"),
                "date",
                default=0,
            ),
        ),
        note=False,
        date_label=QT_TRANSLATE_NOOP("StepForm", "Date transferred"),
    ),
    StepSpec(
        Step.CLOCK_STARTED,
        (TRACKED_RULE,),
        date_label=QT_TRANSLATE_NOOP("StepForm", "Date of the event that starts the count"),
    ),
    StepSpec(Step.CLOCK_MET, (TRACKED_RULE,)),
    StepSpec(
        Step.MINUTES_SIGNED,
        (
            FieldSpec("dialogue", QT_TRANSLATE_NOOP("StepForm", "Dialogue"), "choice"),
            FieldSpec("scan", QT_TRANSLATE_NOOP("StepForm", "Scan of the signed minutes"), "file"),
        ),
        note=False,
        date_label=QT_TRANSLATE_NOOP("StepForm", "Date kept"),
        load=held_dialogues,
    ),
)

SPECS: dict[Step, StepSpec] = {s.step: s for s in _SPECS}
"""The steps the generic :class:`~tcd_desktop.ui.case.step_dialog.StepDialog` records."""

#: steps recorded through :mod:`tcd_desktop.ui.case.dialogue_dialog`
DIALOGUE_STEPS = frozenset({Step.DIALOGUE_SCHEDULED, Step.DIALOGUE_HELD})
