"""The operations boundary (issue #10 §1): screens talk to services, services own the store.

- no module under ``tcd_desktop/ui`` imports ``sqlalchemy`` or ``tcd_desktop.store``;
- no module under ``tcd_desktop/ui`` opens ``db.session()``;
- every public service function taking ``db``/``session`` takes ``actor`` next;
- every such function refuses an actor holding no role (``PermissionDenied``) before it
  touches anything else.

The ``PENDING_*`` sets (tests/boundary_pending.py) name what other helpers are still converting. They must be exact: a
listed item that no longer breaks the rule fails too, so the lists shrink to empty as the
conversions land (the integrator removes entries after merging). Never add an entry to make
new code pass.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import tcd_desktop.services
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import PermissionDenied
from tests.boundary_pending import (
    NO_ACTOR_BY_DESIGN,
    NO_ROLE_NEEDED,
    PENDING_NO_PERMISSION_CHECK,
    PENDING_UI_DB_SESSION,
    PENDING_UI_STORE_IMPORTS,
    PENDING_WITHOUT_ACTOR,
)
from tests.dbfixtures import make_database

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "tcd_desktop" / "ui"
FORBIDDEN_IMPORTS = ("sqlalchemy", "tcd_desktop.store")

# --- ui never reaches the store ---------------------------------------------------------


def ui_modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def ui_name(path: Path) -> str:
    return path.relative_to(UI).as_posix()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> Iterator[str]:
    """Every module an ``import``/``from`` statement in ``path`` names, anywhere in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else None
    package = package or module_name(path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            for alias in node.names:  # from tcd_desktop import store
                yield f"{base}.{alias.name}"


def is_forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN_IMPORTS)


def ui_store_importers() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in ui_modules():
        bad = sorted({m for m in imported_modules(path) if is_forbidden(m)})
        if bad:
            found[ui_name(path)] = bad
    return found


def test_the_import_walk_sees_imports() -> None:
    """The walker itself: it finds plain, from-, relative and function-local imports."""
    names = set(imported_modules(UI / "main_window.py"))
    assert "PySide6.QtWidgets" in names
    assert is_forbidden("sqlalchemy.orm") and is_forbidden("tcd_desktop.store.database")
    assert not is_forbidden("tcd_desktop.services.runtime")
    assert not is_forbidden("tcd_desktop.storeroom")


def test_ui_never_imports_the_store_or_sqlalchemy() -> None:
    found = ui_store_importers()
    new = {m: found[m] for m in sorted(set(found) - PENDING_UI_STORE_IMPORTS)}
    done = sorted(PENDING_UI_STORE_IMPORTS - set(found))
    assert not new, (
        "ui modules import the store or sqlalchemy (go through a service; take Database from "
        f"tcd_desktop.services.runtime): {new}"
    )
    assert not done, f"no longer import the store: remove from PENDING_UI_STORE_IMPORTS: {done}"


DB_SESSION = re.compile(r"db\s*\.\s*session\s*\(")  # as `grep "db.session()"`, also self._db


def test_ui_never_opens_a_database_session() -> None:
    found = {ui_name(p) for p in ui_modules() if DB_SESSION.search(p.read_text("utf-8"))}
    new = sorted(found - PENDING_UI_DB_SESSION)
    done = sorted(PENDING_UI_DB_SESSION - found)
    assert not new, f"ui modules open db.session() (a service owns the transaction): {new}"
    assert not done, f"no longer open db.session(): remove from PENDING_UI_DB_SESSION: {done}"


# --- every service takes an actor and checks it -----------------------------------------


