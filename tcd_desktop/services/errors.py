"""Expected failures of services, each with a Vietnamese message for the user.

Services raise these instead of returning half-done work; the GUI shows them next to the
field (``ValidationFailed.field_errors``) or in a plain message box, never as a crash.
"""

from __future__ import annotations

from dataclasses import dataclass

from tcd_desktop.domain.messages import shown_vi
from tcd_desktop.services.messages import CONFLICT_CODES, MESSAGES


class ServiceError(Exception):
    """Base of every expected service failure; ``str()`` is shown to the user."""


class ValidationFailed(ServiceError):
    """Input is invalid; ``field_errors`` maps a field name to its Vietnamese message."""

    def __init__(self, field_errors: dict[str, str], message: str | None = None) -> None:
        self.field_errors = dict(field_errors)
        super().__init__(message or "; ".join(self.field_errors.values()))


class PermissionDenied(ServiceError):
    """The signed-in user's role does not allow this."""


class StepNotAllowed(ServiceError):
    """A workflow step the law does not allow in the case's current state (with the reason)."""


class NotFound(ServiceError):
    """The record does not exist (or was removed)."""


@dataclass(frozen=True)
class FieldConflict:
    """One field two desks saved differently: the label shown, this desk's and the other's."""

    name: str
    label: str
    mine: str
    theirs: str


class ConcurrentChange(ServiceError):
    """Someone else saved the same record first; reload and try again.

    When the service knows both sides it says so: ``entity``/``entity_id`` name the record,
    ``version`` is the version now stored (what a retry must say it edited), ``fields`` lists
    each field as this desk typed it and as the other desk saved it, ``theirs`` holds every
    stored value the form shows (so "take theirs" can fill the form).  A conflict found only
    at flush time (``StaleDataError``) carries no sides: the form is kept and the next save
    finds them.  ``status`` (the case's status now, a ``CaseStatus`` or its stored value)
    is named after the message.
    """

    def __init__(
        self,
        what: str = "bản ghi",
        *,
        entity: str = "",
        entity_id: object = None,
        version: int | None = None,
        fields: tuple[FieldConflict, ...] = (),
        theirs: dict[str, object] | None = None,
        detail: str = "",
        status: object = None,
    ) -> None:
        code = CONFLICT_CODES.get(what)
        if code == "conflict.case" and status is not None and not detail:
            message: str = MESSAGES("conflict.case_status", status=status)
        elif code and not detail and status is None:
            message = MESSAGES(code)  # coded: a screen in another language names it
        else:
            message = (
                f"{what.capitalize()} vừa được người khác cập nhật. "
                "Vui lòng tải lại rồi thực hiện lại."
                + (f" {detail}" if detail else "")
                + (f" Trạng thái hiện nay: {shown_vi(status)}." if status is not None else "")
            )
        super().__init__(message)
        self.what = what
        self.entity = entity
        self.entity_id = entity_id
        self.version = version
        self.fields = tuple(fields)
        self.theirs = dict(theirs or {})

    @property
    def has_sides(self) -> bool:
        """True when both sides are known (the conflict dialog can be shown)."""
        return self.version is not None
