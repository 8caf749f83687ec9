"""The desk services' messages (field errors, refusals, notes) in the screen's language.

The services write Vietnamese (the data and command-line language) and give each message a
stable code and its parameters (:class:`~tcd_desktop.domain.messages.Message`, from the
catalogues of ``domain/validators.py``, ``services/reception/messages.py``,
``services/petitions/messages.py`` and, for the refusals, conflicts and records not found of
every service, ``services/messages.py`` (English sources in ``ui/service_messages.py``). Here each code has its English source text with the
same ``{name}`` fields; the Vietnamese catalogue translates it back to exactly the service's
template (tests/ui/test_desk_messages.py holds them equal), so the Vietnamese screens read as
before. A text with no code, or a code not listed here, shows as the service wrote it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tcd_desktop.domain.enums import LabelledEnum
from tcd_desktop.domain.messages import Message
from tcd_desktop.services.errors import ServiceError, ValidationFailed
from tcd_desktop.ui.case_messages import CASE_DOCUMENT_MESSAGES, CASE_MESSAGES
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.office_messages import (
    DEADLINE_MESSAGES,
    HIERARCHY_MESSAGES,
    OFFICE_MESSAGES,
)
from tcd_desktop.ui.service_messages import ACTION_NAMES, SERVICE_MESSAGES
from tcd_desktop.ui.workflow_messages import WORKFLOW_MESSAGES

CONTEXT = "DeskMessages"

#: The checks of ``domain/validators.py`` (shown live as the officer types, and on save).
VALIDATOR_MESSAGES: dict[str, str] = {
    "citizen_id.empty": QT_TRANSLATE_NOOP("DeskMessages", "No CCCD/CMND number entered"),
    "citizen_id.not_digits": QT_TRANSLATE_NOOP(
        "DeskMessages", "A CCCD/CMND number may contain digits only"
    ),
    "citizen_id.length": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A CCCD number has 12 digits (or an old CMND 9 digits); {count} digit(s) entered",
    ),
    "citizen_id.province": QT_TRANSLATE_NOOP("DeskMessages", "Province code {code} is not valid"),
    "citizen_id.birth_year": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Year of birth {year} does not match the CCCD number (the century/year of birth "
        "it encodes is {encoded})",
    ),
    "phone.empty": QT_TRANSLATE_NOOP("DeskMessages", "No phone number entered"),
    "phone.foreign": QT_TRANSLATE_NOOP(
        "DeskMessages", "Only Vietnamese phone numbers (+84) are accepted"
    ),
    "phone.not_digits": QT_TRANSLATE_NOOP("DeskMessages", "A phone number may contain digits only"),
    "phone.no_zero": QT_TRANSLATE_NOOP("DeskMessages", "A phone number starts with 0 or +84"),
    "phone.landline_length": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A landline number has 11 digits (area code 02x); {count} digit(s) entered",
    ),
    "phone.old_prefix": QT_TRANSLATE_NOOP(
        "DeskMessages", "The prefix {prefix} has moved to a new prefix (since 2018)"
    ),
    "phone.prefix": QT_TRANSLATE_NOOP("DeskMessages", "The prefix {prefix} is not valid"),
    "phone.mobile_length": QT_TRANSLATE_NOOP(
        "DeskMessages", "A mobile number has 10 digits; {count} digit(s) entered"
    ),
}

#: The reception desk (``services/reception/messages.py``).
RECEPTION_MESSAGES: dict[str, str] = {
    "citizen.gone": QT_TRANSLATE_NOOP(
        "DeskMessages", "The chosen citizen is no longer in the database."
    ),
    "citizen.name_missing": QT_TRANSLATE_NOOP("DeskMessages", "No full name entered."),
    "citizen.name_too_long": QT_TRANSLATE_NOOP(
        "DeskMessages", "The full name has at most {limit} characters."
    ),
    "citizen.id_kind": QT_TRANSLATE_NOOP(
        "DeskMessages", "The identity document kind is not valid."
    ),
    "citizen.id_number": QT_TRANSLATE_NOOP("DeskMessages", "The CCCD number is not valid."),
    "citizen.passport": QT_TRANSLATE_NOOP(
        "DeskMessages", "A passport number has 6–12 capital letters or digits."
    ),
    "citizen.identity_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The address or an identity document of the person presenting is required "
        "(Law on Citizen Reception, Article 25(1)).",
    ),
    "citizen.phone": QT_TRANSLATE_NOOP("DeskMessages", "The phone number is not valid."),
    "citizen.email": QT_TRANSLATE_NOOP("DeskMessages", "The email address is not valid."),
    "citizen.birth_year": QT_TRANSLATE_NOOP(
        "DeskMessages", "The year of birth must be from 1900 to {year}."
    ),
    "text.control_character": QT_TRANSLATE_NOOP(
        "DeskMessages", "The text contains a control character that is not allowed (U+{char})."
    ),
    "visit.desk_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "The reception desk code has not been set (first-run setup)."
    ),
    "visit.unit_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "The body or unit receiving citizens is not known."
    ),
    "visit.time_zone": QT_TRANSLATE_NOOP(
        "DeskMessages", "The time of reception must include a time zone."
    ),
    "visit.in_future": QT_TRANSLATE_NOOP(
        "DeskMessages", "The time of reception may not be later than now."
    ),
    "visit.kind": QT_TRANSLATE_NOOP("DeskMessages", "The kind of reception is not valid."),
    "visit.leader_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Periodic and unscheduled receptions are presided over by the head in person: "
        "choose the presiding leader.",
    ),
    "visit.leader_inactive": QT_TRANSLATE_NOOP(
        "DeskMessages", "The presiding person must be a leader with an active account."
    ),
    "visit.online_too_early": QT_TRANSLATE_NOOP(
        "DeskMessages", "Online citizen reception applies only from 01/7/2026 (Law 136/2025)."
    ),
    "visit.officer_inactive": QT_TRANSLATE_NOOP(
        "DeskMessages", "The reception officer has no active account."
    ),
    "visit.headcount": QT_TRANSLATE_NOOP("DeskMessages", "The number of people must be 1 or more."),
    "visit.participant_role": QT_TRANSLATE_NOOP(
        "DeskMessages", "The participant's standing is not valid."
    ),
    "visit.proof_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "{role} must show papers proving their standing (letter of introduction, power of "
        "attorney, lawyer's card, document appointing the representative).",
    ),
    "visit.refusal_ground_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "No ground for refusing to receive the citizen was chosen."
    ),
    "visit.refusal_ground_not_yet": QT_TRANSLATE_NOOP(
        "DeskMessages", "This ground ({citation}) applies only from {date}."
    ),
    "visit.refusal_note_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "State the other legal basis for the refusal."
    ),
    "visit.repeat_of_gone": QT_TRANSLATE_NOOP(
        "DeskMessages", "The chosen earlier visit does not exist."
    ),
    "visit.petitions_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "Record at least one matter the citizen presents."
    ),
    "group.too_many_representatives": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A group of {headcount} people may appoint at most {limit} representatives "
        "({count} entered; Law on Citizen Reception, Article 29).",
    ),
    "group.representative_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "A group of many people must appoint a representative."
    ),
    "group.not_appointed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A group of 5 or more people must appoint its representatives in writing, signed by "
        "those complaining or denouncing together (Law on Citizen Reception, Article 29).",
    ),
    "group.appointment_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "Name the document appointing the representatives."
    ),
    "petition.kind": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose the kind of petition: complaint, denunciation, recommendation or feedback.",
    ),
    "petition.summary_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "No summary of the content entered."
    ),
    "petition.field_unknown": QT_TRANSLATE_NOOP(
        "DeskMessages", "Field {field} is not in the catalogue."
    ),
    "petition.prior_body_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "No body that handled the matter entered."
    ),
    "petition.document_name_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "No document name entered."
    ),
    "petition.document_pages": QT_TRANSLATE_NOOP(
        "DeskMessages", "The number of pages must be a whole number, 1 or more."
    ),
    "petition.document_condition": QT_TRANSLATE_NOOP(
        "DeskMessages", "Document condition: original, copy or certified copy."
    ),
    "petition.action_missing": QT_TRANSLATE_NOOP("DeskMessages", "Choose how the desk handles it."),
    "petition.guide_body_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "State the competent body the citizen is guided to."
    ),
    "petition.transfer_body_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "State the competent body receiving the transferred petition."
    ),
    "petition.complaint_not_transferred": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A complaint outside the body's competence is answered by guiding the citizen to the "
        "competent body, not by transferring it (Law on Citizen Reception, Article 26).",
    ),
    "petition.explain_needs_decision": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only explain and ask for compliance once a competent body has resolved the matter: "
        "enter the body and the number of its decision.",
    ),
    "saved.online_denunciation": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A denunciation is received online only when the denouncer does not ask to keep "
        "their identity confidential (Decree 154/2026, Article 20).",
    ),
    "saved.written_refusal": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The head must issue a written refusal notice (Form 01/TCD) within 03 working days.",
    ),
    "document.no_right": QT_TRANSLATE_NOOP(
        "DeskMessages", "Account {username} may not prepare documents."
    ),
    "document.sealed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "This document names the denouncer: only the officer who received them and the unit's "
        "leaders may prepare it (Law on Denunciations 2018, Articles 8 and 47).",
    ),
    "document.not_refused": QT_TRANSLATE_NOOP(
        "DeskMessages", "Reception was not refused at this visit."
    ),
    "document.nothing_guided": QT_TRANSLATE_NOOP(
        "DeskMessages", "No content was guided to a competent body."
    ),
    "document.nothing_transferred": QT_TRANSLATE_NOOP(
        "DeskMessages", "No content was transferred to a competent body."
    ),
    "document.no_content": QT_TRANSLATE_NOOP("DeskMessages", "The visit has no content recorded."),
    "document.mixed_kinds": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The visit has contents of several kinds: prepare a document for each content.",
    ),
    "lookup.throttled": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "More than {n} searches by identity document or phone number in {m} minute(s). Please "
        "wait and try again, or search by name.",
    ),
}

#: Petition processing (``services/petitions/messages.py``).
PROCESSING_MESSAGES: dict[str, str] = {
    "processing.not_found": QT_TRANSLATE_NOOP("DeskMessages", "The petition was not found."),
    "processing.gone": QT_TRANSLATE_NOOP(
        "DeskMessages", "The petition was not found (it may have been deleted)."
    ),
    "processing.already_processed": QT_TRANSLATE_NOOP(
        "DeskMessages", "Petition {number} has already been processed ({status})."
    ),
    "outcome.invalid": QT_TRANSLATE_NOOP("DeskMessages", "The processing outcome is not valid."),
    "outcome.before_received": QT_TRANSLATE_NOOP(
        "DeskMessages", "The processing date is before the petition was received, {date}."
    ),
    "outcome.late": QT_TRANSLATE_NOOP(
        "DeskMessages", "Processed late: the {rule} deadline was {date} ({citation})."
    ),
    "transfer.body_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "Enter the competent body receiving the transferred petition."
    ),
    "guide.body_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "Enter the competent body to guide the citizen to."
    ),
    "return.reason_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "State the reason for returning the petition."
    ),
    "return.ground_only_complaint": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The non-acceptance grounds of Article 11 of the Law on Complaints apply to "
        "complaints only.",
    ),
    "return.ground_unknown": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The non-acceptance ground is not in Article 11 of the Law on Complaints.",
    ),
    "file.ground_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Choose the ground for filing under Article 28 of Circular 05/2021/TT-TTCP.",
    ),
    "lower.body_missing": QT_TRANSLATE_NOOP(
        "DeskMessages", "Enter the competent lower-level body."
    ),
    "extend.reason_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "State the reason for the extension (verification in several places, delegation).",
    ),
    "extend.only_named_denunciation": QT_TRANSLATE_NOOP(
        "DeskMessages", "Only a named denunciation's initial check can be extended (D1)."
    ),
    "extend.already": QT_TRANSLATE_NOOP(
        "DeskMessages", "The initial check has already been extended to {date}."
    ),
    "extend.too_late": QT_TRANSLATE_NOOP(
        "DeskMessages", "The extension must be made before the deadline {date} ({citation})."
    ),
    "notice.none": QT_TRANSLATE_NOOP(
        "DeskMessages", "There is no notice to print for this petition: {reasons}"
    ),
}

#: Every coded message by code.
MESSAGES: Mapping[str, str] = {
    **VALIDATOR_MESSAGES,
    **RECEPTION_MESSAGES,
    **PROCESSING_MESSAGES,
    **SERVICE_MESSAGES,
    **ACTION_NAMES,
    **CASE_MESSAGES,
    **CASE_DOCUMENT_MESSAGES,
    **WORKFLOW_MESSAGES,
    **OFFICE_MESSAGES,
    **DEADLINE_MESSAGES,
    **HIERARCHY_MESSAGES,
}


def _shown(value: Any) -> str:
    if isinstance(value, tuple):  # a Listed says its separator
        return getattr(value, "sep", ", ").join(_shown(item) for item in value)
    if isinstance(value, Message):
        return message_text(value)
    return enum_label(value) if isinstance(value, LabelledEnum) else str(value)


def message_text(text: str | None) -> str:
    """A service's message in the screen's language: a coded :class:`Message` through its
    English source; any other text (or an unknown code) as the service wrote it."""
    if text is None:
        return ""
    if not isinstance(text, Message) or text.code not in MESSAGES:
        return str(text)
    shown = QCoreApplication.translate(CONTEXT, MESSAGES[text.code])
    for name, value in text.params.items():
        shown = shown.replace("{" + name + "}", _shown(value))
    return shown


def field_messages(errors: Mapping[str, str]) -> dict[str, str]:
    """``ValidationFailed.field_errors`` in the screen's language (same keys)."""
    return {key: message_text(value) for key, value in errors.items()}


def service_message(exc: BaseException) -> str:
    """A service error's message in the screen's language (``str(exc)`` when not coded)."""
    if isinstance(exc, ValidationFailed) and str(exc) == "; ".join(exc.field_errors.values()):
        return "; ".join(message_text(v) for v in exc.field_errors.values())
    first = exc.args[0] if isinstance(exc, ServiceError) and len(exc.args) == 1 else None
    return message_text(first) if isinstance(first, Message) else str(exc)


__all__ = [
    "MESSAGES",
    "PROCESSING_MESSAGES",
    "RECEPTION_MESSAGES",
    "VALIDATOR_MESSAGES",
    "field_messages",
    "message_text",
    "service_message",
]
