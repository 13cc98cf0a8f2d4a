"""Staff leaving a place of another country is their state's withdrawal of them (CAMEO 166).

"The last seven South Korean managers left the Kaesong complex" coded nothing: "leave" had no
row for a place. Who withdraws is the country of those who leave; what they leave is a place in
another country (or a site there), at whose country the withdrawal is aimed: KOR -> PRK 166.
CAMEO keeps finer codes for some people: inspectors and observers 1662, peacekeepers 1661.

The verbs.tsv rows ``leave.v+site`` and ``depart.v_from+site`` code 166 for any verb of leaving
(word class ``@leaving``) with an actor as the place left; :func:`staff_departure` keeps such an
event only when its subject is a noun of people posted abroad (word class ``@staff_abroad``:
managers, workers, nationals, diplomats, inspectors) of a known country, and the place is of
another country. "Jimmy Carter left Pyongyang" (a visitor going home), "Kim left for Beijing" (a
trip) and "North Korean workers left Pyongyang" (their own country) are no withdrawal and are
dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import subject_tokens
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.interop.actor_codes import country_of
from pledgewatch.model import ActorMention

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["NO_WITHDRAWAL", "WITHDRAWAL_CODE", "staff_departure"]

#: The code of the leaving rows (verbs.tsv leave.v+site, depart.v_from+site).
WITHDRAWAL_CODE = "166"
LEAVING_CLASS = "@leaving"
STAFF_CLASS = "@staff_abroad"
#: Finer withdrawals by who leaves (word classes of word_classes.tsv), first match wins.
FINER_CODES = (("@inspector", "1662"), ("@peacekeeping", "1661"))


#: What :func:`staff_departure` gives for a leaving that is no withdrawal: drop the event.
NO_WITHDRAWAL: tuple[str, str, list[Argument]] = ("", "", [])


def staff_departure(
    action: Action,
    code: str,
    sources: Sequence[Argument],
    targets: Sequence[Argument],
    lexicon: Lexicon,
) -> tuple[str, str, list[Argument]] | None:
    """For a leaving row's event: the withdrawal code, a note for the "why" and the countries
    left when staff of a known country leave a place of another, else :data:`NO_WITHDRAWAL`.
    None (nothing to change) for any other event."""
    if (
        code != WITHDRAWAL_CODE
        or action.pattern.kind != "verb"
        or action.token.lemma_.lower() not in lexicon.words(LEAVING_CLASS)
    ):
        return None
    found = _withdrawal(action, sources, targets, lexicon)
    return NO_WITHDRAWAL if found is None else found


def _withdrawal(
    action: Action,
    sources: Sequence[Argument],
    targets: Sequence[Argument],
    lexicon: Lexicon,
) -> tuple[str, str, list[Argument]] | None:
    staff = [t for t, _ in subject_tokens(action.token) if t.lemma_.lower() in _staff(lexicon)]
    if not staff or not sources:
        return None
    home = {_country(s.mention) for s in sources}
    if "" in home:
        return None  # "foreign workers left Libya": no state withdraws them
    left = [_as_country(t) for t in targets if _country(t.mention) not in home | {""}]
    if not left:
        return None  # "North Korean workers left Pyongyang": their own country
    code = WITHDRAWAL_CODE
    noun = staff[0].lemma_.lower()
    for word_class, finer in FINER_CODES:
        if noun in lexicon.words(word_class) or staff[0].lower_ in lexicon.words(word_class):
            code = finer
            break
    return code, f"⇒ {code} ('{staff[0].text}' leaving a place of another country)", left


def _staff(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.words(STAFF_CLASS)


def _country(mention: ActorMention) -> str:
    """The state of an actor; a body of no state (UN inspectors) is its own; none for "---"."""
    code = mention.code or ""
    if code.startswith("---") or len(code) < 3:
        return ""
    return country_of(code) or code


def _as_country(argument: Argument) -> Argument:
    """The place left is aimed at as its country: "the Kaesong complex" -> PRK, "the embassy
    in Damascus" -> SYR (the withdrawal is from the country, not from its government)."""
    mention = argument.mention
    country = _country(mention)
    if mention.code == country:
        return argument
    place = ActorMention(
        country,
        mention.text,
        mention.start,
        mention.end,
        f"{mention.why}; the country of the place left",
    )
    return Argument(place, argument.head, argument.relation, argument.via)
