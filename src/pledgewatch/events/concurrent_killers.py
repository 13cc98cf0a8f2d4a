"""A passive killing with no "by" whose killers are the doers of the act it happened during.

"The governor was killed as Taliban fighters stormed his compound", "Two soldiers were killed
when rebels attacked the convoy": the killing has no agent, so it was coded with no source,
while the same sentence names who did it, in the clause that tells what was going on ("as",
"when", "while": marks of ``@concurrent_mark``). When that clause's verb is itself a verb of
force (its best verb pattern in the lexicon, read with the clause's words, has a code whose
root is in ``@home_kill_code``: storm, attack, capture a town, shell), its subject did the
killing: :func:`concurrent_killers` gives the subject tokens, which the extractor resolves as
the killing's source.

Left alone: a clause of another kind of act ("was killed as he tried to flee": no force), a
subject that is the victims' own ("were killed as their unit attacked the rebels": a
possessive on the subject; "was killed as he attacked the rebels", "were killed while they
raided a hideout": a personal pronoun, which in such a clause is the victims themselves), and
a killing with an agent or a source of its own. :func:`not_the_victims` drops a found killer
that is the victims' own actor ("the police" for policemen killed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.dependency_roles import is_passive, subject_tokens
from pledgewatch.events.lexicon import Lexicon

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.actor_phrases import Argument

__all__ = ["concurrent_killers", "not_the_victims"]

#: The Penn tag of a personal pronoun ("he", "they"): in the clause of a passive killing it
#: stands for the victims ("was killed as he attacked"), not for someone else.
_PERSONAL_PRONOUN_TAG = "PRP"


def concurrent_killers(action: Action, code: str, lexicon: Lexicon) -> list[tuple[Any, str]]:
    """The (token, relation) subjects of the act of force a passive killing happened during
    ("was killed as rebels stormed the town": rebels); empty when there is none."""
    verb = action.token
    kill_roots = lexicon.words("@home_kill_code")
    if action.pattern.kind != "verb" or code[:2] not in kill_roots or not is_passive(verb):
        return []
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    marks = lexicon.words("@concurrent_mark")
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or is_passive(clause):
            continue
        # "when" hangs as an adverb ("shot dead when militants raided"), "as" as a mark
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in clause.children):
            continue
        # the clause's verb read with its own words: "tried to flee" is no "tried to assassinate"
        children = {c.lower_ for c in clause.children}
        words = {t.lemma_.lower() for t in clause.subtree}
        pattern = lexicon.best_pattern("verb", [clause.lemma_.lower()], children, words)
        if pattern is None or pattern.code is None or pattern.code[:2] not in kill_roots:
            continue
        doers = [(t, "subj") for t, rel in subject_tokens(clause) if rel == "subj"]
        if any(c.dep_ == "poss" for t, _ in doers for c in t.children):
            return []  # "as their unit attacked": the victims' own side
        # "was killed as he attacked the rebels": he is the one killed, killing as he fought
        return [(t, rel) for t, rel in doers if t.tag_ != _PERSONAL_PRONOUN_TAG]
    return []


def not_the_victims(killers: list[Argument], victims: list[Argument]) -> list[Argument]:
    """``killers`` less those whose code is a victim's: no one kills himself as he raids."""
    codes = {v.mention.code for v in victims}
    return [k for k in killers if k.mention.code not in codes]
