"""What still breaks the operations boundary while other branches convert it (issue #10 §1).

tests/test_boundary.py fails when a module or function breaks a rule and is not listed here,
AND when a listed one no longer breaks it: keep these sets exact, and empty them as the
conversions land. Never add an entry to let new code pass.
"""

from __future__ import annotations

#: ui modules (path under tcd_desktop/ui) that still import sqlalchemy or tcd_desktop.store.
PENDING_UI_STORE_IMPORTS: set[str] = set()

#: ui modules (path under tcd_desktop/ui) that still open ``db.session()`` themselves.
PENDING_UI_DB_SESSION: set[str] = set()

#: Public service functions ("module.function" under tcd_desktop.services) taking db/session
#: whose second parameter is not ``actor`` yet.
PENDING_WITHOUT_ACTOR: set[str] = set()

#: Public functions taking db/session that by design run before anyone is signed in.
NO_ACTOR_BY_DESIGN = {
    "runtime.engine_facts",  # the About dialog: engine version and schema revision only
    "setup.needs_first_run",
    "setup.create_office",  # first run: refused once the database has an office or an account
    "setup.load_sample_office",  # first run: refused unless the database is empty
    "setup.office_heading",  # the sign-in screen: the office's name, nothing personal
    "setup.days_off",  # first run: the public holiday calendar to confirm, nothing personal
    "users.desks.desk_code_for_installation",  # before sign-in: which desk this installation is
    "users.ops.create_office_and_sign_in",  # first run: the office and its first administrator
    "users.signin.actor_for",  # builds the actor from the signed-in account
    "users.signin.find_user",  # sign-in: look the account up by name
    "users.signin.sign_in",  # sign-in itself
    "users.signin.sign_in_at_desk",  # sign-in itself, at a registered desk
    "users.signin.use_own_login",
    "users.signin.return_to_desk_login",  # sign-out: back to the desk's own connection  # after sign-in: reconnect as the user's own database login
}

#: Public service functions ("module.function") taking (db|session, actor) that do not yet
#: refuse a role-less actor before anything else.
PENDING_NO_PERMISSION_CHECK: set[str] = set()

#: Functions taking an actor that any caller, signed in or not, may run (none so far).
NO_ROLE_NEEDED: set[str] = set()
