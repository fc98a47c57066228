"""Progress of a batch run: a bar with rate and ETA on a terminal, a log line every N seconds otherwise."""

from __future__ import annotations

import logging
import time
from typing import Any

logger = logging.getLogger("nlp_checker.batch")


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m{seconds:02d}s" if hours else f"{minutes}m{seconds:02d}s"


class Progress:
    """``advance(charts, errors)`` after each committed chunk. Counts charts and errors only (no ids)."""

    def __init__(self, total: int | None, done: int, *, bar: bool, log_every: float = 30.0) -> None:
        self.total = total
        self.done = self.start_done = done
        self.errors = 0
        self.started = time.monotonic()
        self.last_log = self.started
        self.log_every = log_every
        self._bar: Any = None
        if bar:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("checking"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._task = self._bar.add_task("checking", total=total, completed=done, rate="")
            self._bar.start()

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return (self.done - self.start_done) / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        rate = self.rate
        if self.total:
            left = self.total - self.done
            eta = _duration(left / rate) if rate > 0 else "?"
            share = f" ({100 * self.done / self.total:.1f} %)"
            return (
                f"{self.done:,}/{self.total:,} charts{share}, {rate:.1f} charts/s, "
                f"errors {self.errors}, ETA {eta}"
            )
        return f"{self.done:,} charts, {rate:.1f} charts/s, errors {self.errors}"

    def advance(self, charts: int, errors: int) -> None:
        self.done += charts + errors
        self.errors += errors
        now = time.monotonic()
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done, rate=f"{self.rate:.1f} charts/s")
        elif now - self.last_log >= self.log_every:
            self.last_log = now
            logger.info("batch progress: %s", self.line())

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
