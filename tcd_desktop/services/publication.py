"""The officer reads the public version before it is issued (Luật Tố cáo Điều 40 k3, Điều 56).

A published document about a denunciation (the public conclusion, Mẫu 12) is redacted by
the record's knowledge of the denouncer (:mod:`tcd_desktop.documents.redaction`).  Before
it is issued the officer sees the exact redacted text (:func:`preview_public_version`) and
confirms it; the confirmation carries the digest of what was shown, and
``generate_case_document`` refuses a public version whose digest was not confirmed — so a
text changed after the preview (a new step note, a corrected summary) is shown again.
The confirmation is audited with the digest.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from tcd_desktop.documents.redaction import REDACTED, redact_dataclass
from tcd_desktop.services.context import Actor, require, require_signed_in
from tcd_desktop.services.errors import StepNotAllowed
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.store.audit import append_audit

SERVICE_REDACTED = "[đã che]"
"""The mark :func:`services.identity.redact` leaves (the record's texts come redacted)."""
#: forms published or sent outside the record: issued only after a confirmed preview
PREVIEWED_FORMS = frozenset({"tc.conclusion_public"})
_NOT_SHOWN = ("issuer", "signer", "sealed_terms", "issued_on", "number")
_LABELS = {
    "denounced": "Người bị tố cáo",
    "acceptance_decision": "Quyết định thụ lý",
    "resolver": "Người giải quyết tố cáo",
    "verification_report": "Báo cáo kết quả xác minh",
    "legal_grounds": "Căn cứ pháp luật",
    "handling": "Biện pháp xử lý",
    "recommendations": "Kiến nghị",
    "recipients": "Nơi nhận",
    "content": "Nội dung tố cáo",
    "verification": "Kết quả xác minh",
    "responsibility": "Trách nhiệm",
    "finding": "Kết luận",
}
NOT_CONFIRMED = OFFICE("publication.not_confirmed")


@dataclass(frozen=True)
class PublicationPreview:
    """The exact texts a public version will print, after redaction, and their digest."""

    case_id: uuid.UUID
    form_code: str
    texts: tuple[tuple[str, str], ...]
    """(Vietnamese label, redacted text), in the order of the document."""
    digest: str
    redactions: int
    """How many stretches were replaced (0: the text named nobody it knows of)."""

    def as_text(self) -> str:
        """All the texts, one labelled paragraph each."""
        return "\n\n".join(f"{label}:\n{text}" for label, text in self.texts)


def public_data(data: Any) -> Any:
    """``data`` as the form prints it: every text field stripped of the sealed identity."""
    terms = getattr(data, "sealed_terms", ())
    return redact_dataclass(data, terms, skip=_NOT_SHOWN)


def _texts(value: Any, label: str, out: list[tuple[str, str]]) -> None:
    if isinstance(value, Enum):
        out.append((_LABELS["finding"], str(getattr(value, "label_vi", value.value))))
    elif isinstance(value, str):
        if value.strip():
            out.append((label, value))
    elif isinstance(value, tuple):
        for n, item in enumerate(value, start=1):
            _texts(item, f"{label} ({n})" if len(value) > 1 else label, out)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name not in _NOT_SHOWN:
                _texts(getattr(value, f.name), _LABELS.get(f.name, label or f.name), out)


def digest_of(data: Any) -> str:
    """The digest of the public texts of ``data`` (what the officer confirms)."""
    texts: list[tuple[str, str]] = []
    _texts(public_data(data), "", texts)
    payload = json.dumps(texts, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def build_preview(case_id: uuid.UUID, form_code: str, data: Any) -> PublicationPreview:
    """The preview of ``data`` (the form's dataclass as built from the record)."""
    texts: list[tuple[str, str]] = []
    _texts(public_data(data), "", texts)
    count = sum(text.count(REDACTED) + text.count(SERVICE_REDACTED) for _, text in texts)
    return PublicationPreview(case_id, form_code, tuple(texts), digest_of(data), count)


def require_confirmed(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    form_code: str,
    data: Any,
    confirmed: str | None,
) -> None:
    """Refuse (``StepNotAllowed``) unless ``confirmed`` is the digest of ``data``'s public
    texts; on success the confirmation is audited in the caller's transaction."""
    require_signed_in(actor, "xác nhận bản xem trước")
    if form_code not in PREVIEWED_FORMS:
        return
    digest = digest_of(data)
    if confirmed != digest:
        raise StepNotAllowed(NOT_CONFIRMED)
    append_audit(
        session,
        "document.public_preview_confirmed",
        entity="case",
        entity_id=case_id,
        user_id=actor.user_id,
        origin_desk=actor.desk_code,
        detail={"form_code": form_code, "digest": digest},
    )


def preview_public_version(
    session: Session, actor: Actor, case_id: uuid.UUID, form_code: str = "tc.conclusion_public"
) -> PublicationPreview:
    """What the public version of ``form_code`` will print, redacted, for the officer to
    confirm before :func:`generate_case_document` issues it."""
    from tcd_desktop.services.case_documents import ISSUING_ROLES, build_case_form

    require(actor, *ISSUING_ROLES, action="xem trước bản công khai")
    return build_preview(case_id, form_code, build_case_form(session, actor, case_id, form_code))
