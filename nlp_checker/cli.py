"""Command line: ``nlp-checker check | extract | evaluate``, plus ``serve`` and ``worklist`` from plugins.

Exit codes, like a linter: 0 every chart complete, 1 some chart has gaps, 2 bad input (one line on stderr
per bad file naming the file and the problem), 3 an internal error on some chart (the others are still
checked).

``serve`` and ``worklist`` live in their own packages (``nlp_checker_service``, ``nlp_checker_worklist``) and
register themselves as entry points of the group ``nlp_checker.cli_plugins``; they are imported only when run
(``--help`` lists them without importing them). When a plugin's extra is not installed the command says
which one to install and exits 2.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer
from typer.core import TyperGroup

from nlp_checker.errors import InputError, NlpCheckerError

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    from nlp_checker.models import GapReport

PLUGIN_GROUP = "nlp_checker.cli_plugins"
# One-line help of the known plugins, so that `--help` lists them without importing them.
PLUGIN_HELP = {
    "serve": "Start the HTTP service (uvicorn; settings from NLP_CHECKER_* environment variables).",
    "worklist": "The coder worklist: init, load, list by priority, migrate.",
}
EXIT_COMPLETE, EXIT_GAPS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


@cache
def plugins() -> dict[str, EntryPoint]:
    """The installed sub-command plugins by name (entry points of ``nlp_checker.cli_plugins``)."""
    from importlib.metadata import entry_points  # only for help listings and plugin commands

    return {ep.name: ep for ep in entry_points(group=PLUGIN_GROUP)}


def _install_hint(entry: EntryPoint) -> str:
    extras = ",".join(entry.extras) or entry.name
    return f"pip install 'nlp-checker[{extras}]'"


def load_plugin(name: str) -> click.Command:
    """Import a plugin's command; a missing dependency becomes a command that names the extra (exit 2)."""
    entry = plugins()[name]
    try:
        loaded: Any = entry.load()
    except ImportError as exc:
        missing = exc.name or "a dependency"
        hint = _install_hint(entry)

        @click.command(name=name, context_settings={"ignore_unknown_options": True, "help_option_names": []})
        @click.argument("args", nargs=-1, type=click.UNPROCESSED)
        def unavailable(args: tuple[str, ...]) -> None:
            _error(f"'{name}' needs the extra that provides {missing}; install it with: {hint}")
            raise typer.Exit(EXIT_BAD_INPUT)

        return unavailable
    command = typer.main.get_command(loaded) if isinstance(loaded, typer.Typer) else loaded
    command.name = name
    return command  # type: ignore[no-any-return]


class PluginGroup(TyperGroup):
    """The built-in commands plus the plugins, listed by name and imported only when invoked."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *sorted(set(plugins()) - set(self.commands))]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None or cmd_name not in plugins():
            return command
        # A stand-in for help listings; resolve_command loads the real one.
        help_text = PLUGIN_HELP.get(cmd_name, f"Plugin from {plugins()[cmd_name].value}.")
        return click.Command(cmd_name, help=help_text, short_help=help_text)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = click.utils.make_str(args[0]) if args else None
        if name and name not in self.commands and name in plugins():
            return name, load_plugin(name), args[1:]
        return super().resolve_command(ctx, args)


app = typer.Typer(
    cls=PluginGroup,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    no_args_is_help=True,
    help="Documentation-gap checks for A1PI (J2252) claims.",
)


class OutputFormat(StrEnum):
    json = "json"
    markdown = "markdown"
    summary = "summary"


def _error(message: str) -> None:
    typer.echo(f"nlp-checker: error: {message}", err=True)


def _checker(profile: str | None):  # type: ignore[no-untyped-def]
    from nlp_checker.checker import Checker

    try:
        return Checker(profile=profile)
    except NlpCheckerError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT) from None


def _progress(total: int):  # type: ignore[no-untyped-def]
    """A progress bar on stderr, only for many charts on a terminal."""
    if total < 2 or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress

    return Progress(console=Console(stderr=True), transient=True)


FORMAT_HELP = "json (one report object per chart), markdown, or summary (a worklist table)."
PathsArg = Annotated[
    list[Path], typer.Argument(help="Chart JSON files, folders of them, or plain-text notes.")
]
ProfileOpt = Annotated[
    str | None, typer.Option("--profile", "-p", help="Payer profile: overrides the chart's.")
]
ClaimLineOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--claim-line",
        help="A claim line of text notes, CODE[-MODIFIER]:UNITS (repeat it): --claim-line J0256:490 "
        "--claim-line J0256-JW:10. Wins over the notes' front matter.",
    ),
]
DosOpt = Annotated[
    str | None,
    typer.Option(
        "--date-of-service",
        help="Date of service of text notes (YYYY-MM-DD); default: front "
        "matter, else a date heading the note.",
    ),
]
OneChartOpt = Annotated[
    bool,
    typer.Option("--one-chart", help="All text notes given (files and folders) form one chart."),
]


def _version_callback(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"nlp-checker {version('nlp-checker')}")
        except PackageNotFoundError:
            typer.echo("nlp-checker (not installed)")
        raise typer.Exit(0)


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Documentation-gap checks for A1PI (J2252) claims."""


