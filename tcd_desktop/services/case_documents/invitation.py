"""The dialogue invitation (giấy mời đối thoại) of a case, from the scheduled dialogue's own
record: who is invited (the participants scheduled, else the complainant and the person
complained against), when, where, what about and who presides (#9 item 8).

The notice is refused when it would reach the participants less than the days the form
version in force requires before the dialogue (05 days from 01/7/2026: NĐ 124/2020 Điều 28
k1 as amended by NĐ 155/2026, LAW.md K13): move the dialogue first.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.documents.dates import local_date, vn_short_date
from tcd_desktop.documents.fields import honorific_for, split_honorific
from tcd_desktop.documents.forms.dialogue_invitation import (
    CODE,
    DialogueInvitationData,
    Invitee,
)
from tcd_desktop.documents.versions import version_on
from tcd_desktop.services import dialogues
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.case_documents.facts import RecordFacts, person_of
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import ISSUING_ROLES
from tcd_desktop.services.errors import StepNotAllowed
from tcd_desktop.store.models import Dialogue

Role = dialogues.DialogueRole
PARTS = {
    Role.COMPLAINANT.value: "người khiếu nại",
    Role.REPRESENTATIVE.value: "người đại diện của người khiếu nại",
    Role.RESPONDENT.value: "người bị khiếu nại",
    Role.RELATED_PERSON.value: "người có quyền, nghĩa vụ liên quan",
    Role.BODY.value: "cơ quan, tổ chức có liên quan",
}


def _next_dialogue(session: Session, facts: RecordFacts) -> Dialogue:
    case = facts.case
    assert case is not None
    row = session.scalar(
        select(Dialogue)
        .where(
            Dialogue.case_id == case.id,
            Dialogue.held.is_(False),
            Dialogue.deleted_at.is_(None),
        )
        .order_by(Dialogue.scheduled_at.desc())
        .limit(1)
    )
    if row is None:
        raise StepNotAllowed(
            "Chưa có buổi đối thoại nào được lên lịch (và chưa tổ chức): ghi bước «Lên lịch "
            "đối thoại» trước."
        )
    return row


def _invitees(record: dialogues.DialogueMinutesData, facts: RecordFacts) -> tuple[Invitee, ...]:
    known: dict[str, str] = {}
    for c in facts.people:
        title = honorific_for(c.gender)
        if title and c.full_name:
            known[" ".join(split_honorific(c.full_name)[1].split()).casefold()] = title
    out = [
        Invitee(
            name=p.name,
            part=PARTS[p.role],
            honorific=known.get(" ".join(split_honorific(p.name)[1].split()).casefold(), ""),
            position=p.position,
            organisation=p.organisation,
        )
        for p in record.participants
        if p.role in PARTS and p.name.strip()
    ]
    if not any(i.part == PARTS[Role.COMPLAINANT.value] for i in out):
        person = person_of(facts.citizen)
        out.insert(0, Invitee(person.full_name, PARTS[Role.COMPLAINANT.value], person.honorific))
    if facts.respondent and not any(i.part == PARTS[Role.RESPONDENT.value] for i in out):
        out.append(Invitee(facts.respondent, PARTS[Role.RESPONDENT.value]))
    return tuple(out)


def dialogue_invitation(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """The invitation to the latest scheduled dialogue not yet held (a ``Built``)."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.forms import Built

    case = facts.case
    assert case is not None
    row = _next_dialogue(session, facts)
    record = dialogues.dialogue_minutes_data(session, actor, row.id)
    issued_on = on or max(today_vn(), case.accepted_on or case.received_on)
    day = local_date(record.scheduled_at)
    needed = int(version_on(CODE, issued_on).params.get("min_notice_days", 0))
    if (day - issued_on).days < max(needed, 0):
        raise StepNotAllowed(
            f"Buổi đối thoại ngày {vn_short_date(day)} chỉ còn {(day - issued_on).days} ngày; "
            f"giấy mời phải gửi trước ít nhất {needed:02d} ngày (Điều 28 khoản 1 Nghị định số "
            "124/2020/NĐ-CP, được sửa đổi bởi Nghị định số 155/2026/NĐ-CP). Hãy dời lịch "
            "đối thoại."
        )
    person = person_of(facts.citizen)
    target = f"đối với {facts.respondent}" if facts.respondent else f"về việc {case.summary}"
    return Built(
        DialogueInvitationData(
            issuer=facts.body.issuer,
            issued_on=issued_on,
            invitees=_invitees(record, facts),
            complaint=f"khiếu nại của {person.pronoun} {person.full_name} {target}",
            scheduled_at=record.scheduled_at,
            place=record.place,
            content=record.content,
            presiding=record.presiding,
            resolver=facts.body.authority_title,
            signer=facts.body.signer,
            level=case.level,
        )
    )


INVITATION_BUILDERS = {CODE: dialogue_invitation}
