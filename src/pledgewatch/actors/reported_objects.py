"""The "it" an attack in a speaker's report is aimed at is the speaker.

"Israel said a mortar bomb was fired at it from the Gaza Strip": the salience reader binds only
subject pronouns, so the "it" fired at stayed no actor and the attack had no target. A country
that reports an attack "at it" ("fired at it", "launched at it") tells of an attack on itself
when it is the only country named before the pronoun in its sentence: here such an "it" -- the
object of "at", "on" or "toward(s)" after one of the dictionary's ``attack_at_verbs``, or that
verb's direct object, in a clause reported by the speaker -- is the speaker. With another
country before it ("Japan said North Korea fired missiles near it") or no reporting speaker the
pronoun is left unbound, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.actors.seen import NOT_COUNTRIES, SUBJECT_DEPS, Seen

__all__ = ["speaker_attacked"]

#: Prepositions whose "it" an attack is aimed at ("fired at it", "rockets on it").
_AIMED_PREPOSITIONS = frozenset({"at", "on", "toward", "towards"})
#: How a reported clause hangs on the verb that reports it.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def speaker_attacked(
    pronoun: Token,
    current: Sequence[Seen],
    attack_verbs: frozenset[str],
    reporting_lemmas: frozenset[str],
) -> Seen | None:
    """The speaker an "it" aimed at by a reported attack stands for, or None."""
    if pronoun.lower_ != "it":
        return None
    if pronoun.dep_ == "pobj" and pronoun.head.lower_ in _AIMED_PREPOSITIONS:
        verb = pronoun.head.head
    elif pronoun.dep_ == "dobj":
        verb = pronoun.head
    else:
        return None
    if verb.lemma_.lower() not in attack_verbs or verb.dep_ not in _REPORTED_DEPS:
        return None
    report = verb.head
    if report.lemma_.lower() not in reporting_lemmas:
        return None
    speakers = {t.i for c in report.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    earlier = [
        seen
        for seen in current
        if seen.mention.end <= pronoun.i and seen.mention.country not in NOT_COUNTRIES
    ]
    said = [seen for seen in earlier if seen.mention.head in speakers]
    if not said or {seen.mention.country for seen in earlier} != {said[0].mention.country}:
        return None
    return said[0]
