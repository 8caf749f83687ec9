"""The starting catalogue of fields (lĩnh vực) the first run adds: a helper of services/setup."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tcd_desktop.store.models import FieldCategory

#: A starting catalogue of fields (lĩnh vực), grouped as in the TT 02/2021 report forms.
DEFAULT_FIELDS: tuple[tuple[str, str, str | None], ...] = (
    ("HC", "Hành chính", None),
    ("HC-DD", "Đất đai", "HC"),
    ("HC-NO", "Nhà ở", "HC"),
    ("HC-CS", "Chính sách, chế độ", "HC"),
    ("HC-CCVC", "Chế độ cán bộ, công chức, viên chức", "HC"),
    ("HC-MT", "Môi trường", "HC"),
    ("HC-KHAC", "Lĩnh vực hành chính khác", "HC"),
    ("TP", "Tư pháp", None),
    ("DANG", "Đảng, đoàn thể", None),
    ("TN", "Tham nhũng, tiêu cực", None),
    ("KHAC", "Lĩnh vực khác", None),
)


def seed_field_catalogue(session: Session) -> int:
    """Add the default fields when the catalogue is empty; returns how many were added."""
    if session.scalar(select(func.count()).select_from(FieldCategory)):
        return 0
    for code, name, parent in DEFAULT_FIELDS:
        session.add(FieldCategory(code=code, name=name, parent_code=parent))
    session.flush()
    return len(DEFAULT_FIELDS)
