"""Group commitment mentions into pledges: one promisor (country) and one topic over time.

Promises, offers and refusals join the pledge of their promisor's country and topic; demands and
plain statements do not make pledges (the checklists read demands as context). A refusal ends the
pledge from its date. A refusal on a generic topic that names no topic ("we are no longer bound by
the agreement") is a *general retraction*: it is added to every pledge the same promisor stated
formally or officially shortly before (the window and the cue words are in
``data/ledger/topic_actions.yaml``; one that names the agreement it renounces only to that
agreement's pledges), and to every pledge the renounced agreement holds as others
told it (:mod:`pledgewatch.ledger.agreements`: first told, in the window, in a sentence or a report
of the agreement's day stating one of those pledges). Mentions on generic topics (``other``) are
grouped by the words of the promised action, since "other" is not one subject. A mention that names
no promisee takes as counterparts the countries its promisor meets in the same report (the meetings
coded in its sentence, else in its document): its *story*. On a topic keyed by its object
(sanctions: ``by_object`` in the map) a mention's *object* is the country the pledge is about: its
promisee, else (on a topic of measures that fall on a country) the country its own words say the
measures are on ("resolutions on North Korea": :mod:`pledgewatch.ledger.measure_objects`), else
the country its report's acts on the topic name, else its other events', meetings
last (:mod:`pledgewatch.ledger.story_objects`: "Clinton said the United States would keep some
sanctions in place" in a report on Myanmar's eased sanctions -> MMR); pledges are then one
promisor, one topic and one object (``USA:sanctions@MMR``), so an act on Myanmar does not settle a
pledge about North Korea. A mention with no object joins the plain pledge. An acceptance of
another's offer of aid ("The North Korean government has accepted the offer") is filed on the
offerer's pledge to the accepter, not as the accepter's aid
(:mod:`pledgewatch.ledger.offer_answers`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pledgewatch.ledger.accusations import accuser_of
from pledgewatch.ledger.agreements import (
    agreement_members,
    concluded_in,
    names_an_agreement,
    of_the_agreement,
)
from pledgewatch.ledger.day_order import told_when
from pledgewatch.ledger.deadlines import Deadline, read_deadline, scheduled_day
from pledgewatch.ledger.evidence import row_date_precision
from pledgewatch.ledger.generic_slugs import (
    bare_acts_keyed,
    generic_label,
    generic_slug,
    retold_in_story,
    unspecified_by_day,
)
from pledgewatch.ledger.measure_objects import named_measure_object
from pledgewatch.ledger.offer_answers import as_answer
from pledgewatch.ledger.records import (
    HELD_BY_AGREEMENT,
    UNKNOWN_COUNTRY,
    Mention,
    Pledge,
    base_topic,
    country_key,
    pledge_id,
)
from pledgewatch.ledger.said_days import said_day, scheduled_for
from pledgewatch.ledger.story_objects import (
    MEETING_PREFIX,
    PartyIndex,
    StoryParties,
    in_chunks,
    story_object,
)
from pledgewatch.ledger.topic_actions import TopicActionMap
from pledgewatch.ledger.wordings import clause_of
from pledgewatch.model import FACTUAL_MODALITIES, FORMALITY_ORDER, PLEDGE_KINDS
from pledgewatch.store import schema


@dataclasses.dataclass(frozen=True, slots=True)
class Candidate:
    """A mention with the pledge key it belongs to; ``generic`` marks an ``other`` topic."""

    promisor: str
    topic: str
    mention: Mention
    generic: bool
    #: a refusal whose sentence names an agreement ("no longer bound by the agreement"): as a
    #: general retraction it reaches only that agreement's pledges (:mod:`.agreements`)
    names_agreement: bool = False

    @property
    def object_country(self) -> str | None:
        return self.mention.object_country


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            loaded = json.loads(value)
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}
    return {}


def _deadline(row: Mapping[str, Any], data: Mapping[str, Any]) -> Deadline | None:
    """The deadline a commitment names: a date the grader stored, else its deadline phrase
    or the clause of its sentence that holds its words, read against the report's day
    (:mod:`~pledgewatch.ledger.deadlines`), else the week from the day ahead of its report
    that its words date it to (:func:`~pledgewatch.ledger.deadlines.scheduled_day`)."""
    stored = _as_date(data.get("deadline"))
    if stored is not None:
        return Deadline(stored, str(data["deadline"]), dt.timedelta(days=1))
    anchor = _as_date(row.get("published")) or _as_date(row.get("date"))
    phrase = data.get("deadline") if isinstance(data.get("deadline"), str) else None
    return read_deadline(
        phrase, row.get("sentence_text"), anchor, row.get("evidence")
    ) or scheduled_day(_as_date(row.get("date")), anchor, row_date_precision(row))


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value if v is not None)
    return (str(value),) if value else ()


def _speaks_for_itself(row: Mapping[str, Any], data: Mapping[str, Any], formality: str) -> bool:
    """First party as graded, except a headline: it is the outlet's wording of the promise
    ("Kim promises Medvedev a moratorium"), not the promisor's, unless the document is the
    promisor's own formal statement."""
    first_party = bool(row.get("first_party", data.get("first_party")))
    in_headline = bool(row.get("in_headline", data.get("in_headline")))
    return first_party and (not in_headline or formality == "formal")


