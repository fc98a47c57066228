"""Invariance and directional rewrites of the corpus charts (CheckList INV and DIR tests).

Invariance perturbations keep what a chart documents and change only its form; the checker must report
the same requirement statuses. Directional edits change one documented fact; the named requirement must
move to the expected status. Rewrites read only the chart text, the gold annotation (what value a dose
is) and, for directional edits, the evidence spans of the checker's public findings.
"""

from __future__ import annotations

import copy
import json
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CHARTS = ROOT / "corpus_samples" / "charts"
GOLD = ROOT / "corpus_samples" / "gold"

Chart = dict[str, Any]


def corpus() -> list[tuple[Chart, dict[str, Any]]]:
    """Every chart of corpus_samples/charts with its gold file (never the blind sets)."""
    out = []
    for path in sorted(CHARTS.glob("*.json")):
        gold = json.loads((GOLD / path.name).read_text(encoding="utf-8"))
        out.append((json.loads(path.read_text(encoding="utf-8")), gold))
    return out


def _map_texts(chart: Chart, fn: Callable[[str, dict[str, Any]], str]) -> Chart:
    new = copy.deepcopy(chart)
    for doc in new["documents"]:
        doc["text"] = fn(doc["text"], doc)
    return new


def _is_prose(line: str) -> bool:
    s = line.strip()
    return bool(s) and "  " not in s and "|" not in s and "\t" not in s and len(s.split()) >= 8


# ----------------------------------------------------------------------------- invariance perturbations


def whitespace(chart: Chart, gold: dict[str, Any]) -> Chart:
    """Trailing blanks on every line, blank lines doubled, two spaces after a sentence in prose."""

    def fn(text: str, _doc: dict[str, Any]) -> str:
        lines = []
        for line in text.split("\n"):
            if _is_prose(line):
                line = re.sub(r"(?<=[a-z)][.;]) (?=[A-Z])", "  ", line)
            lines.append(line + "  " if line.strip() else line)
        return "\n" + "\n".join(lines).replace("\n\n", "\n\n\n")

    return _map_texts(chart, fn)


def rewrap(chart: Chart, gold: dict[str, Any]) -> Chart:
    """Prose lines longer than 60 characters hard-wrapped at 60 (as exported dictation is)."""

    def fn(text: str, _doc: dict[str, Any]) -> str:
        out = []
        for line in text.split("\n"):
            if _is_prose(line) and len(line) > 60:
                indent = line[: len(line) - len(line.lstrip())]
                out.extend(
                    textwrap.wrap(
                        line,
                        width=60,
                        subsequent_indent=indent,
                        break_long_words=False,
                        break_on_hyphens=False,
                    )
                )
            else:
                out.append(line)
        return "\n".join(out)

    return _map_texts(chart, fn)


_LABEL = re.compile(r"^(\s*)([A-Za-z][A-Za-z #./()\-]{0,30}?)(\s*:)", re.M)


def label_case(chart: Chart, gold: dict[str, Any]) -> Chart:
    """Line-initial labels ("Dose given:") upper-cased; labels already upper case become title case."""

    def sub(m: re.Match[str]) -> str:
        label = m.group(2)
        new = label.title() if label.isupper() else label.upper()
        return m.group(1) + new + m.group(3)

    return _map_texts(chart, lambda text, _d: _LABEL.sub(sub, text))


# (line-initial label pattern, replacement label); the first pattern that matches a line wins.
SYNONYMS: list[tuple[str, str]] = [
    (r"Lot #", "Lot number"),
    (r"Lot", "Lot #"),
    (r"Lot number", "Lot"),
    (r"Exp", "Expiration date"),
    (r"EXP", "Expiration"),
    (r"Expiration(?: date)?", "Exp"),
    (r"Wt", "Weight"),
    (r"Weight", "Wt"),
    (r"Start time", "Infusion start time"),
    (r"Stop time", "Infusion stop time"),
    (r"Dose given", "Dose administered"),
    (r"Amount infused", "Dose given"),
    (r"Waste", "Wasted"),
    (r"Drug", "Medication"),
    (r"HPI", "History of Present Illness"),
    (r"A/P", "Assessment/Plan"),
    (r"Assessment and Plan", "Assessment/Plan"),
    (r"Family History", "Family Hx"),
    (r"Social History", "Social Hx"),
    (r"Social Hx", "Social History"),
    (r"FHx", "Family History"),
    (r"PMH", "Past Medical History"),
    (r"Meds", "Medications"),
    (r"Vitals", "VS"),
]
_SYN = [(re.compile(rf"^(\s*){pat}(\s*:)", re.M), rep) for pat, rep in SYNONYMS]


