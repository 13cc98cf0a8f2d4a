"""Records for tests that need a store with a few documents or events and no coder run, and the
small readers several test files share: one place for each helper, so a change changes one."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from typing import Any

from sqlalchemy import insert

from pledgewatch.commitments.attribution_spans import find_attributions
from pledgewatch.commitments.reporting_cues import ReportingCues
from pledgewatch.ledger import Mention
from pledgewatch.model import Document, Event
from pledgewatch.store import Store, schema
from pledgewatch.store.database import event_row

#: CAMEO code and Goldstein score of a typical event of each quad class
QUAD_EVENT = {1: ("036", 4.0), 2: ("0871", 6.0), 3: ("130", -6.0), 4: ("190", -10.0)}
_ids = itertools.count()


def make_doc(text: str, **fields) -> Document:
    """A document identified, as ingestion does, by the hash of its text."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Document(id=digest[:16], text=text, content_hash=digest, **fields)


def loose_event(
    day: dt.date,
    quad: int,
    *,
    event_id: str | None = None,
    source: str = "PRKGOV",
    target: str | None = "USA",
    cameo: str | None = None,
    goldstein: float | None = None,
    modality: str = "asserted",
    role: str = "main",
) -> Event:
    """An event with no document behind it (as an imported GDELT row has), typical of its quad
    class unless ``cameo``/``goldstein`` say otherwise."""
    code, score = QUAD_EVENT[quad]
    return Event(
        id=event_id or f"ev{next(_ids):05d}",
        doc_id=None,  # type: ignore[arg-type]
        sentence_id=None,
        date=day,
        date_precision="day",
        source=source,
        target=target,
        cameo=cameo or code,
        quad=quad,
        goldstein=score if goldstein is None else goldstein,
        modality=modality,  # type: ignore[arg-type]
        role=role,
    )


def add_events(store: Store, events: list[Event]) -> list[Event]:
    """Write events straight into the events table, in one transaction."""
    with store.transaction() as connection:
        connection.execute(insert(schema.events), [event_row(ev) for ev in events])
    return events


def deadline_mention(
    event: str,
    day: str,
    *,
    promisor: str,
    promisee: str | None,
    text: str,
    deadline: str | None = "2031-04-30",
    grace: int = 31,
    first_party: bool = True,
) -> Mention:
    """A firm, official promise told on ``day`` in ``event`` (doc:sentence:n), due by
    ``deadline`` ("later this month") with ``grace`` days for a late act; no deadline when it
    is None. The ledger's deadline tests share it."""
    return Mention(
        event_id=event,
        doc_id=event.split(":")[0],
        sentence_id=":".join(event.split(":")[:2]),
        date=dt.date.fromisoformat(day),
        kind="promise",
        strength="firm",
        conditional=False,
        hedged=False,
        first_party=first_party,
        formality="official",
        promisor=promisor,
        promisee=promisee,
        deadline=dt.date.fromisoformat(deadline) if deadline else None,
        deadline_text="later this month" if deadline else None,
        deadline_grace=grace if deadline else 0,
        text=text,
    )


def cue_sources(
    nlp: Any, cues: ReportingCues, text: str, detector: Any = None
) -> list[tuple[str, str | None]]:
    """(cue, source) texts of every attribution the attribution rules find in ``text`` (revised
    by the learned cue ``detector`` when one is given)."""
    doc = nlp(text)
    found = [f for sent in doc.sents for f in find_attributions(sent, cues, detector)]
    return [
        (doc[f.cue[0] : f.cue[1]].text, doc[f.source[0] : f.source[1]].text if f.source else None)
        for f in found
    ]


def promises_of(text: str, day: dt.date) -> list[Any]:
    """The commitments of kind "promise" the shared coder finds in ``text`` dated ``day``
    (imported here, so that test files without the model do not load it)."""
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(day))
    return [e.commitment for e in events if e.commitment and e.commitment.kind == "promise"]


def ship_phrases(nlp: Any, text: str) -> list[str]:
    """The phrases the matcher reads as prefixed ships (organisations flagged as vessels)."""
    from pledgewatch.actors.matcher import default_matcher

    doc = nlp(text)
    return [
        doc[hit.start : hit.end].text
        for hit in default_matcher().hits(doc)
        if hit.entries and hit.entries[0].form == "ship"
    ]
