"""What the event coder hands to the commitment analysis: events still tied to their parse.

An :class:`EventFinding` keeps the spaCy tokens an event was read from, so later stages
(commitment grading, attribution) can look at the same parse without parsing again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from pledgewatch.model import ActorMention, Event


@dataclass(frozen=True, slots=True)
class DocContext:
    """What is known about a document before its sentences are read."""

    doc_id: str
    date: dt.date | None
    title: str | None = None
    publisher: str | None = None
    kind: str | None = None
    place: str | None = None
    headline_end: int = 0  # char offset in the coded text where the headline ends


@dataclass(slots=True)
class EventFinding:
    """One coded event with the parse it came from."""

    event: Event
    sent: Span
    trigger: Token
    source: ActorMention | None = None
    target: ActorMention | None = None
    object_text: str | None = None
    notes: list[str] = field(default_factory=list)
    #: "main"; "frame" (a reporting verb such as "said" whose reported content is coded as its
    #: own event); "allegation" (the content of an accusation or denial); "mentioned" (a
    #: nominal event named as the object of another event: "condemned the attack on X");
    #: "background" (a relative or temporal clause); "consequence" (the outcome of the main
    #: verb: "shelled the island, killing two"). All but "main" are SECONDARY_ROLES.
    role: str = "main"
    pattern_id: str = ""  # the lexicon pattern that fired (e.g. "seize.v+asset")
    content_code: str | None = None  # the complement's own code ("agreed to resume talks": 046)
    content_trigger: Token | None = None  # the complement's trigger ("resume")
    frame_trigger: Token | None = None  # the reporting/accusing verb over this event ("said")
    speaker: ActorMention | None = None  # the subject of that verb ("Seoul" in "Seoul said ...")
    modality_cue: str | None = None  # the word that decided the modality ("will", "if", "said")