def label_synonym(chart: Chart, gold: dict[str, Any]) -> Chart:
    def fn(text: str, _doc: dict[str, Any]) -> str:
        out = []
        for line in text.split("\n"):
            for rx, rep in _SYN:
                new, n = rx.subn(lambda m, rep=rep: m.group(1) + rep + m.group(2), line, count=1)
                if n:
                    line = new
                    break
            out.append(line)
        return "\n".join(out)

    return _map_texts(chart, fn)


def _gold_values(gold: dict[str, Any], kind: str) -> list[float]:
    return [float(f["value"]) for f in gold.get("findings", []) if f["kind"] == kind and f.get("value")]


def _num_pattern(mg: float) -> str:
    """Ways a mg amount is written: 4900, 4,900, 4900.0."""
    n = int(mg)
    forms = {str(n), f"{n:,}"}
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


def dose_units(chart: Chart, gold: dict[str, Any]) -> Chart:
    """Each documented dose amount rewritten in the other unit: 4,900 mg -> 4.9 g, 4.8 g -> 4800 mg."""
    doses = [v for v in _gold_values(gold, "dose") if v == int(v)]

    def fn(text: str, _doc: dict[str, Any]) -> str:
        for mg in doses:
            grams = f"{mg / 1000:g}"
            text = re.sub(rf"(?<![\d.,]){_num_pattern(mg)}\s?(?:mg|milligrams)\b", f"{grams} g", text)
            text = re.sub(rf"(?<![\d.,]){re.escape(grams)}\s?(?:g|grams|gm)\b(?!/)", f"{int(mg)} mg", text)
        return text

    return _map_texts(chart, fn)


# Key-value fields of the administration and their prose sentence / table row.
_FIELDS: list[tuple[str, str]] = [
    (r"Lot(?: #| number| no\.?)?", "Lot number {v} was used."),
    (r"(?:Exp|EXP|Expiration(?: date)?)", "The vial expires {v}."),
    (r"(?:Wt|Weight|Weight today)", "Weight today is {v}."),
    (r"(?:Dose given|Dose administered|Amount infused)", "Dose given was {v}."),
    (r"Start time", "Infusion started at {v}."),
    (r"Stop time", "Infusion stopped at {v}."),
    (r"Waste", "Amount wasted: {v}."),
]
_FIELD_RX = [(re.compile(rf"^({pat})\s*:\s*(\S.*?)\s*$"), tpl) for pat, tpl in _FIELDS]


def _rewrite_fields(text: str, make: Callable[[str, str, str], str]) -> str:
    out = []
    for line in text.split("\n"):
        for rx, tpl in _FIELD_RX:
            m = rx.match(line)
            if m:
                line = make(m.group(1), m.group(2), tpl)
                break
        out.append(line)
    return "\n".join(out)


def field_prose(chart: Chart, gold: dict[str, Any]) -> Chart:
    """Key-value administration fields ("Lot #: P3K1042") as prose ("Lot number P3K1042 was used.")."""
    return _map_texts(
        chart,
        lambda text, _d: _rewrite_fields(text, lambda _label, value, tpl: tpl.format(v=value.rstrip("."))),
    )


def field_table(chart: Chart, gold: dict[str, Any]) -> Chart:
    """Key-value administration fields rewritten as rows of a pipe table ("| Lot # | P3K1042 |")."""
    return _map_texts(
        chart, lambda text, _d: _rewrite_fields(text, lambda label, value, _tpl: f"| {label} | {value} |")
    )


