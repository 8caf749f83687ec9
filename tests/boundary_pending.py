"""What still breaks the operations boundary while other branches convert it (issue #10 §1).

tests/test_boundary.py fails when a module or function breaks a rule and is not listed here,
AND when a listed one no longer breaks it: keep these sets exact, and empty them as the
conversions land. Never add an entry to let new code pass.
"""

from __future__ import annotations

#: ui modules (path under tcd_desktop/ui) that still import sqlalchemy or tcd_desktop.store.
PENDING_UI_STORE_IMPORTS = {
    "admin/users_page.py",
    "first_run/database_page.py",
    "first_run/dialog.py",
    "first_run/steps.py",
    "login/dialog.py",
    "models/register_model.py",
    "petitions/notice.py",
    "petitions/page.py",
    "reception/actions.py",
    "reception/page.py",
    "register/filters.py",
    "register/page.py",
    "register/source.py",
    "register/transfer.py",
    "session.py",
}

#: ui modules (path under tcd_desktop/ui) that still open ``db.session()`` themselves.
PENDING_UI_DB_SESSION = {
    "admin/users_page.py",
    "first_run/dialog.py",
    "first_run/steps.py",
    "login/dialog.py",
    "petitions/notice.py",
    "petitions/page.py",
    "reception/actions.py",
    "reception/desk_documents.py",
    "reception/receipt.py",
    "register/source.py",
    "register/transfer.py",
    "session.py",
}

#: Public service functions ("module.function" under tcd_desktop.services) taking db/session
#: whose second parameter is not ``actor`` yet.
PENDING_WITHOUT_ACTOR = {
    "case_documents.facts.load_body",
    "cases.core.rulebook_for",
    "identity.case_text_filter",
    "identity.record_is_sealed",
    "intake_read.field_catalogue",
    "intake_records.earlier_petitions",
    "intake_records.fresh_number",
    "intake_validation.check_petition",
    "intake_validation.check_visit",
    "intake_validation.clean_citizen",
    "intake_validation.known_field_codes",
    "petitions.explain_petition_due",
    "register_io_dupes.already_in_register",
    "register_io_dupes.mark_duplicates",
    "register_io_dupes.previous_import",
    "register_io_dupes.remember_import",
    "register_io_import.preview_import",
    "repeats.find_repeats",
    "rulebook.load_rulebook",
    "setup.create_office",
    "setup.load_sample_office",
    "setup.office_profile",
    "setup.seed_field_catalogue",
    "users_signin.actor_for",
    "users_signin.find_user",
    "users_signin.users_with_role",
}

#: Public functions taking db/session that by design run before anyone is signed in.
NO_ACTOR_BY_DESIGN = {
    "runtime.engine_facts",  # the About dialog: engine version and schema revision only
    "users_signin.sign_in",
    "setup.needs_first_run",
}

#: Public service functions ("module.function") taking (db|session, actor) that do not yet
#: refuse a role-less actor before anything else.
PENDING_NO_PERMISSION_CHECK = {
    "identity.may_read_identity",
    "identity.may_read_visit",
    "identity.reveal_identity",
    "intake_records.add_participants",
    "intake_records.add_petition",
    "intake_records.citizen_row",
    "intake_records.mark_cases_repeated",
    "publication.require_confirmed",
    "users.change_password",
}

#: Functions taking an actor that any caller, signed in or not, may run (none so far).
NO_ROLE_NEEDED: set[str] = set()
