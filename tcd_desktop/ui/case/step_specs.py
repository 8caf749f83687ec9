"""What each workflow step asks for, and which case service records it.

A :class:`StepSpec` lists the step's specific fields (the generic date and note are added by
the dialog) and a ``call`` that runs the service in the caller's session.  Steps without an
entry here (dialogues, leader's assignment, second complaint, further denunciation,
re-resolution, the signed minutes) have their own screen or none yet.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from tcd_desktop.domain.workflow import (
    SUSPENSION_GROUNDS,
    TERMINATION_GROUNDS,
    CaseKind,
    ComplexityCriterion,
    DecisionResult,
    Step,
    SuspensionGround,
    TerminationGround,
)
from tcd_desktop.services import cases as svc
from tcd_desktop.services.context import Actor

Options = list[tuple[str, str]]
Values = dict[str, Any]
Call = Callable[[Session, Actor, uuid.UUID, dt.date, Values, int | None], Any]


@dataclass(frozen=True)
class FieldSpec:
    """One input of a step form.

    ``kind``: ``text`` (one line), ``multiline``, ``lines`` (one item a line → tuple),
    ``combo`` (``options(case_kind)`` → (value, label)), ``days`` (spin box
    ``minimum``..``maximum``, 0 = not given), ``check`` (bool), ``checks`` (several values).
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
    """A step's form: its fields, whether it takes a note, and the service that records it."""

    step: Step
    call: Call
    fields: Sequence[FieldSpec] = field(default_factory=tuple)
    note: bool = True
    date_label: str = "Ngày thực hiện"


def _results(_kind: str) -> Options:
    return [(r.value, r.label_vi) for r in DecisionResult]


def _suspension_grounds(kind: str) -> Options:
    allowed = SUSPENSION_GROUNDS.get(CaseKind(kind), frozenset(SuspensionGround))
    return [(g.value, g.label_vi) for g in SuspensionGround if g in allowed]


def _termination_grounds(kind: str) -> Options:
    allowed = TERMINATION_GROUNDS.get(CaseKind(kind), frozenset(TerminationGround))
    return [(g.value, g.label_vi) for g in TerminationGround if g in allowed]


def _criteria(_kind: str) -> Options:
    return [(c.value, c.label_vi) for c in ComplexityCriterion]


def _days(value: int) -> int | None:
    return value or None


RECIPIENTS = FieldSpec("recipients", "Nơi nhận (mỗi dòng một nơi)", "lines")
NUMBER = FieldSpec("number", "Số văn bản", placeholder="ví dụ 125/QĐ-UBND")
RESULT = FieldSpec("result", "Kết quả", "combo", options=_results)

