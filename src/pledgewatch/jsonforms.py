"""The JSON shape of an event, shared by ``explain --json``, ``events --json``, exports and the API.

One function per record so every view prints the same keys: ``doc``, ``sentence``, ``date``
(with ``date_basis`` and ``date_words``: where it came from), ``source``, ``target``, ``cameo``,
``plover``, ``quad``, ``goldstein``, ``modality``, ``why`` and ``commitment`` (null unless the
event is a graded promise, offer, demand or refusal), with the evidence span and the whole
sentence (``sentence_text``) it was read from.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from pledgewatch.model import DateBasis, Event
from pledgewatch.store.database import event_row


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None  # pandas' missing value, in any column
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item"):  # numpy scalars from DataFrames
        return value.item()
    return value


def event_json(event: Event, sentence_text: str | None = None) -> dict[str, Any]:
    """An event record as a JSON-ready dict, through the same mapping as a stored row."""
    commitment = event.commitment.to_dict() if event.commitment else None
    row = {**event_row(event), "commitment": commitment, "sentence_text": sentence_text}
    return event_row_json(row)


def event_row_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row of :func:`pledgewatch.store.frames.events_frame` in the same shape."""
    commitment = row.get("commitment")
    if not isinstance(commitment, dict):  # NaN/None from an outer join without a commitment
        commitment = None
    row = {key: _plain(value) for key, value in row.items()}
    return {
        "id": row["id"],
        "doc": row["doc_id"],
        "sentence": row["sentence_id"],
        "date": _plain(row["date"]),
        "date_precision": row["date_precision"],
        # where the date came from: "words" (its sentence's time words, in "date_words"),
        # "report" (its report's day), "twin" or "recalled"; None for imports and old stores
        **_date_basis(row.get("provenance")),
        "source": row["source"],
        "source_text": row["source_text"],
        "target": row["target"],
        "target_text": row["target_text"],
        "cameo": row["cameo"],
        "plover": row["plover"],
        "plover_mode": row["plover_mode"],
        "quad": _plain(row["quad"]),
        "penta": _plain(row["penta"]),
        "goldstein": _plain(row["goldstein"]),
        "modality": row["modality"],
        "action": row["action_text"],
        "evidence": row["evidence"],
        "sentence_text": row.get("sentence_text"),
        "why": row["why"],
        "origin": row["origin"],
        "role": _role(row.get("provenance")),
        "commitment": commitment,
    }


def _role(provenance: Any) -> str:
    """The event's role in its sentence (``main`` unless its provenance names another)."""
    if isinstance(provenance, dict):
        return str(provenance.get("role") or "main")
    return "main"


def _date_basis(provenance: Any) -> dict[str, str | None]:
    """The ``date_basis`` and ``date_words`` keys of an event (:class:`DateBasis`)."""
    basis = DateBasis.from_provenance(provenance)
    return {
        "date_basis": basis.kind if basis else None,
        "date_words": basis.text if basis else None,
    }
