"""Legal time limits as versioned data (DESIGN.md §3 "Rules are data").

A rule pack is a JSON document ``{"pack_version", "published", "start_events", "rules"}``;
each rule is one version of a time limit, valid from ``effective_from`` to ``effective_to``
(both inclusive, ``null`` = open).  A case uses the version in force on its start event
(:meth:`RulePack.get`).  Administrator overrides are applied on top with
:meth:`RulePack.apply_overrides`; the overridden version records the reason.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .enums import DayUnit
from .rule_model import (
    VARIANT_LABELS_VI,
    ExtensionPolicy,
    Rule,
    RuleNotInForceError,
    RuleOverride,
    RulePackError,
    UnknownRuleError,
    check_rule,
    check_versions,
)
from .rule_schema import (
    PACK_KEYS,
    parse_date,
    parse_enum,
    parse_extension,
    parse_rule,
    reject_unknown_keys,
)

__all__ = [
    "VARIANT_LABELS_VI",
    "ExtensionPolicy",
    "Rule",
    "RuleNotInForceError",
    "RuleOverride",
    "RulePack",
    "RulePackError",
    "UnknownRuleError",
    "load_rule_pack",
    "load_rule_pack_from_json",
]


def _fmt(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


@dataclass(frozen=True)
class RulePack:
    """All versions of all rules, plus pack metadata."""

    pack_version: str
    published: date | None
    rules: tuple[Rule, ...]
    start_events: Mapping[str, str] = field(default_factory=dict, hash=False)
    description: str = ""
    _by_id: dict[str, tuple[Rule, ...]] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "start_events", MappingProxyType(dict(self.start_events)))
        grouped: dict[str, list[Rule]] = {}
        for rule in self.rules:
            grouped.setdefault(rule.id, []).append(rule)
        for rule_id, versions in grouped.items():
            versions.sort(key=lambda r: r.effective_from or date.min)
            check_versions(rule_id, versions)
        object.__setattr__(self, "_by_id", {k: tuple(v) for k, v in grouped.items()})

    def ids(self) -> list[str]:
        """Rule ids in pack order (T…, K…, KD…, D…)."""
        return list(self._by_id)

    def all_versions(self) -> list[Rule]:
        """Every version of every rule, grouped by id and ordered by ``effective_from``."""
        return [r for versions in self._by_id.values() for r in versions]

    def versions(self, rule_id: str) -> list[Rule]:
        """All versions of ``rule_id`` ordered by ``effective_from``."""
        return list(self._versions(rule_id))

    def _versions(self, rule_id: str) -> tuple[Rule, ...]:
        try:
            return self._by_id[rule_id]
        except KeyError:
            raise UnknownRuleError(
                f"Không có quy định '{rule_id}'. Các mã hợp lệ: {', '.join(self.ids())}"
            ) from None

    def get(self, rule_id: str, on: date | None = None) -> Rule:
        """Version of ``rule_id`` in force on ``on`` (the case's start event; default today)."""
        day = on or date.today()
        versions = self._versions(rule_id)
        for rule in versions:
            if rule.in_force_on(day):
                return rule
        spans = "; ".join(r.version_label for r in versions)
        raise RuleNotInForceError(
            f"Quy định {rule_id} không có hiệu lực vào ngày {_fmt(day)} (hiệu lực: {spans})"
        )

    def with_override(
        self, rule_id: str, effective_from: date | None, *, reason: str = "", **changes: Any
    ) -> RulePack:
        """Return a new pack where ``rule_id`` has ``changes`` from ``effective_from`` on.

        The version in force on ``effective_from`` is split: the old text ends the day
        before, the changed copy runs to the end of that version.  Later statutory versions
        are not touched.  ``effective_from=None`` (or ``date.min``) changes every version.
        """
        forbidden = {"id", "effective_from", "effective_to", "start_event_vi"} & changes.keys()
        unknown = changes.keys() - {f.name for f in dataclasses.fields(Rule)}
        if forbidden or unknown:
            raise RulePackError(
                f"Không thể ghi đè trường {', '.join(sorted(forbidden | unknown))} của {rule_id}"
            )
        if "unit" in changes:
            changes["unit"] = parse_enum(DayUnit, changes["unit"], f"ghi đè {rule_id}", "unit")
        if "extension" in changes and isinstance(changes["extension"], Mapping):
            changes["extension"] = parse_extension(changes["extension"], f"ghi đè {rule_id}")
        if reason:
            changes["override_reason"] = reason
        versions = self._versions(rule_id)
        new_versions: list[Rule] = []
        if effective_from is None or effective_from == date.min:
            new_versions = [dataclasses.replace(v, **changes) for v in versions]
        else:
            try:
                base = self.get(rule_id, effective_from)
            except RuleNotInForceError as exc:
                raise RulePackError(f"Không thể ghi đè: {exc}") from exc
            for v in versions:
                if v is not base:
                    new_versions.append(v)
                    continue
                if v.effective_from != effective_from:
                    new_versions.append(
                        dataclasses.replace(v, effective_to=effective_from - timedelta(days=1))
                    )
                new_versions.append(
                    dataclasses.replace(v, effective_from=effective_from, **changes)
                )
        for v in new_versions:
            check_rule(v, f"ghi đè {rule_id}")
        rules = [r for r in self.rules if r.id != rule_id]
        position = next(i for i, r in enumerate(self.rules) if r.id == rule_id)
        rules[position:position] = new_versions
        return dataclasses.replace(self, rules=tuple(rules))

    def apply_overrides(self, overrides: Iterable[RuleOverride]) -> RulePack:
        """Apply administrator overrides in order of ``effective_from`` (undated first)."""
        pack = self
        ordered = sorted(overrides, key=lambda o: o.effective_from or date.min)
        for o in ordered:
            if not o.reason.strip():
                raise RulePackError(f"Ghi đè quy định {o.rule_id} phải ghi rõ lý do")
            changes: dict[str, Any] = {}
            if o.days is not None:
                changes["days"] = o.days
            if o.unit is not None:
                changes["unit"] = o.unit
            pack = pack.with_override(o.rule_id, o.effective_from, reason=o.reason, **changes)
        return pack

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form of the whole pack (round-trips through the loader)."""
        return {
            "pack_version": self.pack_version,
            "published": self.published.isoformat() if self.published else None,
            "description": self.description,
            "start_events": dict(self.start_events),
            "rules": [r.to_dict() for r in self.all_versions()],
        }


# ---------------------------------------------------------------------- loading


def load_rule_pack(path: Path) -> RulePack:
    """Read and validate a rule pack file; raises :class:`RulePackError`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise RulePackError(f"Không đọc được gói quy định {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulePackError(f"{path}: không phải JSON hợp lệ ({exc})") from exc
    try:
        return load_rule_pack_from_json(data)
    except RulePackError as exc:
        raise RulePackError(f"{path}: {exc}") from exc


def load_rule_pack_from_json(data: Mapping[str, Any]) -> RulePack:
    """Validate a decoded rule pack and build the :class:`RulePack`."""
    if not isinstance(data, Mapping):
        raise RulePackError("Gói quy định phải là một đối tượng JSON")
    reject_unknown_keys(data, PACK_KEYS, "gói quy định")
    version = data.get("pack_version")
    if not isinstance(version, str | int) or isinstance(version, bool) or not str(version):
        raise RulePackError("Thiếu 'pack_version' (chuỗi phiên bản của gói quy định)")
    published = parse_date(data.get("published"), "gói quy định", "published")
    events = data.get("start_events", {})
    if not isinstance(events, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in events.items()
    ):
        raise RulePackError("'start_events' phải là bảng mã sự kiện → nhãn tiếng Việt")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RulePackError("'rules' phải là danh sách quy định không rỗng")
    rules = tuple(parse_rule(raw, i, events) for i, raw in enumerate(raw_rules))
    description = data.get("description", "")
    if not isinstance(description, str):
        raise RulePackError("'description' phải là chuỗi")
    return RulePack(str(version), published, rules, events, description)
