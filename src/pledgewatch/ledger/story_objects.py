"""The country a pledge (or an act) on a topic keyed by its object is about, from its report.

A pledge on a topic marked ``by_object`` in the topic-action map (sanctions, aid) is about one
country: "sanctions on Myanmar" and "sanctions on North Korea" are two pledges. The promise
often does not name it ("Clinton said the United States would keep some sanctions in place"),
so its report tells: :func:`story_object` reads the parties of the report's events, in this
order, the first that names a country wins:

1. the promise's own promisee ("The United States will lift sanctions on Myanmar");
1a. the country its own words name as what its measures fall on (``named``: "would respect
   U.N. Security Council resolutions on North Korea", whose promisee is the United Nations;
   :mod:`~pledgewatch.ledger.measure_objects`);
2. the topic's own acts (the CAMEO prefixes of its rules: sanctions imposed or eased, aid
   given or cut) in the promise's sentence, then its other events that are no meeting;
3. the same in the whole report;
4. only then the meetings (CAMEO 04x) of the sentence, then of the report.

Meetings come last because the partners of talks are seldom what the pledge is about: a
sanctions pledge in a report of U.S.-China talks about the North is about the North. An event
coded twice (a meeting both ways: A meets B, B meets A) counts once. The promisor's own
country, organisations ("at the United Nations") and unknown countries are never an object;
nor is the speaker's country when the promisor's is unknown: the speaker stands in for it ("U.S.
officials said aid workers would monitor the distribution" is about the country the aid goes
to). A known promisor's speaker may be the object: "The North's statement said the United
States had promised to provide more food."

A refusal on a topic whose measures fall on a country as a penalty (sanctions:
``refusals_about_promisor`` in the map) is read otherwise: "The DPRK rejects the Council's
statement" rejects measures on the North itself, and the other countries of its report are their
sponsors ("The U.S. has already suspended food assistance"), not what the refusal is about. Its
object is its promisee, else the country the acts of its own sentence are aimed at ("rejected
U.S. sanctions on Iran"), else the promisor's own country; never a country of the rest of the
report (:func:`story_object` with ``against_promisor``).

:class:`StoryParties` reads the parties of a report's events from the store on first use,
each report once, so a rebuild reads only the reports it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pledgewatch.ledger.records import NON_COUNTRY_PREFIXES, UNKNOWN_COUNTRY, country_key
from pledgewatch.store import schema

#: One event of a report: (event id, sentence id, source code, target code, CAMEO code).
Party = tuple[Any, Any, Any, Any, Any]

#: The events of each report, by document id.
PartyIndex = Mapping[str, Sequence[Party]]

#: CAMEO prefix of meetings (04x "consult"): their partners are the last resort of an object.
MEETING_PREFIX = "04"

#: How many document ids one query asks for.
_CHUNK = 500


def in_chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    """``ids``, sorted and once each, in lists short enough for one ``IN (...)`` query."""
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), _CHUNK):
        yield wanted[start : start + _CHUNK]


def _party_query() -> Any:
    ev = schema.events
    return select(ev.c.doc_id, ev.c.id, ev.c.sentence_id, ev.c.source, ev.c.target, ev.c.cameo)


def read_story_parties(connection: Connection, doc_ids: Iterable[str]) -> dict[str, list[Party]]:
    """The parties of every event of the documents ``doc_ids``, for :func:`story_object`."""
    ev = schema.events
    index: dict[str, list[Party]] = {}
    for batch in in_chunks(doc_ids):
        index.update((doc_id, []) for doc_id in batch)
        query = _party_query().order_by(ev.c.doc_id, ev.c.id).where(ev.c.doc_id.in_(batch))
        for doc_id, event_id, sentence_id, source, target, cameo in connection.execute(query):
            index.setdefault(doc_id, []).append((event_id, sentence_id, source, target, cameo))
    return index


class StoryParties(Mapping[str, Sequence[Party]]):
    """The parties of each report's events, read from the store on first use (each report
    once; :meth:`preload` reads many in one query), and the object found for each event."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._by_doc: dict[str, list[Party]] = {}
        #: the object found for an act with no other party: (event id, promisor, topic codes)
        self.objects: dict[tuple[str, str, str], str | None] = {}

    def preload(self, doc_ids: Iterable[str]) -> None:
        missing = {d for d in doc_ids if d and d not in self._by_doc}
        if missing:
            self._by_doc.update(read_story_parties(self._connection, missing))

    def __getitem__(self, doc_id: str) -> Sequence[Party]:
        if doc_id not in self._by_doc:
            self.preload([doc_id])
        return self._by_doc.get(doc_id, [])

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_doc)

    def __len__(self) -> int:
        return len(self._by_doc)


