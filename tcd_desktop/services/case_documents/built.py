"""What every form builder shares: the built data with its number, the issue day, and
texts with the record's people removed when the record is sealed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tcd_desktop.services.board import today_vn
from tcd_desktop.services.case_documents.facts import RecordFacts
from tcd_desktop.services.identity import redact


@dataclass(frozen=True)
class Built:
    """The data of one form, and its number when it is already fixed."""

    data: Any
    number: str | None = None


def issue_day(facts: RecordFacts, on: dt.date | None) -> dt.date:
    """``on``, else today — never before the case was accepted."""
    case = facts.case
    assert case is not None
    start = case.accepted_on or case.received_on
    return on or max(today_vn(), start)


def masked_text(facts: RecordFacts, text: str) -> str:
    """``text`` without the identifiers of the record's people (when the record is sealed)."""
    return redact(text, facts.people) if facts.sealed else text


def parse_day(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None