#: Meetings of a store by document: (sentence id, source code, target code).
StoryIndex = Mapping[str, list[tuple[str | None, str | None, str | None]]]


#: Modalities of a story's meetings that name a counterpart: those that happened and those
#: announced ("The envoy arrives in New York this week" says who the talks are with before it
#: happens); a meeting denied, supposed or only urged names no one.
STORY_MEETING_MODALITIES = frozenset(FACTUAL_MODALITIES | {"future"})


def read_story_meetings(
    connection: Connection, doc_ids: Iterable[str]
) -> dict[str, list[tuple[Any, Any, Any]]]:
    """The meetings (CAMEO 04x, held or announced) of the documents ``doc_ids``, for
    :func:`story_counterparts`."""
    ev = schema.events
    query = (
        select(ev.c.doc_id, ev.c.sentence_id, ev.c.source, ev.c.target)
        .where(ev.c.cameo.startswith(MEETING_PREFIX))  # 04x: talks, visits, meetings
        .where(ev.c.modality.in_(sorted(STORY_MEETING_MODALITIES)))
        .order_by(ev.c.doc_id, ev.c.id)
    )
    index: dict[str, list[tuple[Any, Any, Any]]] = defaultdict(list)
    for batch in in_chunks(doc_ids):
        for doc_id, sentence_id, source, target in connection.execute(
            query.where(ev.c.doc_id.in_(batch))
        ):
            index[doc_id].append((sentence_id, source, target))
    return index


def _wants_story(row: Mapping[str, Any], topic_map: TopicActionMap) -> bool:
    """Whether a commitment row may take story counterparts (:func:`_story_of`): it has a
    report, names no promisee of a known country, and a topic of it asks for counterparts. A
    rebuild reads the meetings of those reports only."""
    data = _as_dict(row.get("data"))
    return _names_no_counterpart(row, data) and any(
        topic_map.wants_counterparts(topic) for topic, _words in _row_topics(row, data)
    )


def _names_no_counterpart(row: Mapping[str, Any], data: Mapping[str, Any]) -> bool:
    """Whether a commitment row has a report and names no promisee of a known country: only
    such a promise may take its story's counterparts."""
    named = country_key(row.get("promisee") or data.get("promisee"))
    return bool(row.get("doc_id")) and named in (None, UNKNOWN_COUNTRY)


def story_counterparts(
    meetings: Iterable[tuple[str | None, str | None, str | None]],
    promisor: str,
    sentence_id: str | None,
) -> tuple[str, ...]:
    """Who the promisor meets in a promise's story: the other parties (countries) of the
    meetings with it coded in the promise's sentence, else in its document. "They agreed to
    continue the dialogue" in a report of U.S.-DPRK talks is dialogue with the United States."""
    in_sentence: list[str] = []
    in_document: list[str] = []
    for meeting_sentence, source, target in meetings:
        for own, other in ((source, target), (target, source)):
            other_key = country_key(other)
            if other_key is None or other_key in (promisor, UNKNOWN_COUNTRY):
                continue
            if country_key(own) != promisor:
                continue
            if meeting_sentence == sentence_id and other_key not in in_sentence:
                in_sentence.append(other_key)
            if other_key not in in_document:
                in_document.append(other_key)
    return tuple(in_sentence or in_document)


def _story_of(
    row: Mapping[str, Any], data: Mapping[str, Any], promisor: str, story: StoryIndex | None
) -> tuple[str, ...]:
    """The story counterparts of a commitment row, for any of its topics: only a promise that
    names no promisee (or one of unknown country) has them. Whether a topic takes them (its
    rules ask for counterparts: talks, summits) is :meth:`TopicActionMap.wants_counterparts`."""
    if story is None or not _names_no_counterpart(row, data):
        return ()
    return story_counterparts(story.get(row["doc_id"], ()), promisor, row.get("sentence_id"))


