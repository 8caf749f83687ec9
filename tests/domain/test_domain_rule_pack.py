"""The shipped rule pack, version selection, overrides and loader validation."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tcd_desktop.domain.enums import DayUnit, Direction
from tcd_desktop.domain.rules import (
    RuleNotInForceError,
    RuleOverride,
    RulePack,
    RulePackError,
    UnknownRuleError,
    load_rule_pack,
    load_rule_pack_from_json,
)

from .conftest import RULES_PATH

D = date
REQUIRED_IDS = (
    [f"T{i}" for i in range(1, 8)]
    + [f"K{i}" for i in range(1, 16)]
    + [f"D{i}" for i in range(1, 13)]
)


@pytest.fixture
def raw() -> dict[str, Any]:
    """A fresh decoded copy of the shipped pack, to break in tests."""
    return json.loads(RULES_PATH.read_text(encoding="utf-8"))


def test_every_law_md_limit_is_present(pack: RulePack) -> None:
    """LAW.md §2: T1–T7, K1–K15, D1–D12 (plus disciplinary KD1–KD4)."""
    ids = pack.ids()
    for rule_id in [*REQUIRED_IDS, "KD1", "KD2", "KD3", "KD4"]:
        assert rule_id in ids
    assert ids[0] == "T1"


def test_pack_metadata(pack: RulePack) -> None:
    """Pack version and publication date are read."""
    assert pack.pack_version
    assert isinstance(pack.published, date)


@pytest.mark.parametrize(
    ("rule_id", "days", "unit"),
    [
        ("T1", 10, DayUnit.WORKING),
        ("T3", 7, DayUnit.WORKING),
        ("T4", 5, DayUnit.WORKING),
        ("K1", 90, DayUnit.CALENDAR),
        ("K3", 30, DayUnit.CALENDAR),
        ("K4", 3, DayUnit.WORKING),
        ("K7", 45, DayUnit.CALENDAR),
        ("K8", 7, DayUnit.CALENDAR),
        ("K15", 30, DayUnit.CALENDAR),
        ("D1", 7, DayUnit.WORKING),
        ("D4", 30, DayUnit.CALENDAR),
        ("D9", 20, DayUnit.CALENDAR),
        ("D10", 5, DayUnit.WORKING),
        ("D11", 20, DayUnit.CALENDAR),
    ],
)
def test_limits_match_law_md(pack: RulePack, rule_id: str, days: int, unit: DayUnit) -> None:
    """Spot-check values against the LAW.md §2 tables."""
    rule = pack.get(rule_id, D(2026, 8, 1))
    assert (rule.days, rule.unit) == (days, unit)
    assert rule.citation


def test_variants_and_extension_policy(pack: RulePack) -> None:
    """K3/K7 variants, remote-only variants, D1 extended, D4 extension caps."""
    assert dict(pack.get("K3", D(2026, 8, 1)).variants) == {
        "complex": 45,
        "remote": 45,
        "remote_complex": 60,
    }
    assert dict(pack.get("K7", D(2026, 8, 1)).variants) == {
        "complex": 60,
        "remote": 60,
        "remote_complex": 70,
    }
    for rule_id in ("K5", "K10", "K11"):
        assert dict(pack.get(rule_id, D(2026, 8, 1)).variants) == {"remote": 45}
    assert dict(pack.get("D1", D(2026, 8, 1)).variants) == {"extended": 10}
    ext = pack.get("D4", D(2026, 8, 1)).extension
    assert ext is not None and ext.max_days_each == 30
    assert ext.allowed_count() == 0
    assert ext.allowed_count(complex=True) == 1
    assert ext.allowed_count(very_complex=True) == 2
    assert pack.get("K3", D(2026, 8, 1)).extension is None


def test_before_and_year_rules(pack: RulePack) -> None:
    """T6 and K13 are minimum notices; T7 and K12 run one year."""
    assert pack.get("T6", D(2026, 8, 1)).direction == Direction.BEFORE
    assert pack.get("K13", D(2026, 8, 1)).direction == Direction.BEFORE
    assert pack.get("K12", D(2026, 8, 1)).years == 1
    assert pack.get("T7", D(2026, 8, 1)).years == 1


@pytest.mark.parametrize("rule_id", ["K2", "K6"])
def test_acceptance_switches_on_1_july_2026(pack: RulePack, rule_id: str) -> None:
    """K2/K6: 10 calendar days (Luật KN) until 30/6/2026, 7 working days from 01/7/2026."""
    old, new = pack.versions(rule_id)
    assert old.effective_to == D(2026, 6, 30) and new.effective_from == D(2026, 7, 1)
    before = pack.get(rule_id, D(2026, 6, 30))
    after = pack.get(rule_id, D(2026, 7, 1))
    assert (before.days, before.unit) == (10, DayUnit.CALENDAR)
    assert (after.days, after.unit) == (7, DayUnit.WORKING)
    assert "Luật Khiếu nại" in before.citation
    assert "155/2026" in after.citation and after.unconfirmed


def test_all_versions_lists_both_k2(pack: RulePack) -> None:
    """all_versions has every version; K2 appears twice."""
    assert sum(1 for r in pack.all_versions() if r.id == "K2") == 2
    assert len(pack.all_versions()) == len(pack.ids()) + 3  # K2, K6 and K13 change on 01/7/2026


def test_unknown_rule_lists_valid_ids(pack: RulePack) -> None:
    """UnknownRuleError names the valid ids."""
    with pytest.raises(UnknownRuleError, match=r"K99.*T1, T2"):
        pack.get("K99", D(2026, 8, 1))


def test_rule_not_in_force(pack: RulePack) -> None:
    """T5 (NĐ 154/2026) only exists from 01/7/2026."""
    with pytest.raises(RuleNotInForceError, match="01/07/2026"):
        pack.get("T5", D(2026, 6, 1))


def test_round_trip(pack: RulePack) -> None:
    """to_json() loads back to an equal pack."""
    again = load_rule_pack_from_json(json.loads(json.dumps(pack.to_json())))
    assert again == pack


# ---------------------------------------------------------------------- overrides


def test_dated_override_splits_version(pack: RulePack) -> None:
    """An override from 01/8/2026 ends the current K2 version on 31/7 and keeps the old one."""
    changed = pack.apply_overrides(
        [RuleOverride("K2", 10, "working", "Thực tiễn của tỉnh", D(2026, 8, 1))]
    )
    assert changed.get("K2", D(2026, 6, 30)).days == 10
    assert changed.get("K2", D(2026, 7, 31)).days == 7
    new = changed.get("K2", D(2026, 8, 1))
    assert (new.days, new.unit, new.override_reason) == (10, DayUnit.WORKING, "Thực tiễn của tỉnh")
    assert pack.get("K2", D(2026, 8, 1)).days == 7  # original untouched


def test_override_before_switch_stops_at_switch(pack: RulePack) -> None:
    """An override of the pre-2026 K2 does not leak into the 2026 version."""
    changed = pack.apply_overrides(
        [RuleOverride("K2", 10, DayUnit.WORKING, "NĐ 124: 10 NLV", D(2025, 1, 1))]
    )
    assert changed.get("K2", D(2025, 6, 1)).unit == DayUnit.WORKING
    assert changed.get("K2", D(2024, 6, 1)).unit == DayUnit.CALENDAR
    assert changed.get("K2", D(2026, 7, 1)).days == 7


def test_undated_override_changes_all_versions(pack: RulePack) -> None:
    """effective_from=None (or date.min) changes every version of the rule."""
    for start in (None, date.min):
        changed = pack.apply_overrides([RuleOverride("K6", 15, None, "Thử nghiệm", start)])
        assert [v.days for v in changed.versions("K6")] == [15, 15]


def test_with_override_any_field(pack: RulePack) -> None:
    """with_override accepts rule fields and validates the result."""
    changed = pack.with_override("T2", D(2026, 9, 1), reason="Đơn vị tính ngày", unit="calendar")
    assert changed.get("T2", D(2026, 9, 1)).unit == DayUnit.CALENDAR
    with pytest.raises(RulePackError, match="id"):
        pack.with_override("T2", None, id="T9")
    with pytest.raises(RulePackError, match="unit"):
        pack.with_override("T2", None, unit="weeks")
    with pytest.raises(RulePackError, match="days"):
        pack.with_override("T2", None, days=0)


def test_override_needs_reason_and_valid_date(pack: RulePack) -> None:
    """A reason is mandatory; an override date before the rule exists is refused."""
    with pytest.raises(RulePackError, match="lý do"):
        pack.apply_overrides([RuleOverride("K3", 40, None, "  ", None)])
    with pytest.raises(RulePackError, match="T5"):
        pack.apply_overrides([RuleOverride("T5", 5, None, "x", D(2026, 1, 1))])


# ---------------------------------------------------------------------- loader errors


def _break(raw: dict[str, Any], index: int, **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(raw)
    data["rules"][index].update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"unit": "days"}, "'unit' phải là 'calendar' hoặc 'working'"),
        ({"days": "10"}, "'days' phải là số nguyên"),
        ({"days": -1}, "'days' phải là số nguyên"),
        ({"days": 0}, "phải có 'days' > 0"),
        ({"id": "k-1"}, "'id' không hợp lệ"),
        ({"citation": ""}, "thiếu trường 'citation'"),
        ({"start_event": "nowhere"}, "sự kiện bắt đầu 'nowhere'"),
        ({"variants": {"urgent": 3}}, "biến thể 'urgent' không hợp lệ"),
        ({"variants": {"complex": 0}}, "variants.complex"),
        ({"effective_from": "01/07/2026"}, "ngày ISO"),
        ({"direction": "sideways"}, "'direction'"),
        ({"efective_from": "2026-07-01"}, "trường không hợp lệ 'efective_from'"),
        ({"extension": {"max_days_each": 30}}, "extension.max_count"),
        ({"unconfirmed": "no"}, "'unconfirmed'"),
        ({"years": 1}, "năm/tháng"),
    ],
)
def test_loader_rejects_malformed_rule(
    raw: dict[str, Any], changes: dict[str, Any], message: str
) -> None:
    """Each malformed field is reported with the rule's position and id."""
    with pytest.raises(RulePackError, match=r"rules\[0\]") as info:
        load_rule_pack_from_json(_break(raw, 0, **changes))
    assert message in str(info.value)