def section_order(chart: Chart, gold: dict[str, Any]) -> Chart:
    """Blank-line separated blocks after a document's first block in reverse order."""

    def fn(text: str, _doc: dict[str, Any]) -> str:
        blocks = re.split(r"\n\s*\n", text.strip("\n"))
        if len(blocks) < 3:
            return text
        return "\n\n".join([blocks[0], *reversed(blocks[1:])]) + "\n"

    return _map_texts(chart, fn)


def document_order(chart: Chart, gold: dict[str, Any]) -> Chart:
    new = copy.deepcopy(chart)
    new["documents"] = list(reversed(new["documents"]))
    return new


INVARIANCE: dict[str, Callable[[Chart, dict[str, Any]], Chart]] = {
    "whitespace": whitespace,
    "rewrap": rewrap,
    "label_case": label_case,
    "label_synonym": label_synonym,
    "dose_units": dose_units,
    "field_prose": field_prose,
    "field_table": field_table,
    "section_order": section_order,
    "document_order": document_order,
}


def statuses(report: Any) -> dict[str, str]:
    return {r.id: r.status for r in report.requirements}


# ----------------------------------------------------------------------------- directional edits


@dataclass(frozen=True)
class Directional:
    name: str
    requirement: str
    expected: str
    edit: Callable[[Chart, dict[str, Any], Any], Chart | None]  # None: not applicable to this chart


def _scale_dose(factor: float) -> Callable[[Chart, dict[str, Any], Any], Chart | None]:
    def edit(chart: Chart, gold: dict[str, Any], checker: Any) -> Chart | None:
        if gold["requirements"].get("dose_matches_weight") != "met":
            return None
        doses = [v for v in _gold_values(gold, "dose") if v == int(v)]
        if not doses:
            return None

        def fn(text: str, _doc: dict[str, Any]) -> str:
            for mg in doses:
                new = round(mg * factor / 10) * 10
                text = re.sub(
                    rf"(?<![\d.,]){_num_pattern(mg)}(\s?)(mg|milligrams)\b",
                    lambda m, new=new: f"{new:,}{m.group(1)}{m.group(2)}",
                    text,
                )
                grams = re.escape(f"{mg / 1000:g}")
                text = re.sub(
                    rf"(?<![\d.,]){grams}(\s?)(g|grams|gm)\b(?!/)",
                    lambda m, new=new: f"{new / 1000:g}{m.group(1)}{m.group(2)}",
                    text,
                )
            return text

        return _map_texts(chart, fn)

    return edit


def _units_changed(chart: Chart, gold: dict[str, Any], checker: Any) -> Chart | None:
    if gold["requirements"].get("units_match_dose") != "met":
        return None
    new = copy.deepcopy(chart)
    for line in new["claim_lines"]:
        if line["hcpcs"] in ("J0256", "J0257", "J2252") and "JW" not in line["modifiers"]:
            line["units"] += 7
            return new
    return None


def _jz_with_jw(chart: Chart, gold: dict[str, Any], checker: Any) -> Chart | None:
    lines = chart.get("claim_lines") or []
    if not any("JW" in ln["modifiers"] for ln in lines):
        return None
    new = copy.deepcopy(chart)
    for line in new["claim_lines"]:
        if "JW" not in line["modifiers"] and line["hcpcs"] in ("J0256", "J0257", "J2252"):
            line["modifiers"] = [*line["modifiers"], "JZ"]
            return new
    return None


def _edit_spans(chart: Chart, checker: Any, kind: str, edit_text: Callable[[str, Any], str]) -> Chart | None:
    """Apply ``edit_text(span_text, finding)`` to the evidence span of every affirmed finding of ``kind``."""
    spans: dict[str, dict[tuple[int, int], Any]] = {}
    for f in checker.extract(chart):
        if f.kind == kind and f.assertion.affirmed and f.end > f.start:
            spans.setdefault(f.document_id, {}).setdefault((f.start, f.end), f)
    if not spans:
        return None
    new = copy.deepcopy(chart)
    changed = False
    for doc in new["documents"]:
        text = doc["text"]
        for (start, end), finding in sorted(spans.get(doc["id"], {}).items(), reverse=True):
            piece = edit_text(text[start:end], finding)
            changed |= piece != text[start:end]
            text = text[:start] + piece + text[end:]
        doc["text"] = text
    return new if changed else None


