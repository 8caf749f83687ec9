"""The register screen's export and import, each in its own transaction, role-checked.

Export writes the filtered register in the official layout (the audit entry is the only
database write); import reads and checks a file (nothing written), then applies the rows
the officer kept in one transaction and returns the visits it created as changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.changes import Changes, Entity, OpResult
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.progress import Progress
from tcd_desktop.services.register import export as register_io
from tcd_desktop.services.register.export import ExportResult, ImportPreview, ImportResult
from tcd_desktop.services.register.read import READERS, RegisterFilter, RegisterSort
from tcd_desktop.services.runtime import Database

__all__ = [
    "EXPORT_ROLES",
    "IMPORT_ROLES",
    "ExportResult",
    "ImportPreview",
    "ImportResult",
    "apply_import",
    "export_register",
    "preview_import",
]

EXPORT_ROLES = READERS
IMPORT_ROLES = (Role.RECEPTION_OFFICER,)


def export_register(
    db: Database,
    actor: Actor,
    path: Path,
    flt: RegisterFilter,
    fmt: str,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the filtered register to ``path``; the official register runs in date order
    and its STT follows that order, whatever the sort on screen. Stopped through
    ``progress``: no file under ``path``, nothing audited."""
    require(actor, *EXPORT_ROLES, action="xuất sổ tiếp công dân")
    with db.session() as session:
        return register_io.export_register(
            session, actor, path, flt, RegisterSort(), fmt=fmt, progress=progress
        )


def preview_import(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    allow_duplicates: bool = False,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read and check a register file; nothing is written."""
    require(actor, *IMPORT_ROLES, action="nhập sổ tiếp công dân")
    with db.session() as session:
        return register_io.preview_import(
            session, actor, path, allow_duplicates=allow_duplicates, progress=progress
        )


def apply_import(
    db: Database,
    actor: Actor,
    preview: ImportPreview,
    excluded: Iterable[int] = (),
    progress: Progress | None = None,
) -> OpResult[ImportResult]:
    """Write every row the officer kept, all or nothing (stopped through ``progress``:
    nothing)."""
    require(actor, *IMPORT_ROLES, action="nhập sổ tiếp công dân")
    with db.session() as session:
        result = register_io.apply_import(
            session, actor, preview, exclude_rows=excluded, progress=progress
        )
    changes = (
        Changes.of(Entity.RECEPTION, result.reception_ids)
        .plus(Entity.PETITION)
        .plus(Entity.CITIZEN)
    )
    return OpResult(result, changes)
