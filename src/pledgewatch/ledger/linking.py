"""Link pledges to the events that fulfil or contradict them, then apply the analyst's overrides.

An event links automatically when a rule of the topic-action map matches it, it happened
(modality asserted or reported), it is dated on or after the pledge's first mention, and it is
the promisor's own act (or, for ``by: either`` rules such as inspectors arriving, one done to
the promisor). A rule marked ``with_counterpart`` (talks, summits) also wants the event's other
party among the pledge's counterparts named before the event's day, the countries its mentions
name as promisee or meet in their story (talks promised to Pyongyang are not kept by a U.S.
envoy's visit; a pledge that names no one is kept by no meeting in particular). An act told in
the sentence that first states a pledge is its backdrop, not its keeping or breach; on a
two-way topic (sanctions: ease or impose) the pledge's own words turn the rules round or, saying
neither way, link nothing. A pledge about one country (``USA:sanctions@MMR``, a topic keyed by
its object) is kept or broken only by acts on that country. Events that are themselves
promises, offers, demands or refusals never count as actions. An act after the period of a
deadline the pledge met (the next year's drill after "a naval exercise later this month" kept
that month) is another occasion and is not stored as its link
(:func:`~pledgewatch.ledger.status.acts_beyond_their_period`), nor is the promisor's own
retraction told again as an act ("Last month, it said the talks were over":
:mod:`~pledgewatch.ledger.retold_retractions`). A pledge to work for a measure at
a body ("would work for tougher sanctions at the United Nations") is also kept by that body's
acts on its object (:mod:`~pledgewatch.ledger.body_measures`). Overrides from
``pledgewatch link`` are keyed by promisor, topic (with its object: ``sanctions@MMR``) and
event id, so they survive rebuilds: a
rejection drops the automatic link, a confirmation keeps it (possibly with another relation) or
adds a manual one.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pledgewatch.ledger.acts import known_by, may_follow, one_link_per_act
from pledgewatch.ledger.body_measures import body_of, body_reason
from pledgewatch.ledger.event_rows import candidate_events, event_date, event_row, link_from_event
from pledgewatch.ledger.evidence import period_end, row_date_precision
from pledgewatch.ledger.recalls import mark_recalled
from pledgewatch.ledger.records import (
    AUTO,
    CONFIRMED,
    CONTRADICTS,
    FULFILS,
    MANUAL,
    ActionLink,
    Pledge,
    country_key,
    pledge_id,
    same_actor,
    split_pledge_id,
)
from pledgewatch.ledger.retold_retractions import retold_retractions
from pledgewatch.ledger.status import acts_beyond_their_period
from pledgewatch.ledger.story_objects import PartyIndex, StoryParties, story_object
from pledgewatch.ledger.topic_actions import (
    REVERSED,
    TopicActionMap,
    load_topic_actions,
    match_event,
)
from pledgewatch.store import Store, schema


@dataclasses.dataclass(frozen=True, slots=True)
class Override:
    """An analyst's decision on one (promisor, topic, event)."""

    promisor: str
    topic: str
    event_id: str
    decision: str  # confirm | reject
    relation: str | None
    note: str | None


OverrideIndex = dict[tuple[str, str], dict[str, Override]]


def read_overrides(connection: Connection) -> OverrideIndex:
    """Every override, indexed by (promisor, topic) then event id."""
    index: OverrideIndex = {}
    for row in connection.execute(select(schema.link_overrides)).mappings():
        override = Override(
            promisor=row["promisor"],
            topic=row["topic"],
            event_id=row["event_id"],
            decision=row["decision"],
            relation=row["relation"],
            note=row["note"],
        )
        index.setdefault((override.promisor, override.topic), {})[override.event_id] = override
    return index


def first_statement_sentences(pledge: Pledge) -> frozenset[str]:
    """The sentences that first state a pledge (its mentions of its first day). An act told in
    one of them is the pledge's backdrop, not its keeping or breach: "The two Koreas agreed to
    reopen the complex, four months after the North pulled out its workers" is no withdrawal
    breaking the deal that day, as the meeting at which talks are promised does not keep them.
    Later sentences that speak of the pledge again may tell a real breach or keeping ("Despite
    its pledge, the North fired ...") and are not excluded. The wording that opens a later
    episode (pledged again after a breach) is read the same way by the status replay
    (:func:`~pledgewatch.ledger.status._told_in_its_wording`), which alone knows the episodes."""
    return frozenset(
        m.sentence_id for m in pledge.mentions if m.sentence_id and m.date == pledge.first_mention
    )


