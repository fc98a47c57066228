"""HL7 v2 reader: framing, escapes, segments to documents, facts and claim lines, errors, samples."""

from __future__ import annotations

import contextlib
import json
import random
import re
import textwrap
from pathlib import Path

import pytest

from nlp_checker import Checker
from nlp_checker.errors import InputError
from nlp_checker.ingest.hl7v2 import (
    PLACEHOLDER_ID,
    Delimiters,
    escape,
    looks_like_hl7v2,
    read_hl7v2,
    unescape,
)
from nlp_checker.sources import ChartSource
from tests.conftest import CORPUS, SHARED

SAMPLES = sorted((CORPUS / "hl7v2").glob("*.hl7"))
EXTERNAL = sorted((SHARED / "external" / "hl7v2").glob("*.hl7"))

MSH = "MSH|^~\\&|LAB|FAC|EHR|FAC|20260304120000||{type}|{control}|P|2.5.1"
PV1 = "PV1|1|O|||||||||||||||||ENC-77|||||||||||||||||||||||||20260304"


def message(kind: str, *segments: str, control: str = "CTRL-1") -> str:
    return "\r".join([MSH.format(type=kind, control=control), "PID|1||MRN-1^^^H^MR", PV1, *segments]) + "\r"


def seg(name: str, fields: dict[int, str]) -> str:
    return "|".join([name, *(fields.get(i, "") for i in range(1, max(fields) + 1))])


def facts_of(source: ChartSource, kind: str) -> list:
    return [f for f in source.facts if f.kind == kind]


# Sample charts written as HL7 v2 ------------------------------------------------------------------

# The samples are written by the code below: ``python -m tests.ingest.test_hl7v2`` rewrites them from
# ``corpus_samples/charts``; test_samples_are_up_to_date fails when the committed files differ.
# Notes and other documents: one MDM^T02 each (one OBX TX per line); lab reports: one ORU^R01 with an
# OBR per report, the serum AAT line as an NM OBX (LOINC 1825-9, method in OBX-17), every other line an
# NTE; the infusion record: MDM^T02 (TXA-2 "IR^Infusion record") or, for RAS_CHARTS, RAS^O17 with an RXA
# and the record's lines as OBX TX; claim lines: DFT^P03 FT1 (FT1-7 HCPCS, FT1-10 units, FT1-26
# modifiers) with IN1 (IN1-14 the authorization), or IN1 in an ADT^A08 without claim lines. No names.

SAMPLE_CHARTS = [
    "aatd-001",  # medicare, Prolastin-C, J0256 + JW, complete; infusion as RAS/RXA
    "aatd-003",  # medicaid, Glassia on J0257, PA on the chart, a PA letter (other)
    "aatd-005",  # medicaid, complete, "&" in the note, PA only in the note
    "aatd-007",  # medicare, Glassia billed J0256 (code_selection conflict)
    "aatd-008",  # medicare, units conflict, expired lot
    "aatd-010",  # medicare, 70 mg/dL by RID (method in OBX-17), "&" in the note, JZ with waste
    "aatd-012",  # medicare, no claim lines, two doses, stop before start
    "aatd-014",  # medicaid, SZ, serum conflict, current smoker
    "aatd-019",  # medicaid, no date of service, no claim lines, Glassia
    "aatd-020",  # medicare, non-AATD control, non-drug claim lines
    "aatd-023",  # commercial, J2252 + 96365, PA
    "aatd-024",  # commercial, "|" in the infusion record (RAS/RXA), no PA
    "aatd-025",  # commercial, Glassia J0257, PA
    "aatd-028",  # medicare, J2252 with JW; infusion as RAS/RXA
    "aatd-029",  # commercial, "~" in the note, J0256 JZ
    "aatd-030",  # commercial, J0256 JZ, PA
    "aatd-039",  # medicaid, Glassia J0257, "|" in the infusion record
    # Live-feed shape (issue 12): one message per document in time order, each with the PV1 of its own
    # visit (older notes and labs first), TX text hard-wrapped at 80 columns, the DFT's FT1-7 a chargemaster
    # code (99CDM) with the HCPCS / CPT code in FT1-25, IN1-15 the plan type code.
    "aatd-002",  # medicare, a 1,000-character HPI wrapped over 13 OBX lines
    "aatd-004",  # medicare, an older progress note (2025) before today's
    "aatd-016",  # medicaid, JZ + JW; notes and lab weeks before the infusion
    "aatd-041",  # medicaid, J2252 JZ + JW; a 2024 note first
]
RAS_CHARTS = {"aatd-001", "aatd-024", "aatd-028"}
LIVE_CHARTS = {"aatd-002", "aatd-004", "aatd-016", "aatd-041"}
PLAN_TYPES = {"medicare": "MB^Medicare Part B", "medicaid": "MC^Medicaid", "commercial": "CI^Commercial"}
WRAP = 80
DOC_TYPES = {
    "progress_note": "PR^Progress note^HL70270",
    "infusion_record": "IR^Infusion record^L",
    "other": "OT^Other^L",
    "lab_report": "LR^Laboratory report^L",
}
METHODS = {
    "nephelometry": "NEPH^nephelometry^L",
    "radial_immunodiffusion": "RID^radial immunodiffusion^L",
    "immunoturbidimetry": "ITURB^immunoturbidimetry^L",
}


def segment(name: str, fields: dict[int, str]) -> str:
    size = max(fields) if fields else 0
    return "|".join([name, *(fields.get(i, "") for i in range(1, size + 1))])


def hl7_date(iso: str | None) -> str:
    return iso.replace("-", "") if iso else ""


