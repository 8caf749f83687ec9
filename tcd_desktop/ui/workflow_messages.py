"""The case workflow's refusals (``domain/workflow_messages.py``) in the screen's language.

Why the law refuses a step (in a step dialog, and beside each step the case window offers):
each code has its English source with the template's ``{name}`` fields, translated back to
exactly the template (tests/ui/test_desk_messages.py). Shown through ``ui/desk_messages.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: ``domain/workflow_messages.py``: the law's refusals of a step.
WORKFLOW_MESSAGES: dict[str, str] = {
    "law.complaints": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Law on Complaints 2011",
    ),
    "law.denunciations": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Law on Denunciations 2018",
    ),
    "article.susp_denunciation": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Article 34(1)",
    ),
    "article.susp_complaint": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Article 11a",
    ),
    "article.term_denunciation": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Article 34(2)",
    ),
    "article.term_complaint": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Articles 10 and 11a",
    ),
    "article.verify_denunciation": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Article 31",
    ),
    "article.verify_complaint": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Article 29",
    ),
    "kind.khieu_nai": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "complaint",
    ),
    "kind.to_cao": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "denunciation",
    ),
    "kind.kien_nghi": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "recommendation",
    ),
    "kind.phan_anh": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "reflection",
    ),
    "kind.tin_an_danh": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "anonymous denunciation information",
    ),
    "kind.anonymous": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "«{step}» does not apply: anonymous information is not handled as a denunciation and has no statutory time limit (Law on Denunciations 2018, Article 25).",
    ),
    "kind.no_complaint_extension": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The Law on Complaints 2011 allows no extension of the time to resolve a complaint; complex cases and remote areas already have longer time limits (Articles 28 and 37).",
    ),
    "kind.no_denunciation_dialogue": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A dialogue is part of resolving a complaint (Law on Complaints 2011, Article 30); it does not apply to a denunciation.",
    ),
    "kind.assigned_by_leader": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "«{step}» does not apply to a {kind}: the leader assigns it and sets the time limit (Law on Citizen Reception 2013, Articles 26–28).",
    ),
    "kind.not_applicable": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "«{step}» does not apply to a {kind} case.",
    ),
    "state.closed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case is over ({status}); «{step}» cannot be taken.",
    ),
    "state.paused": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case is suspended; a decision to resume is needed before «{step}» ({law}).",
    ),
    "state.paused_since": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case is suspended since {date}; a decision to resume is needed before «{step}» ({law}).",
    ),
    "state.done_once": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The step «{step}» has already been taken for this case.",
    ),
    "state.decided": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case already has its decision; «{step}» is no longer possible ({law}).",
    ),
    "state.concluded": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case already has its denunciation conclusion; «{step}» is no longer possible ({law}).",
    ),
    "state.not_decided": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "There is no decision yet, so «{step}» is not yet possible.",
    ),
    "state.not_concluded": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "There is no denunciation conclusion yet, so «{step}» is not yet possible.",
    ),
    "step.not_paused": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case is not suspended, so there is nothing to resume.",
    ),
    "step.already_paused": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case is already suspended.",
    ),
    "step.suspension_too_early": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Suspending the resolution of a complaint applies only from 01/07/2026 (Law on Complaints 2011, Article 11a, added by Law No. 136/2025/QH15).",
    ),
    "step.suspension_ground": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The ground for suspension is not one the law gives ({law}, {article}).",
    ),
    "step.termination_ground": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The ground for termination is not one the law gives ({law}, {article}).",
    ),
    "step.termination_too_early": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Terminating for a reason other than the complaint's withdrawal applies only from 01/07/2026 (Law on Complaints 2011, Article 11a, added by Law No. 136/2025/QH15).",
    ),
    "step.partial_withdrawal_too_early": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Withdrawing part of a complaint applies only from 01/07/2026 (Law No. 136/2025/QH15); before that only the whole complaint can be withdrawn (Law on Complaints, Article 10).",
    ),
    "step.verification_not_assigned": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Verification has not been assigned in writing ({law}, {article}).",
    ),
    "step.dialogue_not_notified": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The parties have not been notified of the dialogue (Law on Complaints 2011, Article 30; Decree 124/2020, Article 28).",
    ),
    "step.dialogue_not_held": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "No dialogue has been held, so there are no minutes to keep.",
    ),
    "step.no_verification_report": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "There is no report on verifying the denunciation yet (Law on Denunciations 2018, Articles 31 and 35).",
    ),
    "step.already_very_complex": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case has already been found particularly complex.",
    ),
    "step.second_complaint_lodged": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The complainant has complained a second time, so the first decision does not take legal effect when its time runs out (Law on Complaints 2011, Article 44(1)).",
    ),
    "step.decision_not_sent_effect": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The decision has not been sent to the complainant (Law on Complaints 2011, Articles 32 and 41).",
    ),
    "step.not_yet_effective": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The decision has no legal effect yet: it takes effect on {date} (Law on Complaints 2011, Article 44).",
    ),
    "step.enforcement_no_handling": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The conclusion has not been acted on yet, so enforcement cannot be organised ({law}).",
    ),
    "step.enforcement_not_effective": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "There is no decision with legal effect yet, so enforcement cannot be organised ({law}).",
    ),
    "step.publication_second_only": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only a second-time complaint decision must be made public (Law on Complaints 2011, Article 41).",
    ),
    "step.no_third_complaint": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A complaint with a second-time decision is not accepted again (Law on Complaints 2011, Article 11(7)).",
    ),
    "step.second_complaint_open": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A second complaint about the case is already being resolved.",
    ),
    "step.second_complaint_too_early": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A second complaint is possible only once there is a first decision, or the time to resolve has run out without one (Law on Complaints 2011, Article 33).",
    ),
    "step.decision_not_sent": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The decision has not been sent to the complainant (Law on Complaints 2011, Article 32).",
    ),
    "step.no_second_complaint": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case has no second complaint.",
    ),
    "step.no_further_denunciation": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "There is no further denunciation about this case (Law on Denunciations 2018, Article 37).",
    ),
    "step.not_assigned": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The leader has not yet assigned it and set the time to answer (Law on Citizen Reception, Article 26).",
    ),
    "decision.second_needs_dialogue": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Resolving a second complaint requires a dialogue (Law on Complaints 2011, Article 39).",
    ),
    "decision.disciplinary_needs_dialogue": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Resolving a complaint against a disciplinary decision requires a dialogue (Law on Complaints 2011, Article 50).",
    ),
    "decision.needs_verification": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "There is no verification report yet; a complaint can be decided at once only when it is right (Law on Complaints 2011, Article 29).",
    ),
    "decision.differs_needs_dialogue": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The complainant's request and the verification findings still differ, so a dialogue must be held before deciding (Law on Complaints 2011, Article 30(1)).",
    ),
    "decision.right_needs_dialogue": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A decision finding the complaint right or partly right after verification needs a dialogue first (Law on Complaints 2011, Article 30; Decree 124/2020/ND-CP, Article 28).",
    ),
    "extension.not_complex": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only a complex or particularly complex case can be extended (Law on Denunciations 2018, Article 30; Decree 31/2019/ND-CP, Article 3).",
    ),
    "extension.twice_used": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A particularly complex case can be extended at most twice, by at most 30 days each time; it has been extended {count} time(s) (Law on Denunciations 2018, Article 30; Decree 31/2019/ND-CP, Article 3).",
    ),
    "extension.once_used": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A complex case can be extended only once, by at most 30 days; it has been extended {count} time(s) (Law on Denunciations 2018, Article 30; Decree 31/2019/ND-CP, Article 3).",
    ),
}

__all__ = ["WORKFLOW_MESSAGES"]
