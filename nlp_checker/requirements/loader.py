"""Loads and validates the ruleset, payer profiles and code table; computes the ruleset hash."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nlp_checker.errors import RulesetError
from nlp_checker.requirements.models import (
    CONTRACT_REQUIREMENTS,
    CodeTable,
    Profile,
    ProfilesFile,
    RequirementSpec,
    RulesetFile,
)
from nlp_checker.rules.files import read_rule_file, validate_rules

RULE_FILES = ("ruleset.yaml", "profiles.yaml", "codes.yaml")


@dataclass(frozen=True)
class Ruleset:
    """Everything the requirement engine reads, validated."""

    meta: RulesetFile
    profiles: dict[str, Profile]
    codes: CodeTable

    @property
    def requirements(self) -> dict[str, RequirementSpec]:
        return {r.id: r for r in self.meta.requirements}

    def profile(self, name: str) -> Profile:
        try:
            return self.profiles[name]
        except KeyError:
            raise RulesetError(
                "profiles.yaml", name, f"unknown profile; known: {sorted(self.profiles)}"
            ) from None


def load_ruleset(folder: Path) -> Ruleset:
    """Read ``requirements/*.yaml`` under the rules ``folder`` and cross-check them."""
    base = folder / "requirements"
    meta = validate_rules(RulesetFile, read_rule_file(base / "ruleset.yaml"), base / "ruleset.yaml")
    profiles_file = validate_rules(
        ProfilesFile, read_rule_file(base / "profiles.yaml"), base / "profiles.yaml"
    )
    profiles = profiles_file.profiles
    codes = validate_rules(CodeTable, read_rule_file(base / "codes.yaml"), base / "codes.yaml")
    declared = {r.id for r in meta.requirements}
    for profile_name, profile in profiles.items():
        unknown = [r for r in profile.requirements if r not in declared]
        if unknown:
            raise RulesetError(
                str(base / "profiles.yaml"),
                f"profiles.{profile_name}.requirements",
                f"requirement ids not declared in ruleset.yaml: {unknown}",
            )
        absent = [r for r in CONTRACT_REQUIREMENTS if r not in profile.requirements]
        if absent:
            raise RulesetError(
                str(base / "profiles.yaml"),
                f"profiles.{profile_name}.requirements",
                f"every contract requirement must be listed; missing: {absent}",
            )
    return Ruleset(meta=meta, profiles=profiles, codes=codes)
