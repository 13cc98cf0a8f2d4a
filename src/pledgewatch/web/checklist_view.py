"""The checklist board: a checklist of preconditions evaluated at a date.

The checklists stage evaluates a checklist against the store at any date. When that stage is
not installed the board shows, for each item, the latest evaluation saved in the store's
``checklist_evaluations`` table on or before the date, so a store evaluated elsewhere can still
be browsed.
"""

from __future__ import annotations

import datetime as dt
import logging
from importlib import resources
from pathlib import Path
from typing import Any

from pledgewatch.errors import NotFound
from pledgewatch.store.frames import sentence_texts
from pledgewatch.web import queries
from pledgewatch.web.context import ViewContext, clean_text, iso
from pledgewatch.web.models import ChecklistItemOut, ChecklistListOut, ChecklistOut
from pledgewatch.web.stages import checklist_functions

log = logging.getLogger(__name__)


def shipped_checklist_names() -> list[str]:
    """Names of the checklists in ``pledgewatch/data/checklists/*.yaml``."""
    try:
        folder = resources.files("pledgewatch").joinpath("data/checklists")
        return sorted(
            entry.name.rsplit(".", 1)[0]
            for entry in folder.iterdir()
            if entry.name.endswith((".yaml", ".yml"))
        )
    except (FileNotFoundError, NotADirectoryError, ModuleNotFoundError):
        return []


def checklist_names(ctx: ViewContext) -> ChecklistListOut:
    names = sorted({*shipped_checklist_names(), *queries.stored_checklist_names(ctx.store)})
    return ChecklistListOut(available=checklist_functions() is not None, names=names)


def _get(item: Any, key: str, default: Any = None) -> Any:
    if isinstance(item, dict):
        return item.get(key, default)
    return getattr(item, key, default)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def _item_out(ctx: ViewContext, item: Any) -> ChecklistItemOut:
    evidence = _as_list(_get(item, "evidence"))
    doc_ids = [d for d in {_get(e, "doc") or _get(e, "doc_id") for e in evidence} if d]
    sentence_ids = [
        s for s in {_get(e, "sentence") or _get(e, "sentence_id") for e in evidence} if s
    ]
    documents = queries.documents_by_id(ctx.store, doc_ids)
    sentences = sentence_texts(ctx.store, sentence_ids)
    return ChecklistItemOut(
        id=str(_get(item, "id") or _get(item, "item_id") or ""),
        label=str(_get(item, "label") or _get(item, "id") or ""),
        status=str(_get(item, "status") or "not met"),
        evidence=[
            ctx.evidence_ref(e, documents, sentences)
            for e in evidence
            if isinstance(e, dict) or hasattr(e, "doc")
        ],
        missing=[str(m) for m in _as_list(_get(item, "missing"))],
    )


def _date_range(ctx: ViewContext) -> tuple[str | None, str | None]:
    first, last = ctx.cached(("date range",), lambda: queries.reporting_period(ctx.store))
    return iso(first), iso(last)


def default_as_of(ctx: ViewContext) -> dt.date:
    """The end of the data (latest event date, at most the latest report), else today."""
    _first, last = ctx.cached(("date range",), lambda: queries.reporting_period(ctx.store))
    return last or dt.date.today()


def _evaluate_with_stage(ctx: ViewContext, name: str, as_of: dt.date) -> ChecklistOut | None:
    functions = checklist_functions()
    if functions is None:
        return None
    load, evaluate = functions
    checklist = load(name)
    result = evaluate(
        ctx.store, checklist, as_of, save=ctx.refresh_derived, refresh=ctx.refresh_derived
    )
    items = _get(result, "items", result)
    first, last = _date_range(ctx)
    return ChecklistOut(
        name=name,
        title=str(_get(checklist, "title") or _get(checklist, "name") or name),
        as_of=as_of.isoformat(),
        source="evaluated",
        date_min=first,
        date_max=last,
        items=[_item_out(ctx, item) for item in _as_list(items)],
    )


def _stored(ctx: ViewContext, name: str, as_of: dt.date) -> ChecklistOut:
    known = queries.stored_checklist_items(ctx.store, name)
    if not known:
        raise NotFound(
            f"checklist {name!r}: not available (checklists stage not installed and no stored "
            "evaluation in the store); see /checklists"
        )
    latest = {row["item_id"]: row for row in queries.stored_checklist_at(ctx.store, name, as_of)}
    items = []
    for entry in known:
        row = latest.get(entry["item_id"])
        items.append(
            _item_out(
                ctx,
                {
                    "id": entry["item_id"],
                    "label": (row or entry).get("label") or entry["item_id"],
                    "status": row["status"] if row else "not met",
                    "evidence": (row or {}).get("evidence") or [],
                    "missing": (row or {}).get("missing") or ([] if row else ["no evaluation yet"]),
                },
            )
        )
    first, last = queries.stored_checklist_range(ctx.store, name)
    data_first, data_last = _date_range(ctx)
    return ChecklistOut(
        name=name,
        title=name,
        as_of=as_of.isoformat(),
        source="stored",
        date_min=min(filter(None, [iso(first), data_first]), default=None),
        date_max=max(filter(None, [iso(last), data_last]), default=None),
        items=items,
        notices=[
            "Live evaluation: not available (checklists stage not installed); "
            "showing stored evaluations."
        ],
    )


def checklist_board(
    ctx: ViewContext, name: str, as_of: dt.date | None = None, *, allow_files: bool = False
) -> ChecklistOut:
    """``name`` evaluated at ``as_of`` (default: the end of the data).

    ``name`` is a shipped or stored checklist name; a YAML file path only with ``allow_files``
    (the briefing's ``--checklist FILE``), never from a web request.
    """
    when = as_of or default_as_of(ctx)
    name = clean_text(name) or ""
    if not allow_files and name not in checklist_names(ctx).names:
        raise NotFound(
            f"no checklist named {name!r}; the known checklists are listed at /checklists"
        )
    if not allow_files:  # a file may change under the same name; shipped ones are read once
        return ctx.cached(("checklist", name, when), lambda: _evaluate(ctx, name, when))
    return _evaluate(ctx, name, when)


def _evaluate(ctx: ViewContext, name: str, when: dt.date) -> ChecklistOut:
    evaluated = _evaluate_with_stage(ctx, name, when)
    if evaluated is not None:
        return evaluated
    return _stored(ctx, Path(name).stem if name.endswith((".yaml", ".yml")) else name, when)
