"""What each workflow step asks for, and which case service records it.

A :class:`StepSpec` lists the step's specific fields (the generic date and note are added by
the dialog) and a ``call`` that runs the service in the caller's session.  Steps without an
entry here (dialogues, second complaint, second decision) have their own screen or none yet.
A spec's ``load`` runs in the background when the form opens and fills its ``choice`` fields
(officers, held dialogues) from the database.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tcd_desktop.domain.complaint_rules import WithdrawalCheck, WithdrawalForm
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.workflow import (
    SUSPENSION_GROUNDS,
    TERMINATION_GROUNDS,
    CaseKind,
    ComplexityCriterion,
    DecisionResult,
    ReResolutionGround,
    Step,
    SuspensionGround,
    TerminationGround,
)
from tcd_desktop.services import cases as svc
from tcd_desktop.services import dialogues
from tcd_desktop.services.cases.tracked import TRACKED
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.users import users_with_role

Options = list[tuple[str, str]]
Values = dict[str, Any]
Call = Callable[[Session, Actor, uuid.UUID, dt.date, Values, int | None], Any]
Loader = Callable[[Session, uuid.UUID], dict[str, Options]]


@dataclass(frozen=True)
class FieldSpec:
    """One input of a step form.

    ``kind``: ``text`` (one line), ``multiline``, ``lines`` (one item a line → tuple),
    ``combo`` (``options(case_kind)`` → (value, label)), ``days`` (spin box
    ``minimum``..``maximum``, 0 = not given), ``check`` (bool), ``checks`` (several values),
    ``date`` (``default`` days after the step's date), ``choice`` (a combo filled by the
    spec's ``load``), ``file`` (a path chosen with a file dialog).
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
    load: Loader | None = None


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


def _re_grounds(_kind: str) -> Options:
    return [(g.value, g.label_vi) for g in ReResolutionGround]


def _required_id(value: str, name: str, message: str) -> uuid.UUID:
    if not value:
        raise ValidationFailed({name: message})
    return uuid.UUID(value)


def _officers(session: Session, _case_id: uuid.UUID) -> dict[str, Options]:
    people = {u.id: u for r in (Role.HANDLING_OFFICER, Role.LEADER)
              for u in users_with_role(session, r)}  # fmt: skip
    options = [(str(u.id), f"{u.full_name} — {u.title}" if u.title else u.full_name)
               for u in sorted(people.values(), key=lambda u: u.full_name)]  # fmt: skip
    return {"assignee": options}


def _held_dialogues(session: Session, case_id: uuid.UUID) -> dict[str, Options]:
    options: Options = []
    for dialogue_id in dialogues.dialogues_of_case(session, case_id):
        data = dialogues.dialogue_minutes_data(session, dialogue_id)
        if data.held:
            when = data.started_at or data.scheduled_at
            label = f"Đối thoại {dialogues.local(when):%d/%m/%Y %H:%M} — {data.place}"
            if data.signed_scan_id is not None:
                label += " (đã có bản quét)"
            options.append((str(dialogue_id), label))
    return {"dialogue": options}


def _assign(s: Session, a: Actor, c: uuid.UUID, on: dt.date, v: Values, ver: int | None) -> Any:
    who = _required_id(v["assignee"], "assignee_id", "Phải chọn cán bộ được giao xử lý.")
    return svc.assign_recommendation(s, a, c, on=on, assignee_id=who, due_on=v["due_on"],
                                     note=v["note"], expected_version=ver)  # fmt: skip


def _re_resolve(s: Session, a: Actor, c: uuid.UUID, on: dt.date, v: Values, ver: int | None) -> Any:
    who = uuid.UUID(v["assignee"]) if v["assignee"] else None
    return svc.decide_re_resolution(s, a, c, on=on, reopen=v["reopen"], ground=v["ground"] or None,
                                    assignee_id=who, note=v["note"], expected_version=ver)  # fmt: skip


def _signed_minutes(s: Session, a: Actor, _c: uuid.UUID, on: dt.date, v: Values,
                    _ver: int | None) -> Any:  # fmt: skip
    dialogue_id = _required_id(v["dialogue"], "dialogue", "Phải chọn buổi đối thoại đã tổ chức.")
    if not v["scan"]:
        raise ValidationFailed({"scan": "Phải chọn tệp bản quét biên bản đã ký."})
    path = Path(v["scan"])
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationFailed(
            {"scan": f"Không đọc được tệp {path.name}: {exc.strerror}."}
        ) from exc
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return dialogues.attach_signed_minutes(s, a, dialogue_id, on=on, filename=path.name,
                                           content=content, mime_type=mime)  # fmt: skip


def _withdrawal_forms(_kind: str) -> Options:
    return [("", "(chọn hình thức)")] + [(f.value, f.label_vi) for f in WithdrawalForm]


def _k3_checks(_kind: str) -> Options:
    return [(c.value, c.label_vi) for c in WithdrawalCheck]


def _tracked_rules(_kind: str) -> Options:
    return [(rule, f"{rule}: {event}") for rule, event in TRACKED.items()]


ASSIGNEE = FieldSpec("assignee", "Cán bộ được giao", "choice")
TRACKED_RULE = FieldSpec("rule", "Thời hạn theo dõi", "combo", options=_tracked_rules)
WITHDRAWAL_FORM = FieldSpec("form", "Hình thức yêu cầu rút", "combo", options=_withdrawal_forms)
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
            form=v["form"], expected_version=ver),
            (WITHDRAWAL_FORM,
             FieldSpec("contents", "Nội dung được rút (mỗi dòng một nội dung)", "lines"))),
        StepSpec(Step.WITHDRAWAL, lambda s, a, c, on, v, ver: svc.withdraw(
            s, a, c, on=on, continue_reason=v.get("continue_reason", ""), note=v["note"],
            form=v["form"], withdrawing=v["withdrawing"],
            checks=v["checks"] if v["checks_done"] else None, expected_version=ver),
            (WITHDRAWAL_FORM,
             FieldSpec("withdrawing", "Người khiếu nại rút (khiếu nại đông người)"),
             FieldSpec("checks_done", "Đã kiểm tra các trường hợp Điều 33 khoản 3 Luật Tố cáo "
                       "(chỉ tố cáo)", "check", default=False),
             FieldSpec("checks", "Trường hợp vẫn phải giải quyết (Điều 33 khoản 3)", "checks",
                       options=_k3_checks),
             FieldSpec("continue_reason", "Lý do khác vẫn tiếp tục giải quyết (chỉ tố cáo)",
                       "multiline"))),
        StepSpec(Step.TERMINATION, lambda s, a, c, on, v, ver: svc.terminate(
            s, a, c, on=on, ground=v["ground"], note=v["note"], expected_version=ver),
            (FieldSpec("ground", "Căn cứ đình chỉ", "combo", options=_termination_grounds),)),
        StepSpec(Step.DECISION, lambda s, a, c, on, v, ver: svc.decide_complaint(
            s, a, c, on=on, result=v["result"], number=v["number"], note=v["note"],
            dialogue_skip_reason=v["skip_reason"], expected_version=ver),
            (RESULT, NUMBER, FieldSpec("skip_reason", "Lý do không tổ chức đối thoại (bắt buộc "
                                       "nếu chưa đối thoại)", "multiline")),
            date_label="Ngày ban hành"),
        StepSpec(Step.DECISION_RECEIVED, lambda s, a, c, on, v, ver: svc.record_decision_receipt(
            s, a, c, on=on, evidence=v["note"], expected_version=ver),
            date_label="Ngày người khiếu nại nhận quyết định"),
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
        StepSpec(Step.ASSIGNMENT, _assign,
                 (ASSIGNEE, FieldSpec("due_on", "Hạn trả lời", "date", default=15)),
                 date_label="Ngày giao", load=_officers),
        StepSpec(Step.FURTHER_DENUNCIATION, lambda s, a, c, on, v, ver:
                 svc.lodge_further_denunciation(s, a, c, received_on=on, note=v["note"],
                                                expected_version=ver),
                 date_label="Ngày nhận đơn tố cáo tiếp"),
        StepSpec(Step.RE_RESOLUTION, _re_resolve,
                 (FieldSpec("reopen", "Giải quyết lại vụ việc tố cáo", "check", default=False),
                  FieldSpec("ground", "Căn cứ giải quyết lại", "combo", options=_re_grounds),
                  ASSIGNEE), date_label="Ngày quyết định", load=_officers),
        StepSpec(Step.TO_POLICE, lambda s, a, c, on, v, ver: svc.transfer_to_police(
            s, a, c, on=on, to_body=v["to_body"], signs=v["signs"], found_on=v["found_on"],
            expected_version=ver),
            (FieldSpec("to_body", "Cơ quan điều tra, Viện kiểm sát nhận hồ sơ"),
             FieldSpec("signs", "Dấu hiệu tội phạm đã phát hiện", "multiline"),
             FieldSpec("found_on", "Ngày phát hiện dấu hiệu tội phạm", "date", default=0)),
            note=False, date_label="Ngày chuyển hồ sơ"),
        StepSpec(Step.CLOCK_STARTED, lambda s, a, c, on, v, ver: svc.start_clock(
            s, a, c, rule_id=v["rule"], on=on, note=v["note"], expected_version=ver),
            (TRACKED_RULE,), date_label="Ngày xảy ra sự kiện bắt đầu tính"),
        StepSpec(Step.CLOCK_MET, lambda s, a, c, on, v, ver: svc.meet_clock(
            s, a, c, rule_id=v["rule"], on=on, note=v["note"], expected_version=ver),
            (TRACKED_RULE,)),
        StepSpec(Step.MINUTES_SIGNED, _signed_minutes,
                 (FieldSpec("dialogue", "Buổi đối thoại", "choice"),
                  FieldSpec("scan", "Bản quét biên bản đã ký", "file")),
                 note=False, date_label="Ngày lưu", load=_held_dialogues),
    )
}  # fmt: skip
"""The steps the generic :class:`~tcd_desktop.ui.case.step_dialog.StepDialog` records."""

#: steps recorded through :mod:`tcd_desktop.ui.case.dialogue_dialog`
DIALOGUE_STEPS = frozenset({Step.DIALOGUE_SCHEDULED, Step.DIALOGUE_HELD})