def _a_country(code: str | None, excluded: Iterable[str | None]) -> str | None:
    """The country of an actor code when it may be an object: not one of ``excluded`` (the
    promisor's, the speaker's), not an organisation, not unknown."""
    key = country_key(code)
    if key is None or key == UNKNOWN_COUNTRY or key[:3] in NON_COUNTRY_PREFIXES:
        return None
    return None if key in excluded else key


def _most_named(events: Iterable[Party], excluded: tuple[str | None, ...]) -> str | None:
    """The country most often a party of ``events``, each event (and each event coded twice,
    both ways, in one sentence) counted once; the first named wins a tie."""
    counts: dict[str, int] = {}
    seen: set[tuple[Any, Any, frozenset[str]]] = set()
    for _event_id, sentence_id, source, target, cameo in events:
        countries = [c for c in (_a_country(source, excluded), _a_country(target, excluded)) if c]
        if not countries:
            continue
        key = (sentence_id, cameo, frozenset(country_key(c) or "" for c in (source, target)))
        if key in seen:
            continue
        seen.add(key)
        for country in dict.fromkeys(countries):
            counts[country] = counts.get(country, 0) + 1
    return max(counts, key=lambda country: counts[country]) if counts else None


def _aimed_at(events: Iterable[Party]) -> str | None:
    """The country most often the target of ``events`` that are no meeting, the promisor's own
    included: "rejected the sanctions the United States imposed on it" is aimed at it."""
    counts: dict[str, int] = {}
    for _event_id, _sentence_id, _source, target, cameo in events:
        country = _a_country(target, ())
        if country is not None and not str(cameo or "").startswith(MEETING_PREFIX):
            counts[country] = counts.get(country, 0) + 1
    return max(counts, key=lambda country: counts[country]) if counts else None


def story_object(
    parties: Iterable[Party],
    promisor: str,
    sentence_id: str | None,
    *,
    own_event: str | None = None,
    promisee: str | None = None,
    speaker: str | None = None,
    topic_codes: Sequence[str] = (),
    against_promisor: bool = False,
    named: str | None = None,
) -> str | None:
    """The country a pledge (or an act) on a topic keyed by its object is about, read in its
    report's ``parties`` in the order the module docstring gives: the promisee; the topic's
    acts (``topic_codes``, the CAMEO prefixes of its rules), then other events that are no
    meeting, in the sentence, then in the report; then meetings. ``own_event`` (the promise
    or act itself) is left out; the promisor's country is never the object, nor, for a
    promisor of unknown country, its ``speaker``'s (a known promisor's speaker may be the
    object: "the North's statement said the United States had promised more food").

    ``against_promisor`` (a refusal of measures that fall on a country: sanctions) reads only
    the promisee, the targets of its own sentence's acts, then the targets of the report's acts
    on the topic (the promisor's own country included), else gives the promisor's own country:
    the report's other countries are the measures' sponsors.

    ``named`` (the country the pledge's own words say its measures fall on) comes right after
    the promisee, in both readings: the story's other countries come after what the pledge
    itself says (a refusal of "the resolutions on North Korea" by the North is about the
    North too)."""
    # a promisor of no known country ("aid workers") has its speaker's country stand in
    speaking_for = country_key(speaker) if promisor == UNKNOWN_COUNTRY else None
    excluded = (promisor, speaking_for)
    found = _a_country(promisee, excluded)
    if found is not None:
        return found
    if named is not None:  # a refusal may name measures on the refuser itself
        own = _a_country(named, () if against_promisor else excluded)
        if own is not None:
            return own
    others = [party for party in parties if party[0] != own_event]
    in_sentence = [p for p in others if sentence_id is not None and p[1] == sentence_id]
    prefixes = tuple(topic_codes)

    def topic_acts(events: list[Party]) -> list[Party]:
        return [p for p in events if prefixes and str(p[4] or "").startswith(prefixes)]

    if against_promisor and promisor != UNKNOWN_COUNTRY:
        # the measures' own target, the refuser included: in its sentence, else in the report's
        # acts on the topic ("China refused to back the sanctions" in a report of sanctions on
        # Syria is about Syria); only when nothing says on whom they fall, the refuser itself
        return _aimed_at(in_sentence) or _aimed_at(topic_acts(others)) or promisor

    def other_acts(events: list[Party]) -> list[Party]:
        return [p for p in events if not str(p[4] or "").startswith(MEETING_PREFIX)]

    def meetings(events: list[Party]) -> list[Party]:
        return [p for p in events if str(p[4] or "").startswith(MEETING_PREFIX)]

    for events in (
        topic_acts(in_sentence),
        other_acts(in_sentence),
        topic_acts(others),
        other_acts(others),
        meetings(in_sentence),
        meetings(others),
    ):
        found = _most_named(events, excluded)
        if found is not None:
            return found
    return None
