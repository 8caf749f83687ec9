"""Petition processing (xử lý đơn): the queue and its legal outcomes, for the petitions screen.

:mod:`.processing` holds the steps (in the caller's session, shared with the case services
and the command line); :mod:`.operations` the screen's operations, each in its own
transaction. The names below are the package's face.
"""

from tcd_desktop.services.petitions.processing import (
    IN_PERSON,
    OFFICERS,
    QUEUE_ROLES,
    PetitionOutcome,
    QueueRow,
    accept_petition,
    explain_petition_due,
    extend_initial_check,
    file_petition,
    guide_petition,
    non_acceptance_detail,
    processing_deadline,
    processing_queue,
    report_to_lower,
    return_petition,
    transfer_petition,
)

__all__ = [
    "IN_PERSON",
    "OFFICERS",
    "QUEUE_ROLES",
    "PetitionOutcome",
    "QueueRow",
    "accept_petition",
    "explain_petition_due",
    "extend_initial_check",
    "file_petition",
    "guide_petition",
    "non_acceptance_detail",
    "processing_deadline",
    "processing_queue",
    "report_to_lower",
    "return_petition",
    "transfer_petition",
]
