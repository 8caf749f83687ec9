"""Petition processing (xử lý đơn): the queue and its legal outcomes, for the petitions screen.

:mod:`.queue` lists the petitions, :mod:`.processing` holds the outcomes and :mod:`.clock`
the due dates (in the caller's session, shared with the case services and the command line);
:mod:`.operations` the screen's operations, each in its own transaction. The names below are
the package's face.
"""

from tcd_desktop.services.petitions.clock import explain_petition_due, extend_initial_check
from tcd_desktop.services.petitions.processing import (
    OFFICERS,
    PetitionOutcome,
    accept_petition,
    file_petition,
    guide_petition,
    non_acceptance_detail,
    report_to_lower,
    return_petition,
    transfer_petition,
)
from tcd_desktop.services.petitions.queue import (
    IN_PERSON,
    QUEUE_ROLES,
    QueueRow,
    processing_deadline,
    processing_queue,
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
