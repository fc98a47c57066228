"""AAT genotype / phenotype / proteotype, normalized to two allele names.

Handles notation ("PI*ZZ", "PiZZ", "Pi ZZ", "PI*Z/Z", "Pi*Z(null)", "Pi(null,null)", "Pi(Malton, Malton)"),
labelled pairs ("phenotype: MZ", "ZZ phenotype"), proteotype ("Negative for S and Z" -> M, M) and molecular
reports, where variants (c.1096G>A / legacy c.1024G>A / Glu342Lys / rs28929474 = Z; c.863A>T / Glu264Val /
rs17580 = S) combine with zygosity words: "homozygous for c.1096G>A" -> Z, Z; "compound heterozygous
c.863A>T and c.1096G>A" -> S, Z; a lone heterozygous variant -> M plus that allele.
"""

from __future__ import annotations

import itertools
from typing import Any

from pydantic import BaseModel, Field

from nlp_checker.extractors.base import Extraction, PatternRule, RegexExtractor, drop_overlaps, line_of
from nlp_checker.rules.regex import Match
from nlp_checker.rules.types import STRICT, RegexField

_GROUP_PAIRS = (("a1", "a2"), ("b1", "b2"), ("c1", "c2"), ("d1", "d2"))


class Zygosity(BaseModel):
    model_config = STRICT

    compound: RegexField
    homozygous: RegexField
    heterozygous: RegexField


class GenotypeLexicon(BaseModel):
    model_config = STRICT

    allele_aliases: dict[str, RegexField] = Field(default_factory=dict)
    allele_order: list[str] = Field(min_length=1)
    variants: dict[str, RegexField] = Field(default_factory=dict)
    any_variant: RegexField | None = None
    zygosity: Zygosity
    pair_window_chars: int = Field(ge=0)
    exclude_before: RegexField | None = None
    exclude_window_chars: int = Field(default=0, ge=0)
    # A test's name that lists the alleles it looks for ("PROTEOTYPE S/Z (LC-MS/MS)", "Genotyping (PI*S,
    # PI*Z)"): the written pair with the text before and after it on its line.
    assay_name: RegexField | None = None
    list_join: RegexField | None = None
    list_disjunction: RegexField | None = None
    sentence_break: RegexField | None = None
    # A variant said to be absent ("one S allele and no Z allele"): not one of the patient's alleles.
    absent_before: RegexField | None = None
    absent_after: RegexField | None = None


