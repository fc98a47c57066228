"""Development tools come from their registries, pinned, never vendored: axe-core (the browser tests'
accessibility audit) is a devDependency in package.json + package-lock.json, installed by `npm ci` in
.ci/run when node and npm exist, ignored by git, and loaded by the browser tests from node_modules."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from .conftest import ROOT


def test_axe_core_is_a_pinned_npm_dev_dependency() -> None:
    package = json.loads((ROOT / "package.json").read_text())
    pinned = package["devDependencies"]["axe-core"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned), f"pin an exact version, not a range: {pinned}"
    assert package.get("private") is True  # never published
    lock = json.loads((ROOT / "package-lock.json").read_text())
    locked = lock["packages"]["node_modules/axe-core"]
    assert locked["version"] == pinned and locked["integrity"].startswith("sha512-")
    assert lock["packages"][""]["devDependencies"] == package["devDependencies"]


def test_no_vendored_copy_and_node_modules_ignored() -> None:
    assert not list(ROOT.glob("tests/**/axe*.js")), "axe-core comes from npm, not from a copy in tests/"
    assert "node_modules/" in (ROOT / ".gitignore").read_text().splitlines()
    browser_test = (ROOT / "tests" / "service" / "worklist" / "test_coder_browser.py").read_text()
    assert '"node_modules" / "axe-core" / "axe.min.js"' in browser_test


def test_ci_installs_it_with_npm_ci_when_npm_exists() -> None:
    script = (ROOT / ".ci" / "run").read_text()
    assert "npm ci --no-audit --no-fund" in script
    assert re.search(r"command -v node .*command -v npm", script), "guarded: skipped without node/npm"
    assert "will be skipped" in script  # says so when they are missing
    if shutil.which("git"):
        tracked = subprocess.run(
            ["git", "ls-files", "node_modules"], cwd=ROOT, capture_output=True, text=True, timeout=30
        )
        if tracked.returncode == 0:
            assert tracked.stdout == ""


@pytest.mark.skipif(not (ROOT / "node_modules").exists(), reason="npm ci has not run")
def test_installed_axe_core_is_the_locked_version() -> None:
    installed = json.loads((ROOT / "node_modules" / "axe-core" / "package.json").read_text())
    assert (
        installed["version"] == json.loads((ROOT / "package.json").read_text())["devDependencies"]["axe-core"]
    )