def service_functions() -> dict[str, Callable[..., Any]]:
    """Public module-level functions of tcd_desktop.services/** whose first parameter is
    ``db`` or ``session``, keyed "module.function" relative to tcd_desktop.services.

    A module whose own name starts with ``_`` is private to its package (its helpers run
    inside the package's operations, which check the actor), so it is not walked."""
    found: dict[str, Callable[..., Any]] = {}
    prefix = tcd_desktop.services.__name__ + "."
    for info in pkgutil.walk_packages(tcd_desktop.services.__path__, prefix):
        if info.name.rsplit(".", 1)[-1].startswith("_"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(obj):
                continue
            if obj.__module__ != module.__name__:
                continue  # imported from elsewhere: checked where it is defined
            params = list(inspect.signature(obj).parameters)
            if params and params[0] in ("db", "session"):
                found[f"{info.name.removeprefix(prefix)}.{name}"] = obj
    return found


SERVICES = service_functions()


def takes_actor(func: Callable[..., Any]) -> bool:
    params = list(inspect.signature(func).parameters)
    return len(params) > 1 and params[1] == "actor"


def test_services_are_found() -> None:
    assert len(SERVICES) > 100
    assert "context.require" not in SERVICES  # takes an actor first, no db


def test_every_service_taking_the_database_takes_the_actor_next() -> None:
    without = {name for name, func in SERVICES.items() if not takes_actor(func)}
    new = sorted(without - PENDING_WITHOUT_ACTOR - NO_ACTOR_BY_DESIGN)
    done = sorted(PENDING_WITHOUT_ACTOR - without)
    assert not new, f"public service functions taking db/session need `actor` next: {new}"
    assert not done, f"take the actor now: remove from PENDING_WITHOUT_ACTOR: {done}"
    assert set(SERVICES) >= NO_ACTOR_BY_DESIGN, "NO_ACTOR_BY_DESIGN names a missing function"


class Untouchable:
    """Stands in for every argument after the actor: any use of it is an error."""

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_name", name)

    def _used(self, *args: object, **kwargs: object) -> Any:
        raise AssertionError(
            f"argument {object.__getattribute__(self, '_name')!r} used before the role check"
        )

    __getattr__ = __setattr__ = __call__ = __iter__ = __len__ = __bool__ = _used
    __getitem__ = __contains__ = __eq__ = __lt__ = __hash__ = __str__ = __int__ = _used
    __index__ = __float__ = __fspath__ = __enter__ = _used


NOBODY = Actor(
    user_id=uuid.UUID(int=1),
    username="nobody",
    full_name="Nobody",
    roles=frozenset(),
    unit_id=uuid.UUID(int=2),
)

WITH_ACTOR = sorted(n for n, f in SERVICES.items() if takes_actor(f) and n not in NO_ROLE_NEEDED)


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with make_database("sqlite", tmp_path_factory.mktemp("boundary")) as db:
        yield db


def refusal_of(func: Callable[..., Any], db: Any) -> BaseException | None:
    """Call ``func`` with a role-less actor; return what it raised (None if nothing)."""
    signature = inspect.signature(func)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    params = list(signature.parameters.values())
    for param in params[2:]:
        if param.default is not inspect.Parameter.empty:
            continue
        if param.kind is param.KEYWORD_ONLY:
            kwargs[param.name] = Untouchable(param.name)
        elif param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
            args.append(Untouchable(param.name))
    try:
        if params[0].name == "session":
            with db.session() as session:
                func(session, NOBODY, *args, **kwargs)
        else:
            func(db, NOBODY, *args, **kwargs)
    except Exception as exc:  # reported by the caller
        return exc
    return None


@pytest.mark.parametrize("name", WITH_ACTOR)
def test_a_service_refuses_an_actor_without_a_role(name: str, empty_db: Any) -> None:
    raised = refusal_of(SERVICES[name], empty_db)
    refused = isinstance(raised, PermissionDenied)
    if name in PENDING_NO_PERMISSION_CHECK:
        assert not refused, f"{name} refuses now: remove it from PENDING_NO_PERMISSION_CHECK"
        return
    assert refused, (
        f"{name} must begin with require(actor, ...) and refuse a role-less actor with "
        f"PermissionDenied; it raised {raised!r}"
    )


def test_pending_permission_entries_name_real_functions() -> None:
    unknown = sorted((PENDING_NO_PERMISSION_CHECK | NO_ROLE_NEEDED) - set(SERVICES))
    assert not unknown, f"no such service functions (moved? renamed?): {unknown}"
