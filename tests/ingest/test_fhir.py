"""FHIR R4 reader: sample-corpus equivalence, outside example files, and the resource mappings one by one."""

from __future__ import annotations

import base64
import html
import json
import socket
import textwrap
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.operationoutcome import OperationOutcome

from nlp_checker import Checker
from nlp_checker.errors import InputError
from nlp_checker.ingest.fhir import (
    PLACEHOLDER_ID,
    fhir_outcome,
    html_to_text,
    looks_like_fhir,
    read_fhir,
    report_to_fhir,
)
from tests.conftest import CORPUS, SHARED

FHIR_SAMPLES = sorted((CORPUS / "fhir").glob("aatd-*.json"))
NEEDS_EXTERNAL = pytest.mark.skipif(
    not (SHARED / "external").exists(), reason="shared/external is not beside the checkout"
)
EXTERNAL = sorted((SHARED / "external" / "fhir-r4-examples").glob("*.json")) + sorted(
    (SHARED / "external" / "synthea").glob("*.json")
)
LOINC = "http://loinc.org"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def bundle(*resources: dict[str, Any], bundle_id: str = "test-bundle", kind: str = "collection") -> dict:
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "type": kind,
        "entry": [{"resource": r} for r in resources],
    }


def note(
    rid: str, text: str, content_type: str = "text/plain", date: str = "2026-03-04", kind: dict | None = None
) -> dict:
    return {
        "resourceType": "DocumentReference",
        "id": rid,
        "status": "current",
        "type": kind or {"coding": [{"system": LOINC, "code": "11506-3", "display": "Progress note"}]},
        "date": f"{date}T10:00:00-05:00",
        "content": [{"attachment": {"contentType": content_type, "data": _b64(text)}}],
    }


def observation(rid: str, code: str, date: str = "2026-03-04", **value: Any) -> dict:
    return {
        "resourceType": "Observation",
        "id": rid,
        "status": "final",
        "code": {"coding": [{"system": LOINC, "code": code}]},
        "effectiveDateTime": date,
        **value,
    }


def quantity(value: float, unit: str, code: str | None = None) -> dict:
    return {
        "valueQuantity": {
            "value": value,
            "unit": unit,
            "system": "http://unitsofmeasure.org",
            "code": code or unit,
        }
    }


def facts_of(source: Any, kind: str) -> list[Any]:
    return [f for f in source.facts if f.kind == kind]


# 1. Sample corpus: the same chart as chart JSON and as a FHIR Bundle gets the same statuses ---------------


def test_sample_bundles_cover_the_brief() -> None:
    assert len(FHIR_SAMPLES) >= 8
    profiles, types, content_types, codes = set(), set(), set(), set()
    weights = 0
    for path in FHIR_SAMPLES:
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data["entry"]:
            resource = entry["resource"]
            types.add(resource["resourceType"])
            for content in resource.get("content", []):
                content_types.add(content["attachment"]["contentType"].split(";")[0])
            if resource["resourceType"] == "Claim":
                codes.update(i["productOrService"]["coding"][0]["code"] for i in resource["item"])
            if (
                resource["resourceType"] == "Observation"
                and resource["code"]["coding"][0]["code"] == "29463-7"
            ):
                weights += 1
        profiles.add(read_fhir(data).chart.profile_name)
    assert profiles == {"medicare", "medicaid", "commercial"}
    assert {
        "DocumentReference",
        "DiagnosticReport",
        "Observation",
        "Claim",
        "Coverage",
        "ClaimResponse",
    } <= types
    texts = json.dumps([json.loads(p.read_text(encoding="utf-8")) for p in FHIR_SAMPLES])
    assert "clinical-note" in texts and "29549-3" in texts and "https://nahdo.org/sopt" in texts
    assert {"text/plain", "text/html"} <= content_types
    assert {"J0256", "J0257", "J2252"} <= codes
    assert weights >= 1


def test_sample_bundles_are_what_the_builder_writes() -> None:
    assert sorted(SAMPLES) == [p.stem for p in FHIR_SAMPLES]
    for path in FHIR_SAMPLES:
        chart = json.loads((CORPUS / "charts" / path.name).read_text(encoding="utf-8"))
        assert build(chart, SAMPLES[path.stem]) == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", FHIR_SAMPLES, ids=[p.stem for p in FHIR_SAMPLES])
def test_bundle_gives_the_same_statuses_as_its_chart(checker: Checker, path: Path) -> None:
    chart = json.loads((CORPUS / "charts" / path.name).read_text(encoding="utf-8"))
    source = read_fhir(json.loads(path.read_text(encoding="utf-8")), str(path))
    from_chart, from_fhir = checker.check(chart), checker.check(source)
    assert from_fhir.chart_id == chart["chart_id"]
    assert from_fhir.profile == from_chart.profile
    assert from_fhir.date_of_service == from_chart.date_of_service
    assert from_fhir.statuses == from_chart.statuses
    assert [d.type for d in source.chart.documents] == [d["type"] for d in chart["documents"]]
    assert [d.text.rstrip("\n") for d in source.chart.documents] == [
        d["text"].rstrip("\n") for d in chart["documents"]
    ]
    assert facts_of(source, "serum_aat") or chart["chart_id"] == "aatd-043"
    assert not from_fhir.discrepancies, [d.message for d in from_fhir.discrepancies]


# 2. Outside files: read and checked, or refused with an InputError; never another exception --------------


