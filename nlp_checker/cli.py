"""Command line: ``nlp-checker check | extract | evaluate | batch``; ``serve``, ``worklist`` are plugins.

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
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer
from typer.core import TyperGroup

from nlp_checker.errors import InputError, NlpCheckerError

if TYPE_CHECKING:
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


@app.command()
def check(
    paths: PathsArg,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help=FORMAT_HELP)
    ] = OutputFormat.json,
    profile: ProfileOpt = None,
) -> None:
    """Check charts and print a gap report for each (JSON: one object per chart)."""
    from nlp_checker.ingest import iter_chart_sources
    from nlp_checker.report import to_json, to_markdown, to_summary

    sources = list(iter_chart_sources(paths))
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
                typer.echo(to_markdown(report))
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


@app.command()
def extract(paths: PathsArg) -> None:
    """Print every finding of the charts as JSON lines (affirmed or not, with assertions)."""
    from nlp_checker.ingest import iter_chart_sources
    from nlp_checker.sources import ChartSource

    checker = _checker(None)
    bad_input = False
    for _, chart in iter_chart_sources(paths):
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


@app.command()
def batch(
    input_path: Annotated[
        Path, typer.Argument(metavar="INPUT", help="A folder of charts, a JSON Lines file or a Parquet file.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output folder (created; resumed when it holds a run).")
    ],
    documents: Annotated[
        Path | None,
        typer.Option(help="Parquet table of documents (chart_id, id, type, date, text) joined by chart id."),
    ] = None,
    processes: Annotated[
        int | None, typer.Option("--processes", "-j", help="Worker processes (default: the number of cores).")
    ] = None,
    chunk_size: Annotated[int, typer.Option(help="Charts per committed chunk.")] = 200,
    profile: ProfileOpt = None,
    log_every: Annotated[
        float, typer.Option(help="Seconds between progress lines when not on a terminal.")
    ] = 30.0,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal).")
    ] = None,
) -> None:
    """Check every chart of a folder, JSON Lines or Parquet input into OUT: reports (JSON Lines), report
    rows (Parquet), errors and a summary. Resumable: after an interruption, run the same command again.

    Exit codes: 0 every chart checked, 1 some charts are in the errors files, 2 unusable input or output
    folder, 3 a worker process died (run the same command to resume)."""
    import logging

    from nlp_checker.batch.runner import BatchOptions, WorkerCrashed, run_batch

    batch_logger = logging.getLogger("nlp_checker.batch")
    if not batch_logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("nlp-checker: %(message)s"))
        batch_logger.addHandler(handler)
        batch_logger.setLevel(logging.INFO)
        batch_logger.propagate = False
    options = BatchOptions(
        input=input_path,
        out=out,
        documents=documents,
        processes=processes,
        chunk_size=chunk_size,
        profile=profile,
        progress_bar=sys.stderr.isatty() if progress is None else progress,
        log_every=log_every,
    )
    try:
        summary = run_batch(options)
    except WorkerCrashed as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_INTERNAL) from None
    except NlpCheckerError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except KeyboardInterrupt:
        _error("interrupted; the committed chunks are kept: run the same command again to resume")
        raise typer.Exit(130) from None
    run = summary.get("run", {})
    typer.echo(
        f"nlp-checker: batch done: {summary['charts']:,} charts checked, {summary['errors']:,} errors "
        f"(errors/), {run.get('charts_per_second')} charts/s this run; {out}/summary.json",
        err=True,
    )
    typer.echo(json.dumps(summary))
    raise typer.Exit(EXIT_GAPS if summary["errors"] else EXIT_COMPLETE)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
