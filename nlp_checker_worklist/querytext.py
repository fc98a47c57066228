"""Provider-query text from the templates in ``patterns/queries/templates.yaml`` (validated here).

A query part quotes the requirement's evidence as clinical indicators, each cited by document name and
section ("Infusion record 02/10/2026, Assessment and plan"), then asks the template's question (open-ended,
or multiple choice ending with "Other" and "Unable to determine"). The checker's own message (which may
draw a conclusion, e.g. that a dose does not match a weight) is never copied into a query: every fact in the
text is a quote of the record. Requirements a provider cannot answer are coder actions, not queries."""

from __future__ import annotations

import string
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from nlp_checker.models import GapReport, RequirementResult
from nlp_checker.notes import section_name

TEMPLATE_FILE = "queries/templates.yaml"
PLACEHOLDERS = frozenset({"date_of_service", "product"})
HEADER_PLACEHOLDERS = frozenset({"chart_id", "date_of_service"})
DEFAULT_PRODUCT = "the alpha-1 proteinase inhibitor"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


class QueryTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    topic: str = Field(min_length=1)
    format: Literal["open_ended", "multiple_choice", "coder_action"]
    question: str | None = None
    options: list[str] = Field(default_factory=list)
    action: str | None = None

    @model_validator(mode="after")
    def _shape(self) -> QueryTemplate:
        if self.format == "coder_action":
            if not self.action or self.question:
                raise ValueError("a coder_action has an action and no question")
            return self
        if not self.question:
            raise ValueError("a query needs a question")
        if self.format == "multiple_choice" and len(self.options) < 2:
            raise ValueError("multiple choice needs at least two clinically reasonable options")
        if self.format == "open_ended" and self.options:
            raise ValueError("an open-ended question has no options")
        unknown = set().union(*(_fields(t) for t in [self.question, *self.options])) - PLACEHOLDERS
        if unknown:
            raise ValueError(f"unknown placeholders {sorted(unknown)}; allowed: {sorted(PLACEHOLDERS)}")
        return self


class QueryTemplates(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    header: str
    footer: str
    no_indicators: str
    other_option: str
    undetermined_option: str
    requirements: dict[str, QueryTemplate]

    @model_validator(mode="after")
    def _header(self) -> QueryTemplates:
        unknown = _fields(self.header) - HEADER_PLACEHOLDERS
        if unknown:
            raise ValueError(f"header: unknown placeholders {sorted(unknown)}")
        if _fields(self.no_indicators) - {"documents"}:
            raise ValueError("no_indicators: only {documents}")
        return self


@lru_cache(maxsize=4)
def load_templates() -> QueryTemplates:
    from nlp_checker.rules import default_bundle
    from nlp_checker.rules.files import validate_rules

    bundle = default_bundle()
    return validate_rules(QueryTemplates, bundle.document(TEMPLATE_FILE), bundle.path(TEMPLATE_FILE))


def _quote(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def product(report: GapReport) -> str:
    """The product the findings name (affirmed drug_product), else a generic name: a fact from findings."""
    names = [
        str(f.value)
        for f in report.findings
        if f.kind == "drug_product" and f.value and not (f.assertion.negated or f.assertion.hypothetical)
    ]
    return names[0] if len(set(names)) == 1 else DEFAULT_PRODUCT


def cite(evidence: object, names: dict[str, str]) -> str:
    resource = getattr(evidence, "resource", None)
    if resource:
        return f"{resource}, {getattr(evidence, 'path', '')}"
    document_id = getattr(evidence, "document_id", "")
    where = names.get(document_id) or f"document {document_id}"
    section = section_name(getattr(evidence, "section", None))
    return where + (f", {section}" if section else "")


def part_text(
    number: int,
    gap: RequirementResult,
    report: GapReport,
    names: dict[str, str],
    templates: QueryTemplates | None = None,
) -> str | None:
    """The numbered query part of one gap, or None when the requirement is a coder action (or unknown)."""
    templates = templates or load_templates()
    template = templates.requirements.get(gap.id)
    if template is None or template.format == "coder_action":
        return None
    dos = report.date_of_service.strftime("%m/%d/%Y") if report.date_of_service else "this encounter"
    values = {"date_of_service": dos, "product": product(report)}
    lines = [f"{number}. {template.topic}", "   Clinical indicators from the record:"]
    quotes = list(dict.fromkeys((_quote(e.text), cite(e, names)) for e in gap.evidence if e.text.strip()))
    if quotes:
        lines += [f'   - "{quote}" ({where})' for quote, where in quotes[:4]]
    else:
        documents = ", ".join(sorted(set(names.values()))) or "the documents of this encounter"
        lines.append("   - " + templates.no_indicators.format(documents=documents))
    lines.append("   " + (template.question or "").format(**values))
    if template.format == "multiple_choice":
        options = [o.format(**values) for o in template.options]
        options += [templates.other_option, templates.undetermined_option]
        lines += [f"   [ ] {option}" for option in options]
    return "\n".join(lines)


def coder_action(gap_id: str, templates: QueryTemplates | None = None) -> str | None:
    template = (templates or load_templates()).requirements.get(gap_id)
    return template.action if template and template.format == "coder_action" else None


def header_text(chart_id: str, report: GapReport, templates: QueryTemplates | None = None) -> str:
    dos = report.date_of_service.strftime("%m/%d/%Y") if report.date_of_service else "not recorded"
    return (templates or load_templates()).header.format(chart_id=chart_id, date_of_service=dos)
