"""The operations the case-side screens call check the actor before anything else: an actor
without a role is refused (PermissionDenied) before any database is touched, and every write
returns what it changed."""

from __future__ import annotations

import datetime as dt
import inspect
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tcd_desktop.domain.workflow import Step
from tcd_desktop.services import backup
from tcd_desktop.services.case_documents import DocumentChoice
from tcd_desktop.services.cases import screen, step_forms
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.schedule import screen as schedule_screen

NOBODY = Actor(uuid.uuid4(), "khach", "Không có vai trò")
ID = uuid.uuid4()
DAY = dt.date(2026, 9, 1)
CHOICE = DocumentChoice("kn.acceptance", "Thông báo thụ lý", True, None, None, 0, False)

CALLS: list[tuple[str, Callable[[Any], Any]]] = [
    ("load_case_detail", lambda db: screen.load_case_detail(db, NOBODY, ID)),
    ("open_document_pdf", lambda db: screen.open_document_pdf(db, NOBODY, ID)),
    ("issue_case_document", lambda db: screen.issue_case_document(db, NOBODY, ID, CHOICE)),
    ("preview_public_version", lambda db: screen.preview_public_version(db, NOBODY, ID, "x")),
    ("keep_case_file", lambda db: screen.keep_case_file(db, NOBODY, ID, Path("x"), sealed=False)),
    ("open_case_file", lambda db: screen.open_case_file(db, NOBODY, ID)),
    ("open_dialogue", lambda db: screen.open_dialogue(db, NOBODY, ID)),
    ("dialogue_day_off", lambda db: screen.dialogue_day_off(db, NOBODY, DAY)),
    ("plan_dialogue", lambda db: screen.plan_dialogue(db, NOBODY, ID)),
    ("record_held_dialogue", lambda db: screen.record_held_dialogue(db, NOBODY, ID)),
    (
        "record_step_form",
        lambda db: step_forms.record_step_form(db, NOBODY, Step.RESUMPTION, ID, DAY, {}),
    ),
    ("officers", lambda db: step_forms.officers(db, NOBODY)),
    ("held_dialogues", lambda db: step_forms.held_dialogues(db, NOBODY, ID)),
    ("month_overview", lambda db: schedule_screen.month_overview(db, NOBODY, 2026, 9)),
    (
        "save_month_plan",
        lambda db: schedule_screen.save_month_plan(db, NOBODY, ID, 2026, 9, [DAY]),
    ),
    ("record_held", lambda db: schedule_screen.record_held(db, NOBODY, ID, DAY)),
    (
        "change_leader_category",
        lambda db: schedule_screen.change_leader_category(db, NOBODY, ID, "x", 2026, 9),
    ),
    ("backup_page_state", lambda db: backup.backup_page_state(db, NOBODY)),
    ("startup_backup_check", lambda db: backup.startup_backup_check(db, NOBODY)),
]


class Untouchable:
    """A database that fails the test if an operation opens a session before the check."""

    def session(self) -> Any:
        raise AssertionError("a session was opened before the actor was checked")


@pytest.mark.parametrize(("name", "call"), CALLS, ids=[n for n, _ in CALLS])
def test_an_actor_without_a_role_is_refused_first(name: str, call: Callable[[Any], Any]) -> None:
    with pytest.raises(PermissionDenied):
        call(Untouchable())


def test_every_public_operation_of_the_screens_is_listed() -> None:
    modules = (screen, step_forms, schedule_screen)
    public = {
        name
        for module in modules
        for name, fn in inspect.getmembers(module, inspect.isfunction)
        if fn.__module__ == module.__name__
        and not name.startswith("_")
        and list(inspect.signature(fn).parameters)[:2] == ["db", "actor"]
    }
    assert public and public <= {name for name, _ in CALLS}


def test_every_step_form_of_the_case_window_has_its_operation() -> None:
    from tcd_desktop.ui.case.step_specs import SPECS

    assert set(SPECS) == set(step_forms.CALLS)
