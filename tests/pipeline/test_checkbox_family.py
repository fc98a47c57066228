"""Checkbox forms printed to text (found on blind batch b19; templates x fillers): square-bracket boxes and
ballot boxes ("☑" ticked, "☐" not), the ticked option of a labelled list (smoking status, genotype), and
unticked options that document nothing."""

from __future__ import annotations

import itertools

import pytest

from nlp_checker import Checker
from tests.conftest import make_chart

PRODUCTS = ["Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"]
BOXES = [("[x]", "[ ]"), ("☑", "☐"), ("[X]", "[  ]"), ("☒", "☐")]


def _affirmed(checker: Checker, text: str, kind: str) -> set[object]:
    chart = make_chart(text, date_of_service="2026-03-17")
    found = [f for f in checker.extract(chart) if f.kind == kind and f.assertion.affirmed]
    return {tuple(f.alleles) if f.alleles else f.value for f in found}


@pytest.mark.parametrize(("ticked", "boxes"), list(itertools.product(range(len(PRODUCTS)), BOXES)))
def test_only_the_ticked_product_is_documented(checker: Checker, ticked: int, boxes: tuple[str, str]) -> None:
    on, off = boxes
    options = "   ".join(f"{on if i == ticked else off} {name}" for i, name in enumerate(PRODUCTS))
    assert _affirmed(checker, f"Product:   {options}\n", "drug_product") == {PRODUCTS[ticked]}


STATUSES = [("Current", "current"), ("Former (quit 1990)", "former"), ("Never", "never")]


@pytest.mark.parametrize(
    ("ticked", "boxes", "label"),
    list(itertools.product(range(3), BOXES, ["Smoking:", "Tobacco use:", "Smoking status"])),
)
def test_the_ticked_smoking_status(checker: Checker, ticked: int, boxes: tuple[str, str], label: str) -> None:
    on, off = boxes
    options = "   ".join(f"{on if i == ticked else off} {text}" for i, (text, _) in enumerate(STATUSES))
    assert _affirmed(checker, f"{label}   {options}\n", "smoking_status") == {STATUSES[ticked][1]}


GENOTYPES = [("ZZ", ("Z", "Z")), ("SZ", ("S", "Z")), ("MZ", ("M", "Z"))]


@pytest.mark.parametrize(
    ("ticked", "boxes", "label"),
    list(itertools.product(range(3), BOXES, ["Phenotype/genotype:", "Genotype:", "Phenotype"])),
)
def test_the_ticked_genotype(checker: Checker, ticked: int, boxes: tuple[str, str], label: str) -> None:
    on, off = boxes
    options = "   ".join(f"{on if i == ticked else off} {text}" for i, (text, _) in enumerate(GENOTYPES))
    found = _affirmed(checker, f"{label}   {options}   {off} Other: ______\n", "genotype")
    assert found == {GENOTYPES[ticked][1]}