class Writer:
    def __init__(self, chart: dict, checker: Checker) -> None:
        self.chart = chart
        self.checker = checker
        self.chart_id = chart["chart_id"]
        self.dos = chart.get("date_of_service")
        self.count = 0
        self.findings = checker.extract(chart)
        self.messages: list[list[str]] = []

    @property
    def live(self) -> bool:
        return self.chart_id in LIVE_CHARTS

    def header(self, kind: str, structure: str, visit: str | None = None) -> list[str]:
        """MSH, PID, PV1. Live-feed charts: the PV1 of the document's own visit (``visit``: its date)."""
        self.count += 1
        day = visit if self.live and visit else self.dos
        stamp = hl7_date(day or "2026-01-01") + "1200"
        msh = (
            f"MSH|^~\\&|NLPCHECKER-SAMPLES|CLINIC|NLP-CHECKER|CLINIC|{stamp}||{kind}^{structure}|"
            f"{self.chart_id}-{self.count}|P|2.5.1|||||||UNICODE UTF-8"
        )
        pid = segment("PID", {1: "1", 3: f"SAMPLE-{self.chart_id.upper()}^^^SAMPLES^MR"})
        number = self.chart_id if not self.live or day == self.dos else f"{self.chart_id}-V{hl7_date(day)}"
        pv1 = segment("PV1", {1: "1", 2: "O", 19: number, 44: hl7_date(day)})
        return [msh, pid, pv1]

    def text_lines(self, text: str, wrap: bool = False) -> list[str]:
        lines = text.rstrip("\n").split("\n")
        if not (wrap and self.live):
            return lines
        wrapped: list[str] = []
        for line in lines:
            parts = textwrap.wrap(line, WRAP, break_long_words=False, break_on_hyphens=False)
            wrapped.extend(parts if len(line) > WRAP and parts else [line])
        return wrapped

    def mdm(self, doc: dict) -> None:
        segs = self.header("MDM", "T02^MDM_T02", doc.get("date"))
        segs.insert(1, segment("EVN", {1: "T02", 2: hl7_date(doc.get("date")) + "1200"}))
        date = hl7_date(doc.get("date"))
        segs.append(
            segment(
                "TXA", {1: "1", 2: DOC_TYPES[doc["type"]], 3: "TX", 4: date, 6: date, 12: doc["id"], 17: "AU"}
            )
        )
        for i, line in enumerate(self.text_lines(doc["text"], wrap=True), start=1):
            segs.append(
                segment("OBX", {1: str(i), 2: "TX", 3: "^Document text^L", 4: "1", 5: escape(line), 11: "F"})
            )
        self.messages.append(segs)

    def serum_lines(self, doc: dict) -> dict[int, object]:
        """Line number -> the serum AAT finding written alone on that line (affirmed, one per line)."""
        text = doc["text"]
        starts = [0] + [m.end() for m in re.finditer("\n", text)]

        def line_of(offset: int) -> int:
            return max(i for i, s in enumerate(starts) if s <= offset)

        mine = [f for f in self.findings if f.document_id == doc["id"]]
        by_line: dict[int, list] = {}
        for f in mine:
            by_line.setdefault(line_of(f.start), []).append(f)
        chosen = {}
        for number, found in by_line.items():
            if (
                len(found) == 1
                and found[0].kind == "serum_aat"
                and found[0].assertion.affirmed
                and number > 0
            ):
                chosen[number] = found[0]
        return chosen

    def oru(self, docs: list[dict]) -> None:
        if not docs:
            return
        if self.live and len(docs) > 1:  # a live feed sends each lab report when it is resulted
            for doc in docs:
                self.oru([doc])
            return
        segs = self.header("ORU", "R01^ORU_R01", docs[0].get("date"))
        for k, doc in enumerate(docs, start=1):
            lines = self.text_lines(doc["text"])
            date = hl7_date(doc.get("date"))
            segs.append(segment("ORC", {1: "RE", 3: doc["id"]}))
            title = escape(lines[0].strip())
            segs.append(segment("OBR", {1: str(k), 3: doc["id"], 4: f"LABRPT^{title}^L", 7: date, 25: "F"}))
            serum = self.serum_lines(doc)
            obx = 0
            for number, line in enumerate(lines[1:], start=1):
                finding = serum.get(number)
                if finding is None:
                    segs.append(segment("NTE", {1: str(number), 2: "L", 3: escape(line)}))
                    continue
                obx += 1
                ref = re.search(
                    r"\(?\s*(\d+(?:\.\d+)?\s*-\s*\d+(?:\.\d+)?)\s*\)?", line[line.find(str(finding.value)) :]
                )
                flag = re.search(r"\s(L|H|LL|HH|A)\s", f" {line} ")
                segs.append(
                    segment(
                        "OBX",
                        {
                            1: str(obx),
                            2: "NM",
                            3: "1825-9^Alpha-1-antitrypsin [Mass/volume] in Serum or Plasma^LN",
                            5: str(finding.value),
                            6: f"{finding.unit}^{finding.unit}^UCUM",
                            7: ref.group(1).replace(" ", "") if ref else "",
                            8: flag.group(1) if flag else "",
                            11: "F",
                            14: date,
                            17: METHODS.get(finding.method or "", ""),
                        },
                    )
                )
        self.messages.append(segs)

    def ras(self, doc: dict) -> bool:
        """The infusion record as RAS^O17 with an RXA; False when its facts are not one of each."""
        mine = [f for f in self.findings if f.document_id == doc["id"] and f.assertion.affirmed]

        def one(kind: str):
            values = {str(f.value) for f in mine if f.kind == kind}
            return next(iter(values)) if len(values) == 1 else None

        product, dose, lot = one("drug_product"), one("dose"), one("lot_number")
        start, end, expiry = one("infusion_start"), one("infusion_end"), one("expiration_date")
        if not all((product, dose, lot, start, end, expiry)):
            return False
        day = hl7_date(doc["date"])
        segs = self.header("RAS", "O17^RAS_O17", doc.get("date"))
        segs.append(segment("ORC", {1: "RE", 3: doc["id"]}))
        code = re.sub(r"[^A-Z0-9]", "", product.upper())
        segs.append(
            segment(
                "RXA",
                {
                    1: "0",
                    2: "1",
                    3: day + start.replace(":", ""),
                    4: day + end.replace(":", ""),
                    5: f"{code}^{product} (alpha1-proteinase inhibitor, human)^L",
                    6: dose,
                    7: "mg^milligram^UCUM",
                    15: escape(lot),
                    16: hl7_date(expiry),
                    20: "CP",
                    21: "A",
                },
            )
        )
        segs.append(segment("RXR", {1: "C38276^Intravenous^NCIT"}))
        for i, line in enumerate(self.text_lines(doc["text"]), start=1):
            segs.append(
                segment("OBX", {1: str(i), 2: "TX", 3: "^Administration note^L", 5: escape(line), 11: "F"})
            )
        self.messages.append(segs)
        return True

    def billing(self) -> None:
        payer = self.chart.get("payer") or {}
        in1 = segment(
            "IN1",
            {
                1: "1",
                2: f"PLAN1^{escape(payer.get('name') or '')}^L",
                4: escape(payer.get("name") or ""),
                14: escape(self.chart.get("prior_authorization") or ""),
                **({15: PLAN_TYPES[payer.get("profile") or "medicare"]} if self.live else {}),
            },
        )
        lines = self.chart.get("claim_lines")
        if not lines:
            segs = self.header("ADT", "A08^ADT_A01")
            segs.insert(1, segment("EVN", {1: "A08"}))
            segs.append(in1)
            self.messages.append(segs)
            return
        segs = self.header("DFT", "P03^DFT_P03")
        segs.insert(1, segment("EVN", {1: "P03"}))
        for k, line in enumerate(lines, start=1):
            code, system = line["hcpcs"], "C4" if line["hcpcs"].isdigit() else "HCPCS"
            fields = {
                1: str(k),
                4: hl7_date(self.dos),
                6: "CG",
                7: f"{code}^^{system}",
                10: str(line["units"]),
                26: "~".join(line.get("modifiers") or []),
            }
            if self.live:  # the hospital DFT: chargemaster item in FT1-7, HCPCS / CPT in FT1-25
                fields[7] = f"{25000000 + 10 * k + len(code)}^CHARGE {k}^99CDM"
                fields[25] = f"{code}^^{system}"
            segs.append(segment("FT1", fields))
        segs.append(in1)
        self.messages.append(segs)

    def build(self) -> str:
        docs = self.chart["documents"]
        if self.live:  # in time order, as a live feed sends them
            docs = sorted(docs, key=lambda d: d.get("date") or "")
        for doc in docs:
            if doc["type"] == "lab_report":
                if self.live:
                    self.oru([doc])
                continue
            if doc["type"] == "infusion_record" and self.chart_id in RAS_CHARTS and self.ras(doc):
                continue
            self.mdm(doc)
        if not self.live:
            self.oru([d for d in docs if d["type"] == "lab_report"])
        self.billing()
        return "".join(seg + "\r" for segs in self.messages for seg in segs)