def first_statement_reports(pledge: Pledge) -> frozenset[str]:
    """The reports in which the promisor itself first states a pledge, in its own formal
    statement (:attr:`Mention.own_statement`). An act keeping it that they tell on that day is
    the pledge's announcement, not its keeping: "U.S. provides emergency flood relief to North
    Korea" heads
    the State Department's statement that the United States "will provide" the supplies, which
    charities "will deliver"; the relief arriving in Pyongyang two weeks later keeps the pledge.
    Like :func:`first_statement_sentences`, read for the pledge's first day here and for the
    day every later episode opens by the status replay."""
    return frozenset(
        m.doc_id
        for m in pledge.mentions
        if m.doc_id and m.own_statement and m.date == pledge.first_mention
    )


#: A pledge's telling wordings: (day, (way, word)) in date order (:func:`pledge_ways`).
PledgeWays = list[tuple[dt.date, tuple[str, str]]]


def pledge_ways(pledge: Pledge, topic_map: TopicActionMap) -> PledgeWays:
    """Every wording of a pledge on a two-way topic that tells its way, as (day, (way, word)) in
    date order, retractions left out. Each is read in the mention's own span, then the
    governing verb in its clause ("would keep some sanctions in place"), then the words just
    before the span in its evidence (:meth:`TopicActionMap.direction_of`), not the rest of the
    sentence. Computed once per pledge; :func:`way_before` looks a day up in it."""
    told = []
    for mention in pledge.mentions:
        if mention.retraction:
            continue
        said = topic_map.direction_of(
            pledge.topic, mention.text or "", topic_text=mention.topic_text, clause=mention.clause
        )
        if said is not None:
            told.append((mention.date, said))
    told.sort(key=lambda item: item[0])  # stable: a day's wordings keep their order
    return told


def way_before(ways: PledgeWays, before: dt.date | None) -> tuple[str, str] | None:
    """Which way a pledge on a two-way topic goes as of a day, and the word that says so: the
    latest wording in ``ways`` dated strictly before ``before`` (any day when None). "Would
    work for tougher sanctions" is kept by a new sanction and broken by an easing. None when no
    wording before that day tells ("Japan would consider sanctions"): then no event keeps or
    breaks it, as an easing on the day a pledge of unknown way is reported cannot say which
    way it went."""
    if before is None:
        return ways[-1][1] if ways else None
    index = bisect.bisect_left(ways, before, key=lambda item: item[0])
    return ways[index - 1][1] if index else None


def acts_on(
    row: Mapping[str, Any],
    promisor: str,
    object_country: str,
    parties: PartyIndex | None = None,
    *,
    topic_codes: tuple[str, ...] = (),
) -> bool:
    """Whether an event is done to ``object_country``: its other party (the target of the
    promisor's act, the source of one done to the promisor) is of that country. Easing
    Myanmar's investment ban is no act on North Korea's sanctions. An event coded with no other
    party ("The U.S. has already suspended food assistance") is about its story's object, as a
    pledge is (:func:`story_object` over ``parties``, the events of its report, the topic's
    acts ``topic_codes`` first); a :class:`StoryParties` keeps the object found per event."""
    source, target = row.get("source"), row.get("target")
    other = target if same_actor(source, promisor) else source
    if other is None and parties is not None and row.get("doc_id"):
        cache = parties.objects if isinstance(parties, StoryParties) else {}
        key = (str(row.get("id")), promisor, ",".join(topic_codes))
        if key not in cache:
            cache[key] = story_object(
                parties.get(row["doc_id"], ()),
                promisor,
                row.get("sentence_id"),
                own_event=row.get("id"),
                topic_codes=topic_codes,
            )
        return cache[key] == object_country
    return country_key(other) == object_country


