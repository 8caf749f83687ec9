"""The administrator's and the supervisor's screens on the real server, each connected as
that user's own PostgreSQL login — never the owner (#11 §1): the users page makes, disables
and re-passwords the database login with the account; the dashboard and the report forms
read (and lock) under the supervisor's privileges."""

from __future__ import annotations

from base64 import b64decode
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tcd_desktop.domain.enums import Role
from tcd_desktop.store.database import DatabaseError, open_database
from tcd_desktop.store.pg_roles import scram_verifier
from tcd_desktop.ui.admin import AdminUsersPage
from tcd_desktop.ui.dashboard import DashboardPage
from tcd_desktop.ui.reports import ReportsPage
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tests.network.role_office import RoleOffice, role_office
from tests.services.report_fixtures import make_sample
from tests.ui.report_drill import drill_table
from tests.ui.vn_typing import type_text

pytestmark = pytest.mark.postgres

WAIT = 20_000
FIRST, SECOND = "matkhau-dau-123", "matkhau-moi-456"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[RoleOffice]:
    with role_office(tmp_path) as made:
        yield made


def _login_role(office: RoleOffice, name: str) -> tuple[bool, str, list[str]]:
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


def _verifies(stored: str, password: str) -> bool:
    """The login's SCRAM verifier is the one of ``password`` (the test server trusts loopback
    connections, so a wrong password would still connect: compare the verifiers instead)."""
    iterations, salt = stored.split("$", 2)[1].split(":")
    return scram_verifier(password, iterations=int(iterations), salt=b64decode(salt)) == stored


def _connects(office: RoleOffice, name: str, password: str) -> bool:
    db = open_database(office.owner.url, upgrade=False)
    office.opened.append(db)
    try:
        db.switch_login(name, password)
    except DatabaseError:
        return False
    return db.login_name() == name


def test_the_users_page_makes_disables_and_repasswords_the_database_login(
    qtbot: QtBot, office: RoleOffice
) -> None:
    db = office.login(Role.ADMINISTRATOR)
    assert db.login_name() == office.actor(Role.ADMINISTRATOR).username  # not the owner
    page = AdminUsersPage(db, office.actor(Role.ADMINISTRATOR), ChangeBus(), BackgroundRunner())
    qtbot.addWidget(page)
    page.resize(1366 - 210, 768 - 60)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=WAIT)
    name = f"xuly_{office.prefix}"

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    for widget, typed in (
        (dialog.username, name),
        (dialog.full_name, "Trần Văn Xử"),
        (dialog.password, FIRST),
        (dialog.password2, FIRST),
    ):
        widget.setFocus()
        type_text(widget, typed)
    dialog.roles.boxes["handling_officer"].setFocus()
    qtbot.keyClick(dialog.roles.boxes["handling_officer"], Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of(name) >= 0, timeout=WAIT)
    can_login, verifier, groups = _login_role(office, name)
    assert can_login and verifier.startswith("SCRAM-SHA-256$")
    assert groups == [f"{office.prefix}_handling_officer"]
    assert _verifies(verifier, FIRST) and _connects(office, name, FIRST)

    page.select_username(name)
    page.new_password.setFocus()
    type_text(page.new_password, SECOND)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã đặt lại mật khẩu" in page.message_bar.text(), timeout=WAIT)
    stored = _login_role(office, name)[1]
    assert stored != verifier
    assert _verifies(stored, SECOND) and not _verifies(stored, FIRST)
    assert _connects(office, name, SECOND)

    row = page.model.row_of(name)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ngừng hoạt động" in str(page.model.index(row, 5).data()), timeout=WAIT)
    assert _login_role(office, name)[0] is False
    assert not _connects(office, name, SECOND)


def test_the_supervisors_dashboard_under_their_own_login(qtbot: QtBot, office: RoleOffice) -> None:
    make_sample(office.owner)
    db = office.login(Role.SUPERVISOR)
    page = DashboardPage(
        db, office.actor(Role.SUPERVISOR), ChangeBus(delay_ms=1), BackgroundRunner()
    )
    qtbot.addWidget(page)
    page.resize(1366 - 210, 768 - 60)
    with qtbot.waitSignals([page.table_loaded, page.details_loaded], timeout=WAIT):
        page.show()
    assert page.table is not None and page.table.rows
    for tab in range(page.tabs.count()):  # every tab paints from what the login may read
        page.tabs.setCurrentIndex(tab)
        assert not page.grab().isNull()


def test_the_supervisors_reports_count_drill_and_lock_under_their_own_login(
    qtbot: QtBot, office: RoleOffice
) -> None:
    make_sample(office.owner)
    db = office.login(Role.SUPERVISOR)
    page = ReportsPage(db, office.actor(Role.SUPERVISOR), ChangeBus(), BackgroundRunner())
    qtbot.addWidget(page)
    page.resize(1366 - 220, 768 - 60)
    page.show()
    page.form_box.setCurrentIndex(page.form_box.findData("01/XLD"))
    page.kind_box.setCurrentIndex(page.kind_box.findData("Y"))
    page.year_box.setValue(2026)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    last = page.model.rowCount() - 1
    assert page.model.index(last, 0).data() == "Tổng cộng"
    expected = page.report.total[2]
    page.drill_cell(page.model.index(last, 3))
    # the drill's own dialog (a progress dialog may show first while the server counts)
    qtbot.waitUntil(lambda: drill_table(page) is not None, timeout=WAIT)
    table = drill_table(page)
    assert table is not None
    qtbot.waitUntil(lambda: table.rowCount() == expected, timeout=WAIT)
    dialog = table.window()
    dialog.close()
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.locked is not None, timeout=WAIT)
    with office.owner.engine.connect() as conn:
        by = conn.execute(text("SELECT locked_by FROM report_locks")).scalar_one()
    assert by == office.user_id(Role.SUPERVISOR)
