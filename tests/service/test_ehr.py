"""The FHIR and HL7 v2 endpoints: sample charts give the chart form's statuses; every external input is a
2xx or a clear 4xx through both endpoints; FHIR errors are OperationOutcomes; reports as FHIR."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nlp_checker_service.app import create_app
from nlp_checker_service.keys import hash_key
from nlp_checker_service.settings import Settings
from tests.conftest import CORPUS, SHARED

KEY = "ehr-test-key"
HEADERS = {"Authorization": f"Bearer {KEY}"}
EXTERNAL = SHARED / "external"
EXTERNAL_FILES = sorted(p for p in EXTERNAL.rglob("*") if p.is_file()) if EXTERNAL.exists() else []


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = create_app(Settings(api_keys=[hash_key(KEY)], worklist=False))
    with TestClient(app) as test_client:
        yield test_client


def _statuses(report: dict) -> dict[str, str]:
    return {r["id"]: r["status"] for r in report["requirements"]}


def _chart_statuses(client: TestClient, chart_id: str) -> dict[str, str]:
    chart = json.loads((CORPUS / "charts" / f"{chart_id}.json").read_text())
    response = client.post("/v1/check", json=chart, headers=HEADERS)
    assert response.status_code == 200
    return _statuses(response.json())


@pytest.mark.parametrize("path", sorted((CORPUS / "fhir").glob("*.json")), ids=lambda p: p.stem)
def test_fhir_endpoint_matches_the_chart_form(client: TestClient, path: Path) -> None:
    response = client.post(
        "/v1/fhir/check", content=path.read_bytes(), headers=HEADERS | {"Content-Type": "application/json"}
    )
    assert response.status_code == 200, response.text
    assert _statuses(response.json()) == _chart_statuses(client, path.stem)


@pytest.mark.parametrize("path", sorted((CORPUS / "hl7v2").glob("*.hl7")), ids=lambda p: p.stem)
def test_hl7v2_endpoint_matches_the_chart_form(client: TestClient, path: Path) -> None:
    response = client.post(
        "/v1/hl7v2/check", content=path.read_bytes(), headers=HEADERS | {"Content-Type": "text/plain"}
    )
    assert response.status_code == 200, response.text
    assert _statuses(response.json()) == _chart_statuses(client, path.stem)


@pytest.mark.external
@pytest.mark.skipif(not EXTERNAL_FILES, reason="shared/external is not beside the checkout")
@pytest.mark.parametrize("endpoint", ["/v1/fhir/check", "/v1/hl7v2/check"])
def test_every_external_file_is_2xx_or_clear_4xx_on_both_endpoints(client: TestClient, endpoint: str) -> None:
    accepted = 0
    content_type = "application/json" if "fhir" in endpoint else "text/plain"
    for path in EXTERNAL_FILES:
        response = client.post(
            endpoint, content=path.read_bytes(), headers=HEADERS | {"Content-Type": content_type}
        )
        assert response.status_code < 500, (path.name, response.text[:300])
        assert "Traceback" not in response.text
        if response.status_code == 200:
            accepted += 1
            assert response.json()["schema_version"] == 1
        else:
            assert 400 <= response.status_code < 500
            body = response.json()
            assert body.get("message") or body.get("resourceType") == "OperationOutcome", (path.name, body)
    assert accepted >= 15


def test_invalid_bundle_is_an_operation_outcome_naming_the_element(client: TestClient) -> None:
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "x"},
                    "valueQuantity": {"value": "not-a-number"},
                }
            }
        ],
    }
    response = client.post("/v1/fhir/check", json=bundle, headers=HEADERS)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/fhir+json")
    outcome = response.json()
    assert outcome["resourceType"] == "OperationOutcome"
    issue = outcome["issue"][0]
    assert issue["severity"] == "error"
    assert "valueQuantity" in " ".join(issue.get("expression", [])) + issue.get("diagnostics", "")


def test_malformed_hl7_is_400_naming_segment_and_field(client: TestClient) -> None:
    message = "MSH|^~\\&|A|B|C|D|202601011200||ORU^R01|1|P|2.5.1\rPID|1||X\rob1|bad segment name"
    response = client.post(
        "/v1/hl7v2/check", content=message.encode(), headers=HEADERS | {"Content-Type": "text/plain"}
    )
    assert response.status_code == 400
    text = response.json()["message"].lower()
    assert "segment" in text


def test_report_as_fhir_detected_issues(client: TestClient) -> None:
    path = CORPUS / "fhir" / "aatd-007.json"
    response = client.post(
        "/v1/fhir/check",
        content=path.read_bytes(),
        headers=HEADERS | {"Content-Type": "application/json", "Accept": "application/fhir+json"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/fhir+json")
    bundle = response.json()
    assert bundle["resourceType"] == "Bundle"
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert "DetectedIssue" in kinds and "OperationOutcome" in kinds
    gaps = [
        r
        for r in json.loads(
            client.post(
                "/v1/fhir/check",
                content=path.read_bytes(),
                headers=HEADERS | {"Content-Type": "application/json"},
            ).text
        )["requirements"]
        if r["status"] in ("missing", "conflict")
    ]
    assert kinds.count("DetectedIssue") == len(gaps)


def test_ehr_endpoints_need_the_key(client: TestClient) -> None:
    assert client.post("/v1/fhir/check", json={"resourceType": "Bundle"}).status_code == 401
    assert client.post("/v1/hl7v2/check", content=b"MSH|^~\\&|").status_code == 401
