"""Which group role may read and write which table: the application's role checks, mirrored.

Derived from the services' ``require(...)`` checks (issue #11 §1):

* **Every application role reads** the office's records: the board, the registers, the case
  screens and the petition queue are open to the reception officer, the handling officer,
  the leader and the supervisor alike; the application scopes none of them by unit (a unit
  is a filter the user picks, not a limit on what they may see).
* **Writes** follow the operations each role may run:

  ============================  =====================================================
  tables                        written by (INSERT, UPDATE; DELETE and TRUNCATE: none)
  ============================  =====================================================
  receptions, participants,     reception officer, leader (intake, register import,
  periodic-reception days       periodic reception days), administrator
  report locks, opening         supervisor (lock, unlock, opening balances),
  balances                      administrator
  units, rules, calendar days,  administrator only (set-up, rule and calendar changes,
  field catalogue, accounts,    accounts, desks, successor units)
  account roles, desks
  app_meta                      administrator; the reception officer only the register
                                import marks (``register_import:…``, row-level security)
  audit entries                 nobody (``tcd_audit_append`` writes them); read by all
  audit key                     nobody (the schema owner only)
  every other table (cases,     reception officer, handling officer, leader,
  petitions, citizens, ...)     administrator — never the supervisor
  ============================  =====================================================

  A table added later and not named here is case work (the last row), so a migration on
  another branch keeps working for the roles that use it.
* **Accounts**: the password hashes are readable by the administrator and the desks' own
  login (sign-in is checked as the desk) only; any other user reads the accounts without
  them, and may update only their own row's sign-in counter and password (row-level
  security, migration 0018).

* **Sealed scans and documents** (a denouncer's handwriting, a notice naming them): every
  reader lists every row, as the application lists them (number, form, dates, size, hash,
  "sealed"); the supervisor and the administrator, who may never open a sealed one, are not
  granted the columns that hold what it says (:data:`SEALED_COLUMNS`: the content, a scan's
  file name and type) and read them, for the rows that are not sealed, through migration
  0018's functions (``tcd_document_content`` …), as every role does.

* **A desk before sign-in** (its own login, the desks' group): the accounts (sign-in is
  checked as the desk), the office's set-up, and what the commands that name nobody read
  (#11 §2: ``deadline``, ``calendar``, the board's counts, the dashboard's per-unit table):
  the rules and holidays, the per-day case counts, and of the tables of personal data only
  the columns those counts select (:data:`DESK_COLUMNS`: ids, unit, kind, status, dates,
  flags) — never a name, a number, an address, a summary or other free text, so the board's
  cards, the case table and every list stay the signed-in user's.

The administrator holds every role in the application (``Actor.has``), so its group gets
every write above. The row-level policies that depend on the role (own account row, the
register-import marks) and the functions that read a sealed row's content are schema
objects made by migration 0018 (membership through ``tcd_in_group``, entitlement through
``tcd_may_read_sealed``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from tcd_desktop.domain.enums import Role

R, H, L = Role.RECEPTION_OFFICER, Role.HANDLING_OFFICER, Role.LEADER
S, A = Role.SUPERVISOR, Role.ADMINISTRATOR

RECEPTION_TABLES = ("receptions", "reception_participants", "reception_schedule_days")
REPORT_TABLES = ("report_locks", "report_opening_balances")
ADMIN_TABLES = ("units", "rules", "calendar_days", "field_categories", "user_roles", "desks")
READ_ONLY_TABLES = ("audit_entries", "alembic_version")
HIDDEN_TABLES = ("audit_secret",)
SPECIAL_TABLES = ("users", "app_meta")

WRITERS: dict[tuple[str, ...], tuple[Role, ...]] = {
    RECEPTION_TABLES: (R, L, A),
    REPORT_TABLES: (S, A),
    ADMIN_TABLES: (A,),
}
CASE_WORK_WRITERS = (R, H, L, A)
STAFF = (R, H, L, S)

USER_COLUMNS_HIDDEN = ("password_hash",)
#: What a sealed scan or document says; read through migration 0018's functions only.
SEALED_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("content",),
    "attachments": ("content", "filename", "mime_type"),
}
#: The roles never entitled to a denouncer's identity (``tcd_may_read_sealed`` is false).
NOT_SEALED_READERS = (S, A)
OWN_ACCOUNT_COLUMNS = (
    "failed_attempts",
    "locked_until",
    "password_hash",
    "updated_at",
    "updated_by",
    "version",
)


#: Whole tables a desk reads: the office's set-up, accounts, rules, holidays, day counts.
DESK_TABLES = (
    "alembic_version",
    "app_meta",
    "units",
    "users",
    "user_roles",
    "desks",
    "rules",
    "calendar_days",
    "case_day_counts",
)
#: Columns a desk reads of the tables of personal data: what the board's counts
#: (``store.queries.board_filters``) and the dashboard's per-unit table
#: (``services.dashboard.table``: cases per unit and state, leaders' reception days, reports
#: sent) select. Not the case number, summary, citizen or petition; not a visit's number,
#: citizen, summary or outcome; not a schedule day's note or place; not a report's figures.
DESK_COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": (
        "id",
        "unit_id",
        "kind",
        "status",
        "field_code",
        "assignee_id",
        "received_on",
        "accepted_on",
        "due_on",
        "closed_on",
        "is_paused",
        "paused_since",
        "is_complex",
        "is_very_complex",
        "is_mass",
        "is_repeat",
        "is_long_running",
        "deleted_at",
    ),
    "receptions": ("id", "unit_id", "kind", "received_on", "leader_id", "is_mass", "deleted_at"),
    "reception_schedule_days": ("id", "leader_id", "day", "held", "deleted_at"),
    "report_locks": (
        "id",
        "form_code",
        "period_from",
        "period_to",
        "scope",
        "locked_at",
        "due_on",
        "deleted_at",
    ),
}


def case_work_tables(tables: Iterable[str]) -> list[str]:
    """The tables written by every desk role: all but the ones named above."""
    named = {
        *RECEPTION_TABLES,
        *REPORT_TABLES,
        *ADMIN_TABLES,
        *READ_ONLY_TABLES,
        *HIDDEN_TABLES,
        *SPECIAL_TABLES,
    }
    return sorted(t for t in tables if t not in named)


def grant_tables(
    sql: Callable[[str], object],
    tables: list[str],
    group: Callable[[Role | str], str],
    columns: dict[str, list[str]],
) -> None:
    """Issue the table and column GRANTs of the matrix (after a ``REVOKE ALL``).

    ``tables``: the schema's tables; ``group``: quoted group name of a role;
    ``columns``: the schema's tables and their columns.
    """
    present = set(tables)
    readers = ", ".join(group(r) for r in Role)
    visible = [t for t in tables if t not in HIDDEN_TABLES and t != "users"]
    if visible:
        sql(f"GRANT SELECT ON {', '.join(visible)} TO {readers}")
    for table, held in SEALED_COLUMNS.items():
        if table in present:
            # a column privilege cannot narrow a table one: the table's SELECT goes first
            others = ", ".join(group(r) for r in NOT_SEALED_READERS)
            shown = ", ".join(c for c in columns[table] if c not in held)
            sql(f"REVOKE SELECT ON {table} FROM {others}")
            sql(f"GRANT SELECT ({shown}) ON {table} TO {others}")
    for names, roles in WRITERS.items():
        mine = [t for t in names if t in present]
        if mine:
            sql(
                f"GRANT INSERT, UPDATE ON {', '.join(mine)} TO {', '.join(group(r) for r in roles)}"
            )
    work = case_work_tables(tables)
    if work:
        writers = ", ".join(group(r) for r in CASE_WORK_WRITERS)
        sql(f"GRANT INSERT, UPDATE ON {', '.join(work)} TO {writers}")
    # app_meta: which keys is row-level security's (tcd_meta_*)
    sql(f"GRANT INSERT, UPDATE ON app_meta TO {group(A)}, {group(R)}")
    # accounts: the administrator all; everybody else without the password hashes
    staff = ", ".join(group(r) for r in STAFF)
    shown = ", ".join(c for c in columns["users"] if c not in USER_COLUMNS_HIDDEN)
    sql(f"GRANT SELECT, INSERT, UPDATE ON users TO {group(A)}")
    sql(f"GRANT SELECT ({shown}) ON users TO {staff}")
    sql(f"GRANT UPDATE ({', '.join(OWN_ACCOUNT_COLUMNS)}) ON users TO {staff}")


def grant_desk(sql: Callable[[str], object], columns: dict[str, list[str]], desk: str) -> None:
    """Issue the desks' group's SELECTs (after a ``REVOKE ALL``): :data:`DESK_TABLES` whole,
    :data:`DESK_COLUMNS` column by column.

    ``columns``: the schema's tables and their columns (a table or column missing there, on
    an older schema, is skipped); ``desk``: the quoted group name.
    """
    whole = [t for t in DESK_TABLES if t in columns]
    if whole:
        sql(f"GRANT SELECT ON {', '.join(whole)} TO {desk}")
    for table, wanted in DESK_COLUMNS.items():
        shown = [c for c in wanted if c in columns.get(table, ())]
        if shown:
            sql(f"GRANT SELECT ({', '.join(shown)}) ON {table} TO {desk}")
