"""A delegation's walk-out from talks halts the negotiations (CAMEO 164) with the other party.

"walk out" alone is a strike (``walk.v_out``, 143), right for "dock workers walked out"; "walked
out of talks with X" has its own row (``walk.v_out+talks``, 164 on X). But "Military talks
between the two Koreas broke down after the North Korean delegation walked out" names the talks
in another clause, and was coded as a strike by PRKGOV at no one. A walk-out (a verb of word
class ``@walking_out`` with "out") is from talks when its subject is a noun of those sent to
talks (``@negotiating_party``: delegation, negotiators, envoys), or when talks are named in the
sentence (``@walkout_talks``) and every one walking out is a state or its government; then it
is 164. Workers walking out as pay talks failed stay on strike (143): they are no state.

A walk-out from talks (recoded, or the ``walk.v_out+talks`` row) with no target is aimed at the
other party of the talks the sentence names: the actors of "between"/"with" on a talks noun
("talks between China and Japan" -> Japan when China walks out), or a pair of states named as
one (``data/lexicon/state_pairs.yaml``: "the two Koreas", "inter-Korean"), less the walker's
own country. With no other party named, the 164 keeps no target.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import ActorIndex, Argument, unique_arguments
from pledgewatch.events.dependency_roles import subject_tokens
from pledgewatch.events.lexicon import LEXICON_DIR, Lexicon
from pledgewatch.interop.actor_codes import country_of
from pledgewatch.model import ActorMention
from pledgewatch.yaml_lists import read_code_lists

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["STRIKE_CODE", "HALT_TALKS_CODE", "load_state_pairs", "talks_walkout"]

STRIKE_CODE = "143"
HALT_TALKS_CODE = "164"
WALKING_OUT_CLASS = "@walking_out"
PARTY_CLASS = "@negotiating_party"
TALKS_CLASS = "@walkout_talks"
#: The prepositions on a talks noun that name its parties.
PARTY_PREPOSITIONS = frozenset({"between", "with"})


def talks_walkout(
    action: Action,
    code: str,
    sources: Sequence[Argument],
    targets: Sequence[Argument],
    lexicon: Lexicon,
    actors: ActorIndex,
) -> tuple[str, str, list[Argument]] | None:
    """The halt of negotiations, a note for the "why" and its targets when ``action`` is a
    walk-out from talks; None when it is not (or nothing changes)."""
    verb = action.token
    if action.pattern.kind != "verb" or verb.lemma_.lower() not in lexicon.words(WALKING_OUT_CLASS):
        return None
    if not any(c.lower_ == "out" for c in verb.children):
        return None
    talks = _talks_nouns(_clause_tree(verb), lexicon)
    note = ""
    if code == STRIKE_CODE:
        if not _from_talks(verb, sources, talks, lexicon):
            return None
        note = f"⇒ {HALT_TALKS_CODE} (a walk-out from talks)"
    elif code != HALT_TALKS_CODE or targets:
        return None
    found = list(targets) or _other_party(verb, sources, talks, actors, lexicon)
    if not note and not found:
        return None
    if found and not targets:
        note = f"{note} on the other party '{found[0].mention.text}'".strip()
    return HALT_TALKS_CODE, note, found


def _from_talks(verb: Any, sources: Sequence[Argument], talks: list[Any], lexicon: Lexicon) -> bool:
    """A walk-out by a delegation, or by states when the sentence names talks."""
    subjects = [t for t, _ in subject_tokens(verb)]
    if any(t.lemma_.lower() in lexicon.words(PARTY_CLASS) for t in subjects):
        return True
    return bool(talks) and bool(sources) and all(_state_or_government(s) for s in sources)


def _state_or_government(argument: Argument) -> bool:
    code = argument.mention.code or ""
    return len(code) == 3 and code != "---" or code[3:6] == "GOV"


def _clause_tree(verb: Any) -> Any:
    """The span of the parse tree ``verb`` is in (the coder's sentence; spaCy's own sentence
    bounds may cut it elsewhere)."""
    root = verb
    while root.head.i != root.i:
        root = root.head
    return root.doc[root.left_edge.i : root.right_edge.i + 1]


def _talks_nouns(sent: Any, lexicon: Lexicon) -> list[Any]:
    words = lexicon.words(TALKS_CLASS)
    return [
        t
        for t in sent
        if (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in words)
        # "Border talks between the two Koreas stalled": a talks noun the tagger took for a verb
        or (t.lower_ in words and any(c.lower_ in PARTY_PREPOSITIONS for c in t.children))
    ]


def _other_party(
    verb: Any,
    sources: Sequence[Argument],
    talks: list[Any],
    actors: ActorIndex,
    lexicon: Lexicon,
) -> list[Argument]:
    """The parties of the sentence's talks that are not the walker's country."""
    own = {_country(s.mention.code) for s in sources}
    parties: list[Argument] = []
    for noun in talks:
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in PARTY_PREPOSITIONS:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for token in (pobj, *pobj.conjuncts):
                    parties.extend(actors.actors_of(token, prep.lower_))
    parties.extend(_paired_states(_clause_tree(verb), lexicon))
    return [p for p in unique_arguments(parties) if _country(p.mention.code) not in own]


def _paired_states(sent: Any, lexicon: Lexicon) -> list[Argument]:
    """Each state of a pair named as one in the sentence ("the two Koreas"), from the
    lexicon's own folder when it has a ``state_pairs.yaml`` (the coder's version counts it)."""
    text = sent.text.lower()
    found: list[Argument] = []
    own = lexicon.folder / "state_pairs.yaml" if lexicon.folder is not None else None
    path = str(own) if own is not None and own.is_file() else None
    for phrase, countries in load_state_pairs(path).items():
        match = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text)
        if match is None:
            continue
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        words = [t for t in sent if start <= t.idx < end] or [sent[-1]]
        said = sent.text[match.start() : match.end()]
        for country in countries:
            why = f"'{said}' names {' and '.join(countries)} as one pair"
            mention = ActorMention(country, said, words[0].i, words[-1].i + 1, why)
            found.append(Argument(mention, words[-1], "between"))
    return found


def _country(code: str) -> str:
    """The state of an actor code; a body of no state (the CAMEO non-state prefixes) is its own."""
    return (country_of(code) or code) if code else code


@functools.lru_cache(maxsize=4)
def load_state_pairs(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """The state pairs (phrase -> country codes) of ``state_pairs.yaml`` (cached per path)."""
    file = Path(path) if path else Path(LEXICON_DIR) / "state_pairs.yaml"
    return read_code_lists(file, "pairs", "phrase (country codes, see the header)")
