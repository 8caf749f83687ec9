"""JSON schema of a rule pack: validation with clear Vietnamese error messages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any, TypeVar

from .enums import DayUnit, Direction
from .rule_model import VARIANT_LABELS_VI, ExtensionPolicy, Rule, RulePackError, check_rule

__all__ = [
    "PACK_KEYS",
    "parse_date",
    "parse_enum",
    "parse_extension",
    "parse_rule",
    "reject_unknown_keys",
]

_EXTENSION_KEYS = frozenset({"complex", "very_complex"})
_ID_PATTERN = re.compile(r"^[A-Z]{1,3}[0-9]{1,3}[A-Z]?$")
_RULE_KEYS = frozenset(
    {
        "id",
        "group",
        "step_vi",
        "step_en",
        "days",
        "years",
        "months",
        "unit",
        "direction",
        "start_event",
        "start_event_vi",
        "variants",
        "extension",
        "citation",
        "effective_from",
        "effective_to",
        "unconfirmed",
        "note",
        "override_reason",
        "suspension_from",
        "days_required",
    }
)
_E = TypeVar("_E", DayUnit, Direction)
PACK_KEYS = frozenset({"pack_version", "published", "description", "start_events", "rules"})


def parse_rule(raw: Any, index: int, events: Mapping[str, str]) -> Rule:
    """Validate ``rules[index]`` of a pack and build the :class:`Rule`."""
    where = f"rules[{index}]"
    if not isinstance(raw, Mapping):
        raise RulePackError(f"{where}: mỗi quy định phải là một đối tượng JSON")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not _ID_PATTERN.match(rule_id):
        raise RulePackError(f"{where}: 'id' không hợp lệ: {rule_id!r} (ví dụ hợp lệ: K3, D10B)")
    where = f"{where} ({rule_id})"
    reject_unknown_keys(raw, _RULE_KEYS, where)
    for key in ("step_vi", "citation", "start_event"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise RulePackError(f"{where}: thiếu trường '{key}' (chuỗi không rỗng)")
    for key in ("step_en", "group", "note"):
        if not isinstance(raw.get(key, ""), str):
            raise RulePackError(f"{where}: '{key}' phải là chuỗi")
    days = _int(raw.get("days"), where, "days", required=True)
    years = _int(raw.get("years", 0), where, "years")
    months = _int(raw.get("months", 0), where, "months")
    unit = parse_enum(DayUnit, raw.get("unit"), where, "unit")
    direction = parse_enum(Direction, raw.get("direction", "after"), where, "direction")
    start_event = raw["start_event"]
    label = raw.get("start_event_vi") or events.get(start_event)
    if not isinstance(label, str) or not label:
        raise RulePackError(
            f"{where}: sự kiện bắt đầu '{start_event}' không có trong 'start_events'"
        )
    variants = raw.get("variants") or {}
    if not isinstance(variants, Mapping):
        raise RulePackError(f"{where}: 'variants' phải là bảng tên biến thể → số ngày")
    for name, value in variants.items():
        if name not in VARIANT_LABELS_VI:
            raise RulePackError(
                f"{where}: biến thể '{name}' không hợp lệ (cho phép: {', '.join(VARIANT_LABELS_VI)})"
            )
        _int(value, where, f"variants.{name}", required=True, positive=True)
    extension_raw = raw.get("extension")
    extension = None if extension_raw is None else parse_extension(extension_raw, where)
    if not isinstance(raw.get("override_reason", ""), str | None):
        raise RulePackError(f"{where}: 'override_reason' phải là chuỗi")
    unconfirmed = raw.get("unconfirmed", False)
    if not isinstance(unconfirmed, bool):
        raise RulePackError(f"{where}: 'unconfirmed' phải là true hoặc false")
    rule = Rule(
        id=rule_id,
        step_vi=raw["step_vi"].strip(),
        step_en=raw.get("step_en", ""),
        days=days,
        unit=unit,
        start_event=start_event,
        start_event_vi=label,
        citation=raw["citation"].strip(),
        group=raw.get("group", ""),
        years=years,
        months=months,
        variants=dict(variants),
        extension=extension,
        direction=direction,
        effective_from=parse_date(raw.get("effective_from"), where, "effective_from"),
        effective_to=parse_date(raw.get("effective_to"), where, "effective_to"),
        unconfirmed=unconfirmed,
        note=raw.get("note", ""),
        override_reason=raw.get("override_reason"),
        suspension_from=parse_date(raw.get("suspension_from"), where, "suspension_from"),
        days_required=raw.get("days_required", False) is True,
    )
    check_rule(rule, where)
    return rule


def parse_extension(raw: Any, where: str) -> ExtensionPolicy:
    """Validate an ``extension`` object ``{max_days_each, max_count}``."""
    if not isinstance(raw, Mapping) or set(raw) - {"max_days_each", "max_count"}:
        raise RulePackError(f"{where}: 'extension' phải có dạng {{max_days_each, max_count}}")
    each = _int(
        raw.get("max_days_each"), where, "extension.max_days_each", required=True, positive=True
    )
    counts = raw.get("max_count")
    if not isinstance(counts, Mapping) or not counts or set(counts) - _EXTENSION_KEYS:
        raise RulePackError(
            f"{where}: 'extension.max_count' phải là bảng {{complex, very_complex}} → số lần"
        )
    for key, value in counts.items():
        _int(value, where, f"extension.max_count.{key}", required=True)
    return ExtensionPolicy(each, dict(counts))


def reject_unknown_keys(raw: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    """Raise :class:`RulePackError` naming any key not in ``allowed`` (catches typos)."""
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise RulePackError(f"{where}: trường không hợp lệ {', '.join(map(repr, unknown))}")


def _int(
    value: Any, where: str, key: str, *, required: bool = False, positive: bool = False
) -> int:
    if value is None and not required:
        return 0
    if not isinstance(value, int) or isinstance(value, bool) or value < (1 if positive else 0):
        need = "số nguyên dương" if positive else "số nguyên không âm"
        raise RulePackError(f"{where}: '{key}' phải là {need}, nhận được {value!r}")
    return value


def parse_enum(cls: type[_E], value: Any, where: str, key: str) -> _E:
    """Convert ``value`` to the enum ``cls`` or raise a message listing the allowed values."""
    try:
        return cls(value)
    except ValueError:
        allowed = " hoặc ".join(f"'{m.value}'" for m in cls)
        raise RulePackError(f"{where}: '{key}' phải là {allowed}, nhận được {value!r}") from None


def parse_date(value: Any, where: str, key: str) -> date | None:
    """Parse an ISO date (``YYYY-MM-DD``) or ``None``."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise RulePackError(f"{where}: '{key}' phải là ngày ISO (YYYY-MM-DD) hoặc null")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RulePackError(
            f"{where}: '{key}' phải là ngày ISO (YYYY-MM-DD), nhận được {value!r}"
        ) from None