def test_loader_rejects_overlapping_versions(raw: dict[str, Any]) -> None:
    """Two versions of K2 may not both be in force on the same day."""
    index = next(i for i, r in enumerate(raw["rules"]) if r["id"] == "K2")
    with pytest.raises(RulePackError, match=r"K2.*chồng lấn"):
        load_rule_pack_from_json(_break(raw, index, effective_to="2026-07-05"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "đối tượng JSON"),
        ({"pack_version": "1", "rules": []}, "'rules'"),
        ({"rules": [{}]}, "pack_version"),
        ({"pack_version": "1", "published": "hôm nay", "rules": [{}]}, "published"),
        ({"pack_version": "1", "rules": ["K3"]}, "rules[0]"),
        ({"pack_version": "1", "rules": [], "extra": 1}, "'extra'"),
    ],
)
def test_loader_rejects_malformed_pack(data: Any, message: str) -> None:
    """Top-level problems are reported clearly."""
    with pytest.raises(RulePackError) as info:
        load_rule_pack_from_json(data)
    assert message in str(info.value)


def test_load_rule_pack_file_errors(tmp_path: Path) -> None:
    """Missing files and invalid JSON raise RulePackError naming the file."""
    with pytest.raises(RulePackError, match="Không đọc được"):
        load_rule_pack(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"bad\.json"):
        load_rule_pack(bad)
