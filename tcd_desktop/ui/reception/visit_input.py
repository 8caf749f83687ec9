"""Turn the intake form's plain data into the service's :class:`VisitInput`.

The form keeps everything as typed (strings) so a draft can always be restored; this module
parses it once, at save time. What cannot be parsed (a year with letters, a date like
"31/02/2026") is reported under the same field keys the service uses.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from tcd_desktop.services.reception.inputs import (
    CitizenInput,
    ParticipantInput,
    ParticipantRole,
    PetitionHandling,
    PetitionInput,
    PriorHandling,
    ReceivedDocument,
    RefusalInput,
    VisitInput,
)


@dataclass
class BuiltVisit:
    """The request, the problems found while parsing, and what each participant index is."""

    visit: VisitInput
    errors: dict[str, str] = field(default_factory=dict)
    #: participant index → "agent" or "representative:<row>"
    participants: list[str] = field(default_factory=list)


def _uuid(value: Any) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def parse_vn_date(text: str) -> dt.date | None:
    """``05/3/2026`` or ``2026-03-05`` → date; raises ValueError on anything else."""
    value = text.strip()
    if not value:
        return None
    if "-" in value:
        return dt.date.fromisoformat(value)
    day, month, year = (int(part) for part in value.split("/"))
    return dt.date(year, month, day)


def _citizen(data: dict[str, Any], prefix: str, errors: dict[str, str]) -> CitizenInput:
    year_text = str(data.get("birth_year") or "").strip()
    birth_year: int | None = None
    if year_text:
        if year_text.isdigit():
            birth_year = int(year_text)
        else:
            errors[f"{prefix}.birth_year"] = QCoreApplication.translate(
                "VisitInput", "Year of birth has 4 digits, e.g. 1975."
            )
    return CitizenInput(
        existing_id=_uuid(data.get("citizen_id")),
        full_name=str(data.get("full_name") or ""),
        id_number=str(data.get("id_number") or ""),
        id_kind=str(data.get("id_kind") or "cccd"),
        birth_year=birth_year,
        gender=data.get("gender") or None,
        address=str(data.get("address") or ""),
        province_code=str(data.get("province_code") or ""),
        commune=str(data.get("commune") or ""),
        phone=str(data.get("phone") or ""),
        version=data.get("citizen_version"),
    )


def _petition(data: dict[str, Any], prefix: str, errors: dict[str, str]) -> PetitionInput:
    prior: list[PriorHandling] = []
    for j, row in enumerate(data.get("prior_handling") or []):
        decided_on = None
        try:
            decided_on = parse_vn_date(str(row.get("decided_on") or ""))
        except ValueError:
            errors[f"{prefix}.prior_handling[{j}].decided_on"] = QCoreApplication.translate(
                "VisitInput", "The date “%1” is not in day/month/year form."
            ).replace("%1", str(row.get("decided_on")))
        prior.append(
            PriorHandling(
                body=str(row.get("body") or ""),
                decision_number=str(row.get("decision_number") or ""),
                decided_on=decided_on,
                result=str(row.get("result") or ""),
            )
        )
    documents = [
        ReceivedDocument(
            name=str(row.get("name") or ""),
            pages=int(row.get("pages") or 0),
            condition=str(row.get("condition") or "copy"),
        )
        for row in data.get("documents") or []
    ]
    handling = data.get("handling") or {}
    return PetitionInput(
        kind=str(data.get("kind") or ""),
        summary=str(data.get("summary") or ""),
        field_code=data.get("field_code") or None,
        respondent=str(data.get("respondent") or ""),
        prior_handling=prior,
        documents=documents,
        handling=PetitionHandling(
            action=str(handling.get("action") or "forward"),
            body=str(handling.get("body") or ""),
            document_number=str(handling.get("document_number") or ""),
            note=str(handling.get("note") or ""),
        ),
        duplicate_of_id=_uuid(data.get("duplicate_of_id")),
    )


def build_visit(form: dict[str, Any], *, unit_id: uuid.UUID | None = None) -> BuiltVisit:
    """The :class:`VisitInput` for the form's data (see ``IntakeForm.to_dict``)."""
    errors: dict[str, str] = {}
    citizen_data = form.get("citizen") or {}
    visit_data = form.get("visit") or {}
    refusal_data = form.get("refusal") or {}
    repeat = form.get("repeat") or {}
    built = BuiltVisit(VisitInput(), errors)

    participants: list[ParticipantInput] = []
    agent = citizen_data.get("agent") or {}
    if agent.get("enabled"):
        participants.append(
            ParticipantInput(
                citizen=_citizen(agent, f"participants[{len(participants)}].citizen", errors),
                role=str(agent.get("role") or ParticipantRole.PROXY.value),
                proof_document=str(agent.get("proof_document") or ""),
            )
        )
        built.participants.append("agent")
    appointment = str(visit_data.get("appointment_document") or "")
    for row_no, row in enumerate(visit_data.get("representatives") or []):
        participants.append(
            ParticipantInput(
                citizen=_citizen(row, f"participants[{len(participants)}].citizen", errors),
                role=ParticipantRole.REPRESENTATIVE.value,
                proof_document=appointment,
            )
        )
        built.participants.append(f"representative:{row_no}")

    received_at = visit_data.get("received_at")
    built.visit = VisitInput(
        citizen=_citizen(citizen_data, "citizen", errors),
        petitions=[
            _petition(item, f"petitions[{i}]", errors)
            for i, item in enumerate(form.get("petitions") or [])
        ],
        kind=str(visit_data.get("kind") or "regular"),
        received_at=dt.datetime.fromisoformat(received_at) if received_at else None,
        officer_id=_uuid(visit_data.get("officer_id")),
        leader_id=_uuid(visit_data.get("leader_id")),
        headcount=int(visit_data.get("headcount") or 1),
        participants=participants,
        representatives_appointed=bool(visit_data.get("representatives_appointed")),
        appointment_document=appointment,
        refusal=RefusalInput(
            ground=str(refusal_data.get("ground") or ""), note=str(refusal_data.get("note") or "")
        )
        if refusal_data.get("refuse")
        else None,
        repeat_of_id=_uuid(repeat.get("repeat_of_id")),
        dismissed_repeats=[u for u in map(_uuid, repeat.get("dismissed") or []) if u],
        unit_id=unit_id,
    )
    return built
