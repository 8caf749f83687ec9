"""Petition processing (xử lý đơn): the queue and its legal outcomes, for the petitions screen.

:mod:`.queue` lists the petitions, :mod:`.processing` holds the outcomes, :mod:`.clock` the
due dates and :mod:`.t2b` the 45-day clock (NĐ 154/2026 Điều 41), all in the caller's session
(shared with the case services and the command line); :mod:`.operations` the screen's
operations, each in its own transaction. The names below are the package's face.
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
    count_t2b_overdue,
    processing_deadline,
    processing_queue,
)
from tcd_desktop.services.petitions.t2b import overdue_ranges, t2b_deadline

__all__ = [
    "IN_PERSON",
    "OFFICERS",
    "QUEUE_ROLES",
    "PetitionOutcome",
    "QueueRow",
    "accept_petition",
    "count_t2b_overdue",
    "explain_petition_due",
    "extend_initial_check",
    "file_petition",
    "guide_petition",
    "non_acceptance_detail",
    "overdue_ranges",
    "processing_deadline",
    "processing_queue",
    "report_to_lower",
    "return_petition",
    "t2b_deadline",
    "transfer_petition",
]
