"""``nlp-checker serve``: run the app under uvicorn, one pipeline per worker process.

Start-up with several workers, and why workers used to restart during it: uvicorn's supervisor pings each
worker every half second and kills one that does not answer within ``timeout_worker_healthcheck`` (5 s by
default), and it restarts a worker that exits, logging only "Child process died". Two things made workers
exit or miss the ping at start-up on a 2-core machine:

1. every worker migrated the worklist database in its lifespan at the same moment; on SQLite (the default
   store) there is no lock, so one worker's ``CREATE TABLE alembic_version`` failed ("table
   alembic_version already exists"), its start-up failed, it exited and was restarted, paying the
   15-25 s of importing spaCy and building the pipeline again while the machine was busiest;
2. a worker that imports spaCy and builds its pipeline while the other workers do the same shares two
   cores with them; when the machine is also busy with other work, its ping reply can come later than 5 s.

Now ``serve`` migrates the worklist once, in the supervisor, before any worker starts (workers then skip
it), gives the workers' health check a start-up-sized timeout (``NLP_CHECKER_WORKER_HEALTHCHECK_TIMEOUT``,
30 s), and logs the reason whenever a worker is replaced: its exit code or signal, or the missed health
check.
"""

from __future__ import annotations

import logging
import logging.config
import os
import shutil
import signal
import tempfile

import uvicorn
from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors.multiprocess import Multiprocess

from nlp_checker_service.logging import SERVICE_LOGGER, uvicorn_log_config
from nlp_checker_service.settings import Settings

APP_FACTORY = "nlp_checker_service.app:create_app"
logger = logging.getLogger(SERVICE_LOGGER)


def exit_reason(exitcode: int | None) -> str:
    """Why a worker process ended, in words."""
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (the kernel's out-of-memory killer, or an operator)" if name == "SIGKILL" else ""
        return f"killed by {name}{hint}"
    if exitcode == STARTUP_FAILURE:
        return f"exited with code {exitcode}: its start-up failed (see its error above)"
    return f"exited with code {exitcode} (see its log lines above)"


class Supervisor(Multiprocess):
    """uvicorn's multiprocess supervisor, logging why it replaces a worker."""

    def keep_subprocess_alive(self) -> None:
        if self.should_exit.is_set():
            return
        timeout = self.config.timeout_worker_healthcheck
        for index, process in enumerate(self.processes):
            running = process.process.is_alive()
            if running and process.ping(timeout):
                continue
            process.kill()
            process.join()
            if running:
                reason = (
                    f"did not answer the supervisor's health check within {timeout} s and was killed "
                    "(a busy machine; raise NLP_CHECKER_WORKER_HEALTHCHECK_TIMEOUT)"
                )
            else:
                reason = exit_reason(process.exitcode)
            if process.exitcode == STARTUP_FAILURE and not running:
                logger.error("worker %s %s; stopping", process.pid, reason, extra={"worker_pid": process.pid})
                self.should_exit.set()
                return
            if self.should_exit.is_set():
                return
            logger.warning(
                "worker %s %s; starting a new one", process.pid, reason, extra={"worker_pid": process.pid}
            )
            replacement = type(process)(self.config, self.sockets)
            replacement.start()
            self.processes[index] = replacement


def service_urls(host: str, port: int, worklist: bool) -> dict[str, str]:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else host)
    base = f"http://{shown}:{port}"
    urls = {"home": f"{base}/", "api_docs": f"{base}/docs", "readyz": f"{base}/readyz"}
    if worklist:
        urls["worklist"] = f"{base}/worklist"
    return urls


def migrate_once(settings: Settings) -> bool:
    """Migrate the worklist store before the workers start; True when it did (the workers then skip it)."""
    if not (settings.worklist and settings.database_url and settings.migrate_on_start):
        return False
    from nlp_checker_worklist import Store

    Store(settings.database_url).migrate()
    return True


def run_config(config: uvicorn.Config) -> None:
    """What ``uvicorn.run`` does with an import string, with the logging supervisor for several workers."""
    try:
        if config.workers > 1:
            Supervisor(config, sockets=[config.bind_socket()]).run()
        else:
            uvicorn.Server(config).run()
    except KeyboardInterrupt:  # pragma: no cover
        pass


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int | None = None) -> None:
    """Start uvicorn with the app factory; ``workers`` defaults to ``NLP_CHECKER_WORKERS``.

    Each worker imports the factory and builds its own app and Checker from the environment (several
    workers need an import string, so settings reach them through ``NLP_CHECKER_*``, not as an object).
    """
    settings = Settings()  # validated here too, so a bad setting fails before any worker starts
    workers = workers or settings.workers
    log_config = uvicorn_log_config(settings.log_level)
    logging.config.dictConfig(log_config)
    metrics_dir = None
    changed_env: dict[str, str | None] = {}
    if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Workers share their counters through files so that /metrics reports all of them.
        metrics_dir = tempfile.mkdtemp(prefix="nlp-checker-metrics-")
        changed_env["PROMETHEUS_MULTIPROC_DIR"] = None
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    if migrate_once(settings):
        logger.info("worklist schema migrated before starting the workers")
        changed_env["NLP_CHECKER_MIGRATE_ON_START"] = os.environ.get("NLP_CHECKER_MIGRATE_ON_START")
        os.environ["NLP_CHECKER_MIGRATE_ON_START"] = "false"
    config = uvicorn.Config(
        APP_FACTORY,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=log_config,
        log_level=settings.log_level.lower(),
        access_log=False,
        server_header=False,
        proxy_headers=True,
        timeout_worker_healthcheck=settings.worker_healthcheck_timeout,
    )
    urls = service_urls(host, port, bool(settings.worklist and settings.database_url))
    logger.info(
        "nlp-checker serving on %s with %d worker%s: %s",
        urls["home"],
        workers,
        "s" if workers > 1 else "",
        ", ".join(f"{name} {url}" for name, url in urls.items() if name != "home"),
        extra={"urls": urls, "workers": workers},
    )
    try:
        run_config(config)
    finally:
        for name, previous in changed_env.items():
            if previous is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = previous
        if metrics_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)
