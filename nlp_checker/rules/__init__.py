"""Rules as data: the validated, hashed bundle of every file under a rules folder.

The bundle is imported lazily so that the small modules here (``files``, ``regex``, ``types``) can be used
by the rule models the bundle itself loads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nlp_checker.rules.bundle import RuleBundle, default_bundle, load_bundle

__all__ = ["RuleBundle", "default_bundle", "load_bundle"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from nlp_checker.rules import bundle

        return getattr(bundle, name)
    raise AttributeError(f"module 'nlp_checker.rules' has no attribute {name!r}")
