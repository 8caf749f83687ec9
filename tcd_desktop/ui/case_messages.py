"""Case handling's messages (``services/cases/messages.py``) in the screen's language.

The acceptance dialog's refusals and notes, and the case window's step dialogs' refusals of a
step's date and required texts: each code has its English source with the service template's
``{name}`` fields, translated back to exactly the template (tests/ui/test_desk_messages.py),
so the Vietnamese screens read as before. Shown through ``ui/desk_messages.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: ``services/cases/messages.py``: accepting a petition; a step's date and required texts.
CASE_MESSAGES: dict[str, str] = {
    "acceptance.already_processed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Petition {number} has already been processed ({status}).",
    ),
    "acceptance.over_level": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A petition sent past the level whose competence it is, not yet resolved there: ask the lower level to resolve it; do not accept it (Law on Citizen Reception 2013, Article 26(1)(b)).",
    ),
    "acceptance.before_received": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The acceptance date is before the petition was received, {date}.",
    ),
    "acceptance.mass_not_appointed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The petition is signed by {count} people: accept it only with all signatures and a document appointing the representatives (Law on Citizen Reception 2013, Article 29; Decree 124/2020/ND-CP, Article 7).",
    ),
    "acceptance.assignee_gone": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The assigned officer was not found.",
    ),
    "acceptance.second_only_complaint": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only a complaint has a second complaint (Law on Complaints, Article 33).",
    ),
    "acceptance.second_too_late": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The time for a second complaint has passed: {date} at the latest ({days} days from {since}; {citation}).",
    ),
    "since.decision_received": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "the complainant receiving the decision on {date}",
    ),
    "since.decision_estimated": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "the receipt date not recorded: estimated {date} = sent {posted} + {days} working days for delivery",
    ),
    "since.decision_unsent": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "the decision issued on {date} (not yet sent)",
    ),
    "since.first_due": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "the end of the first resolution period on {date}",
    ),
    "acceptance.first_case_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A second complaint must be linked to the first complaint's case.",
    ),
    "acceptance.level": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The resolution level is first (1) or second (2) only.",
    ),
    "acceptance.late": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Accepted late: the {clock} deadline was {date} ({citation}).",
    ),
    "complexity.unknown": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Complexity criteria not valid: {criteria}.",
    ),
    "complexity.kind": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only complaint and denunciation cases have a complexity finding.",
    ),
    "complexity.finding_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A finding that a case is complex needs a document stating its grounds (Decree 124/2020/ND-CP, Article 3a; Decree 31/2019/ND-CP, Article 3).",
    ),
    "complexity.very_two_criteria": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A particularly complex case needs 2 or more criteria (Decree 31/2019/ND-CP, Article 3).",
    ),
    "complexity.very_only_denunciation": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only a denunciation can be «particularly complex» (Law on Denunciations, Article 30).",
    ),
    "time_bar.known_after_received": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The day the decision or act became known may not be after the petition was received.",
    ),
    "time_bar.obstacle_reason_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "State the objective obstacle (illness, natural disaster, a work trip, study far away ...) for the time not counted towards the limitation period.",
    ),
    "time_bar.expired": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The limitation period for complaining has passed: {days} days from {known_on} is {due} ({citation}), and the petition was received on {received_on}. If the complainant had an objective obstacle, enter the period and its reason so it is not counted; otherwise do not accept it ({ground_citation}).",
    ),
    "conditions.unknown": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Acceptance conditions not valid: {conditions}.",
    ),
    "step.decision_number_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the number of the complaint decision.",
    ),
    "step.dialogue_skip_reason_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "No dialogue was held: state why (Law on Complaints 2011, Article 30; Decree 124/2020/ND-CP, Article 28).",
    ),
    "step.reason_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "State the reason.",
    ),
    "step.extension_reason_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "State the reason for the extension.",
    ),
    "step.conclusion_number_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the number of the denunciation conclusion.",
    ),
    "step.police_body_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the investigating body or procuracy receiving the file.",
    ),
    "step.crime_signs_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Describe the signs of a crime found.",
    ),
    "step.answer_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Summarise the answer.",
    ),
    "step.information_outcome_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the outcome of handling the information.",
    ),
    "step.verifier_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the person or body assigned to verify.",
    ),
    "step.verification_summary_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Summarise the verification findings.",
    ),
    "step.publication_method_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter how it is made public (meeting, posting, press).",
    ),
    "step.measures_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the measures taken.",
    ),
    "step.progress_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the result of the enforcement.",
    ),
    "dialogue.place_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the place of the dialogue.",
    ),
    "dialogue.presiding_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter who presides over the dialogue.",
    ),
    "dialogue.result_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the result of the dialogue.",
    ),
    "dialogue.scan_name_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The scanned file needs a name.",
    ),
    "step.before_acceptance": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The date may not be before the case was accepted, {date}.",
    ),
    "step.own_operation": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Step {step} cannot be recorded here: use the step's own action.",
    ),
    "complexity.criteria_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose at least one complexity criterion.",
    ),
    "step.due_moved": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The resolution deadline moves from {before} to {after}.",
    ),
    "suspension.ground_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose the ground for suspension.",
    ),
    "resumption.before_suspension": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The resumption date is before the suspension, {date}.",
    ),
    "withdrawal.contents_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the contents withdrawn.",
    ),
    "termination.ground_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose the ground for termination.",
    ),
    "withdrawal.form_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A withdrawal needs a signed or fingerprinted withdrawal letter, or minutes recording the request made in person (Law on Complaints 2011, Article 10; Law on Denunciations 2018, Article 33(1)).",
    ),
    "withdrawal.checks_unknown": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Cases not valid: {checks}.",
    ),
    "withdrawal.who_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A complaint by many people: name the complainant who withdraws; the others go on complaining (Decree 124/2020/ND-CP, Article 7a).",
    ),
    "withdrawal.already": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "{name} has already withdrawn the complaint.",
    ),
    "extension.too_long": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Each extension is at most {limit} days ({citation}); {days} days were asked for.",
    ),
    "extension.late": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The extension decision was issued after the deadline had passed, {date}.",
    ),
    "conclusion.late": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The conclusion was issued after the resolution deadline, {date}.",
    ),
    "re_resolution.ground_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose the ground for resolving it again (Law on Denunciations, Article 37).",
    ),
    "assignment.due_before": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The answer is due after the day it is assigned, {date}.",
    ),
    "decision.result_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose the result: right, partly right or wrong.",
    ),
    "decision.late": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The decision was issued after the resolution deadline {date} ({rule}).",
    ),
    "decision.received_before_sent": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The decision was received before it was sent, {date}.",
    ),
    "clock.not_tracked": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only the deadlines {rules} can be tracked with this step.",
    ),
    "clock.before_received": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The start date is before the petition was received, {date}.",
    ),
    "clock.not_started": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Tracking of deadline {rule} has not started for this case.",
    ),
    "assignment.assignee_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose the officer assigned to handle it.",
    ),
    "dialogue.held_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose the dialogue that was held.",
    ),
    "dialogue.scan_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose the scan of the signed minutes.",
    ),
    "step.not_this_form": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The step «{step}» is not recorded with this form.",
    ),
    "police.found_after_transfer": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The signs of a crime were found after the file was transferred.",
    ),
    "police.late": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Transferred late: the {rule} deadline was {date} ({citation}).",
    ),
    "conditions.missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The conditions for accepting the denunciation are not all met (Law on Denunciations 2018, Article 29(1), Article 24(3)): {missing}.",
    ),
    "withdrawal.checks_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Before terminating because the denunciation was withdrawn, check the cases in which it must still be resolved: {checks} (Law on Denunciations 2018, Article 33(3)).",
    ),
    "dialogue.before_notice": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The dialogue may not be before the day of the notice.",
    ),
    "dialogue.notice_late": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The dialogue notice was sent on {sent}, after the deadline {due}: notice must be given at least {days} days before ({citation}).",
    ),
    "dialogue.time_zone": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The start and end times must include a time zone.",
    ),
    "dialogue.absent_continues": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The complainant was absent without a reason: the resolution goes on (Law on Complaints, Article 30(6); Decree 124/2020, Article 28(5)).",
    ),
    "dialogue.absent_reschedule": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The complainant was absent without a reason; consider holding the dialogue again.",
    ),
}

#: ``services/case_documents/messages.py``: why a form of the case window cannot be prepared.
CASE_DOCUMENT_MESSAGES: dict[str, str] = {
    "precondition.not_stopped": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case has not been suspended or terminated: record the step «Suspension» or «Termination» first.",
    ),
    "precondition.not_resumed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case has no «Resumption» step after its suspension.",
    ),
    "precondition.not_to_police": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case has no step «Transfer to the investigating body (signs of a crime)».",
    ),
    "precondition.not_extended": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The case has not been extended: record the step «Extension» first.",
    ),
    "precondition.no_decision": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The complaint decision has not been recorded (number, date, result).",
    ),
    "precondition.no_conclusion": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The denunciation conclusion has not been recorded (number, date, result).",
    ),
}

__all__ = ["CASE_DOCUMENT_MESSAGES", "CASE_MESSAGES"]
