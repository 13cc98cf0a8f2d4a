"""One reading of a negated act's statement; an indexed attribute ruler still takes rules (mend23b).

events/ended_dealings.py copied events/called_off_acts.py's auxiliaries and its reading of the
statement without its negation (future after "will"/"would", else asserted): both use
:func:`~pledgewatch.events.called_off_acts.unnegated_reading` now. nlp/attribute_index.py passed
``add`` through to the stock matcher it replaces, which is never called: a rule added after
indexing (``AttributeRuler.add``) silently never matched; it is indexed as it is added.
"""

from __future__ import annotations

import pytest

from pledgewatch.events.called_off_acts import unnegated_reading
from pledgewatch.nlp.attribute_index import IndexedRulerMatcher, index_attribute_ruler


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality", "cue"),
    [
        ("Seoul would no longer talk to Pyongyang.", "future", "would"),
        ("Seoul will not go ahead with the aid.", "future", "will"),
        ("Seoul no longer talks to Pyongyang.", "asserted", "no longer"),
    ],
)
def test_the_statement_without_its_negation(nlp, text, modality, cue) -> None:
    verb = next(t for t in nlp(text) if t.dep_ == "ROOT")
    reading = unnegated_reading(verb, "no longer")
    assert (reading.modality, reading.cue) == (modality, cue)


@pytest.mark.parametrize(
    "rule",
    [
        [[{"LOWER": "zorblax"}]],  # one token: the index's own table
        [[{"LOWER": "zorb"}, {"LOWER": "lax"}]],  # two tokens: the small matcher
    ],
)
def test_a_rule_added_after_indexing_matches(rule) -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "quux"}]], {"TAG": "NN"})
    index_attribute_ruler(nlp)
    assert isinstance(ruler.matcher, IndexedRulerMatcher)
    ruler.add(rule, {"TAG": "VBZ"})
    doc = nlp("the quux zorblax zorb lax")
    assert doc[1].tag_ == "NN"
    tagged = [t.text for t in doc if t.tag_ == "VBZ"]
    assert tagged and all(w in ("zorblax", "zorb") for w in tagged)
    assert len(ruler.patterns) == 2  # the stock matcher still serves the ruler's patterns
