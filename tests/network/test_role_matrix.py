"""Each application role, connected as its own login, is kept by the database itself to what
the application lets it do (#11 §1; the matrix in tcd_desktop/store/pg_grants.py).

For every role: reading another role's data, writing outside the role, DELETE, TRUNCATE
and DDL are refused by the server; and the role's own work still goes through the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tcd_desktop.domain.dashboard_period import parse_period
from tcd_desktop.domain.enums import Role
from tcd_desktop.domain.report_periods import parse_period as report_period
from tcd_desktop.services import dashboard, petitions
from tcd_desktop.services.cases import AcceptanceInput
from tcd_desktop.services.cases.screen import load_case_detail
from tcd_desktop.services.register import operations as register_ops
from tcd_desktop.services.reports.service import build_report, lock_report, set_cutoff_day
from tcd_desktop.services.users.ops import change_own_password
from tcd_desktop.services.users.signin import actor_for, sign_in, users_with_role
from tcd_desktop.store.database import Database, open_database
from tcd_desktop.store.models import Attachment, Document, User
from tcd_desktop.store.pg_roles import manage_login
from tests.network.fixtures import record
from tests.network.role_office import RoleOffice, role_office
from tests.network.roles_fixture import PASSWORD
from tests.services.reception_fixtures import citizen, petition, visit
from tests.services.test_register_io import BAD_CSV

pytestmark = pytest.mark.postgres

R, H, L = Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER
S, A = Role.SUPERVISOR, Role.ADMINISTRATOR
STAFF = [R, H, L, S]
VN = dt.timezone(dt.timedelta(hours=7))
DENIED = "permission denied"
RLS = "row-level security"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[RoleOffice]:
    with role_office(tmp_path) as made:
        yield made


def _refused(db: Database, sql: str, **params: object) -> str:
    """Run ``sql``; return the server's refusal (the test fails if it was accepted)."""
    with pytest.raises(DBAPIError) as err, db.engine.begin() as conn:
        conn.execute(text(sql), params)
    return str(err.value.orig)


def _run(db: Database, sql: str, **params: object) -> int:
    with db.engine.begin() as conn:
        return int(conn.execute(text(sql), params).rowcount)


def _visit(office: RoleOffice, role: Role, minute: int = 0) -> tuple[object, object]:
    """A visit with one complaint, saved through the reception service as ``role``."""
    db = office.login(role)
    at = dt.datetime(2026, 8, 10, 9, minute, tzinfo=VN)
    saved = record(db, office.actor(role), visit(at, citizen=citizen(), petitions=[petition()]))
    return saved.reception_id, saved.petitions[0].id


@pytest.mark.parametrize("role", STAFF)
def test_password_hashes_are_the_administrators_and_the_desks_only(
    office: RoleOffice, role: Role
) -> None:
    db = office.login(role)
    assert DENIED in _refused(db, "SELECT password_hash FROM users")
    assert DENIED in _refused(db, "SELECT * FROM users")
    with db.engine.connect() as conn:  # the accounts themselves: names for the pickers
        assert conn.execute(text("SELECT count(*) FROM users")).scalar_one() == 5
    with db.session() as s:  # the services' own reads of accounts load no hash
        leaders = users_with_role(s, office.actor(role), L)
        assert [u.username for u in leaders] == [office.actor(L).username]
        me = s.get(User, office.user_id(role))
        assert me is not None and actor_for(s, me).username == office.actor(role).username
    admin = office.login(A)
    with admin.engine.connect() as conn:
        hashes = conn.execute(text("SELECT password_hash FROM users")).scalars().all()
    assert all(h.startswith("$argon2") for h in hashes)


@pytest.mark.parametrize("role", STAFF)
def test_a_user_changes_only_their_own_account(office: RoleOffice, role: Role) -> None:
    db = office.login(role)
    admin_id = office.user_id(A)
    assert _run(db, "UPDATE users SET locked_until = now() WHERE id = :i", i=admin_id) == 0
    assert _run(db, "UPDATE users SET failed_attempts = 0 WHERE id = :i", i=admin_id) == 0
    assert DENIED in _refused(db, "UPDATE users SET is_active = false WHERE id = :i", i=admin_id)
    assert DENIED in _refused(db, "UPDATE user_roles SET role = 'administrator'")
    assert DENIED in _refused(
        db,
        "INSERT INTO users (id, version, created_at, updated_at, origin_desk, username, "
        "full_name, title, password_hash, is_active, is_sample, failed_attempts) VALUES "
        "(gen_random_uuid(), 1, now(), now(), '', 'x', 'x', '', '', true, false, 0)",
    )
    # their own password, through the service: the database login changes with it
    change_own_password(db, office.actor(role), PASSWORD, "mat-khau-moi-5678")
    db.switch_login(office.actor(role).username, "mat-khau-moi-5678")