@pytest.mark.parametrize("path", EXTERNAL, ids=[p.name for p in EXTERNAL])
def test_external_file_is_read_or_refused(checker: Checker, path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert looks_like_fhir(data)
    try:
        source = read_fhir(data, str(path))
    except InputError as exc:
        assert str(exc).startswith(str(path))
        assert fhir_outcome(exc)["issue"][0]["severity"] == "error"
        return
    report = checker.check(source)
    assert len(report.requirements) >= 15
    Bundle.model_validate(report_to_fhir(report))


@NEEDS_EXTERNAL
def test_external_files_mostly_read() -> None:
    read = refused = 0
    for path in EXTERNAL:
        try:
            read_fhir(json.loads(path.read_text(encoding="utf-8")), str(path))
            read += 1
        except InputError as exc:
            assert "is not read; expected a Bundle or one of" in str(exc), str(exc)
            refused += 1
    assert read >= 120 and read + refused == len(EXTERNAL)


@NEEDS_EXTERNAL
def test_external_documents_and_facts() -> None:
    folder = SHARED / "external" / "fhir-r4-examples"
    xds = read_fhir(json.loads((folder / "Bundle-xds.json").read_text(encoding="utf-8")))
    # The attachment's URL names a Binary of the same Bundle: read locally.
    assert xds.chart.documents[0].text == "asdasdasdasdasd"
    assert xds.chart.documents[0].type == "progress_note"
    weight = read_fhir(json.loads((folder / "Observation-example.json").read_text(encoding="utf-8")))
    (fact,) = facts_of(weight, "weight")
    assert (fact.value, fact.unit, fact.value_kg) == (185, "lb", 83.9)
    assert weight.chart.documents[0].id == PLACEHOLDER_ID
    vancomycin = read_fhir(
        json.loads((folder / "MedicationAdministration-medadmin0301.json").read_text(encoding="utf-8"))
    )
    assert not vancomycin.facts
    assert any("not an alpha-1 proteinase inhibitor" in w for w in vancomycin.warnings)


# 3. Units ---------------------------------------------------------------------------------------------------


def test_html_is_stripped_to_text() -> None:
    markup = (
        "<html><head><title>x</title><style>p{color:red}</style></head><body>"
        "<script>var weight = '99 kg';</script><h1>Progress&nbsp;note</h1>"
        "<p>Weight: 82 kg &amp; stable</p><div>PI*ZZ<br/>AAT   28 mg/dL</div>"
        "<table><tr><th>Test</th><th>Result</th></tr><tr><td>AAT</td><td>28 mg/dL</td></tr></table>"
        "<ul><li>one</li><li>two</li></ul><pre>Lot   P3K0875\n  Exp 05/2027</pre></body></html>"
    )
    text = html_to_text(markup)
    assert "99 kg" not in text and "color" not in text
    assert text.split("\n") == [
        "Progress note",  # &nbsp; is white space
        "",
        "Weight: 82 kg & stable",
        "",
        "PI*ZZ",
        "AAT 28 mg/dL",
        "",
        "Test  Result",
        "AAT  28 mg/dL",
        "",
        "one",
        "two",
        "",
        "Lot   P3K0875",
        "  Exp 05/2027",
    ]


def test_base64_text_and_html_attachments() -> None:
    source = read_fhir(
        bundle(
            note("n1", "Weight: 82 kg.\r\nAATD on augmentation."),
            note("n2", "<p>Zemaira 4,800 mg</p><script>x</script>", content_type="text/html; charset=utf-8"),
        )
    )
    texts = [d.text for d in source.chart.documents]
    assert texts == ["Weight: 82 kg.\nAATD on augmentation.", "Zemaira 4,800 mg"]
    assert [d.id for d in source.chart.documents] == ["DocumentReference/n1", "DocumentReference/n2"]
    assert source.chart.documents[0].date.isoformat() == "2026-03-04"


def test_invalid_base64_names_the_element() -> None:
    data = bundle(note("n1", "x"))
    data["entry"][0]["resource"]["content"][0]["attachment"]["data"] = "!!not base64!"
    with pytest.raises(InputError) as caught:
        read_fhir(data, "chart.json")
    assert str(caught.value).startswith("chart.json: Bundle.entry[0].resource.content[0].attachment.data: ")
    assert "base64" in str(caught.value).lower()


def test_undecodable_text_names_the_element() -> None:
    data = bundle(note("n1", "x"))
    data["entry"][0]["resource"]["content"][0]["attachment"]["data"] = base64.b64encode(
        b"\xff\xfe\x00a"
    ).decode()
    with pytest.raises(InputError, match=r"DocumentReference\.content\[0\]\.attachment\.data: not valid"):
        read_fhir(data)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        pytest.fail("the FHIR reader tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


@pytest.mark.usefixtures("no_network")
def test_url_only_attachment_is_reported_and_never_fetched(checker: Checker) -> None:
    url_only = note("n1", "")
    url_only["content"][0]["attachment"] = {
        "contentType": "text/plain",
        "url": "https://ehr.example.org/Binary/77",
    }
    pdf = note("n2", "%PDF-1.4", content_type="application/pdf")
    source = read_fhir(bundle(url_only, pdf, observation("w", "29463-7", **quantity(82, "kg"))))
    assert [d.id for d in source.chart.documents] == [PLACEHOLDER_ID]
    assert any("https://ehr.example.org/Binary/77" in w and "not retrieved" in w for w in source.warnings)
    assert any("application/pdf" in w for w in source.warnings)
    report = checker.check(source)
    assert report.requirement("patient_weight").status == "met"
    assert any("not retrieved" in n for n in report.notes)


def test_observation_loinc_codes_map_to_facts() -> None:
    source = read_fhir(
        bundle(
            observation(
                "aat1", "1825-9", date="2025-11-02", method={"text": "Nephelometry"}, **quantity(28, "mg/dL")
            ),
            observation("aat2", "6771-0", **quantity(5.4, "umol/L")),
            observation("aat3", "1825-9", **quantity(0.45, "g/L")),
            observation("pheno1", "32769-2", valueString="PI*ZZ"),
            observation("pheno2", "32769-2", valueCodeableConcept={"text": "SZ"}),
            observation("wt1", "29463-7", **quantity(82, "kg")),
            observation("wt2", "3141-9", **quantity(180, "lb", "[lb_av]")),
            observation("fev", "20152-5", **quantity(48, "%")),
            observation("fev-vol", "20150-9", **quantity(1.9, "L")),
            observation("ratio", "19926-5", **quantity(52, "%")),
            observation("glucose", "2345-7", **quantity(99, "mg/dL")),
        )
    )
    levels = facts_of(source, "serum_aat")
    assert [(f.value, f.unit, f.resource) for f in levels] == [
        (28, "mg/dL", "Observation/aat1"),
        (5.4, "uM", "Observation/aat2"),
        (0.45, "g/L", "Observation/aat3"),
    ]
    first = levels[0]
    assert (first.path, first.date.isoformat(), first.method) == (
        "Observation.valueQuantity",
        "2025-11-02",
        "nephelometry",
    )
    assert first.document_id == "Observation/aat1" and first.section == "structured"
    genotypes = facts_of(source, "genotype")
    assert [(f.alleles, f.path) for f in genotypes] == [
        (["Z", "Z"], "Observation.valueString"),
        (["S", "Z"], "Observation.valueCodeableConcept.text"),
    ]
    weights = facts_of(source, "weight")
    assert [(f.value, f.unit, f.value_kg) for f in weights] == [(82, "kg", 82.0), (180, "lb", 81.6)]
    assert [(f.value, f.resource) for f in facts_of(source, "fev1")] == [(48, "Observation/fev")]


def test_observation_components_and_display_fallback() -> None:
    panel = observation("spiro", "81459-0")
    panel["component"] = [
        {"code": {"text": "FEV1 % predicted"}, **quantity(55, "%")},
        {"code": {"text": "FEV1/FVC"}, **quantity(60, "%")},
    ]
    source = read_fhir(bundle(panel))
    (fev1,) = facts_of(source, "fev1")
    assert (fev1.value, fev1.path) == (55, "Observation.component[0].valueQuantity")


def test_medication_batch_gives_product_lot_and_expiry() -> None:
    medication = {
        "resourceType": "Medication",
        "id": "med1",
        "code": {"text": "Prolastin-C Liquid 1 g/20 mL"},
        "batch": {"lotNumber": "P3K0875", "expirationDate": "2027-05-31"},
    }
    other = {
        "resourceType": "Medication",
        "id": "med2",
        "code": {"text": "Vancomycin 1 g"},
        "batch": {"lotNumber": "V123", "expirationDate": "2025-01"},
    }
    source = read_fhir(bundle(medication, other))
    assert [(f.kind, f.value, f.path) for f in source.facts] == [
        ("drug_product", "Prolastin-C Liquid", "Medication.code"),
        ("lot_number", "P3K0875", "Medication.batch.lotNumber"),
        ("expiration_date", "2027-05-31", "Medication.batch.expirationDate"),
    ]
    assert all(f.resource == "Medication/med1" for f in source.facts)
    assert any("Medication/med2" in w and "batch was not used" in w for w in source.warnings)


def test_medication_administration_dose_and_period(checker: Checker) -> None:
    administration = {
        "resourceType": "MedicationAdministration",
        "id": "ma1",
        "status": "completed",
        "contained": [
            {
                "resourceType": "Medication",
                "id": "z",
                "code": {
                    "coding": [{"system": "http://hl7.org/fhir/sid/ndc", "display": "Zemaira 1000 mg vial"}]
                },
                "batch": {"lotNumber": "ZM-4471", "expirationDate": "2027-05"},
            }
        ],
        "medicationReference": {"reference": "#z"},
        "subject": {"reference": "Patient/p"},
        "effectivePeriod": {"start": "2026-03-04T09:15:00-05:00", "end": "2026-03-04T09:47:00-05:00"},
        "dosage": {"dose": {"value": 4.8, "unit": "g", "system": "http://unitsofmeasure.org", "code": "g"}},
    }
    source = read_fhir(bundle(administration))
    shown = {f.kind: (f.value, f.path) for f in source.facts}
    assert shown == {
        "drug_product": ("Zemaira", "MedicationAdministration.contained[0].code"),
        "lot_number": ("ZM-4471", "MedicationAdministration.contained[0].batch.lotNumber"),
        "expiration_date": ("2027-05", "MedicationAdministration.contained[0].batch.expirationDate"),
        "dose": (4800, "MedicationAdministration.dosage.dose"),
        "infusion_start": ("09:15", "MedicationAdministration.effectivePeriod.start"),
        "infusion_end": ("09:47", "MedicationAdministration.effectivePeriod.end"),
    }
    assert source.chart.date_of_service.isoformat() == "2026-03-04"
    report = checker.check(source)
    for requirement in ("dose_administered", "lot_number", "expiration_date", "infusion_times"):
        assert report.requirement(requirement).status == "met", requirement


def test_medication_administration_by_concept_reference_and_other_drugs() -> None:
    by_concept = {
        "resourceType": "MedicationAdministration",
        "id": "ma-glassia",
        "status": "completed",
        "medicationCodeableConcept": {"text": "Glassia 1 g/50 mL"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-03-04",
        "dosage": {"dose": {"value": 4200, "unit": "mg"}},
    }
    referenced = {
        "resourceType": "MedicationAdministration",
        "id": "ma-ref",
        "status": "completed",
        "medicationReference": {"reference": "Medication/aralast"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-03-05",
        "dosage": {"dose": {"value": 60, "unit": "mg/kg", "code": "mg/kg"}},
    }
    medication = {"resourceType": "Medication", "id": "aralast", "code": {"text": "aralast np"}}
    ivig = {
        "resourceType": "MedicationAdministration",
        "id": "ma-ivig",
        "status": "completed",
        "medicationCodeableConcept": {"text": "Gamunex-C (immune globulin) 10%"},
        "subject": {"reference": "Patient/p"},
        "effectivePeriod": {"start": "2026-03-04T08:00:00Z", "end": "2026-03-04T11:00:00Z"},
        "dosage": {"dose": {"value": 35, "unit": "g"}},
    }
    source = read_fhir(bundle(by_concept, referenced, medication, ivig))
    assert [(f.kind, f.value, f.resource) for f in source.facts] == [
        ("drug_product", "Glassia", "MedicationAdministration/ma-glassia"),
        ("dose", 4200, "MedicationAdministration/ma-glassia"),
        ("drug_product", "Aralast NP", "Medication/aralast"),
    ]
    assert any("ma-ref" in w and "mg/kg" in w for w in source.warnings)
    assert any("ma-ivig" in w and "not an alpha-1" in w for w in source.warnings)


def claim(**extra: Any) -> dict:
    hcpcs = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
    return {
        "resourceType": "Claim",
        "id": "c1",
        "identifier": [{"system": "urn:example:claims", "value": "enc-2026-000123"}],
        "status": "active",
        "type": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]
        },
        "use": "claim",
        "patient": {"reference": "Patient/p"},
        "created": "2026-03-06",
        "provider": {"display": "Infusion center"},
        "priority": {"coding": [{"code": "normal"}]},
        "insurance": [
            {
                "sequence": 1,
                "focal": True,
                "coverage": {"display": "Medicare Part B"},
                "preAuthRef": ["PA-778812"],
            }
        ],
        "item": [
            {
                "sequence": 1,
                "productOrService": {"coding": [{"system": hcpcs, "code": "J0256"}]},
                "quantity": {"value": 490},
            },
            {
                "sequence": 2,
                "productOrService": {"coding": [{"system": "urn:local", "code": "j0256"}]},
                "modifier": [{"coding": [{"code": "JW"}]}],
                "quantity": {"value": 10},
                "servicedDate": "2026-03-04",
            },
            {
                "sequence": 3,
                "productOrService": {
                    "coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "96365"}]
                },
                "quantity": {"value": 1},
            },
            {
                "sequence": 4,
                "productOrService": {"coding": [{"system": "http://snomed.info/sct", "code": "185349003"}]},
            },
        ],
        **extra,
    }


def test_claim_gives_claim_lines_date_and_prior_authorization() -> None:
    source = read_fhir(bundle(claim(), note("n1", "AATD, PI*ZZ.")))
    chart = source.chart
    assert [(c.hcpcs, c.units, c.modifiers) for c in chart.claim_lines or []] == [
        ("J0256", 490, []),
        ("J0256", 10, ["JW"]),
        ("96365", 1, []),
    ]
    assert chart.chart_id == "enc-2026-000123"
    assert chart.prior_authorization == "PA-778812"
    assert chart.date_of_service.isoformat() == "2026-03-04"  # the item's servicedDate
    assert chart.profile_name == "medicare"  # from the insurance display, without a Coverage
    with_period = read_fhir(bundle(claim(billablePeriod={"start": "2026-03-03"})))
    assert with_period.chart.date_of_service.isoformat() == "2026-03-03"


@pytest.mark.parametrize(
    ("coverage", "profile", "name"),
    [
        ({"payor": [{"display": "Medicare Part B"}]}, "medicare", "Medicare Part B"),
        ({"payor": [{"reference": "Organization/o1"}]}, "medicaid", "State Medicaid Managed Care"),
        (
            {
                "payor": [{"display": "Aetna"}],
                "class": [{"type": {"text": "plan"}, "value": "1", "name": "Choice POS II"}],
            },
            "commercial",
            "Aetna",
        ),
        ({"payor": [{"display": "Plan"}], "type": {"text": "Medicaid"}}, "medicaid", "Plan"),
    ],
)
def test_coverage_gives_the_payer_profile(coverage: dict, profile: str, name: str) -> None:
    resource = {
        "resourceType": "Coverage",
        "id": "cov",
        "status": "active",
        "beneficiary": {"reference": "Patient/p"},
        **coverage,
    }
    organization = {"resourceType": "Organization", "id": "o1", "name": "State Medicaid Managed Care"}
    chart = read_fhir(bundle(resource, organization)).chart
    assert chart.payer is not None
    assert (chart.payer.profile, chart.payer.name) == (profile, name)


def test_structured_weight_disagreeing_with_the_note_is_a_discrepancy(checker: Checker) -> None:
    source = read_fhir(
        bundle(
            note("n1", "Vitals: Weight: 92 kg. BP 128/76."),
            observation("wt", "29463-7", **quantity(82, "kg")),
        )
    )
    report = checker.check(source)
    (discrepancy,) = [d for d in report.discrepancies if d.kind == "weight"]
    assert "Observation/wt" in discrepancy.message and "92" in discrepancy.message
    assert discrepancy.evidence[0].resource == "Observation/wt"
    assert discrepancy.evidence[0].path == "Observation.valueQuantity"
    assert discrepancy.evidence[1].document_id == "DocumentReference/n1"
    agreeing = checker.check(
        read_fhir(bundle(note("n1", "Weight: 82 kg."), observation("wt", "29463-7", **quantity(82, "kg"))))
    )
    assert not agreeing.discrepancies


@pytest.mark.parametrize(
    ("mutate", "expression"),
    [
        (
            lambda b: b["entry"][1]["resource"]["valueQuantity"].update(value="abc"),
            "Bundle.entry[1].resource.valueQuantity.value",
        ),
        (lambda b: b["entry"][1]["resource"].pop("status"), "Bundle.entry[1].resource.status"),
        (
            lambda b: b["entry"][1]["resource"].update(resourceType="Observashun"),
            "Bundle.entry[1].resource.resourceType",
        ),
        (lambda b: b["entry"][1]["resource"].update(bogus=1), "Bundle.entry[1].resource.bogus"),
        (lambda b: b["entry"].append("x"), "Bundle.entry[2]"),
        (lambda b: b.update(type="history"), "Bundle.type"),
        (lambda b: b.update(entry={"resource": {}}), "Bundle.entry"),
    ],
)
def test_invalid_bundle_names_the_failing_element(mutate: Any, expression: str) -> None:
    data = bundle(note("n1", "x"), observation("o1", "29463-7", **quantity(82, "kg")))
    mutate(data)
    with pytest.raises(InputError) as caught:
        read_fhir(data, "upload.json")
    assert str(caught.value).startswith(f"upload.json: {expression}: "), str(caught.value)
    assert "abc" not in caught.value.message  # input values are not echoed
    outcome = fhir_outcome(caught.value)
    OperationOutcome.model_validate(outcome)
    (issue,) = outcome["issue"]
    assert (issue["severity"], issue["code"], issue["expression"]) == ("error", "structure", [expression])


@pytest.mark.parametrize(
    "data", [[], "Bundle", {"id": "x"}, {"resourceType": 5}, {"resourceType": "Immunization"}]
)
def test_non_resources_are_input_errors(data: Any) -> None:
    with pytest.raises(InputError):
        read_fhir(data)


def test_fhir_outcome_of_a_plain_input_error() -> None:
    outcome = fhir_outcome(InputError("file is empty", "chart.json"))
    assert outcome["issue"] == [
        {"severity": "error", "code": "invalid", "diagnostics": "chart.json: file is empty"}
    ]


def test_report_to_fhir_validates(checker: Checker) -> None:
    source = read_fhir(json.loads((CORPUS / "fhir" / "aatd-008.json").read_text(encoding="utf-8")))
    report = checker.check(source)
    gaps = [r for r in report.requirements if r.status in ("missing", "conflict")]
    assert gaps
    rendered = report_to_fhir(report)
    model = Bundle.model_validate(rendered)
    assert model.type == "collection"
    issues = [e["resource"] for e in rendered["entry"] if e["resource"]["resourceType"] == "DetectedIssue"]
    assert [i["code"]["text"] for i in issues] == [r.id for r in gaps]
    for issue, gap in zip(issues, gaps, strict=True):
        assert issue["detail"] == gap.message
        if gap.remediation:
            assert issue["mitigation"][0]["action"]["text"] == gap.remediation
        if gap.evidence:
            assert len(issue["evidence"]) == len(gap.evidence)
    (summary,) = [
        e["resource"] for e in rendered["entry"] if e["resource"]["resourceType"] == "OperationOutcome"
    ]
    assert "gaps found" in summary["issue"][0]["diagnostics"]
    # Structured evidence is a resolvable reference.
    serum = checker.check(
        read_fhir(bundle(observation("aat", "1825-9", **quantity(90, "mg/dL")), note("n1", "AATD.")))
    )
    rendered = report_to_fhir(serum)
    (issue,) = [
        e["resource"]
        for e in rendered["entry"]
        if e["resource"].get("code", {}).get("text") == "serum_aat_level"
    ]
    assert issue["evidence"][0]["detail"][0]["reference"] == "Observation/aat"


def test_composition_sections_become_one_document() -> None:
    composition = {
        "resourceType": "Composition",
        "id": "comp1",
        "status": "final",
        "type": {"coding": [{"system": LOINC, "code": "11488-4", "display": "Consult note"}]},
        "date": "2026-03-04T11:00:00Z",
        "author": [{"display": "Pulmonology"}],
        "title": "Pulmonary consult",
        "section": [
            {
                "title": "Assessment",
                "text": {
                    "status": "generated",
                    "div": '<div xmlns="http://www.w3.org/1999/xhtml"><p>AATD, PI*ZZ.</p></div>',
                },
                "section": [
                    {
                        "title": "Lungs",
                        "text": {
                            "status": "generated",
                            "div": '<div xmlns="http://www.w3.org/1999/xhtml">Panlobular emphysema.</div>',
                        },
                    }
                ],
            }
        ],
    }
    (document,) = read_fhir(composition).chart.documents
    assert (document.id, document.type, document.date.isoformat()) == (
        "Composition/comp1",
        "progress_note",
        "2026-03-04",
    )
    assert document.text == "Pulmonary consult\n\nAssessment:\nAATD, PI*ZZ.\nLungs:\nPanlobular emphysema."


def test_document_types_and_diagnostic_report_text() -> None:
    report = {
        "resourceType": "DiagnosticReport",
        "id": "lab1",
        "status": "final",
        "code": {"text": "AAT panel"},
        "effectiveDateTime": "2025-11-02",
        "presentedForm": [{"contentType": "text/plain", "data": _b64("AAT 28 mg/dL (L)")}],
        "conclusion": "Severe deficiency.",
    }
    source = read_fhir(
        bundle(
            note("inf", "Start 09:15", kind={"text": "Infusion flowsheet"}),
            note("pa", "Approved", kind={"text": "Prior authorization letter"}),
            note("h", "HPI", kind={"coding": [{"system": LOINC, "code": "34117-2"}]}),
            report,
        )
    )
    assert [(d.id, d.type) for d in source.chart.documents] == [
        ("DocumentReference/inf", "infusion_record"),
        ("DocumentReference/pa", "other"),
        ("DocumentReference/h", "progress_note"),
        ("DiagnosticReport/lab1", "lab_report"),
    ]
    assert source.chart.documents[-1].text == "AAT 28 mg/dL (L)\n\nConclusion: Severe deficiency."
    assert source.chart.date_of_service.isoformat() == "2026-03-04"


def test_chart_id_fallbacks() -> None:
    assert read_fhir(bundle(note("n", "x"), bundle_id="b-77")).chart.chart_id == "b-77"
    unnamed = bundle(note("n", "x"))
    unnamed.pop("id")
    assert read_fhir(unnamed, "/data/upload-12.json").chart.chart_id == "upload-12"
    patient = {"resourceType": "Patient", "id": "p9", "name": [{"family": "Doe", "given": ["Jane"]}]}
    chart = read_fhir(bundle(patient, note("n", "x")) | {"id": None}).chart
    assert chart.chart_id == "patient-p9"
    assert "Doe" not in json.dumps(chart.model_dump(mode="json"))
    encounter = {
        "resourceType": "Encounter",
        "id": "e1",
        "status": "finished",
        "class": {"code": "AMB"},
        "identifier": [{"value": "enc-55"}],
    }
    assert read_fhir(bundle(encounter, note("n", "x"))).chart.chart_id == "enc-55"


def test_looks_like_fhir() -> None:
    assert looks_like_fhir({"resourceType": "Bundle"})
    assert not looks_like_fhir({"chart_id": "x", "documents": []})
    assert not looks_like_fhir(["resourceType"])


def test_ingest_reads_fhir_files(tmp_path: Path) -> None:
    from nlp_checker import ingest

    load = getattr(ingest, "load_chart_file", None)
    if load is None:
        pytest.skip("ingest does not read FHIR files yet")
    path = tmp_path / "aatd-001.json"
    path.write_text((CORPUS / "fhir" / "aatd-001.json").read_text(encoding="utf-8"), encoding="utf-8")
    source = load(path)
    assert source.chart.chart_id == "aatd-001"
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps(bundle(observation("o", "29463-7", **quantity("x", "kg")))), encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"Bundle\.entry\[0\]\.resource\.valueQuantity\.value"):
        load(broken)


# Issue 12: coded Coverage types, ClaimResponse, US Core document types, wrapped text, Encounter dates ----

SOPT = "https://nahdo.org/sopt"
ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"


def coverage(payor: str, *codings: tuple[str, str]) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Coverage",
        "id": "cov",
        "status": "active",
        "beneficiary": {"reference": "Patient/p"},
        "payor": [{"display": payor}],
    }
    if codings:
        resource["type"] = {"coding": [{"system": system, "code": code} for system, code in codings]}
    return resource


