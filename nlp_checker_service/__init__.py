"""HTTP service for nlp-checker: a thin FastAPI shell over :class:`nlp_checker.Checker`.

Build the app with :func:`service.app.create_app`; nothing is built at import time.
"""

from __future__ import annotations