def _matching_links(
    rows: Iterable[Mapping[str, Any]],
    pledge_key: str,
    promisor: str,
    topic: str,
    topic_map: TopicActionMap,
    since: dt.date | None,
    pledge: Pledge | None = None,
    parties: PartyIndex | None = None,
    object_country: str | None = None,
) -> list[ActionLink]:
    """Links of the rows a rule matches. With a ``pledge``, ``with_counterpart`` rules ask for
    the counterparts it was made towards *before* the event's day (talks promised to China in
    2013 are not kept by a 2011 trip to Beijing, nor by the meeting at which they were
    promised); without one (a checklist asking only for an action) they are open. An act told
    in a sentence that first states the pledge (:func:`first_statement_sentences`) neither
    keeps nor breaks it. On a two-way topic (sanctions) the pledge's way before the event
    (:func:`pledge_ways`, read once per pledge) turns the rule's relation round, or, unknown,
    links nothing. A pledge about one country (:attr:`Pledge.object_country`) takes only acts
    on it (:func:`acts_on`; ``parties``, the events of each report, tell the object of an act
    coded with no other party). Without a pledge, ``object_country`` asks the same of an
    action alone (a checklist item on food aid to the North)."""
    links = []
    if pledge is not None:
        object_country = pledge.object_country
    codes = topic_map.code_prefixes(topic)
    named: dict[dt.date | None, tuple[str, ...]] = {}
    ways: PledgeWays | None = None  # the pledge's telling wordings, read once
    backdrop = first_statement_sentences(pledge) if pledge is not None else frozenset()
    announced = first_statement_reports(pledge) if pledge is not None else frozenset()
    first_day = pledge.first_mention if pledge is not None else None
    for row in rows:
        when = event_date(row)
        precision = row_date_precision(row)
        if since is not None and not may_follow(when, precision, since):
            continue  # an act "in March" may follow a pledge of 15 March (acts.may_follow)
        # what was said before the act: before its day, or before its period ends
        before = when
        if when is not None and precision not in ("day", "unknown"):
            before = period_end(when, precision) + dt.timedelta(days=1)
        if row.get("sentence_id") in backdrop:
            continue
        if object_country and not acts_on(
            row, promisor, object_country, parties, topic_codes=codes
        ):
            continue
        if pledge is not None and before not in named:
            named[before] = pledge.counterparts_on(before=before)
        match = match_event(
            row,
            topic,
            promisor,
            topic_map,
            counterparts=named.get(before, ()),
            require_counterparts=pledge is not None,
        )
        if match is None:
            continue
        relation, reason = match.relation, match.reason
        if pledge is not None and topic_map.two_way(topic):
            if ways is None:
                ways = pledge_ways(pledge, topic_map)
            way = way_before(ways, before)
            if way is None:  # nothing said before the event tells which way the pledge goes
                continue
            if way[0] == REVERSED:
                relation = CONTRADICTS if relation == FULFILS else FULFILS
                reason = f"{reason}; reversed: the pledge asks the other way ({way[1]!r})"
        if relation == FULFILS and when == first_day and row.get("doc_id") in announced:
            continue  # the statement that makes the pledge announces its keeping that day
        links.append(link_from_event(pledge_key, row, relation, reason, AUTO, None, match.kind))
    return links


def _body_links(
    connection: Connection,
    pledge: Pledge,
    topic_map: TopicActionMap,
    parties: PartyIndex | None,
) -> list[ActionLink]:
    """The acts of the body a pledge works at (:func:`~.body_measures.body_of`: "would work
    for tougher sanctions at the United Nations") that keep it, by the topic's own rules, from
    the day it was so worded; none that would break it (the body's easing is not the member's
    breach)."""
    body = body_of(pledge)
    if body is None or body[0] == pledge.promisor:  # the body's own pledge has its own acts
        return []
    code, since, words = body
    rows = candidate_events(connection, code, topic_map.code_prefixes(pledge.topic), since=since)
    found = _matching_links(rows, pledge.id, code, pledge.topic, topic_map, since, pledge, parties)
    return [
        dataclasses.replace(lk, reason=body_reason(lk.reason, code, words))
        for lk in found
        if lk.relation == FULFILS
    ]


def automatic_links(
    connection: Connection,
    pledge_key: str,
    promisor: str,
    topic: str,
    topic_map: TopicActionMap,
    *,
    since: dt.date | None,
    until: dt.date | None = None,
    object_country: str | None = None,
    parties: PartyIndex | None = None,
) -> list[ActionLink]:
    """Links the topic-action map finds for one promisor and topic, in date order; with an
    ``object_country``, only acts on that country (:func:`acts_on`), read from ``parties`` (a
    new :class:`StoryParties` when none is given; pass one to share what it has read)."""
    rows = candidate_events(
        connection, promisor, topic_map.code_prefixes(topic), since=since, until=until
    )
    if parties is None and object_country:
        parties = StoryParties(connection)
    return _matching_links(
        rows, pledge_key, promisor, topic, topic_map, since, None, parties, object_country
    )