def _exp_backdated(chart: Chart, gold: dict[str, Any], checker: Any) -> Chart | None:
    if gold["requirements"].get("expiration_date") != "met":
        return None

    def back(piece: str, _finding: Any) -> str:
        piece = re.sub(r"(?<!\d)20(2[6-9]|3\d)(?!\d)", "2024", piece)
        return re.sub(r"(?<=[/-])(2[6-9]|3\d)$", "24", piece)

    return _edit_spans(chart, checker, "expiration_date", back)


def _serum_raised(chart: Chart, gold: dict[str, Any], checker: Any) -> Chart | None:
    if gold["requirements"].get("serum_aat_level") != "met":
        return None
    high = {"mg/dL": "190", "g/L": "1.9", "uM": "40"}

    def raise_(piece: str, finding: Any) -> str:
        """The number equal to the finding's value becomes a normal level in the finding's unit."""
        for m in re.finditer(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", piece):
            if finding.value is not None and abs(float(m.group()) - float(finding.value)) < 1e-9:
                return piece[: m.start()] + high.get(finding.unit or "", "190") + piece[m.end() :]
        return piece

    return _edit_spans(chart, checker, "serum_aat", raise_)


def _lot_blanked(chart: Chart, gold: dict[str, Any], checker: Any) -> Chart | None:
    if gold["requirements"].get("lot_number") != "met":
        return None
    lots = [str(f["value"]) for f in gold["findings"] if f["kind"] == "lot_number"]

    def fn(text: str, _doc: dict[str, Any]) -> str:
        for lot in lots:
            text = text.replace(lot, "***")
        return text

    return _map_texts(chart, fn)


DIRECTIONAL: list[Directional] = [
    Directional("dose_lowered_30pct", "dose_matches_weight", "conflict", _scale_dose(0.7)),
    Directional("dose_raised_30pct", "dose_matches_weight", "conflict", _scale_dose(1.3)),
    Directional("units_plus_7", "units_match_dose", "conflict", _units_changed),
    Directional("jz_added_to_jw_claim", "wastage_documented", "conflict", _jz_with_jw),
    Directional("expiration_backdated", "expiration_date", "conflict", _exp_backdated),
    Directional("serum_level_raised", "serum_aat_level", "conflict", _serum_raised),
    Directional("lot_replaced_by_placeholder", "lot_number", "missing", _lot_blanked),
]


# ----------------------------------------------------------------------------- runners


def run_invariance(
    checker: Any, data: list[tuple[Chart, dict[str, Any]]] | None = None
) -> dict[str, list[Any]]:
    """Per perturbation: (chart_id, {requirement: (original, perturbed)}) for every chart it changed."""
    data = data if data is not None else corpus()
    original = {chart["chart_id"]: statuses(checker.check(chart)) for chart, _gold in data}
    out: dict[str, list[Any]] = {}
    for name, perturb in INVARIANCE.items():
        rows = []
        for chart, gold in data:
            new = perturb(chart, gold)
            if new == chart:
                continue
            before, after = original[chart["chart_id"]], statuses(checker.check(new))
            rows.append(
                (chart["chart_id"], {k: (v, after.get(k)) for k, v in before.items() if after.get(k) != v})
            )
        out[name] = rows
    return out


def run_directional(
    checker: Any, data: list[tuple[Chart, dict[str, Any]]] | None = None
) -> dict[str, list[Any]]:
    """Per directional edit: (chart_id, status after the edit, expected) for every chart it applies to."""
    data = data if data is not None else corpus()
    out: dict[str, list[Any]] = {}
    for d in DIRECTIONAL:
        rows = []
        for chart, gold in data:
            new = d.edit(chart, gold, checker)
            if new is None:
                continue
            rows.append((chart["chart_id"], statuses(checker.check(new))[d.requirement], d.expected))
        out[d.name] = rows
    return out
