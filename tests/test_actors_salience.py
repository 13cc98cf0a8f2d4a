"""Salience resolution across a document: "the North", "the regime", "it", "they", "its"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from pledgewatch.actors import sentences

D = dt.date


def resolved(matcher, doc, day=None):
    return [(m.code, m.text) for m in matcher.find_in_doc(doc, day)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the North"/"the South" need a Korea context earlier in the document
        (
            "South Korea offered talks. The North rejected them.",
            [("KOR", "South Korea"), ("PRK", "The North")],
        ),
        (
            "Seoul offered talks. The North's navy fired shots.",
            [("KORGOV", "Seoul"), ("PRKMIL", "The North's navy")],
        ),
        (
            "North Korea fired shells. The South returned fire.",
            [("PRK", "North Korea"), ("KOR", "The South")],
        ),
        (
            "Sudan and South Sudan clashed over oil. The South accused Khartoum.",
            [
                ("SDN", "Sudan"),
                ("SSD", "South Sudan"),
                ("SSD", "The South"),
                ("SDNGOV", "Khartoum"),
            ],
        ),
        ("The North rejected the offer.", []),
        ("Troops moved to the north of the country.", [("---MIL", "Troops")]),
        # "the regime": the last country on the regime list, else the last country
        (
            "Japan and North Korea met. The regime demanded aid.",
            [("JPN", "Japan"), ("PRK", "North Korea"), ("PRKGOV", "regime")],
        ),
        (
            "North Korea tested a missile. Japan protested. The regime ignored it.",
            [("PRK", "North Korea"), ("JPN", "Japan"), ("PRKGOV", "regime")],
        ),
        (
            "Japan and Canada met. The regime was criticised.",
            [("JPN", "Japan"), ("CAN", "Canada"), ("CANGOV", "regime")],
        ),
        # subject pronouns and possessives
        (
            "North Korea said on Monday it would not return to talks.",
            [("PRK", "North Korea"), ("PRK", "it")],
        ),
        (
            "Japan protested on Monday. They said the launch was illegal.",
            [("JPN", "Japan"), ("JPN", "They")],
        ),
        (
            "North Korea moved its troops to the border.",
            [("PRK", "North Korea"), ("PRKMIL", "its troops")],
        ),
        (
            "Kim Jong Il arrived in Beijing. He met Chinese leaders.",
            [
                ("PRKGOV", "Kim Jong Il"),
                ("CHNGOV", "Beijing"),
                ("PRKGOV", "He"),
                ("CHNGOV", "Chinese leaders"),
            ],
        ),
        (
            "It is unclear whether North Korea will attend.",
            [("PRK", "North Korea")],
        ),
        # bare organisation agents go to the last organisation
        (
            "The IAEA asked for access. The inspectors left on Friday.",
            [("IGOUNOIAE", "IAEA"), ("IGOUNOIAE", "inspectors")],
        ),
        ("The inspectors left on Friday.", []),
    ],
)
def test_resolution_on_blank_tokens(matcher, blank, text, expected):
    assert resolved(matcher, blank(text), D(2011, 8, 22)) == expected


def test_resolved_mentions_say_what_they_resolved_to(matcher, blank):
    doc = blank("Talks opened in Beijing. South Korea offered aid. The North refused.")
    north = matcher.find_in_doc(doc, None)[-1]
    assert north.code == "PRK" and north.kind == "anaphor"
    assert north.why == (
        "resolved 'the North' to PRK (last KOR/PRK actor mentioned: 'South Korea' in sentence 2)"
    )
    doc = blank("North Korea said on Monday it would not return.")
    it = matcher.find_in_doc(doc, None)[-1]
    assert it.why == "resolved 'it' to PRK (subject 'North Korea' in sentence 1)"


def test_find_alone_does_not_resolve(matcher, blank):
    doc = blank("South Korea offered talks. The North rejected them.")
    assert [(m.code, m.text) for m in matcher.find(doc, None)] == [("KOR", "South Korea")]


def test_sentences_split_without_a_parser(blank):
    doc = blank("First one. Second one! Third one")
    assert [s.text for s in sentences(doc)] == ["First one.", "Second one!", "Third one"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine says it has strong evidence proving Russia was behind the attacks.",
            [("UKR", "Ukraine"), ("UKR", "it"), ("RUS", "Russia")],
        ),
        (
            "South Korea accused North Korea of sinking the ship. It demanded an apology.",
            [("KOR", "South Korea"), ("PRK", "North Korea"), ("KOR", "It")],
        ),
        (
            "North Korea fired missiles. Seoul said it detected the launch.",
            [("PRK", "North Korea"), ("KORGOV", "Seoul"), ("KORGOV", "it")],
        ),
    ],
)
def test_resolution_with_the_parse(matcher, nlp, text, expected):
    assert resolved(matcher, nlp(text)) == expected


@pytest.mark.model
def test_a_country_modifying_the_antecedent_goes_with_the_pronoun(matcher, nlp):
    # "suicide" keeps "Syrian" and "bombers" apart; "they" is still the Syrian bombers
    doc = nlp("Two Syrian suicide bombers killed ten people when they blew themselves up in Amman.")
    assert ("SYRMIL", "they") in resolved(matcher, doc)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a bare surname after the full name in the same story is that person
        (
            "Lee Myung-bak visited Tokyo. Lee praised the alliance.",
            D(2010, 5, 1),
            ("KORGOV", "Lee"),
        ),
        (
            "Kim Jong Il met envoys on Monday. Kim later left.",
            D(2010, 5, 1),
            ("PRKGOV", "Kim"),
        ),
        # the full name came with a title
        (
            "President Lee Myung-bak convened his ministers. Lee ordered a review.",
            D(2010, 5, 1),
            ("KORGOV", "Lee"),
        ),
        (
            "Prime Minister Naoto Kan visited Seoul. Kan apologised.",
            D(2010, 8, 10),
            ("JPNGOV", "Kan"),
        ),
    ],
)
def test_short_name_of_a_person_named_earlier(matcher, blank, text, day, expected) -> None:
    assert resolved(matcher, blank(text), day)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # two people share the surname: "Kim" alone stays unresolved
        "Kim Jong Il met Kim Jong Un. Kim left.",
        # no full name earlier in the document
        "Kim left the meeting.",
    ],
)
def test_ambiguous_or_unintroduced_short_name(matcher, blank, text) -> None:
    assert "Kim" not in [m for _, m in resolved(matcher, blank(text), D(2010, 5, 1))]


def test_an_unparsed_sentence_of_a_parsed_doc_uses_the_rules_without_a_parse(matcher, blank):
    # the event coder parses only some sentences: the others hang every word on their first as
    # "dep", which is no parse; their pronoun subjects still resolve by the unparsed rules
    words = [t.text for t in blank("Peru tested a missile . It said the test succeeded .")]
    first_of = [0] * 5 + [5] * 6
    doc = Doc(blank.vocab, words=words, heads=first_of, deps=["dep"] * len(words))
    assert resolved(matcher, doc, D(2012, 3, 1)) == [("PER", "Peru"), ("PER", "It")]


def test_a_dateline_is_no_subject(matcher, blank):
    # "WASHINGTON -- Peru tested ...": the place opening the dispatch is not what "It" is about
    doc = blank("WASHINGTON -- Peru tested a missile on Monday. It said the test succeeded.")
    assert resolved(matcher, doc, D(2012, 3, 1))[-1] == ("PER", "It")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        # the owner of a subject that is no actor is what a later pronoun is about
        ("Chile protested. Peru's announcement that it plans a launch is provocative.", "it",
         "PER"),
        ("Chile made a demand. The Peruvian side rejected the demand. It insisted on talks.",
         "It", "PER"),
    ],
)  # fmt: skip
def test_the_owner_of_the_subject_is_salient(matcher, nlp, text, pronoun, code):
    found = [m.code for m in matcher.find_in_doc(nlp(text), D(2012, 3, 1)) if m.text == pronoun]
    assert found == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        # the subject of the main clause before one buried in complements ("let monitors
        # visit": the monitors are no subject of what the sentence reports)
        ("A senator said Pyongyang had assured him it would let UN monitors visit the site. "
         "They also agreed to free a detained sailor.", "They", "PRKGOV"),
        # a report continued: "It said" goes on with the reporter, not the reported actor
        ("Japan's defence ministry said North Korea fired two missiles. "
         "It said the missiles fell into the sea.", "It", "JPNGOV"),
    ],
)  # fmt: skip
def test_the_main_clause_subject_of_the_last_sentence_comes_first(
    matcher, nlp, text, pronoun, code
):
    found = [m.code for m in matcher.find_in_doc(nlp(text), D(2012, 3, 1)) if m.text == pronoun]
    assert found == [code]