def apply_overrides(
    connection: Connection,
    pledge_key: str,
    links: list[ActionLink],
    overrides: Mapping[str, Override],
) -> tuple[list[ActionLink], int]:
    """The links after the analyst's decisions, and how many decisions changed something;
    one link per act (:func:`~pledgewatch.ledger.acts.one_link_per_act`), before the decisions
    (a rejected link takes its automatic twin with it) and after (a confirmed one stands for
    its act)."""
    by_event = {link.event_id: link for link in one_link_per_act(links)}
    # every automatic link, the twins one_link_per_act set aside too: confirming a twin keeps
    # its rule (a confirm written on the other coding of a meeting, or on a "told again")
    raw = {link.event_id: link for link in links}
    applied = 0
    for event_id, override in sorted(overrides.items()):
        current = by_event.get(event_id)
        if override.decision == "reject":
            if current is not None:
                del by_event[event_id]
                applied += 1
            continue
        current = current or raw.get(event_id)
        relation = override.relation or (current.relation if current else None)
        if relation is None:
            continue
        note = override.note
        if current is not None:
            reason = f"confirmed by analyst; {current.reason}"
            by_event[event_id] = dataclasses.replace(
                current, relation=relation, origin=CONFIRMED, reason=reason, note=note
            )
            applied += 1
            continue
        row = event_row(connection, event_id)
        if row is None:  # the event was recoded away; the override waits for it
            continue
        reason = "linked by analyst" + (f": {note}" if note else "")
        by_event[event_id] = link_from_event(pledge_key, row, relation, reason, MANUAL, note)
        applied += 1
    return one_link_per_act(by_event.values()), applied


def _decisions_for(
    connection: Connection,
    overrides: OverrideIndex,
    key: tuple[str, str, str | None],
    links: Iterable[ActionLink],
    parties: PartyIndex | None,
    topic_map: TopicActionMap,
    rows: dict[str, Any] | None = None,
) -> tuple[dict[str, Override], dict[str, Override]]:
    """The overrides of one (promisor, topic, object): those written under its id's topic part
    ("sanctions@MMR"), and those written under the plain topic ("sanctions": before pledges
    were kept per object country, or by a caller that knew only the topic) that apply to it:
    on an event it links, or on one done to its object (:func:`acts_on`), and not decided
    under its own key."""
    promisor, topic, object_country = key
    own = overrides.get((promisor, split_pledge_id(pledge_id(*key))[1]), {})
    plain = overrides.get((promisor, topic), {}) if object_country else {}
    linked = {lk.event_id for lk in links}
    codes = topic_map.code_prefixes(topic)
    kept: dict[str, Override] = {}
    for event_id, override in plain.items():
        if event_id in own:
            continue
        if event_id not in linked:
            row = event_row(connection, event_id, rows)
            if row is None or not acts_on(
                row, promisor, object_country or "", parties, topic_codes=codes
            ):
                continue
        kept[event_id] = override
    return own, kept


@dataclasses.dataclass(frozen=True, slots=True)
class LinkedPledges:
    """What :func:`link_pledges` gives: the pledges with their links, how many overrides
    changed something, and the overrides no pledge read (``promisor:topic event``: a pledge
    renamed or gone, an object it no longer has)."""

    pledges: list[Pledge]
    applied: int
    unused_overrides: tuple[str, ...] = ()


