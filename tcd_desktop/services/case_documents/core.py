"""Documents of a case or a petition, built from the database and issued in one step.

``document_choices`` says which forms make sense in the case's state (each refused one
with the reason: the step that would produce it has not happened, the form is not in force
on that date, the actor may not read the denouncer it names, or may not issue documents);
``generate_case_document`` builds the form's data from the case, its petition, its unit and
its timeline, then issues it (:func:`services.documents.issue_document`: number, PDF, hash,
audit) linked to the case and its petition.  ``generate_petition_document`` does the same
for the notices that follow a petition's processing outcome.  The workflow has no timeline
step for "a document was drawn up", so the issue's audit entry is the record of it.

Nothing published or sent to the person denounced contains the denouncer; a document that
names them (the acceptance notice to the denouncer, a transfer of their petition) is only
offered to — and readable by — the people entitled to the sealed identity.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tcd_desktop.documents.forms.suspension import SuspensionDecisionData
from tcd_desktop.documents.registry import check_data
from tcd_desktop.documents.versions import (
    FormNotInForce,
    unconfirmed_note,
    version_on,
    versions_of,
)
from tcd_desktop.domain.calendar import format_vn_date
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.workflow import CaseKind, Step
from tcd_desktop.services import dialogues, publication
from tcd_desktop.services.case_documents.facts import RecordFacts, case_facts, petition_facts
from tcd_desktop.services.case_documents.forms import (
    BUILDERS,
    CASE_FORMS,
    Built,
    minutes,
    stop_event,
)
from tcd_desktop.services.case_documents.messages import MESSAGES as DOCUMENT_MESSAGES
from tcd_desktop.services.case_documents.petition import (
    PETITION_FORMS,
    _outcome_facts,
    _petition_form,
    outcome_refusal,
)
from tcd_desktop.services.cases import record_step
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import (
    ISSUING_ROLES,
    NAMES_PETITIONER,
    READING_ROLES,
    SEALED_DOCUMENT,
    IssuedDocument,
    document_bytes,
    issue_document,
)
from tcd_desktop.services.errors import NotFound, PermissionDenied, StepNotAllowed, ValidationFailed
from tcd_desktop.services.messages import error_text
from tcd_desktop.services.reception.messages import MESSAGES as RECEPTION_MESSAGES
from tcd_desktop.store.models import Case, Dialogue, Document

SEALED_REFUSAL = SEALED_DOCUMENT
_OFFICERS = (Role.HANDLING_OFFICER, Role.LEADER)


@dataclass(frozen=True)
class DocumentChoice:
    """One form the officer may (or may not yet) generate for a case or petition."""

    form_code: str
    name_vi: str
    enabled: bool
    reason: str | None = None
    """Why it cannot be generated now (Vietnamese), when ``enabled`` is False."""
    dialogue_id: uuid.UUID | None = None
    """For the dialogue minutes: which dialogue."""
    issued: int = 0
    """How many documents of this form the record already has."""
    names_denouncer: bool = False
    """The document prints a sealed identity (a denouncer, a confidential citizen)."""
    unconfirmed: str = ""
    """Why the form number it would print is not checked against the Công báo (the form
    version's ``unconfirmed`` note; "" when the printed reference carries no mark)."""


def _name(code: str, on: dt.date) -> str:
    try:
        return version_on(code, on).name_vi
    except FormNotInForce:
        return versions_of(code)[-1].name_vi


def _precondition(facts: RecordFacts, code: str) -> str | None:
    case = facts.case
    assert case is not None
    if code in ("kn.suspension", "tc.suspension") and stop_event(facts) is None:
        return DOCUMENT_MESSAGES("precondition.not_stopped")
    if code in ("kn.resumption", "tc.resumption") and facts.last(Step.RESUMPTION) is None:
        return DOCUMENT_MESSAGES("precondition.not_resumed")
    if code == "tc.police_transfer" and facts.last(Step.TO_POLICE) is None:
        return DOCUMENT_MESSAGES("precondition.not_to_police")
    if code == "tc.extension" and facts.last(Step.EXTENSION) is None:
        return DOCUMENT_MESSAGES("precondition.not_extended")
    if code in ("kn.decision", "tc.conclusion", "tc.conclusion_public") and not (
        case.decision_number and case.decision_on
    ):
        missing = (
            "precondition.no_decision" if code == "kn.decision" else "precondition.no_conclusion"
        )
        return DOCUMENT_MESSAGES(missing)
    return None


def _in_force(code: str, data: object) -> str | None:
    """A reason when the form cannot print ``data`` (version not in force, action refused)."""
    try:
        check_data(code, data)
        version = version_on(code, data.issued_on)  # type: ignore[attr-defined]
    except FormNotInForce as exc:
        return error_text(exc)
    except (KeyError, TypeError) as exc:
        return str(exc).strip("'\"")
    if isinstance(data, SuspensionDecisionData):
        allowed = tuple(version.params.get("actions", ()))
        if data.action.value not in allowed:
            return (
                f"Mẫu {version.version} ({version.instrument}) không áp dụng cho quyết định "
                f"này vào ngày {format_vn_date(data.issued_on)}."
            )
    return None


def _refusal(actor: Actor, facts: RecordFacts, code: str) -> str | None:
    if not actor.has(*ISSUING_ROLES):
        return RECEPTION_MESSAGES("document.no_right", username=actor.username)
    if code in NAMES_PETITIONER and facts.sealed and not facts.may_read:
        return SEALED_REFUSAL
    return None


def _build(
    session: Session,
    actor: Actor,
    facts: RecordFacts,
    code: str,
    on: dt.date | None,
    dialogue_id: uuid.UUID | None,
) -> Built:
    if code == "kn.dialogue_minutes":
        return minutes(session, actor, facts, dialogue_id)
    return BUILDERS[code](session, actor, facts, on)


def _issued_counts(session: Session, **link: uuid.UUID) -> dict[str, int]:
    ((column, value),) = link.items()
    rows = session.execute(
        select(Document.form_code, func.count())
        .where(getattr(Document, column) == value, Document.deleted_at.is_(None))
        .group_by(Document.form_code)
    ).all()
    return {code: int(n) for code, n in rows}


def _held_dialogues(session: Session, case_id: uuid.UUID) -> Sequence[Dialogue]:
    return session.scalars(
        select(Dialogue)
        .where(Dialogue.case_id == case_id, Dialogue.held.is_(True), Dialogue.deleted_at.is_(None))
        .order_by(Dialogue.scheduled_at)
    ).all()


def _choice(
    session: Session,
    actor: Actor,
    facts: RecordFacts,
    code: str,
    name: str,
    issued: int,
    dialogue_id: uuid.UUID | None = None,
) -> DocumentChoice:
    reason = _refusal(actor, facts, code) or _precondition(facts, code)
    on = facts.case.accepted_on or facts.case.received_on  # type: ignore[union-attr]
    if reason is None:
        try:
            data = _build(session, actor, facts, code, None, dialogue_id).data
            on, reason = data.issued_on, _in_force(code, data)  # type: ignore[attr-defined]
        except (ValidationFailed, StepNotAllowed, NotFound) as exc:
            reason = str(exc)
    sealed = code in NAMES_PETITIONER and facts.sealed
    note = unconfirmed_note(code, on)
    return DocumentChoice(code, name, reason is None, reason, dialogue_id, issued, sealed, note)


def document_choices(session: Session, actor: Actor, case_id: uuid.UUID) -> list[DocumentChoice]:
    """The forms of the case's procedure, each enabled or refused with the reason.

    The dialogue minutes are offered once per held dialogue.  Recommendations, reflections
    and anonymous information have no printed forms here (empty list).
    """
    require(actor, *READING_ROLES, action="xem văn bản của vụ việc")
    facts = case_facts(session, actor, case_id)
    case = facts.case
    assert case is not None
    start = case.accepted_on or case.received_on
    issued = _issued_counts(session, case_id=case.id)
    out: list[DocumentChoice] = []
    for code in CASE_FORMS.get(case.kind, ()):
        name = _name(code, start)
        if code != "kn.dialogue_minutes":
            out.append(_choice(session, actor, facts, code, name, issued.get(code, 0)))
            continue
        held = _held_dialogues(session, case.id)
        if not held:
            reason = "Chưa có buổi đối thoại nào được ghi nhận là đã tổ chức."
            n = issued.get(code, 0)
            note = unconfirmed_note(code, start)
            out.append(DocumentChoice(code, name, False, reason, None, n, facts.sealed, note))
        for d in held:
            label = f"{name} ngày {dialogues.local(d.scheduled_at):%d/%m/%Y}"
            done = int(d.minutes_document_id is not None)
            out.append(_choice(session, actor, facts, code, label, done, d.id))
    return out


def _issue(
    session: Session,
    actor: Actor,
    facts: RecordFacts,
    code: str,
    built: Built,
    **links: uuid.UUID | None,
) -> IssuedDocument:
    reason = _in_force(code, built.data)
    if reason is not None:
        raise ValidationFailed({"form": reason})
    return issue_document(session, actor, code, built.data, number=built.number, **links)


def _checked_facts(
    session: Session, actor: Actor, case_id: uuid.UUID, form_code: str
) -> RecordFacts:
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    facts = case_facts(session, actor, case_id)
    case = facts.case
    assert case is not None
    if form_code not in CASE_FORMS.get(case.kind, ()):
        raise StepNotAllowed(
            f"Mẫu {form_code} không dùng cho vụ việc loại «{CaseKind(case.kind).label_vi}»."
        )
    refused = _refusal(actor, facts, form_code)
    if refused is not None:
        raise PermissionDenied(refused)
    reason = _precondition(facts, form_code)
    if reason is not None:
        raise StepNotAllowed(reason)
    return facts


def build_case_form(
    session: Session, actor: Actor, case_id: uuid.UUID, form_code: str, on: dt.date | None = None
) -> object:
    """The data ``form_code`` would print for the case now (checked like an issue; nothing
    written): what the public-version preview shows (:mod:`services.publication`)."""
    facts = _checked_facts(session, actor, case_id, form_code)
    return _build(session, actor, facts, form_code, on, None).data


def generate_case_document(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    form_code: str,
    *,
    dialogue_id: uuid.UUID | None = None,
    on: dt.date | None = None,
    preview_digest: str | None = None,
) -> IssuedDocument:
    """Build ``form_code`` from the case and issue it, linked to the case and its petition.

    ``on`` is the document's date (default: the date of the step it records, or today);
    ``dialogue_id`` picks the dialogue of the minutes (default: the latest held one), and the
    minutes are then linked to that dialogue.  A public version (``PREVIEWED_FORMS``) needs
    ``preview_digest``, the digest of the redacted preview the officer confirmed.  Raises
    ``PermissionDenied``, ``StepNotAllowed`` (the form makes no sense in the case's state, or
    the preview was not confirmed, with the reason), ``ValidationFailed``.
    """
    facts = _checked_facts(session, actor, case_id, form_code)
    case = facts.case
    assert case is not None
    if form_code == "kn.dialogue_minutes" and dialogue_id is None:
        held = _held_dialogues(session, case.id)
        if not held:
            raise StepNotAllowed("Chưa có buổi đối thoại nào được ghi nhận là đã tổ chức.")
        dialogue_id = held[-1].id
    built = _build(session, actor, facts, form_code, on, dialogue_id)
    publication.require_confirmed(session, actor, case.id, form_code, built.data, preview_digest)
    issued = _issue(
        session, actor, facts, form_code, built, case_id=case.id, petition_id=case.petition_id
    )
    if dialogue_id is not None and actor.has(*_OFFICERS):
        dialogues.set_minutes_document(session, actor, dialogue_id, issued.id)
    name = _name(form_code, issued.issued_on)
    record_step(
        session,
        actor,
        case.id,
        Step.DOCUMENT_ISSUED,
        on=issued.issued_on,
        note=f"{name} số {issued.number}",
        document_id=issued.id,
        data={"form_code": form_code, "number": issued.number},
    )
    return issued


def petition_document_choices(
    session: Session, actor: Actor, petition_id: uuid.UUID
) -> list[DocumentChoice]:
    """The notices and slips of petition processing, each enabled or refused with the reason."""
    require(actor, *READING_ROLES, action="xem văn bản của đơn")
    facts = petition_facts(session, actor, petition_id)
    petition = facts.petition
    assert petition is not None
    found = _outcome_facts(session, petition)
    issued = _issued_counts(session, petition_id=petition.id)
    on = found.on or petition.received_on
    out = []
    for code in PETITION_FORMS:
        reason = _refusal(actor, facts, code) or outcome_refusal(code, petition, found)
        day = on
        if reason is None:
            data = _petition_form(session, facts, code, None)
            day, reason = data.issued_on, _in_force(code, data)
        sealed = code in NAMES_PETITIONER and facts.sealed
        n, note = issued.get(code, 0), unconfirmed_note(code, day)
        out.append(
            DocumentChoice(code, _name(code, on), reason is None, reason, None, n, sealed, note)
        )
    return out


def generate_petition_document(
    session: Session,
    actor: Actor,
    petition_id: uuid.UUID,
    form_code: str,
    on: dt.date | None = None,
) -> IssuedDocument:
    """Build the petition notice or slip ``form_code`` and issue it, linked to the petition
    (and to its case, if it has one).  Refused with the reason like ``generate_case_document``."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    if form_code not in PETITION_FORMS:
        raise StepNotAllowed(f"Mẫu {form_code} không phải văn bản xử lý đơn.")
    facts = petition_facts(session, actor, petition_id)
    petition = facts.petition
    assert petition is not None
    refused = _refusal(actor, facts, form_code)
    if refused is not None:
        raise PermissionDenied(refused)
    reason = outcome_refusal(form_code, petition, _outcome_facts(session, petition))
    if reason is not None:
        raise StepNotAllowed(reason)
    data = _petition_form(session, facts, form_code, on)
    case_id = session.scalar(select(Case.id).where(Case.petition_id == petition.id).limit(1))
    return _issue(
        session, actor, facts, form_code, Built(data), petition_id=petition.id, case_id=case_id
    )


def document_pdf(session: Session, actor: Actor, document_id: uuid.UUID) -> bytes:
    """The stored PDF (hash-checked, view audited); a document naming a sealed petitioner only
    for the people entitled to the identity — a refused attempt is audited and kept
    (:func:`services.documents.document_bytes`)."""
    return document_bytes(session, actor, document_id)


__all__ = [
    "CASE_FORMS",
    "NAMES_PETITIONER",
    "DocumentChoice",
    "build_case_form",
    "document_choices",
    "document_pdf",
    "generate_case_document",
    "generate_petition_document",
    "petition_document_choices",
]
