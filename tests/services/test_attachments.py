"""Files kept with cases, petitions and visits: hash and size recorded and re-checked, every
read audited, sealed scans hidden from (and refused to) people not entitled to the identity."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

import pytest
from sqlalchemy import select, update

from tcd_desktop.services import attachments as att
from tcd_desktop.services import petitions
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationFailed
from tcd_desktop.services.identity import SEALED_FILE
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.models import Attachment, AuditEntry, Petition
from tests.services.conftest import Org, add_petition

D = dt.date
SCAN = b"%PDF-1.4 handwritten denunciation of Tran Thi Binh"


def _case(org: Org, kind: str, **kw: object) -> tuple[uuid.UUID, uuid.UUID]:
    pid = add_petition(org.db, org, kind=kind, received_on=D(2026, 8, 3), visit=True, **kw)  # type: ignore[arg-type]
    with org.db.session() as s:
        data = AcceptanceInput(accepted_on=D(2026, 8, 4), assignee_id=org.handler.user_id)
        return petitions.accept_petition(s, org.handler, pid, data).case_id, pid


def _audit(org: Org, action: str) -> list[AuditEntry]:
    with org.db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_file_is_kept_with_its_hash_and_every_read_is_audited(org: Org) -> None:
    case_id, _pid = _case(org, "khieu_nai")
    content = b"%PDF-1.4 verification report"
    with org.db.session() as s:
        info = att.add_attachment(
            s,
            org.handler,
            case_id=case_id,
            filename="C:\\scans\\bao-cao-xac-minh.pdf",
            content=content,
            mime_type="application/pdf",
        )
    assert (info.filename, info.size, info.source) == ("bao-cao-xac-minh.pdf", len(content), "case")
    assert info.sha256 == hashlib.sha256(content).hexdigest() and not info.sealed
    assert info.added_at.tzinfo is not None
    with org.db.session() as s:
        (listed,) = att.list_attachments(s, org.supervisor, case_id)
        assert (listed.id, listed.filename, listed.masked) == (info.id, info.filename, False)
        assert listed.added_by == "Cán bộ xuly" and listed.mime_type == "application/pdf"
        assert att.attachment_bytes(s, org.supervisor, info.id) == content
    (added,) = _audit(org, "attachment.add")
    assert added.detail["sha256"] == info.sha256 and added.detail["filename"] == info.filename
    (viewed,) = _audit(org, "attachment.view")
    assert viewed.entity_id == str(info.id) and viewed.user_id == org.supervisor.user_id

    with org.db.session() as s:
        s.execute(update(Attachment).where(Attachment.id == info.id).values(content=b"forged"))
    with org.db.session() as s, pytest.raises(ServiceError, match="không khớp mã băm"):
        att.attachment_bytes(s, org.handler, info.id)
    with org.db.session() as s:
        assert verify_audit(s).ok


def test_sealed_scans_of_a_denunciation(org: Org) -> None:
    case_id, pid = _case(org, "to_cao", citizen_id=org.denouncer)
    with org.db.session() as s:  # the receiving officer keeps the handwriting scan, sealed
        scan = att.add_attachment(
            s,
            org.reception,
            petition_id=pid,
            filename="don-tay-Tran-Thi-Binh.jpg",
            content=SCAN,
            mime_type="image/jpeg",
            sealed=True,
        )
        evidence = att.add_attachment(
            s, org.handler, case_id=case_id, filename="hoa-don.pdf", content=b"%PDF evidence"
        )
        assert scan.sealed and not scan.masked  # the receiving officer may read it
        reception_id = s.get(Petition, pid).reception_id  # type: ignore[union-attr]
        visit = att.add_attachment(
            s,
            org.reception,
            reception_id=reception_id,
            filename="anh-cccd.jpg",
            content=b"id card",
            sealed=True,
        )
    for actor in (org.handler, org.leader, org.reception):  # resolver, their leader, receiver
        with org.db.session() as s:
            files = {f.id: f for f in att.list_attachments(s, actor, case_id)}
        assert files[scan.id].filename == "don-tay-Tran-Thi-Binh.jpg", actor.username
        assert files[visit.id].source == "reception" and not files[visit.id].masked
    for actor in (org.other_handler, org.supervisor):
        with org.db.session() as s:
            files = {f.id: f for f in att.list_attachments(s, actor, case_id)}
        assert [f.id for f in files.values()] == [scan.id, evidence.id, visit.id]
        hidden = files[scan.id]
        assert (hidden.filename, hidden.mime_type, hidden.masked) == (SEALED_FILE, "", True)
        assert files[evidence.id].filename == "hoa-don.pdf"
        with org.db.session() as s, pytest.raises(PermissionDenied, match="Điều 8"):
            att.attachment_bytes(s, actor, scan.id)
    refused = _audit(org, "attachment.view_refused")  # kept although the use case failed
    assert [e.user_id for e in refused] == [org.other_handler.user_id, org.supervisor.user_id]

    with org.db.session() as s:
        assert att.attachment_bytes(s, org.handler, scan.id) == SCAN
    (view,) = [e for e in _audit(org, "attachment.view") if e.entity_id == str(scan.id)]
    assert view.detail["sealed"] is True and view.user_id == org.handler.user_id
    with org.db.session() as s:  # no audit entry carries the sealed file's name
        details = [repr(e.detail) for e in s.scalars(select(AuditEntry))]
    assert not any("Tran-Thi-Binh" in d or "anh-cccd" in d for d in details)


def test_refusals(org: Org) -> None:
    case_id, _pid = _case(org, "khieu_nai")
    with org.db.session() as s:
        with pytest.raises(ValidationFailed) as failed:
            att.add_attachment(s, org.handler, case_id=case_id, filename=" ", content=b"")
        assert set(failed.value.field_errors) == {"filename", "content"}
        with pytest.raises(ValidationFailed):
            att.add_attachment(s, org.handler, filename="a.pdf", content=b"x")
        with pytest.raises(ValidationFailed, match="MB"):
            att.add_attachment(
                s,
                org.handler,
                case_id=case_id,
                filename="big.bin",
                content=b"0" * (att.MAX_SIZE + 1),
            )
        with pytest.raises(PermissionDenied):
            att.add_attachment(s, org.supervisor, case_id=case_id, filename="a.pdf", content=b"x")
        with pytest.raises(NotFound):
            att.add_attachment(s, org.handler, case_id=uuid.uuid4(), filename="a.pdf", content=b"x")
        with pytest.raises(NotFound):
            att.list_attachments(s, org.handler, uuid.uuid4())
        with pytest.raises(NotFound):
            att.attachment_bytes(s, org.handler, uuid.uuid4())
        with pytest.raises(PermissionDenied):
            att.list_attachments(s, org.admin.__class__(None, "khach", "Khách"), case_id)
        assert s.scalar(select(Attachment.id)) is None
