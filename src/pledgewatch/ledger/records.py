"""The ledger's records: mentions, action links, pledges and a pledge's status at a date.

A *pledge* is one promisor (at country level) and one topic over time. Every commitment that
speaks of it — the promisor's own statement, a third party's account, a headline, a refusal —
is a :class:`Mention`; every event that fulfils or contradicts it is an :class:`ActionLink`.
A :class:`PledgeStatus` is what the ledger says about a pledge as of one date. All of them
point back to their evidence (document, sentence, date, text).

Promisors are compared by country (``PRKGOV`` and ``PRKMIL`` are both ``PRK``) and pledges
keyed by promisor and topic, as :mod:`~pledgewatch.ledger.keys` says; the record of one episode
of a pledge is in :mod:`~pledgewatch.ledger.episodes`, the countries a pledge is made towards in
:mod:`~pledgewatch.ledger.counterparts`, the record of a status as of a date in
:mod:`~pledgewatch.ledger.status_record` and the ledger's fixed words (relations, origins,
statuses) in :mod:`~pledgewatch.ledger.vocabulary`. All are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from pledgewatch.ledger.counterparts import mention_counterparts as mention_counterparts
from pledgewatch.ledger.counterparts import pledge_counterparts as pledge_counterparts
from pledgewatch.ledger.day_order import report_place
from pledgewatch.ledger.episodes import AFTER_BREACH as AFTER_BREACH
from pledgewatch.ledger.episodes import AFTER_KEPT as AFTER_KEPT
from pledgewatch.ledger.episodes import AFTER_LAPSE as AFTER_LAPSE
from pledgewatch.ledger.episodes import AFTER_OTHERS_CLAIMS as AFTER_OTHERS_CLAIMS
from pledgewatch.ledger.episodes import AFTER_RETRACTION as AFTER_RETRACTION
from pledgewatch.ledger.episodes import Episode as Episode
from pledgewatch.ledger.episodes import shown_act_date as shown_act_date
from pledgewatch.ledger.evidence import Evidence, shown_date
from pledgewatch.ledger.evidence import iso_date as _iso
from pledgewatch.ledger.evidence import key_items as key_items
from pledgewatch.ledger.keys import NON_COUNTRY_PREFIXES as NON_COUNTRY_PREFIXES
from pledgewatch.ledger.keys import OBJECT_SEPARATOR as OBJECT_SEPARATOR
from pledgewatch.ledger.keys import UNKNOWN_COUNTRY as UNKNOWN_COUNTRY
from pledgewatch.ledger.keys import base_topic as base_topic
from pledgewatch.ledger.keys import country_key as country_key
from pledgewatch.ledger.keys import of_unknown_country as of_unknown_country
from pledgewatch.ledger.keys import pledge_id as pledge_id
from pledgewatch.ledger.keys import same_actor as same_actor
from pledgewatch.ledger.keys import split_pledge_id as split_pledge_id
from pledgewatch.ledger.status_record import PledgeStatus as PledgeStatus
from pledgewatch.ledger.vocabulary import ACCEPTED_BY as ACCEPTED_BY
from pledgewatch.ledger.vocabulary import AUTO as AUTO
from pledgewatch.ledger.vocabulary import CLAIMED_BY_OTHERS as CLAIMED_BY_OTHERS
from pledgewatch.ledger.vocabulary import CONFIRMED as CONFIRMED
from pledgewatch.ledger.vocabulary import CONTRADICTED as CONTRADICTED
from pledgewatch.ledger.vocabulary import CONTRADICTS as CONTRADICTS
from pledgewatch.ledger.vocabulary import FULFILLED as FULFILLED
from pledgewatch.ledger.vocabulary import FULFILS as FULFILS
from pledgewatch.ledger.vocabulary import HELD_BY_AGREEMENT as HELD_BY_AGREEMENT
from pledgewatch.ledger.vocabulary import LAPSED as LAPSED
from pledgewatch.ledger.vocabulary import MANUAL as MANUAL
from pledgewatch.ledger.vocabulary import NOT_YET as NOT_YET
from pledgewatch.ledger.vocabulary import PLEDGE_STATUSES as PLEDGE_STATUSES
from pledgewatch.ledger.vocabulary import PLEDGED as PLEDGED
from pledgewatch.ledger.vocabulary import REFUSED as REFUSED
from pledgewatch.ledger.vocabulary import RELATIONS as RELATIONS
from pledgewatch.ledger.vocabulary import RETRACTED as RETRACTED
from pledgewatch.model import FORMALITY_ORDER, STRENGTH_ORDER


@dataclass(frozen=True, slots=True)
class Mention:
    """One commitment that speaks of a pledge, with its grading and attribution."""

    event_id: str
    doc_id: str | None
    sentence_id: str | None
    date: dt.date
    kind: str
    strength: str
    conditional: bool
    hedged: bool
    first_party: bool
    formality: str
    promisor: str | None
    promisee: str | None
    speaker: str | None = None
    reporting_verb: str | None = None
    attribution: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    in_headline: bool = False
    deadline: dt.date | None = None
    #: the words that name the deadline ("later this month") and how many days after it an
    #: act still keeps the pledge late (one period more: :mod:`~pledgewatch.ledger.deadlines`)
    deadline_text: str | None = None
    deadline_grace: int = 0
    topic_text: str | None = None
    text: str | None = None
    retraction: bool = False
    #: Why a mention was added to a pledge other than its own topic (a general retraction).
    via: str | None = None
    #: How much of ``date`` is known: "day", "month", "year" (a "1953" reference is stored as
    #: 1953-01-01 and must read as 1953).
    date_precision: str = "day"
    #: The day its words date its act to when that is after its report ("will resume talks on
    #: Nov 26", reported on the 22nd: "2034-11-26"), to its precision; ``date`` is the report's
    #: day then, since no one said it later (:mod:`~pledgewatch.ledger.said_days`).
    scheduled_for: str | None = None
    #: Who published the document (names "the report itself" when no one else voiced it).
    publisher: str | None = None
    #: For a mention that names no promisee: the countries the promisor meets in its story
    #: (the meetings coded in its sentence, else in its document): "They agreed to continue the
    #: dialogue" in a report of U.S.-DPRK talks -> ``USA``. See :func:`mention_counterparts`.
    story_counterparts: tuple[str, ...] = ()
    #: On a topic keyed by its object (sanctions): the country the pledge is about ("sanctions
    #: on Myanmar" -> ``MMR``), which keys its pledge (:func:`pledge_id`); None when unknown.
    object_country: str | None = None
    #: On a two-way topic (sanctions): the clause of the sentence that holds the topic span,
    #: where the governing verb ("would keep some sanctions in place") tells the pledge's way
    #: when the coder's span ("Clinton said") and the topic words do not.
    clause: str | None = None
    #: where its sentence places it on its day: -1 earlier, 1 later ("Hours later, the North
    #: pledged ..."), 0 not told (:func:`~pledgewatch.ledger.day_order.told_when`)
    told: int = 0
    #: told in a report that tells, as a fact, the promisor concluding an agreement that day
    #: ("Iran and six powers reached an interim deal"): a term of the promisor's own act, which
    #: reopens a pledge it had refused (:func:`~pledgewatch.ledger.agreements.concluded_in`)
    in_agreement: bool = False
    #: a refusal told by another country accusing the promisor ("Pyongyang has blamed Seoul
    #: for refusing"): the accuser's code. Its claim, not the promisor's own retraction
    #: (:mod:`~pledgewatch.ledger.accusations`)
    accused_by: str | None = None

    @property
    def when(self) -> str:
        """The date as precisely as it is known: 2012-02-29, 2010-12 or 1953."""
        return shown_date(self.date, self.date_precision)

    @property
    def effective_strength(self) -> str:
        """The strength, lowered to ``conditional``/``hedged`` when flagged so in ``data``."""
        if self.retraction:
            return "refused"
        strength = self.strength if self.strength in STRENGTH_ORDER else "hedged"
        if self.conditional and STRENGTH_ORDER[strength] > STRENGTH_ORDER["conditional"]:
            strength = "conditional"
        if self.hedged and STRENGTH_ORDER[strength] > STRENGTH_ORDER["hedged"]:
            strength = "hedged"
        return strength

    @property
    def formality_rank(self) -> int:
        return FORMALITY_ORDER.get(self.formality, 0)

    @property
    def own_statement(self) -> bool:
        """The promisor's own formal statement, in its own words and reported by no one ("The
        United States will provide up to $900,000 in emergency relief supplies", the State
        Department's statement): what else its report tells that day announces the pledge."""
        own = self.first_party and not self.retraction and self.formality == "formal"
        return own and self.reporting_verb is None

    @property
    def role(self) -> str:
        if self.retraction and self.accused_by:
            return f"refusal claimed by another party ({self.accused_by})"
        if self.retraction:
            who = "by the promisor" if self.first_party else "reported by a third party"
            held = ", of the agreement others said holds it" if self._of_agreement else ""
            return f"retraction {who}{held}"
        due = f"; due by {self.deadline}: {self.deadline_text!r}" if self.deadline_text else ""
        if self.scheduled_for and not due:  # the day its words name, after its report's
            due = f"; scheduled for {self.scheduled_for}"
        if self.via and self.via.startswith(ACCEPTED_BY):  # ledger.offer_answers
            return f"{self.via}, others' word of the offer ({self.formality})"
        if self.first_party:
            return (
                f"pledge stated by the promisor ({self.formality}, {self.effective_strength}{due})"
            )
        return f"third-party claim ({self.formality}, {self.effective_strength}{due})"

    @property
    def _of_agreement(self) -> bool:
        return bool(self.via and self.via.endswith(HELD_BY_AGREEMENT))

    def evidence(self) -> Evidence:
        return Evidence(
            self.doc_id, self.sentence_id, self.date, self.text, self.role, self.date_precision
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = _iso(self.date)
        data["deadline"] = _iso(self.deadline)
        data["attribution"] = list(self.attribution)
        data["conditions"] = list(self.conditions)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        values = dict(data)
        values["date"] = dt.date.fromisoformat(values["date"])
        values["deadline"] = (
            dt.date.fromisoformat(values["deadline"]) if values.get("deadline") else None
        )
        values["attribution"] = tuple(values.get("attribution") or ())
        values["conditions"] = tuple(values.get("conditions") or ())
        values["story_counterparts"] = tuple(values.get("story_counterparts") or ())
        return cls(**values)


#: :attr:`ActionLink.order`: day, place told in the day, relation, first report, place in the
#: report, then the document and event ids (only to make the order total).
LinkOrder = tuple[dt.date, int, int, dt.date, tuple[int, int], str, str]


@dataclass(frozen=True, slots=True)
class ActionLink:
    """An event that fulfils or contradicts a pledge, with the reason and the evidence."""

    pledge_id: str
    event_id: str
    relation: str
    reason: str
    origin: str
    date: dt.date | None
    doc_id: str | None = None
    sentence_id: str | None = None
    text: str | None = None
    cameo: str | None = None
    source: str | None = None
    target: str | None = None
    note: str | None = None
    #: How much of ``date`` is known: "day", "month", "year" ("A torpedo sank the Cheonan in
    #: March" is dated 2010-03-01 and must read as 2010-03, not as the first of the month).
    date_precision: str = "day"
    #: the same act told again in other sentences of the report, (event id, sentence id,
    #: text) each: a headline and its body sentence are one link (:mod:`~.acts`)
    also_told: tuple[tuple[str, str | None, str | None], ...] = ()
    #: the day its report was published: of the reports that tell one act, the earliest is
    #: the evidence first known, and its link stands for the act (:mod:`~.acts`)
    reported: dt.date | None = None
    #: the same act told by other reports, (event id, document id, sentence id, text) each: a
    #: wire story and the agency's own account of one launch are one link (:mod:`~.acts`)
    also_reported: tuple[tuple[str, str | None, str | None, str | None], ...] = ()
    #: the kind of act its rule finds (``topic.relation.rule``; rules finding one kind under
    #: other conditions share it); None for a link an analyst added, which names no rule
    act: str | None = None
    #: the days before and after ``date`` its sentence says the act lasted ("began two days of
    #: talks" -> 0 and 1; "Two days of talks ... ended" -> 1 and 0): a telling of the act's
    #: other day is the same act (:mod:`~.acts`, :mod:`~.spans`)
    span_before: int = 0
    span_after: int = 0
    #: where its sentence places the act on its day: -1 earlier, 1 later ("the delegation
    #: later walked out"), 0 not told (:func:`~pledgewatch.ledger.day_order.told_when`)
    told: int = 0
    #: dated only by its report and not told as another act: it may retell an earlier act of
    #: its pledge (:func:`~pledgewatch.ledger.retellings.may_retell`, :mod:`~.acts`)
    may_retell: bool = False
    #: the words that name its act, stemmed (the coder's pattern word, the head of its action
    #: text): a recap months later is the act only when they meet
    #: (:func:`~pledgewatch.ledger.retellings.act_heads`, :mod:`~.acts`)
    heads: tuple[str, ...] = ()
    #: a later report's look back at an act the pledge already has from an earlier report
    #: ("the North, which launched a rocket in April, ..."), kept as evidence but no new act
    #: (:mod:`~pledgewatch.ledger.recalls`); shown "recalled, by <its report's day>"
    recalled: bool = False

    @property
    def when(self) -> str | None:
        """The date as precisely as it is known: 2013-02-12, 2010-03 or 1953."""
        return shown_date(self.date, self.date_precision) if self.date else None

    @property
    def order(self) -> LinkOrder:
        """Where the link stands among a pledge's links: by day; on one day first where its
        sentence places it (:attr:`told`: "Hours later, the delegation walked out" comes after
        the day's meeting, "after the two sides met again" before it); then, the sentences
        saying nothing, the acts that keep it before those that break it; then the report that
        told it first and that report's own order. Talks held and broken off on the same day
        end broken ("the colonels met; the North's delegation walked out"): a breach undoes the
        day's keeping, while a keeping does not undo a launch or a shelling. The document and
        event ids come last only to make the order total; their hash used to choose which of
        the day's acts decided."""
        day = self.date or dt.date.max
        relation = 0 if self.relation == FULFILS else 1
        place = report_place(self.event_id)
        return (
            day,
            self.told,
            relation,
            self.reported or day,
            place,
            self.doc_id or "",
            self.event_id,
        )

    @property
    def recalled_by(self) -> dt.date | None:
        """The day of the report that recalled the act, for a :attr:`recalled` link."""
        return (self.reported or self.date) if self.recalled else None

    @property
    def recall_note(self) -> str | None:
        """ "recalled, by 2012-12-20" for a :attr:`recalled` link, else None."""
        by = self.recalled_by
        return f"recalled, by {by.isoformat()}" if by else ("recalled" if self.recalled else None)

    def evidence(self) -> Evidence:
        role = "fulfilling action" if self.relation == FULFILS else "contradicting action"
        if self.recalled:
            role = f"{role}, {self.recall_note}"
        return Evidence(
            self.doc_id,
            self.sentence_id,
            self.date,
            self.text,
            role,
            self.date_precision,
            note=self.recall_note,
        )

    def told_again(self) -> tuple[Evidence, ...]:
        """The other sentences of the report that tell the same act (:attr:`also_told`), then
        those of other reports (:attr:`also_reported`), as evidence the analyst still sees
        ("fulfilling action, told again"; "..., told in another report")."""
        role = "fulfilling action" if self.relation == FULFILS else "contradicting action"
        precision = self.date_precision
        again = [
            Evidence(self.doc_id, sentence, self.date, text, f"{role}, told again", precision)
            for _event, sentence, text in self.also_told
        ]
        again += [
            Evidence(doc, sentence, self.date, text, f"{role}, told in another report", precision)
            for _event, doc, sentence, text in self.also_reported
        ]
        return tuple(again)

    def tellings(self) -> list[dict[str, str | None]]:
        """Every other telling of the act, its report's then other reports', as ``also_told``
        of ``pledgewatch ledger --json`` shows them: event, document, sentence, text."""
        told = [(event, self.doc_id, sentence, text) for event, sentence, text in self.also_told]
        return [
            {"event": event, "document": doc, "sentence": sentence, "text": text}
            for event, doc, sentence, text in [*told, *self.also_reported]
        ]

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__slots__}  # asdict is slow
        data["date"] = _iso(self.date)
        data["reported"] = _iso(self.reported)
        data["also_told"] = [list(twin) for twin in self.also_told]
        data["also_reported"] = [list(twin) for twin in self.also_reported]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActionLink:
        values = dict(data)
        values["date"] = dt.date.fromisoformat(values["date"]) if values.get("date") else None
        values["reported"] = (
            dt.date.fromisoformat(values["reported"]) if values.get("reported") else None
        )
        values["also_told"] = tuple(tuple(twin) for twin in values.get("also_told") or ())
        values["also_reported"] = tuple(tuple(twin) for twin in values.get("also_reported") or ())
        values["heads"] = tuple(values.get("heads") or ())
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Pledge:
    """One promisor and one topic over time: every mention and every linked action.

    Its counterparts (the countries it is made towards) are computed from its mentions, never
    stored beside them, so they cannot disagree: :meth:`counterparts_on` gives those named by a
    date, which is what rules marked ``with_counterpart`` in the topic-action map ask an event's
    other party to be, and :attr:`counterparts` those of its whole history.
    ``topic_counterparts`` are the parties the topic itself involves (six-party talks: the six
    parties); when there are any they are the counterparts, whoever heard the pledge.
    ``object_country`` is the country a pledge on a topic keyed by its object is about
    (``USA:sanctions@MMR``); only acts on it keep or break the pledge. ``one_off`` marks a
    topic whose pledge, once kept, stays kept (a detainee released is released: a later
    contrary act is shown, not a breach); an ongoing one (a moratorium) can still be broken.
    """

    id: str
    promisor: str
    topic: str
    label: str
    mentions: tuple[Mention, ...]
    links: tuple[ActionLink, ...] = ()
    topic_counterparts: tuple[str, ...] = ()
    object_country: str | None = None
    one_off: bool = False

    @property
    def counterparts(self) -> tuple[str, ...]:
        """The countries the pledge is made towards over its whole history
        (:meth:`counterparts_on` with no date)."""
        return self.counterparts_on()

    def counterparts_on(
        self, day: dt.date | None = None, *, before: dt.date | None = None
    ) -> tuple[str, ...]:
        """The countries the pledge was made towards by ``day`` (or strictly ``before`` a day):
        a topic's own parties (six-party talks: the other five, whoever heard the pledge),
        else those its mentions named by then."""
        parties = tuple(c for c in self.topic_counterparts if c != self.promisor)
        return parties or pledge_counterparts(
            self.promisor, self.mentions, until=day, before=before
        )

    @property
    def first_mention(self) -> dt.date:
        return self.mentions[0].date

    @property
    def last_mention(self) -> dt.date:
        return self.mentions[-1].date

    @property
    def first_party_mention(self) -> dt.date | None:
        return next((m.date for m in self.mentions if m.first_party and not m.retraction), None)


@dataclass(frozen=True, slots=True)
class LedgerSummary:
    """What a rebuild wrote."""

    pledges: int
    mentions: int
    links: int
    fulfilling: int
    contradicting: int
    overrides_applied: int
    skipped_undated: int
    fingerprint: str
    statuses: dict[str, int] = field(default_factory=dict)
    #: analyst overrides no pledge read ("USA:food_aid ev-123"): their pledge is gone or renamed
    unused_overrides: tuple[str, ...] = ()
