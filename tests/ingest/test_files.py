"""nlp_checker.ingest: chart JSON and plain-text notes in, a Chart or an InputError naming the file out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp_checker.errors import InputError, NlpCheckerError
from nlp_checker.ingest import iter_chart_sources, load_json_chart, parse_chart, read_text, text_chart
from nlp_checker.models import Chart

DOC = {"id": "d1", "type": "progress_note", "date": "2026-03-04", "text": "AATD with emphysema."}
CHART = {
    "chart_id": "enc-1",
    "date_of_service": "2026-03-04",
    "payer": {"profile": "medicaid"},
    "claim_lines": [{"hcpcs": "J0256", "units": 480, "modifiers": ["JZ"]}],
    "documents": [DOC],
}


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_valid_chart(tmp_path):
    chart = load_json_chart(write(tmp_path, "c.json", json.dumps(CHART)))
    assert isinstance(chart, Chart)
    assert chart.chart_id == "enc-1"
    assert chart.profile_name == "medicaid"
    assert chart.claim_lines[0].units == 480
    assert chart.documents[0].type == "progress_note"
    assert str(chart.service_date) == "2026-03-04"


def test_minimal_chart_defaults():
    chart = parse_chart({"chart_id": "x", "documents": [{"id": "d1", "text": "hi"}]})
    assert chart.profile_name == "medicare"
    assert chart.claim_lines is None
    assert chart.documents[0].type == "other"
    assert chart.service_date is None


def test_service_date_defaults_to_latest_document_date():
    docs = [
        dict(DOC, id="a", date="2025-01-02"),
        dict(DOC, id="b", date="2026-02-03"),
        dict(DOC, id="c", date=None),
    ]
    chart = parse_chart({"chart_id": "x", "documents": docs})
    assert str(chart.service_date) == "2026-02-03"


def test_utf8_bom_accepted(tmp_path):
    path = write(tmp_path, "bom.json", b"\xef\xbb\xbf" + json.dumps(CHART).encode("utf-8"))
    assert load_json_chart(path).chart_id == "enc-1"
    text_path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfAATD note")
    assert read_text(text_path) == "AATD note"


def test_non_ascii_text_kept(tmp_path):
    chart = dict(CHART, documents=[dict(DOC, text="Patient José, α1-antitrypsin 5.2 µmol/L")])
    loaded = load_json_chart(write(tmp_path, "u.json", json.dumps(chart, ensure_ascii=False)))
    assert loaded.documents[0].text == "Patient José, α1-antitrypsin 5.2 µmol/L"


def test_extra_unknown_fields_accepted(tmp_path):
    chart = dict(
        CHART,
        encounter_type="outpatient",
        documents=[dict(DOC, author="RN Daly")],
        claim_lines=[{"hcpcs": "J0256", "units": 480, "modifiers": [], "ndc": "13533-0800-40"}],
        payer={"profile": "commercial", "name": "Aetna", "plan_id": 7},
    )
    loaded = load_json_chart(write(tmp_path, "extra.json", json.dumps(chart)))
    assert loaded.chart_id == "enc-1"
    assert loaded.profile_name == "commercial"
    assert loaded.model_extra == {"encounter_type": "outpatient"}


def test_float_units_accepted():
    chart = parse_chart(dict(CHART, claim_lines=[{"hcpcs": "J2252", "units": 4800.0}]))
    assert chart.claim_lines[0].units == 4800.0
    assert chart.claim_lines[0].modifiers == []


# ----------------------------------------------------------------------------------------------------
# Bad input: InputError whose text names the file and says what is wrong
# ----------------------------------------------------------------------------------------------------
BAD_FILES = [
    pytest.param("empty.json", b"", "file is empty", id="empty"),
    pytest.param("spaces.json", b" \n\t\n", "file is empty", id="whitespace-only"),
    pytest.param("binary.json", b'{"chart_id": "\x00\x01\x02"}', "binary", id="binary"),
    pytest.param(
        "latin1.json", '{"chart_id": "café"}'.encode("latin-1"), "not valid UTF-8", id="invalid-utf8"
    ),
    pytest.param("broken.json", b'{"chart_id": "x",', "malformed JSON at line 1", id="malformed-json"),
    pytest.param(
        "trailing.json", json.dumps(CHART).encode() + b" junk", "malformed JSON", id="trailing-junk"
    ),
    pytest.param(
        "list.json", json.dumps([CHART]).encode(), "expected a chart object, found list", id="json-list"
    ),
    pytest.param("string.json", b'"enc-1"', "expected a chart object, found str", id="json-string"),
    pytest.param("null.json", b"null", "expected a chart object", id="json-null"),
    pytest.param("nodocs.json", json.dumps({"chart_id": "x"}).encode(), "documents", id="missing-documents"),
    pytest.param("noid.json", json.dumps({"documents": [DOC]}).encode(), "chart_id", id="missing-chart-id"),
    pytest.param(
        "emptydocs.json",
        json.dumps({"chart_id": "x", "documents": []}).encode(),
        "documents",
        id="empty-documents",
    ),
    pytest.param(
        "units.json",
        json.dumps(dict(CHART, claim_lines=[{"hcpcs": "J0256", "units": "480"}])).encode(),
        "claim_lines.0.units",
        id="units-as-string",
    ),
    pytest.param(
        "negunits.json",
        json.dumps(dict(CHART, claim_lines=[{"hcpcs": "J0256", "units": -1}])).encode(),
        "claim_lines.0.units",
        id="negative-units",
    ),
    pytest.param(
        "boolunits.json",
        json.dumps(dict(CHART, claim_lines=[{"hcpcs": "J0256", "units": True}])).encode(),
        "claim_lines.0.units",
        id="units-as-bool",
    ),
    pytest.param(
        "textnum.json",
        json.dumps(dict(CHART, documents=[dict(DOC, text=42)])).encode(),
        "documents.0.text",
        id="text-as-number",
    ),
    pytest.param(
        "idnum.json", json.dumps(dict(CHART, chart_id=12345)).encode(), "chart_id", id="chart-id-as-number"
    ),
    pytest.param(
        "mods.json",
        json.dumps(dict(CHART, claim_lines=[{"hcpcs": "J0256", "units": 1, "modifiers": "JZ"}])).encode(),
        "modifiers",
        id="modifiers-as-string",
    ),
    pytest.param(
        "doctype.json",
        json.dumps(dict(CHART, documents=[dict(DOC, type="email")])).encode(),
        "documents.0.type",
        id="unknown-document-type",
    ),
    pytest.param(
        "date.json",
        json.dumps(dict(CHART, date_of_service="03/04/2026")).encode(),
        "date_of_service",
        id="non-iso-date",
    ),
    pytest.param(
        "payer.json", json.dumps(dict(CHART, payer="medicare")).encode(), "payer", id="payer-as-string"
    ),
]


@pytest.mark.parametrize(("name", "content", "problem"), BAD_FILES)
def test_bad_json_file_raises_input_error(tmp_path, name, content, problem):
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        load_json_chart(path)
    error = info.value
    assert isinstance(error, NlpCheckerError)
    assert error.source == str(path)
    assert str(error).startswith(str(path))
    assert problem.lower() in str(error).lower()
    assert "\n" not in str(error)


def test_validation_error_counts_further_problems(tmp_path):
    chart = {"chart_id": 1, "documents": [{"id": 2, "text": 3}]}
    with pytest.raises(InputError, match=r"\(\+\d+ more\)"):
        load_json_chart(write(tmp_path, "many.json", json.dumps(chart)))


def test_nonexistent_file_raises_input_error(tmp_path):
    path = tmp_path / "nope.json"
    with pytest.raises(InputError) as info:
        load_json_chart(path)
    assert info.value.source == str(path)
    assert "cannot read" in info.value.message


def test_parse_chart_without_source():
    with pytest.raises(InputError) as info:
        parse_chart(["not", "a", "chart"])
    assert info.value.source is None
    assert str(info.value) == "expected a chart object, found list"


def test_deeply_nested_json_raises_input_error(tmp_path):
    path = write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    with pytest.raises(InputError) as info:
        load_json_chart(path)
    assert "deep.json" in str(info.value)


def test_lone_surrogate_in_text_is_an_input_error(tmp_path, checker):
    path = write(
        tmp_path,
        "surrogate.json",
        '{"chart_id": "x", "documents": [{"id": "d1", "text": "AATD \\ud800 emphysema"}]}',
    )
    with pytest.raises(InputError):
        checker.check(load_json_chart(path))


# ----------------------------------------------------------------------------------------------------
# Plain-text notes and folders
# ----------------------------------------------------------------------------------------------------
def test_text_chart_documents(tmp_path):
    a = write(tmp_path, "a.txt", "AATD note")
    b = write(tmp_path, "b.note", "Infusion record")
    chart = text_chart([a, b], "enc-9")
    assert chart.chart_id == "enc-9"
    assert [(d.id, d.type, d.text) for d in chart.documents] == [
        ("a.txt", "other", "AATD note"),
        ("b.note", "other", "Infusion record"),
    ]
    assert chart.claim_lines is None


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        pytest.param("empty.txt", b"", "file is empty", id="empty"),
        pytest.param("bin.txt", b"MZ\x90\x00\x03\x00", "binary", id="binary"),
        pytest.param("latin.txt", "Pt José".encode("latin-1"), "not valid UTF-8", id="invalid-utf8"),
    ],
)
def test_bad_text_note_raises_input_error(tmp_path, name, content, problem):
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        text_chart([path], path.stem)
    assert str(path) in str(info.value)
    assert problem.lower() in str(info.value).lower()


def test_invalid_utf8_message_gives_byte_and_offset(tmp_path):
    path = write(tmp_path, "x.txt", b"abc\xffdef")
    with pytest.raises(InputError, match=r"byte 0xff at offset 3"):
        read_text(path)


def test_oversized_file_refused(tmp_path, monkeypatch):
    import nlp_checker.ingest.read as ingest

    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    path = write(tmp_path, "big.txt", "x" * 101)
    with pytest.raises(InputError, match="limit"):
        read_text(path)


def test_document_over_character_limit_is_input_error(tmp_path, checker):
    path = write(tmp_path, "long.txt", "Patient seen. " * 80_000)  # 1,120,000 characters
    chart = text_chart([path], "long")
    with pytest.raises(InputError) as info:
        checker.check(chart)
    assert "1,000,000" in str(info.value)
    assert "long.txt" in str(info.value)


def test_iter_chart_sources(tmp_path):
    folder = tmp_path / "enc-5"
    folder.mkdir()
    write(folder, "b.json", json.dumps(dict(CHART, chart_id="enc-b")))
    write(folder, "a.json", json.dumps(dict(CHART, chart_id="enc-a")))
    write(folder, "note.txt", "AATD note")
    write(folder, ".hidden.json", "{")
    write(folder, "bad.json", "{")
    single = write(tmp_path, "visit.txt", "note")
    missing = tmp_path / "missing.json"
    sources = list(iter_chart_sources([folder, single, missing]))
    results = [(Path(source).name, value) for source, value in sources]
    names = [name for name, _ in results]
    assert names == ["a.json", "b.json", "bad.json", "enc-5", "visit.txt", "missing.json"]
    assert results[0][1].chart_id == "enc-a"
    assert results[1][1].chart_id == "enc-b"
    assert isinstance(results[2][1], InputError) and "malformed JSON" in str(results[2][1])
    assert results[3][1].chart_id == "enc-5"
    assert [d.id for d in results[3][1].documents] == ["note.txt"]
    assert results[4][1].chart_id == "visit"
    assert isinstance(results[5][1], InputError) and "no such file" in str(results[5][1])


def test_empty_folder_is_an_error(tmp_path):
    folder = tmp_path / "empty-folder"
    folder.mkdir()
    [(_, value)] = list(iter_chart_sources([folder]))
    assert isinstance(value, InputError)
    assert "empty-folder" in str(value)
