"""Event and actor phenomena of the nineteenth pass (issue 3), each with sentences written here.

People, groups and pairs: a bare surname that is also a title or another person's name is the
person the story named in full; "the two sides" after a sentence naming three countries is the
pair its speaker was met in; "the country" / "the nation" is the one country a story is about;
a headline's "they" is left to the body. And: a DPRK text's bare "Korean" is North Korean; a
printed statement's agentless speech is its author's; "halt the program" is the programme just
named; a decided deployment is a mobilisation; refugees visit no one; a withdrawal's own workers
and a fired weapon are no targets; "found Jang guilty" targets Jang; an intent to demand is no
threat.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import DocContext, EventCoder
from tests.conftest import coded_readings, coded_triples, matched_mentions

DAY = dt.date(2013, 6, 1)


def readings(coder: EventCoder, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, code, modality) of every event of ``text``."""
    return coded_readings(coder, text, DAY)


def triples(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    return coded_triples(coder, text, DAY)


def mentions(nlp, text: str) -> list[tuple[str, str]]:
    """(text, code) of every actor mention the matcher finds in ``text``."""
    return matched_mentions(nlp, text, DAY)


# --- 1. people, groups and pairs ---------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # a title ("King") after the person named in full is the person, and "he" follows
        (
            "U.S. envoy Robert King left North Korea on Tuesday. King said the talks were useful.",
            "King",
            "USAGOV",
        ),
        (
            "U.S. envoy Robert King left North Korea on Tuesday. King said the talks were useful."
            " He said the United States would send food aid.",
            "He",
            "USAGOV",
        ),
        (
            'U.S. envoy Robert King met North Korean officials. "We will send food aid," King'
            " said.",
            "We",
            "USAGOV",
        ),
        # another person listed under the bare surname (Susan Rice) yields to the story's Rice
        (
            "Secretary of State Condoleezza Rice arrived in Seoul. Rice said Washington would"
            " not negotiate with Pyongyang.",
            "Rice",
            "USAEDU",
        ),
    ],
)
def test_a_surname_that_is_a_title_is_the_person(nlp, text, word, code) -> None:
    found = dict(mentions(nlp, text))
    assert found.get(word) == code, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a title kept: after "the", after a country word, before a name, or with no one named
        "U.S. envoy Robert King visited Amman. The King said Jordan would help.",
        "U.S. envoy Robert King visited Amman. Jordan's King said the talks were useful.",
        "U.S. envoy Robert King visited Amman. King Abdullah said the talks were useful.",
    ],
)
def test_a_title_stays_a_title_where_it_reads_as_one(nlp, text) -> None:
    assert ("King", "USAGOV") not in mentions(nlp, text)


