"""Plain value types shared by the printed forms: who issues, who signs, who is named.

They are deliberately independent of the ORM: services fill them from whatever rows they
hold, and the renderers only read them. Every text is printed as given (NFC-normalised),
except where a form prints a field in upper case (body names, signer positions).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Issuer:
    """The issuing body (ô 2 of the NĐ 30/2020 layout) and where it sits (ô 4)."""

    name: str
    """Issuing body, e.g. "Ban Tiếp công dân tỉnh" (printed in upper case, bold)."""
    parent: str = ""
    """Directly superior body, e.g. "Ủy ban nhân dân tỉnh Lạng Sơn" (upper case, upright)."""
    abbreviation: str = ""
    """Symbol of the body in document numbers, e.g. "BTCD" in "05/TB-BTCD"."""
    place: str = ""
    """Official name of the administrative unit where the body sits, e.g. "Lạng Sơn"."""

    @property
    def printed_place(self) -> str:
        """ô 4, one rule for every document: the place of the issuing body — the unit its
        own name ends with ("Ủy ban nhân dân xã Hữu Lũng" → "Hữu Lũng"), else its parent's
        ("Sở Tư pháp" under "Ủy ban nhân dân tỉnh Lạng Sơn" → "Lạng Sơn"), else ``place``."""
        return body_place(self.name) or body_place(self.parent) or " ".join(self.place.split())


_UNIT = re.compile(
    r"(?=\b(?:tỉnh|thành phố|thị xã|thị trấn|đặc khu|xã|phường|huyện|quận)\s+([^,;()]+))",
    re.IGNORECASE,
)


def body_place(name: str) -> str:
    """The administrative unit a body's name ends with ("" when it names none): the place
    printed before the date (NĐ 30/2020 Phụ lục I, ô 4)."""
    for found in _UNIT.finditer(" ".join((name or "").split())):
        unit = found.group(1).strip()
        if unit[:1].isupper() or unit[:1].isdigit():  # a proper name ("Xã hội" is not one)
            return unit
    return ""


@dataclass(frozen=True)
class Signer:
    """The signature block of a document issued by a body (ô 7a/7b)."""

    full_name: str
    position: str
    """e.g. "Trưởng ban", "Phó Chủ tịch" (printed in upper case)."""
    authority: str = ""
    """Signing prefix line, e.g. "TM. Ủy ban nhân dân", "KT. Chủ tịch" (upper case)."""


@dataclass(frozen=True)
class Person:
    """A citizen (or an organisation's representative) named in a document."""

    full_name: str
    honorific: str = ""
    """"Ông" or "Bà" (empty: "Ông/Bà" is printed)."""
    id_kind: str = "Căn cước"
    """Identity paper: "Căn cước", "Căn cước công dân", "Hộ chiếu", "Số định danh cá nhân"…"""
    id_number: str = ""
    id_issued_on: dt.date | None = None
    id_issued_by: str = ""
    address: str = ""
    phone: str = ""

    @property
    def salutation(self) -> str:
        """ "Ông", "Bà", or "Ông/Bà" when unknown."""
        return self.honorific or "Ông/Bà"

    @property
    def addressed(self) -> str:
        """ "Ông Đặng Đức Đạt" — the name with its honorific (or "Ông/Bà")."""
        return f"{self.salutation} {self.full_name}"

    @property
    def pronoun(self) -> str:
        """ "ông", "bà" or "ông/bà" as used inside a sentence."""
        return self.salutation.lower()


HONORIFICS = ("Ông", "Bà")


def split_honorific(name: str, honorific: str = "") -> tuple[str, str]:
    """(honorific, bare name): "Ông Nguyễn Văn An" → ("Ông", "Nguyễn Văn An").

    A name typed with its honorific keeps it (and never gets a second one); otherwise
    ``honorific`` is used, and "Ông/Bà" when the person's gender is unknown.
    """
    text = " ".join((name or "").split())
    for word in (*HONORIFICS, "Ông/Bà"):
        if text.lower().startswith(word.lower() + " "):
            return word, text[len(word) + 1 :]
    return (honorific if honorific in HONORIFICS else "Ông/Bà"), text


def line_start(text: str) -> str:
    """``text`` where it begins a printed line ("Kính gửi:", "Nơi nhận" items): its first
    letter in capitals, so a name typed mid-sentence style prints "Ông Vũ …", not "ông Vũ …"."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def honorific_for(gender: str | None) -> str:
    """ "Ông" for "nam", "Bà" for "nu", "" when unknown (the form prints "Ông/Bà")."""
    return {"nam": "Ông", "nu": "Bà"}.get(gender or "", "")


@dataclass(frozen=True)
class Official:
    """A person acting for a body in minutes and receipts (no signature prefix)."""

    full_name: str
    position: str = ""
    organisation: str = ""
    honorific: str = ""
    """"Ông" or "Bà" when known (empty: "Ông/Bà", unless the name starts with one)."""


class ItemCondition(StrEnum):
    """State of a paper handed over at a reception (tình trạng tài liệu)."""

    ORIGINAL = "ban_chinh"
    COPY = "ban_sao"
    CERTIFIED_COPY = "ban_sao_chung_thuc"

    @property
    def label_vi(self) -> str:
        """The wording printed on the receipt."""
        return _CONDITION_LABELS[self]


_CONDITION_LABELS = {
    ItemCondition.ORIGINAL: "Bản chính",
    ItemCondition.COPY: "Bản sao",
    ItemCondition.CERTIFIED_COPY: "Bản sao có chứng thực",
}


@dataclass(frozen=True)
class ReceivedItem:
    """One information item, document or piece of evidence handed over."""

    name: str
    pages: int | None = None
    condition: ItemCondition = ItemCondition.COPY
    note: str = ""


@dataclass(frozen=True)
class ContentRoute:
    """One content of a petition and the body competent for it (hướng dẫn tách đơn)."""

    content: str
    competent_body: str