def build_samples(checker: Checker) -> dict[str, bytes]:
    built = {}
    for chart_id in SAMPLE_CHARTS:
        chart = json.loads((CORPUS / "charts" / f"{chart_id}.json").read_text(encoding="utf-8"))
        built[chart_id] = Writer(chart, checker).build().encode("utf-8")
    return built


def test_samples_are_up_to_date(checker: Checker) -> None:
    built = build_samples(checker)
    assert sorted(built) == [p.stem for p in SAMPLES]
    for chart_id, data in built.items():
        assert (CORPUS / "hl7v2" / f"{chart_id}.hl7").read_bytes() == data, chart_id


def test_at_least_eight_samples_cover_profiles_claims_and_glassia_on_j0256() -> None:
    assert len(SAMPLES) >= 8
    charts = [json.loads((CORPUS / "charts" / f"{p.stem}.json").read_text()) for p in SAMPLES]
    assert {c["payer"]["profile"] for c in charts} == {"medicare", "medicaid", "commercial"}
    assert sum(bool(c.get("claim_lines")) for c in charts) >= 6
    assert "aatd-007" in {c["chart_id"] for c in charts}  # Glassia billed as J0256


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_gives_the_same_statuses_as_the_chart_json(path: Path, checker: Checker) -> None:
    chart = json.loads((CORPUS / "charts" / f"{path.stem}.json").read_text(encoding="utf-8"))
    text = path.read_bytes().decode("utf-8")
    assert "\n" not in text and text.count("\r") > 10
    source = read_hl7v2(text, str(path))
    expected, actual = checker.check(chart), checker.check(source)
    assert actual.chart_id == chart["chart_id"]
    assert actual.profile == expected.profile
    assert actual.date_of_service == expected.date_of_service
    assert actual.statuses == expected.statuses
    # MDM notes carry the note text unchanged (escapes decoded).
    original = {d["id"]: d["text"].strip("\n") for d in chart["documents"]}
    for doc in source.chart.documents:
        if doc.type in ("progress_note", "other"):
            if path.stem in LIVE_CHARTS:  # wrapped at 80 columns, joined again: the same words
                assert doc.text.split() == original[doc.id].split()
            else:
                assert doc.text == original[doc.id]
    assert [(c.hcpcs, c.units, c.modifiers) for c in source.chart.claim_lines or []] == [
        (c["hcpcs"], c["units"], c["modifiers"]) for c in chart.get("claim_lines") or []
    ]


def test_sample_lab_result_is_a_structured_fact_with_segment_evidence() -> None:
    source = read_hl7v2((CORPUS / "hl7v2" / "aatd-010.hl7").read_bytes().decode("utf-8"))
    (fact,) = facts_of(source, "serum_aat")
    assert (fact.value, fact.unit, fact.method) == (70, "mg/dL", "radial_immunodiffusion")
    assert fact.resource.startswith("ORU^R01/aatd-010-") and fact.resource.endswith("/OBX[1]")
    assert fact.path == "OBX-5"


# External messages: read or refused, never another exception --------------------------------------


