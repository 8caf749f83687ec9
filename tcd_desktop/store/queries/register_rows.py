"""Register lines (Mẫu 03/TCD cells) and how the desk's handling is kept on a visit.

``register_rows`` builds the lines shown, exported and printed; a sealed denouncer is
shown as "Người tố cáo (được giữ bí mật)" with no address or ID.

The desk's handling of a visit lives in three columns of ``receptions``: ``handling`` (JSON
with a version key: per-petition handling — the body the citizen was guided or transferred
to, the document number —, the refusal ground, and the cells of a row imported from another
register), ``receipt_number`` and ``outcome_detail`` (the free-text note). Only
:class:`HandlingRecord` and :func:`read_handling` read or write the JSON's layout.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import CaseStatus, PetitionKind
from tcd_desktop.store.models import Case, Citizen, Petition, Reception
from tcd_desktop.store.queries.sealed import people_of_receptions, redact_for_list
from tcd_desktop.store.queries.search import SEALED_NAME

FORMAT_VERSION = 1
SEALED_ID = "(được giữ bí mật)"


@dataclass
class PetitionAction:
    """What the desk did with one petition (``action``: forward, guide, transfer, explain)."""

    petition_id: str
    action: str
    body: str = ""
    document_number: str = ""
    note: str = ""


@dataclass
class RegisterTexts:
    """Register cells kept verbatim for a row imported from another register."""

    prior: str = ""
    competent: bool = False
    guidance: str = ""
    transfer: str = ""
    follow_up: str = ""
    note: str = ""
    sealed: bool = False


@dataclass
class HandlingRecord:
    """The desk's handling of a visit, read from or written to its ``receptions`` columns."""

    note: str = ""
    petitions: list[PetitionAction] = field(default_factory=list)
    refusal_ground: str = ""
    refusal_note: str = ""
    refusal_citation: str = ""
    receipt_number: str = ""
    imported: RegisterTexts | None = None

    def action_for(self, petition_id: uuid.UUID) -> PetitionAction | None:
        """The recorded handling of one petition, if any."""
        key = str(petition_id)
        return next((a for a in self.petitions if a.petition_id == key), None)

    def to_json(self) -> dict[str, Any]:
        """The document stored in ``receptions.handling`` (note and receipt number aside)."""
        data: dict[str, Any] = {"v": FORMAT_VERSION}
        if self.petitions:
            data["petitions"] = [asdict(a) for a in self.petitions]
        if self.refusal_ground:
            data["refusal"] = {
                "ground": self.refusal_ground,
                "note": self.refusal_note,
                "citation": self.refusal_citation,
            }
        if self.imported is not None:
            data["register"] = asdict(self.imported)
        return data

    def columns(self) -> dict[str, Any]:
        """Values of ``handling``, ``receipt_number`` and ``outcome_detail`` for the visit."""
        return {
            "handling": self.to_json(),
            "receipt_number": self.receipt_number or None,
            "outcome_detail": self.note,
        }


def read_handling(
    handling: dict[str, Any] | None, note: str | None = "", receipt_number: str | None = None
) -> HandlingRecord:
    """The record of a visit from its ``handling``, ``outcome_detail`` and ``receipt_number``."""
    data = handling if isinstance(handling, dict) else {}
    refusal = data.get("refusal") or {}
    imported = data.get("register")
    return HandlingRecord(
        note=note or "",
        petitions=[PetitionAction(**a) for a in data.get("petitions", [])],
        refusal_ground=str(refusal.get("ground", "")),
        refusal_note=str(refusal.get("note", "")),
        refusal_citation=str(refusal.get("citation", "")),
        receipt_number=receipt_number or "",
        imported=RegisterTexts(**imported) if isinstance(imported, dict) else None,
    )


def handling_of(visit: Reception) -> HandlingRecord:
    """The handling record of a visit row."""
    return read_handling(visit.handling, visit.outcome_detail, visit.receipt_number)


