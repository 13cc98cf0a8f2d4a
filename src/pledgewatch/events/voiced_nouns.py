"""Who voiced a nominal act of speech and at whom, when its own phrases name neither (events51).

:func:`voiced_noun_roles` extends :func:`pledgewatch.events.dependency_roles.noun_roles` for
nouns of saying, asking and threatening (``speaker_families`` in ``voiced_nouns.yaml``):

- "threats of retaliation from Pyongyang", "offers of help from Tokyo": the parser hangs the
  "from" phrase on the "of" object, but it names who voiced the threat or the offer, its source,
  not where the retaliation comes from (only when the noun has no source of its own);
- "Kyiv held the vote despite warnings from Moscow": a threat, demand or protest a clause
  defies (``defiance_words``: "despite", "in spite of", "in defiance of") is aimed at the
  clause's subject, when the noun names no one it is aimed at.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pledgewatch.events.dependency_roles import noun_roles
from pledgewatch.events.lexicon import LEXICON_DIR
from pledgewatch.yaml_lists import read_word_yaml, word_list

__all__ = ["VoicedWords", "voiced_noun_roles"]

#: The rank of the defying clause's subject among a noun's targets: below any of its own.
_DEFIER_RANK = 20
#: Relations of a clause's subject.
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True, slots=True)
class VoicedWords:
    """The lists of ``voiced_nouns.yaml`` (see its header)."""

    speaker_families: frozenset[str]
    defiance_words: frozenset[str]
    defied_families: frozenset[str]

    @classmethod
    def load(cls, path: str | None = None) -> VoicedWords:
        return _load(str(Path(path) if path else Path(LEXICON_DIR) / "voiced_nouns.yaml"))


@functools.lru_cache(maxsize=4)
def _load(file: str) -> VoicedWords:
    data = read_word_yaml(file)
    return VoicedWords(
        *(
            frozenset(word_list(data, key, file))
            for key in ("speaker_families", "defiance_words", "defied_families")
        )
    )


def voiced_noun_roles(
    noun: Any, of_role: str, family: str | None, words: VoicedWords
) -> tuple[list[tuple[Any, str]], list[tuple[Any, str, int]]]:
    """(source tokens, ranked target tokens) of the nominal event ``noun``, as
    :func:`noun_roles` reads them, with the voicer and the defier of a noun of speech."""
    sources, targets = noun_roles(noun, of_role)
    if family is None or family not in words.speaker_families:
        return sources, targets
    if not sources:
        sources = _from_of_object(noun)
        # the "of" object's phrase holds the voicer ("retaliation from X"): no one threatened
        voicers = {g.i for g, _ in sources}
        targets = [t for t in targets if not (t[1] == "of" and _holds(t[0], voicers))]
    # "did not retaliate despite its earlier threats": its own threats, aimed at no one named
    owned = any(relation == "poss" for _, relation in sources)
    if family in words.defied_families and not targets and not owned:
        targets = [(s, "subj", _DEFIER_RANK) for s in _defier(noun, words.defiance_words)]
    return sources, targets


def _from_of_object(noun: Any) -> list[tuple[Any, str]]:
    """The "from" objects of the noun's "of" object: "threats of retaliation from X"."""
    return [
        (g, "from")
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for p in of.children
        if p.dep_ == "pobj"
        for inner in p.children
        if inner.dep_ == "prep" and inner.lower_ == "from"
        for g in inner.children
        if g.dep_ == "pobj"
    ]


def _holds(token: Any, indices: set[int]) -> bool:
    """Does the phrase of ``token`` hold one of the tokens at ``indices``?"""
    return any(t.i in indices for t in token.subtree)


def _defier(noun: Any, defiance: frozenset[str]) -> list[Any]:
    """The subject of the clause whose concession phrase ``noun`` is the object of ("held the
    vote despite warnings", "in spite of protests", "in defiance of demands"), or none."""
    if noun.dep_ != "pobj":
        return []
    preposition = noun.head
    if preposition.lower_ == "of" and preposition.head.lower_ in defiance:
        preposition = preposition.head.head  # "in spite of": the "in" the phrase hangs by
    elif preposition.lower_ not in defiance:
        return []
    verb = preposition.head
    if preposition.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects and verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        # "pressed ahead and held the vote despite ...", "decided to hold the vote despite ..."
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS]
    return subjects
