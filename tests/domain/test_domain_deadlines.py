"""Deadline engine behaviour beyond the date table: errors, explanations, states."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.deadlines import (
    DeadlineError,
    add_months,
    compute_deadline,
    compute_deadline_for,
    deadline_state,
    working_days_left,
)
from tcd_desktop.domain.enums import DayUnit, DeadlineState
from tcd_desktop.domain.rules import RulePack, load_rule_pack

from .conftest import RULES_PATH

D = date
CAL = WorkingCalendar()
CAL.preload(1999, 2062)
PACK = load_rule_pack(RULES_PATH)
DATES = st.dates(min_value=D(2010, 1, 1), max_value=D(2050, 12, 31))


# ---------------------------------------------------------------------- extensions


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"extensions": 1}, "Chỉ vụ việc phức tạp"),
        ({"complex": True, "extensions": 2}, "tối đa 1 lần"),
        ({"very_complex": True, "extensions": 3}, "tối đa 2 lần"),
        ({"complex": True, "extension_days": [31]}, "không quá 30 ngày"),
        ({"complex": True, "extension_days": [0]}, "không quá 30 ngày"),
        ({"very_complex": True, "extensions": 1, "extension_days": [10, 10]}, "không khớp"),
        ({"complex": True, "extensions": -1}, "không được âm"),
    ],
)
def test_d4_extension_caps(options: dict[str, object], message: str) -> None:
    """D4 (Luật TC Điều 30): complex → 1 extension, very complex → 2, each ≤ 30 days."""
    with pytest.raises(DeadlineError, match=message):
        compute_deadline_for(PACK, "D4", D(2026, 8, 3), CAL, **options)  # type: ignore[arg-type]


def test_extension_refused_for_rules_without_policy() -> None:
    """K3 has no extension mechanism."""
    with pytest.raises(DeadlineError, match="không được gia hạn"):
        compute_deadline_for(PACK, "K3", D(2026, 8, 3), CAL, complex=True, extensions=1)


def test_extension_days_recorded() -> None:
    """Extensions are recorded and counted in ``days``."""
    d = compute_deadline_for(PACK, "D4", D(2026, 8, 3), CAL, very_complex=True, extensions=2)
    assert d.extension_days == (30, 30)
    assert d.days == 90
    assert "gia hạn 2 lần" in d.explanation


def test_unknown_variant_refused() -> None:
    """An explicit variant must exist on the rule."""
    with pytest.raises(DeadlineError, match="K4"):
        compute_deadline_for(PACK, "K4", D(2026, 8, 3), CAL, variant="remote")


def test_before_rule_refuses_pause() -> None:
    """A minimum-notice rule cannot be paused or extended."""
    with pytest.raises(DeadlineError, match="K13"):
        compute_deadline_for(
            PACK, "K13", D(2026, 8, 10), CAL, paused=[(D(2026, 8, 1), D(2026, 8, 2))]
        )


def test_invalid_pause_span() -> None:
    """A span ending before it starts is refused with a Vietnamese message."""
    with pytest.raises(DeadlineError, match="Khoảng tạm đình chỉ"):
        compute_deadline_for(
            PACK, "K3", D(2026, 8, 3), CAL, paused=[(D(2026, 8, 20), D(2026, 8, 10))]
        )


# ---------------------------------------------------------------------- explanations


def test_explanation_roll_forward_national_day() -> None:
    """DESIGN.md: the due date explains itself, including the roll-forward reason."""
    d = compute_deadline_for(PACK, "K3", D(2026, 8, 3), CAL)
    assert d.explanation.startswith(
        "30 ngày kể từ ngày thụ lý 03/08/2026 (Luật Khiếu nại 2011, Điều 28)"
    )
    assert "bắt đầu tính từ ngày hôm sau" in d.explanation
    assert (
        "ngày cuối 02/09/2026 là ngày nghỉ (Quốc khánh) nên lùi sang ngày làm việc tiếp theo "
        "03/09/2026" in d.explanation
    )
    assert d.skipped == [(D(2026, 9, 2), "Quốc khánh")]
    assert d.nominal_due == D(2026, 9, 2)


def test_explanation_working_days_lists_tet() -> None:
    """Working-day counts list the named holidays they skipped."""
    d = compute_deadline_for(PACK, "T1", D(2026, 2, 12), CAL)
    assert d.unit == DayUnit.WORKING
    assert [x for x, _ in d.skipped] == [D(2026, 2, day) for day in range(16, 21)]
    assert "10 ngày làm việc kể từ ngày tiếp nhận 12/02/2026" in d.explanation
    assert "hạn cuối 05/03/2026" in d.explanation


def test_explanation_variant_and_pause() -> None:
    """Variant and suspension are both explained."""
    d = compute_deadline_for(
        PACK, "K3", D(2026, 8, 3), CAL, complex=True, paused=[(D(2026, 8, 10), D(2026, 8, 19))]
    )
    assert d.variant == "complex" and d.days == 45
    assert "45 ngày (vụ việc phức tạp)" in d.explanation
    assert d.paused_days == 10
    assert "không tính 10 ngày tạm đình chỉ (10/08/2026–19/08/2026)" in d.explanation


def test_pause_outside_window_not_listed() -> None:
    """Only spans that overlap the running period are counted and explained."""
    d = compute_deadline_for(
        PACK,
        "D4",
        D(2026, 3, 2),
        CAL,
        paused=[(D(2026, 3, 10), D(2026, 3, 11)), (D(2026, 6, 1), D(2026, 6, 5))],
    )
    assert d.paused_days == 2
    assert d.due == D(2026, 4, 3)  # 1/4 + 2 days, Friday
    assert "06/2026" not in d.explanation


def test_pause_on_weekend_does_not_move_working_deadline() -> None:
    """A suspension covering only Saturday and Sunday costs no working day."""
    plain = compute_deadline_for(PACK, "D1", D(2026, 7, 6), CAL)
    paused = compute_deadline_for(
        PACK, "D1", D(2026, 7, 6), CAL, paused=[(D(2026, 7, 11), D(2026, 7, 12))]
    )
    assert paused.due == plain.due == D(2026, 7, 15)
    assert paused.paused_days == 0


def test_explanation_before_rule() -> None:
    """Minimum-notice rules explain the latest sending day."""
    d = compute_deadline_for(PACK, "K13", D(2026, 9, 10), CAL)
    assert d.explanation.startswith("Chậm nhất 5 ngày trước ngày đối thoại 10/09/2026")
    assert "chậm nhất ngày làm việc liền trước 04/09/2026" in d.explanation
    assert d.skipped == [(D(2026, 9, 5), "Thứ Bảy")]


def test_to_dict_is_json_ready() -> None:
    """to_dict has the documented keys and ISO dates."""
    d = compute_deadline_for(PACK, "K2", D(2026, 7, 1), CAL)
    data = json.loads(json.dumps(d.to_dict()))
    for key in ("rule", "start", "due", "unit", "days", "citation", "explanation"):
        assert key in data
    assert data["rule"] == "K2" and data["due"] == "2026-07-10"
    assert data["unit"] == "working" and data["rule_version_from"] == "2026-07-01"
    old = compute_deadline_for(PACK, "K2", D(2026, 6, 30), CAL)
    assert old.to_dict()["unit"] == "calendar" and old.rule_version_from is None


def test_add_months_clamps() -> None:
    """Corresponding day, or the last day of a shorter month (BLDS Điều 148)."""
    assert add_months(D(2028, 2, 29), 12) == D(2029, 2, 28)
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 12, 15), 1) == D(2027, 1, 15)


# ---------------------------------------------------------------------- states


@pytest.mark.parametrize(
    ("due", "today", "kwargs", "state"),
    [
        (None, D(2026, 9, 1), {}, DeadlineState.NOT_STARTED),
        (D(2026, 9, 30), D(2026, 9, 1), {}, DeadlineState.ON_TRACK),
        (D(2026, 9, 8), D(2026, 9, 1), {}, DeadlineState.DUE_SOON),
        (D(2026, 9, 3), D(2026, 9, 3), {}, DeadlineState.DUE_SOON),
        (D(2026, 9, 3), D(2026, 9, 4), {}, DeadlineState.OVERDUE),
        (D(2026, 9, 3), D(2026, 9, 4), {"paused": True}, DeadlineState.PAUSED),
        (D(2026, 9, 3), D(2026, 9, 9), {"done_on": D(2026, 9, 3)}, DeadlineState.DONE_ON_TIME),
        (D(2026, 9, 3), D(2026, 9, 9), {"done_on": D(2026, 9, 4)}, DeadlineState.DONE_LATE),
        (D(2026, 9, 14), D(2026, 9, 1), {"due_soon_working_days": 8}, DeadlineState.DUE_SOON),
    ],
)
def test_deadline_state(
    due: date | None, today: date, kwargs: dict[str, object], state: DeadlineState
) -> None:
    """Board states; 1/9–8/9/2026 has 4 working days (1–2/9 are Quốc khánh)."""
    assert deadline_state(due, today, CAL, **kwargs) == state  # type: ignore[arg-type]


def test_working_days_left() -> None:
    """Working days in (today, due]; negative when overdue."""
    assert working_days_left(D(2026, 9, 8), D(2026, 9, 1), CAL) == 4  # 3, 4, 7, 8/9
    assert working_days_left(D(2026, 9, 3), D(2026, 9, 3), CAL) == 0
    assert working_days_left(D(2026, 8, 28), D(2026, 9, 3), CAL) == -1
    assert DeadlineState.OVERDUE.label_vi == "Quá hạn"


# ---------------------------------------------------------------------- properties


@given(DATES, st.sampled_from(["K1", "K3", "K5", "K7", "K8", "D4", "D9", "D11", "K15"]))
def test_calendar_due_at_least_start_plus_days(start: date, rule_id: str) -> None:
    """A calendar-day due date is ≥ start + days, a working day, and at most a Tết away."""
    d = compute_deadline_for(PACK, rule_id, start, CAL)
    assert d.due >= start + timedelta(days=d.days)
    assert CAL.is_working_day(d.due)
    assert (d.due - (start + timedelta(days=d.days))).days <= 12


@given(DATES, st.sampled_from(["T1", "T3", "K4", "D1", "D2", "D8", "D10"]))
def test_working_due_counts_exactly(start: date, rule_id: str) -> None:
    """A working-day due date is exactly ``days`` working days after the start."""
    d = compute_deadline_for(PACK, rule_id, start, CAL)
    assert CAL.working_days_between(start, d.due) == d.days


@given(
    DATES,
    st.integers(min_value=-40, max_value=60),
    st.integers(min_value=0, max_value=30),
    st.sampled_from(["D4", "D1"]),
)
def test_pause_never_shortens(start: date, offset: int, length: int, rule_id: str) -> None:
    """Adding a suspension never makes the due date earlier, and it is counted exactly."""
    rule = PACK.get(rule_id, start)
    plain = compute_deadline(rule, start, CAL)
    span = (start + timedelta(days=offset), start + timedelta(days=offset + length))
    paused = compute_deadline(rule, start, CAL, paused=[span])
    assert paused.due >= plain.due
    if rule.unit == DayUnit.WORKING:
        counted = CAL.working_days_between(start, paused.due) - paused.paused_days
        assert counted == rule.days
    else:
        assert paused.nominal_due is not None
        assert (paused.due - start).days >= rule.days + paused.paused_days


@given(DATES)
def test_k2_version_follows_start(start: date) -> None:
    """The K2 version is chosen by the start date alone."""
    rule = PACK.get("K2", start)
    assert rule.unit == (DayUnit.WORKING if start >= D(2026, 7, 1) else DayUnit.CALENDAR)


def test_pack_fixture_matches_module_pack(pack: RulePack) -> None:
    """The module-level pack used by the properties is the shipped one."""
    assert pack == PACK
