"""Evaluate a checklist at a date against the ledger: met, pledged, not met or contradicted.

For an item with a pledge requirement, the pledge of the item's promisor (by country) and topic
is read as of the date (:func:`pledgewatch.ledger.pledge_status_at`), then:

* ``contradicted`` — a contradicting action came after the pledge, or the promisor retracted it
  (refused it after pledging it); when the item needs a first-party pledge and only others
  ever claimed one, a broken claim leaves the item ``not met`` and says so;
* ``not met`` — no pledge yet (a refusal before any pledge says so in ``missing``), or it falls
  short: only third-party claims, too weak (``strength hedged < conditional``), not formal
  enough (``no formal statement``), lapsed;
* ``pledged`` — the pledge meets the requirement but the required action has not happened;
* ``met`` — the pledge meets it and, if required, a fulfilling action is linked.

With ``any_of_topics`` a breach of any topic contradicts the item; otherwise the best topic
counts. An item with ``requires_pledge: null`` is judged on actions alone (the latest linked
action decides). Every result carries its evidence and what is missing; demands by others on
the same topic come along as context. Each evaluation is stored in ``checklist_evaluations``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import delete, insert, select

from pledgewatch.checklists.schema import (
    Checklist,
    ChecklistItem,
    PledgeRequirement,
    load_checklist,
)
from pledgewatch.errors import ConfigError
from pledgewatch.ledger import (
    CONTRADICTED as PLEDGE_CONTRADICTED,
)
from pledgewatch.ledger import (
    CONTRADICTS,
    FULFILLED,
    LAPSED,
    REFUSED,
    RETRACTED,
    Evidence,
    Pledge,
    PledgeStatus,
    TopicActionMap,
    actions_for,
    country_key,
    ensure_ledger,
    load_pledges,
    load_topic_actions,
    pledge_id,
    pledge_status_at,
)
from pledgewatch.ledger.acts import may_follow
from pledgewatch.ledger.records import NOT_YET, OBJECT_SEPARATOR, ActionLink
from pledgewatch.model import FORMALITY_ORDER, STRENGTH_ORDER
from pledgewatch.store import Store, schema
from pledgewatch.store.frames import sentence_texts

MET = "met"
PLEDGED = "pledged"
NOT_MET = "not met"
CONTRADICTED = "contradicted"
ITEM_STATUSES = (MET, PLEDGED, NOT_MET, CONTRADICTED)
_RANK = {NOT_MET: 0, PLEDGED: 1, MET: 2}


@dataclasses.dataclass(frozen=True, slots=True)
class ItemResult:
    """One item's outcome with its evidence and what is missing."""

    id: str
    label: str
    status: str
    strength: str | None = None
    missing: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    topic: str | None = None
    pledge_id: str | None = None
    conditional: bool = False
    first_party: bool = False
    formality: str | None = None
    context: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``check --json`` shape of an item."""
        return {
            "id": self.id,
            "label": self.label,
            "status": self.status,
            "strength": self.strength,
            "missing": list(self.missing),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclasses.dataclass(frozen=True, slots=True)
class ChecklistResult:
    """A checklist evaluated at a date."""

    checklist: str
    title: str
    as_of: dt.date
    items: tuple[ItemResult, ...]

    def to_dict(self) -> dict[str, Any]:
        """``{"as_of", "checklist", "items": [...]}`` as ``pledgewatch check --json`` prints it."""
        return {
            "as_of": self.as_of.isoformat(),
            "checklist": self.checklist,
            "items": [item.to_dict() for item in self.items],
        }

    def item(self, item_id: str) -> ItemResult:
        return next(i for i in self.items if i.id == item_id)

    def frame(self) -> pd.DataFrame:
        """One row per item (evidence as a list of dicts)."""
        return pd.DataFrame(
            [
                {
                    **item.to_dict(),
                    "topic": item.topic,
                    "pledge_id": item.pledge_id,
                    "conditional": item.conditional,
                    "first_party": item.first_party,
                    "formality": item.formality,
                }
                for item in self.items
            ]
        )


def requirement_gaps(status: PledgeStatus, requirement: PledgeRequirement) -> list[str]:
    """What a pledge lacks against a requirement, in words ("only third-party claims", ...)."""
    gaps = []
    if requirement.first_party and not status.first_party:
        gaps.append("only third-party claims")
    strength = status.strength
    if strength is None or STRENGTH_ORDER[strength] < STRENGTH_ORDER[requirement.min_strength]:
        gaps.append(f"strength {strength} < {requirement.min_strength}")
    formality = status.formality if requirement.first_party else status.formality_any
    needed = FORMALITY_ORDER[requirement.min_formality]
    if needed > 0 and (formality is None or FORMALITY_ORDER[formality] < needed):
        seen = f" (highest: {formality})" if formality else ""
        gaps.append(f"no {requirement.min_formality} statement{seen}")
    if status.status == LAPSED:
        gaps.append(f"lapsed: deadline {status.deadline} passed without a fulfilling action")
    return gaps


def _breach(status: PledgeStatus, sentences: Mapping[str, str]) -> str:
    if status.status == PLEDGE_CONTRADICTED:
        # the action that broke the pledge on that day, not a later one of the same kind
        breaking = [lk for lk in status.links if lk.relation == CONTRADICTS]
        link = next((lk for lk in breaking if lk.date == status.contradicted_on), None)
        link = link or (breaking[-1] if breaking else None)
        # as precisely as the act's date is known: "in March" 2010 is 2010-03
        return f"contradicted on {status.contradicted_on_shown}{_what(link, sentences)}"
    return f"retracted on {status.retracted_on}"


def _what(link: ActionLink | None, sentences: Mapping[str, str]) -> str:
    """ ": <the sentence of the action>" (its evidence span when the sentence is not known):
    "DPRK launched" says less than the sentence it was read from."""
    if link is None:
        return ""
    text = sentences.get(link.sentence_id or "") or link.text
    return f": {' '.join(text.split())}" if text else ""


def _sentences_of(store: Store, links: Iterable[ActionLink]) -> dict[str, str]:
    return sentence_texts(store, [lk.sentence_id for lk in links if lk.sentence_id])


def _since(pledge: Pledge | None, since: dt.date | None) -> Pledge | None:
    """The pledge's mentions from ``since`` on, and the acts that may have followed it (an act
    known only to its month counts for a start within that month: ``acts.may_follow``)."""
    if pledge is None or since is None:
        return pledge
    mentions = tuple(m for m in pledge.mentions if m.date >= since)
    links = tuple(lk for lk in pledge.links if may_follow(lk.date, lk.date_precision, since))
    return dataclasses.replace(pledge, mentions=mentions, links=links) if mentions else None


def _judge_pledge(
    item: ChecklistItem,
    topic: str,
    pledge: Pledge | None,
    as_of: dt.date,
    sentences: Mapping[str, str] | None = None,
    others: Sequence[str] = (),
) -> ItemResult:
    """``others`` are the ids of the promisor's pledges on the topic kept per object country,
    named when the item finds none of its own so that the user can pick one (``object:``)."""
    sentences = sentences or {}
    base = ItemResult(id=item.id, label=item.label, status=NOT_MET, topic=topic)
    key = country_key(item.promisor) or item.promisor
    requirement = item.requires_pledge or PledgeRequirement()
    if requirement.first_party and pledge is not None:
        # A checklist asks for the promisor's own pledge: what happened before the promisor
        # first said it (a short-range test before a moratorium was ever promised) breaks no
        # pledge of its own, only the third-party claims that preceded it.
        own = pledge.first_party_mention
        if own is not None and own <= as_of:
            pledge = _since(pledge, own)
    status = pledge_status_at(pledge, as_of) if pledge is not None else None
    if status is None or status.status == NOT_YET:
        missing = f"no pledge by {key} on {topic} as of {as_of}"
        if others:
            missing += f" (kept per country: {', '.join(others)}; name one with `object:`)"
        return dataclasses.replace(base, missing=(missing,))
    found = dataclasses.replace(
        base,
        strength=status.strength,
        evidence=status.evidence,
        pledge_id=status.pledge_id,
        conditional=status.conditional,
        first_party=status.first_party,
        formality=status.formality,
    )
    if status.status == REFUSED:  # refused before ever pledged: nothing to contradict yet
        refused = f"refused by the promisor on {status.last_mention}"
        return dataclasses.replace(found, status=NOT_MET, missing=(refused,))
    if status.status in (PLEDGE_CONTRADICTED, RETRACTED):
        if requirement.first_party and not status.first_party:
            # others claimed it, the promisor never said it: a broken claim is no broken pledge
            never = f"{_breach(status, sentences)} (a claim the promisor never made itself)"
            return dataclasses.replace(
                found, status=NOT_MET, missing=("only third-party claims", never)
            )
        breach = _breach(status, sentences)
        return dataclasses.replace(found, status=CONTRADICTED, missing=(breach,))
    gaps = requirement_gaps(status, requirement)
    if gaps:
        return dataclasses.replace(found, status=NOT_MET, missing=tuple(gaps))
    if item.requires_action and status.status != FULFILLED:
        return dataclasses.replace(found, status=PLEDGED, missing=("no fulfilling action yet",))
    return dataclasses.replace(found, status=MET)


def _not_yet_counted(item: ChecklistItem, topic: str) -> ItemResult:
    """An item counted from its ``since`` as of an earlier date: nothing before that day
    counts, so it is not met, and says why rather than naming an empty window ("between
    2011-07-24 and 2011-06-30")."""
    return ItemResult(
        id=item.id,
        label=item.label,
        status=NOT_MET,
        topic=topic,
        missing=(f"not counted yet: the item counts from {item.since}",),
    )


def _per_object(pledges: Mapping[str, Pledge], key: str, topic: str) -> tuple[str, ...]:
    """The promisor's pledges on ``topic`` that the ledger keeps per object country."""
    prefix = pledge_id(key, topic) + OBJECT_SEPARATOR
    return tuple(sorted(pid for pid in pledges if pid.startswith(prefix)))


def _judge_actions(store: Store, item: ChecklistItem, topic: str, as_of: dt.date) -> ItemResult:
    key = country_key(item.promisor) or item.promisor
    links = actions_for(
        store, key, topic, since=item.since, until=as_of, object_country=item.object
    )
    base = ItemResult(id=item.id, label=item.label, status=NOT_MET, topic=topic)
    if not links:
        window = f" between {item.since} and {as_of}" if item.since else f" by {as_of}"
        about = f" on {item.object}" if item.object else ""
        return dataclasses.replace(
            base, missing=(f"no action fulfilling {topic}{about} by {key}{window}",)
        )
    evidence = tuple(lk.evidence() for lk in links)
    last = links[-1]
    if last.relation == CONTRADICTS:
        what = _what(last, _sentences_of(store, [last]))
        return dataclasses.replace(
            base,
            status=CONTRADICTED,
            evidence=evidence,
            missing=(f"contradicted on {last.when}{what}",),
        )
    return dataclasses.replace(base, status=MET, evidence=evidence)


def _combine(item: ChecklistItem, results: Sequence[ItemResult]) -> ItemResult:
    """Any breach contradicts the item; otherwise the best topic counts."""
    breached = [r for r in results if r.status == CONTRADICTED]
    if breached:
        return breached[0]
    best = max(results, key=lambda r: _RANK[r.status])
    if best.status != NOT_MET or len(results) == 1:
        return best
    missing = tuple(
        gap if r.topic and r.topic in gap else f"{r.topic}: {gap}"
        for r in results
        for gap in r.missing
    )
    evidence = tuple(
        sorted(
            (e for r in results for e in r.evidence),
            key=lambda e: (e.date or dt.date.max, e.doc or "", e.sentence or ""),
        )
    )
    return dataclasses.replace(best, missing=missing, evidence=evidence)


def _demand_context(
    store: Store, promisors: Iterable[str], topics: Iterable[str], as_of: dt.date
) -> dict[tuple[str, str], list[Evidence]]:
    """Demands on the item topics aimed at (or made of) each promisor, up to the date.

    A demand naming several topics ("allow inspectors back and declare a moratorium") keeps
    the further ones in its data's ``other_topics``; it counts for each of them.
    """
    cm, ev = schema.commitments, schema.events
    query = (
        select(
            cm.c.promisor,
            cm.c.promisee,
            cm.c.topic,
            cm.c.speaker,
            cm.c.doc_id,
            cm.c.data,
            ev.c.sentence_id,
            ev.c.date,
            ev.c.date_precision,
            ev.c.evidence,
        )
        .join(ev, ev.c.id == cm.c.event_id)
        .where(cm.c.kind == "demand", ev.c.date <= as_of)
        .order_by(ev.c.date, cm.c.event_id)
    )
    wanted, wanted_topics = set(promisors), set(topics)
    context: dict[tuple[str, str], list[Evidence]] = {}
    with store.reading() as connection:
        for row in connection.execute(query):
            others = (row.data or {}).get("other_topics") or []
            named = {row.topic, *(t.get("topic") for t in others if isinstance(t, dict))}
            parties = {country_key(row.promisor), country_key(row.promisee)}
            for key in sorted(k for k in parties if k in wanted):
                for topic in sorted(t for t in named if t in wanted_topics):
                    role = f"demand by {row.speaker or 'another actor'}"
                    context.setdefault((key, topic), []).append(
                        Evidence(
                            row.doc_id,
                            row.sentence_id,
                            row.date,
                            row.evidence,
                            role,
                            row.date_precision or "day",
                        )
                    )
    return context


def _save(store: Store, result: ChecklistResult) -> None:
    table = schema.checklist_evaluations
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "checklist": result.checklist,
            "as_of": result.as_of,
            "item_id": item.id,
            "label": item.label,
            "status": item.status,
            "evidence": [e.to_dict() for e in item.evidence],
            "missing": list(item.missing),
            "evaluated_at": now,
        }
        for item in result.items
    ]
    with store.transaction() as connection:
        connection.execute(
            delete(table).where(
                table.c.checklist == result.checklist, table.c.as_of == result.as_of
            )
        )
        if rows:
            connection.execute(insert(table), rows)


