"""The last line against control characters: nothing with a NUL or an escape code is saved.

Forms, imports and the command line refuse such text with a message under the field; this
guard, run before every ORM flush, catches any path that forgot to (a NUL in a name used to
break every later XLSX export, and PostgreSQL refuses it with an error that named the row).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from tcd_desktop.domain.text_safety import first_control


class ControlCharacterRefused(ValueError):
    """A text attribute holds a control character; ``str()`` is a Vietnamese message."""


def check_session(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """``before_flush`` listener: refuse new or changed text holding a control character."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.attrs[attr.key].loaded_value
            if isinstance(value, str):
                bad = first_control(value)
                if bad is not None:
                    table = state.mapper.persist_selectable.name  # type: ignore[attr-defined]
                    raise ControlCharacterRefused(
                        f"Không lưu được: trường {table}.{attr.key} chứa ký tự điều khiển "
                        f"không được phép (mã U+{ord(bad):04X})."
                    )
