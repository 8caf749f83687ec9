"""The free text of a sealed record without the identity of its people (Luật Tố cáo Điều 8
k3, Điều 40 k3, Điều 56), by what the record knows of them: the person-aware redaction of
:mod:`tcd_desktop.domain.redaction` applied to citizen rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from tcd_desktop.domain.redaction import SealedPerson, redact_person
from tcd_desktop.store.models import Citizen

REDACTED = "[đã che]"
"""What replaces a stretch of a sealed identity in the application's texts."""


def sealed_person(citizen: Citizen, relatives: Iterable[str] = ()) -> SealedPerson:
    """What the record knows of ``citizen``, for :func:`redact`."""
    return SealedPerson(
        full_name=citizen.full_name or "",
        address=citizen.address or "",
        commune=citizen.commune or "",
        id_numbers=tuple(v for v in (citizen.id_number,) if v),
        phones=tuple(v for v in (citizen.phone,) if v),
        emails=tuple(v for v in (citizen.email,) if v),
        relatives=tuple(relatives),
    )


def redact(text: str, people: Iterable[Citizen], replacement: str = REDACTED) -> str:
    """``text`` with every trace of ``people`` replaced: each name part with its honorific
    ("bà Ánh"), name runs, IDs and phones in any spacing, addresses, e-mails (case and
    diacritics ignored), and any other run of nine digits or more."""
    return redact_person(text or "", [sealed_person(c) for c in people], replacement)
