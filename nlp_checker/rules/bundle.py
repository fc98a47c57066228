"""The rule bundle: every file under a rules folder, validated once, hashed, handed to whoever reads rules.

``load_bundle()`` is the one place that finds the shipped ``patterns/`` folder (``nlp_checker.resources``).
Everything else (the pipeline, the structured readers, the requirement engine, the worklist, the UI) gets
a ``RuleBundle`` passed in, so a site's rule set applies everywhere, and the report's hash names every
file that shaped it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from nlp_checker.errors import RulesetError
from nlp_checker.normalize import Units
from nlp_checker.payers import PayerMap
from nlp_checker.rules.ehr import BillingCodes, DocumentTypes, EhrTables, PayerCodes
from nlp_checker.rules.files import read_rule_file, validate_rules
from nlp_checker.rules.structured_codes import StructuredCodes
from nlp_checker.settings import PipelineSettings, load_pipeline_settings

if TYPE_CHECKING:
    from nlp_checker.extractors import RegexExtractor
    from nlp_checker.requirements.loader import Ruleset

# Files the library validates itself; any other YAML/JSON file is parsed (syntax checked) and kept for the
# package that owns it (worklist.yaml for the worklist, query templates, ...), and hashed like the rest.
CORE_FILES = (
    "pipeline.yaml",
    "units.yaml",
    "structured_codes.yaml",
    "target_rules.json",
    "section_rules.json",
    "context_rules.json",
    "requirements/ruleset.yaml",
    "requirements/profiles.yaml",
    "requirements/codes.yaml",
    "requirements/payers.yaml",
    "ehr/payer_codes.yaml",
    "ehr/billing.yaml",
    "ehr/document_types.yaml",
)
RULE_SUFFIXES = (".yaml", ".yml", ".json")
IGNORED_NAMES = ("README.md", ".gitkeep")


def rule_files(folder: Path) -> list[str]:
    """Every rule file under ``folder`` as a sorted relative POSIX path (hidden files and caches skipped)."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith((".", "__")) for part in relative.parts) or not path.is_file():
            continue
        if path.name in IGNORED_NAMES:
            continue
        if path.suffix not in RULE_SUFFIXES:
            raise RulesetError(str(path), "", f"not a rule file (expected one of {list(RULE_SUFFIXES)})")
        found.append(relative.as_posix())
    return sorted(found)


def hash_files(folder: Path, names: list[str]) -> tuple[dict[str, str], str]:
    """SHA-256 of each file and of the whole set (names and contents), ``sha256:<hex>``."""
    per_file = {}
    digest = hashlib.sha256()
    for name in names:
        raw = (folder / name).read_bytes()
        per_file[name] = hashlib.sha256(raw).hexdigest()
        digest.update(name.encode() + b"\0" + raw + b"\0")
    return per_file, "sha256:" + digest.hexdigest()


@dataclass(frozen=True)
class RuleBundle:
    """All rules of one folder, validated; immutable once loaded."""

    folder: Path
    file_hashes: Mapping[str, str]
    content_hash: str
    settings: PipelineSettings
    units: Units
    structured_codes: StructuredCodes
    ruleset: Ruleset
    payers: PayerMap
    extractors: Mapping[str, RegexExtractor]
    target_rules: tuple[Mapping[str, Any], ...]
    ehr: EhrTables
    documents: Mapping[str, Any] = field(default_factory=dict)

    @property
    def files(self) -> list[str]:
        return list(self.file_hashes)

    def document(self, name: str) -> Any:
        """The parsed content of a rule file another package validates (``worklist.yaml``, ...)."""
        try:
            return self.documents[name]
        except KeyError:
            raise RulesetError(str(self.folder / name), "", "rule file missing") from None

    def path(self, name: str) -> Path:
        return self.folder / name

    def extractor(self, kind: str) -> RegexExtractor:
        return self.extractors[kind]


def load_bundle(folder: Path | str | None = None) -> RuleBundle:
    """Load and validate every rule file of ``folder`` (default: the shipped ``patterns/``)."""
    from nlp_checker.extractors import load_extractors
    from nlp_checker.requirements.loader import load_ruleset
    from nlp_checker.resources import patterns_dir

    root = Path(folder) if folder is not None else patterns_dir()
    if not root.is_dir():
        raise RulesetError(str(root), "", "expected a folder of rule files, found none")
    names = rule_files(root)
    missing = [name for name in CORE_FILES if name not in names]
    if missing:
        raise RulesetError(str(root / missing[0]), "", "rule file missing")
    file_hashes, content_hash = hash_files(root, names)
    settings = load_pipeline_settings(root / "pipeline.yaml")
    context = {"regex_timeout": settings.regex_timeout_seconds}
    units = validate_rules(Units, read_rule_file(root / "units.yaml"), root / "units.yaml")
    codes_path = root / "structured_codes.yaml"
    structured = validate_rules(StructuredCodes, read_rule_file(codes_path), codes_path)
    payers_path = root / "requirements" / "payers.yaml"
    payers = validate_rules(PayerMap, read_rule_file(payers_path), payers_path, context)
    ruleset = load_ruleset(root)
    ehr = _load_ehr(root, context, set(ruleset.profiles))
    extractors = load_extractors(root / "extractors", units, settings.regex_timeout_seconds)
    targets = read_rule_file(root / "target_rules.json")
    if not isinstance(targets, dict) or not isinstance(targets.get("target_rules"), list):
        raise RulesetError(str(root / "target_rules.json"), "target_rules", "expected a list of rules")
    own = set(CORE_FILES) | {n for n in names if n.startswith("extractors/")}
    documents = {name: read_rule_file(root / name) for name in names if name not in own}
    return RuleBundle(
        folder=root,
        file_hashes=MappingProxyType(file_hashes),
        content_hash=content_hash,
        settings=settings,
        units=units,
        structured_codes=structured,
        ruleset=ruleset,
        payers=payers,
        extractors=MappingProxyType({e.kind: e for e in extractors}),
        target_rules=tuple(targets["target_rules"]),
        ehr=ehr,
        documents=MappingProxyType(documents),
    )


def _load_ehr(root: Path, context: dict[str, Any], profiles: set[str]) -> EhrTables:
    """The EHR code tables (patterns/ehr/): payer codes, billing code systems and chargemaster, doc types."""
    tables = {}
    for key, model in (
        ("payer_codes", PayerCodes),
        ("billing", BillingCodes),
        ("document_types", DocumentTypes),
    ):
        path = root / "ehr" / f"{key}.yaml"
        tables[key] = validate_rules(model, read_rule_file(path), path, context)
    ehr = EhrTables(**tables)
    unknown = ehr.unknown_profiles(profiles)
    if unknown:
        path = root / "ehr" / "payer_codes.yaml"
        raise RulesetError(
            str(path), "codes.profile", f"unknown profile {unknown[0]!r}; known: {sorted(profiles)}"
        )
    return ehr


_default: RuleBundle | None = None


def default_bundle() -> RuleBundle:
    """The shipped bundle, loaded once per process: for readers called without a bundle of their own."""
    global _default
    if _default is None:
        _default = load_bundle()
    return _default
