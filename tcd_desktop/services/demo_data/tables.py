"""Column order of every table the generator writes, checked against the mapped tables.

Columns added later by other parts of the application are filled with their defaults
(:func:`defaults`), so the generator does not break each time the schema grows.

The generator's tuples leave out what is the same on every row: ``version`` (1),
``deleted_at`` (NULL) and ``is_sample`` (true) are written as constants by the loaders, and
``updated_by`` repeats ``created_by``. That is fewer values to build, pickle and bind.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, ColumnDefault, Table

from tcd_desktop.store.models import (
    Case,
    CaseEvent,
    CasePause,
    Citizen,
    Desk,
    Dialogue,
    FieldCategory,
    NumberSeries,
    Petition,
    Reception,
    ReceptionParticipant,
    Unit,
    User,
    UserRole,
)

#: Columns of the ``Tracked`` mixin that vary, first in every tuple the generator builds.
TRACKED = ("id", "created_at", "updated_at", "created_by", "origin_desk")

#: Column that takes the value of another column of the same row.
ALIASES: dict[str, str] = {"updated_by": "created_by"}

_OWN: dict[str, tuple[str, ...]] = {
    "units": (
        "code",
        "name",
        "name_folded",
        "level",
        "parent_id",
        "province_code",
        "is_remote",
        "effective_from",
        "effective_to",
    ),
    "users": (
        "username",
        "full_name",
        "title",
        "unit_id",
        "password_hash",
        "is_active",
        "failed_attempts",
        "locked_until",
    ),
    "user_roles": ("user_id", "role", "unit_id"),
    "desks": ("code", "name", "unit_id"),
    "number_series": ("desk_code", "kind", "year", "last_value"),
    "field_categories": ("code", "name", "parent_code"),
    "citizens": (
        "full_name",
        "name_folded",
        "id_number",
        "id_kind",
        "birth_year",
        "gender",
        "address",
        "address_folded",
        "province_code",
        "commune",
        "phone",
        "email",
        "is_organisation",
        "is_confidential",
        "unit_id",
    ),
    "receptions": (
        "number",
        "unit_id",
        "received_at",
        "received_on",
        "kind",
        "officer_id",
        "leader_id",
        "citizen_id",
        "headcount",
        "is_mass",
        "representatives_appointed",
        "summary",
        "summary_folded",
        "field_code",
        "outcome",
        "outcome_detail",
        "answer_due_on",
        "repeat_of_id",
    ),
    "reception_participants": ("reception_id", "citizen_id", "role", "proof_document"),
    "petitions": (
        "number",
        "unit_id",
        "reception_id",
        "citizen_id",
        "received_on",
        "channel",
        "kind",
        "field_code",
        "summary",
        "summary_folded",
        "respondent",
        "respondent_folded",
        "prior_handling",
        "documents_received",
        "signatory_count",
        "is_anonymous",
        "is_over_level",
        "duplicate_of_id",
        "status",
        "processing_outcome",
        "processing_due_on",
        "processed_on",
    ),
    "cases": (
        "code",
        "petition_id",
        "unit_id",
        "citizen_id",
        "parent_case_id",
        "kind",
        "level",
        "field_code",
        "summary",
        "status",
        "is_complex",
        "is_very_complex",
        "complexity_grounds",
        "is_remote",
        "is_mass",
        "is_repeat",
        "is_long_running",
        "assignee_id",
        "received_on",
        "accepted_on",
        "rule_set_on",
        "due_rule",
        "due_on",
        "extensions",
        "extension_days",
        "is_paused",
        "paused_since",
        "closed_on",
        "decision_number",
        "decision_on",
        "decision_result",
        "legal_effect_on",
        "enforcement_done_on",
    ),
    "case_events": (
        "case_id",
        "kind",
        "occurred_on",
        "actor_id",
        "note",
        "document_id",
        "data",
    ),
    "case_pauses": ("case_id", "paused_on", "resumed_on", "reason"),
    "dialogues": (
        "case_id",
        "scheduled_at",
        "place",
        "notice_sent_on",
        "presiding",
        "participants",
        "opinions",
        "agreed_points",
        "disputed_points",
        "result",
        "held",
        "minutes_document_id",
    ),
}

#: Column order of each generated table: the ``Tracked`` columns, then the table's own.
COLUMNS: dict[str, tuple[str, ...]] = {name: (*TRACKED, *own) for name, own in _OWN.items()}

#: Columns written as the same constant on every row of each table.
CONSTANTS: dict[str, dict[str, object]] = {
    name: {"version": 1, "deleted_at": None}
    | (
        {"is_sample": True}
        if name in ("users", "citizens", "receptions", "petitions", "cases")
        else {}
    )
    for name in _OWN
}

#: The mapped tables, in the order they are loaded (parents before children).
TABLES: dict[str, Table] = {
    model.__table__.name: model.__table__  # type: ignore[attr-defined]
    for model in (
        Unit,
        User,
        UserRole,
        Desk,
        NumberSeries,
        FieldCategory,
        Citizen,
        Reception,
        ReceptionParticipant,
        Petition,
        Case,
        CaseEvent,
        CasePause,
        Dialogue,
    )
}


def _default(table: Table, column: Column[Any]) -> tuple[bool, Any]:
    """(True, value) for a column every generated row may leave at its default."""
    default = column.default
    if isinstance(default, ColumnDefault):
        if default.is_scalar:
            return True, default.arg
        if default.is_callable:
            value = default.arg(None)  # type: ignore[operator]
            if isinstance(value, list | dict | str | int | bool) or value is None:
                return True, value
    if column.nullable:
        return True, None
    return False, None


def defaults(name: str) -> dict[str, Any]:
    """Columns of ``name`` the generator does not write, with the value each row gets.

    Lets the generator keep working when another part of the application adds a column
    with a default (or a nullable one); a new NOT NULL column without a default is an error.
    """
    table = TABLES[name]
    known = set(COLUMNS[name]) | set(CONSTANTS[name]) | set(ALIASES)
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name in known:
            continue
        ok, value = _default(table, column)
        if not ok:
            raise RuntimeError(
                f"demo_data: {name}.{column.name} is NOT NULL without a default; "
                "teach the generator to fill it"
            )
        out[column.name] = value
    return out


def check_columns() -> None:
    """Fail loudly when a column the generator writes is gone or a new one cannot default."""
    for name, table in TABLES.items():
        actual = {c.name for c in table.columns}
        ours = set(COLUMNS[name]) | set(CONSTANTS[name]) | set(ALIASES)
        if ours - actual:
            raise RuntimeError(f"demo_data: columns of {name} are gone: {sorted(ours - actual)}")
        defaults(name)
