"""Form code → (form version in force on a date, renderer).

``render("tcd.receipt", data)`` picks the version of the form in force on the document's
own date (``data.issued_on``, or ``on`` when given), checks that ``data`` is the right kind
of dataclass for that code, and returns the PDF with the facts the caller stores.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from tcd_desktop.documents.forms.appointment import AppointmentSlipData, render_appointment_slip
from tcd_desktop.documents.forms.citizen_forms import (
    AuthorisationData,
    ComplaintLetterData,
    WithdrawalLetterData,
    WithdrawalRecordData,
    render_authorisation,
    render_complaint_letter,
    render_withdrawal_letter,
    render_withdrawal_record,
)
from tcd_desktop.documents.forms.complaint_acceptance import (
    ComplaintAcceptanceData,
    render_complaint_acceptance,
)
from tcd_desktop.documents.forms.complaint_decision import (
    ComplaintDecisionData,
    render_complaint_decision,
)
from tcd_desktop.documents.forms.denunciation_acceptance import (
    DenunciationAcceptanceData,
    render_denunciation_acceptance,
)
from tcd_desktop.documents.forms.denunciation_conclusion import (
    PublicConclusionData,
    render_public_conclusion,
)
from tcd_desktop.documents.forms.denunciation_extension import (
    ExtensionDecisionData,
    render_extension_decision,
)
from tcd_desktop.documents.forms.denunciation_notices import (
    DenouncedNoticeData,
    DenunciationAcceptanceDecisionData,
    render_acceptance_decision,
    render_denounced_notice,
)
from tcd_desktop.documents.forms.dialogue_invitation import (
    DialogueInvitationData,
    render_dialogue_invitation,
)
from tcd_desktop.documents.forms.dialogue_minutes import (
    DialogueMinutesData,
    render_dialogue_minutes,
)
from tcd_desktop.documents.forms.guidance_slip import GuidanceSlipData, render_guidance_slip
from tcd_desktop.documents.forms.petition_outcome import (
    CODES as OUTCOME_CODES,
)
from tcd_desktop.documents.forms.petition_outcome import (
    PetitionOutcomeData,
    render_petition_outcome,
)
from tcd_desktop.documents.forms.police_transfer import (
    PoliceTransferData,
    render_police_transfer,
)
from tcd_desktop.documents.forms.processing_more import (
    AcceptanceProposalData,
    ReminderData,
    render_acceptance_proposal,
    render_reminder,
)
from tcd_desktop.documents.forms.receipt import ReceiptData, render_receipt
from tcd_desktop.documents.forms.refusal import RefusalNoticeData, render_refusal_notice
from tcd_desktop.documents.forms.suspension import (
    SuspensionDecisionData,
    render_suspension_decision,
)
from tcd_desktop.documents.forms.transfer_slip import TransferSlipData, render_transfer_slip
from tcd_desktop.documents.forms.verbal_record import VerbalRecordData, render_verbal_record
from tcd_desktop.documents.forms.verification import (
    DECISION_CODES,
    REPORT_CODES,
    RESULT_CODE,
    VerificationDecisionData,
    VerificationReportData,
    render_verification_decision,
    render_verification_report,
)
from tcd_desktop.documents.forms.verification_work import (
    EXPERT_CODE,
    MINUTES_CODE,
    ExpertRequestData,
    WorkMinutesData,
    render_expert_request,
    render_work_minutes,
)
from tcd_desktop.documents.versions import FormVersion, version_on
from tcd_desktop.domain.enums import PetitionKind

Renderer = Callable[[Any, FormVersion | None], bytes]


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered PDF and what to record about it."""

    pdf: bytes
    form_code: str
    form_version: str
    legal_basis: str
    form_reference: str
    number: str
    issued_on: dt.date
    sealed_identity: bool
    """The document names a denouncer: only the people allowed to see it may open it."""
    redacted: bool
    """A published version from which the denouncer's identity has been removed."""

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the PDF bytes."""
        return hashlib.sha256(self.pdf).hexdigest()


@dataclass(frozen=True)
class FormEntry:
    """How one form code is rendered."""

    code: str
    data_type: type
    renderer: Renderer
    data_code: Callable[[Any], str] | None = None
    """For dataclasses shared by several codes: the code ``data`` belongs to."""
    names_denouncer: Callable[[Any], bool] = lambda _data: False


def _kind_is_denunciation(attr: str) -> Callable[[Any], bool]:
    return lambda data: getattr(data, attr) is PetitionKind.DENUNCIATION


def _entries() -> list[FormEntry]:
    outcome = [
        FormEntry(
            code,
            PetitionOutcomeData,
            render_petition_outcome,
            lambda d: OUTCOME_CODES[d.outcome],
            _kind_is_denunciation("petition_kind"),
        )
        for code in OUTCOME_CODES.values()
    ]
    suspension = [
        FormEntry(code, SuspensionDecisionData, render_suspension_decision, lambda d: d.code)
        for code in ("kn.suspension", "kn.resumption", "tc.suspension", "tc.resumption")
    ]
    acceptance = [
        FormEntry(code, ComplaintAcceptanceData, render_complaint_acceptance, lambda d: d.code)
        for code in ("kn.acceptance", "kn.non_acceptance")
    ]
    return [
        FormEntry(
            "tcd.receipt",
            ReceiptData,
            render_receipt,
            names_denouncer=_kind_is_denunciation("petition_kind"),
        ),
        FormEntry(
            "tcd.refusal",
            RefusalNoticeData,
            render_refusal_notice,
            names_denouncer=_kind_is_denunciation("petition_kind"),
        ),
        FormEntry(
            "tcd.guidance",
            GuidanceSlipData,
            render_guidance_slip,
            names_denouncer=_kind_is_denunciation("petition_kind"),
        ),
        FormEntry(
            "tcd.appointment",
            AppointmentSlipData,
            render_appointment_slip,
            names_denouncer=_kind_is_denunciation("petition_kind"),
        ),
        FormEntry(
            "tcd.record",
            VerbalRecordData,
            render_verbal_record,
            names_denouncer=_kind_is_denunciation("petition_kind"),
        ),
        FormEntry(
            "xld.transfer",
            TransferSlipData,
            render_transfer_slip,
            names_denouncer=_kind_is_denunciation("petition_kind"),
        ),
        *outcome,
        FormEntry(
            "xld.proposal",
            AcceptanceProposalData,
            render_acceptance_proposal,
            names_denouncer=_kind_is_denunciation("petition_kind"),
        ),
        FormEntry("xld.reminder", ReminderData, render_reminder),
        *acceptance,
        FormEntry("kn.decision", ComplaintDecisionData, render_complaint_decision),
        FormEntry("kn.dialogue_invitation", DialogueInvitationData, render_dialogue_invitation),
        FormEntry("kn.dialogue_minutes", DialogueMinutesData, render_dialogue_minutes),
        *suspension,
        FormEntry("tc.extension", ExtensionDecisionData, render_extension_decision),
        FormEntry(
            "tc.acceptance_notice",
            DenunciationAcceptanceData,
            render_denunciation_acceptance,
            names_denouncer=lambda _d: True,
        ),
        *[
            FormEntry(code, PublicConclusionData, render_public_conclusion, lambda d: d.code)
            for code in ("tc.conclusion", "tc.conclusion_public")
        ],
        FormEntry("tc.police_transfer", PoliceTransferData, render_police_transfer),
        FormEntry(
            "tc.acceptance_decision",
            DenunciationAcceptanceDecisionData,
            render_acceptance_decision,
        ),
        FormEntry("tc.denounced_notice", DenouncedNoticeData, render_denounced_notice),
        *[
            FormEntry(c, VerificationDecisionData, render_verification_decision, lambda d: d.code)
            for c in DECISION_CODES.values()
        ],
        *[
            FormEntry(c, VerificationReportData, render_verification_report, lambda d: d.code)
            for c in (*REPORT_CODES.values(), RESULT_CODE)
        ],
        FormEntry(MINUTES_CODE, WorkMinutesData, render_work_minutes),
        FormEntry("kn.petition", ComplaintLetterData, render_complaint_letter),
        FormEntry("kn.authorisation", AuthorisationData, render_authorisation),
        FormEntry(
            "tc.withdrawal",
            WithdrawalLetterData,
            render_withdrawal_letter,
            names_denouncer=lambda _d: True,
        ),
        FormEntry(
            "tc.withdrawal_record",
            WithdrawalRecordData,
            render_withdrawal_record,
            names_denouncer=lambda _d: True,
        ),
        FormEntry(EXPERT_CODE, ExpertRequestData, render_expert_request),
    ]


REGISTRY: MappingProxyType[str, FormEntry] = MappingProxyType({e.code: e for e in _entries()})


def renderable_codes() -> tuple[str, ...]:
    """Every form code that has a renderer."""
    return tuple(sorted(REGISTRY))


def entry(form_code: str) -> FormEntry:
    """The registry entry of ``form_code`` (``KeyError`` with a Vietnamese message)."""
    try:
        return REGISTRY[form_code]
    except KeyError:
        raise KeyError(f"Chưa có mẫu in cho mã {form_code!r}") from None


def check_data(form_code: str, data: Any) -> FormEntry:
    """The entry of ``form_code`` after checking that ``data`` fits it (``TypeError`` if not)."""
    e = entry(form_code)
    if not isinstance(data, e.data_type):
        raise TypeError(f"Mẫu {form_code} cần {e.data_type.__name__}, nhận {type(data).__name__}")
    if e.data_code is not None and e.data_code(data) != form_code:
        raise TypeError(f"Dữ liệu này thuộc mẫu {e.data_code(data)}, không phải {form_code}")
    return e


def render(form_code: str, data: Any, on: dt.date | None = None) -> RenderedDocument:
    """Render ``data`` with the version of ``form_code`` in force on ``on`` (default: its date)."""
    e = check_data(form_code, data)
    issued_on: dt.date = data.issued_on
    version = version_on(form_code, on or issued_on)
    pdf = e.renderer(data, version)
    return RenderedDocument(
        pdf=pdf,
        form_code=form_code,
        form_version=version.version,
        legal_basis=version.legal_basis,
        form_reference=version.form_reference,
        number=data.number,
        issued_on=issued_on,
        sealed_identity=version.sealed_identity or e.names_denouncer(data),
        redacted=version.redacted,
    )
