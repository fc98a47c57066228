"""Section attributes: one row per section on the Doc, token and span getters over them."""

from __future__ import annotations

from nlp_checker.pipeline.extensions import SectionRef, doc_sections

TEXT = "Chief complaint: dyspnea.\nFamily history: brother with AATD.\nAssessment: emphysema, PI*ZZ."


def test_sections_are_rows_and_tokens_and_spans_read_them(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    sections = doc_sections(doc)
    assert all(isinstance(s, SectionRef) for s in sections)
    categories = [s.category for s in sections]
    assert "family_history" in categories
    by_text = {s.text: s for s in doc.spans["nlp_checker"]}
    assert by_text["AATD"]._.nlp_checker_section_category == "family_history"
    assert by_text["emphysema"]._.nlp_checker_section_category != "family_history"
    brother = next(t for t in doc if t.text == "brother")
    assert brother._.nlp_checker_section_category == "family_history"
    assert brother._.nlp_checker_section.rule.startswith("section.family_history:")
    # medspaCy's own section attributes are left to medspaCy's Sectionizer.
    assert all(row[4] is None or isinstance(row[4], str) for row in doc._.nlp_checker_sections)


def test_text_before_the_first_header_is_a_section_without_category(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Patient seen today.\nAssessment: emphysema.")
    first = doc_sections(doc)[0]
    assert first.category is None and first.title_start == 0
    assert doc[0]._.nlp_checker_section_category is None


def test_no_sections_in_an_empty_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("")
    assert [s.category for s in doc_sections(doc)] == [None]
