"""Domain errors of the worklist. The HTTP layer maps them: NotFound 404, Forbidden 403,
AuthenticationFailed 401, IllegalTransition / GapsOpen / StaleUpdate / AlreadyExists 409, InvalidRequest 422,
TooManyAttempts 429."""

from __future__ import annotations

from nlp_checker.errors import NlpCheckerError


class WorklistError(NlpCheckerError):
    """Base class of the worklist's domain errors."""


class NotFound(WorklistError):
    """No such item (or user, key) in the acting user's organization. Foreign items are 'not found' too."""

    def __init__(self, kind: str, ident: object) -> None:
        self.kind = kind
        self.ident = ident
        # The identifier stays an attribute (for the CLI); the message never repeats the caller's input.
        super().__init__(f"{kind} not found")


class Forbidden(WorklistError):
    """The acting user's role does not allow this action."""


class AuthenticationFailed(WorklistError):
    """Unknown, revoked or expired API key or session; wrong password; inactive user."""

    def __init__(self, message: str = "authentication failed") -> None:
        super().__init__(message)


class IllegalTransition(WorklistError):
    """A status change the transition table does not allow; ``allowed`` lists the legal next statuses."""

    def __init__(self, current: str, target: str, allowed: list[str]) -> None:
        self.current = current
        self.target = target
        self.allowed = list(allowed)
        super().__init__(f"cannot move from {current!r} to {target!r}; allowed: {self.allowed}")


class GapsOpen(WorklistError):
    """Moving to ready/submitted while missing or conflict gaps are open needs a reviewer's override with a
    reason; ``gaps`` lists the open requirement ids (no note text)."""

    def __init__(self, target: str, gaps: list[str], message: str) -> None:
        self.target = target
        self.gaps = list(gaps)
        super().__init__(message)


class TooManyAttempts(WorklistError):
    """Login throttled (too many failures from this user or client, or too many at once); retry later."""

    def __init__(self, retry_after: float, message: str = "too many login attempts; retry later") -> None:
        self.retry_after = retry_after
        super().__init__(message)


class StaleUpdate(WorklistError):
    """Someone else changed the item since it was read; reload and retry. Nothing was written."""

    def __init__(self, message: str = "the item was changed by someone else; reload it and retry") -> None:
        super().__init__(message)


class AlreadyExists(WorklistError):
    """A user name or organization name is taken."""


class InvalidRequest(WorklistError):
    """The request is well formed but not valid for this item (unknown status or requirement id, ...)."""