@pytest.mark.parametrize(
    ("payor", "codings", "profile"),
    [
        ("Humana Gold Plus (HMO)", [(SOPT, "111")], "medicare"),  # SOPT 111 Medicare HMO (Advantage)
        ("Sunflower Health Plan", [(SOPT, "21")], "medicaid"),  # SOPT 21 Medicaid (Managed Care)
        ("Sunflower Health Plan", [("urn:oid:2.16.840.1.113883.3.221.5", "2")], "medicaid"),
        ("Regional Mutual", [(SOPT, "511")], "commercial"),  # SOPT 511 Commercial Managed Care - HMO
        ("Regional Mutual", [(SOPT, "6")], "commercial"),  # SOPT 6 BLUE CROSS/BLUE SHIELD
        ("Aetna Medicare Advantage", [(ACTCODE, "HIP")], "medicare"),  # ActCode does not decide; the name
    ],
)
def test_coverage_type_codes_decide_before_names(
    payor: str, codings: list[tuple[str, str]], profile: str, checker: Checker
) -> None:
    source = read_fhir(bundle(coverage(payor, *codings), note("n1", "AATD, PI*ZZ.")))
    assert source.chart.profile_name == profile
    assert source.chart.payer is not None and source.chart.payer.name == payor
    assert not any("not recognised" in w for w in source.warnings)
    if profile == "medicare":
        assert checker.check(source).statuses["prior_authorization"] == "not_applicable"


