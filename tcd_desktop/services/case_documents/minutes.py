"""The dialogue minutes (biên bản đối thoại, Mẫu 14): the dialogue service's record mapped
onto the printed form — participants in the six groups with attendance and refusals to
sign, each point with every side's opinion, agreed and disputed points, result, copies.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from tcd_desktop.documents.fields import honorific_for, split_honorific
from tcd_desktop.documents.forms.dialogue_minutes import (
    DialogueMinutesData,
    DialogueOpinion,
    DialogueParticipant,
    DialoguePoint,
)
from tcd_desktop.documents.forms.dialogue_roles import DialogueRole as FormRole
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.services import dialogues
from tcd_desktop.services.case_documents.facts import RecordFacts, person_of
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import ISSUING_ROLES
from tcd_desktop.services.errors import NotFound, StepNotAllowed
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.reception.inputs import HandlingAction
from tcd_desktop.store.models import Dialogue

#: dialogue service role → group of the printed minutes
ROLES = {
    dialogues.DialogueRole.PRESIDING.value: FormRole.CHAIR,
    dialogues.DialogueRole.SECRETARY.value: FormRole.RECORDER,
    dialogues.DialogueRole.COMPLAINANT.value: FormRole.COMPLAINANT,
    dialogues.DialogueRole.REPRESENTATIVE.value: FormRole.COMPLAINANT,
    dialogues.DialogueRole.RESPONDENT.value: FormRole.RESPONDENT,
    dialogues.DialogueRole.RELATED_PERSON.value: FormRole.RELATED_PERSON,
    dialogues.DialogueRole.BODY.value: FormRole.RELATED_BODY,
}


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t"))


def _points(opinions: Iterable[dialogues.Opinion]) -> tuple[DialoguePoint, ...]:
    topics: dict[str, list[DialogueOpinion]] = {}
    for o in opinions:
        topics.setdefault(o.point.strip() or PLACEHOLDER, []).append(
            DialogueOpinion(o.speaker, o.opinion)
        )
    return tuple(DialoguePoint(topic, tuple(said)) for topic, said in topics.items())


def presiding_parts(text: str) -> tuple[str, str]:
    """(name, title) of the presiding person typed as one line: "Nguyễn Văn An, Phó Chủ
    tịch Ủy ban nhân dân tỉnh" or "… - …" or "… (…)" → name and title apart."""
    line = " ".join((text or "").split())
    for sep in (" - ", " – ", ", ", " ("):
        if sep in line:
            name, title = line.split(sep, 1)
            return name.strip(), title.strip().rstrip(")").strip()
    return line, ""


def handling_opinions(petitions: Iterable[Any]) -> str:
    """The receiving officer's opinion on each content, from how the visit record handles
    it ("Nội dung …: Hướng dẫn đến cơ quan có thẩm quyền (Ủy ban nhân dân xã …)")."""
    lines = []
    for p in petitions:
        known = p.action in HandlingAction._value2member_map_
        label = HandlingAction(p.action).label_vi if known else ""
        if not label:
            continue
        where = f" ({p.body})" if (p.body or "").strip() else ""
        lines.append(f"Nội dung «{p.summary.strip()}»: đề xuất {label.lower()}{where}")
    return "; ".join(lines)


def _honorifics(facts: RecordFacts) -> dict[str, str]:
    """Full name → "Ông"/"Bà" of the record's people whose gender is known."""
    out: dict[str, str] = {}
    for c in facts.people:
        title = honorific_for(c.gender)
        if title and c.full_name:
            out[" ".join(split_honorific(c.full_name)[1].split()).casefold()] = title
    return out


def _participants(
    record: dialogues.DialogueMinutesData, facts: RecordFacts
) -> tuple[DialogueParticipant, ...]:
    refused = {r.name: r.reason for b in record.signature_blocks for r in b.refusals}
    complainant = person_of(facts.citizen)
    known = _honorifics(facts)
    out = []
    for p in record.participants:
        role = ROLES.get(p.role)
        if role is None:
            continue
        is_complainant = role is FormRole.COMPLAINANT and p.name == complainant.full_name
        out.append(
            DialogueParticipant(
                role=role,
                full_name=p.name,
                position=p.position,
                organisation=p.organisation,
                address=p.address or (complainant.address if is_complainant else ""),
                id_number=p.id_number or (complainant.id_number if is_complainant else ""),
                present=p.present is not False,
                absence_reason=p.absence_reason,
                refused_to_sign_reason=refused.get(p.name, ""),
                honorific=(complainant.honorific if is_complainant else "")
                or known.get(" ".join(split_honorific(p.name)[1].split()).casefold(), ""),
            )
        )
    if not any(p.role is FormRole.CHAIR for p in out) and record.presiding.strip():
        name, title = presiding_parts(record.presiding)
        out.insert(0, DialogueParticipant(FormRole.CHAIR, name, position=title))
    return tuple(out)


def dialogue_minutes(
    session: Session, actor: Actor, facts: RecordFacts, dialogue_id: uuid.UUID
) -> DialogueMinutesData:
    """The printed minutes of the held dialogue ``dialogue_id`` of the case in ``facts``."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    case = facts.case
    assert case is not None
    row = session.get(Dialogue, dialogue_id)
    if row is None or row.deleted_at is not None or row.case_id != case.id:
        raise NotFound(SERVICE_MESSAGES("not_found.case_dialogue"))
    record = dialogues.dialogue_minutes_data(session, actor, dialogue_id)
    if not record.held:
        raise StepNotAllowed(
            "Buổi đối thoại chưa được ghi nhận là đã tổ chức: chưa lập được biên bản "
            "(ghi bước «Tổ chức đối thoại» trước)."
        )
    person = person_of(facts.citizen)
    target = f"đối với {facts.respondent}" if facts.respondent else f"về việc {case.summary}"
    return DialogueMinutesData(
        issuer=facts.body.issuer,
        started_at=record.started_at or record.scheduled_at,
        location=record.place,
        complaint=f"khiếu nại của {person.pronoun} {person.full_name} {target}",
        participants=_participants(record, facts),
        level=case.level,
        purpose=record.content,
        verification_summary=record.verification_summary,
        points=_points(record.opinions),
        agreed_points=_lines(record.agreed_points),
        disputed_points=_lines(record.disputed_points),
        other_opinions=_lines(record.other_opinions),
        result=record.result,
        ended_at=record.ended_at,
        copies=max(3, record.copies),
    )
