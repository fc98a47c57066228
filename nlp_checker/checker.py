"""The public entry point: ``Checker(profile=...).check(chart) -> GapReport``."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language

from nlp_checker import __version__
from nlp_checker.errors import InputError
from nlp_checker.findings import findings_from_doc, reconcile, yielding_rules
from nlp_checker.ingest import parse_chart
from nlp_checker.models import Chart, Finding, GapReport, RulesetInfo
from nlp_checker.pipeline import build_nlp, load_settings
from nlp_checker.requirements import check_evaluators, evaluate, load_ruleset
from nlp_checker.resources import patterns_dir

logger = logging.getLogger("nlp_checker")

DEFAULT_MAX_DOCUMENT_CHARS = 1_000_000
DEFAULT_PROFILE = "medicare"


class Checker:
    """Builds the pipeline and the requirement engine once; checks any number of charts.

    Args:
        profile: payer profile that overrides the chart's ``payer.profile``
            (None: the chart's, else medicare).
        patterns: folder of rule files (default: the shipped ``patterns/``).
        max_document_chars: longest document accepted; longer ones are an ``InputError``.
        batch_size: documents per ``nlp.pipe`` batch.
    """

    def __init__(
        self,
        profile: str | None = None,
        patterns: Path | str | None = None,
        max_document_chars: int = DEFAULT_MAX_DOCUMENT_CHARS,
        batch_size: int = 32,
    ) -> None:
        self.patterns = Path(patterns) if patterns else patterns_dir()
        self.ruleset = load_ruleset(self.patterns)
        check_evaluators(self.ruleset)
        if profile is not None:
            self.ruleset.profile(profile)
        self.profile = profile
        self.settings = load_settings(self.patterns)
        self.max_document_chars = max_document_chars
        self.batch_size = batch_size
        self.nlp: Language = build_nlp(self.patterns)
        self.nlp.max_length = max(self.nlp.max_length, max_document_chars + 1)
        self.yields = yielding_rules(self.nlp.get_pipe("nlp_checker_targets").rules)
        self.ruleset_info = RulesetInfo(
            id=self.ruleset.meta.ruleset.id,
            version=self.ruleset.meta.ruleset.version,
            hash=self.ruleset.content_hash,
        )

    @property
    def profiles(self) -> list[str]:
        return sorted(self.ruleset.profiles)

    def _as_chart(self, chart: Chart | dict[str, Any]) -> Chart:
        parsed = chart if isinstance(chart, Chart) else parse_chart(chart)
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
                f"payer.profile {name!r} is unknown; expected one of {self.profiles}", chart.chart_id
            )
        return name

    def extract(self, chart: Chart | dict[str, Any]) -> list[Finding]:
        """All findings of a chart (affirmed or not), document by document."""
        parsed = self._as_chart(chart)
        return self._findings(parsed, list(self._docs(parsed)))

    def check(self, chart: Chart | dict[str, Any], profile: str | None = None) -> GapReport:
        """Check one chart and return its gap report."""
        return next(self.check_many([chart], profile=profile))

    def check_many(
        self, charts: Iterable[Chart | dict[str, Any]], profile: str | None = None
    ) -> Iterator[GapReport]:
        """Check charts lazily, batching their documents through ``nlp.pipe``."""
        iterator = iter(charts)
        while batch := list(islice(iterator, self.batch_size)):
            parsed = [self._as_chart(c) for c in batch]
            profiles = [self.resolve_profile(c, profile) for c in parsed]
            texts = [d.text for c in parsed for d in c.documents]
            docs = iter(self.nlp.pipe(texts, batch_size=self.batch_size))
            for chart, profile_name in zip(parsed, profiles, strict=True):
                chart_docs = [next(docs) for _ in chart.documents]
                yield self._report(chart, self._findings(chart, chart_docs), profile_name)

    def _docs(self, chart: Chart) -> Iterator[Any]:
        return self.nlp.pipe((d.text for d in chart.documents), batch_size=self.batch_size)

    def _findings(self, chart: Chart, docs: list[Any]) -> list[Finding]:
        findings = []
        for document, doc in zip(chart.documents, docs, strict=True):
            findings.extend(findings_from_doc(doc, document.id, self.settings))
        return reconcile(findings, self.yields)

    def _report(self, chart: Chart, findings: list[Finding], profile_name: str) -> GapReport:
        requirements = evaluate(chart, findings, self.ruleset, profile_name)
        complete = not any(r.status in ("missing", "conflict") for r in requirements)
        codes_billed = dict.fromkeys(line.code for line in chart.claim_lines or [])
        notes = [spec.note for code in codes_billed if (spec := self.ruleset.codes.get(code)) and spec.note]
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
            checker_version=__version__,
        )
