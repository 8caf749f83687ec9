"""Checks of a :class:`VisitInput` before anything is written.

Every problem is collected under its field key with a Vietnamese message (a coded
:class:`~tcd_desktop.domain.messages.Message` of ``messages.py``), so the form can show all
of them at once; nothing is saved while any remain.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.delegation import representative_limits
from tcd_desktop.domain.enums import PetitionKind, ReceptionKind, Role
from tcd_desktop.domain.folding import nfc
from tcd_desktop.domain.text_safety import first_control
from tcd_desktop.domain.validators import validate_citizen_id, validate_phone
from tcd_desktop.services.reception.grounds import refusal_ground
from tcd_desktop.services.reception.inputs import (
    ROLES_NEEDING_PROOF,
    CitizenInput,
    DocumentCondition,
    HandlingAction,
    IdKind,
    ParticipantRole,
    PetitionInput,
    VisitInput,
)
from tcd_desktop.services.reception.messages import MESSAGES
from tcd_desktop.store.models import Citizen, FieldCategory, Reception, User, UserRole

ONLINE_FROM = dt.date(2026, 7, 1)
_PASSPORT = re.compile(r"^[A-Z0-9]{6,12}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

Errors = dict[str, str]
MAX_NAME = 255


def control_characters(value: Any, key: str, errors: Errors) -> None:
    """Add an error under ``key.field`` for every text of ``value`` holding a control
    character (dataclasses, lists and tuples are walked)."""
    if isinstance(value, str):
        bad = first_control(value)
        if bad is not None:
            errors.setdefault(
                key or "text", MESSAGES("text.control_character", char=f"{ord(bad):04X}")
            )
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            control_characters(getattr(value, f.name), f"{key}.{f.name}" if key else f.name, errors)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            control_characters(item, f"{key}[{i}]", errors)


@dataclass
class CleanCitizen:
    """A citizen's fields after normalisation (digits-only numbers, NFC text)."""

    existing_id: uuid.UUID | None
    full_name: str
    id_number: str | None
    id_kind: str
    birth_year: int | None
    gender: str | None
    address: str
    province_code: str
    commune: str
    phone: str | None
    email: str | None
    is_organisation: bool
    version: int | None = None


def clean_citizen(
    session: Session, data: CitizenInput, prefix: str, errors: Errors, *, need_identity: bool
) -> CleanCitizen:
    """Normalise one person; problems go to ``errors`` under ``prefix.field``."""
    if data.existing_id is not None:
        row = session.get(Citizen, data.existing_id)
        if row is None or row.deleted_at is not None:
            errors[f"{prefix}.existing_id"] = MESSAGES("citizen.gone")
    name = nfc(data.full_name)
    address = nfc(data.address)
    if data.existing_id is None and not name:
        errors[f"{prefix}.full_name"] = MESSAGES("citizen.name_missing")
    elif len(name) > MAX_NAME:
        errors[f"{prefix}.full_name"] = MESSAGES("citizen.name_too_long", limit=MAX_NAME)
    id_kind = data.id_kind or IdKind.CCCD.value
    if id_kind not in {k.value for k in IdKind}:
        errors[f"{prefix}.id_kind"] = MESSAGES("citizen.id_kind")
    id_number: str | None = None
    raw_id = nfc(data.id_number)
    if raw_id:
        if id_kind in (IdKind.CCCD.value, IdKind.CMND.value):
            result = validate_citizen_id(raw_id, data.birth_year)
            if result.ok:
                id_number = result.value
            else:
                errors[f"{prefix}.id_number"] = result.message_vi or MESSAGES("citizen.id_number")
        elif id_kind == IdKind.PASSPORT.value:
            id_number = re.sub(r"\s", "", raw_id).upper()
            if not _PASSPORT.match(id_number):
                errors[f"{prefix}.id_number"] = MESSAGES("citizen.passport")
        else:
            id_number = raw_id[:20]
    if need_identity and data.existing_id is None and not address and not id_number:
        errors.setdefault(f"{prefix}.address", MESSAGES("citizen.identity_missing"))
    phone: str | None = None
    if data.phone.strip():
        result = validate_phone(data.phone)
        if result.ok:
            phone = result.value
        else:
            errors[f"{prefix}.phone"] = result.message_vi or MESSAGES("citizen.phone")
    email = data.email.strip() or None
    if email and not _EMAIL.match(email):
        errors[f"{prefix}.email"] = MESSAGES("citizen.email")
    year = dt.date.today().year
    if data.birth_year is not None and not 1900 <= data.birth_year <= year:
        errors[f"{prefix}.birth_year"] = MESSAGES("citizen.birth_year", year=year)
    return CleanCitizen(
        existing_id=data.existing_id,
        full_name=name,
        id_number=id_number,
        id_kind=id_kind,
        birth_year=data.birth_year,
        gender=data.gender,
        address=address,
        province_code=nfc(data.province_code),
        commune=nfc(data.commune),
        phone=phone,
        email=email,
        is_organisation=data.is_organisation,
        version=data.version,
    )


def _check_user(session: Session, user_id: uuid.UUID, role: Role | None) -> bool:
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None or not user.is_active:
        return False
    if role is None:
        return True
    roles = set(
        session.scalars(
            select(UserRole.role).where(UserRole.user_id == user_id, UserRole.deleted_at.is_(None))
        )
    )
    return role.value in roles or Role.ADMINISTRATOR.value in roles


