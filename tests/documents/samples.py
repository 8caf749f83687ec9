"""Sample data for every printed form (one module per document family; this one gathers them)."""

from __future__ import annotations

from tests.documents.sample_complaints import complaint_acceptance, complaint_decision, suspension
from tests.documents.sample_denunciations import (
    acceptance_decision,
    denounced_notice,
    denunciation_acceptance,
    extension,
    police_transfer,
    public_conclusion,
)
from tests.documents.sample_letters import (
    authorisation,
    complaint_letter,
    withdrawal_letter,
    withdrawal_record,
)
from tests.documents.sample_minutes import minutes
from tests.documents.sample_parties import (
    AFTER_SWITCH,
    CHAIRMAN,
    CITIZEN,
    DAY,
    DENOUNCED,
    DENOUNCER,
    FEB_DAY,
    HEAD,
    ISSUER,
    ITEMS,
    OFFICER,
    PROVINCE,
    SUBJECT,
    VN,
)
from tests.documents.sample_reception import (
    appointment,
    guidance,
    outcome,
    receipt,
    refusal,
    transfer,
    verbal_record,
)
from tests.documents.sample_verification import (
    expert_request,
    proposal,
    reminder,
    verification_decision,
    verification_report,
    work_minutes,
)

__all__ = [
    "AFTER_SWITCH",
    "CHAIRMAN",
    "CITIZEN",
    "DAY",
    "DENOUNCED",
    "DENOUNCER",
    "FEB_DAY",
    "HEAD",
    "ISSUER",
    "ITEMS",
    "OFFICER",
    "PROVINCE",
    "SUBJECT",
    "VN",
    "acceptance_decision",
    "appointment",
    "authorisation",
    "complaint_acceptance",
    "complaint_decision",
    "complaint_letter",
    "denounced_notice",
    "denunciation_acceptance",
    "expert_request",
    "extension",
    "guidance",
    "minutes",
    "outcome",
    "police_transfer",
    "proposal",
    "public_conclusion",
    "receipt",
    "refusal",
    "reminder",
    "suspension",
    "transfer",
    "verbal_record",
    "verification_decision",
    "verification_report",
    "withdrawal_letter",
    "withdrawal_record",
    "work_minutes",
]
