"""Sealed denouncer identity: who may read it, the reason and audit of every reveal, masked
lists, the verifier's redacted copy and publications without the denouncer."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass, fields

import pytest
from sqlalchemy import select

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import identity, petitions
from tcd_desktop.services.cases import (
    AcceptanceInput,
    assign_verification,
    conclude_denunciation,
    get_case,
    submit_verification_report,
)
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.store.models import Attachment, AuditEntry, Petition, ReceptionParticipant
from tcd_desktop.store.queries.search import SEALED_NAME
from tests.services.conftest import Org, add_actor, add_citizen, add_petition, audit_actions

D = dt.date
NAME, PHONE, CCCD = "Trần Thị Bình", "0987654321", "020190004321"
SUMMARY = f"Bà {NAME} (ĐT {PHONE}, CCCD {CCCD}) tố cáo ông Phạm Văn Cường nhận tiền của dân"


@dataclass(frozen=True)
class Sealed:
    """A denunciation received at a visit, with a sealed handwriting scan and a co-signer."""

    petition_id: uuid.UUID
    case_id: uuid.UUID


def _attachment(org: Org, name: str, sealed: bool, **links: object) -> None:
    with org.db.session() as s:
        data = name.encode()
        s.add(
            Attachment(
                filename=name,
                sha256=hashlib.sha256(data).hexdigest(),
                size=len(data),
                content=data,
                is_sealed=sealed,
                **links,
            )
        )  # type: ignore[arg-type]


@pytest.fixture
def sealed(org: Org) -> Sealed:
    pid = add_petition(
        org.db,
        org,
        kind="to_cao",
        received_on=D(2026, 8, 3),
        visit=True,
        citizen_id=org.denouncer,
        summary=SUMMARY,
        respondent="Ông Phạm Văn Cường, cán bộ địa chính",
    )
    cosigner = add_citizen(org.db, "Lê Văn Đồng", id_number="020080009999", phone="0911222333")
    with org.db.session() as s:
        petition = s.get(Petition, pid)
        assert petition is not None
        s.add(
            ReceptionParticipant(
                reception_id=petition.reception_id, citizen_id=cosigner, role="member"
            )
        )
    _attachment(org, "chu-viet-nguoi-to-cao.jpg", True, petition_id=pid)
    with org.db.session() as s:
        case_id = petitions.accept_petition(
            s,
            org.handler,
            pid,
            AcceptanceInput(accepted_on=D(2026, 8, 10), assignee_id=org.other_handler.user_id),
        ).case_id
    _attachment(org, "bien-ban-xac-minh.pdf", False, case_id=case_id)
    return Sealed(pid, case_id)


def test_lists_and_case_header_always_mask_the_denouncer(org: Org) -> None:
    pid = add_petition(
        org.db,
        org,
        kind="to_cao",
        received_on=D(2026, 8, 3),
        citizen_id=org.denouncer,
        summary=SUMMARY,
    )
    with org.db.session() as s:
        (row,) = petitions.processing_queue(s, org.reception)
        assert row.citizen_display == SEALED_NAME
        assert "Phạm Văn Cường" in row.summary
        assert all(secret not in repr(row) for secret in (NAME, PHONE, CCCD))
        case_id = petitions.accept_petition(
            s, org.handler, pid, AcceptanceInput(D(2026, 8, 5), assignee_id=org.handler.user_id)
        ).case_id
        for who in (org.handler, org.leader, org.supervisor):
            view = get_case(s, who, case_id)
            assert view.citizen_display == SEALED_NAME
            assert all(secret not in repr(view) for secret in (NAME, PHONE, CCCD))


ENTITLED = {
    "reception": True,
    "other_handler": True,
    "leader": True,
    "handler": False,
    "commune_leader": False,
    "supervisor": False,
    "admin": False,
}


def test_only_receiver_resolver_and_their_leader_may_reveal(org: Org, sealed: Sealed) -> None:
    for who, entitled in ENTITLED.items():
        _check_reveal(org, sealed, getattr(org, who), entitled)


def _check_reveal(org: Org, sealed: Sealed, actor: Actor, entitled: bool) -> None:
    with org.db.session() as s:
        masked = identity.case_parties(s, actor, sealed.case_id)
    assert masked.is_sealed and not masked.revealed and masked.can_reveal is entitled, actor
    assert {p.name for p in masked.parties} == {SEALED_NAME}
    assert all(p.id_number is None and p.phone is None and not p.address for p in masked.parties)
    assert masked.sealed_scans == 1 and masked.scans == []
    before = len(audit_actions(org.db))
    if entitled:
        with org.db.session() as s:
            clear = identity.case_parties(
                s, actor, sealed.case_id, reveal_reason="Mời người tố cáo bổ sung chứng cứ"
            )
        assert {p.name for p in clear.parties} == {NAME, "Lê Văn Đồng"}
        assert [sc.filename for sc in clear.scans] == ["chu-viet-nguoi-to-cao.jpg"]
        with org.db.session() as s:
            entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
            assert entry is not None and entry.action == "identity.reveal"
            assert entry.user_id == actor.user_id
            assert entry.detail["reason"] == "Mời người tố cáo bổ sung chứng cứ"
            assert NAME not in repr(entry.detail) and PHONE not in repr(entry.detail)
    else:
        with pytest.raises(PermissionDenied, match="Điều 8"), org.db.session() as s:
            identity.reveal_identity(s, actor, case_id=sealed.case_id, reason="Tò mò")
        # The refused attempt is audited even though the transaction raised.
        assert audit_actions(org.db)[before:] == ["identity.reveal_refused"]


def test_reveal_requires_a_reason_and_works_before_acceptance(org: Org) -> None:
    pid = add_petition(
        org.db, org, kind="to_cao", received_on=D(2026, 8, 3), visit=True, citizen_id=org.denouncer
    )
    with org.db.session() as s:
        with pytest.raises(ValidationFailed, match="lý do"):
            identity.reveal_identity(s, org.reception, petition_id=pid, reason="  ")
        found = identity.reveal_identity(s, org.reception, petition_id=pid, reason="Gọi lại hẹn")
    (person,) = found.people
    assert (person.full_name, person.phone, person.id_number) == (NAME, PHONE, CCCD)
    with pytest.raises(PermissionDenied), org.db.session() as s:
        identity.reveal_identity(s, org.handler, petition_id=pid, reason="Xử lý đơn")
    assert audit_actions(org.db, pid)[-2:] == ["identity.reveal", "identity.reveal_refused"]


def test_a_leader_role_for_all_units_counts_in_the_leaders_own_unit(
    org: Org, sealed: Sealed
) -> None:
    chief = add_actor(org.db, "chanhvanphong", org.province, Role.LEADER, scoped=False)
    outsider = add_actor(org.db, "lanhdaoxa2", org.commune, Role.LEADER, scoped=False)
    with org.db.session() as s:
        assert identity.case_parties(s, chief, sealed.case_id).can_reveal
        assert not identity.case_parties(s, outsider, sealed.case_id).can_reveal


def test_verifier_copy_strips_identifiers_and_sealed_scans(org: Org, sealed: Sealed) -> None:
    with org.db.session() as s:
        copy = identity.redacted_for_verifier(s, org.supervisor, sealed.case_id)
    assert copy.is_redacted and copy.denouncer == SEALED_NAME
    for secret in (NAME, PHONE, CCCD):
        assert secret not in repr(copy)
    assert "Phạm Văn Cường" in copy.content and "[đã che]" in copy.content
    assert [d.filename for d in copy.documents] == ["bien-ban-xac-minh.pdf"]
    assert "case.verifier_copy" in audit_actions(org.db, sealed.case_id)


def test_published_conclusion_has_no_place_for_the_denouncer(org: Org, sealed: Sealed) -> None:
    with org.db.session() as s:
        assign_verification(s, org.other_handler, sealed.case_id, on=D(2026, 8, 12), verifier="Tổ")
        submit_verification_report(
            s, org.other_handler, sealed.case_id, on=D(2026, 8, 25), summary="Đúng"
        )
        conclude_denunciation(
            s, org.other_handler, sealed.case_id, result="dung", on=D(2026, 8, 28), number="7/KL"
        )
        published = identity.published_conclusion(s, org.supervisor, sealed.case_id)
    names = {f.name for f in fields(published)}
    assert not names & {"denouncer", "citizen", "citizen_id", "phone", "address", "id_number"}
    for secret in (NAME, PHONE, CCCD):
        assert secret not in repr(published)


def test_complaint_parties_are_not_sealed(org: Org) -> None:
    pid = add_petition(org.db, org, kind="khieu_nai", received_on=D(2026, 8, 3))
    with org.db.session() as s:
        case_id = petitions.accept_petition(
            s, org.handler, pid, AcceptanceInput(D(2026, 8, 5))
        ).case_id
        parties = identity.case_parties(s, org.supervisor, case_id)
    assert not parties.is_sealed and not parties.can_reveal
    assert [p.name for p in parties.parties] == ["Nguyễn Văn An"]
    assert parties.parties[0].phone == "0912345678"