def _mutations(text: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    body = text.lstrip("\ufeff")
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut = rng.randrange(1, max(2, len(body)))
    garbage = bytes(rng.randrange(256) for _ in range(24)).decode("latin-1")
    at = rng.randrange(len(body))
    return [
        body[:cut],  # truncated anywhere
        body[: len(body) // 2],
        "\n".join(lines[1:]),  # MSH dropped
        body.replace("|", "\t"),  # field separator replaced
        body.replace("^", "|"),  # component separator replaced by the field separator
        body.replace("\n", " "),  # segment separators gone
        body[:at] + garbage + body[at:],  # garbage bytes inserted
        garbage + body,
        body[:at] + "\x0b\x1c\r" + body[at:],  # stray MLLP bytes
        "\x0b" + body + "\x1c\r",  # properly framed
        body.encode("utf-8").decode("latin-1"),  # mojibake
        "MSH" + body[3:8],
        "MSH",
    ]


@pytest.mark.parametrize("path", EXTERNAL, ids=lambda p: p.stem)
def test_external_message_is_read_or_refused(path: Path, checker: Checker) -> None:
    text = path.read_text(encoding="utf-8-sig")
    try:
        source = read_hl7v2(text, path.name)
    except InputError as exc:
        assert "message" in str(exc) or "HL7" in str(exc)
        return
    report = checker.check(source)
    assert report.chart_id
    assert source.chart.documents
    for mutated in _mutations(text, seed=len(path.name)):
        try:
            result = read_hl7v2(mutated, path.name)
        except InputError:
            continue
        assert isinstance(result, ChartSource)
        checker.check(result)


@pytest.mark.skipif(not EXTERNAL, reason="shared/external is not beside the checkout")
def test_every_external_file_is_accounted_for() -> None:
    assert len(EXTERNAL) >= 20
    accepted = 0
    for path in EXTERNAL:
        try:
            read_hl7v2(path.read_text(encoding="utf-8-sig"))
            accepted += 1
        except InputError:
            pass
    assert accepted == len(EXTERNAL)


# Framing and separators ---------------------------------------------------------------------------

NOTE = message(
    "MDM^T02^MDM_T02",
    "TXA|1|PR^Progress note^HL70270|TX|20260304||20260304||||||doc-9|||||AU",
    "OBX|1|TX|^Text^L|1|Alpha-1 antitrypsin deficiency, PI*ZZ.||||||F",
    "OBX|2|TX|^Text^L|1|Tolerating weekly augmentation well.||||||F",
)


@pytest.mark.parametrize(
    "framed",
    [
        NOTE,
        NOTE.replace("\r", "\n"),
        NOTE.replace("\r", "\r\n"),
        "\ufeff" + NOTE,
        "\x0b" + NOTE + "\x1c\r",
        "\ufeff  \x0b" + NOTE + "\x1c\r\n",
    ],
    ids=["cr", "lf", "crlf", "bom", "mllp", "bom-mllp"],
)
def test_framing_and_segment_separators(framed: str) -> None:
    assert looks_like_hl7v2(framed)
    source = read_hl7v2(framed)
    (doc,) = source.chart.documents
    assert (doc.id, doc.type, str(doc.date)) == ("doc-9", "progress_note", "2026-03-04")
    assert doc.text == "Alpha-1 antitrypsin deficiency, PI*ZZ.\nTolerating weekly augmentation well."
    assert source.chart.chart_id == "ENC-77"
    assert str(source.chart.date_of_service) == "2026-03-04"


def test_several_messages_split_at_each_msh_and_mllp_frames() -> None:
    second = message(
        "MDM^T02",
        "TXA|1|IR^Infusion record^L|TX|20260304||||||||doc-10",
        "OBX|1|TX|||Dose given: 4,900 mg||||||F",
        control="CTRL-2",
    )
    framed = f"\x0b{NOTE}\x1c\r\x0b{second}\x1c\r"
    docs = read_hl7v2(framed).chart.documents
    assert [(d.id, d.type) for d in docs] == [("doc-9", "progress_note"), ("doc-10", "infusion_record")]


def test_looks_like_hl7v2() -> None:
    assert looks_like_hl7v2("MSH|^~\\&|A")
    assert looks_like_hl7v2("\n \x0bMSH|^~\\&|A")
    assert not looks_like_hl7v2('{"chart_id": "x"}')
    assert not looks_like_hl7v2("MSHA|")
    assert not looks_like_hl7v2("Progress note: MSH|")


# Escape sequences ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "decoded"),
    [
        ("a\\F\\b", "a|b"),
        ("a\\S\\b", "a^b"),
        ("a\\T\\b", "a&b"),
        ("a\\R\\b", "a~b"),
        ("C:\\E\\temp", "C:\\temp"),
        ("line1\\X0D\\line2", "line1\rline2"),
        ("line1\\X0D0A\\line2", "line1\r\nline2"),
        ("line1\\.br\\line2", "line1\nline2"),
        ("\\H\\important\\N\\ note", "important note"),
        ("\\X4D4C\\", "ML"),
        ("micro \\XC2B5\\g", "micro µg"),
        ("unterminated \\F", "unterminated \\F"),
    ],
)
def test_unescape(written: str, decoded: str) -> None:
    assert unescape(written, Delimiters()) == decoded


def test_escape_round_trip() -> None:
    text = "A&P: 4|5 ^ ~ \\ done"
    assert unescape(escape(text), Delimiters()) == text


def test_escapes_follow_the_message_delimiters() -> None:
    custom = (
        "MSH#*~!%#LAB#FAC#EHR#FAC#20260304##MDM*T02#C9#P#2.5.1\r"
        "TXA#1#PR#TX#20260304########d1\r"
        "OBX#1#TX###Weight 81.6 kg !F! stable !S! !T! !E! !.br! next\r"
    )
    (doc,) = read_hl7v2(custom).chart.documents
    assert doc.text == "Weight 81.6 kg # stable * % ! \n next"


def test_escaped_text_in_a_note_is_decoded() -> None:
    text = message(
        "MDM^T02",
        "TXA|1|PR|TX|20260304",
        "OBX|1|TX|||A\\T\\P: AATD \\F\\ PI*ZZ \\S\\ emphysema\\.br\\Plan: continue||||||F",
    )
    (doc,) = read_hl7v2(text).chart.documents
    assert doc.text == "A&P: AATD | PI*ZZ ^ emphysema\nPlan: continue"


# ORU / OUL ----------------------------------------------------------------------------------------

LAB = message(
    "ORU^R01^ORU_R01",
    "OBR|1||LAB-5|AATPANEL^Alpha-1 antitrypsin panel^L|||20251102083000",
    "OBX|1|NM|1825-9^Alpha-1-antitrypsin [Mass/volume] in Serum or Plasma^LN||28|mg/dL^mg/dL^UCUM"
    "|100-200|L|||F|||20251101|||NEPH^Nephelometry^L",
    "NTE|1|L|Consistent with severe deficiency.",
    "OBX|2|CWE|32769-2^Alpha 1 antitrypsin phenotype^LN||ZZ^PI*ZZ^L||||||F",
    "OBX|3|NM|29463-7^Body weight^LN||180|[lb_av]^pound^UCUM||||||F",
    "OBX|4|NM|LOCAL77^A1AT level^L||5.4|umol/L||||||F",
    "OBX|5|NM|2345-7^Glucose^LN||98|mg/dL|70-99|N|||F",
    control="LAB-0001",
)


def test_oru_renders_a_lab_report_document() -> None:
    source = read_hl7v2(LAB)
    (doc,) = source.chart.documents
    assert (doc.id, doc.type, str(doc.date)) == ("LAB-5", "lab_report", "2025-11-02")
    lines = doc.text.split("\n")
    assert lines[0] == "Alpha-1 antitrypsin panel"
    assert lines[1] == "Alpha-1-antitrypsin [Mass/volume] in Serum or Plasma: 28 mg/dL (ref 100-200) L"
    assert lines[2] == "Consistent with severe deficiency."
    assert "Glucose: 98 mg/dL (ref 70-99) N" in lines


def test_oru_aat_result_is_a_serum_aat_fact_with_evidence() -> None:
    source = read_hl7v2(LAB)
    loinc, local = facts_of(source, "serum_aat")
    assert (loinc.value, loinc.unit, loinc.method) == (28, "mg/dL", "nephelometry")
    assert (loinc.resource, loinc.path, str(loinc.date)) == ("ORU^R01/LAB-0001/OBX[1]", "OBX-5", "2025-11-01")
    assert loinc.section == "structured" and loinc.document_id == loinc.resource
    assert (local.value, local.unit, local.resource) == (5.4, "uM", "ORU^R01/LAB-0001/OBX[4]")
    assert str(local.date) == "2025-11-02"  # no OBX-14: the OBR-7 date


def test_oru_phenotype_and_weight_facts() -> None:
    source = read_hl7v2(LAB)
    (genotype,) = facts_of(source, "genotype")
    assert genotype.alleles == ["Z", "Z"] and genotype.resource == "ORU^R01/LAB-0001/OBX[2]"
    (weight,) = facts_of(source, "weight")
    assert (weight.value, weight.unit, weight.value_kg) == (180, "lb", 81.6)


def test_oru_results_feed_the_requirements(checker: Checker) -> None:
    report = checker.check(read_hl7v2(LAB))
    assert report.requirement("serum_aat_level").status == "met"
    assert report.requirement("genotype").status == "met"
    assert report.requirement("patient_weight").status == "met"
    assert any(f.resource == "ORU^R01/LAB-0001/OBX[1]" and f.path == "OBX-5" for f in report.findings)


def test_aat_without_a_known_unit_or_with_a_comparator_is_not_a_fact() -> None:
    source = read_hl7v2(
        message(
            "ORU^R01",
            "OBR|1||L1|AAT^AAT^L|||20251102",
            "OBX|1|NM|1825-9^AAT^LN||28|mg||||||F",
            "OBX|2|SN|1825-9^AAT^LN||<^20|mg/dL||||||F",
        )
    )
    assert not facts_of(source, "serum_aat")
    assert "AAT: 28 mg" in source.chart.documents[0].text
    assert any("unit" in w for w in source.warnings)


# MDM ----------------------------------------------------------------------------------------------


def test_mdm_repetitions_and_lines_concatenate_in_order() -> None:
    text = message(
        "MDM^T02",
        "TXA|1|Medication administration record|FT|202603040915||||||||mar-1",
        "OBX|1|FT|||Start time: 09:30~Stop time: 10:02||||||F",
        "OBX|2|TX|||Dose given: 4,900 mg||||||F",
        "OBX|3|ED|PDF^Scan^L||^application^pdf^Base64^AAAA||||||F",
    )
    source = read_hl7v2(text)
    (doc,) = source.chart.documents
    assert (doc.id, doc.type) == ("mar-1", "infusion_record")
    assert doc.text == "Start time: 09:30\nStop time: 10:02\nDose given: 4,900 mg"
    assert any("ED content" in w for w in source.warnings)


def test_mdm_without_text_gives_the_placeholder_document() -> None:
    source = read_hl7v2(message("MDM^T02", "TXA|1|PR|TX|20260304", "OBX|1|ED|X||^application^pdf^Base64^AA"))
    (doc,) = source.chart.documents
    assert (doc.id, doc.type, doc.text) == (PLACEHOLDER_ID, "other", "")


# Pharmacy -----------------------------------------------------------------------------------------

RAS = message(
    "RAS^O17^RAS_O17",
    "ORC|RE||ORD-1",
    "RXA|0|1|202603040930|202603041002|GLASSIA^Glassia 1 g/50 mL^L|4.2|g^gram^UCUM||||||||LE2B0117~LE2B0118"
    "|20261231~202705||||CP|A",
    "RXR|C38276^Intravenous^NCIT",
    "OBX|1|TX|^Administration note^L||Waste: 800 mg discarded||||||F",
    control="RAS-1",
)


def test_rxa_of_an_a1pi_product_gives_administration_facts() -> None:
    source = read_hl7v2(RAS)
    by_kind = {f.kind: f for f in source.facts}
    assert by_kind["drug_product"].value == "Glassia"
    assert (by_kind["infusion_start"].value, by_kind["infusion_end"].value) == ("09:30", "10:02")
    assert by_kind["dose"].value == 4200 and by_kind["dose"].path == "RXA-6"
    assert [f.value for f in facts_of(source, "lot_number")] == ["LE2B0117", "LE2B0118"]
    assert [f.value for f in facts_of(source, "expiration_date")] == ["2026-12-31", "2027-05"]
    assert by_kind["lot_number"].resource == "RAS^O17/RAS-1/RXA[1]"
    assert all(str(f.date) == "2026-03-04" for f in source.facts)
    (doc,) = source.chart.documents
    assert (doc.type, doc.text) == ("infusion_record", "Waste: 800 mg discarded")


def test_rxa_facts_meet_requirements(checker: Checker) -> None:
    report = checker.check(read_hl7v2(RAS))
    for requirement in ("dose_administered", "lot_number", "expiration_date", "infusion_times"):
        assert report.requirement(requirement).status == "met", requirement


def test_vaccine_rxa_gives_no_facts() -> None:
    text = message(
        "VXU^V04^VXU_V04",
        "ORC|RE||IZ-1",
        "RXA|0|1|20150624||49281-0215-88^TENIVAC^NDC|0.5|mL^mL^UCUM||00^New Record^NIP001||||||315841"
        "|20151216|PMC^Sanofi Pasteur^MVX|||CP|A",
        "OBX|1|CE|30963-3^Vaccine Funding Source^LN|1|PHC70^Private^CDCPHINVS||||||F|||20150624",
    )
    source = read_hl7v2(text)
    assert source.facts == []
    assert [d.id for d in source.chart.documents] == [PLACEHOLDER_ID]


def test_rde_names_the_ordered_product_and_not_administered_rxa_is_skipped() -> None:
    text = message(
        "RDE^O11^RDE_O11",
        "ORC|NW|ORD-2",
        "RXE||ZEM1000^Zemaira 1000 mg vial^L|4800||mg",
        "RXA|0|1|202603040930||ZEM1000^Zemaira^L|4800|mg||||||||LOT9|20270101||||NA|A",
    )
    source = read_hl7v2(text)
    assert [(f.kind, f.value, f.path) for f in source.facts] == [("drug_product", "Zemaira", "RXE-2")]


# FT1, IN1, DG1, PID -------------------------------------------------------------------------------


def test_ft1_lines_become_claim_lines() -> None:
    text = message(
        "DFT^P03^DFT_P03",
        seg("FT1", {1: "1", 4: "20260304", 6: "CG", 7: "J0256^A1PI 10 mg^HCPCS", 10: "490"}),
        seg("FT1", {1: "2", 4: "20260304", 6: "CG", 7: "J0256^A1PI 10 mg^HCPCS", 10: "10", 26: "JW"}),
        seg("FT1", {1: "3", 4: "20260304", 6: "CG", 7: "96365^IV infusion^C4", 10: "1", 26: "25~59"}),
        seg("FT1", {1: "4", 4: "20260304", 6: "PY", 7: "J0256", 10: "5"}),
    )
    source = read_hl7v2(text)
    lines = [(c.hcpcs, c.units, c.modifiers) for c in source.chart.claim_lines or []]
    assert lines == [("J0256", 490, []), ("J0256", 10, ["JW"]), ("96365", 1, ["25", "59"])]
    assert any("not a charge" in w for w in source.warnings)


def test_no_ft1_means_no_claim_lines() -> None:
    assert read_hl7v2(NOTE).chart.claim_lines is None


@pytest.mark.parametrize(
    ("plan", "company", "profile"),
    [
        ("MCRB^Medicare Part B^L", "CMS", "medicare"),
        ("MCD^State Medicaid Managed Care^L", "Community Health Plan", "medicaid"),
        ("PPO^Choice Plus PPO^L", "UnitedHealthcare", "commercial"),
    ],
)
def test_in1_gives_the_payer_profile_and_authorization(plan: str, company: str, profile: str) -> None:
    source = read_hl7v2(NOTE + f"IN1|1|{plan}||{company}||||||||||PA-778812^20260101\r")
    assert source.chart.payer is not None
    assert source.chart.payer.profile == profile
    assert source.chart.payer.name == company
    assert source.chart.prior_authorization == "PA-778812"


def test_dg1_codes_become_diagnosis_facts() -> None:
    source = read_hl7v2(
        NOTE
        + "DG1|1||E88.01^Alpha-1-antitrypsin deficiency^I10||20260304|F\r"
        + "DG1|2||J43.9^Emphysema, unspecified^I10||20260304|F\r"
    )
    assert [f.kind for f in facts_of(source, "aatd_diagnosis")] == ["aatd_diagnosis"]
    assert [f.value for f in facts_of(source, "lung_disease")] == ["emphysema"]


def test_pid_names_are_never_copied() -> None:
    text = message("ADT^A08", control="").replace(
        "PID|1||MRN-1^^^H^MR", "PID|1||MRN-1^^^H^MR||Everyman^Adam^A||19600101|M"
    )
    text = text.replace(PV1, "PV1|1|O")
    source = read_hl7v2(text)
    assert source.chart.chart_id == "MRN-1"  # no PV1-19, no MSH-10: the PID id fallback
    dumped = source.chart.model_dump_json() + json.dumps(source.warnings)
    assert "Everyman" not in dumped and "Adam" not in dumped


# Malformed input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        ("   \r\n  ", "empty"),
        ('{"chart_id": "x"}', "not an HL7 v2 message"),
        ("Progress note: patient doing well.", "not an HL7 v2 message"),
        ("PID|1||X\rOBX|1|TX|||hi", "message 1, segment 1 (PID): expected MSH"),
        ("MSH", "message 1, segment 1 (MSH), field 1"),
        ("MSH|^~|A|B", "message 1, segment 1 (MSH), field 2"),
        ("MSHA^~\\&|A", "field 1"),
        ("MSH|^~\\&|A|B|C|D|20260304||||", "message 1, segment 1 (MSH), field 9"),
        (NOTE + "obx|1|TX|||lower case", "message 1, segment 7: the segment name"),
        (NOTE + "continued text without a segment name", "message 1, segment 7: the segment name"),
        (NOTE + NOTE + "OB|1", "message 2, segment 7"),
        (message("ORU^R01", "OBR|1||L|X|||2026133"), "message 1, segment 4 (OBR), field 7"),
        (
            message("ORU^R01", "OBR|1||L|X|||20260304", "OBX|1|NM|1825-9^AAT^LN||28|mg/dL|||||F|||20261345"),
            "message 1, segment 5 (OBX), field 14",
        ),
        (message("RAS^O17", "RXA|0|1|20260304||GLASSIA^Glassia^L|lots|mg"), "segment 4 (RXA), field 6"),
        (message("DFT^P03", "FT1|1|||20260304||CG||||2"), "segment 4 (FT1), field 7"),
        (message("DFT^P03", "FT1|1|||20260304||CG|J0256|||four"), "segment 4 (FT1), field 10"),
        (message("MDM^T02", "TXA|1|PR|TX|2026-03-04"), "segment 4 (TXA), field 4"),
    ],
)
def test_malformed_input_names_segment_and_field(text: str, expected: str) -> None:
    with pytest.raises(InputError) as info:
        read_hl7v2(text, "bad.hl7")
    assert expected in str(info.value)
    assert str(info.value).startswith("bad.hl7: ")


