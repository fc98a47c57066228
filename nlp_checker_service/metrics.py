"""Prometheus metrics: requests and latency per route, charts checked, requirement statuses by id.

Each app has its own registry (tests build many apps). With several uvicorn workers, ``serve`` sets
``PROMETHEUS_MULTIPROC_DIR`` so ``/metrics`` aggregates every worker (prometheus_client multiprocess mode).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from nlp_checker.models import GapReport

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


@dataclass
class Metrics:
    """The service's metrics, registered on one registry."""

    registry: CollectorRegistry
    requests: Counter
    latency: Histogram
    charts: Counter
    requirement_status: Counter

    @classmethod
    def create(cls) -> Metrics:
        registry = CollectorRegistry(auto_describe=True)
        return cls(
            registry=registry,
            requests=Counter(
                "nlp_checker_http_requests",
                "HTTP requests by route template, method and status.",
                ["route", "method", "status"],
                registry=registry,
            ),
            latency=Histogram(
                "nlp_checker_http_request_duration_seconds",
                "HTTP request latency by route template and method.",
                ["route", "method"],
                buckets=LATENCY_BUCKETS,
                registry=registry,
            ),
            charts=Counter(
                "nlp_checker_charts_checked",
                "Charts checked, by profile and result.",
                ["profile", "complete"],
                registry=registry,
            ),
            requirement_status=Counter(
                "nlp_checker_requirement_status",
                "Requirement results of checked charts, by requirement id and status.",
                ["requirement", "status"],
                registry=registry,
            ),
        )

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route, method).observe(seconds)

    def observe_report(self, report: GapReport) -> None:
        self.charts.labels(report.profile, str(report.complete).lower()).inc()
        for result in report.requirements:
            self.requirement_status.labels(result.id, result.status).inc()

    def render(self) -> tuple[bytes, str]:
        """The exposition text (all workers in multiprocess mode) and its content type."""
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            MultiProcessCollector(registry)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
