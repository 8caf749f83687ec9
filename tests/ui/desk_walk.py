"""What the walk does on the desk's screens besides looking at them (tests/ui/screen_walk.py).

- Reception: a citizen picked from the database (their earlier visits, the repeat warning),
  the refusal grounds offered, then a form that fails to save (the errors under the fields
  and in the banner).
- Xử lý đơn: the acceptance dialog of a complaint (also confirmed found complex with no
  written grounds: the service's refusal inside it) and of a denunciation, and each
  processing-outcome dialog, then the same dialog confirmed with its field left empty (the
  service's refusal inside it).

:func:`seed` first saves a visit whose complaint and denunciation await processing (the
sample office has none). Each hook gets the screen (already taken as it first shows) and the
walk. The services' messages shown (validation errors, refusals) are coded and named in the
screen's language (``tcd_desktop/ui/desk_messages.py``): they are checked like any label.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tcd_desktop.domain.workflow import ProcessingOutcome
from tcd_desktop.services.reception import intake, operations
from tcd_desktop.services.reception.inputs import CitizenInput, PetitionInput, VisitInput
from tcd_desktop.store.database import Database
from tests.ui.desk_fixtures import actor_of

Hook = Callable[[Any, Any], None]


def seed(db: Database) -> None:
    """A visit with a complaint and a denunciation left for Xử lý đơn."""
    with db.session() as session:
        intake.save_visit(
            session,
            actor_of(db, "tiepdan"),
            VisitInput(
                citizen=CitizenInput(
                    full_name="Phạm Thị Hoa",
                    id_number="020085001234",
                    birth_year=1985,
                    address="Thôn Nà Cáy, xã Cao Lộc",
                ),
                petitions=[
                    PetitionInput(
                        kind="khieu_nai",
                        summary="Khiếu nại việc thu hồi đất nông nghiệp",
                        respondent="Chủ tịch Ủy ban nhân dân xã Cao Lộc",
                    ),
                    PetitionInput(
                        kind="to_cao",
                        summary="Tố cáo cán bộ địa chính nhận tiền khi đo đạc",
                        respondent="Cán bộ địa chính xã Cao Lộc",
                    ),
                ],
            ),
        )


def reception(page: Any, walk: Any) -> None:
    """A returning citizen with the repeat warning; refusal grounds; a form with errors."""
    from tests.ui.screen_walk import settle, wait_until

    form = page.form
    query = _returning_citizen_query(page)
    matches = operations.lookup_citizens(page.db, page.actor, query)
    assert matches, f"no citizen found for {query!r}"
    page.use_citizen(matches[0])
    form.petitions.editors()[0].summary.setPlainText(
        "Khiếu nại việc thu hồi đất, bồi thường không thỏa đáng"
    )
    page.check_repeats()
    repeats = page.repeats.model
    wait_until(lambda: repeats.rowCount() > 0)
    settle()
    walk.data_texts.update(repeats.match_at(i).summary[:139] for i in range(repeats.rowCount()))
    walk.take("reception-repeat", page.window())
    form.refusal.refuse.setChecked(True)
    page.scroll.ensureWidgetVisible(form.refusal)
    walk.take("reception-refusal", page.window())
    page.new_visit()
    settle()
    form.citizen.full_name.edit.setText("A")
    form.citizen.phone.edit.setText("0123")
    form.citizen.id_number.edit.setText("12345")
    page.save()
    wait_until(lambda: page.save_button.isEnabled() and bool(form.errors.shown()))
    walk.take("reception-errors", page.window())
    walk.texts["reception-errors"].extend(form.errors.shown().values())
    page.scroll.verticalScrollBar().setValue(0)  # the citizen's fields and their errors
    walk.take("reception-errors-citizen", page.window())
    walk.texts["reception-errors"].append(page.message_bar.label.text())
    page.new_visit()
    page.drafts.discard()


def _returning_citizen_query(page: Any) -> str:
    """The identity number of a citizen with earlier petitions (from the sample office)."""
    from sqlalchemy import func, select

    from tcd_desktop.store.models import Citizen, Petition

    with page.db.session() as session:
        number = session.execute(
            select(Citizen.id_number)
            .join(Petition, Petition.citizen_id == Citizen.id)
            .where(Citizen.is_confidential.is_(False), Citizen.id_number.is_not(None))
            .group_by(Citizen.id_number)
            .order_by(func.count().desc(), Citizen.id_number)
            .limit(1)
        ).scalar_one()
    return str(number)


def petitions(page: Any, walk: Any) -> None:
    """The acceptance dialog of each kind that has one, and every outcome dialog."""
    rows = list(page.model.rows)
    assert rows, "the sample office has no petition to process"
    by_kind = {row.kind: row for row in reversed(rows)}
    for kind in ("khieu_nai", "to_cao"):
        if kind in by_kind:
            assert page.select(by_kind[kind].petition_id)
            _take_dialog(
                page,
                walk,
                ProcessingOutcome.ACCEPT,
                f"petitions-accept-{kind}",
                refused=kind == "khieu_nai",
                fill=_complex_without_grounds,
            )
    assert page.select(rows[0].petition_id)
    for outcome in ProcessingOutcome:
        if outcome is not ProcessingOutcome.ACCEPT:
            _take_dialog(page, walk, outcome, f"petitions-{outcome.value}", refused=True)


def _complex_without_grounds(dialog: Any) -> None:
    """An acceptance found complex on one criterion with no written grounds (refused)."""
    dialog.complex.setChecked(True)
    next(iter(dialog.criteria.values())).setChecked(True)


def _take_dialog(
    page: Any,
    walk: Any,
    outcome: ProcessingOutcome,
    name: str,
    *,
    refused: bool = False,
    fill: Any = None,
) -> None:
    """The dialog as it opens; with ``refused``, also confirmed empty (or as ``fill`` leaves
    it) and refused by the service (``name-error``)."""
    from tests.ui.screen_walk import wait_until

    dialog: Any = page.open_outcome(outcome)
    assert dialog is not None, name
    walk.take(name, dialog)
    if refused:
        if fill is not None:
            fill(dialog)
        dialog.submit()  # every outcome needs its field: the service refuses, nothing is saved
        wait_until(lambda: bool(dialog.error_text()) and dialog.ok.isEnabled())
        walk.take(f"{name}-error", dialog)
    dialog.reject()
    dialog.deleteLater()


#: Hooks by screen key (``walk_main_window(..., hooks=DESK_HOOKS)``).
DESK_HOOKS: dict[str, Hook] = {"reception": reception, "petitions": petitions}