@pytest.mark.parametrize("role", [*STAFF, A])
def test_no_delete_truncate_or_ddl_for_any_role(office: RoleOffice, role: Role) -> None:
    db = office.login(role)
    for table in ("receptions", "petitions", "cases", "citizens", "users", "report_locks"):
        assert DENIED in _refused(db, f"DELETE FROM {table}")
        assert DENIED in _refused(db, f"TRUNCATE {table} CASCADE")
    assert DENIED in _refused(db, "DELETE FROM app_meta")
    _refused(db, "CREATE TABLE mine (a int)")
    assert "owner" in _refused(db, "ALTER TABLE cases ADD COLUMN x int")
    assert "owner" in _refused(db, "DROP TABLE report_locks")
    assert "owner" in _refused(db, "ALTER TABLE users DISABLE ROW LEVEL SECURITY")


@pytest.mark.parametrize("role", STAFF)
def test_office_set_up_is_the_administrators(office: RoleOffice, role: Role) -> None:
    db = office.login(role)
    for sql in (
        "UPDATE units SET name = 'x'",
        "UPDATE rules SET updated_at = now()",
        "UPDATE calendar_days SET updated_at = now()",
        "UPDATE desks SET is_active = false",
        "UPDATE field_categories SET name = 'x'",
    ):
        assert DENIED in _refused(db, sql)
    # the reception officer writes app_meta's import marks only (row-level security), the
    # others nothing at all (no INSERT or UPDATE on the table)
    setting = "INSERT INTO app_meta (key, value) VALUES ('due_soon_working_days', '1')"
    change = "UPDATE app_meta SET value = 'x' WHERE key = 'office_name'"
    if role == R:
        assert RLS in _refused(db, setting)
        assert _run(db, change) == 0
    else:
        assert DENIED in _refused(db, setting)
        assert DENIED in _refused(db, change)


def test_the_administrator_keeps_the_office_settings(office: RoleOffice) -> None:
    db = office.login(A)
    set_cutoff_day(db, office.actor(A), 20, "Quy định mới của tỉnh")
    assert _run(db, "UPDATE units SET updated_at = now()") >= 1
    with db.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT value FROM app_meta WHERE key = 'reports.cutoff_day'")
            ).scalar_one()
            == "20"
        )


@pytest.mark.parametrize("role", [H, L, S])
def test_only_the_reception_officer_marks_imported_register_files(
    office: RoleOffice, role: Role
) -> None:
    mark = "INSERT INTO app_meta (key, value) VALUES (:k, '1')"
    assert _run(office.login(R), mark, k="register_import:abc") == 1
    refusal = _refused(office.login(role), mark, k="register_import:def")
    assert DENIED in refusal  # no INSERT on app_meta at all for these roles


@pytest.mark.parametrize("role", [H, S])
def test_visits_are_recorded_by_the_reception_desk_only(office: RoleOffice, role: Role) -> None:
    _visit(office, R)
    db = office.login(role)
    with db.engine.connect() as conn:  # every role reads the register
        assert conn.execute(text("SELECT count(*) FROM receptions")).scalar_one() == 1
    assert DENIED in _refused(db, "UPDATE receptions SET updated_at = now()")
    assert DENIED in _refused(db, "UPDATE reception_participants SET updated_at = now()")


def test_the_supervisor_reads_everything_and_writes_only_report_figures(
    office: RoleOffice,
) -> None:
    _visit(office, R)
    db = office.login(S)
    for sql in (
        "UPDATE petitions SET summary = 'x'",
        "UPDATE cases SET summary = 'x'",
        "UPDATE citizens SET phone = 'x'",
        "UPDATE documents SET number = 'x'",
        "UPDATE number_series SET updated_at = now()",
    ):
        assert DENIED in _refused(db, sql)
    period = report_period("2026")
    actor = office.actor(S)
    table = dashboard.load_table(db, actor, parse_period("2026-Q3"), today=dt.date(2026, 9, 1))
    assert table.rows
    assert build_report(db, actor, "01/XLD", period).locked is None
    locked = lock_report(db, actor, "01/XLD", period).value
    assert locked.locked is not None


@pytest.mark.parametrize("role", [R, H, L])
def test_report_figures_are_the_supervisors(office: RoleOffice, role: Role) -> None:
    db = office.login(role)
    assert DENIED in _refused(db, "UPDATE report_locks SET scope = 'x'")
    assert DENIED in _refused(db, "UPDATE report_opening_balances SET value = 0")


