"""What salience remembers of a mention, and the pieces its resolution rules share.

:class:`Seen` is a mention met earlier in a document; :func:`anaphor` builds the mention a
resolved reference ("it", "the North", "the two leaders") becomes. The word lists say which
pronouns and parse labels make a subject. :mod:`pledgewatch.actors.salience` uses them, and so do
the rules split out of it (:mod:`pledgewatch.actors.pairs`, :mod:`pledgewatch.actors.text_authors`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pledgewatch.actors.mention import ActorMatch, actor_match

SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Without a parse, a pronoun followed by one of these (or by a word ending in "-ed") is a subject.
AFTER_SUBJECT = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may",
     "might", "should", "must", "did", "does", "do", "said", "says", "say", "also", "not",
     "never", "still", "already", "'s", "'re", "'ll", "'d", "wants", "want", "plans", "plan",
     "hopes", "hope", "needs", "need", "agreed", "told", "warned", "insisted", "denied", "vowed",
     "pledged", "promised", "threatened", "rejected", "accused", "called", "urged"}
)  # fmt: skip
NOT_COUNTRIES = frozenset({"---", "IGO", "NGO", "IMG"})
# Three questions ask whether an actor code (country ISO-3 plus sector: letters 4-6) is the
# state, and they have different answers on purpose:
# * STATE_SECTORS -- who *is* a state as a party between states: the country itself ("SYR"),
#   its government, its military. "Russia used force against Georgia" is a fight between states
#   (190) only when both sides are one of these; a country's police or spies against someone
#   stay their own act ("police used force against protesters": 175).
# * STATE_FORCE_SECTORS -- who *bears a state's arms or orders*: its forces, police,
#   intelligence, government. A force a leader commands is his country's ("told troops to be
#   ready"), and their force on protesters is repression. The bare country is no force.
# * the ledger's ``non_state_sectors`` (data/ledger/topic_actions.yaml) -- who does *not act
#   for* a state: the opposition, rebels, business, media ... An act of any other sector
#   (courts, legislature and police included) keeps or breaks its country's pledges. It is a
#   list of exceptions, kept in the ledger's data because a user's topic map may tune it.
#: Sectors of a country's state as a party between states: the country itself, its
#: government, its military.
STATE_SECTORS = frozenset({"", "GOV", "MIL"})
#: Sectors that bear a state's arms or orders: its forces, police, intelligence, government
#: ("troops" a leader commands are his country's; their force on protesters is repression).
STATE_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})
#: Sectors of armed groups that are no state's forces (rebels, unaligned armed forces,
#: insurgents, separatists): the forces or fighters of such a group or of its leader
#: ("Hemedti's forces", "Prigozhin's fighters") are the group's own, not the country's military.
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF", "INS", "SEP"})
LOOKBACK_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Seen:
    """A mention met earlier: its sentence number (1-based), whether it was a subject, and
    how many clauses down it stands (0: the main clause; "said [Pyongyang had assured him
    [it would let [monitors visit]]]" puts the monitors three down)."""

    sentence: int
    mention: ActorMatch
    subject: bool
    depth: int = 0


def really_parsed(sentence: Span) -> bool:
    """Was the sentence parsed? An unparsed sentence of a partly parsed Doc hangs every word on
    its first as "dep"."""
    return any(token.dep_ not in ("", "dep", "ROOT") for token in sentence)


def a_country(mention: ActorMatch) -> bool:
    """A mention of a country's actor (no place, no organisation or group without a country):
    one that can be one of a pair or "the country"."""
    return (mention.country or "---") not in NOT_COUNTRIES and not mention.is_location


def anaphor(doc: Doc, code: str, start: int, end: int, why: str, plural: bool) -> ActorMatch:
    """The mention a resolved reference becomes: the words it spans, coded ``code``."""
    return actor_match(doc, code, start, end, why, "anaphor", plural, end - 1)


def why_resolved(text: str, code: str, found: Seen) -> str:
    """The ``why`` of a reference resolved to an earlier mention."""
    role = "subject" if found.subject else "last actor mentioned"
    return (
        f"resolved '{text}' to {code} ({role} '{found.mention.text}' in sentence {found.sentence})"
    )


def is_state(code: str) -> bool:
    """Is the actor code a country's state as a party between states ("SYR", "USAGOV",
    "RUSMIL"; :data:`STATE_SECTORS`), not a group in it?"""
    return not code.startswith("---") and len(code) >= 3 and code[3:6] in STATE_SECTORS


def holder_code(antecedent: ActorMatch, sector: str | None) -> str:
    """The code of "its <agent>": the antecedent's country (or organisation) plus the sector;
    the forces or fighters of an armed group or its leader ("his forces" of the RSF's leader,
    "his troops" of Prigozhin) are the group's own code (SDNREB, RUSUAF)."""
    if antecedent.country in {"IGO", "NGO", "IMG"}:
        return antecedent.code + (sector if sector in {"MIL", "COP"} else "")
    if sector in ("MIL", "REB") and antecedent.code[3:6] in ARMED_GROUP_SECTORS:
        return antecedent.code
    return (antecedent.country or "---") + (sector or "")