def link_pledges(
    connection: Connection,
    pledges: Iterable[Pledge],
    topic_map: TopicActionMap,
    overrides: OverrideIndex,
    *,
    parties: PartyIndex | None = None,
) -> LinkedPledges:
    """Every pledge with its action links, how many overrides applied, and those no pledge read.

    Events are read once per promisor (all CAMEO prefixes of its topics, from its earliest
    pledge on), not once per pledge, so a store with many pledges and imported events stays fast.
    ``parties`` (the events of each report, shared with the grouping) tell the object of an act
    coded with no other party; read on demand when not given. Overrides are read under the
    pledge id's topic part ("sanctions@MMR"); a pledge about one country also takes those
    written under its plain topic ("sanctions") on events done to its country, unless one under
    its own key decides the same event.
    """
    by_promisor: dict[str, list[Pledge]] = defaultdict(list)
    for pledge in pledges:
        by_promisor[pledge.promisor].append(pledge)
    linked: list[Pledge] = []
    applied = 0
    wants_objects = any(pledge.object_country for group in by_promisor.values() for pledge in group)
    if parties is None and wants_objects:
        parties = StoryParties(connection)
    consumed: set[tuple[str, str, str]] = set()
    override_rows: dict[str, Any] = {}  # events of plain-topic decisions, read once
    for promisor, group in by_promisor.items():
        prefixes = {p for pledge in group for p in topic_map.code_prefixes(pledge.topic)}
        since = min(pledge.first_mention for pledge in group)
        rows = candidate_events(connection, promisor, sorted(prefixes), since=since)
        for pledge in group:
            wanted = topic_map.code_prefixes(pledge.topic)
            relevant = [r for r in rows if wanted and str(r.get("cameo") or "").startswith(wanted)]
            links = _matching_links(
                relevant,
                pledge.id,
                promisor,
                pledge.topic,
                topic_map,
                pledge.first_mention,
                pledge,
                parties,
            )
            links += _body_links(connection, pledge, topic_map, parties)
            # overrides are keyed by the id's topic part: "sanctions@MMR" for an object pledge
            override_topic = split_pledge_id(pledge.id)[1]
            own, plain = _decisions_for(
                connection,
                overrides,
                (pledge.promisor, pledge.topic, pledge.object_country),
                links,
                parties,
                topic_map,
                override_rows,
            )
            consumed.update((pledge.promisor, override_topic, e) for e in own)
            # a plain-topic decision on an event the object pledge decides itself was read too
            consumed.update((pledge.promisor, pledge.topic, e) for e in [*plain, *own])
            links, count = apply_overrides(connection, pledge.id, links, {**plain, **own})
            kept = dataclasses.replace(pledge, links=tuple(links))
            # an act after the period of a deadline the pledge met is another occasion: the
            # replay sets it aside at every date, so it is not stored as keeping or breaking;
            # the promisor's own retraction told again as an act is shown once, as the retraction
            beyond = acts_beyond_their_period(kept) | retold_retractions(kept)
            if beyond:
                kept = dataclasses.replace(
                    kept, links=tuple(lk for lk in links if lk.event_id not in beyond)
                )
            linked.append(kept)
            applied += count
    unused = tuple(
        f"{promisor}:{topic} {event_id}"
        for (promisor, topic), by_event in sorted(overrides.items())
        for event_id in sorted(by_event)
        if (promisor, topic, event_id) not in consumed
    )
    # a later report's look back at an act a pledge has is marked, read across all pledges
    return LinkedPledges(sorted(mark_recalled(linked), key=lambda p: p.id), applied, unused)


def actions_for(
    store: Store,
    promisor: str,
    topic: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    topic_actions: TopicActionMap | None = None,
    object_country: str | None = None,
) -> list[ActionLink]:
    """Events that fulfil or contradict ``topic`` for ``promisor`` between two dates, whether or
    not a pledge exists (checklist items that ask only for an action use this), with the
    analyst's overrides applied. Without a pledge there are no counterparts to ask for
    (``require_counterparts`` off), so rules marked ``with_counterpart`` link events with any
    other party; a pledge that names none links none (see :func:`match_event`). With an
    ``object_country`` (a topic keyed by its object: food aid to the North) only acts done to
    that country count (:func:`acts_on`), and the overrides are those of its object pledge
    (``USA:food_aid@PRK``), then of its plain topic."""
    topic_map = topic_actions or load_topic_actions()
    key = country_key(promisor) or promisor
    about = country_key(object_country) if object_country else None
    link_key = pledge_id(key, topic, about)
    with store.reading() as connection:
        parties = StoryParties(connection) if about else None  # read once, for both steps
        links = automatic_links(
            connection,
            link_key,
            key,
            topic,
            topic_map,
            since=since,
            until=until,
            object_country=about,
            parties=parties,
        )
        own, plain = _decisions_for(
            connection, read_overrides(connection), (key, topic, about), links, parties, topic_map
        )
        links, _applied = apply_overrides(connection, link_key, links, {**plain, **own})
    return [
        lk
        for lk in links
        if lk.date is not None
        and (since is None or may_follow(lk.date, lk.date_precision, since))
        and (until is None or known_by(lk, until))
    ]
