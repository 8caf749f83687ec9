"""Names of the domain's coded values (petition kinds, case statuses, roles…) on screen.

The domain keeps each value's Vietnamese label (``label_vi``: printed on documents, the
same whatever the screen language). The screen shows the English name below through
``QCoreApplication.translate("EnumLabels", …)``; the Vietnamese catalogue translates each
one back to exactly its ``label_vi`` (a test holds them equal). A value missing here shows
its ``label_vi``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tcd_desktop.domain.enums import LabelledEnum

#: (enum class name, value) -> English source text.
ENGLISH: dict[tuple[str, str], str] = {
    ("PetitionKind", "khieu_nai"): QT_TRANSLATE_NOOP("EnumLabels", "Complaint"),
    ("PetitionKind", "to_cao"): QT_TRANSLATE_NOOP("EnumLabels", "Denunciation"),
    ("PetitionKind", "kien_nghi"): QT_TRANSLATE_NOOP("EnumLabels", "Recommendation"),
    ("PetitionKind", "phan_anh"): QT_TRANSLATE_NOOP("EnumLabels", "Feedback"),
    ("CaseStatus", "received"): QT_TRANSLATE_NOOP("EnumLabels", "Received"),
    ("CaseStatus", "accepted"): QT_TRANSLATE_NOOP("EnumLabels", "Accepted"),
    ("CaseStatus", "rejected"): QT_TRANSLATE_NOOP("EnumLabels", "Not accepted"),
    ("CaseStatus", "transferred"): QT_TRANSLATE_NOOP("EnumLabels", "Transferred"),
    ("CaseStatus", "guided"): QT_TRANSLATE_NOOP("EnumLabels", "Citizen guided"),
    ("CaseStatus", "returned"): QT_TRANSLATE_NOOP("EnumLabels", "Returned"),
    ("CaseStatus", "reported_to_lower"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Reported for a lower level to resolve"
    ),
    ("CaseStatus", "filed"): QT_TRANSLATE_NOOP("EnumLabels", "Filed"),
    ("CaseStatus", "verifying"): QT_TRANSLATE_NOOP("EnumLabels", "Being verified"),
    ("CaseStatus", "dialogue"): QT_TRANSLATE_NOOP("EnumLabels", "In dialogue"),
    ("CaseStatus", "decided"): QT_TRANSLATE_NOOP("EnumLabels", "Decided / concluded"),
    ("CaseStatus", "enforcing"): QT_TRANSLATE_NOOP("EnumLabels", "Being enforced"),
    ("CaseStatus", "suspended"): QT_TRANSLATE_NOOP("EnumLabels", "Suspended"),
    ("CaseStatus", "closed"): QT_TRANSLATE_NOOP("EnumLabels", "Closed"),
    ("CaseStatus", "terminated"): QT_TRANSLATE_NOOP("EnumLabels", "Resolution stopped"),
    ("CaseStatus", "withdrawn"): QT_TRANSLATE_NOOP("EnumLabels", "Withdrawn"),
    ("ReceptionKind", "regular"): QT_TRANSLATE_NOOP("EnumLabels", "Regular"),
    ("ReceptionKind", "periodic"): QT_TRANSLATE_NOOP("EnumLabels", "Periodic"),
    ("ReceptionKind", "sudden"): QT_TRANSLATE_NOOP("EnumLabels", "Unscheduled"),
    ("ReceptionKind", "online"): QT_TRANSLATE_NOOP("EnumLabels", "Online"),
    ("UnitLevel", "central"): QT_TRANSLATE_NOOP("EnumLabels", "Central"),
    ("UnitLevel", "province"): QT_TRANSLATE_NOOP("EnumLabels", "Province"),
    ("UnitLevel", "commune"): QT_TRANSLATE_NOOP("EnumLabels", "Commune"),
    ("UnitLevel", "department"): QT_TRANSLATE_NOOP("EnumLabels", "Department"),
    ("UnitLevel", "district_former"): QT_TRANSLATE_NOOP(
        "EnumLabels", "District (before 01/7/2025)"
    ),
    ("Role", "reception_officer"): QT_TRANSLATE_NOOP("EnumLabels", "Reception officer"),
    ("Role", "handling_officer"): QT_TRANSLATE_NOOP("EnumLabels", "Petition handling officer"),
    ("Role", "leader"): QT_TRANSLATE_NOOP("EnumLabels", "Leader"),
    ("Role", "supervisor"): QT_TRANSLATE_NOOP("EnumLabels", "Inspector, supervisor"),
    ("Role", "administrator"): QT_TRANSLATE_NOOP("EnumLabels", "System administrator"),
    ("LeaderCategory", "commune_chairman"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Chairman of a commune People's Committee"
    ),
    ("LeaderCategory", "district_chairman"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Chairman of a district People's Committee (before 01/7/2025)"
    ),
    ("LeaderCategory", "provincial_chairman"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Chairman of a provincial People's Committee"
    ),
    ("LeaderCategory", "central_head"): QT_TRANSLATE_NOOP(
        "EnumLabels",
        "Inspector General of the Government, Minister-Chairman of the Government Office",
    ),
    ("LeaderCategory", "other_head"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Head of another administrative agency"
    ),
}


def enum_label(member: LabelledEnum) -> str:
    """The value's name in the screen's language (its ``label_vi`` when not listed)."""
    source = ENGLISH.get((type(member).__name__, member.value))
    if source is None:
        return member.label_vi
    return QCoreApplication.translate("EnumLabels", source)


def label_of(enum: type[LabelledEnum], value: str) -> str:
    """:func:`enum_label` of ``enum(value)``; an unknown value shows as itself."""
    try:
        return enum_label(enum(value))
    except ValueError:
        return value


__all__ = ["ENGLISH", "enum_label", "label_of"]
