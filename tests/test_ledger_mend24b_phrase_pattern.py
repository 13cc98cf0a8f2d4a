"""One builder of the ledger's phrase patterns (``ledger.spans.phrase_pattern``): longest phrase
first, words joined by any run of spaces, whole words in any case; read by retellings, offer
answers, measure objects and day order (mend24b). Every phrase is written for these tests."""

from __future__ import annotations

from pledgewatch.ledger.spans import phrase_alternation, phrase_pattern


def test_a_phrase_matches_whole_words_in_any_case_across_spaces() -> None:
    pattern = phrase_pattern(["agreed to", "take up"])
    assert pattern.search("Lima AGREED   to the terms")
    assert pattern.search("they will take\nup the offer")
    assert not pattern.search("disagreed to")  # whole words only
    assert not pattern.search("takeup")


def test_the_longest_phrase_wins() -> None:
    match = phrase_pattern(["in response", "in response to"]).search("said in response to Quito")
    assert match is not None and match.group(0) == "in response to"
    assert phrase_alternation(["on", "on behalf of"]).startswith("on\\s+behalf")


def test_the_ledger_loaders_build_their_patterns_with_it() -> None:
    from pledgewatch.ledger.offer_answers import default_offer_answers_path, load_offer_answers
    from pledgewatch.ledger.retellings import load_retellings
    from pledgewatch.yaml_lists import read_word_yaml, word_list

    path = default_offer_answers_path()
    words = word_list(read_word_yaml(path), "accepting_words", str(path))
    assert load_offer_answers().accepting.pattern == phrase_pattern(words).pattern
    assert load_retellings().repetition.flags & phrase_pattern(["x"]).flags