@dataclass(frozen=True)
class RegisterRow:
    """One register line with the cells of Mẫu 03/TCD (STT is the row's position)."""

    id: uuid.UUID
    number: str
    received_on: dt.date
    name: str
    address: str
    id_number: str
    summary: str
    kinds: tuple[str, ...]
    headcount: int
    prior: str
    competent: bool
    guidance: str
    transfer: str
    follow_up: str
    note: str
    is_sealed: bool
    is_mass: bool
    is_repeat: bool
    citizen_id: uuid.UUID | None
    officer_id: uuid.UUID | None

    @property
    def name_address(self) -> str:
        """Column 3: name, then the address on the next line."""
        return f"{self.name}\n{self.address}" if self.address else self.name

    @property
    def kind_text(self) -> str:
        """Column 6: the petition kinds in Vietnamese."""
        return "; ".join(PetitionKind(k).label_vi for k in self.kinds)

    def cells(self, stt: int) -> tuple[Any, ...]:
        """The 13 cells of the official form (date as ``date``, headcount as ``int``)."""
        return (
            stt,
            self.received_on,
            self.name_address,
            self.id_number,
            self.summary,
            self.kind_text,
            self.headcount,
            self.prior,
            "x" if self.competent else "",
            self.guidance,
            self.transfer,
            self.follow_up,
            self.note,
        )


def _prior_text(entries: list[Any]) -> list[str]:
    out = []
    for entry in entries or []:
        if isinstance(entry, dict):
            body = str(entry.get("body", "")).strip()
            number = str(entry.get("decision_number", "")).strip()
            if number:
                out.append(f"{body} ({number})" if body else f"({number})")
            else:
                out.append(body)
        elif entry:
            out.append(str(entry))
    return [t for t in out if t]


_STATUS_ACTION = {
    CaseStatus.GUIDED.value: "guide",
    CaseStatus.RETURNED.value: "guide",
    CaseStatus.TRANSFERRED.value: "transfer",
    CaseStatus.REPORTED_TO_LOWER.value: "transfer",
    CaseStatus.FILED.value: "explain",
}
_STATUS_LABELS = {s.value: s.label_vi for s in CaseStatus}


def _join(parts: Sequence[str]) -> str:
    return "; ".join(dict.fromkeys(p for p in parts if p))


def _handled_at(body: str, number: str) -> str:
    return f"{body} (văn bản số {number})" if number else body


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


def register_rows(session: Session, ids: Sequence[uuid.UUID]) -> list[RegisterRow]:
    """The register lines of ``ids``, in the same order (unknown ids are skipped)."""
    if not ids:
        return []
    visits = session.execute(
        select(
            Reception,
            Citizen.full_name,
            Citizen.address,
            Citizen.id_number,
            Citizen.is_confidential,
        )
        .outerjoin(Citizen, Citizen.id == Reception.citizen_id)
        .where(Reception.id.in_(ids))
    ).all()
    petitions = session.execute(
        select(
            Petition.id,
            Petition.reception_id,
            Petition.kind,
            Petition.prior_handling,
            Petition.status,
            Petition.processing_due_on,
            Petition.duplicate_of_id,
        )
        .where(Petition.reception_id.in_(ids), _live(Petition))
        .order_by(Petition.number)
    ).all()
    by_visit: dict[uuid.UUID, list[Any]] = {}
    for p in petitions:
        by_visit.setdefault(p.reception_id, []).append(p)
    cases = (
        {
            c.petition_id: c
            for c in session.execute(
                select(Case.petition_id, Case.code, Case.status, Case.decision_number).where(
                    Case.petition_id.in_([p.id for p in petitions]), _live(Case)
                )
            ).all()
        }
        if petitions
        else {}
    )
    rows = {}
    for visit, name, address, id_number, confidential in visits:
        rows[visit.id] = _build_row(
            visit, name, address, id_number, bool(confidential), by_visit.get(visit.id, []), cases
        )
    _redact_sealed(session, rows)
    return [rows[i] for i in ids if i in rows]


