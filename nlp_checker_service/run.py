"""``nlp-checker serve``: run the app under uvicorn, one pipeline per worker process."""

from __future__ import annotations

import os
import shutil
import tempfile

import uvicorn

from nlp_checker_service.logging import uvicorn_log_config
from nlp_checker_service.settings import Settings

APP_FACTORY = "nlp_checker_service.app:create_app"


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int | None = None) -> None:
    """Start uvicorn with the app factory; ``workers`` defaults to ``NLP_CHECKER_WORKERS``.

    Each worker imports the factory and builds its own app and Checker from the environment (several
    workers need an import string, so settings reach them through ``NLP_CHECKER_*``, not as an object).
    """
    settings = Settings()  # validated here too, so a bad setting fails before any worker starts
    workers = workers or settings.workers
    metrics_dir = None
    if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Workers share their counters through files so that /metrics reports all of them.
        metrics_dir = tempfile.mkdtemp(prefix="nlp-checker-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    try:
        uvicorn.run(
            APP_FACTORY,
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_config=uvicorn_log_config(settings.log_level),
            log_level=settings.log_level.lower(),
            access_log=False,
            server_header=False,
            proxy_headers=True,
        )
    finally:
        if metrics_dir:
            os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)
            shutil.rmtree(metrics_dir, ignore_errors=True)