def test_unknown_coverage_keeps_the_default_profile_with_a_note() -> None:
    source = read_fhir(bundle(coverage("Sunflower Health Plan", (ACTCODE, "HIP")), note("n1", "AATD.")))
    assert source.chart.profile_name == "medicare"  # not silently commercial
    assert any("Sunflower Health Plan" in w and "not recognised" in w for w in source.warnings)


def claim_response(ref: str, use: str = "preauthorization", outcome: str = "complete") -> dict[str, Any]:
    return {
        "resourceType": "ClaimResponse",
        "id": "cr1",
        "status": "active",
        "type": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]
        },
        "use": use,
        "patient": {"reference": "Patient/p"},
        "created": "2026-02-20",
        "insurer": {"display": "Acme Health"},
        "outcome": outcome,
        "preAuthRef": ref,
    }


def test_claim_response_pre_auth_ref_is_the_prior_authorization(checker: Checker) -> None:
    """No claim lines; the authorization is in a ClaimResponse (use preauthorization, preAuthRef)."""
    source = read_fhir(bundle(claim_response("AUTH-55120"), note("n1", "AATD, PI*ZZ.")))
    assert source.chart.prior_authorization == "AUTH-55120"
    assert checker.check(source, profile="commercial").statuses["prior_authorization"] == "met"
    # A claim (use = claim) response or an error outcome is not an authorization.
    assert read_fhir(bundle(claim_response("X-1", use="claim"))).chart.prior_authorization is None
    assert read_fhir(bundle(claim_response("X-1", outcome="error"))).chart.prior_authorization is None
    # Claim.insurance.preAuthRef wins over the ClaimResponse.
    both = read_fhir(bundle(claim(), claim_response("AUTH-55120"), note("n1", "AATD.")))
    assert both.chart.prior_authorization == "PA-778812"


