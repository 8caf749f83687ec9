"""What a dialogue records: participants and their roles, attendance, opinions, the
minutes' data and signature blocks (plain dataclasses, no database)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tcd_desktop.domain.enums import LabelledEnum

if TYPE_CHECKING:
    from tcd_desktop.services.cases.core import StepResult

VN_TZ = dt.timezone(dt.timedelta(hours=7), "Asia/Ho_Chi_Minh")


class DialogueRole(LabelledEnum):
    """Who takes part in a dialogue (Mẫu 14, part I)."""

    PRESIDING = ("presiding", "Người giải quyết khiếu nại, chủ trì đối thoại")
    SECRETARY = ("secretary", "Người ghi biên bản")
    COMPLAINANT = ("complainant", "Người khiếu nại")
    REPRESENTATIVE = ("representative", "Người đại diện, người được ủy quyền của người khiếu nại")
    RESPONDENT = ("respondent", "Người bị khiếu nại")
    RELATED_PERSON = ("related_person", "Người có quyền, nghĩa vụ liên quan")
    BODY = ("body", "Đại diện cơ quan, tổ chức, đơn vị có liên quan")


#: the roles on the complainant's side (one of them must be invited)
COMPLAINANT_SIDE = (DialogueRole.COMPLAINANT, DialogueRole.REPRESENTATIVE)


def participant_of(raw: object, index: int) -> Participant:
    """A stored participant; a bare name (sample data before 2026-12) is the complainant
    first, then the presiding person, then a related person."""
    if isinstance(raw, dict):
        return Participant(**raw)
    roles = (DialogueRole.COMPLAINANT, DialogueRole.PRESIDING)
    role = roles[index] if index < len(roles) else DialogueRole.RELATED_PERSON
    return Participant(role=role.value, name=str(raw))


@dataclass(frozen=True)
class Participant:
    """One participant of a dialogue, as scheduled and as recorded."""

    role: str
    name: str
    position: str = ""
    organisation: str = ""
    id_number: str = ""
    address: str = ""
    present: bool | None = None
    absence_reason: str = ""
    absence_justified: bool | None = None


@dataclass(frozen=True)
class Attendance:
    """Whether a scheduled participant came (absences with their reason)."""

    name: str
    present: bool
    reason: str = ""
    justified: bool | None = None


@dataclass(frozen=True)
class Opinion:
    """One participant's opinion on one point under discussion."""

    speaker: str
    role: str
    point: str
    opinion: str


@dataclass(frozen=True)
class SignatureRefusal:
    """A participant who refused to sign the minutes, and why."""

    name: str
    reason: str


@dataclass(frozen=True)
class DialogueScheduled:
    """Result of scheduling: the dialogue id, the step and the notice warnings."""

    dialogue_id: uuid.UUID
    step: StepResult
    notice_latest_on: dt.date
    warnings: list[str]


@dataclass(frozen=True)
class SignatureBlock:
    """One signature box of the minutes (Mẫu 14 grid) with the people who sign in it."""

    title: str
    names: list[str]
    refusals: list[SignatureRefusal]


@dataclass(frozen=True)
class DialogueMinutesData:
    """Everything the minutes (biên bản đối thoại, Mẫu 14) print."""

    dialogue_id: uuid.UUID
    case_id: uuid.UUID
    case_code: str
    form: str
    place: str
    scheduled_at: dt.datetime
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    content: str
    presiding: str
    participants: list[Participant]
    verification_summary: str
    opinions: list[Opinion]
    agreed_points: str
    disputed_points: str
    other_opinions: str
    result: str
    copies: int
    signature_blocks: list[SignatureBlock]
    held: bool
    minutes_document_id: uuid.UUID | None
    signed_scan_id: uuid.UUID | None
    signed_scan_sha256: str | None


def local(value: dt.datetime) -> dt.datetime:
    """A UTC timestamp shown in Vietnam time."""
    return value.astimezone(VN_TZ)
