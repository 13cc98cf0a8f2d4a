"""The word lists of single coder rules live in the configured data, not in fixed files.

The national-body rules' words (body modifiers, reporting lemmas, bare bodies) and the threat
words of a condition's "it" are sections of the actor dictionary (agents.yaml), so a user
``--actors FILE`` extends them; the fillers before a rejection idiom and the texts that impose
sanctions are word classes, and the acceptance patterns a verbs.tsv flag, so a lexicon read
from another directory (``load_lexicon(directory)``) brings its own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pledgewatch.actors.dictionary import load_actor_dictionary
from pledgewatch.events.lexicon import LEXICON_DIR, Lexicon, load_lexicon


@pytest.mark.parametrize(
    ("field", "word"),
    [
        ("body_modifiers", "interim"),
        ("reporting_lemmas", "say"),
        ("bare_bodies", "ministry"),
        ("threat_words", "sanctions"),
        ("salient_country_nouns", "country"),
        ("self_names", "kcna"),
        ("press_names", "north korea"),
        ("bare_korean_words", "korean"),
    ],
)
def test_the_shipped_actor_word_lists(field: str, word: str) -> None:
    assert word in getattr(load_actor_dictionary(), field)


def test_an_actors_file_extends_the_word_lists(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("body_modifiers: [acting]\nthreat_words: [Quarantine]\n", encoding="utf-8")
    dictionary = load_actor_dictionary([extra])
    assert {"acting", "interim"} <= dictionary.body_modifiers
    assert "quarantine" in dictionary.threat_words
    assert "acting" not in load_actor_dictionary().body_modifiers


@pytest.mark.parametrize(
    ("word_class", "word"),
    [
        ("@idiom_filler", "simply"),
        ("@sanctioning_text", "resolution"),
        ("@told_noun", "program"),
        # the date scopes' lists (events/date_scopes.py)
        ("@since_word", "since"),
        ("@counting_word", "first"),
        ("@scheduling_verb", "plan"),
        ("@phase_verb", "begin"),
        ("@forward_time_word", "next"),
        ("@time_unit", "week"),
    ],
)
def test_the_shipped_rule_word_classes(word_class: str, word: str) -> None:
    assert word in Lexicon.default().words(word_class)


def test_the_acceptance_patterns_are_flagged() -> None:
    flagged = {
        p.id for p in Lexicon.default().patterns("verb", "accept") if "acceptance" in p.flags
    }
    assert flagged == {"accept.v+proposal", "accept.v+demand", "accept.v+findings"}


def test_a_lexicon_directory_brings_its_own_rule_words(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, folder)
    classes = folder / "word_classes.tsv"
    text = classes.read_text(encoding="utf-8")
    assert "\n@sanctioning_text\tresolution" in text
    classes.write_text(
        text.replace("\n@sanctioning_text\tresolution", "\n@sanctioning_text\tcharter resolution"),
        encoding="utf-8",
    )
    custom = load_lexicon(str(folder))
    assert "charter" in custom.words("@sanctioning_text")
    assert "charter" not in Lexicon.default().words("@sanctioning_text")
    assert custom.digest != Lexicon.default().digest


def test_the_date_scopes_read_their_words_from_the_lexicon() -> None:
    from pledgewatch.events.date_scopes import DateScopeWords

    words = DateScopeWords.of(Lexicon.default())
    assert "later" in words.forward and "month" in words.time_units
    assert "schedule" in words.scheduling and "resume" in words.phase
