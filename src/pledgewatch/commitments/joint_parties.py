"""Who is bound when a joint body or a named pair of states acts.

"The joint committee will hold its first meeting soon" and "Foreign ministers of the two
Koreas will attend" name no single actor, so the event coder resolves no promisor. A joint
body of two parties ("the joint committee", "the joint working group", "the joint commission
of the two Koreas") acts for both; a pair named inside "of" ("of the two Koreas") is both. The
parties are the pair the phrase names or, for a joint body that names none, the two states the
story has named before it (when it has named exactly two, or its last sentence naming states
names two). One event carries one commitment, so the first party is its promisor and the
other its promisee: the joint act is between them, which the ledger's counterparts read.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from pledgewatch.actors.seen import NOT_COUNTRIES
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.lexicon import data_path, load_yaml
from pledgewatch.errors import ConfigError
from pledgewatch.model import ActorMention

#: The data file of the second readings (word lists for joint bodies and named pairs too).
SECOND_READINGS_FILE = "second_readings.yaml"


@dataclass(frozen=True, slots=True)
class JointWords:
    """The word lists that tell a joint body, a named pair and a voice of the parties' own (a
    joint text, an official with no country written: :func:`~pledgewatch.commitments.parties.
    is_first_party`)."""

    joint_words: frozenset[str]
    body_nouns: frozenset[str]
    pair_nouns: frozenset[str]
    pair_words: frozenset[str]
    named_pairs: dict[str, tuple[str, str]]
    gathering_nouns: frozenset[str]
    unplaced_own_sectors: frozenset[str]
    office_nouns: frozenset[str]
    joint_text_marks: frozenset[str]
    joint_text_nouns: frozenset[str]
    inspection_site_hosts: dict[str, str]
    definite_pair_nouns: frozenset[str]


def second_readings_data() -> dict[str, Any]:
    """The parsed ``second_readings.yaml``: the one reading of the file that this module's
    lists and :func:`~pledgewatch.commitments.second_readings.second_reading_words` share
    (``load_yaml`` caches it by path)."""
    return load_yaml(str(data_path(SECOND_READINGS_FILE)))


@functools.lru_cache(maxsize=64)
def second_readings_words(key: str) -> frozenset[str]:
    """One lower-case word list of ``second_readings.yaml`` (empty when the key is absent): the
    one reader of the file's lists, which the grader's small modules share. A value that is no
    list (``dealing_verbs: buy``) is a :class:`ConfigError`, not read as its letters."""
    found = second_readings_data().get(key)
    if found is None:
        return frozenset()
    if not isinstance(found, list):
        raise ConfigError(
            f"`{key}` must be a list of words", path=str(data_path(SECOND_READINGS_FILE))
        )
    return frozenset(str(w).lower() for w in found)


@functools.lru_cache(maxsize=1)
def joint_words() -> JointWords:
    """The shipped lists (``second_readings.yaml``)."""
    data = second_readings_data()
    words = second_readings_words

    pairs: dict[str, tuple[str, str]] = {}
    for name, codes in (data.get("named_pairs") or {}).items():
        if not isinstance(codes, list) or len(codes) != 2:
            raise ConfigError(
                f"{data_path(SECOND_READINGS_FILE)}: named_pairs.{name} must list two country "
                "codes, as in 'koreas: [KOR, PRK]'"
            )
        pairs[str(name).lower()] = (str(codes[0]), str(codes[1]))
    return JointWords(
        joint_words=words("joint_words"),
        body_nouns=words("body_nouns"),
        pair_nouns=words("pair_nouns"),
        pair_words=words("pair_words"),
        named_pairs=pairs,
        gathering_nouns=words("gathering_nouns"),
        unplaced_own_sectors=frozenset(w.upper() for w in words("unplaced_own_sectors")),
        office_nouns=words("office_nouns"),
        joint_text_marks=words("joint_text_marks"),
        joint_text_nouns=words("joint_text_nouns"),
        inspection_site_hosts={
            str(topic): str(host)
            for topic, host in (data.get("inspection_site_hosts") or {}).items()
        },
        definite_pair_nouns=words("definite_pair_nouns"),
    )


def joint_parties(
    subject: Token | None, mentions: Sequence[ActorMention], words: JointWords | None = None
) -> tuple[str, str] | None:
    """The two parties a subject phrase stands for (a named pair, or a joint body of a pair
    or of the story's two states), first the promisor; None when it is no such phrase."""
    if subject is None:
        return None
    words = words or joint_words()
    pair = _named_pair(subject, words)
    if pair is not None:
        return pair
    if not (_is_joint_body(subject, words) or _is_pair_of_parties(subject, words)):
        return None
    return _story_pair(subject, mentions)


def _named_pair(subject: Token, words: JointWords) -> tuple[str, str] | None:
    """ "the two Koreas", or "ministers of the two Koreas" (the pair inside "of")."""
    candidates = [subject]
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
        candidates += [o for o in prep.children if o.dep_ == "pobj"]
    for token in candidates:
        pair = words.named_pairs.get(token.lower_)
        if pair is not None:
            return pair
    return None


def _is_joint_body(subject: Token, words: JointWords) -> bool:
    """A body noun whose modifiers, read as written, hold a joint word: "the joint committee",
    "the inter-Korean committee" (spaCy splits "inter - Korean", so the words are those of the
    modifiers' text, split at spaces only)."""
    if subject.lemma_.lower() not in words.body_nouns:
        return False
    modifiers = [c for c in subject.lefts if c.dep_ in ("amod", "compound")]
    if not modifiers:
        return False
    doc = subject.doc
    phrase = doc[modifiers[0].left_edge.i : subject.i].text.lower()
    return any(word in words.joint_words for word in phrase.split())


def _is_pair_of_parties(subject: Token, words: JointWords) -> bool:
    """ "the two sides", "both sides", "both countries": a plural pair noun counted as two,
    which names no state of its own (a named state, "both Koreas", is a named pair); or a
    plural of ``definite_pair_nouns`` with "the" alone ("the leaders" after "X and Y met"),
    which only the story's pair can be ("the leaders of Britain, France and Germany" names its
    own)."""
    lemma = subject.lemma_.lower()
    if subject.tag_ not in ("NNS", "NNPS"):
        return False
    if lemma in words.definite_pair_nouns and [c.lower_ for c in subject.children] == ["the"]:
        return True
    if lemma not in words.pair_nouns:
        return False
    if any(c.dep_ in ("compound", "amod") and c.ent_type_ == "GPE" for c in subject.children):
        return False  # "two U.S. envoys": one state's people (grader38)
    return any(
        c.lower_ in words.pair_words
        for c in subject.children
        if c.dep_ in ("nummod", "det", "predet", "amod", "quantmod")
    )


def _story_pair(subject: Token, mentions: Sequence[ActorMention]) -> tuple[str, str] | None:
    """The two states the story names before ``subject``: all its states when they are two,
    else those of the last earlier sentence that names exactly two (a state named as a place,
    "in Geneva", is none of them)."""
    doc = subject.doc
    places = second_readings_words("place_prepositions")
    before = sorted(
        (m for m in mentions if m.end <= subject.i and not _a_place(doc, m, places)),
        key=lambda m: m.start,
    )
    states = named_states(before)
    if len(states) == 2:
        return states[0], states[1]
    by_sentence: dict[int, list[ActorMention]] = {}
    for mention in before:
        by_sentence.setdefault(doc[mention.start].sent.start, []).append(mention)
    for start in sorted(by_sentence, reverse=True):
        states = named_states(by_sentence[start])
        if len(states) == 2:
            return states[0], states[1]
    return None


def _a_place(doc: Doc, mention: ActorMention, places: frozenset[str]) -> bool:
    """ "in Geneva", "at Panmunjom": a state named as where the parties met is no party."""
    root = doc[mention.start : mention.end].root
    return root.dep_ == "pobj" and root.head.lower_ in places


#: Code prefixes that name no state: the dictionaries' non-countries (organisations, armed
#: groups such as al-Qaeda, IMG) and firms or unidentified actors.
STATELESS = NOT_COUNTRIES | {"MNC", "UIS"}


def named_states(mentions: Sequence[ActorMention], before: int | None = None) -> list[str]:
    """The states the mentions name, in order and once each (ending before token ``before``
    when given): the story's parties for a joint body, the host of inspections, the countries
    named before an unplaced official speaks."""
    states: list[str] = []
    for mention in mentions:
        if before is not None and mention.end > before:
            continue
        state = country_of(mention.code)
        if state is not None and state not in STATELESS and state not in states:
            states.append(state)
    return states


def gathering_of_parties(content: Token, words: JointWords | None = None) -> bool:
    """A proposed act whose doers are the parties to a meeting, named by no state ("proposed
    that the heads of delegation to the six-party talks hold consultations", "that all parties
    meet"): whoever proposes it is one of them, so it proposes its own part."""
    words = words or joint_words()
    subjects = [c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    phrase = list(subjects[0].subtree)
    if any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in phrase):
        return False
    return any(t.lemma_.lower() in words.gathering_nouns for t in phrase)
