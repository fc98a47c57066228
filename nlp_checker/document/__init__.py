"""Document-structure layer: layout, quantity recognizers, role assignment and visit scoping."""

from nlp_checker.document.analyze import RoleFinding, analyze

__all__ = ["RoleFinding", "analyze"]
