"""The matcher's records: a dictionary hit in the text, and the actor mention it yields.

:class:`ActorMatch` is an :class:`~pledgewatch.model.ActorMention` (so stages that expect the
model record can take it as is) with a few more facts the event coder can use without parsing the
``why`` text: what kind of phrase headed the mention, the country part of the code, the sector,
whether it is plural and which token is its head.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pledgewatch.actors.dictionary import Entry
from pledgewatch.model import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Kinds of :class:`ActorMatch`: the dictionary kinds plus "anaphor" for resolved references.
MENTION_KINDS = frozenset(
    {"country", "capital", "place", "institution", "agent", "person", "organisation", "anaphor"}
)


@dataclass(frozen=True, slots=True)
class ActorMatch(ActorMention):
    """An actor mention with the facts behind its code.

    Attributes:
        kind: what headed the mention: "country", "capital", "place", "institution", "agent",
            "person", "organisation", or "anaphor" (a resolved "it", "the North", "the regime").
        country: the first three letters of the code ("PRK", "IGO", "---").
        sector: the sector part when there is one ("GOV", "MIL").
        plural: the mention names a group ("officials", "North Koreans", "they").
        head: token index (doc-level) of the head word, the last word of the agent or name.
        is_location: the phrase names a place rather than an actor (a city or region); the event
            coder may prefer other mentions as source or target.
    """

    kind: str = "country"
    country: str | None = None
    sector: str | None = None
    plural: bool = False
    head: int = -1
    is_location: bool = False


@dataclass(slots=True)
class Hit:
    """One dictionary phrase found in the text (token span) with its entries."""

    start: int
    end: int
    entries: tuple[Entry, ...]

    @property
    def entry(self) -> Entry:
        return self.entries[0]

    @property
    def kind(self) -> str:
        return self.entries[0].kind

    @property
    def holds_country(self) -> bool:
        """A country, capital, place or institution: something an agent noun can belong to."""
        return self.entries[0].kind in {"country", "capital", "place", "institution"}


def actor_match(
    doc: Doc,
    code: str,
    start: int,
    end: int,
    why: str,
    kind: str,
    plural: bool,
    head: int,
    *,
    location: bool = False,
) -> ActorMatch:
    """A match of ``doc[start:end]`` coded ``code``: the country and sector read off the code
    (organisations have no sector), the head token ``head``."""
    sector = code[3:6] if len(code) >= 6 and not code.startswith(("IGO", "NGO", "IMG")) else None
    return ActorMatch(
        code=code,
        text=doc[start:end].text,
        start=start,
        end=end,
        why=why,
        kind=kind,
        country=code[:3],
        sector=sector,
        plural=plural,
        head=head,
        is_location=location,
    )
