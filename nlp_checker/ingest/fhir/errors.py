"""The FHIR reader's input error: an ``InputError`` whose message starts with the failing element's path."""

from __future__ import annotations

import re
from typing import Any

from nlp_checker.errors import InputError

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class FhirInputError(InputError):
    """An input error located in a FHIR resource; ``expression`` is the element path (FHIRPath style)."""

    def __init__(self, message: str, source: str | None = None, expression: str | None = None) -> None:
        self.expression = expression
        self.detail = message
        super().__init__(f"{expression}: {message}" if expression else message, source)

    def located(self, source: str | None) -> FhirInputError:
        """The same error naming the file or request it came from."""
        return FhirInputError(self.detail, source, self.expression) if source and not self.source else self


def element_path(root: str, loc: tuple[Any, ...]) -> str:
    """Pydantic error location -> element path: ("entry", 3, "resource", "valueQuantity") ->
    ``Bundle.entry[3].resource.valueQuantity``. Validator labels are skipped; ``x__ext`` is FHIR's ``_x``."""
    path = root
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif isinstance(part, str) and _IDENTIFIER.match(part):
            if part.endswith("__ext"):
                path += "._" + part[:-5]
            else:
                path += "." + (part[:-5] if part.endswith("_fhir") else part)
    return path