def us_core_note(rid: str, text: str, loinc: str | None, display: str = "") -> dict[str, Any]:
    kind = {"coding": [{"system": LOINC, "code": loinc, "display": display}]} if loinc else {"text": display}
    resource = note(rid, text, kind=kind)
    resource["category"] = [{"coding": [{"system": US_CORE_CATEGORY, "code": "clinical-note"}]}]
    return resource


@pytest.mark.parametrize(
    ("loinc", "display", "expected"),
    [
        ("11506-3", "Progress note", "progress_note"),
        ("11502-2", "Laboratory report", "lab_report"),
        ("29549-3", "Medication administered Narrative", "infusion_record"),
        ("18776-5", "Plan of care note", "progress_note"),  # LOINC: plan of care, not administration
        (None, "Nursing flowsheet", "progress_note"),  # no code: the US Core category (clinical note)
        (None, "Infusion record", "infusion_record"),  # the type's text before the category
    ],
)
def test_us_core_document_type_by_loinc_code_before_the_category(
    loinc: str | None, display: str, expected: str
) -> None:
    source = read_fhir(bundle(us_core_note("d1", "Tolerated well.", loinc, display)))
    assert source.chart.documents[0].type == expected


def test_hard_wrapped_attachment_text_is_joined(checker: Checker) -> None:
    from tests.ingest.test_hl7v2 import PARAGRAPH

    wrapped = "\n".join(textwrap.wrap(PARAGRAPH, 78)) + "\n\nPlan:\n- repeat spirometry"
    source = read_fhir(bundle(note("n1", wrapped)))
    (doc,) = source.chart.documents
    assert doc.text == PARAGRAPH + "\n\nPlan:\n- repeat spirometry"
    report = checker.check(source)
    assert report.statuses["lung_disease_evidence"] == "missing"
    for finding in report.findings:
        if finding.document_id == doc.id:
            assert doc.text[finding.start : finding.end] == finding.text