def test_random_noise_is_refused_or_read() -> None:
    rng = random.Random(7)
    base = LAB + RAS
    for _ in range(300):
        chars = list(base)
        for _ in range(rng.randrange(1, 8)):
            chars.insert(rng.randrange(len(chars)), chr(rng.randrange(0, 0x250)))
        with contextlib.suppress(InputError):
            assert isinstance(read_hl7v2("".join(chars)), ChartSource)


def test_bytes_and_wrong_types_are_input_errors() -> None:
    assert read_hl7v2(NOTE.encode("utf-8")).chart.chart_id == "ENC-77"  # type: ignore[arg-type]
    with pytest.raises(InputError, match="UTF-8"):
        read_hl7v2(b"MSH|^~\\&|\xff\xfe")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        read_hl7v2(None)  # type: ignore[arg-type]


def test_unpaired_surrogates_and_absurd_numbers_are_refused() -> None:
    with pytest.raises(InputError, match="surrogate"):
        read_hl7v2(NOTE.replace("PI*ZZ", "PI*\ud800"))
    huge = message("DFT^P03", seg("FT1", {1: "1", 6: "CG", 7: "J0256", 10: "9" * 400}))
    with pytest.raises(InputError, match="field 10"):
        read_hl7v2(huge)


# Issue 12: feeds as hospitals send them (HL7 v2.5.1) ------------------------------------------------

