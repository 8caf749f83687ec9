"""Validators under hostile input: rule overrides, calendar days, visits with control characters.

Each refusal is the services' own ``ValidationFailed`` with a Vietnamese message under the
field's key, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
from tcd_desktop.services.reception.intake import save_visit
from tcd_desktop.services.rulebook import override_rule, set_calendar_day
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry, CalendarDay, Reception, RuleRow
from tests.services.reception_fixtures import Office, citizen, petition, visit

INPUTS: Counter[str] = Counter()
HYPO = settings(
    max_examples=80,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    print(f"\n[hostile validators] inputs tried: {sum(INPUTS.values())} {dict(INPUTS)}")


def _counts(db: Database) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) or 0
            for m in (RuleRow, CalendarDay, Reception, AuditEntry)
        )


@HYPO
@given(
    days=st.one_of(st.integers(-(10**20), 10**20), st.sampled_from([0, 1, 250, 251, 365, 366])),
    unit=st.sampled_from(["calendar", "working", "weeks", ""]),
    year=st.one_of(st.just(2026), st.integers(1, 9999)),
)
def test_override_rule_refuses_out_of_range(
    office: Office, days: int, unit: str, year: int
) -> None:
    INPUTS["override"] += 1
    limit = {"calendar": 365, "working": 250}.get(unit)
    ok = limit is not None and 1 <= days <= limit and 1990 <= year <= 2100
    before = _counts(office.db)
    try:
        with office.db.session() as s:
            override_rule(
                s,
                office.admin,
                "K3",
                days=days,
                unit=unit,
                effective_from=dt.date(year, 7, 1),
                reason="Quyết định 1",
            )
            s.rollback()  # keep the rule book as it was for the next example
    except ValidationFailed as exc:
        assert not ok
        assert set(exc.field_errors) <= {"days", "unit", "effective_from"}
        assert all(m and m[0].isupper() for m in exc.field_errors.values())
    else:
        assert ok
    assert _counts(office.db) == before


def test_override_and_calendar_day_need_an_administrator(office: Office) -> None:
    INPUTS["roles"] += 2
    with pytest.raises(PermissionDenied), office.db.session() as s:
        override_rule(
            s,
            office.officer,
            "K3",
            days=30,
            unit="calendar",
            effective_from=dt.date(2026, 7, 1),
            reason="QĐ 1",
        )
    with pytest.raises(PermissionDenied), office.db.session() as s:
        set_calendar_day(s, office.leader, dt.date(2026, 10, 5), kind="off", name="Bão")
    with office.db.session() as s:
        set_calendar_day(s, office.admin, dt.date(2026, 10, 5), kind="off", name="Bão")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "calendar.set_day")).one()
    assert entry.user_id == office.admin.user_id and entry.origin_desk == "LS-01"


@HYPO
@given(
    name=st.text(max_size=300),
    kind=st.sampled_from(["off", "work", "nghi", ""]),
    year=st.integers(1, 9999),
)
def test_calendar_day_input_is_checked(office: Office, name: str, kind: str, year: int) -> None:
    INPUTS["calendar day"] += 1
    before = _counts(office.db)
    try:
        with office.db.session() as s:
            set_calendar_day(s, office.admin, dt.date(year, 1, 2), kind=kind, name=name)
            s.rollback()
    except ValidationFailed as exc:
        assert set(exc.field_errors) <= {"kind", "day", "name", "reason"}
    else:
        assert kind in ("off", "work") and 1990 <= year <= 2100 and name.strip()
        assert len(name) <= 200 and all(c >= " " or c in "\t\n\r" for c in name)
    assert _counts(office.db) == before


controls = st.characters(codec="utf-8", categories=["Cc"], exclude_characters="\t\n\r")


@HYPO
@given(
    bad=controls,
    field=st.sampled_from(["full_name", "address", "summary", "respondent", "document"]),
)
def test_visits_with_control_characters_are_refused(office: Office, bad: str, field: str) -> None:
    INPUTS["visit control"] += 1
    text = f"Nguyễn{bad} Văn An"
    if field in ("full_name", "address"):
        data = visit(citizen=citizen(**{field: text}))
        key = f"citizen.{field}"
    elif field == "document":
        from tcd_desktop.services.reception.inputs import ReceivedDocument

        data = visit(petitions=[petition(documents=[ReceivedDocument(text, 1, "original")])])
        key = "petitions[0].documents[0].name"
    else:
        data = visit(petitions=[petition(**{field: text})])
        key = f"petitions[0].{field}"
    before = _counts(office.db)
    with pytest.raises(ValidationFailed) as caught, office.db.session() as s:
        save_visit(s, office.officer, data)
    assert f"U+{ord(bad):04X}" in caught.value.field_errors[key]
    assert _counts(office.db) == before


def test_an_out_of_range_override_already_stored_is_ignored(office: Office) -> None:
    """A database written before the check (--days 99999999999) must not break due dates."""
    INPUTS["stored override"] += 1
    from tcd_desktop.services.rulebook import load_rulebook

    with office.db.session() as s:
        shipped = load_rulebook(s, SYSTEM).deadline("K2", dt.date(2026, 8, 3)).due
        s.add(
            RuleRow(
                rule_id="K2",
                effective_from=dt.date(2026, 7, 1),
                source="override",
                reason="cũ",
                data={"days": 99_999_999_999, "unit": "calendar"},
            )
        )
    with office.db.session() as s:
        assert load_rulebook(s, SYSTEM).deadline("K2", dt.date(2026, 8, 3)).due == shipped


@HYPO
@given(bad=controls)
def test_no_path_saves_a_control_character(office: Office, bad: str) -> None:
    """The flush guard: even a row written past every form is refused, naming the field."""
    from tcd_desktop.domain.folding import fold
    from tcd_desktop.store.models import Citizen
    from tcd_desktop.store.text_guard import ControlCharacterRefused

    INPUTS["flush guard"] += 1
    name = f"Lê{bad} Văn Kín"
    with (
        pytest.raises(ControlCharacterRefused, match=r"citizens\.full_name"),
        office.db.session() as s,
    ):
        s.add(Citizen(full_name=name, name_folded=fold(name)))
    with office.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Citizen)) == 0


@settings(HYPO, max_examples=300)
@given(
    text=st.one_of(
        st.text(max_size=30),
        st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=9, max_size=12),
        st.text(alphabet="0123456789²³¹٣ .-+", min_size=9, max_size=14),
    ),
    year=st.one_of(st.none(), st.integers(-(10**6), 10**6)),
)
def test_id_and_phone_validators_take_any_text(text: str, year: int | None) -> None:
    """Never an exception; a valid result is ASCII digits; a refusal is a Vietnamese message."""
    from tcd_desktop.domain.validators import validate_citizen_id, validate_phone

    INPUTS["id/phone text"] += 1
    for result in (validate_citizen_id(text, year), validate_phone(text)):
        if result.ok:
            assert result.value.isascii() and result.value.isdigit()
        else:
            assert result.message_vi and result.message_vi[0].isupper()
