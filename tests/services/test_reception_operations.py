"""The reception screen's operations refuse a user without a role, before any work."""

from __future__ import annotations

from tcd_desktop.services.reception import operations
from tests.services.desk_permissions import assert_all_refuse


def test_every_reception_operation_checks_the_actor_first() -> None:
    assert_all_refuse(
        operations,
        {
            "citizen_history",
            "desk_document_choices",
            "find_repeats",
            "issue_desk_document",
            "issue_receipt",
            "load_options",
            "lookup_citizens",
            "save_visit",
        },
    )