SPECS: dict[Step, StepSpec] = {
    s.step: s
    for s in (
        StepSpec(Step.ACCEPTANCE_NOTICE, lambda s, a, c, on, v, ver: svc.send_acceptance_notice(
            s, a, c, on=on, recipients=v["recipients"], expected_version=ver),
            (RECIPIENTS,), note=False),
        StepSpec(Step.MARK_COMPLEX, lambda s, a, c, on, v, ver: svc.mark_complex(
            s, a, c, on=on, criteria=v["criteria"], finding=v["finding"],
            very_complex=v["very_complex"], expected_version=ver),
            (FieldSpec("criteria", "Tiêu chí phức tạp", "checks", options=_criteria),
             FieldSpec("very_complex", "Đặc biệt phức tạp", "check", default=False),
             FieldSpec("finding", "Nhận định bằng văn bản", "multiline")), note=False),
        StepSpec(Step.ASSIGN_VERIFICATION, lambda s, a, c, on, v, ver: svc.assign_verification(
            s, a, c, on=on, verifier=v["verifier"], content=v["content"],
            days=_days(v["days"]), expected_version=ver),
            (FieldSpec("verifier", "Người, cơ quan được giao xác minh"),
             FieldSpec("content", "Nội dung xác minh", "multiline"),
             FieldSpec("days", "Thời hạn xác minh (ngày)", "days", maximum=90)), note=False),
        StepSpec(Step.VERIFICATION_REPORT,
                 lambda s, a, c, on, v, ver: svc.submit_verification_report(
            s, a, c, on=on, summary=v["summary"], differs_from_demand=v["differs"],
            expected_version=ver),
            (FieldSpec("summary", "Tóm tắt kết quả xác minh", "multiline"),
             FieldSpec("differs", "Kết quả xác minh khác yêu cầu của người khiếu nại", "check",
                       default=False)), note=False),
        StepSpec(Step.EXTENSION, lambda s, a, c, on, v, ver: svc.extend_resolution(
            s, a, c, on=on, reason=v["reason"], days=v["days"], number=v["number"],
            recipients=v["recipients"], expected_version=ver),
            (FieldSpec("days", "Số ngày gia hạn (không quá 30)", "days", minimum=1, maximum=30,
                       default=30),
             FieldSpec("reason", "Lý do gia hạn", "multiline"), NUMBER, RECIPIENTS),
            note=False),
        StepSpec(Step.SUSPENSION, lambda s, a, c, on, v, ver: svc.suspend(
            s, a, c, on=on, ground=v["ground"], note=v["note"], expected_version=ver),
            (FieldSpec("ground", "Căn cứ tạm đình chỉ", "combo", options=_suspension_grounds),)),
        StepSpec(Step.RESUMPTION, lambda s, a, c, on, v, ver: svc.resume(
            s, a, c, on=on, note=v["note"], expected_version=ver)),
        StepSpec(Step.PARTIAL_WITHDRAWAL, lambda s, a, c, on, v, ver: svc.withdraw(
            s, a, c, on=on, partial=True, contents=v["contents"], note=v["note"],
            expected_version=ver),
            (FieldSpec("contents", "Nội dung được rút (mỗi dòng một nội dung)", "lines"),)),
        StepSpec(Step.WITHDRAWAL, lambda s, a, c, on, v, ver: svc.withdraw(
            s, a, c, on=on, continue_reason=v.get("continue_reason", ""), note=v["note"],
            expected_version=ver),
            (FieldSpec("continue_reason", "Lý do vẫn tiếp tục giải quyết (chỉ tố cáo)",
                       "multiline"),)),
        StepSpec(Step.TERMINATION, lambda s, a, c, on, v, ver: svc.terminate(
            s, a, c, on=on, ground=v["ground"], note=v["note"], expected_version=ver),
            (FieldSpec("ground", "Căn cứ đình chỉ", "combo", options=_termination_grounds),)),
        StepSpec(Step.DECISION, lambda s, a, c, on, v, ver: svc.decide_complaint(
            s, a, c, on=on, result=v["result"], number=v["number"], note=v["note"],
            expected_version=ver), (RESULT, NUMBER), date_label="Ngày ban hành"),
        StepSpec(Step.CONCLUSION, lambda s, a, c, on, v, ver: svc.conclude_denunciation(
            s, a, c, on=on, result=v["result"], number=v["number"], note=v["note"],
            expected_version=ver), (RESULT, NUMBER), date_label="Ngày ban hành"),
        StepSpec(Step.DISPATCH, lambda s, a, c, on, v, ver: svc.dispatch_decision(
            s, a, c, on=on, recipients=v["recipients"], expected_version=ver),
            (RECIPIENTS,), note=False, date_label="Ngày gửi"),
        StepSpec(Step.LEGAL_EFFECT, lambda s, a, c, on, v, ver: svc.confirm_legal_effect(
            s, a, c, on=on, note=v["note"], expected_version=ver)),
        StepSpec(Step.HANDLING, lambda s, a, c, on, v, ver: svc.record_handling(
            s, a, c, on=on, measures=v["measures"], expected_version=ver),
            (FieldSpec("measures", "Biện pháp xử lý", "multiline"),), note=False),
        StepSpec(Step.PUBLICATION, lambda s, a, c, on, v, ver: svc.publish(
            s, a, c, on=on, method=v["method"], expected_version=ver),
            (FieldSpec("method", "Hình thức công khai", placeholder="họp, niêm yết, báo chí"),),
            note=False),
        StepSpec(Step.ENFORCEMENT_UPDATE, lambda s, a, c, on, v, ver: svc.record_enforcement(
            s, a, c, on=on, progress=v["progress"], expected_version=ver),
            (FieldSpec("progress", "Kết quả thực hiện", "multiline"),), note=False),
        StepSpec(Step.ENFORCEMENT_DONE, lambda s, a, c, on, v, ver: svc.record_enforcement(
            s, a, c, on=on, progress=v["progress"], done=True, expected_version=ver),
            (FieldSpec("progress", "Kết quả thực hiện", "multiline"),), note=False),
        StepSpec(Step.ANSWER, lambda s, a, c, on, v, ver: svc.answer_recommendation(
            s, a, c, on=on, answer=v["answer"], expected_version=ver),
            (FieldSpec("answer", "Nội dung trả lời", "multiline"),), note=False),
        StepSpec(Step.CLOSE, lambda s, a, c, on, v, ver: svc.close_anonymous(
            s, a, c, on=on, outcome=v["outcome"], expected_version=ver),
            (FieldSpec("outcome", "Kết quả xử lý thông tin", "multiline"),), note=False),
    )
}  # fmt: skip
"""The steps the generic :class:`~tcd_desktop.ui.case.step_dialog.StepDialog` records."""

#: steps recorded through :mod:`tcd_desktop.ui.case.dialogue_dialog`
DIALOGUE_STEPS = frozenset({Step.DIALOGUE_SCHEDULED, Step.DIALOGUE_HELD})
