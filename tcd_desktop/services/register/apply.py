"""Writing an import: every non-excluded row in one transaction, or nothing.

Imported rows keep their register cells verbatim (guidance, transfer, follow-up, notes),
are numbered from the desk's series and never show up as pending work: their petitions
are marked processed on the visit date (``processing_outcome = "imported"``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import PetitionKind, Role
from tcd_desktop.domain.folding import fold
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.services.progress import Progress, in_chunks
from tcd_desktop.services.reception._records import (
    PETITION_SERIES,
    RECEPTION_SERIES,
    VN_TZ,
    fresh_number,
)
from tcd_desktop.services.register._dupes import previous_import, remember_import
from tcd_desktop.services.register.importing import ImportPreview, ImportRow
from tcd_desktop.services.setup import _office_profile
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.models import Citizen, Petition, Reception
from tcd_desktop.store.queries.register_rows import HandlingRecord, RegisterTexts


@dataclass(frozen=True)
class ImportResult:
    """What ``apply_import`` created."""

    rows: int
    reception_ids: tuple[uuid.UUID, ...]
    excluded: tuple[int, ...] = field(default_factory=tuple)


def _remaining(preview: ImportPreview, exclude_rows: Iterable[int]) -> list[ImportRow]:
    excluded = set(exclude_rows)
    if preview.file_errors:
        errors = preview.file_errors  # one error keeps its code (a screen names it)
        raise ValidationFailed({"file": errors[0] if len(errors) == 1 else " ".join(errors)})
    rows = [r for r in preview.rows if r.line not in excluded]
    bad = [r for r in rows if not r.valid]
    if bad:
        lines = ", ".join(str(r.line) for r in bad[:20]) + ("…" if len(bad) > 20 else "")
        raise ValidationFailed(
            {f"row:{r.line}": " ".join(r.errors) for r in bad},
            OFFICE("import.rows_left", count=len(bad), lines=lines),
        )
    if not rows:
        raise ValidationFailed({"file": OFFICE("import.nothing_left")})
    return rows


def apply_import(
    session: Session,
    actor: Actor,
    preview: ImportPreview,
    *,
    exclude_rows: Iterable[int] = (),
    progress: Progress | None = None,
) -> ImportResult:
    """Write every non-excluded row in the caller's transaction (all or nothing).

    A preview that lets duplicates through (``allow_duplicates``) needs an administrator;
    otherwise a file imported before is refused here too (two desks importing at once).
    ``progress`` hears every chunk of rows written; stopping there raises
    :class:`~tcd_desktop.services.progress.Cancelled` and the caller's transaction rolls back.
    """
    require(actor, Role.RECEPTION_OFFICER, action="nhập sổ tiếp công dân")
    if preview.allow_duplicates:
        require(actor, Role.ADMINISTRATOR, action="nhập lại dữ liệu đã có trong sổ")
    excluded = tuple(sorted(set(exclude_rows)))
    rows = _remaining(preview, excluded)
    before = previous_import(session, preview.sha256) if preview.sha256 else None
    if before and not preview.allow_duplicates:
        raise ValidationFailed({"file": before})
    profile = _office_profile(session)
    desk = actor.desk_code or (profile.desk_code if profile else "")
    unit_id = actor.unit_id or (profile.unit_id if profile else None)
    if not desk or unit_id is None:
        raise ValidationFailed({"desk_code": OFFICE("import.no_office")})
    people: dict[str, Citizen] = {}
    ids = []
    for row in in_chunks(rows, progress, "Ghi vào sổ tiếp công dân", len(rows)):
        ids.append(_import_row(session, actor, row, desk, unit_id, people))
    append_audit(
        session,
        "register.import",
        entity="register",
        user_id=actor.user_id,
        origin_desk=desk,
        detail={
            "file": preview.path.name,
            "rows": len(ids),
            "excluded": list(excluded),
            "sha256": preview.sha256,
            "allow_duplicates": preview.allow_duplicates,
        },
    )
    if preview.sha256:
        remember_import(session, preview.sha256, actor.username, len(ids))
    return ImportResult(rows=len(ids), reception_ids=tuple(ids), excluded=excluded)


def _person(
    session: Session,
    actor: Actor,
    row: ImportRow,
    desk: str,
    unit_id: uuid.UUID,
    people: dict[str, Citizen],
) -> Citizen | None:
    if row.sealed:
        return None
    key = row.id_number or f"{fold(row.full_name)}|{fold(row.address)}"
    if key in people:
        return people[key]
    person = (
        session.scalar(
            select(Citizen).where(Citizen.id_number == row.id_number, Citizen.deleted_at.is_(None))
        )
        if row.id_number
        else None
    )
    if person is None:
        person = Citizen(
            full_name=row.full_name,
            name_folded=fold(row.full_name),
            id_number=row.id_number or None,
            address=row.address,
            address_folded=fold(row.address),
            unit_id=unit_id,
            is_confidential=PetitionKind.DENUNCIATION.value in row.kinds,
            created_by=actor.user_id,
            origin_desk=desk,
        )
        session.add(person)
        session.flush()
    people[key] = person
    return person


def _import_row(
    session: Session,
    actor: Actor,
    row: ImportRow,
    desk: str,
    unit_id: uuid.UUID,
    people: dict[str, Citizen],
) -> uuid.UUID:
    assert row.received_on is not None
    year = row.received_on.year
    person = _person(session, actor, row, desk, unit_id, people)
    texts = RegisterTexts(
        prior=row.prior,
        competent=row.competent,
        guidance=row.guidance,
        transfer=row.transfer,
        follow_up=row.follow_up,
        note=row.note,
        sealed=row.sealed,
    )
    outcome = (
        "forward"
        if row.competent
        else "guide"
        if row.guidance
        else "transfer"
        if row.transfer
        else ""
    )
    reception = Reception(
        number=fresh_number(session, desk, RECEPTION_SERIES, year, Reception.number),
        unit_id=unit_id,
        received_on=row.received_on,
        received_at=dt.datetime.combine(row.received_on, dt.time(8), VN_TZ).astimezone(dt.UTC),
        kind="regular",
        citizen_id=person.id if person else None,
        headcount=row.headcount,
        is_mass=row.headcount >= 5,
        summary=row.summary,
        summary_folded=fold(row.summary),
        outcome=outcome,
        **HandlingRecord(imported=texts).columns(),
        created_by=actor.user_id,
        origin_desk=desk,
    )
    session.add(reception)
    session.flush()
    status = (
        "accepted"
        if row.competent
        else "guided"
        if row.guidance
        else "transferred"
        if row.transfer
        else "filed"
    )
    for i, kind in enumerate(row.kinds):
        session.add(
            Petition(
                number=fresh_number(session, desk, PETITION_SERIES, year, Petition.number),
                unit_id=unit_id,
                reception_id=reception.id,
                citizen_id=reception.citizen_id,
                received_on=row.received_on,
                kind=kind,
                summary=row.summary,
                summary_folded=fold(row.summary),
                prior_handling=[{"body": row.prior}] if row.prior and i == 0 else [],
                signatory_count=row.headcount,
                status=status,
                processing_outcome="imported",
                processed_on=row.received_on,
                created_by=actor.user_id,
                origin_desk=desk,
            )
        )
    session.flush()
    append_audit(
        session,
        "reception.import",
        entity="reception",
        entity_id=reception.id,
        user_id=actor.user_id,
        origin_desk=desk,
        detail={"number": reception.number, "line": row.line},
    )
    return reception.id
