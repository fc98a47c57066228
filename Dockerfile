# nlp-checker HTTP service and coder worklist. Build: docker build -t nlp-checker .
# Run with PostgreSQL and a one-shot migration: compose.yaml. The rules (patterns/) and the worklist's
# Alembic migrations are inside the installed wheel; nothing is read from a mounted checkout.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY patterns ./patterns
COPY nlp_checker ./nlp_checker
COPY nlp_checker_worklist ./nlp_checker_worklist
COPY nlp_checker_service ./nlp_checker_service
# A wheel, not an editable install: patterns/ is force-included into it as nlp_checker/patterns.
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --upgrade pip \
 && /opt/venv/bin/pip install ".[service]" \
 && /opt/venv/bin/python -c "from nlp_checker.rules import load_bundle; print(load_bundle().content_hash)"

FROM python:3.11-slim
RUN groupadd --system --gid 10001 nlpchecker \
 && useradd --system --uid 10001 --gid nlpchecker --no-create-home --shell /usr/sbin/nologin nlpchecker
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    NLP_CHECKER_WORKERS=2
WORKDIR /tmp
USER 10001:10001
EXPOSE 8000
# Ready = the pipeline is loaded in the worker that answers (a worker's start-up takes 5-25 s).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4).status != 200)"]
CMD ["nlp-checker", "serve", "--host", "0.0.0.0", "--port", "8000"]
