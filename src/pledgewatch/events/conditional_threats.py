"""A hostile act announced on a condition is a threat, made now, on whoever must meet it.

"The opposition will boycott the elections unless the president agrees to step down" announces
no boycott that has happened or simply will: it tells the president what follows unless he
acts, which is what the CAMEO codebook calls a threat (13x: "threaten to boycott", 133;
"threaten military force", 138). The same act announced without a condition ("the opposition
will boycott the elections") stays a future act of its own code.

Read here (called by :class:`~pledgewatch.events.extract.SentenceExtractor`): an event whose
modality is future, whose code composes with the "threaten" family (protest 14x, reduced
relations 16x, coercion 17x, force 18x–20x, and so on), and whose trigger (or the verb it
completes: "plans to boycott ... unless") has an adverbial clause opened by "unless" or "if".
The threat is the announcer's act, asserted; its target is the subject of the condition
(found by the argument finder, as for "threatened to strike unless Israel withdrew").

A condition the act does not answer makes no threat (mend22a): "Britain will impose sanctions if
the EU agrees to do the same", "... if the Council fails to act" tell a partner's step or a
body's failure, not what someone must do to be spared; the act stays a future act. An "unless"
clause is always answered ("unless the president agrees to step down").
:func:`unanswered_condition` reads the condition's verb (word class ``@unanswered_condition``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.modality import ModalityReading
from pledgewatch.nlp.condition_clauses import condition_clauses, condition_mark

#: The mark of a condition that sets the act off ("if"), unlike "unless", which spares.
_IF = "if"
#: CAMEO roots of acts whose announcement on a condition is a threat.
HOSTILE_ROOTS = frozenset({"14", "16", "17", "18", "19", "20"})
#: ... and a show of force (15x) held out on a condition: "will bolster our nuclear deterrent if
#: the United States continues its hostile policy" threatens force (138), while an announced
#: show of force with no condition stays a decided deployment (announced_acts.ANNOUNCED_ROOTS).
SHOW_OF_FORCE_ROOT = "15"
THREAT_ROOTS = HOSTILE_ROOTS | {SHOW_OF_FORCE_ROOT}


def show_of_force(code: str) -> bool:
    """Is ``code`` a show of force (15x), a threat only when held out on a party's step?"""
    return code[:2] == SHOW_OF_FORCE_ROOT


def condition_word(token: Any) -> str | None:
    """The "unless"/"if" of a condition clause on ``token`` or on the verb it completes."""
    current = token
    for _ in range(2):
        for child in current.children:
            word = condition_mark(child)
            if word is not None:
                return word
        if current.dep_ != "xcomp":
            break
        current = current.head
    return None


def unanswered_condition(token: Any, lexicon: Lexicon) -> bool:
    """Is every condition clause on ``token`` (or on the verb it completes, as
    :func:`condition_word` reads them) one the act does not answer: an "if" clause whose verb
    is one of ``@unanswered_condition`` ("if the EU agreed to do the same", "if China asks it
    to")? An "unless" clause always tells what its subject must do to be spared ("unless the
    president agrees to step down"), so it is answered whatever its verb."""
    clauses: list[Any] = []
    current = token
    for _ in range(2):
        clauses.extend(condition_clauses(current))
        if current.dep_ != "xcomp":
            break
        current = current.head
    return bool(clauses) and all(unanswered_clause(c, lexicon) for c in clauses)


def unanswered_clause(clause: Any, lexicon: Lexicon) -> bool:
    """Is the condition clause headed by ``clause`` an "if" clause whose verb is one of
    ``@unanswered_condition`` (a partner's step or a body's failure, not what its subject must
    do to be spared)? A failure (``@failure_verb``) of an act a rival is told to do
    (``@answered_failure``: "if Caracas fails to free the prisoners") is answered."""
    lemma = clause.lemma_.lower()
    if condition_mark(clause) != _IF or lemma not in lexicon.words("@unanswered_condition"):
        return False
    if lemma in lexicon.words("@failure_verb"):
        answered = lexicon.words("@answered_failure")
        return not any(c.dep_ == "xcomp" and c.lemma_.lower() in answered for c in clause.children)
    return True


def conditional_threat(
    token: Any, code: str, reading: ModalityReading, lexicon: Lexicon
) -> tuple[str, ModalityReading, str] | None:
    """The threat code, its reading and a note for the "why" when ``code`` is a hostile act
    announced (future) on a condition; None otherwise."""
    if reading.modality != "future" or code[:2] not in THREAT_ROOTS:
        return None
    word = condition_word(token)
    if word is None or unanswered_condition(token, lexicon):
        return None
    threat = lexicon.compose("threaten", code)
    if threat in (None, KEEP) or not threat.startswith("13"):
        return None
    note = f"a {code} announced on a condition ('{word}') ⇒ threat {threat}"
    return threat, ModalityReading("asserted", word), note


def threat_held_out(
    token: Any,
    code: str,
    reading: ModalityReading,
    lexicon: Lexicon,
    parties: Callable[[], list[Any]],
) -> tuple[tuple[str, ModalityReading, str], list[Any]] | None:
    """The threat of :func:`conditional_threat` and the parties the condition names
    (``parties()``: the condition's subjects), or None. A show of force is a threat only when
    held out on a party's step: "will hold drills if the weather allows" threatens no one."""
    threat = conditional_threat(token, code, reading, lexicon)
    if threat is None:
        return None
    named = parties()
    if not named and show_of_force(code):
        return None
    return threat, named
