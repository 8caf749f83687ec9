"""The register screen's reads and its export/import refuse a user without a role."""

from __future__ import annotations

from tcd_desktop.services.register import operations, read
from tests.services.desk_permissions import assert_all_refuse


def test_the_register_reads_check_the_actor_first() -> None:
    assert_all_refuse(read, {"count_rows", "read_rows"})


def test_export_and_import_check_the_actor_first() -> None:
    assert_all_refuse(operations, {"apply_import", "export_register", "preview_import"})
