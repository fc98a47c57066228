"""One error hierarchy for the library; every message says what was expected and what was found."""

from __future__ import annotations


class NlpCheckerError(Exception):
    """Base class of every error the library raises on purpose."""


class RulesetError(NlpCheckerError):
    """A rule or ruleset file under ``patterns/`` is missing or invalid."""

    def __init__(self, file: str, location: str, message: str) -> None:
        self.file = file
        self.location = location
        self.message = message
        where = f"{file}: {location}" if location else file
        super().__init__(f"{where}: {message}")


class InputError(NlpCheckerError):
    """A chart or input file cannot be read as a chart."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}" if source else message)


class RuleTimeoutError(NlpCheckerError):
    """A regular expression from a rule file ran longer than its time limit on some text."""

    def __init__(self, file: str, location: str, seconds: float) -> None:
        self.file = file
        self.location = location
        self.seconds = seconds
        super().__init__(
            f"{file}: {location}: the pattern ran longer than {seconds:g} s on one text; "
            "simplify it (nested or overlapping repeats backtrack catastrophically)"
        )


class MissingExtraError(InputError):
    """Reading this input needs an optional dependency group (a pip extra) that is not installed."""

    def __init__(self, extra: str, what: str, source: str | None = None) -> None:
        self.extra = extra
        super().__init__(
            f"{what} needs the '{extra}' extra, which is not installed; "
            f"install it with: pip install 'nlp-checker[{extra}]'",
            source,
        )
