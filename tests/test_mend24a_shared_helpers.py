"""One definition, read by each module that needs it; one decision per mention or per Doc
(mend after the stop-24 review: events/ceased_verbs.py, events/condemned_sanctioned.py,
events/modality.py, events/lexicon.py, events/actor_phrases.py, actors/reference_scan.py).
Sentences written here."""

from __future__ import annotations

import spacy

from pledgewatch.events import ceased_verbs, condemned_sanctioned, lexicon, modality, relative_doers
from pledgewatch.events.actor_phrases import ActorIndex
from pledgewatch.model import ActorMention


def test_shared_word_sets_are_one_object() -> None:
    assert modality.CEASING_ADVERBS is ceased_verbs.CEASING_ADVERBS
    assert sorted(ceased_verbs.CEASING_ADVERBS) == ["longer", "more"]
    assert relative_doers.DISAPPROVAL_ROOT is condemned_sanctioned.DISAPPROVAL_ROOT == "11"


def test_cause_phrases_are_split_when_the_cues_load() -> None:
    cues = modality.ModalityCues.load()
    assert set(cues.cause_phrase_sizes) == {(p, len(p.split())) for p in cues.cause_phrases}
    assert ("in response to", 3) in cues.cause_phrase_sizes


def test_the_pre_filter_stem_is_one_bounded_cache() -> None:
    assert lexicon.prefilter_stem.cache_info().maxsize == 200_000
    assert lexicon.prefilter_stem("according") == "according"  # works as a preposition
    assert lexicon.prefilter_stem("seized") == lexicon.crude_stem("seized")


def test_a_currency_prefix_is_decided_once_per_mention() -> None:
    doc = spacy.blank("en")("Washington sent US $ 5 million to Haiti")
    doc[3].tag_ = "$"  # "$" after "US": the dollar's country
    us = ActorMention("USA", "US", 2, 3, "test")
    haiti = ActorMention("HTI", "Haiti", 7, 8, "test")
    index = ActorIndex([us, haiti])
    assert index.at(doc[2]) is None and index.at(doc[7]) == haiti
    doc[3].tag_ = "CD"  # a decided mention is not read again
    assert index.at(doc[2]) is None
    assert index.at(doc[0]) is None  # no mention there
