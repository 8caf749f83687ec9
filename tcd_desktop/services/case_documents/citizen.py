"""Citizen letters and the withdrawal documents, from the records.

- Đơn khiếu nại / Giấy ủy quyền (NĐ 124/2020 Mẫu 01/02) and Đơn rút tố cáo (NĐ 31/2019
  Mẫu 02): :func:`blank_letter` prints the empty form (nothing stored);
  :func:`issue_citizen_letter` pre-fills it from a citizen's record for someone who cannot
  write and stores it with its hash.
- On a denunciation case, the withdrawal letter and the record of a withdrawal (Mẫu 02/03)
  are built from the «Rút toàn bộ» / «Rút một phần nội dung» step (see ``CITIZEN_BUILDERS``);
  they name the denouncer and are sealed like the file.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from tcd_desktop.documents.fields import Official
from tcd_desktop.documents.forms.citizen_forms import (
    AuthorisationData,
    ComplaintLetterData,
    WithdrawalLetterData,
    WithdrawalRecordData,
)
from tcd_desktop.documents.registry import render
from tcd_desktop.documents.styles import PLACEHOLDER
from tcd_desktop.documents.versions import FormNotInForce
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.case_documents.facts import RecordFacts, person_of
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.documents import (
    ISSUING_ROLES,
    READING_ROLES,
    IssuedDocument,
    issue_document,
)
from tcd_desktop.services.errors import NotFound, StepNotAllowed, ValidationFailed
from tcd_desktop.services.messages import MESSAGES as SERVICE_MESSAGES
from tcd_desktop.services.messages import error_text
from tcd_desktop.store.models import Citizen, User

LETTERS = {
    "kn.petition": lambda on, p: ComplaintLetterData(issued_on=on, complainant=p),
    "kn.authorisation": lambda on, p: AuthorisationData(issued_on=on, principal=p),
    "tc.withdrawal": lambda on, p: WithdrawalLetterData(issued_on=on, denouncer=p),
}
"""Citizen letters: form code → data with the citizen filled in (or blank)."""


def blank_letter_pdf(form_code: str, on: dt.date) -> bytes:
    """The empty form in the version in force ``on`` (no personal data, nothing stored)."""
    if form_code not in LETTERS:
        raise ValidationFailed(
            {"form": f"Không có mẫu đơn trống «{form_code}» (có: {', '.join(LETTERS)})."}
        )
    from tcd_desktop.documents.forms.citizen_forms import BLANK

    try:
        return render(form_code, LETTERS[form_code](on, BLANK)).pdf
    except FormNotInForce as exc:
        raise ValidationFailed({"date": error_text(exc)}) from exc


def blank_letter(actor: Actor, form_code: str, on: dt.date | None = None) -> bytes:
    """The empty form to hand to a citizen (PDF bytes, not stored)."""
    require(actor, *READING_ROLES, action="in mẫu đơn trống")
    return blank_letter_pdf(form_code, on or today_vn())


def issue_citizen_letter(
    session: Session, actor: Actor, form_code: str, citizen_id: uuid.UUID, on: dt.date | None = None
) -> IssuedDocument:
    """The form pre-filled with the citizen's name, identity paper and address, stored."""
    require(actor, *ISSUING_ROLES, action="lập đơn giúp công dân")
    if form_code not in LETTERS:
        raise ValidationFailed({"form": f"Không có mẫu đơn «{form_code}»."})
    citizen = session.get(Citizen, citizen_id)
    if citizen is None or citizen.deleted_at is not None:
        raise NotFound(SERVICE_MESSAGES("not_found.citizen"))
    if citizen.is_confidential:  # a denouncer: only through the case file's sealed documents
        raise ValidationFailed(
            {"citizen": "Danh tính công dân này được giữ bí mật: lập văn bản từ hồ sơ vụ việc."}
        )
    return issue_document(
        session, actor, form_code, LETTERS[form_code](on or today_vn(), person_of(citizen))
    )


def _withdrawal(facts: RecordFacts) -> tuple[object, list[str]]:
    event = facts.last(Step.WITHDRAWAL, Step.PARTIAL_WITHDRAWAL)
    if event is None:
        raise StepNotAllowed("Vụ việc chưa có bước rút tố cáo (toàn bộ hoặc một phần).")
    case = facts.case
    assert case is not None
    items = event.data.get("contents") or []
    lines = [str(t).strip() for t in items if str(t).strip()] if isinstance(items, list) else []
    if not lines:
        lines = [t.strip() for t in case.summary.splitlines() if t.strip()]
    return event, lines or [PLACEHOLDER]


def withdrawal_letter(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """Đơn rút tố cáo (Mẫu 02) pre-filled from the withdrawal step."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.built import Built

    event, contents = _withdrawal(facts)
    case = facts.case
    assert case is not None
    return Built(
        WithdrawalLetterData(
            issued_on=on or event.occurred_on,
            addressee=facts.body.authority_title,  # type: ignore[attr-defined]
            denouncer=person_of(facts.citizen),
            denounced=facts.respondent or PLACEHOLDER,
            denounced_on=case.received_on,
            contents=tuple(contents),
            reason=event.note,  # type: ignore[attr-defined]
            place=facts.body.issuer.place,
        )
    )


def withdrawal_record(
    session: Session, actor: Actor, facts: RecordFacts, on: dt.date | None
) -> object:
    """Biên bản ghi nhận việc rút tố cáo (Mẫu 03) from the withdrawal step."""
    require(actor, *ISSUING_ROLES, action="lập văn bản")
    from tcd_desktop.services.case_documents.built import Built

    event, contents = _withdrawal(facts)
    user = session.get(User, actor.user_id) if actor.user_id else None
    day = on or event.occurred_on  # type: ignore[attr-defined]
    return Built(
        WithdrawalRecordData(
            issuer=facts.body.issuer,
            started_at=dt.datetime.combine(
                day, dt.time(8, 0), tzinfo=dt.timezone(dt.timedelta(hours=7))
            ),
            location=facts.body.issuer.name,
            officer=Official(
                user.full_name if user else "",
                (user.title or "") if user else "",
                facts.body.issuer.name,
            ),
            denouncer=person_of(facts.citizen),
            denounced=facts.respondent or PLACEHOLDER,
            contents=tuple(contents),
            reason=event.note,  # type: ignore[attr-defined]
        )
    )


CITIZEN_BUILDERS = {"tc.withdrawal": withdrawal_letter, "tc.withdrawal_record": withdrawal_record}
"""Builders added to ``case_documents.forms.BUILDERS``."""
