"""The records that pass between pipeline stages.

Every stage takes and returns these plain, typed records; none reaches into another stage's
internals. Each derived record keeps the ids of the sentence and document it came from, so any
number shown to an analyst can be traced back to its evidence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

DatePrecision = Literal["day", "week", "month", "year", "unknown"]
Modality = Literal["asserted", "reported", "future", "hypothetical", "recommended", "negated"]
Strength = Literal["firm", "hedged", "conditional", "refused"]
Formality = Literal["formal", "official", "reported", "anonymous"]
CommitmentKind = Literal["promise", "offer", "demand", "refusal", "statement"]
DateBasisKind = Literal["words", "report", "twin", "recalled"]
#: Commitment kinds that make or end a pledge; demands and plain statements do not.
PLEDGE_KINDS: frozenset[str] = frozenset({"promise", "offer", "refusal"})
#: Commitment kinds two readouts of one agreement are compared on: what was promised, offered,
#: refused or asked. A statement ("the Kremlin spokeswoman said ...") promises nothing itself;
#: the promise it reports is graded, and compared, on its own event.
READOUT_KINDS: frozenset[str] = PLEDGE_KINDS | {"demand"}

#: How a coded event stands in its sentence: its own act ("main"); a reporting verb whose
#: content is coded as an event of its own ("frame"); the content of an accusation or denial
#: ("allegation"); a nominal event named as another's object ("mentioned": "condemned the
#: attack"); a relative, temporal or causal clause ("background"); the outcome or aim of a coded
#: verb ("consequence": "shelled the town, killing eight"). CAMEO conventions count "main".
EVENT_ROLES: tuple[str, ...] = (
    "main",
    "frame",
    "allegation",
    "mentioned",
    "background",
    "consequence",
)

#: Modalities under which an event counts as something that happened.
FACTUAL_MODALITIES: frozenset[str] = frozenset({"asserted", "reported"})

#: Ordering used to compare strengths ("at least hedged") and formalities ("at least official").
STRENGTH_ORDER: dict[str, int] = {"refused": 0, "hedged": 1, "conditional": 2, "firm": 3}
FORMALITY_ORDER: dict[str, int] = {"anonymous": 0, "reported": 1, "official": 2, "formal": 3}


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested report or statement, identified by the hash of its normalised text."""

    id: str
    text: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    date_precision: DatePrecision = "unknown"
    place: str | None = None
    language: str = "en"
    kind: str | None = None
    source_path: str | None = None
    ingested_at: dt.datetime | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    #: sha256 of the source's raw bytes (with the record's place in a many-document source):
    #: what a re-ingest of the same file is recognised by, however the text is normalised
    raw_hash: str | None = None

    @property
    def coding_text(self) -> str:
        """The text the coder reads: the headline, a blank line, then the body.

        Sentence spans index into this string, so a headline sentence starts before
        :attr:`headline_end` and the body's sentences after it.
        """
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    @property
    def headline_end(self) -> int:
        """Offset in :attr:`coding_text` where the headline ends (0 when there is none)."""
        return len(self.title) if self.title else 0


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, with its character span in :attr:`Document.coding_text`."""

    doc_id: str
    index: int
    text: str
    start: int
    end: int

    @property
    def id(self) -> str:
        return f"{self.doc_id}:{self.index}"


@dataclass(frozen=True, slots=True)
class Actor:
    """A dictionary entry: a CAMEO-style code and the names it goes by, valid between dates."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in a sentence: token span, the code it resolved to, and why."""

    code: str
    text: str
    start: int  # token index in the spaCy Doc of the document
    end: int  # token index, exclusive
    why: str


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date with how precise it is: "last month" is a month, "on Wednesday" a day."""

    date: dt.date
    precision: DatePrecision
    text: str | None = None


#: Every kind of :class:`DateBasis`.
DATE_BASIS_KINDS: tuple[str, ...] = get_args(DateBasisKind)
#: The keys of an event's stored ``provenance`` that hold its :class:`DateBasis`.
DATE_BASIS_KEYS: tuple[str, str, str] = ("date_basis", "date_words", "date_twin")


@dataclass(frozen=True, slots=True)
class DateBasis:
    """Where a coded event's date came from, the evidence behind it: ``words``, the time words
    of its own sentence (``text``: "on Monday", "last month"); ``report``, its report's day (the
    sentence has none); ``twin``, the date of another event (a headline takes its body twin's:
    ``event`` is the twin's id, ``text`` the twin's time words); ``recalled``, counted from
    another act of its sentence ("four months after the North pulled out its workers")."""

    kind: DateBasisKind
    text: str | None = None
    event: str | None = None

    def to_provenance(self) -> dict[str, str]:
        """The keys this basis adds to the event's stored ``provenance`` (None values left
        out, so an older reader sees only the keys it knows)."""
        values = (self.kind, self.text, self.event)
        return {
            key: value
            for key, value in zip(DATE_BASIS_KEYS, values, strict=True)
            if value is not None
        }

    @classmethod
    def from_provenance(cls, provenance: Any) -> DateBasis | None:
        """The basis kept in a stored ``provenance`` (None for events coded before it was
        kept, imports, and undated events)."""
        if not isinstance(provenance, dict):
            return None
        kind, text, event = (provenance.get(key) for key in DATE_BASIS_KEYS)
        if kind not in DATE_BASIS_KINDS:
            return None
        return cls(kind, text if isinstance(text, str) else None, event or None)

    def describe(self) -> str:
        """The basis as ``explain`` prints it next to the date."""
        if self.kind == "words":
            return f"from '{self.text}'"
        if self.kind == "report":
            return "the report's day"
        if self.kind == "twin":
            words = f", from '{self.text}'" if self.text else ""
            return f"as its twin {self.event} in the body{words}"
        return "counted from another act of its sentence"


@dataclass(slots=True)
class Commitment:
    """A graded promise, offer, demand or refusal attached to an event."""

    kind: CommitmentKind
    strength: Strength
    promisor: str | None
    promisee: str | None
    topic: str
    topic_text: str
    conditions: list[str] = field(default_factory=list)
    speaker: str | None = None
    speaker_text: str | None = None
    reporting_verb: str | None = None
    attribution: list[str] = field(default_factory=list)
    first_party: bool = False
    anonymous: bool = False
    quotation: bool = False
    formality: Formality = "reported"
    deadline: str | None = None
    in_headline: bool = False
    why: list[str] = field(default_factory=list)
    # ``strength`` is the weakest grade present; these keep the others visible, so a hedged
    # and conditional promise reads strength "hedged", hedged true, conditional true.
    hedged: bool = False
    conditional: bool = False
    hedges: list[str] = field(default_factory=list)
    #: Further topics the same words promise ("a moratorium on nuclear tests and missile
    #: launches"): ``{"topic", "topic_text"}`` each. One event, one commitment, several pledges.
    other_topics: list[dict[str, str]] = field(default_factory=list)
    #: The key words of a promise on no taxonomy topic (its act and the act's object,
    #: :mod:`pledgewatch.commitments.generic_keys`); None on a taxonomy topic.
    topic_key: str | None = None

    @property
    def all_topics(self) -> list[tuple[str, str]]:
        """(topic, words) of every topic, the primary first."""
        return [(self.topic, self.topic_text)] + [
            (t["topic"], t.get("topic_text") or self.topic_text) for t in self.other_topics
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "strength": self.strength,
            "hedged": self.hedged,
            "conditional": self.conditional,
            "hedges": list(self.hedges),
            "conditions": list(self.conditions),
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "reporting_verb": self.reporting_verb,
            "attribution": list(self.attribution),
            "first_party": self.first_party,
            "anonymous": self.anonymous,
            "quotation": self.quotation,
            "formality": self.formality,
            "topic": self.topic,
            "topic_text": self.topic_text,
            "promisor": self.promisor,
            "promisee": self.promisee,
            "deadline": self.deadline,
            "in_headline": self.in_headline,
            "other_topics": [dict(t) for t in self.other_topics],
            "why": list(self.why),
        } | ({"topic_key": self.topic_key} if self.topic_key is not None else {})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Commitment:
        return cls(
            kind=data["kind"],
            strength=data["strength"],
            promisor=data.get("promisor"),
            promisee=data.get("promisee"),
            topic=data["topic"],
            topic_text=data.get("topic_text", ""),
            conditions=list(data.get("conditions") or []),
            speaker=data.get("speaker"),
            speaker_text=data.get("speaker_text"),
            reporting_verb=data.get("reporting_verb"),
            attribution=list(data.get("attribution") or []),
            first_party=bool(data.get("first_party")),
            anonymous=bool(data.get("anonymous")),
            quotation=bool(data.get("quotation")),
            formality=data.get("formality", "reported"),
            deadline=data.get("deadline"),
            in_headline=bool(data.get("in_headline")),
            why=list(data.get("why") or []),
            hedged=bool(data.get("hedged")),
            conditional=bool(data.get("conditional", bool(data.get("conditions")))),
            hedges=list(data.get("hedges") or []),
            other_topics=[dict(t) for t in data.get("other_topics") or []],
            topic_key=data.get("topic_key"),
        )


@dataclass(slots=True)
class Event:
    """Who did what to whom, when, coded from one sentence, with the evidence and the reason.

    ``id`` is ``<sentence id>:<n>`` for coded events, so the same text always yields the same
    ids whichever process or machine coded it.
    """

    id: str
    doc_id: str
    sentence_id: str | None
    date: dt.date | None
    date_precision: DatePrecision
    source: str | None
    target: str | None
    cameo: str
    modality: Modality = "asserted"
    plover: str | None = None
    plover_mode: str | None = None
    quad: int | None = None
    penta: int | None = None
    goldstein: float | None = None
    source_text: str | None = None
    target_text: str | None = None
    action_text: str | None = None
    evidence: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    why: str = ""
    origin: str = "pledgewatch"
    commitment: Commitment | None = None
    #: how the event stands in its sentence (:data:`EVENT_ROLES`): "main", or a secondary
    #: role such as "mentioned" (a nominal event named by another: "condemned the attack")
    role: str = "main"
    #: where the date came from (:class:`DateBasis`); None when the event has no date or was
    #: not coded by pledgewatch (an import, or a store coded before the basis was kept)
    date_basis: DateBasis | None = None

    @property
    def happened(self) -> bool:
        """True when the event is asserted or reported as having happened."""
        return self.modality in FACTUAL_MODALITIES