DFT_MSH = "MSH|^~\\&|PAS|HOSP|EHR|HOSP|{stamp}||DFT^P03^DFT_P03|{control}|P|2.5.1"


def visit(number: str, admit: str) -> str:
    return seg("PV1", {1: "1", 2: "O", 19: number, 44: admit})


def live(*messages: list[str]) -> str:
    return "".join("\r".join(m) + "\r" for m in messages)


def ft1(n: int, fields: dict[int, str]) -> str:
    return seg("FT1", {1: str(n), 6: "CG", **fields})


def test_ft1_25_hcpcs_wins_over_a_chargemaster_ft1_7() -> None:
    """FT1-7 is the chargemaster item (CE coded 99CDM), FT1-25 the procedure code coded HCPCS / C4 (table
    0396): the claim line is the HCPCS code, whichever field comes first in the segment."""
    text = (
        NOTE
        + "\r".join(
            [
                DFT_MSH.format(stamp="202603041300", control="DFT-1"),
                PV1,
                ft1(
                    1,
                    {
                        4: "20260304",
                        7: "25010256^A1PI 10MG^99CDM",
                        10: "490",
                        25: "J0256^A1PI NOS 10 mg^HCPCS",
                    },
                ),
                ft1(2, {4: "20260304", 7: "25010257^A1PI WASTE^99CDM", 10: "10", 25: "J0256^^HPC", 26: "JW"}),
                ft1(
                    3, {4: "20260304", 7: "30096365^IV INF 1ST HR^99CDM", 10: "1", 25: "96365^IV infusion^C4"}
                ),
            ]
        )
        + "\r"
    )
    lines = read_hl7v2(text).chart.claim_lines
    assert [(c.hcpcs, c.units, c.modifiers) for c in lines] == [
        ("J0256", 490, []),
        ("J0256", 10, ["JW"]),
        ("96365", 1, []),
    ]


