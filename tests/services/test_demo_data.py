"""Sample data: deterministic, complete (every kind and deadline state), marked as sample,
consistent with the domain (due dates, workflow); how the loader stores it is checked in
test_demo_data_loading.py.

Runs on SQLite and on PostgreSQL (``TCD_TEST_DATABASE_URL``). One database per backend is
generated for the module and only read by the tests, except the tests that need their own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tcd_desktop.domain.deadlines import compute_deadline
from tcd_desktop.domain.folding import fold
from tcd_desktop.domain.validators import validate_citizen_id, validate_phone
from tcd_desktop.domain.workflow import Step, WorkflowState, allowed_steps, refusal, status_after
from tcd_desktop.services.cases.clock import _pause_spans, main_deadline
from tcd_desktop.services.cases.core import _events_of, workflow_state
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.demo_data import SAMPLE_NOTE, DemoDataError, generate_demo_data
from tcd_desktop.services.rulebook import load_rulebook
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.models import (
    AuditEntry,
    Case,
    Citizen,
    NumberSeries,
    Petition,
    Reception,
    Unit,
    User,
)
from tcd_desktop.store.queries.board import BOARD_STATES, board_counts
from tcd_desktop.store.queries.search import search
from tests.dbfixtures import make_database
from tests.services.demo_samples import CASES, SEED, TODAY, Generated, ids_and_codes

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def sample(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Generated]:
    """A 300-case sample database of each backend, generated once for the module."""
    with make_database(request.param, tmp_path_factory.mktemp("demo")) as db:
        stages: list[str] = []
        summary = generate_demo_data(
            db,
            SYSTEM,
            cases=CASES,
            seed=SEED,
            today=TODAY,
            progress=lambda s, d, t: stages.append(s),
        )
        yield Generated(db, summary, stages)


# ---------------------------------------------------------------------- shape


def test_counts_and_summary(sample: Generated) -> None:
    summary = sample.summary
    assert summary.cases == CASES
    assert summary.seed == SEED and summary.today == TODAY
    assert summary.counts["units"] >= 190
    assert summary.counts["petitions"] >= CASES
    assert 0 < summary.counts["citizens"] < summary.counts["petitions"] + 200  # repeats
    assert summary.counts["receptions"] >= CASES // 2
    assert summary.elapsed > 0
    assert sample.stages, "progress was never reported"
    with sample.db.session() as s:
        for model, table in (
            (Case, "cases"),
            (Petition, "petitions"),
            (Citizen, "citizens"),
            (Reception, "receptions"),
            (Unit, "units"),
            (User, "users"),
        ):
            assert s.scalar(select(func.count()).select_from(model)) == summary.counts[table]
    assert sum(summary.states.values()) == CASES


def test_units_are_real_places(sample: Generated) -> None:
    with sample.db.session() as s:
        units = s.execute(select(Unit.name, Unit.level, Unit.is_remote, Unit.name_folded)).all()
    names = {u.name for u in units}
    assert "Ủy ban nhân dân tỉnh Lạng Sơn" in names
    assert "Thanh tra thành phố Hà Nội" in names
    assert "Ban Tiếp công dân tỉnh Nghệ An" in names
    assert "Sở Tài nguyên và Môi trường tỉnh Quảng Ninh" in names
    assert {u.level for u in units} == {"province", "department", "commune"}
    assert any(u.is_remote for u in units)
    assert all(u.name_folded == fold(u.name) for u in units)


def test_every_kind_level_state_and_flag(sample: Generated) -> None:
    with sample.db.session() as s:
        kinds = set(s.scalars(select(Case.kind).distinct()))
        levels = set(s.scalars(select(Case.level).where(Case.kind == "khieu_nai").distinct()))
        counts = board_counts(
            s, TODAY, load_rulebook(s, SYSTEM).calendar.add_working_days(TODAY, 5)
        )
        flags = s.execute(
            select(
                func.count().filter(Case.is_complex),
                func.count().filter(Case.is_very_complex),
                func.count().filter(Case.is_remote),
                func.count().filter(Case.is_mass),
                func.count().filter(Case.is_repeat),
                func.count().filter(Case.is_long_running),
                func.count().filter(Case.extensions > 0),
                func.count().filter(Case.parent_case_id.is_not(None)),
            )
        ).one()
    assert kinds == {"khieu_nai", "to_cao", "kien_nghi", "phan_anh"}
    assert levels == {1, 2}
    assert all(counts.counts[state] > 0 for state in BOARD_STATES), counts
    assert counts.not_started == 0
    assert all(n > 0 for n in flags), flags


def test_every_case_has_its_petition_and_most_a_visit(sample: Generated) -> None:
    with sample.db.session() as s:
        rows = s.execute(
            select(
                Case.kind,
                Case.citizen_id,
                Case.received_on,
                Petition.kind,
                Petition.citizen_id,
                Petition.received_on,
                Petition.reception_id,
            ).join(Petition, Petition.id == Case.petition_id)
        ).all()
        with_visit = s.scalar(
            select(func.count())
            .select_from(Case)
            .join(Petition, Petition.id == Case.petition_id)
            .join(Reception, Reception.id == Petition.reception_id)
        )
    assert len(rows) == CASES
    for c_kind, c_cit, c_on, p_kind, p_cit, p_on, _visit in rows:
        assert (c_kind, c_cit, c_on) == (p_kind, p_cit, p_on)
    assert with_visit > CASES * 0.6


def test_dates_run_up_to_today(sample: Generated) -> None:
    with sample.db.session() as s:
        first, last = s.execute(
            select(func.min(Case.received_on), func.max(Case.received_on))
        ).one()
        latest_close = s.scalar(select(func.max(Case.closed_on)))
        odd = s.scalar(
            select(func.count()).where(
                (Case.accepted_on < Case.received_on) | (Case.closed_on < Case.accepted_on)
            )
        )
    assert (TODAY - first).days > 3 * 365
    assert last <= TODAY and latest_close <= TODAY
    assert odd == 0


# ---------------------------------------------------------------------- people and text


def test_citizens_look_real(sample: Generated) -> None:
    with sample.db.session() as s:
        people = s.scalars(select(Citizen).where(Citizen.is_organisation.is_(False))).all()
    surnames = {p.full_name.split()[0] for p in people}
    assert {"Nguyễn", "Trần", "Lê"} <= surnames
    for p in people:
        assert p.name_folded == fold(p.full_name)
        assert p.address_folded == fold(p.address)
        assert re.match(r"^(Số \d+, đường .+, phường|.+, xã) .+, (tỉnh|thành phố) .+$", p.address)
        assert p.id_number is not None and validate_citizen_id(p.id_number, p.birth_year).ok
        assert p.gender in ("nam", "nữ")
        assert p.phone is None or validate_phone(p.phone).ok
    numbers = [p.id_number for p in people]
    assert len(numbers) == len(set(numbers))


def test_folded_texts(sample: Generated) -> None:
    with sample.db.session() as s:
        petitions = s.execute(
            select(
                Petition.summary,
                Petition.summary_folded,
                Petition.respondent,
                Petition.respondent_folded,
            )
        ).all()
        visits = s.execute(select(Reception.summary, Reception.summary_folded)).all()
    assert petitions and visits
    for summary, folded, respondent, respondent_folded in petitions:
        assert folded == fold(summary)
        assert respondent_folded == fold(respondent)
    for summary, folded in visits:
        assert folded == fold(summary)


def test_denouncers_are_sealed(sample: Generated) -> None:
    with sample.db.session() as s:
        open_denouncers = s.scalar(
            select(func.count())
            .select_from(Case)
            .join(Citizen, Citizen.id == Case.citizen_id)
            .where(Case.kind == "to_cao", Citizen.is_confidential.is_(False))
        )
        denouncer = s.scalar(
            select(Citizen)
            .join(Case, Case.citizen_id == Citizen.id)
            .where(Case.kind == "to_cao")
            .limit(1)
        )
        assert denouncer is not None
        hits = [h for h in search(s, denouncer.full_name, limit=500) if h.id == denouncer.id]
    assert open_denouncers == 0
    assert hits == []  # a denouncer is never a search hit, not even masked


def test_search_finds_without_diacritics(sample: Generated) -> None:
    with sample.db.session() as s:
        hits = search(s, "nguyen")
        name = s.scalar(
            select(Citizen.full_name).where(Citizen.is_confidential.is_(False)).limit(1)
        )
        assert name is not None
        exact = search(s, fold(name))
    assert 50 <= len(hits) <= 100  # sealed people and what only their identity matched: gone
    assert all(h.name != "Người tố cáo (được giữ bí mật)" for h in hits if h.type == "citizen")
    assert any(h.name == name for h in exact)


# ---------------------------------------------------------------------- law


def test_due_dates_come_from_the_deadline_engine(sample: Generated) -> None:
    rng = random.Random(1)
    with sample.db.session() as s:
        book = load_rulebook(s, SYSTEM)
        cases = s.scalars(select(Case).where(Case.kind.in_(("khieu_nai", "to_cao")))).all()
        for case in rng.sample(cases, 40) + [c for c in cases if c.extensions or c.is_paused]:
            assert case.accepted_on is not None and case.due_rule in ("K3", "K7", "D4")
            spans = _pause_spans(s, case.id)
            rule = book.pack.get(case.due_rule, case.rule_set_on)
            expected = compute_deadline(
                rule,
                case.accepted_on,
                book.calendar,
                complex=case.is_complex,
                very_complex=case.is_very_complex,
                remote=case.is_remote,
                extension_days=[int(d) for d in case.extension_days] or None,
                paused=spans,
            )
            assert case.due_on == expected.due, case.code
            main = main_deadline(book, case, spans)  # the case service agrees
            assert main is not None and main.due == case.due_on
        others = s.execute(
            select(Case.due_rule, Case.due_on, Case.accepted_on).where(
                Case.kind.in_(("kien_nghi", "phan_anh"))
            )
        ).all()
    assert all(rule == "LD" and 15 <= (due - acc).days <= 35 for rule, due, acc in others)


def test_open_cases_can_go_on(sample: Generated) -> None:
    """The workflow state machine accepts every open sample case and offers a next step."""
    with sample.db.session() as s:
        open_cases = s.scalars(select(Case).where(Case.closed_on.is_(None))).all()
        assert open_cases
        for case in open_cases:
            events = _events_of(s, case.id)
            assert events and events[0].kind == "accepted", case.code
            state = workflow_state(case, events)
            assert any(why is None for _step, why in allowed_steps(state, TODAY)), case.code


def test_timelines_follow_the_workflow(sample: Generated) -> None:
    """Replaying each timeline through the state machine: every step was allowed when taken,
    and the replay ends in the status stored on the case."""
    replayed = 0
    with sample.db.session() as s:
        for case in s.scalars(select(Case)).all():
            events = [e for e in _events_of(s, case.id) if e.kind != "second_complaint"]
            if not events:
                continue  # an old closed case: no timeline kept
            state = WorkflowState(
                kind=case.kind,
                level=case.level,
                done=frozenset({"accepted"}),
                is_complex=case.is_complex,
                is_very_complex=case.is_very_complex,
                legal_effect_on=case.legal_effect_on,
                due_on=case.due_on,
            )
            before_pause = state.status
            for event in events[1:]:
                step = Step(event.kind)
                why = refusal(
                    state,
                    step,
                    event.occurred_on,
                    result=event.data.get("result"),
                    ground=event.data.get("ground"),
                )
                assert why is None, (case.code, event.kind, why)
                status, paused = status_after(state, step), state.is_paused
                if step == Step.SUSPENSION:
                    before_pause, paused = state.status, True
                elif step == Step.RESUMPTION:
                    status, paused = before_pause, False
                state = dataclasses.replace(
                    state,
                    done=state.done | {event.kind},
                    status=status,
                    is_paused=paused,
                    extensions=state.extensions + (step == Step.EXTENSION),
                )
            assert state.status == case.status, case.code
            replayed += 1
    assert replayed > 0


# ---------------------------------------------------------------------- marking


def test_everything_is_marked_sample(sample: Generated) -> None:
    db = sample.db
    assert db.is_sample
    assert db.meta("sample_data_note") == SAMPLE_NOTE == "DỮ LIỆU MẪU — không phải dữ liệu thật"
    with db.session() as s:
        for model in (Case, Petition, Citizen, Reception, User):
            assert s.scalar(select(func.count()).where(model.is_sample.is_(False))) == 0
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo_data.generate")).all()
        assert len(audit) == 1 and audit[0].detail["counts"]["cases"] == CASES
        assert verify_audit(s).ok


def test_numbering_continues_after_the_sample(sample: Generated) -> None:
    with sample.db.session() as s:
        series = s.scalars(select(NumberSeries).where(NumberSeries.kind == "case")).all()
        codes = set(s.scalars(select(Case.code)))
    assert series
    for row in series:
        assert f"{row.desk_code}-{row.year}-{row.last_value:06d}" in codes
        assert f"{row.desk_code}-{row.year}-{row.last_value + 1:06d}" not in codes


def test_refuses_a_database_that_has_data(sample: Generated) -> None:
    with pytest.raises(DemoDataError):
        generate_demo_data(sample.db, SYSTEM, cases=10, seed=SEED, today=TODAY)


# ---------------------------------------------------------------------- determinism, storage


def test_same_seed_same_rows(sample: Generated, tmp_path: Path) -> None:
    """The same seed gives the same ids and codes, on either backend."""
    with make_database("sqlite", tmp_path) as again:
        summary = generate_demo_data(again, SYSTEM, cases=CASES, seed=SEED, today=TODAY)
        assert summary.counts == sample.summary.counts
        assert ids_and_codes(again) == ids_and_codes(sample.db)


def test_ids_are_time_ordered_uuid7(sample: Generated) -> None:
    with sample.db.session() as s:
        rows = s.execute(select(Case.id, Case.accepted_on, Case.created_at)).all()
    assert rows
    for case_id, accepted_on, created_at in rows:
        assert isinstance(case_id, uuid.UUID) and case_id.version == 7
        ms = case_id.int >> 80
        assert dt.datetime.fromtimestamp(ms / 1000, dt.UTC).date() == accepted_on
        assert created_at.tzinfo is not None and created_at.date() == accepted_on
