"""Registry of value extractors: finding kind -> extractor class, filled explicitly (no subclass scanning)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from nlp_checker.errors import RulesetError
from nlp_checker.extractors.base import Extraction, RegexExtractor, load_spec
from nlp_checker.extractors.dose import DoseExtractor
from nlp_checker.extractors.expiration_date import ExpirationDateExtractor
from nlp_checker.extractors.fev1 import Fev1Extractor
from nlp_checker.extractors.genotype import GenotypeExtractor
from nlp_checker.extractors.infusion_time import InfusionTimeExtractor
from nlp_checker.extractors.lot_number import LotNumberExtractor
from nlp_checker.extractors.prior_authorization import PriorAuthorizationExtractor
from nlp_checker.extractors.serum_aat import SerumAatExtractor
from nlp_checker.extractors.wastage import WastageExtractor
from nlp_checker.extractors.weight import WeightExtractor
from nlp_checker.normalize import Units
from nlp_checker.rules.regex import DEFAULT_TIMEOUT_SECONDS

EXTRACTORS: dict[str, type[RegexExtractor]] = {
    "genotype": GenotypeExtractor,
    "serum_aat": SerumAatExtractor,
    "weight": WeightExtractor,
    "dose": DoseExtractor,
    "wastage": WastageExtractor,
    "lot_number": LotNumberExtractor,
    "expiration_date": ExpirationDateExtractor,
    "infusion_time": InfusionTimeExtractor,
    "fev1": Fev1Extractor,
    "prior_authorization": PriorAuthorizationExtractor,
}


_BUILT: dict[tuple[str, str, str, float], list[RegexExtractor]] = {}


def load_extractors(
    folder: Path, units: Units, timeout: float = DEFAULT_TIMEOUT_SECONDS
) -> list[RegexExtractor]:
    """Build every registered extractor from its ``<kind>.yaml`` file in ``folder``.

    The rule bundle and the pipeline's values component both build them from the same files: the second
    build of the same folder, contents, units and time limit reuses the first (extractors are immutable).
    """
    files = {path.stem: path for path in sorted(folder.glob("*.yaml"))}
    digest = hashlib.sha256()
    for path in files.values():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    key = (str(folder.resolve()), digest.hexdigest(), units.model_dump_json(), timeout)
    if key not in _BUILT:
        _BUILT[key] = _build(folder, files, units, timeout)
    return list(_BUILT[key])


def _build(folder: Path, files: dict[str, Path], units: Units, timeout: float) -> list[RegexExtractor]:
    extractors = []
    unknown = sorted(set(files) - set(EXTRACTORS))
    if unknown:
        raise RulesetError(
            str(folder),
            unknown[0] + ".yaml",
            f"no extractor is registered for it; known: {sorted(EXTRACTORS)}",
        )
    for kind, cls in EXTRACTORS.items():
        if kind not in files:
            raise RulesetError(str(folder), f"{kind}.yaml", "extractor file missing")
        spec = load_spec(files[kind])
        if spec.kind != kind:
            raise RulesetError(str(files[kind]), "kind", f"expected {kind!r}, found {spec.kind!r}")
        extractors.append(cls(spec, units, source=str(files[kind]), timeout=timeout))
    return extractors


__all__ = ["EXTRACTORS", "Extraction", "RegexExtractor", "load_extractors"]
