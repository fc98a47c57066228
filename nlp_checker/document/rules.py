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

    def __init__(
        self, documents: Mapping[str, Any], source: str = "document", spelled_numbers: Any = None
    ) -> None:
        self.data: dict[str, dict[str, Any]] = {}
        for name in FILES:
            data = documents.get(f"document/{name}.yaml")
            if not isinstance(data, dict):
                raise ValueError(f"{source}/{name}.yaml: expected a mapping at the top level")
            self.data[name] = data
        self._memo: dict[Any, Any] = {}
        # The dictated-number table of the pipeline settings (``markup.spelled_numbers``), one for both.
        self.spelled_numbers = spelled_numbers
        self._compiled: dict[tuple[str, str], re.Pattern[str] | GuardedPattern] = {}

    @classmethod
    def from_bundle(cls, bundle: Any) -> DocumentRules:
        markup = bundle.settings.markup
        spelled = markup.spelled_numbers if markup is not None else None
        return cls(bundle.documents, str(bundle.folder / "document"), spelled)

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


def spelled_numbers() -> Any:
    """The dictated-number table of the active rules (None: dictated numbers are not read)."""
    return _active().spelled_numbers


def load(name: str) -> dict[str, Any]:
    """The parsed rule file ``name`` (without extension) of the active rules."""
    return _active().data[name]


class GuardedPattern:
    """A compiled pattern and literals its matches contain: ``all_of`` (each one, as written) and ``any_of``
    (at least one, in any case). A text that lacks them cannot match, so the regex is not run on it."""

    __slots__ = ("all_of", "any_of", "cased", "pattern")

    def __init__(
        self, pattern: re.Pattern[str], all_of: tuple[str, ...] = (), any_of: tuple[str, ...] = ()
    ) -> None:
        self.pattern = pattern
        self.all_of = all_of
        self.any_of = tuple(literal.lower() for literal in any_of)
        # Literals without letters need no lower-casing of the text.
        self.cased = any(literal != literal.upper() for literal in self.any_of)

    def possible(self, text: str) -> bool:
        """False when ``text`` lacks a required literal (no match can exist)."""
        for literal in self.all_of:
            if literal not in text:
                return False
        if not self.any_of:
            return True
        haystack = text.lower() if self.cased else text
        return any(literal in haystack for literal in self.any_of)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self.pattern.search(text, pos, end) if self.possible(text[pos:end]) else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self.pattern.match(text, pos, end) if self.possible(text[pos:end]) else None

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.possible(text) else text

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.possible(text) else iter(())


def _compile(rules: DocumentRules, name: str, key: str) -> re.Pattern[str] | GuardedPattern:
    data = rules.data[name]
    pattern = re.compile(data[key], re.IGNORECASE)
    literals = (data.get("required_literals") or {}).get(key) or ()
    if isinstance(literals, dict):  # {any_of: [...]}: at least one of them
        return GuardedPattern(pattern, any_of=tuple(literals["any_of"]))
    return GuardedPattern(pattern, all_of=tuple(literals)) if literals else pattern


def compiled(name: str, key: str) -> re.Pattern[str] | GuardedPattern:
    """The case-insensitive regex stored under ``key`` in rule file ``name`` (guarded by its required
    literals, if the file names any; the guard has the pattern's search/match/finditer)."""
    rules = _active()
    found = rules._compiled.get((name, key))
    if found is None:
        found = rules._compiled[(name, key)] = _compile(rules, name, key)
    return found


def memo(key: Any, build: Callable[[], T]) -> T:
    return _active().memo(key, build)


def vocab(name: str) -> re.Pattern[str]:
    """A roles.yaml vocabulary entry ("anchor", "other_drug", "drug_column"), compiled once per bundle."""
    return memo(("roles.vocab", name), lambda: re.compile(vocab_texts()[name], re.IGNORECASE))


def vocab_texts() -> dict[str, str]:
    """The roles.yaml vocabulary, each entry's references to other entries ("@infused_product") filled in."""
    return memo("roles.vocab_texts", lambda: _resolve_vocab(load("roles")["vocab"]))


def _resolve_vocab(raw: dict[str, str]) -> dict[str, str]:
    resolved: dict[str, str] = {}
    for name, value in raw.items():
        for other, text in raw.items():
            if other != name:
                value = value.replace(f"@{other}", f"(?:{text})")
        resolved[name] = value
    return resolved
