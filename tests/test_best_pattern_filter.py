"""Lexicon.best_pattern with a filter: the one search for "the most specific pattern that
passes a test" (a pattern other than a reporting frame, a characterising pattern, a pattern of a
speech-act family)."""

from __future__ import annotations

import pytest

from pledgewatch.events.lexicon import Lexicon, Pattern


def _pattern(
    pattern_id: str,
    lemma: str,
    *,
    child: str | None = None,
    requires: tuple[frozenset[str], ...] = (),
    code: str | None = "010",
    family: str | None = None,
) -> Pattern:
    return Pattern(pattern_id, "verb", lemma, child, requires, code, family, frozenset())


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(
        [
            _pattern("send.v", "send", family="say"),
            _pattern("send.v+letter", "send", requires=(frozenset({"letter"}),), family="say"),
            _pattern("send.v+protest", "send", requires=(frozenset({"protest"}),), code="140"),
            _pattern("send.v_to", "send", child="to", code="042"),
            _pattern("dispatch.v+troops", "dispatch", requires=(frozenset({"troops"}),)),
        ],
        compose_rules={},
        irregular={},
    )


def _not_say(pattern: Pattern) -> bool:
    return pattern.family != "say"


@pytest.mark.parametrize(
    ("lemmas", "children", "words", "accept", "expected"),
    [
        # without a filter: the most specific that fits
        (["send"], set(), {"letter", "protest"}, None, "send.v+letter"),
        # the filter drops the reporting frames: the next most specific that passes
        (["send"], set(), {"letter", "protest"}, _not_say, "send.v+protest"),
        (["send"], {"to"}, {"letter"}, _not_say, "send.v_to"),
        # nothing passes both the fit and the filter
        (["send"], set(), {"letter"}, _not_say, None),
        # the first lemma with a passing pattern wins over a later one
        (["send", "dispatch"], {"to"}, {"troops"}, _not_say, "send.v_to"),
        (["send", "dispatch"], set(), {"troops"}, _not_say, "dispatch.v+troops"),
    ],
)
def test_best_pattern_with_a_filter(lexicon, lemmas, children, words, accept, expected):
    found = lexicon.best_pattern("verb", lemmas, children, words, False, accept=accept)
    assert (found.id if found is not None else None) == expected
