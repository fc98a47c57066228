"""The service's routes: ``check`` (contract JSON), ``ehr`` (FHIR R4, HL7 v2), ``ops`` (health, metrics).

Every ``/v1`` router is built by :func:`v1_router`: the service API key and the documented error answers.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from nlp_checker_service.auth import require_api_key
from nlp_checker_service.schemas import ErrorBody

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        401: "No API key.",
        403: "The API key is not valid.",
        413: "The request body is over the size limit.",
        422: "Malformed JSON, wrong types, too many documents or a document too long (the message names it).",
        503: "The pipeline is not loaded yet.",
    }.items()
}


def v1_router() -> APIRouter:
    return APIRouter(prefix="/v1", tags=["v1"], dependencies=[Depends(require_api_key)], responses=ERRORS)