NOTE_STRUCTURED = {".json", ".hl7", ".hl7v2", ".er7", ".ccda", ".cda", ".xml"}


def _walk(path: Path) -> list[Path]:
    """The files of a folder and its subfolders (hidden ones skipped), in a stable order."""
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and not p.name.upper().startswith("README")
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def note_sources(
    paths: list[Path],
    *,
    one_chart: bool,
    claim_lines: list[dict[str, Any]],
    date_of_service: Any,
    profile: str | None,
    warn: Any,
) -> Any:
    """Yield (source, chart or InputError). Structured files (chart JSON, FHIR, HL7 v2, C-CDA) are charts of
    their own (``nlp_checker.ingest``); text notes go through ``nlp_checker.notes``: binary formats refused
    with a hint, front matter read; the notes of a folder (or sharing a front-matter chart_id) form one
    chart, with a warning naming the files unless ``one_chart`` (which also joins notes named one by one)."""
    from nlp_checker.ingest import load_chart_file, parse_chart
    from nlp_checker.notes import FrontMatterError, binary_format_hint, note_chart, parse_front_matter

    files: list[tuple[Path, Path]] = []  # (file, the folder or file named on the command line)
    for path in paths:
        if path.is_dir():
            found = _walk(path)
            if not found:
                yield str(path), InputError("folder holds no chart files", str(path))
            files += [(f, path) for f in found]
        elif path.is_file():
            files.append((path, path))
        else:
            yield str(path), InputError("no such file or folder", str(path))
    notes: list[tuple[Path, Path, Any]] = []
    for file, root in files:
        if file.suffix.lower() in NOTE_STRUCTURED:
            try:
                yield str(file), load_chart_file(file)
            except InputError as exc:
                yield str(file), exc
            continue
        try:
            raw = file.read_bytes()
        except OSError as exc:
            yield str(file), InputError(f"cannot read file: {exc.strerror}", str(file))
            continue
        hint = binary_format_hint(raw, file.name)
        if hint:
            yield str(file), InputError(hint, str(file))
            continue
        if not raw.strip():
            yield str(file), InputError("file is empty", str(file))
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield str(file), InputError(f"not valid UTF-8 (byte at offset {exc.start})", str(file))
            continue
        from nlp_checker.ingest.ccda import looks_like_ccda
        from nlp_checker.ingest.hl7v2 import looks_like_hl7v2

        if looks_like_hl7v2(text) or looks_like_ccda(text):
            try:
                yield str(file), load_chart_file(file)
            except InputError as exc:
                yield str(file), exc
            continue
        try:
            notes.append((file, root, parse_front_matter(text)))
        except FrontMatterError as exc:
            yield str(file), InputError(str(exc), str(file))
    groups: dict[str, list[tuple[Path, Any]]] = {}
    if one_chart and notes:
        first_root = notes[0][1]
        name = first_root.name if first_root.is_dir() else first_root.stem
        groups[name] = [(f, n) for f, _, n in notes]
    else:
        # A folder's notes (subfolders included) are one chart named after it, a note named on its own is a
        # chart of its own; a front-matter chart_id wins. Several notes in one chart: a warning names them.
        for file, root, note in notes:
            key = note.chart_id or (root.name if root.is_dir() else file.stem)
            groups.setdefault(key, []).append((file, note))
    for chart_id, members in groups.items():
        if len(members) > 1 and not one_chart:
            warn(
                f"{len(members)} notes checked as one chart {chart_id!r}: "
                f"{', '.join(str(f) for f, _ in members)} (--one-chart says so and hides this warning)"
            )
        ids = _document_ids([f for f, _ in members])
        data = note_chart(
            [(ids[f], n) for f, n in members],
            chart_id,
            claim_lines=claim_lines,
            date_of_service=date_of_service,
            profile=profile,
        )
        source = str(members[0][0]) if len(members) == 1 else chart_id
        try:
            yield source, parse_chart(data, source)
        except InputError as exc:
            yield source, exc