class GenotypeExtractor(RegexExtractor):
    lexicon_model = GenotypeLexicon
    lexicon: GenotypeLexicon

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        lex = self.lexicon
        self.aliases = list(lex.allele_aliases.items())
        self.order = {name: i for i, name in enumerate(lex.allele_order)}
        self.variants = list(lex.variants.items())
        self.any_variant = lex.any_variant
        self.zygosity = {
            "compound": lex.zygosity.compound,
            "homozygous": lex.zygosity.homozygous,
            "heterozygous": lex.zygosity.heterozygous,
        }
        self.pair_window = lex.pair_window_chars
        self.sentence_break = lex.sentence_break

    def allele_name(self, written: str) -> str:
        compact = " ".join(written.split())
        for name, pattern in self.aliases:
            if pattern.match(compact):
                return name
        return compact.replace(" ", "").upper()

    def canonical(self, alleles: list[str]) -> list[str]:
        """Order two alleles M < S < Z < rare names (alphabetical) < NULL."""

        def rank(name: str) -> tuple[int, str]:
            if name in self.order:
                return (0, f"{self.order[name]:02d}")
            return (2, "") if name == "NULL" else (1, name)

        return sorted(alleles, key=rank)

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        lex = self.lexicon
        if lex.exclude_before is not None:
            # The window may cross one line break: a family member named at the end of the line before.
            before = text[max(0, match.start() - lex.exclude_window_chars) : match.start()]
            before = before[before.rfind("\n", 0, max(0, len(before.rstrip("\n")) - 1)) + 1 :]
            if lex.exclude_before.search(before):
                return None
        if lex.assay_name is not None and self._in_assay_name(match, text):
            return None
        if rule.value is not None:
            return self.make(match, rule, alleles=self.canonical(list(rule.value)))
        groups = match.groupdict()
        for first, second in _GROUP_PAIRS:
            if groups.get(first) and groups.get(second):
                alleles = [self.allele_name(groups[first]), self.allele_name(groups[second])]
                return self.make(match, rule, alleles=self.canonical(alleles))
        return None

    def extract(self, text: str) -> list[Extraction]:
        stated = self._without_lists(text, super().extract(text))
        inferred = [e for e in self.molecular(text) if not self._explained_by(e, stated)]
        return drop_overlaps(stated + inferred)

    def _without_lists(self, text: str, found: list[Extraction]) -> list[Extraction]:
        """Drop every genotype of a list joined by "or" ("PiZZ, PiZ(null) or Pi(null,null)")."""
        join, disjunction = self.lexicon.list_join, self.lexicon.list_disjunction
        if join is None or disjunction is None or len(found) < 2:
            return found
        found = sorted(found, key=lambda e: e.start)
        chains: list[list[int]] = [[0]]
        for i in range(1, len(found)):
            gap = text[found[i - 1].end : found[i].start]
            if found[i].start >= found[i - 1].end and join.match(gap):
                chains[-1].append(i)
            else:
                chains.append([i])
        dropped: set[int] = set()
        for chain in chains:
            if len(chain) < 2:
                continue
            gaps = [text[found[a].end : found[b].start] for a, b in itertools.pairwise(chain)]
            after = text[found[chain[-1]].end : found[chain[-1]].end + 12]
            # Three or more genotypes in a row, or two joined by "or" (or followed by "or another ..."), are a
            # list of possibilities.
            if (
                len(chain) >= 3
                or any(disjunction.search(gap) for gap in gaps)
                or disjunction.match(after.lstrip(" ,"))
            ):
                dropped.update(chain)
        return [e for i, e in enumerate(found) if i not in dropped]

    @staticmethod
    def _explained_by(inferred: Extraction, stated: list[Extraction]) -> bool:
        """A lone heterozygous variant (M/X) is one allele of a genotype the report states elsewhere."""
        alleles = inferred.fields["alleles"]
        if inferred.rule_id.endswith("molecular") and alleles[0] == "M":
            return any(alleles[1] in e.fields["alleles"] and "M" not in e.fields["alleles"] for e in stated)
        return False

    def molecular(self, text: str) -> list[Extraction]:
        """Genotypes written as variants plus zygosity, one per line that states zygosity."""
        if not any(pattern.search(text) for pattern in self.zygosity.values()):
            return []
        mentions = sorted(
            (m.start(), m.end(), allele)
            for allele, rx in self.variants
            for m in rx.finditer(text)
            if not self._said_absent(text, m.start(), m.end())
        )
        if not mentions:
            return []
        lines: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        for start, end, allele in mentions:
            lines.setdefault(line_of(text, start, end), []).append((start, end, allele))
        heterozygous: list[tuple[int, int, str | None]] = []
        found: list[Extraction] = []
        for (line_start, line_end), items in lines.items():
            line = self._sentence_around(text, line_start, line_end, items[0][0], items[-1][1])
            distinct = list(dict.fromkeys(allele for _, _, allele in items))
            if self.zygosity["compound"].search(line) and len(distinct) >= 2:
                alleles = distinct[:2]
            elif self.zygosity["homozygous"].search(line) and len(distinct) == 1:
                alleles = distinct * 2
            elif self.zygosity["heterozygous"].search(line):
                if len(distinct) >= 2:
                    alleles = distinct[:2]
                elif self._names_unknown_variant(line, line_start, items):
                    continue  # compound with a rare or null variant: the interpretation line says which
                else:
                    heterozygous.append((items[0][0], items[-1][1], distinct[0]))
                    continue
            else:
                continue
            found.append(self._molecular(items[0][0], items[-1][1], alleles))
        if heterozygous:
            heterozygous.extend(self._unknown_heterozygous(text, lines))
            heterozygous.sort(key=lambda item: item[0])
            found.extend(self._pair_heterozygous(heterozygous))
        return found

    def _said_absent(self, text: str, start: int, end: int) -> bool:
        """A variant the text says the patient does not carry ("no Z allele", "(PI*S) - not detected")."""
        before, after = self.lexicon.absent_before, self.lexicon.absent_after
        if before is not None and before.search(text[max(0, start - 20) : start]):
            return True
        return after is not None and bool(after.search(text[end : end + 40]))

    def _in_assay_name(self, match: Match, text: str) -> bool:
        """True when the assay-name pattern's match on the line covers this genotype's span."""
        assert self.lexicon.assay_name is not None
        line_start, line_end = line_of(text, match.start(), match.end())
        return any(
            found.start() <= match.start() - line_start and match.end() - line_start <= found.end()
            for found in self.lexicon.assay_name.finditer(text[line_start:line_end])
        )

    def _sentence_around(self, text: str, line_start: int, line_end: int, first: int, last: int) -> str:
        """The sentence of the line that holds the variant mentions: a zygosity word in the sentence before
        ("homozygous Z. S allele not detected") is about another allele."""
        if self.sentence_break is None:
            return text[line_start:line_end]
        begin = line_start
        for match in self.sentence_break.finditer(text, line_start, first):
            begin = match.end()
        stop = self.sentence_break.search(text, last, line_end)
        return text[begin : stop.start() if stop else line_end]

    def _names_unknown_variant(self, line: str, offset: int, items: list[tuple[int, int, str]]) -> bool:
        """True when the line also names a variant outside the known mentions."""
        if self.any_variant is None:
            return False
        for match in self.any_variant.finditer(line):
            start, end = match.start() + offset, match.end() + offset
            if not any(s <= start < e or start <= s < end for s, e, _ in items):
                return True
        return False

    def _unknown_heterozygous(
        self, text: str, known: dict[tuple[int, int], list[tuple[int, int, str]]]
    ) -> list[tuple[int, int, str | None]]:
        """Heterozygous lines naming a variant of no known allele (a rare or null allele)."""
        if self.any_variant is None:
            return []
        unknown: list[tuple[int, int, str | None]] = []
        for match in self.any_variant.finditer(text):
            span = line_of(text, match.start(), match.end())
            if span in known or not self.zygosity["heterozygous"].search(text[span[0] : span[1]]):
                continue
            if not unknown or unknown[-1][0] != match.start():
                known_span = (span[0], span[1])
                if all(u[0] < known_span[0] or u[0] >= known_span[1] for u in unknown):
                    unknown.append((match.start(), match.end(), None))
        return unknown

    def _pair_heterozygous(self, lines: list[tuple[int, int, str | None]]) -> list[Extraction]:
        """Two heterozygous variants near each other form one compound genotype; a lone known one is M/X.

        A partner whose allele is unknown (a rare or null variant) leaves the genotype to the report's
        interpretation line, so nothing is emitted for the pair.
        """
        found = []
        used: set[int] = set()
        for i, (start, end, allele) in enumerate(lines):
            if i in used or allele is None:
                continue
            partner = next(
                (
                    j
                    for j in range(len(lines))
                    if j != i
                    and j not in used
                    and lines[j][2] != allele
                    and abs(lines[j][0] - start) <= self.pair_window
                ),
                None,
            )
            if partner is None:
                found.append(self._molecular(start, end, ["M", allele]))
                continue
            used.update((i, partner))
            other = lines[partner][2]
            if other is not None:
                first, last = sorted((i, partner))
                found.append(self._molecular(lines[first][0], lines[last][1], [allele, other]))
        return found

    def _molecular(self, start: int, end: int, alleles: list[str]) -> Extraction:
        return Extraction(
            kind=self.kind,
            start=start,
            end=end,
            rule_id=f"{self.kind}.molecular",
            fields={"alleles": self.canonical(alleles)},
        )
