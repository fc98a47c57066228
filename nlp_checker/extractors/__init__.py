"""Registry of value extractors: finding kind -> extractor class, filled explicitly (no subclass scanning)."""

from __future__ import annotations

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


def load_extractors(
    folder: Path, units: Units, timeout: float = DEFAULT_TIMEOUT_SECONDS
) -> list[RegexExtractor]:
    """Build every registered extractor from its ``<kind>.yaml`` file in ``folder``."""
    extractors = []
    files = {path.stem: path for path in sorted(folder.glob("*.yaml"))}
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