@pytest.mark.model
def test_the_two_sides_of_a_speaker_past_a_three_country_sentence(coder: EventCoder) -> None:
    text = (
        "South Korean envoy Wi Sung-lac met North Korean nuclear envoy Ri Yong Ho in Beijing on"
        " Tuesday. Seoul will hold talks next week with U.S. and Japanese officials. Ri said the"
        " two sides had agreed to continue their contacts."
    )
    found = readings(coder, text)
    assert ("PRKGOV", "?", "030", "reported") in found, found
    assert ("KORGOV", "?", "030", "reported") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # sentences between naming only others hide the pair the speaker was named in
        (
            "China and the United States held talks on Monday. North Korea fired a missile on"
            " Tuesday. Japan condemned the launch. Beijing said the two sides should avoid any"
            " escalation.",
            ("CHNGOV", "?", "010"),
            {("CHNGOV", "CHN", "020"), ("CHNGOV", "USA", "020")},
        ),
        (
            "France and Germany held talks on Monday. Iran tested a missile on Tuesday. Israel"
            " condemned the test. Paris said the two sides had agreed to continue their"
            " contacts.",
            ("FRAGOV", "?", "010"),
            {("FRA", "?", "030"), ("DEU", "?", "030"), ("FRAGOV", "?", "030")},
        ),
        # a pair the speaker obliges is no demand of the speaker's own country
        (
            "Russia and Ukraine held talks on Monday. Moscow said the two sides should keep"
            " talking.",
            ("RUSGOV", "UKR", "020"),
            {("RUSGOV", "RUS", "020")},
        ),
    ],
)
def test_no_stale_pair_and_no_appeal_to_oneself(coder: EventCoder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected in found, found
    assert not found & absent, found


@pytest.mark.model
@pytest.mark.parametrize(("told_nouns", "lent"), [({"program"}, True), (set(), False)])
def test_the_program_borrows_by_the_given_word_class(nlp, told_nouns, lent) -> None:
    """The borrowed modifiers follow the word set passed in (the configured lexicon's)."""
    from pledgewatch.events.told_nouns import lend_told_modifiers, told_modifiers

    doc = nlp("Iran will halt its uranium enrichment program. Iran will halt the program.")
    last = [t for t in doc if t.lower_ == "program"][-1]
    for sentence in doc.sents:
        lend_told_modifiers(sentence, told_nouns)
    assert ("enrichment" in told_modifiers(last)) is lent


@pytest.mark.model
def test_no_pair_is_guessed_without_a_speaker(coder: EventCoder) -> None:
    # no one of the pair in the sentence: the three-country sentence still hides it
    text = (
        "South Korean envoy Wi Sung-lac met North Korean envoy Ri Yong Ho in Beijing. Seoul"
        " will hold talks next week with U.S. and Japanese officials. The two sides had agreed"
        " to continue their contacts."
    )
    assert not [r for r in readings(coder, text) if r[2] == "030"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kim Jong Un gave a speech in Pyongyang on Sunday. He said the country would"
            " strengthen its nuclear deterrent.",
            ("the country", "PRK"),
        ),
        (
            "North Korea's leader Kim Jong Un spoke on Sunday. He said the nation would never"
            " give up its nuclear weapons.",
            ("the nation", "PRK"),
        ),
        (
            "North Korea's leader Kim Jong Un gave a speech. The country's army will hold drills"
            " next week.",
            ("The country", "PRK"),
        ),
    ],
)
def test_the_country_is_the_one_the_story_is_about(nlp, text, expected) -> None:
    assert expected in mentions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # another country in the sentence before, or in the same sentence
        "President Obama met President Xi in California. He said the country would cut emissions.",
        "Kim Jong Un met Vladimir Putin in Moscow. He said the country would build a pipeline.",
        # not a subject or a subject's owner: a place, or the owner of a place or theme
        "Kim Jong Un spoke at a rally on Sunday. Troops were deployed across the country.",
        "North Korea began naval drills on Monday. State media said the drills were a"
        " legitimate exercise in the country's own waters.",
        # nothing named in the sentence before
        "Kim Jong Un spoke at a rally. The rally lasted two hours. Then the crowd left. He said"
        " the country would prosper.",
    ],
)
def test_the_country_is_left_where_it_could_be_another(nlp, text) -> None:
    assert not [m for m in mentions(nlp, text) if m[0].lower() in ("the country", "the nation")]


@pytest.mark.model
def test_a_headline_they_is_left_to_the_body(coder: EventCoder) -> None:
    """Decided: a headline's "They" is not resolved (the body, which the headline quotes, tells
    who agreed); the body's telling is coded, the headline's quote invents no source."""
    head = '"They agreed to let the inspectors back," Richardson says in Beijing'
    body = (
        "BEIJING (AP) -- Bill Richardson said Tuesday that North Korea had agreed to let U.N."
        " nuclear inspectors return to its Yongbyon complex."
    )
    found = coder.code_text(
        head + "\n\n" + body,
        DocContext(doc_id="t", date=dt.date(2010, 12, 21), headline_end=len(head)),
    ).findings
    in_body = {(f.event.source, f.event.cameo) for f in found if f.sent.start_char > len(head)}
    in_head = [f.event for f in found if f.sent.start_char < len(head) and f.event.cameo != "010"]
    assert ("PRK", "030") in in_body, in_body
    assert not in_head, in_head


