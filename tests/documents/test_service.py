"""Issuing documents: numbers, stored bytes and SHA-256, links, audit — on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest
from sqlalchemy import select, update

from tcd_desktop.documents.forms.suspension import SuspensionAction
from tcd_desktop.domain.enums import PetitionKind, Role
from tcd_desktop.services.context import Actor
from tcd_desktop.services.documents import document_bytes, issue_document, list_documents
from tcd_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationFailed
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.database import Database
from tcd_desktop.store.ids import uuid7
from tcd_desktop.store.models import AuditEntry, Document, Reception, Unit
from tests.documents import samples
from tests.documents.pdftext import pdf_text

OFFICER = Actor(
    user_id=None,
    username="huong",
    full_name="Nguyễn Thị Hường",
    roles=frozenset({Role.RECEPTION_OFFICER.value}),
    desk_code="LS-01",
)
SUPERVISOR = dataclasses.replace(OFFICER, roles=frozenset({Role.SUPERVISOR.value}))


def _reception(db: Database) -> Reception:
    with db.session() as s:
        unit = Unit(code="BTCD-LS", name="Ban Tiếp công dân tỉnh Lạng Sơn", level="province")
        s.add(unit)
        s.flush()
        reception = Reception(
            number="LS-01-2026-000123",
            unit_id=unit.id,
            received_at=dt.datetime(2026, 3, 5, 2, 30, tzinfo=dt.UTC),
            received_on=dt.date(2026, 3, 5),
            kind="regular",
        )
        s.add(reception)
    return reception


def test_receipt_is_stored_with_its_sha256_and_linked(db: Database) -> None:
    reception = _reception(db)
    with db.session() as s:
        issued = issue_document(
            s,
            OFFICER,
            "tcd.receipt",
            samples.receipt(number=""),
            reception_id=reception.id,
            number=reception.number,
        )
    with db.session() as s:
        row = s.get(Document, issued.id)
        assert row is not None and row.content is not None
        assert row.sha256 == hashlib.sha256(row.content).hexdigest() == issued.sha256
        assert (row.form_code, row.form_version, row.number) == (
            "tcd.receipt",
            "TT04-2021-M02",
            "LS-01-2026-000123",
        )
        assert row.issued_on == dt.date(2026, 3, 5) and row.reception_id == reception.id
        assert row.origin_desk == "LS-01" and not row.is_redacted
        content = document_bytes(s, OFFICER, issued.id)
    assert hashlib.sha256(content).hexdigest() == issued.sha256
    assert "Số: LS-01-2026-000123" in pdf_text(content)
    with db.session() as s:
        listed = list_documents(s, OFFICER, reception_id=reception.id)
        assert [d.id for d in listed] == [issued.id] and listed[0].size == len(content)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "document.issue")).one()
        assert audit.entity_id == str(issued.id) and audit.detail["sha256"] == issued.sha256
        assert verify_audit(s).ok
        assert not row.is_sealed and not listed[0].sealed_identity


def test_a_receipt_naming_a_denouncer_is_stored_sealed(db: Database) -> None:
    reception = _reception(db)
    data = dataclasses.replace(samples.receipt(number=""), petition_kind=PetitionKind.DENUNCIATION)
    with db.session() as s:
        issued = issue_document(s, OFFICER, "tcd.receipt", data, reception_id=reception.id)
    assert issued.sealed_identity
    with db.session() as s:
        row = s.get(Document, issued.id)
        assert row is not None and row.is_sealed
        (listed,) = list_documents(s, OFFICER, reception_id=reception.id)
    assert listed.sealed_identity  # from the row: the receipt form itself is not sealed


def test_numbers_come_from_the_series_of_the_body_and_type(db: Database) -> None:
    with db.session() as s:
        first = issue_document(
            s, OFFICER, "tcd.refusal", dataclasses.replace(samples.refusal(), number="")
        )
        second = issue_document(
            s, OFFICER, "tcd.refusal", dataclasses.replace(samples.refusal(), number="")
        )
        slip = issue_document(
            s, OFFICER, "tcd.guidance", dataclasses.replace(samples.guidance(), number="")
        )
        receipt = issue_document(s, OFFICER, "tcd.receipt", samples.receipt(number=""))
    assert (first.number, second.number, slip.number) == ("01/TB-BTCD", "02/TB-BTCD", "01/HD-BTCD")
    assert receipt.number == "LS-01-2026-000001"
    with db.session() as s:
        assert "Số: 02/TB-BTCD" in pdf_text(document_bytes(s, OFFICER, second.id))


def test_the_version_in_force_on_the_document_date_is_recorded(db: Database) -> None:
    with db.session() as s:
        old = issue_document(s, OFFICER, "tcd.receipt", samples.receipt(dt.date(2026, 6, 30)))
        new = issue_document(
            s,
            OFFICER,
            "tcd.receipt",
            samples.receipt(dt.date(2026, 7, 1), number="LS-01-2026-000200"),
        )
    assert old.form_version == "TT04-2021-M02" and new.form_version == "ND154-2026-02TCD"
    assert new.legal_basis == "khoản 4 Điều 15 Nghị định số 154/2026/NĐ-CP"


def test_publication_is_stored_as_redacted(db: Database) -> None:
    with db.session() as s:
        issued = issue_document(s, OFFICER, "tc.conclusion_public", samples.public_conclusion())
        assert issued.is_redacted and s.get(Document, issued.id).is_redacted
        assert samples.DENOUNCER.full_name not in pdf_text(document_bytes(s, OFFICER, issued.id))


def test_refusals(db: Database) -> None:
    with db.session() as s:
        with pytest.raises(PermissionDenied):
            issue_document(s, SUPERVISOR, "tcd.refusal", samples.refusal())
        with pytest.raises(ValidationFailed):
            issue_document(s, OFFICER, "tcd.refusal", samples.receipt())
        with pytest.raises(ValidationFailed):
            issue_document(
                s,
                OFFICER,
                "kn.resumption",
                samples.suspension(SuspensionAction.RESUME, dt.date(2026, 6, 30)),
            )
        with pytest.raises(NotFound):
            issue_document(s, OFFICER, "tcd.refusal", samples.refusal(), case_id=uuid7())
        with pytest.raises(NotFound):
            document_bytes(s, OFFICER, uuid7())
        assert s.scalar(select(Document.id)) is None


def test_viewing_is_audited_and_tampering_is_detected(db: Database) -> None:
    with db.session() as s:
        issued = issue_document(s, OFFICER, "tcd.refusal", samples.refusal())
    with db.session() as s:
        document_bytes(s, OFFICER, issued.id)
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "document.view"))
    with db.session() as s:
        s.execute(update(Document).where(Document.id == issued.id).values(content=b"%PDF-forged"))
    with db.session() as s, pytest.raises(ServiceError, match="không khớp mã băm"):
        document_bytes(s, OFFICER, issued.id)