def test_encounter_period_dates_the_visit_without_a_claim() -> None:
    encounters = [
        {
            "resourceType": "Encounter",
            "id": f"e{i}",
            "status": "finished",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
            "period": {"start": start},
        }
        for i, start in enumerate(["2026-01-06T09:00:00Z", "2026-03-04T09:00:00Z"])
    ]
    later_note = note("n1", "AATD, PI*ZZ.", date="2026-03-20")
    source = read_fhir(bundle(*encounters, later_note))
    assert source.chart.date_of_service.isoformat() == "2026-03-04"
    assert any("Encounter/e1 (Encounter.period.start)" in w for w in source.warnings)
    with_claim = read_fhir(bundle(*encounters, claim()))
    assert with_claim.chart.date_of_service.isoformat() == "2026-03-04"
    assert any("Claim/" in w and "Date of service" in w for w in with_claim.warnings)


# Sample bundles: how corpus_samples/fhir/*.json were written (``python -m tests.ingest.test_fhir``
# rewrites them).
# Each Bundle holds one chart of corpus_samples/charts: notes as DocumentReference (text/plain or text/html
# base64 data), lab reports as DiagnosticReport with presentedForm, the serum AAT level (on some charts the
# phenotype, weight or FEV1) as Observations, claim lines as a Claim, the payer as a Coverage, and a Patient
# without any name.

HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CPT = "http://www.ama-assn.org/go/cpt"
BASE = "https://fhir.example.org/r4"
UCUM = "http://unitsofmeasure.org"

UCUM_UNITS = {"mg/dL": ("mg/dL", "mg/dL"), "g/L": ("g/L", "g/L"), "uM": ("umol/L", "umol/L")}


def aat(
    doc: str, value: float, unit: str, loinc: str = "1825-9", method: str | None = None
) -> dict[str, Any]:
    return {"kind": "aat", "doc": doc, "value": value, "unit": unit, "loinc": loinc, "method": method}


def phenotype(doc: str, text: str, as_concept: bool = False) -> dict[str, Any]:
    return {"kind": "phenotype", "doc": doc, "text": text, "as_concept": as_concept}


def weight(doc: str, value: float, unit: str) -> dict[str, Any]:
    return {"kind": "weight", "doc": doc, "value": value, "unit": unit}


def fev1(doc: str, value: float) -> dict[str, Any]:
    return {"kind": "fev1", "doc": doc, "value": value}


