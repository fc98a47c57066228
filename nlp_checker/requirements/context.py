"""What the requirement evaluators read: the chart, the affirmed findings, the profile and the code table."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from nlp_checker.kinds import EARLIER_WEIGHT_ROLE
from nlp_checker.models import Chart, ClaimLine, Finding
from nlp_checker.requirements.models import CodeSpec, CodeTable, Profile

JW, JZ = "JW", "JZ"


@dataclass(frozen=True)
class Outcome:
    """The result of one requirement before it is dressed as a report entry."""

    status: str
    message: str
    evidence: list[Finding] = field(default_factory=list)
    remediation: str | None = None


@dataclass
class EvaluationContext:
    chart: Chart
    profile: Profile
    codes: CodeTable
    findings: list[Finding]

    @cached_property
    def affirmed(self) -> list[Finding]:
        return [f for f in self.findings if f.assertion.affirmed]

    @cached_property
    def service_date(self) -> dt.date | None:
        return self.chart.service_date

    @cached_property
    def document_dates(self) -> dict[str, dt.date | None]:
        return {d.id: d.date for d in self.chart.documents}

    @cached_property
    def document_types(self) -> dict[str, str]:
        return {d.id: d.type for d in self.chart.documents}

    def of(self, kind: str) -> list[Finding]:
        return [f for f in self.affirmed if f.kind == kind]

    def finding_date(self, finding: Finding) -> dt.date | None:
        return finding.date or self.document_dates.get(finding.document_id)

    # Claim lines ---------------------------------------------------------------------------------------
    @property
    def has_claim(self) -> bool:
        return bool(self.chart.claim_lines)

    @cached_property
    def drug_lines(self) -> list[tuple[ClaimLine, CodeSpec]]:
        lines = []
        for line in self.chart.claim_lines or []:
            spec = self.codes.get(line.code)
            if spec is not None:
                lines.append((line, spec))
        return lines

    def administered_lines(self) -> list[tuple[ClaimLine, CodeSpec]]:
        return [(line, spec) for line, spec in self.drug_lines if JW not in line.modifier_set]

    def waste_lines(self) -> list[tuple[ClaimLine, CodeSpec]]:
        return [(line, spec) for line, spec in self.drug_lines if JW in line.modifier_set]

    # Values chosen for the visit --------------------------------------------------------------------------
    @cached_property
    def visit_doses(self) -> list[Finding]:
        """Administered doses of this visit: affirmed, not historical, from documents dated on the DOS."""
        doses = [f for f in self.of("dose") if not f.assertion.historical]
        same_day = [f for f in doses if self.finding_date(f) in (None, self.service_date)]
        return same_day or doses

    @cached_property
    def administered_dose(self) -> Finding | None:
        """The dose given: the most often documented value, infusion records first."""
        doses = self.visit_doses
        if not doses:
            return None
        counts = Counter(f.value for f in doses)
        records = [f for f in doses if self.document_types.get(f.document_id) == "infusion_record"]
        pool = records or doses
        return max(pool, key=lambda f: counts[f.value])

    @cached_property
    def current_weight(self) -> Finding | None:
        """The weight dated nearest the date of service (the later one on a tie); a weight written as an
        earlier one ("down from 95.5 kg") only when no other is documented."""
        documented = self.of("weight")
        weights = [f for f in documented if f.role != EARLIER_WEIGHT_ROLE] or documented
        if not weights:
            return None
        target = self.service_date
        order = {id(f): i for i, f in enumerate(weights)}

        def distance(f: Finding) -> tuple[float, float]:
            date = self.finding_date(f)
            if target is None or date is None:
                return (math.inf if target else 0.0, -order[id(f)])
            return (abs((target - date).days), -date.toordinal() - order[id(f)] / 1e6)

        return min(weights, key=distance)

    @cached_property
    def documented_waste(self) -> Finding | None:
        wastes = self.of("wastage")
        return max(wastes, key=lambda f: f.value) if wastes else None

    def products(self) -> list[str]:
        """The products documented; when several are, those named in the documents that hold the date of
        service's administered dose (a switch, a denial letter or an allergy names the others)."""
        documented = list(dict.fromkeys(f.value for f in self.of("drug_product") if f.value))
        if len(documented) <= 1:
            return documented
        dose_documents = {f.document_id for f in self.of("dose")}
        named = [f.value for f in self.of("drug_product") if f.value and f.document_id in dose_documents]
        return list(dict.fromkeys(named)) or documented
