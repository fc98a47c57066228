"""The public entry point: ``Checker(profile=...).check(chart) -> GapReport``."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language

from nlp_checker import __version__
from nlp_checker.discrepancies import find_discrepancies
from nlp_checker.errors import InputError
from nlp_checker.findings import findings_from_doc, reconcile, section_finder, yielding_rules
from nlp_checker.ingest import parse_chart
from nlp_checker.markup import plain_text
from nlp_checker.models import Chart, Finding, GapReport, RulesetInfo
from nlp_checker.pipeline import build_nlp
from nlp_checker.pipeline.concepts import ConceptMatcher
from nlp_checker.requirements import check_evaluators, evaluate
from nlp_checker.role_findings import (
    ROLE_FINDING_KINDS,
    chart_names_a1pi,
    chart_patient,
    role_findings,
    with_chart_exclusions,
    without_corrected_elsewhere,
    without_erroneous,
    without_other_product_statements,
)
from nlp_checker.rules import RuleBundle, load_bundle
from nlp_checker.sources import ChartSource

logger = logging.getLogger("nlp_checker")

DEFAULT_MAX_DOCUMENT_CHARS = 1_000_000
ChartInput = Chart | ChartSource | dict[str, Any]
DEFAULT_PROFILE = "medicare"


def _as_written(finding: Finding, original: str, plain: str, value_kinds: tuple[str, ...]) -> Finding:
    """``finding`` quoting the original text; a span that starts inside a dictated number read as digits
    ("forty eight hundred" -> "4800") starts where the spoken words start; a value of ``value_kinds`` keeps
    the characters written (a lot with non-breaking hyphens)."""
    start = blank = finding.start
    while blank > 0 and plain[blank - 1] == " ":
        blank -= 1
    hidden = original[blank:start]
    if hidden.strip():  # the blanked run before the span held words (or markers): they belong to it
        start = blank + len(hidden) - len(hidden.lstrip())
    update: dict[str, object] = {"start": start, "text": original[start : finding.end]}
    value = finding.value
    if finding.kind in value_kinds and isinstance(value, str) and value:
        at = plain.find(value, finding.start, finding.end)
        if at >= 0:
            update["value"] = original[at : at + len(value)]
    return finding.model_copy(update=update)


class Checker:
    """Builds the pipeline and the requirement engine once; checks any number of charts.

    Args:
        profile: payer profile that overrides the chart's ``payer.profile``
            (None: the chart's, else medicare).
        rules: the rule bundle to check with (default: loaded from ``patterns``).
        patterns: folder of rule files, when no bundle is given (default: the shipped ``patterns/``).
        max_document_chars: longest document accepted; longer ones are an ``InputError``.
        batch_size: documents per ``nlp.pipe`` batch.
    """

    def __init__(
        self,
        profile: str | None = None,
        patterns: Path | str | None = None,
        *,
        rules: RuleBundle | None = None,
        max_document_chars: int = DEFAULT_MAX_DOCUMENT_CHARS,
        batch_size: int = 32,
    ) -> None:
        self.rules = rules if rules is not None else load_bundle(patterns)
        self.patterns = self.rules.folder
        self.ruleset = self.rules.ruleset
        check_evaluators(self.ruleset)
        if profile is not None:
            self.ruleset.profile(profile)
        self.profile = profile
        self.settings = self.rules.settings
        self.max_document_chars = max_document_chars
        self.batch_size = batch_size
        self.nlp: Language = build_nlp(self.rules.folder)
        self.nlp.max_length = max(self.nlp.max_length, max_document_chars + 1)
        concepts: ConceptMatcher = self.nlp.get_pipe("nlp_checker_targets")  # type: ignore[assignment]
        self.yields = yielding_rules(concepts.rules)
        self.ruleset_info = RulesetInfo(
            id=self.ruleset.meta.ruleset.id,
            version=self.ruleset.meta.ruleset.version,
            hash=self.rules.content_hash,
        )

    @property
    def profiles(self) -> list[str]:
        return sorted(self.ruleset.profiles)

    def _as_source(self, chart: ChartInput) -> ChartSource:
        if isinstance(chart, ChartSource):
            self._as_chart(chart.chart)
            return chart
        return ChartSource(chart=self._as_chart(chart))

    def _as_chart(self, chart: Chart | dict[str, Any]) -> Chart:
        parsed = chart if isinstance(chart, Chart) else parse_chart(chart)
        # The service's limits (nlp_checker_service.deps.enforce_limits) answer first, without the document
        # id; this message is the CLI's, where the id names the user's own file.
        for document in parsed.documents:
            if len(document.text) > self.max_document_chars:
                raise InputError(
                    f"document {document.id!r} has {len(document.text):,} characters; "
                    f"the limit is {self.max_document_chars:,}",
                    parsed.chart_id,
                )
        return parsed

    def resolve_profile(self, chart: Chart, profile: str | None = None) -> str:
        name = profile or self.profile or chart.profile_name or DEFAULT_PROFILE
        if name not in self.ruleset.profiles:
            raise InputError(
                f"payer.profile: unknown profile; expected one of {self.profiles}", chart.chart_id
            )
        return name

    def extract(self, chart: ChartInput) -> list[Finding]:
        """All findings of a chart (affirmed or not), document by document, then structured facts."""
        source = self._as_source(chart)
        return self._findings(source, list(self._docs(source.chart)))

    def check(self, chart: ChartInput, profile: str | None = None) -> GapReport:
        """Check one chart (a contract dict, a Chart or a ChartSource) and return its gap report."""
        return next(self.check_many([chart], profile=profile))

    def check_many(self, charts: Iterable[ChartInput], profile: str | None = None) -> Iterator[GapReport]:
        """Check charts lazily, batching their documents through ``nlp.pipe``."""
        iterator = iter(charts)
        while batch := list(islice(iterator, self.batch_size)):
            sources = [self._as_source(c) for c in batch]
            profiles = [self.resolve_profile(s.chart, profile) for s in sources]
            texts = [self._plain(d.text) for s in sources for d in s.chart.documents]
            docs = iter(self.nlp.pipe(texts, batch_size=self.batch_size))
            for source, profile_name in zip(sources, profiles, strict=True):
                chart_docs = [next(docs) for _ in source.chart.documents]
                yield self._report(source, self._findings(source, chart_docs), profile_name)

    def _docs(self, chart: Chart) -> Iterator[Any]:
        return self.nlp.pipe((self._plain(d.text) for d in chart.documents), batch_size=self.batch_size)

    def _plain(self, text: str) -> str:
        """The text the pipeline and the layer read: Markdown markup blanked, offsets unchanged."""
        return plain_text(text, self.settings.markup)

    def _findings(self, source: ChartSource, docs: list[Any]) -> list[Finding]:
        findings: list[Finding] = []
        service_date = source.chart.service_date
        anchored = chart_names_a1pi(source.chart, self.rules)
        patients = chart_patient(source.chart, self.rules)
        for document, doc in zip(source.chart.documents, docs, strict=True):
            text_findings = findings_from_doc(doc, document.id, self.settings)
            plain = document if doc.text == document.text else document.model_copy(update={"text": doc.text})
            # Dose, waste and infusion times come from the document-structure layer (roles, visit scope);
            # every other text finding is scoped to its document's date.
            found = [
                f.model_copy(update={"visit_date": document.date}) if document.date else f
                for f in without_other_product_statements(
                    without_erroneous(text_findings, plain, self.rules), plain, self.rules
                )
                if f.kind not in ROLE_FINDING_KINDS
            ]
            found += role_findings(
                plain, service_date, self.rules, text_findings, section_finder(doc), anchored, patients
            )
            if plain is not document:
                # Evidence quotes the note as written: markup included, a dictated number whole.
                as_written = self.settings.markup.values_as_written if self.settings.markup else ()
                found = [_as_written(f, document.text, plain.text, as_written) for f in found]
            findings.extend(found)
        findings = without_corrected_elsewhere(findings, source.chart.documents, self.rules)
        findings = with_chart_exclusions(findings, source.chart.documents, self.rules)
        return reconcile(findings, self.yields) + list(source.facts)

    def _report(self, source: ChartSource, findings: list[Finding], profile_name: str) -> GapReport:
        chart = source.chart
        requirements = evaluate(chart, findings, self.ruleset, profile_name)
        complete = not any(r.status in ("missing", "conflict") for r in requirements)
        codes_billed = dict.fromkeys(line.code for line in chart.claim_lines or [])
        notes = [spec.note for code in codes_billed if (spec := self.ruleset.codes.get(code)) and spec.note]
        notes.extend(source.warnings)
        logger.info(
            "checked chart: documents=%d findings=%d gaps=%d",
            len(chart.documents),
            len(findings),
            sum(r.status in ("missing", "conflict") for r in requirements),
        )
        return GapReport(
            chart_id=chart.chart_id,
            hcpcs=self.ruleset.meta.ruleset.hcpcs,
            profile=profile_name,
            complete=complete,
            requirements=requirements,
            findings=findings,
            date_of_service=chart.service_date,
            ruleset=self.ruleset_info,
            notes=notes,
            discrepancies=find_discrepancies(
                findings,
                self.settings.discrepancy_weight_tolerance,
                {d.id: d.date for d in chart.documents},
            ),
            checker_version=__version__,
        )