@pytest.mark.parametrize("role", [H, L])
def test_case_work_goes_through_for_the_officers(office: RoleOffice, role: Role) -> None:
    _, petition_id = _visit(office, R if role == H else L)
    db = office.login(role)
    actor = office.actor(role)
    with db.session() as s:
        accepted = petitions.accept_petition(
            s,
            actor,
            petition_id,  # type: ignore[arg-type]
            AcceptanceInput(accepted_on=dt.date(2026, 8, 12), assignee_id=actor.user_id),
        )
    assert accepted.case_id is not None


def _sealed_scan(office: RoleOffice) -> None:
    with office.owner.session() as s:
        s.add(
            Attachment(
                filename="don-to-cao-viet-tay.jpg",
                sha256="0" * 64,
                content=b"scan",
                is_sealed=True,
            )
        )


@pytest.mark.parametrize("role,visible", [(R, 1), (H, 1), (L, 1), (S, 0), (A, 0)])
def test_a_sealed_scan_is_read_only_by_the_roles_entitled(
    office: RoleOffice, role: Role, visible: int
) -> None:
    _sealed_scan(office)
    db = office.login(role)
    with db.engine.connect() as conn:
        seen = conn.execute(text("SELECT count(*) FROM attachments WHERE is_sealed")).scalar()
    assert seen == visible


def test_a_desk_signs_in_an_account_whose_hash_has_older_parameters(office: RoleOffice) -> None:
    """The desk's login may not write password hashes: a hash made with older argon2
    parameters is kept (refreshed at the next password change), the sign-in goes through."""
    desk_login = f"{office.prefix}_desk_t"
    older = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    with office.owner.session() as s:
        manage_login(s, desk_login, password=PASSWORD, roles=(), active=True, desk=True)
        row = s.get(User, office.user_id(R))
        assert row is not None
        row.password_hash = older
    desk = open_database(office.owner.url, upgrade=False)
    office.opened.append(desk)
    desk.switch_login(desk_login, PASSWORD)
    with desk.session() as s:
        actor = sign_in(s, office.actor(R).username, PASSWORD)
    assert actor.user_id == office.user_id(R)


@pytest.mark.parametrize("role,sees_sealed", [(R, True), (H, True), (L, True), (S, False)])
def test_every_reader_opens_a_denunciation_case_under_their_own_login(
    office: RoleOffice, role: Role, sees_sealed: bool
) -> None:
    """The sealed rows a role may not read (the denouncer, a sealed document) are missing for
    it, and the case screen still loads from what remains — masked as the application masks."""
    db_r = office.login(R)
    at = dt.datetime(2026, 8, 10, 9, 0, tzinfo=VN)
    saved = record(
        db_r,
        office.actor(R),
        visit(at, citizen=citizen(), petitions=[petition("Tố cáo cán bộ địa chính", "to_cao")]),
    )
    handler = office.actor(H)
    with office.login(H).session() as s:
        case_id = petitions.accept_petition(
            s,
            handler,
            saved.petitions[0].id,
            AcceptanceInput(accepted_on=dt.date(2026, 8, 12), assignee_id=handler.user_id),
        ).case_id
    assert case_id is not None
    with office.owner.session() as s:
        s.add(Document(form_code="TC-01", issued_on=dt.date(2026, 8, 12), case_id=case_id,
                       sha256="0" * 64, number="01/TB-TC", is_sealed=True))  # fmt: skip
    detail = load_case_detail(office.login(role), office.actor(role), case_id)
    assert detail.case.id == case_id and detail.parties.is_sealed
    assert ("01/TB-TC" in detail.document_labels.values()) is sees_sealed
    shown = repr(detail.parties.parties)
    assert "Nguyễn Văn An" not in shown  # masked for every reader until revealed
    if role == H:  # the assignee reveals, through the database's own audited function
        shown_to = load_case_detail(
            office.login(H), office.actor(H), case_id, reveal_reason="Giải quyết tố cáo"
        )
        assert "Nguyễn Văn An" in repr(shown_to.parties.parties)


def test_the_reception_officer_imports_a_register_file(office: RoleOffice, tmp_path: Path) -> None:
    """The import writes visits, petitions, citizens and the file's mark in app_meta — all
    under the reception officer's own login."""
    path = tmp_path / "so.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    db = office.login(R)
    preview = register_ops.preview_import(db, office.actor(R), path)
    result = register_ops.apply_import(db, office.actor(R), preview, excluded=[4, 5]).value
    assert result.rows == 2
    with office.owner.engine.connect() as conn:
        marks = conn.execute(
            text("SELECT count(*) FROM app_meta WHERE key LIKE 'register_import:%'")
        ).scalar_one()
    assert marks == 1
