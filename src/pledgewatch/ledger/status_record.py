"""The record of what the ledger says about one pledge as of one date (:class:`PledgeStatus`):
its status, dates, wording, mentions and links, the evidence that set the status, and the
``pledgewatch ledger --json`` shape.

:mod:`~pledgewatch.ledger.status` computes it (the replay); :mod:`~pledgewatch.ledger.records`
re-exports it with the mentions and links it is made of.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from pledgewatch.ledger.episodes import Episode, shown_act_date
from pledgewatch.ledger.evidence import Evidence, key_items
from pledgewatch.ledger.evidence import iso_date as _iso
from pledgewatch.ledger.vocabulary import CONTRADICTS, FULFILS, LAPSED

if TYPE_CHECKING:
    from pledgewatch.ledger.records import ActionLink, Mention


@dataclass(frozen=True, slots=True)
class PledgeStatus:
    """What the ledger says about a pledge as of one date.

    ``strength`` is that of the latest first-party wording (else the latest third-party one;
    the weakest when several fall on that day); ``formality`` is the highest first-party
    formality so far (None while only others speak of it).
    """

    pledge_id: str
    promisor: str
    topic: str
    label: str
    as_of: dt.date
    status: str
    strength: str | None = None
    conditional: bool = False
    first_party: bool = False
    formality: str | None = None
    formality_any: str | None = None
    first_mention: dt.date | None = None
    first_party_mention: dt.date | None = None
    last_mention: dt.date | None = None
    since: dt.date | None = None
    fulfilled_on: dt.date | None = None
    contradicted_on: dt.date | None = None
    retracted_on: dt.date | None = None
    deadline: dt.date | None = None
    mentions: tuple[Mention, ...] = ()
    links: tuple[ActionLink, ...] = ()
    summary: str = ""
    #: the countries the pledge was made towards by ``as_of`` (see :meth:`Pledge.counterparts_on`)
    counterparts: tuple[str, ...] = ()
    #: every episode up to ``as_of``, the last being the one the status is of (``since``)
    episodes: tuple[Episode, ...] = ()

    @property
    def first_mention_shown(self) -> str | None:
        """The first mention's date as precisely as it is known ("1953", "2010-12")."""
        return self.mentions[0].when if self.mentions else None

    @property
    def first_party_mention_shown(self) -> str | None:
        """The promisor's first own wording's date as precisely as it is known."""
        own = next((m for m in self.mentions if m.first_party and not m.retraction), None)
        return own.when if own else None

    @property
    def last_mention_shown(self) -> str | None:
        """The last mention's date as precisely as it is known."""
        return self.mentions[-1].when if self.mentions else None

    @property
    def fulfilled_on_shown(self) -> str | None:
        """When the pledge was fulfilled, as precisely as the act's date is known."""
        return shown_act_date(self.fulfilled_on, FULFILS, self.links)

    @property
    def contradicted_on_shown(self) -> str | None:
        """When the pledge was broken, as precisely as the act's date is known: a torpedo that
        sank a warship "in March" broke it in 2010-03, not on 2010-03-01."""
        return shown_act_date(self.contradicted_on, CONTRADICTS, self.links)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """Mentions and links up to the date, in date order (mentions first on a day); the
        items that set the status (:meth:`decisive`) are marked ``decides``."""
        decisive = self._decisive_keys()
        items = [
            (m.date, 0, m.evidence(), ("mention", m.event_id) in decisive) for m in self.mentions
        ]
        for lk in self.links:  # each act, then its other tellings in its report (never deciding)
            day = lk.date or self.as_of
            items.append((day, 1, lk.evidence(), ("link", lk.event_id) in decisive))
            items += [(day, 1, again, False) for again in lk.told_again()]
        ordered = sorted(items, key=lambda t: (t[0], t[1]))
        return tuple(replace(e, decides=True) if hit else e for _, _, e, hit in ordered)

    @property
    def key_evidence(self) -> tuple[Evidence, ...]:
        """What a reader needs to see, in date order and one per sentence: the first mention,
        the promisor's first own words, what set the status (the fulfilling act, the breach,
        the retraction) and the latest item. The last three items alone showed, for a summit
        fulfilled in 2011, three later meetings and not the summit."""
        evidence = self.evidence
        own = next((m for m in self.mentions if m.first_party and not m.retraction), None)
        extra = [e for e in evidence if own is not None and e.sentence == own.sentence_id][:1]
        return key_items(evidence, extra + self._previous_end(evidence))

    def _previous_end(self, evidence: tuple[Evidence, ...]) -> list[Evidence]:
        """What ended the episode before the current one (its retraction, else its breach):
        a pledge made again reads, in its key evidence, what it was made again after."""
        if len(self.episodes) < 2:
            return []
        before = self.episodes[-2]
        if before.retracted_on is not None:
            ended = [
                m.sentence_id
                for m in self.mentions
                if m.retraction and m.date == before.retracted_on and not m.accused_by
            ]
        else:
            day = before.contradicted_on
            ended = [lk.sentence_id for lk in self.links if lk.date == day and day is not None]
        return [e for e in evidence if e.sentence is not None and e.sentence in ended[:1]][:1]

    def _decisive_keys(self) -> set[tuple[str, str]]:
        """("link" | "mention", event id) of what set the status: the first fulfilling or
        contradicting act on the day the status took effect, or the retraction that day."""
        keys: set[tuple[str, str]] = set()
        for day, relation in (
            (self.fulfilled_on, FULFILS),
            (self.contradicted_on, CONTRADICTS),
        ):
            if day is None:
                continue
            link = next(
                (lk for lk in self.links if lk.date == day and lk.relation == relation), None
            )
            if link is not None:
                keys.add(("link", link.event_id))
        if self.retracted_on is not None:
            retraction = next(
                (m for m in self.mentions if m.retraction and m.date == self.retracted_on), None
            )
            if retraction is not None:
                keys.add(("mention", retraction.event_id))
        if self.status == LAPSED:  # the words that named the deadline it passed
            own = next(
                (m for m in self.mentions if m.deadline == self.deadline and m.first_party), None
            )
            if own is not None:
                keys.add(("mention", own.event_id))
        if not keys and len(self.episodes) > 1 and self.episodes[-2].reopened_by is not None:
            # pledged again (after a breach, a retraction, a lapse): the words that reopened it
            # set the status, the promisor's own first
            again = sorted(
                (m for m in self.mentions if m.date == self.since and not m.retraction),
                key=lambda m: not m.first_party,
            )
            if again:
                keys.add(("mention", again[0].event_id))
        return keys

    def to_dict(self) -> dict[str, Any]:
        """The ``pledgewatch ledger --json`` shape."""
        return {
            "id": self.pledge_id,
            "promisor": self.promisor,
            "topic": self.topic,
            "label": self.label,
            "as_of": _iso(self.as_of),
            "status": self.status,
            "counterparts": list(self.counterparts),
            "strength": self.strength,
            "conditional": self.conditional,
            "first_party": self.first_party,
            "formality": self.formality,
            "first_mention": _iso(self.first_mention),
            "first_party_mention": _iso(self.first_party_mention),
            "last_mention": _iso(self.last_mention),
            "first_mention_shown": self.first_mention_shown,
            "first_party_mention_shown": self.first_party_mention_shown,
            "last_mention_shown": self.last_mention_shown,
            "fulfilled_on": _iso(self.fulfilled_on),
            "contradicted_on": _iso(self.contradicted_on),
            "fulfilled_on_shown": self.fulfilled_on_shown,
            "contradicted_on_shown": self.contradicted_on_shown,
            "retracted_on": _iso(self.retracted_on),
            "deadline": _iso(self.deadline),
            "since": _iso(self.since),
            "episodes": [episode.to_dict() for episode in self.episodes],
            "summary": self.summary,
            "evidence": [e.to_dict() for e in self.evidence],
            "links": [
                {
                    "event": lk.event_id,
                    "relation": lk.relation,
                    "origin": lk.origin,
                    "date": _iso(lk.date),
                    "when": lk.when,
                    "reason": lk.reason,
                    "recalled": lk.recalled,
                    "also_told": lk.tellings(),
                }
                for lk in self.links
            ],
        }