def check_visit(session: Session, visit: VisitInput, received_on: dt.date, errors: Errors) -> None:
    """Visit-level checks: kind, presiding leader, officer, delegation, refusal, repeat.

    Every text of the visit (people, petitions, documents) is also checked for control
    characters (a NUL or an escape code is refused at the boundary, under its field key).
    """
    control_characters(visit, "", errors)
    try:
        kind = ReceptionKind(visit.kind)
    except ValueError:
        errors["kind"] = MESSAGES("visit.kind")
        kind = ReceptionKind.REGULAR
    if kind in (ReceptionKind.PERIODIC, ReceptionKind.SUDDEN):
        if visit.leader_id is None:
            errors["leader_id"] = MESSAGES("visit.leader_missing")
        elif not _check_user(session, visit.leader_id, Role.LEADER):
            errors["leader_id"] = MESSAGES("visit.leader_inactive")
    if kind is ReceptionKind.ONLINE and received_on < ONLINE_FROM:
        errors["kind"] = MESSAGES("visit.online_too_early")
    if visit.officer_id is not None and not _check_user(session, visit.officer_id, None):
        errors["officer_id"] = MESSAGES("visit.officer_inactive")
    if visit.headcount < 1:
        errors["headcount"] = MESSAGES("visit.headcount")
    _check_delegation(visit, errors)
    for i, part in enumerate(visit.participants):
        try:
            role = ParticipantRole(part.role)
        except ValueError:
            errors[f"participants[{i}].role"] = MESSAGES("visit.participant_role")
            continue
        appointed = role is ParticipantRole.REPRESENTATIVE and bool(
            representative_limits(visit.headcount) and nfc(visit.appointment_document)
        )
        if role in ROLES_NEEDING_PROOF and not appointed and not nfc(part.proof_document):
            errors[f"participants[{i}].proof_document"] = MESSAGES("visit.proof_missing", role=role)
    if visit.refusal is not None:
        ground = refusal_ground(visit.refusal.ground)
        if ground is None:
            errors["refusal.ground"] = MESSAGES("visit.refusal_ground_missing")
        elif not ground.in_force(received_on):
            errors["refusal.ground"] = MESSAGES(
                "visit.refusal_ground_not_yet",
                citation=ground.citation,
                date=f"{ground.valid_from:%d/%m/%Y}",
            )
        elif ground.needs_note and not nfc(visit.refusal.note):
            errors["refusal.note"] = MESSAGES("visit.refusal_note_missing")
    if visit.repeat_of_id is not None:
        earlier = session.get(Reception, visit.repeat_of_id)
        if earlier is None or earlier.deleted_at is not None:
            errors["repeat_of_id"] = MESSAGES("visit.repeat_of_gone")


def _check_delegation(visit: VisitInput, errors: Errors) -> None:
    limits = representative_limits(visit.headcount)
    if limits is None:
        return
    low, high = limits
    reps = 1 + sum(1 for p in visit.participants if p.role == ParticipantRole.REPRESENTATIVE.value)
    if reps > high:
        errors["representatives"] = MESSAGES(
            "group.too_many_representatives", headcount=visit.headcount, limit=high, count=reps
        )
    elif reps < low:
        errors["representatives"] = MESSAGES("group.representative_missing")
    if not visit.representatives_appointed:
        errors["representatives_appointed"] = MESSAGES("group.not_appointed")
    if not nfc(visit.appointment_document):
        errors["appointment_document"] = MESSAGES("group.appointment_missing")


def check_petition(
    session: Session, item: PetitionInput, prefix: str, errors: Errors, known_fields: set[str]
) -> None:
    """One content item: kind, summary, field, prior handling, documents, desk handling."""
    try:
        kind = PetitionKind(item.kind)
    except ValueError:
        errors[f"{prefix}.kind"] = MESSAGES("petition.kind")
        kind = None
    if not nfc(item.summary):
        errors[f"{prefix}.summary"] = MESSAGES("petition.summary_missing")
    if item.field_code and known_fields and item.field_code not in known_fields:
        errors[f"{prefix}.field_code"] = MESSAGES("petition.field_unknown", field=item.field_code)
    for j, prior in enumerate(item.prior_handling):
        if not nfc(prior.body):
            errors[f"{prefix}.prior_handling[{j}].body"] = MESSAGES("petition.prior_body_missing")
    for j, doc in enumerate(item.documents):
        if not nfc(doc.name):
            errors[f"{prefix}.documents[{j}].name"] = MESSAGES("petition.document_name_missing")
        if not isinstance(doc.pages, int) or doc.pages < 1:
            errors[f"{prefix}.documents[{j}].pages"] = MESSAGES("petition.document_pages")
        if doc.condition not in {c.value for c in DocumentCondition}:
            errors[f"{prefix}.documents[{j}].condition"] = MESSAGES("petition.document_condition")
    _check_handling(item, kind, prefix, errors)


def _check_handling(
    item: PetitionInput, kind: PetitionKind | None, prefix: str, errors: Errors
) -> None:
    try:
        action = HandlingAction(item.handling.action)
    except ValueError:
        errors[f"{prefix}.handling.action"] = MESSAGES("petition.action_missing")
        return
    body = nfc(item.handling.body)
    if action in (HandlingAction.GUIDE, HandlingAction.TRANSFER) and not body:
        errors[f"{prefix}.handling.body"] = MESSAGES(
            "petition.guide_body_missing"
            if action is HandlingAction.GUIDE
            else "petition.transfer_body_missing"
        )
    if action is HandlingAction.TRANSFER and kind is PetitionKind.COMPLAINT:
        errors[f"{prefix}.handling.action"] = MESSAGES("petition.complaint_not_transferred")
    if action is HandlingAction.EXPLAIN and not item.prior_handling:
        errors[f"{prefix}.prior_handling"] = MESSAGES("petition.explain_needs_decision")


def known_field_codes(session: Session) -> set[str]:
    """Codes in the field catalogue (empty catalogue: any code is accepted)."""
    return set(
        session.scalars(select(FieldCategory.code).where(FieldCategory.deleted_at.is_(None)))
    )
