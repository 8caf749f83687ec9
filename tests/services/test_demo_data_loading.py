"""Sample data loading: into a database that already has an administrator's unit, across
seeds, and the SQLite bulk loader itself (stored exactly as the ORM stores it, whole schema,
worker process, search index, JSON)."""

from __future__ import annotations

import json
import random
import re
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tcd_desktop.domain.folding import fold
from tcd_desktop.services import demo_data
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.demo_data import DemoDataError, generate_demo_data
from tcd_desktop.services.demo_data.codec import Codec, uuid7_int
from tcd_desktop.services.demo_data.tables import COLUMNS, check_columns
from tcd_desktop.store.ids import uuid7_at
from tcd_desktop.store.models import Case, CaseEvent, Citizen, Unit
from tcd_desktop.store.queries.search import search
from tests.dbfixtures import make_database
from tests.services.demo_samples import CASES, SEED, TODAY, Generated, ids_and_codes


@pytest.fixture(scope="module")
def sqlite_sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """The same sample on SQLite only, for checks of the SQLite bulk loader itself."""
    with make_database("sqlite", tmp_path_factory.mktemp("demo_sqlite")) as db:
        summary = generate_demo_data(db, SYSTEM, cases=CASES, seed=SEED, today=TODAY)
        yield Generated(db, summary, [])


def test_keeps_an_administrators_own_unit_but_refuses_a_clash(tmp_path: Path) -> None:
    with make_database("sqlite", tmp_path / "own") as db:
        with db.session() as s:
            s.add(Unit(code="VP-UBND", name="Văn phòng UBND", level="province"))
        generate_demo_data(db, SYSTEM, cases=20, seed=SEED, today=TODAY)
        with db.session() as s:
            assert s.scalar(select(Unit.id).where(Unit.code == "VP-UBND")) is not None
    with make_database("sqlite", tmp_path / "clash") as db:
        with db.session() as s:
            s.add(Unit(code="LS.UBND", name="Ủy ban nhân dân tỉnh Lạng Sơn", level="province"))
        with pytest.raises(DemoDataError, match=r"LS\.UBND"):
            generate_demo_data(db, SYSTEM, cases=20, seed=SEED, today=TODAY)


def test_other_seed_other_rows(tmp_path: Path) -> None:
    with make_database("sqlite", tmp_path / "a") as a, make_database("sqlite", tmp_path / "b") as b:
        generate_demo_data(a, SYSTEM, cases=50, seed=1, today=TODAY)
        generate_demo_data(b, SYSTEM, cases=50, seed=2, today=TODAY)
        assert ids_and_codes(a) != ids_and_codes(b)


def test_uuid7_int_matches_store_ids() -> None:
    rng = random.Random(3)
    for _ in range(200):
        ms, bits = rng.getrandbits(48), rng.getrandbits(74)
        assert uuid7_int(ms, bits) == uuid7_at(ms, bits).int


def test_sqlite_values_are_stored_like_the_orm_stores_them(tmp_path: Path) -> None:
    """Raw values written by the bulk loader have the form SQLAlchemy itself writes."""
    with make_database("sqlite", tmp_path) as db:
        generate_demo_data(db, SYSTEM, cases=40, seed=SEED, today=TODAY)
        with db.session() as s:  # one row through the ORM, for comparison
            unit_id = s.scalar(select(Unit.id).limit(1))
            s.add(
                CaseEvent(
                    case_id=s.scalar(select(Case.id).limit(1)),
                    kind="note",
                    occurred_on=TODAY,
                    data={"x": "đ"},
                )
            )
            assert unit_id is not None
        path = db.engine.url.database
        assert path is not None
    con = sqlite3.connect(path)
    orm = con.execute(
        "SELECT id, created_at, occurred_on, data FROM case_events WHERE kind = 'note'"
    ).fetchone()
    ours = con.execute(
        "SELECT id, created_at, occurred_on, data FROM case_events WHERE kind = 'accepted' LIMIT 1"
    ).fetchone()
    for a, b in zip(orm, ours, strict=True):
        assert type(a) is type(b)
    assert re.fullmatch(r"[0-9a-f]{32}", ours[0])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", ours[1])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", ours[2])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", orm[1])
    typeof = "SELECT typeof(is_sample), typeof(is_complex), typeof(version) FROM cases LIMIT 1"
    assert con.execute(typeof).fetchone() == ("integer", "integer", "integer")
    con.close()