def _as_date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"as_of must be a date YYYY-MM-DD, not {value!r}") from exc


def _check_objects(checklist: Checklist, topic_map: TopicActionMap) -> None:
    """An ``object:`` only on topics the ledger keeps per country (``by_object`` in the
    topic-action map): on another (talks) it would look up a pledge that never exists."""
    for item in checklist.items:
        if item.object is None:
            continue
        plain = [topic for topic in item.topics if not topic_map.keyed_by_object(topic)]
        if plain:
            raise ConfigError(
                f"checklist {checklist.name!r}, item {item.id!r}: topic {', '.join(plain)} is "
                f"not kept per country (no `by_object` in {topic_map.source}); remove its "
                "`object:` line or choose a topic kept per country (sanctions, aid)"
            )


def evaluate_checklist(
    store: Store,
    checklist: Checklist | str | Path,
    as_of: dt.date | str,
    *,
    save: bool = True,
    refresh: bool = True,
) -> ChecklistResult:
    """Evaluate every item of ``checklist`` as of ``as_of``; stored unless ``save=False``.

    ``refresh`` rebuilds the ledger first when it is stale.
    """
    checklist = load_checklist(checklist)
    _check_objects(checklist, load_topic_actions())
    when = _as_date(as_of)
    if refresh:
        ensure_ledger(store)
    promisors = {country_key(item.promisor) or item.promisor for item in checklist.items}
    pledges = {p.id: p for key in sorted(promisors) for p in load_pledges(store, actor=key)}
    context = _demand_context(
        store, promisors, [t for item in checklist.items for t in item.topics], when
    )
    sentences = _sentences_of(
        store, [lk for p in pledges.values() for lk in p.links if lk.relation == CONTRADICTS]
    )
    results = []
    for item in checklist.items:
        key = country_key(item.promisor) or item.promisor
        per_topic = []
        for topic in item.topics:
            if item.since is not None and when < item.since:
                per_topic.append(_not_yet_counted(item, topic))
            elif item.requires_pledge is None:
                per_topic.append(_judge_actions(store, item, topic, when))
            else:
                pledge = _since(pledges.get(pledge_id(key, topic, item.object)), item.since)
                others = () if item.object else _per_object(pledges, key, topic)
                per_topic.append(_judge_pledge(item, topic, pledge, when, sentences, others))
        combined = _combine(item, per_topic)
        demands = tuple(
            e
            for topic in item.topics
            for e in context.get((key, topic), [])
            if item.since is None or (e.date is not None and e.date >= item.since)
        )
        results.append(dataclasses.replace(combined, context=demands))
    result = ChecklistResult(checklist.name, checklist.title, when, tuple(results))
    if save:
        _save(store, result)
    return result


def evaluations_frame(store: Store, checklist: str | None = None) -> pd.DataFrame:
    """Stored evaluations (one row per item and date), newest date first."""
    table = schema.checklist_evaluations
    query = select(table).order_by(table.c.as_of.desc(), table.c.checklist, table.c.id)
    if checklist:
        query = query.where(table.c.checklist == checklist)
    with store.reading() as connection:
        result = connection.execute(query)
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))