def _document_ids(files: list[Path]) -> dict[Path, str]:
    """Each note's document id: its file name, or its path when two notes share a name."""
    names = [f.name for f in files]
    return {f: f.name if names.count(f.name) == 1 else str(f) for f in files}


def _sources(
    paths: list[Path],
    *,
    one_chart: bool = False,
    claim_lines: list[str] | None = None,
    date_of_service: str | None = None,
    profile: str | None = None,
) -> list[tuple[str, Any]]:
    """Charts from the paths (text notes through ``nlp_checker.notes``); bad options exit 2."""
    import datetime as dt

    from nlp_checker.notes import parse_claim_line

    try:
        lines = [parse_claim_line(text) for text in claim_lines or []]
    except ValueError as exc:
        _error(f"--claim-line: {exc}")
        raise typer.Exit(EXIT_BAD_INPUT) from None
    dos = None
    if date_of_service:
        try:
            dos = dt.date.fromisoformat(date_of_service)
        except ValueError:
            _error("--date-of-service: expected a date as YYYY-MM-DD")
            raise typer.Exit(EXIT_BAD_INPUT) from None
    return list(
        note_sources(
            paths,
            one_chart=one_chart,
            claim_lines=lines,
            date_of_service=dos,
            profile=profile,
            warn=lambda message: typer.echo(f"nlp-checker: warning: {message}", err=True),
        )
    )


@app.command()
def check(
    paths: PathsArg,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help=FORMAT_HELP)
    ] = OutputFormat.json,
    profile: ProfileOpt = None,
    claim_line: ClaimLineOpt = None,
    date_of_service: DosOpt = None,
    one_chart: OneChartOpt = False,
) -> None:
    """Check charts and print a gap report for each (JSON: one object per chart).

    Text notes may start with a front-matter block (see corpus_samples/notes/); each note is a chart of its
    own unless --one-chart (or a shared chart_id in their front matter) puts them together. PDF, Word and
    other binary files are refused with a hint."""
    from nlp_checker.report import to_json, to_markdown, to_summary

    sources = _sources(
        paths, one_chart=one_chart, claim_lines=claim_line, date_of_service=date_of_service, profile=profile
    )
    checker = _checker(profile)
    exit_code = EXIT_COMPLETE
    bad_input = internal_error = False
    single = len(sources) == 1
    rows: list[GapReport] = []
    progress = _progress(len(sources))
    task = progress.add_task("checking", total=len(sources)) if progress else None
    if progress:
        progress.start()
    try:
        for source, chart in sources:
            if progress and task is not None:
                progress.advance(task)
            if isinstance(chart, InputError):
                _error(str(chart))
                bad_input = True
                continue
            try:
                report = checker.check(chart)
            except InputError as exc:
                _error(f"{source}: {exc.message}")
                bad_input = True
                continue
            except Exception as exc:  # a bug must not stop the other charts or print note text
                _error(f"{source}: internal error ({type(exc).__name__}); chart skipped, please report it")
                internal_error = True
                continue
            if output_format is OutputFormat.markdown:
                typer.echo(to_markdown(report, _names(chart)))
            elif output_format is OutputFormat.json:
                typer.echo(to_json(report, indent=2 if single else None))
            else:
                rows.append(report)
            if not report.complete:
                exit_code = EXIT_GAPS
    finally:
        if progress:
            progress.stop()
    if output_format is OutputFormat.summary:
        typer.echo(to_summary(rows))
    if internal_error:
        raise typer.Exit(EXIT_INTERNAL)
    raise typer.Exit(EXIT_BAD_INPUT if bad_input else exit_code)


