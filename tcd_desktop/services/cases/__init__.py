"""Case handling: acceptance, the complaint and denunciation procedures, recommendations,
suspension and termination, the timeline and due dates that explain themselves.

Every function takes the caller's session (one use case = one transaction), checks the
actor's role, the row's version and the law (:mod:`tcd_desktop.domain.workflow`), writes one
timeline event and one audit entry per step, and returns plain dataclasses.
"""

from tcd_desktop.services.cases.acceptance import AcceptanceInput
from tcd_desktop.services.cases.clock import (
    DueChange,
    DueExplanation,
    recompute_open_cases,
)
from tcd_desktop.services.cases.complaints import (
    confirm_legal_effect,
    decide_complaint,
    record_decision_receipt,
)
from tcd_desktop.services.cases.control import mark_complex, resume, suspend, terminate, withdraw
from tcd_desktop.services.cases.core import StepResult
from tcd_desktop.services.cases.denunciations import (
    conclude_denunciation,
    decide_re_resolution,
    extend_resolution,
    lodge_further_denunciation,
)
from tcd_desktop.services.cases.due_explain import explain_due
from tcd_desktop.services.cases.police import transfer_to_police
from tcd_desktop.services.cases.recommendations import (
    answer_recommendation,
    assign_recommendation,
    close_anonymous,
)
from tcd_desktop.services.cases.steps import (
    SIMPLE_STEPS,
    assign_verification,
    dispatch_decision,
    publish,
    record_enforcement,
    record_handling,
    record_step,
    send_acceptance_notice,
    submit_verification_report,
)
from tcd_desktop.services.cases.tracked import meet_clock, start_clock
from tcd_desktop.services.cases.views import (
    CaseView,
    StepOption,
    TimelineEntry,
    available_steps,
    case_timeline,
    find_case_by_code,
    get_case,
)

__all__ = [
    "SIMPLE_STEPS",
    "AcceptanceInput",
    "CaseView",
    "DueChange",
    "DueExplanation",
    "StepOption",
    "StepResult",
    "TimelineEntry",
    "answer_recommendation",
    "assign_recommendation",
    "assign_verification",
    "available_steps",
    "case_timeline",
    "close_anonymous",
    "conclude_denunciation",
    "confirm_legal_effect",
    "decide_complaint",
    "decide_re_resolution",
    "dispatch_decision",
    "explain_due",
    "extend_resolution",
    "find_case_by_code",
    "get_case",
    "lodge_further_denunciation",
    "mark_complex",
    "meet_clock",
    "publish",
    "recompute_open_cases",
    "record_decision_receipt",
    "record_enforcement",
    "record_handling",
    "record_step",
    "resume",
    "send_acceptance_notice",
    "start_clock",
    "submit_verification_report",
    "suspend",
    "terminate",
    "transfer_to_police",
    "withdraw",
]
