"""``nlp-checker serve``: registered as the ``serve`` plugin of ``nlp-checker`` (entry point group
``nlp_checker.cli_plugins``). Its dependencies are imported with it, so that a missing extra is found
when the plugin loads and the CLI can name it."""

from __future__ import annotations

from typing import Annotated

import typer

from nlp_checker_service.run import serve as run_service

serve_app = typer.Typer(add_completion=False, pretty_exceptions_show_locals=False)


@serve_app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default: NLP_CHECKER_WORKERS).")
    ] = None,
) -> None:
    """Start the HTTP service (uvicorn; settings from NLP_CHECKER_* environment variables)."""
    run_service(host=host, port=port, workers=workers)
