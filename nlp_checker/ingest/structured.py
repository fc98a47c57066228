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
            concept_rules([dict(rule) for rule in self.rules.target_rules], source),
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

    def payer(self, codes: Iterable[Coding], names: Iterable[str | None], where: str) -> PayerDecision:
        """The payer profile: coded plan types first (``patterns/ehr/payer_codes.yaml``), then names
        (``patterns/requirements/payers.yaml``). A payer neither recognises keeps the default profile and
        gets a report note; it never silently becomes commercial. ``where`` names the elements read."""
        codes = [(system, code.strip()) for system, code in codes if code and code.strip()]
        texts = [n.strip() for n in names if n and n.strip()]
        name = texts[0][:200] if texts else None
        table = self.rules.ehr.payer_codes
        for system, code in codes:
            row = table.match(system, code)
            if row is not None and row.profile is not None:
                label = table.system_name(system) or system
                return PayerDecision(row.profile, name or row.display, f"{where}: code {label} {code}")
        joined = " | ".join(texts)
        for rule in self.rules.payers.rules if joined else ():
            if rule.pattern.search(joined):
                return PayerDecision(rule.profile, name, f"{where}: name")
        if not codes and not texts:
            return PayerDecision(None, None, None)
        default = self.rules.payers.default
        written = ", ".join([*(f"code {c}" for _, c in codes), *(f"name {t!r}" for t in texts)])[:300]
        note = (
            f"The payer ({where}: {written}) was not recognised by the payer code table or the payer names; "
            f"the default profile ({default}) was applied. Confirm the payer's profile."
        )
        return PayerDecision(default, name, None, note)

    def billing_code(self, triplets: Iterable[tuple[str, str]]) -> tuple[str, float, str] | None:
        """(HCPCS / CPT code, billing units per charge unit, how it was found) of coded charge elements.

        ``triplets``: (code, coding system) pairs in the order of preference. A code whose coding system is
        HCPCS or CPT wins; else a chargemaster row of the site's table; else a code written without any
        system that has the shape of a HCPCS Level II or CPT code."""
        billing = self.rules.ehr.billing
        pairs = [(c.strip(), (s or "").strip()) for c, s in triplets if c and c.strip()]
        for code, system in pairs:
            if billing.is_billing_system(system):
                return code.upper(), 1, f"coded {system}"
        for code, system in pairs:
            row = billing.chargemaster_row(code, system)
            if row is not None:
                return row.hcpcs.upper(), row.units_per_quantity, "chargemaster"
        for code, system in pairs:
            if not system and billing.looks_like_billing_code(code):
                return code.upper(), 1, "uncoded"
        return None

    def is_loinc(self, system: str | None) -> bool:
        return self.rules.structured_codes.system_name(system) == "loinc"

    def document_type_by_loinc(self, codings: Iterable[Coding]) -> str | None:
        table = self.rules.ehr.document_types
        for system, code in codings:
            if (system is None or self.is_loinc(system)) and (kind := table.by_loinc(code)):
                return kind
        return None


@dataclass(frozen=True)
class PayerDecision:
    """The payer profile a reader sets (None: no payer data), the payer's name, which element decided."""

    profile: str | None
    name: str | None
    source: str | None
    note: str | None = None