# --- 2. the eighteenth pass's leftovers --------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a DPRK text (it names the North only as the DPRK, or quotes KCNA): "Korean" is PRK
        (
            "The United States has started war drills against the DPRK. The DPRK is no longer"
            " restrained by the armistice. The Korean people will defend the sovereignty of the"
            " country with their own strength.",
            ("Korean people", "PRKCVL"),
            ("Korean people", "KORCVL"),
        ),
        (
            "KCNA said the Korean people would defend the nation.",
            ("Korean people", "PRKCVL"),
            ("Korean people", "KORCVL"),
        ),
        # a press story that names North Korea keeps the press convention
        (
            "North Korea fired shells near the border. The DPRK said it would respond. Korean"
            " officials called the shelling a provocation.",
            ("Korean officials", "KORGOV"),
            ("Korean officials", "PRKGOV"),
        ),
    ],
)
def test_a_korean_in_the_norths_own_voice(nlp, text, expected, absent) -> None:
    found = mentions(nlp, text)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Statement\n\nA spokesman for the DPRK Foreign Ministry issued the following"
            " statement on Tuesday:\nThe nuclear test was a first response.\nThe United States"
            " would be well advised to choose between respect and confrontation.",
            ("PRKGOV", "USA", "020"),
        ),
    ],
)
def test_a_printed_statement_speaks_with_its_authors_voice(
    coder: EventCoder, text, expected
) -> None:
    found = {
        (e.source or "?", e.target or "?", e.cameo)
        for e in [
            f.event
            for f in coder.code_text(
                text, DocContext(doc_id="t", date=DAY, headline_end=len("Statement"))
            ).findings
        ]
    }
    assert expected in found, found
    assert ("?", "USA", "020") not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The United States is urged to lift sanctions, analysts say.", ("?", "USA", "0254"), None),
        # "following" as a preposition introduces no text
        (
            "Following the statement, Japan said it would send an envoy. North Korea was urged"
            " to return to the talks.",
            ("?", "PRK", "026"),
            ("JPN", "PRK", "026"),
        ),
        (
            "Following the declaration, Russia said it would send troops. Ukraine was urged to"
            " withdraw its forces.",
            ("?", "UKR", "0256"),
            ("RUS", "UKR", "0256"),
        ),
        # the text ends where one of another country speaks
        (
            "A spokesman for the DPRK Foreign Ministry issued the following statement on"
            " Tuesday: The nuclear test was a first response. South Korea said the test was a"
            " provocation. The United States was urged to choose between respect and"
            " confrontation.",
            ("?", "USA", "020"),
            ("PRKGOV", "USA", "020"),
        ),
        # but not where the text tells an act of another
        (
            "A spokesman for the DPRK Foreign Ministry issued the following statement on"
            " Tuesday: The nuclear test was a first response. The U.S. staged war drills"
            " against the DPRK. The United States would be well advised to choose between"
            " respect and confrontation.",
            ("PRKGOV", "USA", "020"),
            ("?", "USA", "020"),
        ),
    ],
)
def test_no_author_without_a_header(coder: EventCoder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "the program" is the enrichment programme just named: weapons work, not cooperation
        (
            "He said the uranium enrichment program was for peaceful power generation. Kim did"
            " not say whether Pyongyang would halt the program.",
            ("PRKGOV", "?", "0873"),
            ("PRKGOV", "?", "160"),
        ),
        (
            "South Korea asked the North to halt its uranium enrichment program first. The"
            " North refused to halt the program.",
            ("PRK", "?", "1246"),
            ("PRK", "?", "120"),
        ),
        # a cooperation programme named before stays cooperation
        (
            "North Korea suspended the tour program last year. Pyongyang would halt the program.",
            ("PRKGOV", "?", "160"),
            ("PRKGOV", "?", "0873"),
        ),
        # a decided deployment is a mobilisation, a threatened one a threat
        (
            "NATO allies agreed to send troops to Afghanistan.",
            ("IGOWSTNAT", "AFG", "154"),
            ("IGOWSTNAT", "AFG", "138"),
        ),
        (
            "Russia decided to deploy troops to the border with Ukraine.",
            ("RUS", "UKR", "154"),
            ("RUS", "UKR", "138"),
        ),
        (
            "Russia threatened to send troops to Ukraine.",
            ("RUS", "UKR", "138"),
            ("RUS", "UKR", "154"),
        ),
        # one's own workers pulled out are no target; the fired weapon is none either
        (
            "North Korea said it would close the Kaesong complex. The North broke its own"
            " agreements when it pulled out its workers.",
            ("PRK", "?", "166"),
            ("PRK", "PRKLAB", "166"),
        ),
        (
            "North Korea fired about 110 rounds of coastal artillery toward the Yellow Sea"
            " border on Monday.",
            ("PRK", "?", "194"),
            ("PRK", "---MIL", "194"),
        ),
        # but the people of an "of" phrase that is no ordnance or weapon are the victims
        (
            "Militants killed dozens of police officers on Monday.",
            ("---UAF", "---COP", "190"),
            ("---UAF", "?", "190"),
        ),
        (
            "Gunmen shot scores of soldiers near the border.",
            ("---UAF", "---MIL", "180"),
            ("---UAF", "?", "180"),
        ),
        (
            "Rebels killed dozens of civilians in the north.",
            ("---REB", "---CVL", "190"),
            ("---REB", "?", "190"),
        ),
        # the one a verbless small clause is about is the verb's target
        (
            "North Korea executed Jang Song Thaek on Friday. A special military tribunal found"
            " Jang guilty of treason.",
            ("---JUD", "PRKGOV", "116"),
            ("---JUD", "?", "116"),
        ),
        # an intent to demand is a demand, not a threat
        (
            "Iran vowed to demand compensation from Britain.",
            ("IRN", "GBR", "100"),
            ("IRN", "GBR", "130"),
        ),
        ("Russia threatened to demand compensation from Ukraine.", ("RUS", "UKR", "130"), None),
    ],
)
def test_the_leftovers_read_right(coder: EventCoder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Refugees returned to Syria.", None),
        ("Thousands of refugees arrived in Greece.", None),
        ("UN inspectors returned to Iraq.", ("IGOUNO", "IRQ", "042")),
    ],
)
def test_refugees_visit_no_one(coder: EventCoder, text, kept) -> None:
    visits = {t for t in triples(coder, text) if t[2] == "042"}
    assert visits == ({kept} if kept else set()), visits


