"""Rule model: one version of a legal time limit, its extension policy and overrides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from types import MappingProxyType
from typing import Any

from .enums import DayUnit, Direction

__all__ = [
    "VARIANT_LABELS_VI",
    "ExtensionPolicy",
    "Rule",
    "RuleNotInForceError",
    "RuleOverride",
    "RulePackError",
    "UnknownRuleError",
    "check_rule",
    "check_versions",
]

#: Variant names a rule may define, with the Vietnamese wording used in explanations.
VARIANT_LABELS_VI: Mapping[str, str] = MappingProxyType(
    {
        "complex": "vụ việc phức tạp",
        "remote": "vùng sâu, vùng xa đi lại khó khăn",
        "remote_complex": "vùng sâu, vùng xa, vụ việc phức tạp",
        "extended": "trường hợp kéo dài (nhiều địa điểm hoặc uỷ quyền)",
        "dismissal": "kỷ luật buộc thôi việc",
    }
)


class RulePackError(ValueError):
    """A rule pack (or an override) is malformed; the message says where and why."""


class UnknownRuleError(LookupError):
    """No rule with this id exists in the pack."""


class RuleNotInForceError(UnknownRuleError):
    """The rule exists but no version of it is in force on the requested date."""


def _fmt(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


@dataclass(frozen=True, slots=True)
class ExtensionPolicy:
    """How often and by how much a limit may be extended (gia hạn)."""

    max_days_each: int
    max_count: Mapping[str, int] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "max_count", MappingProxyType(dict(self.max_count)))

    def allowed_count(self, *, complex: bool = False, very_complex: bool = False) -> int:
        """Number of extensions allowed for a case with these complexity flags."""
        if very_complex:
            return self.max_count.get("very_complex", self.max_count.get("complex", 0))
        if complex:
            return self.max_count.get("complex", 0)
        return 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, as stored in a rule pack."""
        return {"max_days_each": self.max_days_each, "max_count": dict(self.max_count)}


@dataclass(frozen=True)
class Rule:
    """One version of a statutory time limit."""

    id: str
    step_vi: str
    step_en: str
    days: int
    unit: DayUnit
    start_event: str
    start_event_vi: str
    citation: str
    group: str = ""
    years: int = 0
    months: int = 0
    variants: Mapping[str, int] = field(default_factory=dict, hash=False)
    extension: ExtensionPolicy | None = None
    direction: Direction = Direction.AFTER
    effective_from: date | None = None
    effective_to: date | None = None
    unconfirmed: bool = False
    note: str = ""
    override_reason: str | None = None
    #: Suspended spans (tạm đình chỉ) may only start on or after this date (None: any time).
    suspension_from: date | None = None
    #: The law gives no number (D12): the caller must supply the days (or an override does).
    days_required: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "variants", MappingProxyType(dict(self.variants)))
        object.__setattr__(self, "unit", DayUnit(self.unit))
        object.__setattr__(self, "direction", Direction(self.direction))

    def in_force_on(self, d: date) -> bool:
        """True if this version applies to a case whose start event is on ``d``."""
        if self.effective_from is not None and d < self.effective_from:
            return False
        return self.effective_to is None or d <= self.effective_to

    def select_variant(
        self, *, complex: bool = False, very_complex: bool = False, remote: bool = False
    ) -> str | None:
        """Name of the variant that applies to a case with these flags, or ``None``."""
        is_complex = complex or very_complex
        keys = self.variants
        if remote and is_complex and "remote_complex" in keys:
            return "remote_complex"
        candidates = [k for k, on in (("complex", is_complex), ("remote", remote)) if on]
        present = [k for k in candidates if k in keys]
        if not present:
            # D1: "complex" (checks at several places, or delegated) is the extended limit.
            return "extended" if is_complex and "extended" in keys else None
        return max(present, key=lambda k: keys[k])

    def days_for(self, variant: str | None) -> int:
        """Limit in days for ``variant`` (base ``days`` when ``None``)."""
        if variant is None:
            return self.days
        if variant not in self.variants:
            raise UnknownRuleError(
                f"Quy định {self.id} không có biến thể '{variant}' "
                f"(có: {', '.join(self.variants) or 'không có'})"
            )
        return self.variants[variant]

    @property
    def version_label(self) -> str:
        """Human-readable validity, e.g. "từ 01/07/2026" or "đến 30/06/2026"."""
        parts = []
        if self.effective_from:
            parts.append(f"từ {_fmt(self.effective_from)}")
        if self.effective_to:
            parts.append(f"đến {_fmt(self.effective_to)}")
        return " ".join(parts) or "không thời hạn"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form accepted back by :func:`load_rule_pack_from_json`."""
        out: dict[str, Any] = {
            "id": self.id,
            "group": self.group,
            "step_vi": self.step_vi,
            "step_en": self.step_en,
            "days": self.days,
            "unit": str(self.unit),
            "direction": str(self.direction),
            "start_event": self.start_event,
            "start_event_vi": self.start_event_vi,
            "variants": dict(self.variants),
            "extension": self.extension.to_dict() if self.extension else None,
            "citation": self.citation,
            "effective_from": self.effective_from.isoformat() if self.effective_from else None,
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "unconfirmed": self.unconfirmed,
            "note": self.note,
        }
        if self.years:
            out["years"] = self.years
        if self.months:
            out["months"] = self.months
        if self.override_reason is not None:
            out["override_reason"] = self.override_reason
        if self.suspension_from is not None:
            out["suspension_from"] = self.suspension_from.isoformat()
        if self.days_required:
            out["days_required"] = True
        return out


@dataclass(frozen=True, slots=True)
class RuleOverride:
    """An administrator's change of a rule from ``effective_from`` on (None = all versions)."""

    rule_id: str
    days: int | None
    unit: DayUnit | str | None
    reason: str
    effective_from: date | None = None


def check_rule(rule: Rule, where: str) -> None:
    """Raise :class:`RulePackError` if ``rule`` is not a usable time limit."""
    if rule.days < 0 or rule.years < 0 or rule.months < 0:
        raise RulePackError(f"{where}: thời hạn không được âm")
    if rule.days == 0 and rule.years == 0 and rule.months == 0 and not rule.days_required:
        raise RulePackError(f"{where}: phải có 'days' > 0 hoặc 'years'/'months' > 0")
    if (rule.years or rule.months) and (rule.days or rule.unit != DayUnit.CALENDAR):
        raise RulePackError(
            f"{where}: thời hạn tính theo năm/tháng phải có unit 'calendar' và days = 0"
        )
    if rule.direction == Direction.BEFORE and (rule.extension or rule.variants):
        raise RulePackError(f"{where}: thời hạn 'before' không có biến thể hay gia hạn")
    if rule.effective_from and rule.effective_to and rule.effective_to < rule.effective_from:
        raise RulePackError(f"{where}: 'effective_to' trước 'effective_from'")


def check_versions(rule_id: str, versions: list[Rule]) -> None:
    """Raise :class:`RulePackError` if versions (sorted by start) overlap."""
    for earlier, later in pairwise(versions):
        if (
            earlier.effective_to is None
            or later.effective_from is None
            or (earlier.effective_to >= later.effective_from)
        ):
            raise RulePackError(
                f"Các phiên bản của quy định {rule_id} chồng lấn nhau "
                f"({earlier.version_label} / {later.version_label})"
            )
