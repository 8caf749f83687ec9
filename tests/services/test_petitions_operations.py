"""The petitions screen's operations refuse a user without a role, before any work."""

from __future__ import annotations

from tcd_desktop.services.petitions import operations
from tests.services.desk_permissions import assert_all_refuse


def test_every_petition_operation_checks_the_actor_first() -> None:
    assert_all_refuse(
        operations,
        {
            "accept",
            "find_case",
            "issue_notice",
            "load_options",
            "load_queue",
            "load_queue_view",
            "notice_choice",
            "process",
        },
    )