# chart id -> documents written as text/html, type text of "other" documents, Observations.
SAMPLES: dict[str, dict[str, Any]] = {
    "aatd-001": {
        "html": {"d1"},
        "obs": [
            aat("d2", 28, "mg/dL", method="Nephelometry"),
            phenotype("d3", "PI*ZZ"),
            weight("d4", 81.6, "kg"),
        ],
    },
    "aatd-002": {"html": {"d4"}, "obs": [aat("d2", 5.1, "uM", loinc="6771-0"), weight("d1", 154, "lb")]},
    "aatd-003": {
        "html": {"d1", "d5"},
        "other": {"d5": "Prior authorization determination"},
        "obs": [aat("d2", 0.18, "g/L")],
    },
    "aatd-007": {
        "html": {"d4"},
        "other": {"d4": "Pharmacy dispense record"},
        "obs": [aat("d2", 0.31, "g/L"), phenotype("d2", "Pi ZZ", as_concept=True)],
    },
    "aatd-008": {"html": {"d4"}, "other": {"d4": "Pharmacy dispense log"}, "obs": [aat("d2", 22, "mg/dL")]},
    "aatd-012": {"html": {"d1"}, "obs": [aat("d2", 5.4, "uM", loinc="6771-0"), aat("d2", 29, "mg/dL")]},
    "aatd-014": {
        "html": {"d2"},
        "obs": [aat("d2", 70, "mg/dL", method="Nephelometry"), aat("d2", 12.9, "uM", loinc="6771-0")],
    },
    "aatd-019": {
        "html": {"d3"},
        "other": {"d4": "Specialty pharmacy delivery ticket"},
        "obs": [aat("d2", 0.25, "g/L"), phenotype("d2", "ZZ")],
    },
    "aatd-023": {"html": {"d1"}, "obs": [aat("d3", 24, "mg/dL"), fev1("d1", 48), weight("d1", 78.4, "kg")]},
    "aatd-030": {"html": {"d2"}, "obs": [aat("d3", 64, "mg/dL", method="Radial immunodiffusion")]},
    "aatd-031": {
        "html": {"d1", "d4"},
        "other": {"d4": "Specialty pharmacy dispensing record"},
        "obs": [aat("d3", 5.2, "uM", loinc="6771-0")],
    },
    "aatd-035": {"html": {"d2"}, "obs": [aat("d3", 11, "uM", loinc="6771-0")]},
    "aatd-043": {"html": {"d1"}, "obs": [weight("d1", 87.5, "kg")]},
    # Issue 12, as US Core feeds send them: DocumentReferences with category clinical-note and LOINC type
    # codes (11506-3 progress note, 29549-3 medication administered), DiagnosticReports with category LAB,
    # Coverage.type coded in SOPT with the plan's own name as payor, the authorization in a ClaimResponse.
    "aatd-016": {  # medicaid managed care under the MCO's brand name: SOPT 21 decides
        "html": set(),
        "us_core": True,
        "coverage": ("21", "Sunflower Health Plan"),
        "other": {"d4": "Prior authorization request"},
        "obs": [aat("d2", 33, "mg/dL")],
    },
    "aatd-026": {  # commercial; the authorization in ClaimResponse.preAuthRef, none on the Claim
        "html": {"d1"},
        "us_core": True,
        "coverage": ("511", "Anthem Blue Cross PPO"),
        "claim_response": True,
        "obs": [aat("d4", 26, "mg/dL")],
    },
    "aatd-038": {  # Medicare Advantage plan (SOPT 111 Medicare HMO) named by its carrier
        "html": set(),
        "us_core": True,
        "coverage": ("111", "Humana Gold Plus (HMO)"),
        "other": {"d3": "Outside records"},
        "obs": [aat("d4", 0.03, "g/L")],
    },
}
SOPT_SYSTEM = "https://nahdo.org/sopt"
CLINICAL_NOTE = {
    "coding": [
        {
            "system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
            "code": "clinical-note",
            "display": "Clinical Note",
        }
    ]
}
LAB_CATEGORY = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "LAB"}]}


def to_html(text: str) -> str:
    """Paragraphs as <p> (lines joined by <br/>); paragraphs laid out with runs of spaces as <pre>."""
    blocks = []
    for paragraph in text.split("\n\n"):
        if "  " in paragraph or "\t" in paragraph:
            blocks.append(f"<pre>{html.escape(paragraph)}</pre>")
        else:
            blocks.append("<p>" + "<br/>".join(html.escape(line) for line in paragraph.split("\n")) + "</p>")
    return (
        '<html><head><style>p { margin: 0 }</style></head><body><div class="note">'
        + "".join(blocks)
        + ("</div><script>window.print = null;</script></body></html>")
    )


def _attachment(text: str, as_html: bool) -> dict[str, Any]:
    if as_html:
        return {"contentType": "text/html; charset=utf-8", "data": _b64(to_html(text))}
    return {"contentType": "text/plain; charset=utf-8", "data": _b64(text)}


def _document(chart_id: str, doc: dict[str, Any], sample: dict[str, Any], patient: str) -> dict[str, Any]:
    rid = f"{chart_id}-{doc['id']}"
    as_html = doc["id"] in sample.get("html", set())
    us_core = sample.get("us_core", False)
    if doc["type"] == "lab_report":
        report = {
            "resourceType": "DiagnosticReport",
            "id": rid,
            "status": "final",
            "code": {"coding": [{"system": LOINC, "code": "11502-2", "display": "Laboratory report"}]},
            "subject": {"reference": patient},
            "effectiveDateTime": doc["date"],
            "presentedForm": [_attachment(doc["text"], as_html)],
        }
        if us_core:
            report["category"] = [LAB_CATEGORY]
        return report
    category = [CLINICAL_NOTE] if us_core and doc["type"] != "other" else None
    if doc["type"] == "progress_note":
        kind = {"coding": [{"system": LOINC, "code": "11506-3", "display": "Progress note"}]}
    elif doc["type"] == "infusion_record" and us_core:
        kind = {
            "coding": [{"system": LOINC, "code": "29549-3", "display": "Medication administered Narrative"}]
        }
    elif doc["type"] == "infusion_record":
        kind = {"text": "Infusion record (medication administration)"}
    else:
        kind = {"text": sample.get("other", {}).get(doc["id"], "Supporting document")}
    reference = {
        "resourceType": "DocumentReference",
        "id": rid,
        "status": "current",
        "type": kind,
        "subject": {"reference": patient},
        "date": f"{doc['date']}T12:00:00Z",
        "content": [{"attachment": _attachment(doc["text"], as_html)}],
    }
    if category:
        reference["category"] = category
    return reference


