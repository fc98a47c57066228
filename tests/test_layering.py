"""The library stands alone: importing it (or asking the CLI for help) loads no web, database or NLP stack;
every module of the shells imports on its own (no import circles); the CLI finds ``serve`` and ``worklist``
through entry points and names the extra to install when one is missing."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from importlib.metadata import EntryPoint

import pytest
from typer.testing import CliRunner

import nlp_checker_service
import nlp_checker_worklist
from nlp_checker import cli
from tests.conftest import ROOT

HEAVY = ("sqlalchemy", "alembic", "fastapi", "starlette", "spacy", "medspacy", "fhir.resources")


def _loaded_after(code: str) -> list[str]:
    probe = f"""
import json, sys
{code}
print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))
"""
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_import_nlp_checker_loads_no_heavy_stack() -> None:
    assert _loaded_after("import nlp_checker; nlp_checker.InputError; nlp_checker.__version__") == []


def test_cli_help_loads_no_heavy_stack() -> None:
    code = """
from nlp_checker.cli import main
sys.argv = ["nlp-checker", "--help"]
try:
    main()
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
"""
    assert _loaded_after(code) == []


def test_lazy_names_still_resolve() -> None:
    import nlp_checker

    assert nlp_checker.Checker.__name__ == "Checker" and nlp_checker.GapReport.__name__ == "GapReport"
    with pytest.raises(AttributeError):
        nlp_checker.NoSuchThing  # noqa: B018


def _modules(package: object) -> list[str]:
    path = package.__path__  # type: ignore[attr-defined]
    prefix = package.__name__ + "."  # type: ignore[attr-defined]
    found = [package.__name__]  # type: ignore[attr-defined]
    for info in pkgutil.walk_packages(path, prefix):
        if ".migrations." in info.name or info.name.endswith(".migrations"):
            continue  # Alembic loads these itself, with its own context
        found.append(info.name)
    return sorted(found)


SHELL_MODULES = _modules(nlp_checker_worklist) + _modules(nlp_checker_service)

# Third-party libraries are loaded once, then each module of ours is imported first in a forked child with
# none of our modules loaded: an import circle shows up whichever module a program imports first.
ISOLATION_PROBE = """
import json, os, sys
import alembic.command, fastapi, fastapi.templating, fastapi.staticfiles, medspacy, pydantic
import prometheus_client, pydantic_settings, spacy, sqlalchemy.orm, typer, uvicorn, yaml
assert not any(m == "nlp_checker" or m.startswith("nlp_checker") for m in sys.modules)
failures = {}
for name in json.loads(sys.argv[1]):
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            __import__(name)
            message = ""
        except BaseException as exc:
            message = f"{type(exc).__name__}: {exc}"
        os.write(write, message.encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        message = pipe.read()
    os.waitpid(pid, 0)
    if message:
        failures[name] = message
print(json.dumps(failures))
"""


@pytest.mark.slow
def test_every_shell_module_imports_on_its_own() -> None:
    assert (
        "nlp_checker_service.worklist.deps" in SHELL_MODULES and "nlp_checker_worklist.cli" in SHELL_MODULES
    )
    done = subprocess.run(
        [sys.executable, "-c", ISOLATION_PROBE, json.dumps(SHELL_MODULES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {}


def test_worklist_auth_is_stdlib_only() -> None:
    """The one credential module is shared with the service without pulling the database in."""
    assert _loaded_after("import nlp_checker_worklist.auth") == []


# --- CLI plugins --------------------------------------------------------------------------------------------


def test_help_lists_the_plugins() -> None:
    result = CliRunner().invoke(cli.app, ["--help"])
    assert result.exit_code == 0
    assert "serve" in result.output and "worklist" in result.output
    assert set(cli.plugins()) >= {"serve", "worklist"}
    assert cli.plugins()["worklist"].extras == ["worklist"] and cli.plugins()["serve"].extras == ["service"]


def test_a_plugin_whose_extra_is_missing_says_which_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = EntryPoint(
        name="worklist", value="nlp_checker_not_installed.cli:app [worklist]", group=cli.PLUGIN_GROUP
    )
    monkeypatch.setattr(cli, "plugins", lambda: {"worklist": missing})
    result = CliRunner().invoke(cli.app, ["worklist", "list", "--org", "x"])
    assert result.exit_code == 2
    assert "pip install 'nlp-checker[worklist]'" in result.output


@pytest.mark.parametrize(
    ("argv", "blocked", "extra"),
    [(["worklist", "list"], "sqlalchemy", "worklist"), (["serve", "--port", "1"], "uvicorn", "service")],
)
def test_missing_dependency_exits_2_naming_the_extra(argv: list[str], blocked: str, extra: str) -> None:
    code = f"""
import sys
sys.modules[{blocked!r}] = None  # as if the extra were not installed
from nlp_checker.cli import main
sys.argv = ["nlp-checker", *{argv!r}]
main()
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert f"pip install 'nlp-checker[{extra}]'" in done.stderr


def test_no_top_level_service_package_in_the_wheel() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = project["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    assert packages == ["nlp_checker", "nlp_checker_worklist", "nlp_checker_service"]
    core = " ".join(project["project"]["dependencies"]).lower()
    for name in ("sqlalchemy", "alembic", "psycopg", "fastapi", "fhir.resources", "defusedxml"):
        assert name not in core, name
    assert not (ROOT / "service").exists()


def _import_graph(packages: list[object]) -> dict[str, set[str]]:
    """Module -> modules of these packages it imports, anywhere in its body (function-level imports too,
    ``if TYPE_CHECKING:`` blocks excepted); ``from pkg import sub`` counts as importing ``pkg.sub``."""
    import ast
    import importlib.util

    names = {m for package in packages for m in _modules(package)}
    graph: dict[str, set[str]] = {}
    for name in names:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin
        tree = ast.parse(open(spec.origin, encoding="utf-8").read())  # noqa: SIM115
        skipped: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skipped.update(id(n) for child in node.body for n in ast.walk(child))
        edges: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                edges.update(alias.name for alias in node.names if alias.name in names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                subs = {f"{node.module}.{alias.name}" for alias in node.names} & names
                edges.update(subs or ({node.module} & names))
        graph[name] = edges - {name}
    return graph


def test_no_import_circles_in_the_shells() -> None:
    graph = _import_graph([nlp_checker_worklist, nlp_checker_service])
    assert graph["nlp_checker_service.worklist.ui"], "the graph sees imports"
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []
