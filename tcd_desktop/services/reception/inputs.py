"""Plain input and output records of the reception desk (Phiếu tiếp công dân).

The form fills a :class:`VisitInput`; :func:`tcd_desktop.services.reception.intake.save_visit` checks
it and returns a :class:`SavedVisit`. Field names here are the keys of
``ValidationFailed.field_errors`` (``citizen.id_number``, ``petitions[1].summary``, ...).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from tcd_desktop.domain.enums import LabelledEnum, PetitionKind, ReceptionKind


class HandlingAction(LabelledEnum):
    """What the desk does with one petition (Luật TCD Điều 26; NĐ 154/2026 Điều 15)."""

    FORWARD = ("forward", "Báo cáo người có thẩm quyền để thụ lý")
    GUIDE = ("guide", "Hướng dẫn đến cơ quan có thẩm quyền")
    TRANSFER = ("transfer", "Chuyển đơn đến cơ quan có thẩm quyền")
    EXPLAIN = ("explain", "Giải thích, yêu cầu chấp hành (vụ việc đã giải quyết)")


class ParticipantRole(LabelledEnum):
    """Role of a person at a visit besides the petitioner."""

    REPRESENTATIVE = ("representative", "Người đại diện")
    MEMBER = ("member", "Thành viên đoàn")
    PROXY = ("proxy", "Người được ủy quyền")
    LAWYER = ("lawyer", "Luật sư")
    LEGAL_AID = ("legal_aid", "Trợ giúp viên pháp lý")
    GUARDIAN = ("guardian", "Người đại diện theo pháp luật")


#: Roles that must show the document proving their standing (NĐ 154/2026 Điều 13).
ROLES_NEEDING_PROOF = frozenset(
    {
        ParticipantRole.REPRESENTATIVE,
        ParticipantRole.PROXY,
        ParticipantRole.LAWYER,
        ParticipantRole.LEGAL_AID,
        ParticipantRole.GUARDIAN,
    }
)


class DocumentCondition(LabelledEnum):
    """Condition of a document handed over (giấy biên nhận, Mẫu 02/TCD)."""

    ORIGINAL = ("original", "Bản gốc")
    COPY = ("copy", "Bản sao")
    CERTIFIED_COPY = ("certified_copy", "Bản sao có chứng thực")


class IdKind(LabelledEnum):
    """Kind of identity paper."""

    CCCD = ("cccd", "Căn cước / CCCD")
    CMND = ("cmnd", "CMND")
    PASSPORT = ("passport", "Hộ chiếu")
    OTHER = ("other", "Giấy tờ khác")


@dataclass
class CitizenInput:
    """A person on the form: either an existing citizen (``existing_id``) or a new one.

    For an existing citizen, non-empty fields update the stored record.
    """

    existing_id: uuid.UUID | None = None
    full_name: str = ""
    id_number: str = ""
    id_kind: str = IdKind.CCCD.value
    birth_year: int | None = None
    gender: str | None = None
    address: str = ""
    province_code: str = ""
    commune: str = ""
    phone: str = ""
    email: str = ""
    is_organisation: bool = False
    version: int | None = None
    """The stored version the form loaded (``existing_id``); a newer one refuses the save."""


@dataclass
class ParticipantInput:
    """A representative, delegation member, proxy, lawyer or legal-aid officer."""

    citizen: CitizenInput
    role: str = ParticipantRole.REPRESENTATIVE.value
    proof_document: str = ""


@dataclass
class PriorHandling:
    """A body that already handled the matter, with its decision or document number."""

    body: str
    decision_number: str = ""
    decided_on: dt.date | None = None
    result: str = ""


@dataclass
class ReceivedDocument:
    """A document the citizen handed over: name, page count, condition."""

    name: str
    pages: int = 1
    condition: str = DocumentCondition.COPY.value


@dataclass
class PetitionHandling:
    """The desk's handling of one petition; ``body`` is required to guide or transfer."""

    action: str = HandlingAction.FORWARD.value
    body: str = ""
    document_number: str = ""
    note: str = ""


@dataclass
class PetitionInput:
    """One content item; mixed content is entered as several items."""

    kind: str = PetitionKind.COMPLAINT.value
    summary: str = ""
    field_code: str | None = None
    respondent: str = ""
    prior_handling: list[PriorHandling] = field(default_factory=list)
    documents: list[ReceivedDocument] = field(default_factory=list)
    handling: PetitionHandling = field(default_factory=PetitionHandling)
    duplicate_of_id: uuid.UUID | None = None


@dataclass
class RefusalInput:
    """Refusal to receive, with a ground from :mod:`tcd_desktop.services.reception.grounds`."""

    ground: str
    note: str = ""


@dataclass
class VisitInput:
    """Everything the reception form holds when the officer presses Save."""

    citizen: CitizenInput = field(default_factory=CitizenInput)
    petitions: list[PetitionInput] = field(default_factory=list)
    kind: str = ReceptionKind.REGULAR.value
    received_at: dt.datetime | None = None
    officer_id: uuid.UUID | None = None
    leader_id: uuid.UUID | None = None
    headcount: int = 1
    participants: list[ParticipantInput] = field(default_factory=list)
    representatives_appointed: bool = False
    appointment_document: str = ""
    refusal: RefusalInput | None = None
    repeat_of_id: uuid.UUID | None = None
    dismissed_repeats: list[uuid.UUID] = field(default_factory=list)
    note: str = ""
    unit_id: uuid.UUID | None = None


@dataclass(frozen=True)
class SavedPetition:
    """A petition created by the save."""

    id: uuid.UUID
    number: str
    kind: str
    status: str
    action: str
    processing_due_on: dt.date | None


@dataclass(frozen=True)
class SavedVisit:
    """Result of :func:`save_visit`: final numbers and due dates, ready for the receipt."""

    reception_id: uuid.UUID
    number: str
    receipt_number: str | None
    received_at: dt.datetime
    received_on: dt.date
    citizen_id: uuid.UUID
    answer_due_on: dt.date | None
    answer_due_explanation: str
    outcome: str
    is_mass: bool
    petitions: tuple[SavedPetition, ...]
    participant_ids: tuple[uuid.UUID, ...]
    warnings: tuple[str, ...] = ()