def test_sqlite_schema_is_whole_after_the_load(sqlite_sample: Generated, tmp_path: Path) -> None:
    """Every index and trigger dropped for the load is back, and the FTS5 indexes are sound."""
    with make_database("sqlite", tmp_path) as fresh:
        fresh_path = fresh.engine.url.database
    path = sqlite_sample.db.engine.url.database
    assert path is not None and fresh_path is not None
    query = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
    expected = set(sqlite3.connect(fresh_path).execute(query))
    con = sqlite3.connect(path)
    assert set(con.execute(query)) == expected
    for fts in ("citizens_fts", "petitions_fts"):
        con.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()


def test_worker_process_gives_the_same_rows(sqlite_sample: Generated, tmp_path: Path) -> None:
    """The two-process mode (large loads) writes exactly what one process writes."""
    with make_database("sqlite", tmp_path) as db:
        summary = generate_demo_data(db, SYSTEM, cases=CASES, seed=SEED, today=TODAY, parallel=True)
        assert summary.parallel
        assert summary.counts == sqlite_sample.summary.counts
        assert ids_and_codes(db) == ids_and_codes(sqlite_sample.db)
        path = db.engine.url.database
        assert path is not None
        with db.session() as s:
            assert search(s, "nguyen")
    con = sqlite3.connect(path)
    for fts in ("citizens_fts", "petitions_fts"):
        con.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    con.close()


@pytest.mark.parametrize("in_worker", [True, False])
def test_search_index_built_by_either_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_worker: bool
) -> None:
    """The worker builds the FTS5 index in a scratch file that the writer copies in, or the
    writer feeds it chunk by chunk: either way the index is sound and finds people."""
    monkeypatch.setattr(demo_data, "FTS_IN_WORKER", in_worker)
    with make_database("sqlite", tmp_path) as db:
        generate_demo_data(db, SYSTEM, cases=120, seed=SEED, today=TODAY, parallel=True)
        path = db.engine.url.database
        assert path is not None
        with db.session() as s:
            name = s.scalar(select(Citizen.full_name).where(Citizen.is_confidential.is_(False)))
            assert name and any(h.name == name for h in search(s, fold(name)))
    con = sqlite3.connect(path)
    for fts in ("citizens_fts", "petitions_fts"):
        con.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    rows = con.execute("SELECT count(*) FROM petitions_fts WHERE petitions_fts MATCH 'khieu'")
    assert rows.fetchone()[0] > 0
    con.close()


def test_sqlite_json_is_what_sqlalchemy_writes(sqlite_sample: Generated) -> None:
    path = sqlite_sample.db.engine.url.database
    assert path is not None
    con = sqlite3.connect(path)
    for table, column in (
        ("case_events", "data"),
        ("petitions", "prior_handling"),
        ("petitions", "documents_received"),
        ("cases", "complexity_grounds"),
        ("cases", "extension_days"),
        ("dialogues", "participants"),
    ):
        for (text,) in con.execute(f"SELECT {column} FROM {table}"):
            assert json.dumps(json.loads(text)) == text, (table, column, text)
    con.close()


def test_generator_knows_every_column() -> None:
    check_columns()  # raises when the schema moved on without the generator
    assert "id" in COLUMNS["cases"]
    assert Codec(sqlite=True).uuid_text("0" * 32) == str(uuid.UUID(int=0))
