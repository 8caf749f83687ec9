"""Every table/list model lives in ui/models and takes its custom roles from ui/models/roles."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tcd_desktop.ui.models import roles

UI = Path(__file__).resolve().parents[2] / "tcd_desktop" / "ui"
MODEL_BASES = {
    "QAbstractTableModel",
    "QAbstractListModel",
    "QAbstractItemModel",
    "QStandardItemModel",
    "RecordTableModel",
}


def test_roles_are_distinct() -> None:
    assert len(set(roles.ALL_ROLES.values())) == len(roles.ALL_ROLES)


def test_no_model_defines_its_own_user_role() -> None:
    pattern = re.compile(r"UserRole\)?\s*\+")
    found = [
        p.relative_to(UI).as_posix()
        for p in UI.rglob("*.py")
        if p.name != "roles.py" and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert not found, f"custom roles belong in ui/models/roles.py: {found}"


def test_every_item_model_lives_in_ui_models() -> None:
    outside = []
    for path in UI.rglob("*.py"):
        if path.parent.name == "models":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                if bases & MODEL_BASES:
                    outside.append(f"{path.relative_to(UI).as_posix()}:{node.name}")
    assert not outside, f"item models belong in ui/models: {outside}"