def _names(chart: Any) -> dict[str, str]:
    """Document display names ("Infusion record 02/10/2026") of a chart, for citations."""
    from nlp_checker.notes import document_names

    documents = getattr(getattr(chart, "chart", chart), "documents", None) or []
    return document_names((d.id, d.type, d.date) for d in documents)


@app.command()
def extract(paths: PathsArg, one_chart: OneChartOpt = False) -> None:
    """Print every finding of the charts as JSON lines (affirmed or not, with assertions)."""
    from nlp_checker.sources import ChartSource

    checker = _checker(None)
    bad_input = False
    for _, chart in _sources(paths, one_chart=one_chart):
        if isinstance(chart, InputError):
            _error(str(chart))
            bad_input = True
            continue
        try:
            findings = checker.extract(chart)
        except InputError as exc:
            _error(str(exc))
            bad_input = True
            continue
        chart_id = chart.chart.chart_id if isinstance(chart, ChartSource) else chart.chart_id
        for finding in findings:
            typer.echo(json.dumps({"chart_id": chart_id, **finding.model_dump(mode="json")}))
    raise typer.Exit(EXIT_BAD_INPUT if bad_input else EXIT_COMPLETE)


@app.command()
def evaluate(
    folder: Annotated[Path, typer.Argument(help="A folder with charts/ and gold/ (e.g. corpus_samples).")],
    min_requirement_accuracy: Annotated[float, typer.Option(help="Exit 1 below this accuracy.")] = 0.0,
    min_finding_f1: Annotated[float, typer.Option(help="Exit 1 below this finding micro-F1.")] = 0.0,
    show_errors: Annotated[bool, typer.Option("--errors", help="List every disagreement.")] = False,
) -> None:
    """Score the checker's reports against gold files: requirement accuracy, finding P/R/F1 per kind."""
    from nlp_checker.evaluation import Evaluation, load_gold
    from nlp_checker.ingest import load_json_chart

    charts_dir, gold_dir = folder / "charts", folder / "gold"
    if not charts_dir.is_dir() or not gold_dir.is_dir():
        _error(f"{folder}: expected sub-folders charts/ and gold/")
        raise typer.Exit(EXIT_BAD_INPUT)
    try:
        gold = load_gold(gold_dir)
        charts = [load_json_chart(charts_dir / f"{chart_id}.json") for chart_id in gold]
    except InputError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT) from None
    checker = _checker(None)
    evaluation = Evaluation()
    for chart, report in zip(charts, checker.check_many(charts), strict=True):
        evaluation.add(report, gold[chart.chart_id])
    result = evaluation.as_dict()
    if not show_errors:
        result["errors"] = len(result["errors"])
    typer.echo(json.dumps(result, indent=2))
    below = evaluation.requirement_accuracy < min_requirement_accuracy or evaluation.micro.f1 < min_finding_f1
    raise typer.Exit(EXIT_GAPS if below else EXIT_COMPLETE)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