def _observation(
    chart_id: str, i: int, spec: dict[str, Any], docs: dict[str, Any], patient: str
) -> dict[str, Any]:
    doc = docs[spec["doc"]]
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "id": f"{chart_id}-obs{i + 1}",
        "status": "final",
        "subject": {"reference": patient},
        "effectiveDateTime": doc["date"],
    }
    if spec["kind"] == "aat":
        assert f"{spec['value']}" in doc["text"], (chart_id, spec)
        unit, code = UCUM_UNITS[spec["unit"]]
        obs["category"] = [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": "laboratory",
                    }
                ]
            }
        ]
        obs["code"] = {
            "coding": [{"system": LOINC, "code": spec["loinc"]}],
            "text": "Alpha-1-antitrypsin, serum",
        }
        obs["valueQuantity"] = {"value": spec["value"], "unit": unit, "system": UCUM, "code": code}
        if spec["method"]:
            obs["method"] = {"text": spec["method"]}
    elif spec["kind"] == "phenotype":
        obs["code"] = {
            "coding": [{"system": LOINC, "code": "32769-2"}],
            "text": "Alpha-1-antitrypsin phenotype",
        }
        if spec["as_concept"]:
            obs["valueCodeableConcept"] = {"text": spec["text"]}
        else:
            obs["valueString"] = spec["text"]
    elif spec["kind"] == "weight":
        assert f"{spec['value']}" in doc["text"], (chart_id, spec)
        unit, code = ("kg", "kg") if spec["unit"] == "kg" else ("lb", "[lb_av]")
        obs["code"] = {"coding": [{"system": LOINC, "code": "29463-7", "display": "Body weight"}]}
        obs["valueQuantity"] = {"value": spec["value"], "unit": unit, "system": UCUM, "code": code}
    elif spec["kind"] == "fev1":
        assert f"{spec['value']}" in doc["text"], (chart_id, spec)
        obs["code"] = {"coding": [{"system": LOINC, "code": "20152-5", "display": "FEV1 measured/predicted"}]}
        obs["valueQuantity"] = {"value": spec["value"], "unit": "%", "system": UCUM, "code": "%"}
    return obs


def _claim(chart: dict[str, Any], patient: str, coverage: str, pre_auth: bool = True) -> dict[str, Any]:
    dates = [d["date"] for d in chart["documents"] if d.get("date")]
    service = chart.get("date_of_service")
    insurance: dict[str, Any] = {"sequence": 1, "focal": True, "coverage": {"reference": coverage}}
    if chart.get("prior_authorization") and pre_auth:
        insurance["preAuthRef"] = [chart["prior_authorization"]]
    items = []
    for i, line in enumerate(chart["claim_lines"]):
        system = CPT if line["hcpcs"].isdigit() else HCPCS
        item: dict[str, Any] = {
            "sequence": i + 1,
            "productOrService": {"coding": [{"system": system, "code": line["hcpcs"]}]},
            "quantity": {"value": line["units"]},
        }
        if line.get("modifiers"):
            item["modifier"] = [{"coding": [{"system": HCPCS, "code": m}]} for m in line["modifiers"]]
        items.append(item)
    claim: dict[str, Any] = {
        "resourceType": "Claim",
        "id": f"{chart['chart_id']}-claim",
        "identifier": [{"system": "urn:example:encounter", "value": chart["chart_id"]}],
        "status": "active",
        "type": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]
        },
        "use": "claim",
        "patient": {"reference": patient},
        "created": service or max(dates),
        "provider": {"display": "Outpatient infusion center"},
        "priority": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/processpriority", "code": "normal"}]
        },
        "insurance": [insurance],
        "item": items,
    }
    if service:
        claim["billablePeriod"] = {"start": service, "end": service}
    return claim


def build(chart: dict[str, Any], sample: dict[str, Any]) -> dict[str, Any]:
    chart_id = chart["chart_id"]
    patient_id = f"{chart_id}-patient"
    patient = f"Patient/{patient_id}"
    coverage_id = f"{chart_id}-coverage"
    resources: list[dict[str, Any]] = [{"resourceType": "Patient", "id": patient_id}]
    resources += [_document(chart_id, d, sample, patient) for d in chart["documents"]]
    docs = {d["id"]: d for d in chart["documents"]}
    resources += [_observation(chart_id, i, spec, docs, patient) for i, spec in enumerate(sample["obs"])]
    payer = chart.get("payer") or {}
    if payer.get("name"):
        cov: dict[str, Any] = {
            "resourceType": "Coverage",
            "id": coverage_id,
            "status": "active",
            "beneficiary": {"reference": patient},
            "payor": [{"display": payer["name"]}],
        }
        if "coverage" in sample:
            code, payor = sample["coverage"]
            cov["type"] = {"coding": [{"system": SOPT_SYSTEM, "code": code}]}
            cov["payor"] = [{"display": payor}]
        resources.append(cov)
    in_response = bool(sample.get("claim_response") and chart.get("prior_authorization"))
    if chart.get("claim_lines"):
        resources.append(_claim(chart, patient, f"Coverage/{coverage_id}", pre_auth=not in_response))
    if in_response:
        resources.append(
            {
                "resourceType": "ClaimResponse",
                "id": f"{chart_id}-preauth",
                "status": "active",
                "type": {
                    "coding": [
                        {"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}
                    ]
                },
                "use": "preauthorization",
                "patient": {"reference": patient},
                "created": min(d["date"] for d in chart["documents"] if d.get("date")),
                "insurer": {"display": payer.get("name") or "Payer"},
                "outcome": "complete",
                "preAuthRef": chart["prior_authorization"],
            }
        )
    return {
        "resourceType": "Bundle",
        "id": chart_id,
        "type": "collection",
        "entry": [{"fullUrl": f"{BASE}/{r['resourceType']}/{r['id']}", "resource": r} for r in resources],
    }


def write_samples() -> None:
    for chart_id, sample in SAMPLES.items():
        chart = json.loads((CORPUS / "charts" / f"{chart_id}.json").read_text(encoding="utf-8"))
        text = json.dumps(build(chart, sample), indent=1, ensure_ascii=False) + "\n"
        (CORPUS / "fhir" / f"{chart_id}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_samples()