def _redact_sealed(session: Session, rows: dict[uuid.UUID, RegisterRow]) -> None:
    """The free text of sealed lines without the identity of the visit's people (the screen
    and every export read these rows)."""
    sealed = [i for i, row in rows.items() if row.is_sealed]
    people = people_of_receptions(session, sealed)
    for i in sealed:
        row, who = rows[i], people.get(i, ())
        rows[i] = dataclasses.replace(
            row,
            summary=redact_for_list(row.summary, who),
            note=redact_for_list(row.note, who),
            prior=redact_for_list(row.prior, who),
            follow_up=redact_for_list(row.follow_up, who),
        )


def _build_row(
    visit: Reception,
    name: str | None,
    address: str | None,
    id_number: str | None,
    confidential: bool,
    petitions: list[Any],
    cases: dict[Any, Any],
) -> RegisterRow:
    record = handling_of(visit)
    kinds = tuple(dict.fromkeys(p.kind for p in petitions))
    imported = record.imported
    sealed = (
        confidential
        or PetitionKind.DENUNCIATION.value in kinds
        or bool(imported and imported.sealed)
    )
    prior = _join([t for p in petitions for t in _prior_text(p.prior_handling)])
    competent, guidance, transfer, follow, notes = False, [], [], [], []
    refused = bool(record.refusal_ground)
    for p in petitions:
        act = record.action_for(p.id)
        action = (
            ""
            if refused
            else act.action
            if act
            else ("forward" if p.id in cases else _STATUS_ACTION.get(p.status, ""))
        )
        if action == "forward":
            competent = True
        elif action == "guide" and act:
            guidance.append(_handled_at(act.body, act.document_number))
        elif action == "transfer" and act:
            transfer.append(_handled_at(act.body, act.document_number))
        elif action == "explain":
            notes.append("Đã giải thích, yêu cầu chấp hành kết quả giải quyết")
        case_row = cases.get(p.id)
        if case_row is not None:
            label = _STATUS_LABELS.get(case_row.status, case_row.status)
            decision = (
                f", quyết định số {case_row.decision_number}" if case_row.decision_number else ""
            )
            follow.append(f"Vụ việc {case_row.code}: {label}{decision}")
        elif refused:
            follow.append("Đã từ chối tiếp công dân")
        else:
            due = p.processing_due_on
            label = _STATUS_LABELS.get(p.status, p.status)
            follow.append(
                f"{label}, hạn xử lý {due:%d/%m/%Y}" if due and p.status == "received" else label
            )
    if visit.is_mass:
        notes.insert(0, "Đoàn đông người")
    if visit.repeat_of_id is not None or any(p.duplicate_of_id for p in petitions):
        notes.insert(0, "Đơn trùng, tái diễn")
    if refused:
        notes.append(f"Từ chối tiếp theo {record.refusal_citation or record.refusal_ground}")
    notes.append(record.note)
    if imported is not None:
        competent, prior = imported.competent, imported.prior
        guidance, transfer = [imported.guidance], [imported.transfer]
        follow, notes = [imported.follow_up], [imported.note]
    return RegisterRow(
        id=visit.id,
        number=visit.number,
        received_on=visit.received_on,
        name=SEALED_NAME if sealed else (name or ""),
        address="" if sealed else (address or ""),
        id_number=SEALED_ID if sealed else (id_number or ""),
        summary=visit.summary,
        kinds=kinds,
        headcount=visit.headcount,
        prior=prior,
        competent=competent,
        guidance=_join(guidance),
        transfer=_join(transfer),
        follow_up=_join(follow),
        note=_join(notes),
        is_sealed=sealed,
        is_mass=visit.is_mass,
        is_repeat=visit.repeat_of_id is not None,
        citizen_id=visit.citizen_id,
        officer_id=visit.officer_id,
    )
