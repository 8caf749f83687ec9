"""Expected failures of services, each with a Vietnamese message for the user.

Services raise these instead of returning half-done work; the GUI shows them next to the
field (``ValidationFailed.field_errors``) or in a plain message box, never as a crash.
"""

from __future__ import annotations


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


class ConcurrentChange(ServiceError):
    """Someone else saved the same record first; reload and try again."""

    def __init__(self, what: str = "bản ghi") -> None:
        super().__init__(
            f"{what.capitalize()} vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại."
        )