@pytest.mark.model
def test_others_workers_and_aimed_fire_keep_their_targets(coder: EventCoder) -> None:
    assert ("ISRMIL", "PSEOPP", "175") in triples(
        coder, "Israeli forces fired rounds of tear gas at Palestinian protesters."
    )
    assert ("---REB", "---MIL", "195") in triples(
        coder, "The rebels fired rockets at government troops."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a headline's bare "North" as the subject right before its verb is the directional
        ("U.S. warns food aid at risk if North launches rocket", ("USA", "PRK", "130")),
    ],
)
def test_a_headlines_bare_north_subject(coder: EventCoder, head, expected) -> None:
    body = "WASHINGTON -- The United States warned North Korea on Tuesday about food aid."
    found = coder.code_text(
        head + "\n\n" + body, DocContext(doc_id="t", date=DAY, headline_end=len(head))
    ).findings
    in_head = {
        (f.event.source or "?", f.event.target or "?", f.event.cameo)
        for f in found
        if f.sent.start_char < len(head)
    }
    assert expected in in_head, in_head


@pytest.mark.model
def test_a_name_ending_in_north_is_no_direction(nlp) -> None:
    found = mentions(
        nlp, "Oliver North testified on Tuesday about North Korea. North said he regretted it."
    )
    assert not [m for m in found if m[0] == "North"], found
