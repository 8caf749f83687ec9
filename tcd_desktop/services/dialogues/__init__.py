"""Dialogues of a complaint: schedule one, record one that was held, its minutes and the
signed scan (:mod:`.core`, :mod:`.minutes`); what a dialogue records (:mod:`.data`)."""

from tcd_desktop.services.dialogues.core import (
    VN_TZ,
    Attendance,
    DialogueMinutesData,
    DialogueRole,
    DialogueScheduled,
    Opinion,
    Participant,
    SignatureBlock,
    SignatureRefusal,
    local,
    participant_of,
    record_dialogue,
    schedule_dialogue,
)
from tcd_desktop.services.dialogues.minutes import (
    attach_signed_minutes,
    dialogue_minutes_data,
    dialogues_of_case,
    set_minutes_document,
)

__all__ = [
    "VN_TZ",
    "Attendance",
    "DialogueMinutesData",
    "DialogueRole",
    "DialogueScheduled",
    "Opinion",
    "Participant",
    "SignatureBlock",
    "SignatureRefusal",
    "attach_signed_minutes",
    "dialogue_minutes_data",
    "dialogues_of_case",
    "local",
    "participant_of",
    "record_dialogue",
    "schedule_dialogue",
    "set_minutes_document",
]
