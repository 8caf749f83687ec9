"""Shared check of the desk's operations: a signed-in user without a role is refused first.

Every public operation of a module (first parameter ``db``, second ``actor``) is called with
an actor holding no role; the check is the operation's first statement, so the other
arguments are never looked at and the database is never opened.
"""

from __future__ import annotations

import inspect
from types import ModuleType

import pytest

from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import PermissionDenied

NOBODY = Actor(user_id=None, username="khach", full_name="Khách", roles=frozenset())


class _Untouchable:
    """A database that fails the test if an operation opens it before checking the actor."""

    def session(self) -> None:
        raise AssertionError("the operation opened the database before checking the actor")


def operations_of(module: ModuleType) -> list[tuple[str, object]]:
    """Public functions of ``module`` taking ``(db, actor, ...)``."""
    found = []
    for name, fn in inspect.getmembers(module, inspect.isfunction):
        if name.startswith("_") or fn.__module__ != module.__name__:
            continue
        params = list(inspect.signature(fn).parameters)
        if params[:2] == ["db", "actor"]:
            found.append((name, fn))
    return found


def assert_all_refuse(module: ModuleType, expected: set[str]) -> None:
    """Every operation of ``module`` refuses ``NOBODY``; ``expected`` are all listed."""
    ops = operations_of(module)
    assert {name for name, _fn in ops} == expected
    for name, fn in ops:
        params = inspect.signature(fn).parameters
        required = [
            p
            for p in list(params.values())[2:]
            if p.default is inspect.Parameter.empty
            and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        try:
            fn(_Untouchable(), NOBODY, *[None] * len(required))  # type: ignore[operator]
        except PermissionDenied:
            continue
        pytest.fail(f"{module.__name__}.{name} did not refuse an actor without a role")
