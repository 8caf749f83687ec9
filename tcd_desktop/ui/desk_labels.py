"""The desk's service texts that are not domain enums, named in the screen's language.

The services keep Vietnamese (the data and command-line language) and give each text a
stable code: the grounds for refusing a citizen (``services/reception/grounds.py``), the
reasons of the repeat check (``services/reception/repeats.py REASONS``) and the phrases of
the register's cells (``services/register/phrases.py``). Here each code has its English
source text; the Vietnamese catalogue translates it back to exactly the service's
Vietnamese (tests/ui/test_english_screens.py holds them equal), so the Vietnamese screens
read as before. A text with no code here shows as the service wrote it. The domain's enums
(kinds, statuses, outcomes…) are named by :mod:`tcd_desktop.ui.labels`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tcd_desktop.domain.enums import CaseStatus, PetitionKind
from tcd_desktop.services.reception.grounds import RefusalGround
from tcd_desktop.services.reception.repeats import REASONS
from tcd_desktop.services.register.phrases import PHRASES, SEPARATOR, TEMPLATES
from tcd_desktop.ui.labels import enum_label, label_of

CONTEXT = "DeskLabels"

#: Grounds for refusing to receive a citizen, by ``RefusalGround.code``.
REFUSAL_GROUNDS: dict[str, str] = {
    "luat9_1": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "A person intoxicated by stimulants, or with a mental or other illness that takes away "
        "their awareness or control of their behaviour",
    ),
    "luat9_2": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "A person who threatens or insults the body, the reception officer or officials on "
        "duty, or otherwise breaks the rules of the reception place",
    ),
    "luat9_3": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "A person who keeps complaining or denouncing about a matter already resolved "
        "lawfully, reviewed and notified in writing, after being received, given "
        "explanations and guided",
    ),
    "luat9_4": QT_TRANSLATE_NOOP(
        "DeskLabels", "Another case provided by law (state the legal basis)"
    ),
    "nd154_weapon": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "Carries weapons, explosives or support tools, or refuses the security check",
    ),
    "nd154_recording": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "Records sound or video, or streams live at the reception place without permission",
    ),
    "nd154_disorder": QT_TRANSLATE_NOOP(
        "DeskLabels", "Incites, draws others in or disturbs order at the reception place"
    ),
    "nd154_no_capacity": QT_TRANSLATE_NOOP(
        "DeskLabels", "A person without full civil capacity and with no lawful representative"
    ),
    "nd154_no_mandate": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "A representative or authorised person who cannot show papers proving their standing",
    ),
    "nd154_not_petition": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "What is presented is not a complaint, denunciation, recommendation or feedback",
    ),
    "nd154_answered": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "The recommendation or feedback was already answered, with no new information or facts",
    ),
    "nd154_court": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "The matter was settled by a court judgment or decision in legal effect",
    ),
    "nd154_other_body": QT_TRANSLATE_NOOP(
        "DeskLabels", "The matter is being accepted and resolved by another competent body"
    ),
}

#: Reasons of the repeat check, by code of ``REASONS`` (``{share}``: "62%").
REPEAT_REASONS: dict[str, str] = {
    "same_citizen": QT_TRANSLATE_NOOP("DeskLabels", "Same citizen already in the database"),
    "same_id_number": QT_TRANSLATE_NOOP("DeskLabels", "Same identity document number"),
    "same_name_address": QT_TRANSLATE_NOOP("DeskLabels", "Same full name and address"),
    "similar_content": QT_TRANSLATE_NOOP(
        "DeskLabels",
        "Similar content ({share} of words in common) against the same person complained "
        "against or denounced",
    ),
}

#: Phrases of the register's cells, by code of ``PHRASES`` and ``TEMPLATES``.
REGISTER_PHRASES: dict[str, str] = {
    "sealed_name": QT_TRANSLATE_NOOP("DeskLabels", "Denouncer (kept confidential)"),
    "sealed_id": QT_TRANSLATE_NOOP("DeskLabels", "(kept confidential)"),
    "refused": QT_TRANSLATE_NOOP("DeskLabels", "Citizen refused reception"),
    "repeat": QT_TRANSLATE_NOOP("DeskLabels", "Duplicate or repeated petition"),
    "mass": QT_TRANSLATE_NOOP("DeskLabels", "Group of many people"),
    "explained": QT_TRANSLATE_NOOP(
        "DeskLabels", "Explained; asked to comply with the resolution's result"
    ),
    "case_decision": QT_TRANSLATE_NOOP(
        "DeskLabels", "Case {code}: {status}, decision no. {number}"
    ),
    "case": QT_TRANSLATE_NOOP("DeskLabels", "Case {code}: {status}"),
    "petition_due": QT_TRANSLATE_NOOP("DeskLabels", "{status}, processing due {due}"),
    "refused_under": QT_TRANSLATE_NOOP("DeskLabels", "Reception refused under {ground}"),
    "handled_at": QT_TRANSLATE_NOOP("DeskLabels", "{body} (document no. {number})"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def refusal_ground_label(ground: RefusalGround) -> str:
    """A refusal ground in the screen's language (its ``text_vi`` when not listed)."""
    source = REFUSAL_GROUNDS.get(ground.code)
    return ground.text_vi if source is None else _tr(source)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """A template as a whole-text pattern, one named group per ``{name}``."""
    parts = re.split(r"(\{\w+\})", template)
    return re.compile(
        "".join(
            f"(?P<{p[1:-1]}>.+?)" if re.fullmatch(r"\{\w+\}", p) else re.escape(p) for p in parts
        )
    )


def _fill(source: str, values: dict[str, str]) -> str:
    text = _tr(source)
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def _status(text: str) -> str | None:
    """A case or petition status label in the screen's language (None: not a status)."""
    try:
        return enum_label(CaseStatus.from_label_vi(text))
    except ValueError:
        return None


def repeat_reason(text: str) -> str:
    """One reason of the repeat check in the screen's language."""
    for code, vietnamese in REASONS.items():
        match = _pattern(vietnamese).fullmatch(text)
        if match and code in REPEAT_REASONS:
            return _fill(REPEAT_REASONS[code], match.groupdict())
    return text


def _register_part(text: str) -> str:
    for code, vietnamese in PHRASES.items():
        if text == vietnamese and code in REGISTER_PHRASES:
            return _tr(REGISTER_PHRASES[code])
    if (status := _status(text)) is not None:
        return status
    for code, template in TEMPLATES.items():
        match = _pattern(template).fullmatch(text)
        if not match or code not in REGISTER_PHRASES:
            continue
        values = match.groupdict()
        if "status" in values:
            status = _status(values["status"])
            if status is None:
                continue
            values["status"] = status
        return _fill(REGISTER_PHRASES[code], values)
    return text


def register_text(cell: str) -> str:
    """A register cell in the screen's language: each known phrase named, data as written."""
    if not cell:
        return cell
    return SEPARATOR.join(_register_part(part) for part in cell.split(SEPARATOR))


def kinds_text(kinds: Iterable[str]) -> str:
    """Petition kinds (codes) as the register's column 6 lists them."""
    return SEPARATOR.join(label_of(PetitionKind, k) for k in kinds)


__all__ = [
    "REFUSAL_GROUNDS",
    "REGISTER_PHRASES",
    "REPEAT_REASONS",
    "kinds_text",
    "refusal_ground_label",
    "register_text",
    "repeat_reason",
]
