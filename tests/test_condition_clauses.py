"""The one walk over "if"/"unless" condition clauses (pledgewatch.nlp.condition_clauses).

Parses are written by hand on a blank pipeline, so the tests pin the walk, not the parser.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pledgewatch.nlp.condition_clauses import (
    condition_clauses,
    condition_mark,
    inside_condition,
)

_NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(_NLP.vocab, words=words, heads=heads, deps=deps)


def _unless_doc() -> Doc:
    # "X will withdraw unless Y apologizes"
    return _doc(
        ["X", "will", "withdraw", "unless", "Y", "apologizes"],
        [2, 2, 2, 5, 5, 2],
        ["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"],
    )


def _if_doc() -> Doc:
    # "It would strike if it is attacked"
    return _doc(
        ["It", "would", "strike", "if", "it", "is", "attacked"],
        [2, 2, 2, 6, 6, 6, 2],
        ["nsubj", "aux", "ROOT", "mark", "nsubjpass", "auxpass", "advcl"],
    )


def _because_doc() -> Doc:
    # "X left because Y came": an adverbial clause, but no condition
    return _doc(
        ["X", "left", "because", "Y", "came"],
        [1, 1, 4, 4, 1],
        ["nsubj", "ROOT", "mark", "nsubj", "advcl"],
    )


def _whether_doc() -> Doc:
    # "They asked if it would come": "if" opens a complement (a question), not a condition
    return _doc(
        ["They", "asked", "if", "it", "would", "come"],
        [1, 1, 5, 5, 5, 1],
        ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp"],
    )


@pytest.mark.parametrize(
    ("make", "clause", "marks", "expected"),
    [
        (_unless_doc, 5, None, "unless"),
        (_if_doc, 6, None, "if"),
        (_if_doc, 6, frozenset({"unless"}), None),
        (_unless_doc, 5, frozenset({"unless"}), "unless"),
        (_because_doc, 4, None, None),
        (_whether_doc, 5, None, None),
        (_unless_doc, 2, None, None),
    ],
)
def test_condition_mark(make, clause, marks, expected):
    doc = make()
    got = condition_mark(doc[clause]) if marks is None else condition_mark(doc[clause], marks)
    assert got == expected


def test_condition_clauses_lists_the_clauses_on_a_head():
    doc = _unless_doc()
    assert [t.i for t in condition_clauses(doc[2])] == [5]
    assert condition_clauses(doc[5]) == []
    assert condition_clauses(_because_doc()[1]) == []
    assert condition_clauses(_if_doc()[2], frozenset({"unless"})) == []


@pytest.mark.parametrize(
    ("make", "token", "expected"),
    [
        (_unless_doc, 4, True),  # the condition's subject
        (_unless_doc, 5, True),  # the condition's head
        (_unless_doc, 2, False),  # the main verb
        (_unless_doc, 0, False),
        (_if_doc, 4, True),
        (_because_doc, 3, False),
        (_whether_doc, 3, False),
    ],
)
def test_inside_condition(make, token, expected):
    assert inside_condition(make()[token]) is expected
