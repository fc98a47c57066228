"""Renders a GapReport as JSON or as Markdown a coder reads (status, message, quoted evidence, query)."""

from __future__ import annotations

from nlp_checker.models import GapReport

STATUS_LABEL = {"met": "MET", "missing": "MISSING", "conflict": "CONFLICT", "not_applicable": "N/A"}
# A remediation that is the coder's to do (billed units, code choice, prior authorization).
CODER_ACTION_PREFIX = "Not a provider query:"


def remediation_line(remediation: str) -> str:
    """The Markdown line of a remediation: a coder action, or a (compliant) query to the provider."""
    if remediation.startswith(CODER_ACTION_PREFIX):
        return f"Coder action (not a provider query): {remediation[len(CODER_ACTION_PREFIX) :].strip()}"
    return f"Query to provider: {remediation}"


def to_json(report: GapReport, indent: int | None = 2) -> str:
    return report.model_dump_json(indent=indent)


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 160 else flat[:157] + "..."


def cite(evidence: object, names: dict[str, str] | None = None) -> str:
    """Where a quote comes from: the document's name ("Infusion record 02/10/2026") and section, or the
    resource and path of structured evidence. The document id only when no name is known."""
    resource = getattr(evidence, "resource", None)
    if resource:
        return f"{resource}, {getattr(evidence, 'path', '')}"
    document_id = getattr(evidence, "document_id", "")
    where = (names or {}).get(document_id) or f"document {document_id}"
    from nlp_checker.notes import section_name

    section = section_name(getattr(evidence, "section", None))
    return where + (f", {section}" if section else "")


def to_markdown(report: GapReport, names: dict[str, str] | None = None) -> str:
    gaps = [r for r in report.requirements if r.status in ("missing", "conflict")]
    verdict = "complete: ready to submit" if report.complete else f"{len(gaps)} gap(s) to resolve"
    lines = [
        f"# Gap report: {report.chart_id}",
        "",
        f"- Code: {report.hcpcs}; profile: {report.profile}; "
        f"date of service: {report.date_of_service or 'unknown'}",
        f"- Result: **{verdict}**",
    ]
    if report.ruleset:
        lines.append(f"- Ruleset: {report.ruleset.id} {report.ruleset.version} ({report.ruleset.hash[:19]})")
    for note in report.notes:
        lines.append(f"- Note: {note}")
    for discrepancy in report.discrepancies:
        lines.append(f"- Discrepancy ({discrepancy.kind}): {discrepancy.message}")
    lines += ["", "| Requirement | Status | Finding |", "|---|---|---|"]
    for r in report.requirements:
        lines.append(f"| {r.id} | {STATUS_LABEL[r.status]} | {r.message.replace('|', '/')} |")
    for r in report.requirements:
        if not r.evidence and not r.remediation:
            continue
        lines += ["", f"## {r.id}: {STATUS_LABEL[r.status]}", "", r.message]
        for e in r.evidence:
            lines.append(f'> "{_quote(e.text)}" ({cite(e, names)})')
        if r.remediation:
            lines += ["", remediation_line(r.remediation)]
    return "\n".join(lines) + "\n"


def to_summary(reports: list[GapReport]) -> str:
    """One line per chart, the worst first: chart, profile, result, and the ids of its gaps."""
    lines = [f"{'chart':<18} {'profile':<11} {'result':<10} gaps"]
    ordered = sorted(reports, key=lambda r: (r.complete, -_gap_count(r), r.chart_id))
    for report in ordered:
        gaps = [f"{r.id}({r.status})" for r in report.requirements if r.status in ("missing", "conflict")]
        result = "complete" if report.complete else f"{len(gaps)} gap(s)"
        lines.append(f"{report.chart_id:<18} {report.profile:<11} {result:<10} {', '.join(gaps)}")
    complete = sum(r.complete for r in reports)
    lines.append(f"\n{len(reports)} chart(s): {complete} complete, {len(reports) - complete} with gaps")
    return "\n".join(lines)


def _gap_count(report: GapReport) -> int:
    return sum(r.status in ("missing", "conflict") for r in report.requirements)