def test_ft1_7_coded_hcpcs_in_its_alternate_triplet_is_read() -> None:
    text = NOTE + DFT_MSH.format(stamp="202603041300", control="DFT-1") + "\r" + PV1 + "\r"
    text += ft1(1, {4: "20260304", 7: "25010256^A1PI 10MG^99CDM^J0256^A1PI NOS^HCPCS", 10: "490"}) + "\r"
    assert [(c.hcpcs, c.units) for c in read_hl7v2(text).chart.claim_lines] == [("J0256", 490)]


def test_local_charge_code_goes_through_the_site_chargemaster(tmp_path: Path) -> None:
    """A site that sends only its chargemaster code: the map is data (patterns/ehr/billing.yaml); without
    a row the charge is reported and not read as a claim line (never a local code as a HCPCS)."""
    import shutil

    import yaml

    from nlp_checker.rules import load_bundle
    from tests.conftest import ROOT

    text = NOTE + DFT_MSH.format(stamp="202603041300", control="DFT-1") + "\r" + PV1 + "\r"
    text += ft1(1, {4: "20260304", 7: "25010256^A1PI 10MG^99CDM", 10: "49"}) + "\r"
    shipped = read_hl7v2(text)
    assert shipped.chart.claim_lines is None
    assert any("chargemaster" in w and "FT1[1]" in w for w in shipped.warnings)
    site = Path(shutil.copytree(ROOT / "patterns", tmp_path / "site"))
    billing = site / "ehr" / "billing.yaml"
    data = yaml.safe_load(billing.read_text(encoding="utf-8"))
    data["chargemaster"] = [
        {
            "code": "25010256",
            "system": "99CDM",
            "hcpcs": "J0256",
            "units_per_quantity": 10,
            "source": "test CDM",
        }
    ]
    billing.write_text(yaml.safe_dump(data), encoding="utf-8")
    lines = read_hl7v2(text, rules=load_bundle(site)).chart.claim_lines
    assert [(c.hcpcs, c.units) for c in lines] == [("J0256", 490)]


LIVE_NOTE = [
    "TXA|1|PR^Progress note^HL70270|TX|{date}||{date}||||||{doc}|||||AU",
    "OBX|1|TX|^Text^L|1|Alpha-1 antitrypsin deficiency, PI*ZZ, on weekly Prolastin-C.||||||F",
]


def _live_feed(with_charge_date: bool = True, with_dft: bool = True) -> str:
    """Older lab and note with their own PV1 first, then the infusion (expired lot) and the DFT."""
    msh = "MSH|^~\\&|EHR|HOSP|CHK|HOSP|{stamp}||{kind}|{control}|P|2.5.1"
    lab = [
        msh.format(stamp="202511021200", kind="ORU^R01^ORU_R01", control="LAB-1"),
        "PID|1||MRN-1^^^H^MR",
        visit("V-OLD-1", "20251102"),
        "OBR|1||L-1|AATQ^Alpha-1 antitrypsin^L|||20251102",
        "OBX|1|NM|1825-9^Alpha-1-antitrypsin^LN||28|mg/dL|100-190|L|||F|||20251102",
    ]
    note = [
        msh.format(stamp="202601061200", kind="MDM^T02^MDM_T02", control="DOC-1"),
        "PID|1||MRN-1^^^H^MR",
        visit("V-OLD-2", "20260106"),
        *(line.format(date="20260106", doc="note-1") for line in LIVE_NOTE),
    ]
    infusion = [
        msh.format(stamp="202603041030", kind="RAS^O17^RAS_O17", control="RAS-1"),
        "PID|1||MRN-1^^^H^MR",
        visit("V-TODAY", "20260304"),
        "ORC|RE||inf-1",
        "RXA|0|1|202603040930|202603041002|PROLASTINC^Prolastin-C^L|4900|mg^mg^UCUM||||||||P3K1042|20260228||||CP|A",
    ]
    dft = [
        msh.format(stamp="202603041300", kind="DFT^P03^DFT_P03", control="DFT-1"),
        "PID|1||MRN-1^^^H^MR",
        visit("V-TODAY", "20260301"),  # a recurring account: admitted on the 1st, this charge on the 4th
        ft1(1, {4: "20260304" if with_charge_date else "", 7: "J0256^^HCPCS", 10: "490", 26: "JZ"}),
        "IN1|1|MCB^Medicare Part B^L||Medicare||||||||||||MB",
    ]
    return live(lab, note, infusion, *([dft] if with_dft else []))


def test_live_feed_date_of_service_is_the_charge_date_and_the_report_names_it(checker: Checker) -> None:
    source = read_hl7v2(_live_feed())
    assert source.chart.service_date.isoformat() == "2026-03-04"
    assert source.chart.chart_id == "V-TODAY"
    assert any(w.startswith("Date of service 2026-03-04 from FT1-4") for w in source.warnings)
    report = checker.check(source)
    assert any("FT1-4" in n for n in report.notes)
    # The lot expired before the date of service: a conflict the first PV1 (2025-11-02) used to hide.
    assert report.statuses["expiration_date"] == "conflict"


def test_live_feed_without_ft1_4_uses_the_charge_visit_then_the_latest_pv1_44() -> None:
    source = read_hl7v2(_live_feed(with_charge_date=False))
    assert source.chart.service_date.isoformat() == "2026-03-01"
    assert any("PV1-44 of the charge's visit" in w for w in source.warnings)
    source = read_hl7v2(_live_feed(with_dft=False))
    assert source.chart.service_date.isoformat() == "2026-03-04"
    assert any("the latest PV1-44" in w for w in source.warnings)


@pytest.mark.parametrize(
    ("plan_type", "plan", "company", "profile"),
    [
        ("16", "HUMGOLD^Humana Gold Plus^L", "Humana", "medicare"),  # X12 16 HMO Medicare Risk
        ("MB", "PLN9^Senior Plan^L", "Acme Benefits Administrators", "medicare"),
        ("MC", "SUNF^Sunflower Health Plan^L", "Sunflower Health Plan", "medicaid"),  # Medicaid MCO
        ("CI", "GOLD^Gold 1000^L", "Acme Insurance Company", "commercial"),
        ("BL", "PPO^Choice^L", "Regional Health Mutual", "commercial"),
    ],
)
def test_in1_15_plan_type_code_decides_before_the_names(
    plan_type: str, plan: str, company: str, profile: str, checker: Checker
) -> None:
    source = read_hl7v2(NOTE + f"IN1|1|{plan}||{company}|||||||||||{plan_type}\r")
    assert source.chart.profile_name == profile
    assert not any("not recognised" in w for w in source.warnings)
    if profile == "medicare":  # a Medicare Advantage plan: prior authorization is not applicable
        assert checker.check(source).statuses["prior_authorization"] == "not_applicable"


