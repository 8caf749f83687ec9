"""Checks of a withdrawal (rút khiếu nại, rút tố cáo).

* The request is in writing, or recorded in minutes when made in person (Luật Khiếu nại
  Điều 10; Luật Tố cáo Điều 33 k1; NĐ 31/2019 Mẫu 02, 03).
* In a mass complaint each signatory withdraws for themself; the complaint continues for the
  others and ends only when everyone has withdrawn (NĐ 124/2020 Điều 7a, NĐ 155/2026).
* A denunciation is still resolved when one of the cases of Luật Tố cáo Điều 33 k3 applies;
  the officer must have checked them before the case may end.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.complaint_rules import WithdrawalCheck, WithdrawalForm
from tcd_desktop.domain.messages import Listed
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.cases.core import EventRow
from tcd_desktop.services.cases.messages import MESSAGES as CASE_MESSAGES
from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.store.models import Case, Petition


def check_withdrawal_form(form: str) -> WithdrawalForm:
    """The form of the request, or a refusal naming what the law asks for."""
    if form not in WithdrawalForm._value2member_map_:
        raise ValidationFailed({"form": CASE_MESSAGES("withdrawal.form_missing")})
    return WithdrawalForm(form)


def check_k3(checks: Sequence[str] | None, continue_reason: str) -> list[WithdrawalCheck]:
    """The Điều 33 k3 grounds found; refused when the checks were not made at all."""
    if checks is None:
        if continue_reason:
            return []
        raise StepNotAllowed(
            CASE_MESSAGES("withdrawal.checks_missing", checks=Listed(WithdrawalCheck, "; "))
        )
    unknown = set(checks) - set(WithdrawalCheck._value2member_map_)
    if unknown:
        raise ValidationFailed(
            {
                "checks": CASE_MESSAGES(
                    "withdrawal.checks_unknown", checks=", ".join(sorted(unknown))
                )
            }
        )
    return [c for c in WithdrawalCheck if c.value in set(checks)]


def _mass_remaining(session: Session, case: Case, events: list[EventRow], withdrawing: str) -> int:
    """Signatories still complaining after ``withdrawing`` withdraws (refused if unnamed or
    already withdrawn)."""
    name = withdrawing.strip()
    if not name:
        raise ValidationFailed({"withdrawing": CASE_MESSAGES("withdrawal.who_missing")})
    earlier = [
        str(e.data.get("withdrawing", "")).strip().casefold()
        for e in events
        if e.kind == Step.WITHDRAWAL
    ]
    if name.casefold() in earlier:
        raise StepNotAllowed(CASE_MESSAGES("withdrawal.already", name=name))
    signatories = 1
    if case.petition_id is not None:
        signatories = (
            session.scalar(select(Petition.signatory_count).where(Petition.id == case.petition_id))
            or 1
        )
    return max(0, signatories - len(earlier) - 1)
