"""The document layer's rules (``document/*.yaml`` of the rule bundle) and what is compiled from them.

``analyze`` runs with the ``DocumentRules`` of the bundle it is given (``using``); the layer's modules read
them through ``load`` / ``compiled`` / ``memo``, so a site's bundle applies here as everywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")
FILES = ("layout", "quantities", "roles", "fields")


class DocumentRules:
    """Parsed ``document/{layout,quantities,roles,fields}.yaml`` and a memo of what was compiled from them."""

    def __init__(self, documents: Mapping[str, Any], source: str = "document") -> None:
        self.data: dict[str, dict[str, Any]] = {}
        for name in FILES:
            data = documents.get(f"document/{name}.yaml")
            if not isinstance(data, dict):
                raise ValueError(f"{source}/{name}.yaml: expected a mapping at the top level")
            self.data[name] = data
        self._memo: dict[Any, Any] = {}

    @classmethod
    def from_bundle(cls, bundle: Any) -> DocumentRules:
        return cls(bundle.documents, str(bundle.folder / "document"))

    def memo(self, key: Any, build: Callable[[], T]) -> T:
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[no-any-return,unused-ignore]


_ACTIVE: ContextVar[DocumentRules | None] = ContextVar("nlp_checker_document_rules", default=None)


def _active() -> DocumentRules:
    rules = _ACTIVE.get()
    if rules is None:
        from nlp_checker.rules import default_bundle

        rules = document_rules(default_bundle())
        _ACTIVE.set(rules)
    return rules


def document_rules(bundle: Any) -> DocumentRules:
    """The DocumentRules of a bundle, built once per bundle object."""
    cached = getattr(bundle, "_document_rules", None)
    if cached is None:
        cached = DocumentRules.from_bundle(bundle)
        object.__setattr__(bundle, "_document_rules", cached)
    return cached


@contextmanager
def using(rules: DocumentRules) -> Iterator[None]:
    token = _ACTIVE.set(rules)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def load(name: str) -> dict[str, Any]:
    """The parsed rule file ``name`` (without extension) of the active rules."""
    return _active().data[name]


def compiled(name: str, key: str) -> re.Pattern[str]:
    """The case-insensitive regex stored under ``key`` in rule file ``name``."""
    return memo(("compiled", name, key), lambda: re.compile(load(name)[key], re.IGNORECASE))


def memo(key: Any, build: Callable[[], T]) -> T:
    return _active().memo(key, build)
