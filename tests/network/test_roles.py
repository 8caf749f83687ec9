"""The database itself enforces who may do what (#11 §1, §7; #12 §3 on PostgreSQL).

Each test connects as an application user's own login role, as a desk does after sign-in.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tcd_desktop.domain.enums import Role
from tcd_desktop.services import users
from tcd_desktop.services.users.signin import return_to_desk_login, sign_in, use_own_login
from tcd_desktop.store.audit import append_audit, verify_audit
from tcd_desktop.store.database import Database, DatabaseError, open_database
from tcd_desktop.store.models import AuditEntry, Citizen
from tcd_desktop.store.pg_roles import reveal_on_server, scram_verifier
from tests.network.roles_fixture import PASSWORD, Office, networked_office

pytestmark = pytest.mark.postgres

RECEPTION = Role.RECEPTION_OFFICER.value
SUPERVISOR = Role.SUPERVISOR.value
ADMIN = Role.ADMINISTRATOR.value


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    with networked_office(tmp_path) as made:
        with made.owner.session() as s:
            append_audit(s, "test.setup", detail={"n": 1})
        yield made


def _refused(db: Database, sql: str) -> str:
    """Run ``sql``; return the server's refusal (the test fails if it was accepted)."""
    with pytest.raises(DBAPIError) as err, db.engine.begin() as conn:
        conn.exec_driver_sql(sql)
    return str(err.value.orig)


