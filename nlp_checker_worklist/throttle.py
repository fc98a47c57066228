"""Login throttling (issue 10, hole 3): bounded concurrent password hashing (scrypt's memory), per-user and
per-client back-off after failures, and a lockout kept in the database after repeated failures (an admin
lifts it: ``nlp-checker worklist unlock``). In-process state: each worker throttles its own traffic; the
lockout is shared through the store."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from nlp_checker_worklist.errors import AuthenticationFailed, TooManyAttempts

MAX_CONCURRENT_HASHES = 2  # each scrypt hash takes ~16 MiB: at most this many at once per worker
FREE_FAILURES = 5  # failures (per user or per client) before back-off starts
BASE_DELAY = 1.0  # seconds, doubled per further failure
MAX_DELAY = 300.0
LOCK_AFTER = 10  # consecutive failures of one user: locked until an admin unlocks
WINDOW = 900.0  # failures older than this are forgotten by the back-off (not by the lockout)


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0


@dataclass
class LoginThrottle:
    max_concurrent: int = MAX_CONCURRENT_HASHES
    clock: Any = time.monotonic
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _failures: dict[str, _Failures] = field(default_factory=dict)
    _slots: threading.BoundedSemaphore | None = None

    def __post_init__(self) -> None:
        self._slots = threading.BoundedSemaphore(self.max_concurrent)

    def _wait(self, key: str) -> float:
        entry = self._failures.get(key)
        if entry is None:
            return 0.0
        now = self.clock()
        if now - entry.last > WINDOW:
            del self._failures[key]
            return 0.0
        if entry.count < FREE_FAILURES:
            return 0.0
        delay = min(MAX_DELAY, BASE_DELAY * 2 ** (entry.count - FREE_FAILURES))
        return max(0.0, entry.last + delay - now)

    def check(self, *keys: str) -> None:
        with self._lock:
            wait = max((self._wait(k) for k in keys), default=0.0)
        if wait > 0:
            raise TooManyAttempts(wait)

    def failed(self, *keys: str) -> None:
        with self._lock:
            now = self.clock()
            for key in keys:
                entry = self._failures.setdefault(key, _Failures())
                entry.count += 1
                entry.last = now

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)

    @contextmanager
    def hashing(self) -> Iterator[None]:
        """A slot for one password hash; none free within 2 s: 429 (never unbounded memory)."""
        assert self._slots is not None
        if not self._slots.acquire(timeout=2.0):
            raise TooManyAttempts(1.0, "too many logins at once; retry in a moment")
        try:
            yield
        finally:
            self._slots.release()


default_throttle = LoginThrottle()


def throttled_login(
    store: Any,
    username: str,
    password: str,
    client: str | None,
    throttle: LoginThrottle | None = None,
    *,
    organization: str | None = None,
) -> Any:
    """``usecases.login`` behind the throttle; a failure is counted per user and client and on the user
    row (``failed_logins``; ``LOCK_AFTER`` in a row lock the account). Returns the ``SessionToken``."""
    from nlp_checker_worklist import usecases

    throttle = throttle or default_throttle
    keys = [f"user:{(organization or '').lower()[:200]}:{username.lower()[:200]}"] + (
        [f"client:{client}"] if client else []
    )
    throttle.check(*keys)
    with throttle.hashing():
        try:
            with store.session() as session:
                token = usecases.login(session, username, password, organization=organization)
        except AuthenticationFailed:
            throttle.failed(*keys)
            with store.session() as session:
                usecases.note_failed_login(
                    session, username, lock_after=LOCK_AFTER, organization=organization
                )
            raise
    throttle.succeeded(*keys)
    return token
