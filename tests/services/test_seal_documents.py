"""Desk documents carrying a denouncer's identity follow the case documents' permission.

Issue 12 found the receipt and the verbal record of a denunciation served by
``document_pdf`` to every role (4 of 4) and ``documents.document_bytes`` checking no one.
Now ``document_bytes`` takes the actor: the officer who received the visit and the unit's
leader read them; another reception officer, a handling officer, the supervisor and the
administrator (who holds every role, but not the identity) are refused — audited, nothing
leaks into the audit; a complaint's receipt stays readable by every reading role.
"""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from sqlalchemy import select

from tcd_desktop.domain.enums import PetitionKind, Role
from tcd_desktop.services import case_documents, documents
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.reception.desk_documents import RECORD, issue_desk_document
from tcd_desktop.services.reception.inputs import PetitionHandling
from tcd_desktop.services.reception.intake import save_visit
from tcd_desktop.store.models import AuditEntry
from tests.documents import samples
from tests.documents.pdftext import pdf_text
from tests.services.reception_fixtures import Office, add_user, citizen, petition, visit

NAME = "Trịnh Thị Bích Ngọc"


def _denunciation_documents(office: Office) -> tuple[uuid.UUID, uuid.UUID]:
    """(receipt, verbal record) of a denunciation received by ``office.officer``."""
    item = petition(
        "Tố cáo cán bộ địa chính nhận tiền",
        "to_cao",
        respondent="Ông Lò Văn Sáu",
        handling=PetitionHandling("transfer", "Thanh tra tỉnh Lạng Sơn"),
    )
    person = citizen(NAME, id_number="001190012345", birth_year=1990)
    with office.db.session() as s:
        saved = save_visit(s, office.officer, visit(citizen=person, petitions=[item]))
    receipt_data = dataclasses.replace(
        samples.receipt(),
        petition_kind=PetitionKind.DENUNCIATION,
        provider=dataclasses.replace(samples.receipt().provider, full_name=NAME),
    )
    with office.db.session() as s:
        receipt = documents.issue_document(
            s, office.officer, "tcd.receipt", receipt_data, reception_id=saved.reception_id
        ).id
        record = issue_desk_document(s, office.officer, saved.reception_id, RECORD).id
    return receipt, record


def _readers(office: Office) -> dict[str, object]:
    other = add_user(office.db, office.admin, "tiepdan2", Role.RECEPTION_OFFICER)
    return {
        "officer who received": office.officer,
        "leader of the unit": office.leader,
        "another reception officer": other,
        "handling officer": office.handler,
        "supervisor": office.supervisor,
        "administrator": office.admin,
    }


ALLOWED = {"officer who received", "leader of the unit"}


@pytest.mark.parametrize("read", ["document_bytes", "document_pdf"])
def test_each_role_and_the_desk_documents_of_a_denunciation(office: Office, read: str) -> None:
    receipt, record = _denunciation_documents(office)
    reader = getattr(documents if read == "document_bytes" else case_documents, read)
    for who, actor in _readers(office).items():
        for doc_id in (receipt, record):
            with office.db.session() as s:
                if who in ALLOWED:
                    assert NAME in pdf_text(reader(s, actor, doc_id)), who
                else:
                    with pytest.raises(PermissionDenied):
                        reader(s, actor, doc_id)
    with office.db.session() as s:
        refused = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.view_refused")
        ).all()
    assert len(refused) == 2 * 4  # the administrator holds every role, not the identity
    assert all(NAME not in repr(e.detail) for e in refused)


def test_a_complaint_receipt_stays_readable_by_every_reading_role(office: Office) -> None:
    with office.db.session() as s:
        saved = save_visit(s, office.officer, visit())
        doc = documents.issue_document(
            s, office.officer, "tcd.receipt", samples.receipt(), reception_id=saved.reception_id
        ).id
    for who, actor in _readers(office).items():
        with office.db.session() as s:
            assert documents.document_bytes(s, actor, doc).startswith(b"%PDF"), who