def _row_topics(row: Mapping[str, Any], data: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(topic, its words) of a commitment row: its own topic, then each of ``other_topics``
    ("a moratorium on nuclear tests and missile launches" speaks of two pledges)."""
    topics: list[tuple[str, Any]] = [
        (
            str(row.get("topic") or data.get("topic") or "other"),
            row.get("topic_text") or data.get("topic_text"),
        )
    ]
    for other in data.get("other_topics") or []:
        if isinstance(other, Mapping) and other.get("topic"):
            topics.append((str(other["topic"]), other.get("topic_text") or topics[0][1]))
    return topics


def mention_from_row(
    row: Mapping[str, Any],
    topic_map: TopicActionMap,
    *,
    story: StoryIndex | None = None,
    parties: PartyIndex | None = None,
) -> Candidate | None:
    """A commitment row (joined with its event and document) as a pledge mention.

    Returns None for demands, plain statements, rows without a promisor, and undated rows.
    ``data`` is read defensively: any flag the commitment analysis adds there (``conditional``,
    ``hedged``) is honoured, missing keys fall back to the table's columns. ``story`` (the
    meetings of each document, :func:`read_story_meetings`) gives a mention that names no
    promisee, on a topic whose rules ask for counterparts, the countries its promisor meets in
    the report (:func:`story_counterparts`). ``parties`` (every event's parties by document:
    :class:`~pledgewatch.ledger.story_objects.StoryParties`) gives a mention on a topic keyed
    by its object the country it is about (:func:`story_object`); a ``sentence_text`` in the
    row gives a mention on a two-way topic the clause its way is read in.
    """
    found = candidates_from_row(row, topic_map, story=story, parties=parties)
    return found[0] if found else None


def candidates_from_row(
    row: Mapping[str, Any],
    topic_map: TopicActionMap,
    *,
    story: StoryIndex | None = None,
    parties: PartyIndex | None = None,
) -> list[Candidate]:
    """:func:`mention_from_row` for the commitment's topic and for each of its
    ``other_topics`` ("a moratorium on nuclear tests and missile launches" speaks of two
    pledges): the same mention, filed under each topic with that topic's words. The story is
    read once per row, whatever the number of topics."""
    data = _as_dict(row.get("data"))
    kind = str(row.get("kind") or data.get("kind") or "")
    strength = str(row.get("strength") or data.get("strength") or "hedged")
    if kind not in PLEDGE_KINDS and strength != "refused":
        return []
    promisor = country_key(row.get("promisor") or data.get("promisor"))
    own_day, published = _as_date(row.get("date")), _as_date(row.get("published"))
    date, precision = said_day(own_day, row_date_precision(row), published)
    if promisor is None or date is None:
        return []
    conditions = _strings(data.get("conditions"))
    formality = str(row.get("formality") or data.get("formality") or "reported")
    retraction = kind == "refusal" or strength == "refused"
    due = None if retraction else _deadline(row, data)
    mention = Mention(
        event_id=str(row["event_id"]),
        doc_id=row.get("doc_id"),
        sentence_id=row.get("sentence_id"),
        date=date,
        kind=kind,
        strength=strength,
        conditional=strength == "conditional" or bool(data.get("conditional")) or bool(conditions),
        hedged=bool(data.get("hedged")),
        first_party=_speaks_for_itself(row, data, formality),
        formality=formality,
        promisor=row.get("promisor") or data.get("promisor"),
        promisee=row.get("promisee") or data.get("promisee"),
        speaker=row.get("speaker") or data.get("speaker"),
        reporting_verb=data.get("reporting_verb"),
        attribution=_strings(data.get("attribution")),
        conditions=conditions,
        in_headline=bool(row.get("in_headline", data.get("in_headline"))),
        deadline=due.day if due else None,
        deadline_text=due.text if due else None,
        deadline_grace=due.grace.days if due else 0,
        text=row.get("evidence"),
        retraction=retraction,
        date_precision=precision,
        scheduled_for=scheduled_for(own_day, row_date_precision(row), published),
        publisher=row.get("publisher"),
        told=told_when(row.get("sentence_text"), row.get("evidence")),
    )
    accuser = accuser_of(
        mention.promisor,
        mention.speaker,
        mention.reporting_verb,
        refusal=retraction,
        first_party=mention.first_party,
    )
    if accuser is not None:  # another country's charge: not the promisor's own "no"
        mention = dataclasses.replace(mention, accused_by=accuser)
    row_story: tuple[str, ...] | None = None
    found: list[Candidate] = []
    topics = _row_topics(row, data)
    said = row.get("sentence_text") or f"{row.get('evidence') or ''} {topics[0][1] or ''}"
    renounced = retraction and names_an_agreement(said)
    for topic, words in topics:
        generic = topic in topic_map.generic_topics
        key_topic = f"{topic}:{_generic_slug(data, topic, words, promisor)}" if generic else topic
        if any(c.topic == key_topic for c in found):
            continue  # one mention per pledge
        counterparts: tuple[str, ...] = ()
        if topic_map.wants_counterparts(topic):
            if row_story is None:
                row_story = _story_of(row, data, promisor, story)
            counterparts = row_story
        about: str | None = None
        if topic_map.keyed_by_object(topic) and parties is not None and row.get("doc_id"):
            # the flag marks measures that fall on a country (sanctions): read once, it gates
            # both the refusal's reading and the country the mention's own words name
            falls_on_a_country = topic_map.refusals_about_promisor(topic)
            about = story_object(
                parties.get(row["doc_id"], ()),
                promisor,
                row.get("sentence_id"),
                own_event=str(row["event_id"]),
                promisee=row.get("promisee") or data.get("promisee"),
                speaker=row.get("speaker") or data.get("speaker"),
                topic_codes=topic_map.code_prefixes(topic),
                against_promisor=retraction and falls_on_a_country,
                # measures that fall on a country (sanctions): the one its own words name
                named=_measures_named(row, words) if falls_on_a_country else None,
            )
        clause = None
        if topic_map.two_way(topic):
            clause = clause_of(row.get("sentence_text"), str(words) if words else None)
        filed = dataclasses.replace(
            mention,
            topic_text=words,
            story_counterparts=counterparts,
            object_country=about,
            clause=clause,
        )
        # "accepted the offer" of aid: the offerer's pledge to the accepter, not the accepter's
        answer = as_answer(promisor, topic, filed)
        if answer is not None:
            found.append(Candidate(answer[0], key_topic, answer[1], generic))
            continue
        found.append(Candidate(promisor, key_topic, filed, generic, renounced))
    return found


def _generic_slug(data: Mapping[str, Any], topic: str, words: Any, promisor: str) -> str:
    """The slug of a generic topic: the commitment's key words when they are its primary
    topic's ("other"), else the slug of the topic's words."""
    key = data.get("topic_key") if topic == data.get("topic") else None
    return generic_slug(key if isinstance(key, str) else None, words, promisor)


def _measures_named(row: Mapping[str, Any], words: Any) -> str | None:
    """The country a mention's own words put its measures on: in its topic words, else in the
    clause of its sentence that holds them (or its event's words), not in another clause
    ("Japan will ease its ban on imports, while sanctions on North Korea stay")."""
    sentence = row.get("sentence_text")
    topic_words = str(words) if words else None
    clause = clause_of(sentence, topic_words) or clause_of(sentence, row.get("evidence"))
    return named_measure_object(topic_words, clause)


def _wants_object(row: Mapping[str, Any], topic_map: TopicActionMap) -> bool:
    """Whether any topic of a commitment row is keyed by its object (its report is read)."""
    return bool(row.get("doc_id")) and any(
        topic_map.keyed_by_object(topic)
        for topic, _words in _row_topics(row, _as_dict(row.get("data")))
    )


def read_candidates(
    connection: Connection,
    topic_map: TopicActionMap,
    *,
    parties: StoryParties | None = None,
) -> tuple[list[Candidate], int]:
    """Every commitment in the store as a candidate mention, and how many were undated. The
    events of a report are read (into ``parties``, shared with the linking) only for the
    reports of mentions on a topic keyed by its object."""
    cm, ev, doc, sent = schema.commitments, schema.events, schema.documents, schema.sentences
    query = (
        select(
            cm,
            ev.c.date,
            ev.c.date_precision,
            ev.c.sentence_id,
            ev.c.evidence,
            doc.c.published,
            doc.c.publisher,
            sent.c.text.label("sentence_text"),
        )
        .join(ev, ev.c.id == cm.c.event_id)
        .outerjoin(doc, doc.c.id == cm.c.doc_id)
        .outerjoin(sent, sent.c.id == ev.c.sentence_id)
        .order_by(cm.c.event_id)
    )
    rows = [dict(row) for row in connection.execute(query).mappings()]
    story = read_story_meetings(
        connection, (row["doc_id"] for row in rows if _wants_story(row, topic_map))
    )
    parties = parties if parties is not None else StoryParties(connection)
    parties.preload(row["doc_id"] for row in rows if _wants_object(row, topic_map))
    concluded = concluded_in(rows)
    candidates: list[Candidate] = []
    undated = 0
    for row in rows:
        found = candidates_from_row(row, topic_map, story=story, parties=parties)
        candidates.extend(_in_agreement(c, concluded) for c in found)
        if not found and row.get("date") is None and row.get("published") is None:
            undated += 1
    return unspecified_by_day(bare_acts_keyed(retold_in_story(candidates))), undated


def _in_agreement(candidate: Candidate, concluded: set[tuple[str, str, dt.date]]) -> Candidate:
    """The candidate, marked as a term of an agreement its report tells the promisor concluded
    that day (:func:`~pledgewatch.ledger.agreements.concluded_in`)."""
    m = candidate.mention
    if m.retraction or m.first_party or (m.doc_id, candidate.promisor, m.date) not in concluded:
        return candidate
    return dataclasses.replace(candidate, mention=dataclasses.replace(m, in_agreement=True))


def _is_general_retraction(candidate: Candidate, topic_map: TopicActionMap) -> str | None:
    mention = candidate.mention
    if not (candidate.generic and mention.retraction):
        return None
    return topic_map.retraction_cue(f"{mention.text or ''} {mention.topic_text or ''}")


def _retraction_targets(
    retraction: Mention,
    promisor: str,
    groups: Mapping[tuple[str, str, str | None], list[Mention]],
    window_days: int,
) -> list[tuple[str, str, str | None]]:
    """Pledges the promisor stated itself, formally or officially, shortly before a retraction."""
    earliest = retraction.date - dt.timedelta(days=window_days)
    promisee = country_key(retraction.promisee)
    targets = []
    for (who, topic, about), mentions in groups.items():
        if who != promisor:
            continue
        recent = [
            m
            for m in mentions
            if m.first_party
            and not m.retraction
            and FORMALITY_ORDER.get(m.formality, 0) >= FORMALITY_ORDER["official"]
            and earliest <= m.date <= retraction.date
        ]
        if promisee is not None:
            recent = [m for m in recent if country_key(m.promisee) in (None, promisee)]
        if recent:
            targets.append((who, topic, about))
    return targets


def group_mentions(candidates: Iterable[Candidate], topic_map: TopicActionMap) -> list[Pledge]:
    """Pledges (without action links) from candidate mentions, in id order."""
    groups: dict[tuple[str, str, str | None], list[Mention]] = defaultdict(list)
    general: list[tuple[Candidate, str]] = []
    for candidate in candidates:
        cue = _is_general_retraction(candidate, topic_map)
        if cue is not None:
            general.append((candidate, cue))
        else:
            key = (candidate.promisor, candidate.topic, candidate.object_country)
            groups[key].append(candidate.mention)
    for candidate, cue in sorted(general, key=lambda item: item[0].mention.date):
        mention = candidate.mention
        targets = _retraction_targets(
            mention, candidate.promisor, groups, topic_map.blanket_window_days
        )
        if candidate.names_agreement:  # not the promisor's other words of the window
            targets = of_the_agreement(mention, groups, targets, topic_map.blanket_window_days)
        if not targets:
            groups[(candidate.promisor, candidate.topic, candidate.object_country)].append(mention)
            continue
        days = topic_map.blanket_window_days
        via = f"general retraction ('{cue}') of pledges stated within {days} days"
        agreed_on, held = agreement_members(mention, candidate.promisor, groups, targets, days)
        for key in targets:
            groups[key].append(dataclasses.replace(mention, via=via))
        if held:
            on = ", ".join(str(day) for day in agreed_on)
            held_via = f"general retraction ('{cue}') of the agreement of {on}, {HELD_BY_AGREEMENT}"
            for key in held:
                groups[key].append(dataclasses.replace(mention, via=held_via))
    pledges = []
    for (promisor, topic, about), mentions in sorted(groups.items(), key=_group_order):
        ordered = tuple(sorted(mentions, key=lambda m: (m.date, m.event_id)))
        label = generic_label(topic, ordered) or topic_map.label(topic)
        pledges.append(
            Pledge(
                id=pledge_id(promisor, topic, about),
                promisor=promisor,
                topic=topic,
                label=f"{label} ({about})" if about else label,
                mentions=ordered,
                topic_counterparts=topic_map.topic_parties(base_topic(topic)),
                object_country=about,
                one_off=topic_map.is_one_off(base_topic(topic)),
            )
        )
    return pledges


def _group_order(item: tuple[tuple[str, str, str | None], list[Mention]]) -> tuple[str, ...]:
    """Groups in id order (a pledge with no object before those with one)."""
    promisor, topic, about = item[0]
    return (promisor, topic, about or "")