def test_unknown_payer_keeps_the_default_profile_with_a_note() -> None:
    source = read_hl7v2(NOTE + "IN1|1|SUNF^Sunflower Health Plan^L||Sunflower Health Plan\r")
    assert source.chart.profile_name == "medicare"  # never silently commercial
    (note,) = [w for w in source.warnings if "not recognised" in w]
    assert "Sunflower Health Plan" in note and "medicare" in note


PARAGRAPH = (
    "Family history: his brother has PI*ZZ alpha-1 antitrypsin deficiency and his brother's serum AAT "
    "level was 25 mg/dL at diagnosis. The patient's own level is 140 mg/dL with an MM phenotype. Chest CT "
    "today shows clear lungs and there is no evidence of COPD or emphysema on spirometry either. He is not "
    "responding to bronchodilators and reports no change."
)
# As an interface engine sends it: the paragraph hard-wrapped at 80 columns, then a blank line, a heading,
# a list.
WRAPPED = [
    *textwrap.wrap(PARAGRAPH, 80),
    "",
    "Plan:",
    "- repeat spirometry in 6 months",
    "- Lot: none given",
]


def test_tx_text_wrapped_at_80_columns_is_joined_before_the_nlp(checker: Checker) -> None:
    """One OBX per 80-column line: the paragraph is joined (the brother's level stays his, "no evidence of
    / COPD" stays negated); the blank line, heading and list keep their lines."""
    obx = [f"OBX|{i}|TX|^Text^L|1|{escape(line)}||||||F" for i, line in enumerate(WRAPPED, start=1)]
    text = message("MDM^T02", "TXA|1|PR^Progress note^HL70270|TX|20260304||20260304||||||wrap-1", *obx)
    (doc,) = read_hl7v2(text).chart.documents
    lines = doc.text.split("\n")
    assert len(WRAPPED) > 8 and lines[0] == PARAGRAPH
    assert lines[1:] == ["", "Plan:", "- repeat spirometry in 6 months", "- Lot: none given"]
    report = checker.check(read_hl7v2(text))
    assert report.statuses["lung_disease_evidence"] == "missing"
    assert report.statuses["serum_aat_level"] != "met"
    # Evidence offsets refer to the joined text, which is the document.
    for finding in report.findings:
        if finding.document_id == "wrap-1":
            assert doc.text[finding.start : finding.end] == finding.text


def test_join_wrapped_lines_keeps_structure_and_unwrapped_text() -> None:
    from nlp_checker.ingest.wrapping import join_wrapped_lines

    assert join_wrapped_lines("\n".join(textwrap.wrap(PARAGRAPH, 80))) == PARAGRAPH
    assert join_wrapped_lines("\n".join(textwrap.wrap(PARAGRAPH, 64))) == PARAGRAPH
    table = "Test Name             Result  Units\nAlpha-1 antitrypsin     28    mg/dL"
    assert join_wrapped_lines(table) == table
    long_lines = "A" * 300 + " and\nthe rest"
    assert join_wrapped_lines(long_lines) == long_lines  # not hard-wrapped: untouched
    flowsheet = "Vials ......................... 1,000 mg x 5 and the rest of the line is long\nLot .... P3K"
    assert join_wrapped_lines(flowsheet) == flowsheet


@pytest.mark.parametrize(
    ("txa_2", "obx_3", "expected"),
    [
        ("29549-3^Medication administered Narrative^LN", "^Text^L", "infusion_record"),  # LOINC in TXA-2
        ("ZZ^Clinic document^L", "11506-3^Progress note^LN", "progress_note"),  # LOINC in the OBX-3
        ("11502-2^Laboratory report^LN", "^Text^L", "lab_report"),
        ("PR", "^Text^L", "progress_note"),  # table 0270 Progress note
        ("OP", "^Text^L", "other"),  # table 0270 Operative report
        ("INFNSG^Nursing flowsheet^L", "^Text^L", "other"),  # a local code not in the table: other + note
    ],
)
def test_document_type_loinc_first_then_the_txa_2_table(txa_2: str, obx_3: str, expected: str) -> None:
    text = message(
        "MDM^T02",
        f"TXA|1|{txa_2}|TX|20260304||20260304||||||doc-1",
        f"OBX|1|TX|{obx_3}|1|Tolerated the infusion well.||||||F",
    )
    source = read_hl7v2(text)
    assert source.chart.documents[0].type == expected
    assert any("TXA-2" in w for w in source.warnings) == txa_2.startswith("INFNSG")


def test_site_txa_2_table_types_a_local_code(tmp_path: Path) -> None:
    import shutil

    import yaml

    from nlp_checker.rules import load_bundle
    from tests.conftest import ROOT

    site = Path(shutil.copytree(ROOT / "patterns", tmp_path / "site"))
    path = site / "ehr" / "document_types.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["txa_2"]["INFNSG"] = "infusion_record"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    text = message("MDM^T02", "TXA|1|INFNSG|TX|20260304||||||||doc-1", "OBX|1|TX|||Start 09:30||||||F")
    assert read_hl7v2(text, rules=load_bundle(site)).chart.documents[0].type == "infusion_record"


def test_message_without_a_usable_segment_says_so_like_the_fhir_reader() -> None:
    from nlp_checker.sources import NO_TEXT_DOCUMENT

    adt = "\r".join(
        [
            "MSH|^~\\&|ADT|HOSP|EHR|HOSP|202603040800||ADT^A01^ADT_A01|ADT-1|P|2.5.1",
            "EVN|A01|202603040800",
            "PID|1||MRN-1^^^H^MR",
            PV1,
        ]
    )
    source = read_hl7v2(adt)
    assert [d.id for d in source.chart.documents] == [PLACEHOLDER_ID]
    assert NO_TEXT_DOCUMENT in source.warnings


if __name__ == "__main__":  # python -m tests.ingest.test_hl7v2: rewrite corpus_samples/hl7v2/*.hl7
    for name, data in build_samples(Checker()).items():
        (CORPUS / "hl7v2" / f"{name}.hl7").write_bytes(data)
        print(f"wrote corpus_samples/hl7v2/{name}.hl7")
