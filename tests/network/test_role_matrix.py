"""Each application role, connected as its own login, is kept by the database itself to what
the application lets it do (#11 §1; the matrix in tcd_desktop/store/pg_grants.py).

For every role: reading another role's data, writing outside the role, DELETE, TRUNCATE
and DDL are refused by the server; and the role's own work still goes through the services.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
from tcd_desktop.services.cases.screen import load_case_detail, open_case_file, open_document_pdf
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.identity import SEALED_FILE
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
SCAN, PDF = b"scan of the handwritten letter", b"%PDF-1.4 notice"
SCAN_SHA, PDF_SHA = hashlib.sha256(SCAN).hexdigest(), hashlib.sha256(PDF).hexdigest()


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


def _kept(office: RoleOffice, case_id: object = None) -> dict[str, object]:
    """A sealed and an open scan and document (with the case ``case_id``), by the owner."""
    rows = {
        "sealed_scan": Attachment(filename="don-to-cao-nguyen-van-an.jpg", sha256=SCAN_SHA,
                                  content=SCAN, is_sealed=True, case_id=case_id),
        "open_scan": Attachment(filename="bien-ban.pdf", sha256=SCAN_SHA, content=SCAN,
                                case_id=case_id),
        "sealed_doc": Document(form_code="TC-01", issued_on=dt.date(2026, 8, 12), sha256=PDF_SHA,
                               content=PDF, number="01/TB-TC", is_sealed=True, case_id=case_id),
        "open_doc": Document(form_code="TC-02", issued_on=dt.date(2026, 8, 13), sha256=PDF_SHA,
                             content=PDF, number="02/TB-TC", case_id=case_id),
    }  # fmt: skip
    with office.owner.session() as s:
        s.add_all(rows.values())
        s.flush()
        return {name: row.id for name, row in rows.items()}


@pytest.mark.parametrize("role,entitled", [(R, True), (H, True), (L, True), (S, False), (A, False)])
def test_every_reader_lists_a_sealed_scan_only_the_entitled_read_it(
    office: RoleOffice, role: Role, entitled: bool
) -> None:
    """Every row is listed, its number, size and hash too; what a sealed one says (content,
    a scan's file name and type) only for the roles entitled to a denouncer's identity."""
    ids = _kept(office)
    db = office.login(role)
    with db.engine.connect() as conn:
        listed = conn.execute(
            text("SELECT count(*) FROM attachments WHERE is_sealed AND size >= 0")
        ).scalar_one()
        numbers = conn.execute(text("SELECT number FROM documents ORDER BY number")).scalars()
        assert (listed, list(numbers)) == (1, ["01/TB-TC", "02/TB-TC"])
        for function in ("tcd_document_content", "tcd_attachment_content"):
            open_id = ids["open_doc" if "document" in function else "open_scan"]
            shown = conn.execute(text(f"SELECT {function}(:i)"), {"i": open_id}).scalar_one()
            assert bytes(shown) in (PDF, SCAN)
        name = text("SELECT tcd_attachment_name(:i), tcd_attachment_mime(:i)")
        sealed_name = conn.execute(name, {"i": ids["sealed_scan"]}).one()
        assert (sealed_name[0] == "don-to-cao-nguyen-van-an.jpg") is entitled
        assert conn.execute(name, {"i": ids["open_scan"]}).one()[0] == "bien-ban.pdf"
        size = text("SELECT tcd_document_size(:i)")
        assert conn.execute(size, {"i": ids["sealed_doc"]}).scalar_one() == len(PDF)
    sealed = {"d": ids["sealed_doc"], "a": ids["sealed_scan"]}
    reads = (
        "SELECT content FROM documents WHERE id = :d",
        "SELECT content FROM attachments WHERE id = :a",
        "SELECT filename FROM attachments WHERE id = :a",
        "SELECT mime_type FROM attachments WHERE id = :a",
        "SELECT tcd_document_content(:d)",
        "SELECT tcd_attachment_content(:a)",
    )
    for sql in reads:
        if entitled:
            with db.engine.connect() as conn:
                assert conn.execute(text(sql), sealed).scalar_one() is not None
        else:
            refusal = _refused(db, sql, **sealed)
            assert DENIED in refusal or "may not read a sealed" in refusal


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


@pytest.mark.parametrize("role", [R, H, L, S, A])
def test_every_reader_opens_a_denunciation_case_under_their_own_login(
    office: RoleOffice, role: Role
) -> None:
    """The case screen lists every scan and document of the case, a sealed one too (its
    number on the timeline); the supervisor and the administrator open the ones that are not
    sealed and are refused the sealed ones; the assignee opens them. The denouncer is masked
    for every reader until revealed, and the reveal goes through the database's function."""
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
    ids = _kept(office, case_id)
    db, actor = office.login(role), office.actor(role)
    detail = load_case_detail(db, actor, case_id)
    assert detail.case.id == case_id and detail.parties.is_sealed
    assert {"01/TB-TC", "02/TB-TC"} <= set(detail.document_labels.values())
    sealed_doc = next(d for d in detail.documents if d.id == ids["sealed_doc"])
    assert sealed_doc.size == len(PDF) and sealed_doc.sealed_identity
    scans = {f.id: f for f in detail.attachments}
    assert set(scans) == {ids["sealed_scan"], ids["open_scan"]}
    assert scans[ids["open_scan"]].filename == "bien-ban.pdf"
    assert repr(detail.parties.parties).count("Nguyễn Văn An") == 0  # masked until revealed
    if role in (S, A):
        assert scans[ids["sealed_scan"]].masked
        assert scans[ids["sealed_scan"]].filename == SEALED_FILE
        assert open_document_pdf(db, actor, ids["open_doc"]) == PDF
        assert open_case_file(db, actor, ids["open_scan"]) == SCAN
        with pytest.raises(PermissionDenied):
            open_document_pdf(db, actor, ids["sealed_doc"])
        with pytest.raises(PermissionDenied):
            open_case_file(db, actor, ids["sealed_scan"])
    if role == H:  # the assignee opens them, and reveals through the audited function
        assert scans[ids["sealed_scan"]].filename == "don-to-cao-nguyen-van-an.jpg"
        assert open_document_pdf(db, actor, ids["sealed_doc"]) == PDF
        assert open_case_file(db, actor, ids["sealed_scan"]) == SCAN
        shown_to = load_case_detail(db, actor, case_id, reveal_reason="Giải quyết tố cáo")
        assert "Nguyễn Văn An" in repr(shown_to.parties.parties)
        assert [scan.filename for scan in shown_to.parties.scans] == [
            "don-to-cao-nguyen-van-an.jpg"
        ]


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