def _entries(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM audit_entries").scalar_one())


def test_a_desk_connects_as_its_user_never_as_the_owner(office: Office) -> None:
    desk = office.login(RECEPTION)
    assert desk.login_name() == office.users[RECEPTION][1]
    with desk.engine.connect() as conn:
        owner = conn.exec_driver_sql(
            "SELECT tableowner FROM pg_tables WHERE tablename = 'cases' "
            "AND schemaname = current_schema()"
        ).scalar_one()
    assert owner != desk.login_name()


@pytest.mark.parametrize("role", [RECEPTION, SUPERVISOR, ADMIN])
def test_no_truncate_delete_update_or_insert_on_the_audit(office: Office, role: str) -> None:
    desk = office.login(role)
    before = _entries(office.owner)
    assert "permission denied" in _refused(desk, "TRUNCATE audit_entries")
    assert "permission denied" in _refused(desk, "DELETE FROM audit_entries")
    assert "permission denied" in _refused(desk, "UPDATE audit_entries SET action = 'x'")
    assert "permission denied" in _refused(
        desk,
        "INSERT INTO audit_entries (id, seq, at, user_id, origin_desk, action, entity, "
        "entity_id, detail, prev_hash, hash) VALUES (gen_random_uuid(), 999, now(), NULL, '', "
        "'identity.reveal', '', '', '{}', repeat('0', 64), repeat('0', 64))",
    )
    assert "permission denied" in _refused(desk, "SELECT * FROM audit_secret")
    assert "permission denied" in _refused(desk, "DELETE FROM app_meta")
    assert "permission denied" in _refused(desk, "DELETE FROM cases")
    assert "permission denied" in _refused(desk, "TRUNCATE cases CASCADE")
    assert _entries(office.owner) == before


@pytest.mark.parametrize("role", [RECEPTION, ADMIN])
def test_no_ddl_for_any_user(office: Office, role: str) -> None:
    desk = office.login(role)
    _refused(desk, "CREATE TABLE mine (a int)")
    assert "owner" in _refused(desk, "DROP TABLE audit_entries")
    assert "owner" in _refused(desk, "ALTER TABLE audit_entries DISABLE TRIGGER ALL")


def test_the_chain_head_cannot_be_moved_by_a_user(office: Office) -> None:
    desk = office.login(ADMIN)
    with desk.engine.begin() as conn:
        moved = conn.exec_driver_sql(
            "UPDATE app_meta SET value = '0:' || repeat('0', 64) WHERE key = 'audit_head'"
        ).rowcount
        hidden = conn.exec_driver_sql(
            "UPDATE app_meta SET value = '' WHERE key IN ('audit_keyed', 'pg_role_prefix')"
        ).rowcount
    assert moved == 0 and hidden == 0
    _refused(desk, "INSERT INTO app_meta (key, value) VALUES ('audit_keyed', '1:forged')")
    with office.owner.session() as s:
        assert verify_audit(s).ok


def test_a_user_cannot_append_in_another_users_name(office: Office) -> None:
    """The only way in is tcd_audit_append, which computes the chain and signs with the
    server's key; a user's entry carries that user, whatever they claim."""
    desk = office.login(RECEPTION)
    supervisor_id = office.users[SUPERVISOR][0]
    with desk.engine.begin() as conn:
        conn.execute(
            text("SELECT tcd_audit_append('identity.reveal', 'case', 'x', '{}'::jsonb, :u, 'LS')"),
            {"u": supervisor_id},
        )
    with office.owner.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert last.user_id == office.users[RECEPTION][0]
        assert verify_audit(s).ok


def test_a_forged_row_written_by_the_owner_is_detected(office: Office) -> None:
    with office.owner.session() as s:
        head = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        s.add(
            AuditEntry(
                seq=head.seq + 1,
                action="identity.reveal",
                detail={},
                prev_hash=head.hash,
                hash="f" * 64,
            )
        )
    with office.owner.session() as s:
        report = verify_audit(s)
    assert not report.ok


def test_a_wipe_by_the_owner_is_detected_without_an_anchor(office: Office) -> None:
    with office.owner.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_entries DISABLE TRIGGER USER")
        conn.exec_driver_sql("DELETE FROM audit_entries")
        conn.exec_driver_sql("DELETE FROM app_meta WHERE key IN ('audit_head', 'audit_keyed')")
        conn.exec_driver_sql("ALTER TABLE audit_entries ENABLE TRIGGER USER")
    with office.owner.session() as s:
        report = verify_audit(s)
    assert not report.ok and any("xoá sạch" in p for p in report.problems)


def _sealed_citizen(office: Office) -> uuid.UUID:
    with office.owner.session() as s:
        c = Citizen(
            full_name="Trịnh Thị Bích Ngọc",
            id_number="001190012345",
            phone="0987123456",
            address="12 Hàng Bạc",
            is_confidential=True,
        )
        s.add(c)
        s.flush()
        return c.id


@pytest.mark.parametrize("role", [SUPERVISOR, ADMIN])
def test_a_sealed_identity_is_unreadable_by_a_role_not_entitled(office: Office, role: str) -> None:
    cid = _sealed_citizen(office)
    desk = office.login(role)
    with desk.engine.connect() as conn:
        seen = conn.execute(
            text("SELECT count(*) FROM citizens WHERE id = :i OR full_name LIKE '%Ngọc%'"),
            {"i": cid},
        ).scalar_one()
    assert seen == 0
    before = _entries(office.owner)
    with pytest.raises(Exception, match="may not read"), desk.session() as s:
        reveal_on_server(s, "case", "x", [cid], "xác minh", None, "LS", 0)
    assert _entries(office.owner) == before


def test_a_reveal_is_audited_by_the_database_in_the_same_transaction(office: Office) -> None:
    cid = _sealed_citizen(office)
    desk = office.login(RECEPTION)
    before = _entries(office.owner)
    with desk.session() as s:
        assert reveal_on_server(s, "case", "c1", [cid], "giải quyết", None, "LS", 0) == [cid]
        s.rollback()  # nothing kept: neither the reveal's entry
    assert _entries(office.owner) == before
    with desk.session() as s:
        reveal_on_server(s, "case", "c1", [cid], "giải quyết", None, "LS", 0)
    with office.owner.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert last.action == "identity.reveal"
        assert last.user_id == office.users[RECEPTION][0]
        assert last.detail["citizens"] == [str(cid)] and last.detail["reason"] == "giải quyết"
        assert verify_audit(s).ok


def _role(office: Office, name: str) -> tuple[bool, str, list[str]]:
    with office.owner.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT r.rolcanlogin, coalesce(a.rolpassword, ''), "
                "ARRAY(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g "
                "ON g.oid = m.roleid WHERE m.member = r.oid ORDER BY 1) "
                "FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid WHERE r.rolname = :n"
            ),
            {"n": name},
        ).one()
    return bool(row[0]), str(row[1]), list(row[2])


