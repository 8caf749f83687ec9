"""Form versions as data: which official form (code, number, legal basis) is in force on a date.

The files ``resources/forms/*.json`` list each printed form under a stable code (e.g.
``tcd.receipt``) with its versions: the instrument that issued the form, the form number,
the printed title, the "Căn cứ" lines of decisions, and the validity period. The 2026
decrees (NĐ 154/2026, 155/2026, 156/2026) replaced several forms from 01/7/2026; a document
uses the version in force on its own date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from tcd_desktop.config.resources import resource_path

FORMS_DIR = ("forms",)
UNCONFIRMED_MARK = "chưa đối chiếu Công báo"
"""Printed after the form reference of a version still flagged ``unconfirmed``."""


class FormNotInForce(LookupError):
    """No version of the form is in force on the requested date (message in Vietnamese)."""


@dataclass(frozen=True)
class FormVersion:
    """One version of a printed form."""

    code: str
    version: str
    name_vi: str
    doc_type: str
    """Document-type symbol of the number ("TB", "QĐ", "BB", "PC"…; "" for receipts)."""
    numbering: str
    """"symbol" (05/TB-BTCD), "desk" (desk series LS-01-2026-000123) or "none"."""
    title: str
    subtitle: str
    form_number: str
    """"Mẫu số 01/TCD"; empty when no official form exists (a reference template is used)."""
    instrument: str
    """The instrument the form belongs to, e.g. "Nghị định số 154/2026/NĐ-CP"."""
    legal_basis: str
    valid_from: dt.date
    valid_to: dt.date | None
    bases: tuple[str, ...] = ()
    unconfirmed: str = ""
    sealed_identity: bool = False
    """The document names a denouncer (only for the people allowed to see it)."""
    redacted: bool = False
    """The document is a published version that must never name the denouncer."""
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def in_force(self, on: dt.date) -> bool:
        """True when ``on`` lies in [valid_from, valid_to] (both inclusive)."""
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    @property
    def form_reference(self) -> str:
        """The reference printed on the document, e.g. "Mẫu số 02/TCD ban hành kèm theo …".

        A numbered form whose version is still flagged ``unconfirmed`` (number, content or
        dates not checked against the Công báo, LAW.md §11) says so in the reference itself,
        so the flag is seen wherever the document is made, previewed or printed; confirming
        the version in ``resources/forms`` (dropping ``unconfirmed``) removes the mark.  A
        reference template ("Mẫu tham khảo") already claims no official number.
        """
        if self.form_number:
            reference = f"{self.form_number} ban hành kèm theo {self.instrument}"
            return f"{reference} ({UNCONFIRMED_MARK})" if self.unconfirmed else reference
        return f"Mẫu tham khảo áp dụng theo {self.instrument}"

    @property
    def reference_unconfirmed(self) -> str:
        """Why the printed form number is not checked yet ("" when it prints no mark).

        The ``unconfirmed`` note of a numbered version — the versions whose reference carries
        "(chưa đối chiếu Công báo)" — so a screen offering the form can say so before the
        document is issued.  A reference template claims no number: "".
        """
        return self.unconfirmed if self.form_number else ""


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _parse(form: Mapping[str, Any], raw: Mapping[str, Any]) -> FormVersion:
    def pick(key: str, default: Any = "") -> Any:
        return raw.get(key, form.get(key, default))

    valid_from = _date(raw["valid_from"])
    if valid_from is None:
        raise ValueError(f"{form['code']} {raw.get('version')}: thiếu valid_from")
    return FormVersion(
        code=form["code"],
        version=raw["version"],
        name_vi=pick("name_vi"),
        doc_type=pick("doc_type"),
        numbering=pick("numbering", "symbol"),
        title=pick("title"),
        subtitle=pick("subtitle"),
        form_number=raw.get("form_number", ""),
        instrument=raw["instrument"],
        legal_basis=raw["legal_basis"],
        valid_from=valid_from,
        valid_to=_date(raw.get("valid_to")),
        bases=tuple(pick("bases", ())),
        unconfirmed=raw.get("unconfirmed", ""),
        sealed_identity=bool(pick("sealed_identity", False)),
        redacted=bool(pick("redacted", False)),
        params=MappingProxyType(dict(pick("params", {}))),
    )


def _check_no_overlap(code: str, versions: list[FormVersion]) -> None:
    ordered = sorted(versions, key=lambda v: v.valid_from)
    for earlier, later in itertools.pairwise(ordered):
        if earlier.valid_to is None or earlier.valid_to >= later.valid_from:
            raise ValueError(f"{code}: {earlier.version} và {later.version} có hiệu lực chồng nhau")


@cache
def catalogue() -> Mapping[str, tuple[FormVersion, ...]]:
    """Every form code with its versions (oldest first), read once from ``resources/forms``."""
    found: dict[str, list[FormVersion]] = {}
    folder = resource_path(*FORMS_DIR)
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for form in data["forms"]:
            if form["code"] in found:
                raise ValueError(f"{path.name}: mã mẫu {form['code']} bị khai báo hai lần")
            found[form["code"]] = [_parse(form, raw) for raw in form["versions"]]
    for code, versions in found.items():
        _check_no_overlap(code, versions)
    return MappingProxyType(
        {code: tuple(sorted(v, key=lambda x: x.valid_from)) for code, v in found.items()}
    )


def form_codes() -> tuple[str, ...]:
    """All known form codes."""
    return tuple(sorted(catalogue()))


def versions_of(code: str) -> tuple[FormVersion, ...]:
    """All versions of ``code``, oldest first (``KeyError`` for an unknown code)."""
    try:
        return catalogue()[code]
    except KeyError:
        raise KeyError(f"Không có mẫu văn bản mã {code!r}") from None


def version_on(code: str, on: dt.date) -> FormVersion:
    """The version of ``code`` in force on ``on``; raises :class:`FormNotInForce` if none."""
    for version in versions_of(code):
        if version.in_force(on):
            return version
    raise FormNotInForce(f"Không có phiên bản mẫu {code} có hiệu lực vào ngày {on:%d/%m/%Y}.")


def find_version(code: str, version: str) -> FormVersion | None:
    """The version named ``version`` of ``code`` (as stored on a document), or None."""
    return next((v for v in catalogue().get(code, ()) if v.version == version), None)


def unconfirmed_note(code: str, on: dt.date) -> str:
    """Why the form number ``code`` prints on ``on`` is not checked against the Công báo.

    The ``unconfirmed`` note of the numbered version in force (what makes its printed
    reference say "(chưa đối chiếu Công báo)"); "" when it prints no mark or no version is in
    force.  Services hand it to the screens that offer the form, before it is issued.
    """
    try:
        return version_on(code, on).reference_unconfirmed
    except (FormNotInForce, KeyError):
        return ""
