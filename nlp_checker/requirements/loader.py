"""Loads and validates the ruleset, payer profiles and code table; computes the ruleset hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from nlp_checker.errors import RulesetError
from nlp_checker.requirements.models import (
    CONTRACT_REQUIREMENTS,
    CodeTable,
    Profile,
    ProfilesFile,
    RequirementSpec,
    RulesetFile,
)
from nlp_checker.resources import patterns_dir

ModelT = TypeVar("ModelT", bound=BaseModel)
RULE_FILES = ("ruleset.yaml", "profiles.yaml", "codes.yaml")


@dataclass(frozen=True)
class Ruleset:
    """Everything the requirement engine reads, validated."""

    meta: RulesetFile
    profiles: dict[str, Profile]
    codes: CodeTable
    content_hash: str

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


def _read(path: Path) -> tuple[Any, bytes]:
    try:
        raw = path.read_bytes()
        return yaml.safe_load(raw), raw
    except OSError as exc:
        raise RulesetError(str(path), "", f"cannot read: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise RulesetError(str(path), "", f"invalid YAML: {exc}") from exc


def _validate(model: type[ModelT], data: Any, path: Path) -> ModelT:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        found = repr(first.get("input"))[:80]
        raise RulesetError(str(path), location, f"{first['msg']} (found {found})") from exc


def load_ruleset(folder: Path | None = None) -> Ruleset:
    """Read ``requirements/*.yaml`` under ``folder`` (default: the shipped patterns) and cross-check them."""
    base = (folder or patterns_dir()) / "requirements"
    digest = hashlib.sha256()
    loaded = {}
    for name in RULE_FILES:
        data, raw = _read(base / name)
        digest.update(name.encode() + b"\0" + raw)
        loaded[name] = data
    meta = _validate(RulesetFile, loaded["ruleset.yaml"], base / "ruleset.yaml")
    profiles = _validate(ProfilesFile, loaded["profiles.yaml"], base / "profiles.yaml").profiles
    codes = _validate(CodeTable, loaded["codes.yaml"], base / "codes.yaml")
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
    return Ruleset(meta=meta, profiles=profiles, codes=codes, content_hash="sha256:" + digest.hexdigest())
