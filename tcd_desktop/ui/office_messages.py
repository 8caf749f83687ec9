"""The administration services' messages (``services/office_messages.py``) in English.

Accounts, passwords, reception desks, first-run setup, the reception schedule, the
register's import and export, backups, publication and calendar changes: each code has its
English source with the template's ``{name}`` fields, translated back to exactly the
Vietnamese template (tests/ui/test_desk_messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: ``services/office_messages.py`` by code.
OFFICE_MESSAGES: dict[str, str] = {
    "user.role_invalid": QT_TRANSLATE_NOOP("DeskMessages", "Role not valid: {role}."),
    "user.unit_missing": QT_TRANSLATE_NOOP("DeskMessages", "The body or unit does not exist."),
    "user.username_invalid": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The username may not be empty or contain spaces, and has at most 64 characters.",
    ),
    "user.username_taken": QT_TRANSLATE_NOOP(
        "DeskMessages", "The username {username} is already in use."
    ),
    "user.username_login": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The office uses database roles: a username has only unaccented lower-case letters, "
        "digits and underscores, and starts with a letter.",
    ),
    "user.name_missing": QT_TRANSLATE_NOOP("DeskMessages", "No full name entered."),
    "user.roles_missing": QT_TRANSLATE_NOOP("DeskMessages", "Choose at least one role."),
    "user.last_admin": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The system's last administrator cannot lose the role or be deactivated.",
    ),
    "user.self_deactivate": QT_TRANSLATE_NOOP(
        "DeskMessages", "You cannot deactivate the account you are signed in with."
    ),
    "password.wrong_current": QT_TRANSLATE_NOOP(
        "DeskMessages", "The current password is not correct."
    ),
    "password.too_short": QT_TRANSLATE_NOOP(
        "DeskMessages", "The password must have at least {length} characters."
    ),
    "password.spaces": QT_TRANSLATE_NOOP(
        "DeskMessages", "The password may not begin or end with a space."
    ),
    "password.letters_digits": QT_TRANSLATE_NOOP(
        "DeskMessages", "The password must contain both letters and digits."
    ),
    "desk.code": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A desk code has 2–32 capital letters, digits or hyphens.",
    ),
    "desk.installation": QT_TRANSLATE_NOOP(
        "DeskMessages", "A machine code has 32 hexadecimal digits (see the desk.ini file)."
    ),
    "desk.machine_taken": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "This machine is already desk {code}; a machine numbers only in its own series.",
    ),
    "desk.code_taken": QT_TRANSLATE_NOOP(
        "DeskMessages", "Desk code {code} belongs to another machine; choose another code."
    ),
    "setup.unit_name": QT_TRANSLATE_NOOP("DeskMessages", "No body or unit name entered."),
    "setup.unit_code": QT_TRANSLATE_NOOP("DeskMessages", "No body or unit code entered."),
    "setup.unit_code_long": QT_TRANSLATE_NOOP(
        "DeskMessages", "The body or unit code has at most 32 characters."
    ),
    "setup.province": QT_TRANSLATE_NOOP("DeskMessages", "No province or city entered."),
    "setup.desk_code": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A desk code has 2–32 capital letters, digits or hyphens, for example LS-01.",
    ),
    "setup.admin_username": QT_TRANSLATE_NOOP(
        "DeskMessages", "The username may not be empty or contain spaces."
    ),
    "setup.admin_name": QT_TRANSLATE_NOOP(
        "DeskMessages", "No full name entered for the administrator."
    ),
    "setup.done": QT_TRANSLATE_NOOP(
        "DeskMessages", "This database already has its office and accounts set up."
    ),
    "setup.demo_not_empty": QT_TRANSLATE_NOOP(
        "DeskMessages", "Sample data is loaded only into an empty database."
    ),
    "schedule.other_month": QT_TRANSLATE_NOOP(
        "DeskMessages", "The day {day} is not in {month}/{year}."
    ),
    "schedule.future_day": QT_TRANSLATE_NOOP(
        "DeskMessages", "A reception session cannot be recorded for a day still to come."
    ),
    "publication.not_confirmed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Preview and confirm the public version (with the denouncer's identity hidden) before "
        "issuing it (Law on Denunciations 2018, Article 40(3)); the content has changed or "
        "has not been confirmed.",
    ),
    "calendar.name_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Enter the day's name (for example 'Compensatory day off for National Day').",
    ),
    "calendar.action": QT_TRANSLATE_NOOP("DeskMessages", "Calendar action not valid: {action}."),
    "calendar.kind": QT_TRANSLATE_NOOP(
        "DeskMessages", "The kind of day must be 'off' (day off) or 'work' (make-up day)."
    ),
    "calendar.year": QT_TRANSLATE_NOOP(
        "DeskMessages", "The day must be within the years {first}–{last}."
    ),
    "calendar.name": QT_TRANSLATE_NOOP(
        "DeskMessages", "The day's name is required, at most 200 characters."
    ),
    "calendar.reason_long": QT_TRANSLATE_NOOP(
        "DeskMessages", "The announcing document has at most {limit} characters."
    ),
    "calendar.not_listed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The day {day} is not in the office's own calendar, so there is nothing to remove "
        "(a public holiday by law: use --work to record it as a working day).",
    ),
    "calendar.already_official": QT_TRANSLATE_NOOP(
        "DeskMessages", "The day {day} is already official; no confirmation is needed."
    ),
    "import.rows_left": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "{count} row(s) with errors are neither corrected nor excluded (rows {lines}); "
        "nothing was imported.",
    ),
    "import.nothing_left": QT_TRANSLATE_NOOP("DeskMessages", "No rows are left to import."),
    "import.no_office": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The office and the desk code are not set up yet (first-run setup), so the register "
        "cannot be imported.",
    ),
    "import.done_before": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "This file was imported on {at} by {user} ({rows} visits). Only an administrator may "
        "import it again (--allow-duplicate); nothing was imported.",
    ),
    "backup.not_supported": QT_TRANSLATE_NOOP(
        "DeskMessages", "This database cannot be backed up (it is neither a file nor a server)."
    ),
    "backup.failed": QT_TRANSLATE_NOOP("DeskMessages", "Could not back up to {target}: {detail}"),
    "pg.missing_tool": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "PostgreSQL's {name} program was not found. Install the postgresql-client package "
        "(or add PostgreSQL's bin folder to PATH).",
    ),
    "pg.failed": QT_TRANSLATE_NOOP("DeskMessages", "{what} failed: {detail}"),
    "pg.failed_code": QT_TRANSLATE_NOOP("DeskMessages", "{what} failed (code {code}): {detail}"),
    "pg.dump": QT_TRANSLATE_NOOP("DeskMessages", "Backing up with pg_dump"),
    "row.column": QT_TRANSLATE_NOOP("DeskMessages", "Column ({number}) '{name}'"),
    "row.formula": QT_TRANSLATE_NOOP(
        "DeskMessages", "{column} is an Excel formula; turn it into a value (paste values)."
    ),
    "row.control": QT_TRANSLATE_NOOP(
        "DeskMessages", "{column} contains a control character that is not allowed (U+{code})."
    ),
    "row.too_long": QT_TRANSLATE_NOOP(
        "DeskMessages", "{column} has {length} characters, at most {limit}."
    ),
    "row.date_invalid": QT_TRANSLATE_NOOP(
        "DeskMessages", "Reception date not valid: {text} (use day/month/year)."
    ),
    "row.date_missing": QT_TRANSLATE_NOOP("DeskMessages", "No reception date."),
    "row.date_future": QT_TRANSLATE_NOOP("DeskMessages", "The reception date is in the future."),
    "row.date_early": QT_TRANSLATE_NOOP(
        "DeskMessages", "The reception date {date} is before the year {year}."
    ),
    "row.name_missing": QT_TRANSLATE_NOOP("DeskMessages", "No full name of the person presenting."),
    "row.name_long": QT_TRANSLATE_NOOP(
        "DeskMessages", "The full name has {length} characters, at most {limit}."
    ),
    "row.id_number": QT_TRANSLATE_NOOP("DeskMessages", "CCCD/CMND number: {problem}."),
    "row.summary_missing": QT_TRANSLATE_NOOP("DeskMessages", "No petition content."),
    "row.kind": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Petition kind not valid: {text} (complaint, denunciation, recommendation or feedback).",
    ),
    "row.headcount": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The number of people must be a whole number from 1 to {limit} ({text} entered).",
    ),
    "row.competent": QT_TRANSLATE_NOOP(
        "DeskMessages", "The 'Within competence' column holds only 'x' or nothing."
    ),
    "export.kind": QT_TRANSLATE_NOOP(
        "DeskMessages", "Only .xlsx, .csv or .pdf files can be exported."
    ),
    "export.too_many": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The filtered register has {total} visits, too many to print as PDF (at most "
        "{limit}). Narrow the date range or export to Excel.",
    ),
}

#: ``domain/deadline_messages.py``: why a deadline cannot be counted as asked.
DEADLINE_MESSAGES: dict[str, str] = {
    "deadline.no_variant": QT_TRANSLATE_NOOP("DeskMessages", "Rule {rule} has no case '{variant}'"),
    "deadline.before_fixed": QT_TRANSLATE_NOOP(
        "DeskMessages", "The advance-notice period {rule} cannot be extended or paused"
    ),
    "deadline.extension_count": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The number of extensions ({count}) does not match the extension periods entered "
        "({entered})",
    ),
    "deadline.extension_negative": QT_TRANSLATE_NOOP(
        "DeskMessages", "The number of extensions may not be negative"
    ),
    "deadline.no_extension": QT_TRANSLATE_NOOP(
        "DeskMessages", "The period {rule} ({citation}) cannot be extended"
    ),
    "deadline.extension_complex_only": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Only a complex or especially complex case may have the period {rule} extended "
        "({citation})",
    ),
    "deadline.extension_too_many": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "A {kind} case may be extended at most {allowed} time(s) ({citation}); {count} requested",
    ),
    "deadline.complex": QT_TRANSLATE_NOOP("DeskMessages", "complex"),
    "deadline.very_complex": QT_TRANSLATE_NOOP("DeskMessages", "especially complex"),
    "deadline.extension_days": QT_TRANSLATE_NOOP(
        "DeskMessages", "Each extension is at most {limit} days; extension {number} is {days} days"
    ),
    "deadline.days_missing": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Rule {rule} ({citation}) has no number of days in the Law: the period is the one of "
        "the specialised law on administrative violations. Enter that number (--days N).",
    ),
    "deadline.days_fixed": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Rule {rule} already has a period of {days} {unit} ({citation}); enter a number of "
        "days (--days) only for a rule with no number of days in the Law (D12).",
    ),
    "deadline.days_positive": QT_TRANSLATE_NOOP(
        "DeskMessages", "The number of days (--days) must be greater than 0."
    ),
    "deadline.suspension_too_early": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "The period {rule} cannot be suspended from {date}: suspending the resolution of a "
        "complaint applies only from {since} (Law on Complaints, Article 11a, added by Law "
        "No. 136/2025/QH15); before that a complaint cannot be suspended.",
    ),
    "deadline.pause_backwards": QT_TRANSLATE_NOOP(
        "DeskMessages", "Suspension period not valid: {start} to {end} (the end comes first)"
    ),
    "form.not_in_force": QT_TRANSLATE_NOOP(
        "DeskMessages", "No version of form {code} is in force on {date}."
    ),
}

#: ``services/cases/messages.py`` HIERARCHY: a second-level step by the wrong body.
HIERARCHY_MESSAGES: dict[str, str] = {
    "superior.none": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "{what} is done by the body directly above {first} ({citation}); the list of bodies "
        "has no superior of {first}.",
    ),
    "superior.other": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "{what} is done only by {superior} (directly above {first}), not by {acting} ({citation}).",
    ),
    "superior.same": QT_TRANSLATE_NOOP(
        "DeskMessages",
        "{what} is done only by {superior} (directly above {first}), not by {acting} — the "
        "body that resolved it the first time ({citation}).",
    ),
    "superior.second_complaint": QT_TRANSLATE_NOOP(
        "DeskMessages", "Accepting and resolving a second complaint"
    ),
    "superior.re_resolution": QT_TRANSLATE_NOOP(
        "DeskMessages", "Reviewing and re-resolving a denunciation"
    ),
    "superior.unknown_unit": QT_TRANSLATE_NOOP("DeskMessages", "an unknown body"),
}

__all__ = ["DEADLINE_MESSAGES", "HIERARCHY_MESSAGES", "OFFICE_MESSAGES"]