def test_the_administrator_manages_logins_with_the_accounts(office: Office) -> None:
    admin_db = office.login(ADMIN)
    name = f"new_{office.prefix}"
    with admin_db.session() as s:
        info = users.create_user(
            s,
            office.actor(ADMIN),
            users.NewUser(username=name, full_name="Mới", password=PASSWORD, roles=[RECEPTION]),
        )
    can_login, verifier, groups = _role(office, name)
    assert can_login and verifier.startswith("SCRAM-SHA-256$")
    assert groups == [f"{office.prefix}_{RECEPTION}"]
    with admin_db.session() as s:
        users.set_roles(s, office.actor(ADMIN), info.id, [Role.LEADER])
        users.change_password(s, office.actor(ADMIN), info.id, "doi-mat-khau-99")
    _, changed, groups = _role(office, name)
    assert changed != verifier and groups == [f"{office.prefix}_{Role.LEADER}"]
    with admin_db.session() as s:
        users.deactivate_user(s, office.actor(ADMIN), info.id)
    assert _role(office, name)[0] is False
    desk = office.login(RECEPTION)
    assert "permission denied" in _refused(
        desk, f"SELECT tcd_manage_login('{name}', NULL, ARRAY['administrator'], true)"
    )
    # nor may the administrator's function touch a role that is not one of the office's
    assert "not a login of this office" in _refused(
        admin_db, "SELECT tcd_manage_login('postgres', NULL, ARRAY['administrator'], true)"
    )


def test_the_scram_verifier_is_the_one_postgresql_computes(office: Office) -> None:
    name = office.users[SUPERVISOR][1]
    with office.owner.engine.begin() as conn:
        conn.exec_driver_sql("SET password_encryption = 'scram-sha-256'")
        conn.exec_driver_sql(f"ALTER ROLE {name} PASSWORD 'Mật-khẩu-9 có dấu'")
    stored = _role(office, name)[1]
    head = stored.split("$", 2)[1]
    iterations, salt = head.split(":")
    mine = scram_verifier(
        "Mật-khẩu-9 có dấu", iterations=int(iterations), salt=base64.b64decode(salt)
    )
    assert mine == stored


def test_sign_in_then_use_the_users_own_login(office: Office) -> None:
    desk = open_database(office.owner.url, upgrade=False)
    office.opened.append(desk)
    name = office.users[RECEPTION][1]
    with desk.session() as s:
        sign_in(s, name, PASSWORD)
    use_own_login(desk, name, PASSWORD)
    assert desk.login_name() == name
    _refused(desk, "DELETE FROM audit_entries")


def test_sign_out_returns_to_the_desks_login(office: Office) -> None:
    """After sign-out the next sign-in is checked as the desk, never as the last user."""
    desk = office.login(SUPERVISOR)  # stands for the desk's own login here
    desk_login = desk.login_name()
    name = office.users[RECEPTION][1]
    use_own_login(desk, name, PASSWORD)
    assert desk.login_name() == name
    use_own_login(desk, office.users[ADMIN][1], PASSWORD)  # switch user: still the desk's
    return_to_desk_login(desk)
    assert desk.login_name() == desk_login
    return_to_desk_login(desk)  # twice: nothing more to undo
    assert desk.login_name() == desk_login


def test_a_desk_cannot_upgrade_the_schema_and_says_who_can(office: Office) -> None:
    with office.owner.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0010'")
    name = office.users[RECEPTION][1]
    url = make_url(office.owner.url).set(username=name, password=PASSWORD)
    with pytest.raises(DatabaseError, match="chủ sở hữu"):
        open_database(url.render_as_string(hide_password=False))
    with office.owner.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0010"
