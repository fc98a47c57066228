"""What the structured readers (FHIR R4, HL7 v2) know, from one rule bundle.

Both readers ask the same questions of coded data: which finding kind a coded result is, which A1PI
product a drug name is, which alleles a phenotype string names, which lab method a text names, which payer
profile a plan is, and how to normalize units. One object answers them from the bundle the check uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from nlp_checker.models import Finding
from nlp_checker.normalize import Units
from nlp_checker.rules import RuleBundle
from nlp_checker.rules.regex import RulePattern
from nlp_checker.sources import structured_fact

Coding = tuple[str | None, str]  # (system as written, code)


@dataclass(frozen=True)
class StructuredVocabulary:
    rules: RuleBundle

    @property
    def units(self) -> Units:
        return self.rules.units

    def kind_for(self, codings: Iterable[Coding], unit: str | None = None) -> tuple[bool, str | None]:
        """(known, kind) of a coded result: known is True when the code table has a row for a coding
        (kind None then means "deliberately not read", as FEV1/FVC)."""
        table = self.rules.structured_codes
        for system, code in codings:
            row = table.match(system, code, unit)
            if row is not None:
                return True, row.kind
        return False, None

    @cached_property
    def _concept_patterns(self) -> tuple[tuple[str, str | None, RulePattern], ...]:
        from nlp_checker.pipeline.concepts import compile_target_rules, concept_rules

        source = str(self.rules.path("target_rules.json"))
        compiled = compile_target_rules(
            concept_rules(list(self.rules.target_rules), source),
            source,
            self.rules.settings.regex_timeout_seconds,
        )
        return tuple((t.rule.category, t.rule.metadata.get("value"), t.pattern) for t in compiled)

    def concepts(self, text: str | None, categories: tuple[str, ...]) -> list[tuple[str, str | None]]:
        """(category, value) of the concept rules of ``categories`` found in ``text``, longest match first."""
        if not text:
            return []
        found: dict[tuple[str, str | None], int] = {}
        for category, value, pattern in self._concept_patterns:
            if category not in categories:
                continue
            for match in pattern.finditer(text):
                if match.end() > match.start():
                    key = (category, value)
                    found[key] = max(found.get(key, 0), match.end() - match.start())
        return sorted(found, key=lambda key: -found[key])

    def product_name(self, *texts: str | None) -> str | None:
        """The A1PI product the texts name (the longest drug_product concept match), else None."""
        best: tuple[int, str] | None = None
        for text in texts:
            if not text:
                continue
            for category, value, pattern in self._concept_patterns:
                if category != "drug_product" or value is None:
                    continue
                for match in pattern.finditer(text):
                    if best is None or match.end() - match.start() > best[0]:
                        best = (match.end() - match.start(), value)
        return best[1] if best else None

    def names_a1pi(self, *texts: str | None) -> bool:
        """True when a text names an A1PI product or the drug's generic name."""
        generic = self.rules.structured_codes.a1pi_generic_name
        return any(t and (generic.search(t) or self.product_name(t)) for t in texts)

    @cached_property
    def a1pi_codes(self) -> frozenset[str]:
        """Billing codes of the code table whose drug is alpha-1 proteinase inhibitor."""
        return frozenset(c.code for c in self.rules.ruleset.codes.codes if c.drug == "a1pi")

    def genotypes(self, text: str) -> list[list[str]]:
        """Allele pairs a phenotype / genotype text states (the note extractor's own rules)."""
        extractor = self.rules.extractor("genotype")
        return [list(e.fields["alleles"]) for e in extractor.extract(text) if e.fields.get("alleles")]

    def aat_method(self, *texts: str | None) -> str | None:
        """The serum AAT lab method (nephelometry, radial immunodiffusion, ...) a text names."""
        methods = self.rules.extractor("serum_aat").lexicon.methods
        for name, pattern in methods.items():
            if any(t and pattern.search(t) for t in texts):
                return str(name)
        return None

    def weight_fact(
        self, resource: str, path: str, display: str, value: float, unit: str, date: dt.date | None
    ) -> Finding | None:
        """A body-weight fact with the contract's unit and kg; None for a unit that is not a weight."""
        weight = self.units.body_weight(value, unit)
        if weight is None:
            return None
        written, contract_unit, kg = weight
        return structured_fact(
            "weight", resource, path, display, date=date, value=written, unit=contract_unit, value_kg=kg
        )

    def payer_profile(self, *names: str | None) -> str | None:
        return self.rules.payers.profile_for(*names)
