"""Phenomena of English the event coder handles, one table per phenomenon.

Each table holds sentences written for these tests (never evaluation sentences) and the events
CAMEO conventions record for them (:func:`pledgewatch.events.cameo_view`). A fake actor matcher
keeps the tests about the event coder; the last table runs the real actor dictionary.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import DocContext, EventCoder, cameo_view
from tests.conftest import viewed_triples
from tests.test_events_coder import PHRASES, FakeMatcher

MORE_PHRASES = {
    **PHRASES,
    "kenya": "KEN",
    "nairobi": "KENGOV",
    "israeli": "ISR",
    "hamas": "PSEREB",
    "iranian forces": "IRNMIL",
    "iraqi": "IRQ",
    "students": "---EDU",
    "a newspaper": "---MED",
    "the protesters": "---OPP",
    "the refugees": "---REF",
    "chinese": "CHN",
    "chinese police": "CHNCOP",
    "japanese": "JPN",
}


@pytest.fixture(scope="module")
def coder(nlp) -> EventCoder:
    return EventCoder(nlp=nlp, matcher=FakeMatcher(MORE_PHRASES))


def view(coder: EventCoder, text: str, date: dt.date = dt.date(2011, 8, 22)) -> set[tuple]:
    return viewed_triples(coder, text, date, digits=3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the target of an intent or threat is found in its complement's verb
        ("North Korea threatened to deliver devastating blows to Japan.", ("PRK", "JPN", "130")),
        # ... through a purpose clause ("send troops to help defend X")
        ("China is willing to send engineers to help rebuild Iran.", ("CHN", "IRN")),
    ],
)
def test_target_in_the_complement(coder: EventCoder, text: str, expected: tuple) -> None:
    found = view(coder, text)
    assert any(event[: len(expected)] == expected for event in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X said Y must/should act": a demand (100) or an appeal (020) to Y
        ("Washington said Iran must think again.", ("USAGOV", "IRN", "100")),
        ("Seoul said Japan should think again.", ("KORGOV", "JPN", "020")),
    ],
)
def test_reported_obligation_is_a_demand(coder: EventCoder, text: str, expected: tuple) -> None:
    assert expected in view(coder, text)


@pytest.mark.model
def test_reported_prohibition_is_not_a_demand(coder: EventCoder) -> None:
    found = view(coder, "Seoul said Japan must not think again.")
    assert not any(code in ("100", "020") for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country named on the modifier of a nominal subject ("Israeli drone strikes")
        ("Israeli drone strikes killed three Hamas commanders.", ("ISR", "PSEREB", "190")),
        # a stative passive of a light verb: its subject did the act
        ("Iranian forces were engaged in heavy fighting with Iraqi rebels.", ("IRNMIL", "IRQ")),
    ],
)
def test_source_of_the_act(coder: EventCoder, text: str, expected: tuple) -> None:
    found = view(coder, text)
    assert any(event[: len(expected)] == expected for event in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a country-less agent acting in a named place is of that place's country
        ("Students staged demonstrations in Nairobi on Monday.", "KENEDU"),
        # ... or placed there by a participle ("based in")
        ("A newspaper based in Nairobi criticised Japan.", "KENMED"),
    ],
)
def test_agent_country_from_its_place(coder: EventCoder, text: str, source: str) -> None:
    assert source in {s for s, _, _ in view(coder, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country-less target agent of a national actor is of the source's country
        ("North Korea arrested the protesters.", ("PRK", "PRKOPP", "173")),
        ("Japan will expel the refugees.", ("JPN", "JPNREF")),
    ],
)
def test_domestic_target(coder: EventCoder, text: str, expected: tuple) -> None:
    found = view(coder, text)
    assert any(event[: len(expected)] == expected for event in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "of" object's own preposition names whom a nominal act concerns
        ("Japan announced a suspension of air links with Iran.", ("JPN", "IRN", "160")),
    ],
)
def test_target_on_the_nominal_object(coder: EventCoder, text: str, expected: tuple) -> None:
    assert expected in view(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # accepting bribes is corruption, not an agreement; accepting a plan is one
        ("Japan accepted bribes from Iran.", set()),
        ("Japan accepted the plan.", {"030"}),
    ],
)
def test_accepting_bribes_is_no_agreement(coder: EventCoder, text: str, codes: set) -> None:
    assert {code for _, _, code in view(coder, text)} == codes


@pytest.mark.model
def test_statement_takes_the_reported_target(coder: EventCoder) -> None:
    # the reported attack has no source actor, so the statement is coded -- about Iran
    assert view(coder, "Seoul said they will attack Iran.") == {("KORGOV", "IRN", "010")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        ("Francois Mitterrand condemned the attack.", dt.date(1990, 5, 1), "FRAGOV"),
        ("Askar Akayev condemned the attack.", dt.date(2000, 5, 1), "KGZGOV"),
        ("Levy Mwanawasa condemned the attack.", dt.date(2005, 5, 1), "ZMBGOV"),
        ("Carlos Menem condemned the attack.", dt.date(1995, 5, 1), "ARGGOV"),
        # outside their term the leaders are their country's elites
        ("Carlos Menem condemned the attack.", dt.date(2005, 5, 1), "ARGELI"),
    ],
)
def test_earlier_leaders_are_known(nlp, text: str, date: dt.date, source: str) -> None:
    coder = EventCoder(nlp=nlp)
    coded = coder.code_text(text, DocContext(doc_id="l", date=date))
    assert source in {f.event.source for f in coded.findings}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no country among the trigger's own arguments: the nearest one in its phrases
        ("Japan mobilized its reserve troops for a war against China.", ("JPN", "CHN", "154")),
        ("South Korean tanks fired shells at positions in North Korea.", ("KOR", "PRK")),
        ("Iran denounced as a crime North Korea's detention of sailors.", ("IRN", "PRK", "111")),
    ],
)
def test_deep_target(coder: EventCoder, text: str, expected: tuple) -> None:
    found = view(coder, text)
    assert any(event[: len(expected)] == expected for event in found), found


@pytest.mark.model
def test_state_coercion_without_a_target_is_domestic(coder: EventCoder) -> None:
    assert view(coder, "The Chinese police arrested dozens.") == {("CHNCOP", "CHN", "173")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the participle tells the outcome of the shelling: one event, not two
        ("North Korea shelled Japan, killing four people.", {"194"}),
        # words accompanying a deed are part of it
        ("Chinese students marched through Japan, demanding an apology.", {"141"}),
        # a different deed is its own event
        ("North Korea attacked Japan, arresting twelve people.", {"190", "173"}),
    ],
)
def test_trailing_participle_is_the_outcome(coder: EventCoder, text: str, codes: set) -> None:
    assert {code for _, _, code in view(coder, text)} == codes


@pytest.mark.model
def test_must_under_a_speaker_is_a_demand(coder: EventCoder) -> None:
    found = view(coder, "The IAEA said North Korea must allow the inspectors to return.")
    assert {(s, t, code[:2]) for s, t, code in found} == {("IGOUNOIAE", "PRK", "10")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # an amount "in bribes" is about bribes
        ("Pyongyang admitted to accepting $5 million in bribes.", {"015"}),
        # a hyphenated predicate is the event
        ("North Korea test-fired a missile.", {"150"}),
    ],
)
def test_words_that_are_not_the_event(coder: EventCoder, text: str, codes: set) -> None:
    assert {code for _, _, code in view(coder, text)} == codes


@pytest.mark.model
def test_hyphenated_participle_modifier_is_no_event(coder: EventCoder) -> None:
    # "Iran-backed" describes the militia; it is not Iran supporting anyone
    coded = coder.code_text("An Iran-backed militia attacked Japan.", DocContext("h", None))
    assert {(f.event.cameo, f.event.target) for f in coded.findings} == {("190", "JPN")}


@pytest.mark.model
def test_x_led_belongs_to_its_leader(coder: EventCoder) -> None:
    assert ("CHN", "JPN", "190") in view(coder, "The Chinese-led coalition attacked Japan.")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's present-tense verb that is also a plural noun, read as a noun phrase
        ("North Korea fires artillery", ("PRK", None, "194")),
        ("North Korea fires artillery at Japan", ("PRK", "JPN", "194")),
        # a headline the parser reads right keeps its reading
        ("Japan condemns North Korea", ("JPN", "PRK", "111")),
    ],
)
def test_headline_verb_read_as_a_noun(coder: EventCoder, text: str, expected: tuple) -> None:
    assert expected in view(coder, text)


@pytest.mark.model
def test_a_headlines_comma_list_of_subjects_is_a_list(real_coder: EventCoder) -> None:
    """ "U.S., North Korea agree": a plural verb after a singular name makes the name after
    the comma a second subject, not an apposition; "Kim Jong Il, the leader, agrees" is one."""
    events = real_view(real_coder, "U.S., North Korea agree to resume talks")
    assert {source[:3] for source, _, _ in events} == {"USA", "PRK"}, events
    events = real_view(real_coder, "Kim Jong Il, the leader, agrees to talks")
    assert {source[:3] for source, _, _ in events} == {"PRK"}, events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital where the act took place is the country as a place, not its government;
        # the parties of a meeting are the ones who met, not the city
        (
            "Japanese and Chinese diplomats held talks in Seoul.",
            {("JPNGOV", "CHNGOV", "046"), ("CHNGOV", "JPNGOV", "046")},
        ),
        ("Chinese students protested in Beijing.", {("CHNEDU", "CHN", "140")}),
        # a capital that is acted on or talked with is the government
        ("North Korea fired missiles at Seoul.", {("PRK", "KORGOV", "195")}),
    ],
)
def test_capital_as_a_place(nlp, text: str, expected: set) -> None:
    coder = EventCoder(nlp=nlp)
    coded = coder.code_text(text, DocContext(doc_id="c", date=dt.date(2011, 8, 22)))
    found = {(e.source, e.target, e.code) for e in cameo_view(coded.findings, coder.lexicon)}
    assert found == expected


@pytest.mark.model
def test_returning_property(coder: EventCoder) -> None:
    # returning what was taken (artefacts, paintings, weapons) is CAMEO 0842; returning to
    # the talks is not
    assert ("JPN", "CHN", "084") in view(coder, "Japan returned the stolen paintings to China.")
    assert view(coder, "Japan returned to the talks.") == {("JPN", None, "046")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tariffs are trade sanctions: raising them is 163, cutting or rolling them back 085
        ("Japan raised tariffs on Chinese steel.", ("JPN", "CHN", "163")),
        ("China rolled back tariffs on Japanese goods.", ("CHN", "JPN", "085")),
    ],
)
def test_tariffs_are_sanctions(coder: EventCoder, text: str, expected: tuple) -> None:
    assert expected in view(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # troops sent to a peacekeeping force are peacekeeping; troops sent to a border are not
        ("Japan sent troops to the peacekeeping force in Iran.", "074"),
        ("Japan sent troops to the border with China.", "154"),
    ],
)
def test_troops_for_peacekeeping(coder: EventCoder, text: str, code: str) -> None:
    assert code in {c for _, _, c in view(coder, text)}


@pytest.mark.model
def test_provided_support_is_aid(coder: EventCoder) -> None:
    # support that is provided is material (07), an endorsement is diplomatic (05)
    assert ("JPN", "CHN", "070") in view(coder, "Japan provided support for Chinese hospitals.")
    assert ("JPN", "CHN", "050") in view(coder, "Japan supported China.")


@pytest.mark.model
def test_statement_about_no_one_is_no_dyadic_event(coder: EventCoder) -> None:
    # nothing coded in what was said and no one it is about: no (source, target) event, but
    # still the sentence's action when actors are not required (the root and class sets)
    coded = coder.code_text("Japan said the weather was fine.", DocContext("s", None))
    assert cameo_view(coded.findings, coder.lexicon) == []
    loose = cameo_view(coded.findings, coder.lexicon, require_source=False)
    assert [(e.source, e.target, e.code) for e in loose] == [("JPN", None, "010")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # easing a measure is done to the same people as imposing it
        ("Pyongyang lifted the curfew.", ("PRKGOV", "PRK", "081")),
        # a threat of such a measure is aimed at them too
        ("Pyongyang threatened to impose martial law.", ("PRKGOV", "PRK", "132")),
    ],
)
def test_state_measures_without_a_target_are_domestic(
    coder: EventCoder, text: str, expected: tuple
) -> None:
    assert expected in view(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat made on a condition is aimed at whoever must meet it
        ("Japan threatened to cut aid unless North Korea freed the prisoners.", ("JPN", "PRK")),
        ("Japan will withdraw its ambassador unless North Korea apologizes.", ("JPN", "PRK")),
    ],
)
def test_condition_subject_is_the_target(coder: EventCoder, text: str, expected: tuple) -> None:
    assert any(event[:2] == expected for event in view(coder, text)), view(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a travel warning reduces relations with the country warned against (160)
        ("Japan advised against travel to North Korea.", {("JPN", "PRK", "160")}),
        ("Japan issued a travel warning for Iran.", {("JPN", "IRN", "160")}),
        # what one warns against has not happened: no visit (042) of its own
        ("Japan warned its citizens against travelling to Iran.", {("JPN", "IRN", "160")}),
    ],
)
def test_travel_warnings_reduce_relations(coder: EventCoder, text: str, expected: set) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wanting another actor to act is an appeal to it, even when the act codes nothing
        ("Japan wants North Korea to paint the fishing boats.", {("JPN", "PRK", "020")}),
        # and an appeal for release when the wanted act is handing people back (0253)
        ("Japan wants North Korea to return the sailors.", {("JPN", "PRK", "025")}),
        ("Japan wants North Korea to release the sailors.", {("JPN", "PRK", "025")}),
        # the writer's guess at a wish or a demand is no event
        ("Japan might want North Korea to return the sailors.", set()),
        ("Japan may demand an apology from China.", set()),
    ],
)
def test_wants_and_guesses(coder: EventCoder, text: str, expected: set) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking an oath of office is a ceremony, no promise to anyone (nor to the sworn)
        ("The Japanese prime minister was sworn in on Monday.", set()),
        # (a vow to defend territory is a vow of force, 138, not of verbal support)
        ("Japan swore to defend the islands.", {"138"}),
    ],
)
def test_swearing_in_is_no_pledge(real_coder: EventCoder, text: str, expected: set) -> None:
    coded = real_coder.code_text(text, DocContext(doc_id="p", date=dt.date(2011, 8, 22)))
    assert {finding.event.cameo for finding in coded.findings} == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unrest is reported by Japan, not staged by it (no JPN 14x)
        ("Japan insisted the unrest reflected old tensions.", set()),
        ("Japan cut aid to China, citing public unrest.", {("JPN", "CHN", "162")}),
        # an announcing verb does what it names: the announcer suspends the links
        ("Japan announced a suspension of air links with Iran.", {("JPN", "IRN", "160")}),
    ],
)
def test_speaker_is_not_the_doer_of_a_named_event(
    coder: EventCoder, text: str, expected: set
) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
def test_everything_inside_an_allegation_is_alleged(coder: EventCoder) -> None:
    # the killings hang from "helped", which hangs from "alleged": both are alleged, and the
    # one accused is the subject of the alleged clause
    text = "Japan alleged that the North Korean army helped to carry out killings."
    assert view(coder, text) == {("JPN", "PRK", "110")}


@pytest.mark.model
def test_main_verb_read_as_a_participle(coder: EventCoder) -> None:
    # the parser reads "called" as "a newspaper [that was] called ..."; it is the main verb
    text = "A Japanese newspaper called Monday on China to withdraw its troops."
    assert ("JPN", "CHN", "020") in view(coder, text)
    text = "A Japanese human rights group condemned yesterday the arrests in China."
    assert any(e[0] == "JPN" and e[2] == "111" for e in view(coder, text)), view(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated verbs share the object named after the last one
        ("Japan donated and delivered medicine to North Korea.", ("JPN", "PRK", "070")),
        ("Japan condemned and rejected the North Korean plan.", ("JPN", "PRK", "111")),
    ],
)
def test_coordinated_verbs_share_their_object(
    coder: EventCoder, text: str, expected: tuple
) -> None:
    assert expected in view(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a particle with its own preposition ("out of") carries the object the pattern needs
        ("Japan walked out of talks with China.", {("JPN", "CHN", "164")}),
        ("Japan pulled out of the treaty with China.", {("JPN", "CHN", "120")}),
        # "rule out" rejects what it names, and codes nothing when that is no event
        ("Iran ruled out talks with Japan.", {("IRN", "JPN", "125")}),
        ("Japanese police ruled out foul play.", set()),
    ],
)
def test_phrasal_verbs_with_a_preposition(coder: EventCoder, text: str, expected: set) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
def test_what_one_is_pressured_to_do_has_not_happened(coder: EventCoder) -> None:
    # the pressure is the event; the help is only what it aims at (no JPN -> CHN 07x)
    found = view(coder, "Pyongyang pressured Japan to help China.")
    assert not any(e[:2] == ("JPN", "CHN") for e in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement still to be made is no event (and no intent to cooperate)
        ("Japan will speak to China tomorrow.", set()),
        ("Japan will comment on the Chinese proposal tomorrow.", set()),
        # a nominal event a statement is about is its topic, not news of its own
        ("Japan commented on the Chinese attack.", {("JPN", "CHN", "010")}),
    ],
)
def test_future_statements_and_their_topics(coder: EventCoder, text: str, expected: set) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
def test_country_modifying_a_modifier_of_the_agent(nlp) -> None:
    # "Japan" modifies "Association", which modifies "officials": Japanese officials
    coder = EventCoder(nlp=nlp)
    text = "Japan Fisheries Association officials condemned China."
    coded = coder.code_text(text, DocContext(doc_id="m", date=dt.date(2011, 8, 22)))
    found = {(e.source, e.target, e.code) for e in cameo_view(coded.findings, coder.lexicon)}
    assert found == {("JPNGOV", "CHN", "111")}


@pytest.mark.model
def test_causal_clause_is_background(coder: EventCoder) -> None:
    # "because of what it called ...": a naming "call" in a causal phrase is no phone call
    text = "Japan banned the group because of what it called its role in the killing."
    assert not any(code.startswith("04") for _, _, code in view(coder, text))


def test_participle_modifying_a_number_is_background() -> None:
    # "... for one of its boats, seized by X": the parser hangs "seized" on "one" (a number)
    import spacy
    from spacy.tokens import Doc

    from pledgewatch.events.sentence_roles import in_background_clause

    words = ["Japan", "protested", "over", "one", ",", "seized", "by", "Korea", "."]
    heads = [1, 1, 1, 2, 3, 3, 5, 6, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "acl", "agent", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "NUM", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert in_background_clause(doc[5])
    assert not in_background_clause(doc[1])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun that "continues" took place: "continue" codes only with "talks"
        ("Chinese riots against Japanese policies are still continuing.", {("CHN", "JPN", "145")}),
        # a linking verb only describes the noun
        ("The Chinese plans look weak.", set()),
    ],
)
def test_event_noun_as_subject_of_a_plain_verb(coder: EventCoder, text: str, expected: set) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs "by Japan" on "sanctions"; it is the passive verb's agent
        ("Iran was threatened with sanctions by Japan.", {("JPN", "IRN", "131")}),
        # sanctions in the "with" phrase of "hit" are sanctions, not an attack
        ("North Korea was hit with sanctions by China.", {("CHN", "PRK", "163")}),
    ],
)
def test_passive_with_an_instrument_and_its_agent(
    coder: EventCoder, text: str, expected: set
) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
def test_parties_named_after_between(coder: EventCoder) -> None:
    # no subject: the two named after "between" are the parties of the symmetric event
    found = view(coder, "Talks were held between Japan and China.")
    assert found == {("JPN", "CHN", "046"), ("CHN", "JPN", "046")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phrasal verbs: the particle decides the event
        ("Japan took part in talks with China.", {("JPN", "CHN", "046")}),
        ("Japan pulled its peacekeepers out of Iran.", {("JPN", "IRN", "166")}),
    ],
)
def test_phrasal_verbs(coder: EventCoder, text: str, expected: set) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
def test_an_agency_forced_out_is_expelled(coder: EventCoder) -> None:
    # "refugee" in the agency's name does not make this a mass expulsion (201)
    found = view(coder, "Pyongyang forced the refugee agency out of the country.")
    assert found == {("PRKGOV", None, "166")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "China closed the border with North Korea on Monday.",
        "China sealed its borders with North Korea.",
        "China shut the border crossing with North Korea.",
    ],
)
def test_closing_a_border_restricts_movement(coder: EventCoder, text: str) -> None:
    """'closed the border' alone is CAMEO 191 (the '&' in its pattern once required a second
    word such as 'crossing')."""
    codes = {event[2] for event in view(coder, text)}
    assert "191" in codes, codes


@pytest.mark.model
def test_a_launch_site_in_the_own_country_is_no_target(coder: EventCoder) -> None:
    """'from Pyongyang' says where the act started; the launcher does not act on itself."""
    found = view(coder, "North Korea launched a rocket from Pyongyang on Friday.")
    assert found and all(target is None or target[:3] != "PRK" for _, target, _ in found), found


def real_view(coder: EventCoder, text: str, date: dt.date = dt.date(2010, 6, 1)) -> set[tuple]:
    coded = coder.code_text(text, DocContext(doc_id="r", date=date))
    return {(e.source, e.target, e.code[:3]) for e in cameo_view(coded.findings, coder.lexicon)}


@pytest.fixture(scope="module")
def real_coder(nlp) -> EventCoder:
    return EventCoder(nlp=nlp)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each conjoined subject is a source; a symmetric act (meet, talk) goes both ways, and
        # the city where they met is no party; the small parser reads "Barack" as a
        # preposition, which must not lose the subject
        (
            "Barack Obama and Lee Myung-bak met on Tuesday.",
            {("USAGOV", "KORGOV", "040"), ("KORGOV", "USAGOV", "040")},
        ),
        (
            "Japan and China negotiated a fishing deal in Seoul.",
            {("JPN", "CHN", "046"), ("CHN", "JPN", "046")},
        ),
        # an agent "of" two coordinated countries is an agent of each
        (
            "The foreign ministers of Japan and China talked on Monday.",
            {("JPNGOV", "CHNGOV", "040"), ("CHNGOV", "JPNGOV", "040")},
        ),
        # a non-symmetric act: each conjoined subject is a source of its own
        ("Japan and South Korea condemned Iran.", {("JPN", "IRN", "111"), ("KOR", "IRN", "111")}),
        # conjoined objects: one target each
        (
            "China imposed sanctions on Iran and North Korea.",
            {("CHN", "IRN", "163"), ("CHN", "PRK", "163")},
        ),
    ],
)
def test_coordinated_actors(real_coder: EventCoder, text: str, expected: set) -> None:
    assert real_view(real_coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # claiming one's own past act of force claims responsibility for it (015), aimed at
        # whom the act was done to; the act is named in the claim, not a second event
        (
            "Chadian rebels claimed that they had shelled a Sudanese army post.",
            {("TCDREB", "SDNMIL", "015")},
        ),
        # ... also through a pronoun that its place gave a country ("it" = the army, in Mali)
        ("The army claimed it had killed 30 rebels in Mali.", {("---MIL", "MLIREB", "015")}),
        # ... another doer's act is still reported news, and no claim of responsibility
        (
            "Chadian rebels claimed that the Sudanese army had shelled their camp.",
            {("SDNMIL", None, "194")},
        ),
        # a claim of responsibility with no one named is aimed at the claimed act's target,
        # here the country of its place
        (
            "A Yemeni militant group claimed responsibility for a bombing at a hotel in Oman's "
            "capital.",
            {("YEMUAF", "OMN", "015")},
        ),
        # ... or at an agent without a country, then of the claimant's own country
        (
            "Somali rebels claimed responsibility for an attack on the government's soldiers.",
            {("SOMREB", "SOMMIL", "015")},
        ),
        # a denial of one's own act is aimed at whom the act was done to
        ("Chile denied that it had attacked Peruvian fishing boats.", {("CHL", "PERBUS", "016")}),
        # calling for a ceasefire appeals for de-escalation (0256); calling one declares it (0871)
        ("Peru called for a ceasefire in Ecuador.", {("PER", "ECU", "025")}),
        ("Chile called a ceasefire on Sunday.", {("CHL", None, "087")}),
        # aid received comes from the giver to the receiver; a visitor received is hosted
        ("Bolivia received aid from Chile.", {("CHL", "BOL", "070")}),
        ("Bolivia received the Chilean president.", {("BOL", "CHLGOV", "043")}),
        # a city in front of talks or a text names where they were held or signed: no party
        ("Japan signed the Kyoto protocol.", {("JPN", None, "057")}),
        ("The American envoy praised the Geneva agreement.", {("USAGOV", None, "051")}),
        (
            "Peru and Chile resumed the Geneva talks.",
            {("PER", "CHL", "046"), ("CHL", "PER", "046")},
        ),
        # a protest staged or held is a demonstration (141); protesting is dissent (140)
        ("Kenyan students staged a protest against Uganda.", {("KENEDU", "UGA", "141")}),
        ("Kenyan students protested against Uganda.", {("KENEDU", "UGA", "140")}),
        # a bombardment that names no weapon is force unspecified (190); with artillery, 194
        ("Rebels bombarded the Syrian town overnight.", {("---REB", "SYR", "190")}),
        ("Rebels bombarded the Syrian town with artillery.", {("---REB", "SYR", "194")}),
    ],
)
def test_constructions_in_cameo_conventions(
    real_coder: EventCoder, text: str, expected: set
) -> None:
    assert real_view(real_coder, text) == expected


@pytest.mark.model
def test_first_name_read_as_a_preposition_is_repaired(nlp) -> None:
    from pledgewatch.events.lexicon import Lexicon
    from pledgewatch.events.misread_names import restore_misread_first_name

    doc = nlp("Barack Obama and Lee Myung-bak met on Tuesday.")
    first = doc[0]
    if first.pos_ != "ADP":
        pytest.skip("this parser version reads 'Barack' correctly; nothing to repair")
    assert restore_misread_first_name(doc[:], Lexicon.default())
    assert doc[0].dep_ == "compound" and doc[0].head.i == 1
    assert doc[1].dep_ == "nsubj" and doc[1].head.lemma_ == "meet"
    # a real preposition is left alone
    doc = nlp("In Seoul the two leaders met on Tuesday.")
    before = [(t.dep_, t.head.i) for t in doc]
    restore_misread_first_name(doc[:], Lexicon.default())
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an event noun as the subject of a purpose verb: the complement says what the launch
        # was for; the one it honours is no target of the launch
        "The rocket launch was intended to honour the birthday of Kim Jong Il.",
        "The missile launch was aimed at intimidating Japan.",
    ],
)
def test_purpose_complement_gives_the_event_noun_no_target(
    real_coder: EventCoder, text: str
) -> None:
    coded = real_coder.code_text(text, DocContext(doc_id="l", date=dt.date(2009, 4, 5)))
    launches = [f.event for f in coded.findings if f.event.cameo.startswith("15")]
    assert launches == [], [(e.source, e.target, e.cameo, e.why) for e in launches]


@pytest.mark.model
def test_purpose_verb_keeps_the_event_nouns_own_actors(real_coder: EventCoder) -> None:
    # the agent of the passive and the noun's own "on" phrase are still the event's actors
    found = real_view(real_coder, "The attack on Japanese ships was planned by North Korea.")
    assert ("PRK", "JPN", "190") in found, found


@pytest.mark.model
def test_passive_subject_phrase_holds_the_deep_target(real_coder: EventCoder) -> None:
    # the passive subject is what was attacked; the country is in its "for" phrase
    found = real_view(real_coder, "A shelter for Sudanese refugees was attacked by Chadian rebels.")
    assert ("TCDREB", "SDNREF", "190") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # words accompanying an act are part of it: the offer elaborates the talks
        (
            "Japan held talks with China on Monday, offering economic aid.",
            ("JPN", "CHN", "046"),
            "03",
        ),
        # what a trailing participle says beside an act is part of the act
        (
            "Japan refused to meet the Chinese envoy, saying it would only welcome him in Tokyo.",
            ("JPN", "CHNGOV", "125"),
            "03",
        ),
        (
            "Chinese students staged protests against Japan, saying Tokyo must apologize.",
            ("CHNEDU", "JPN", "141"),
            "10",
        ),
    ],
)
def test_trailing_words_are_part_of_the_act(
    real_coder: EventCoder, text: str, kept: tuple, dropped: str
) -> None:
    found = real_view(real_coder, text)
    assert kept in found, found
    assert not any(code.startswith(dropped) for _, _, code in found), found


@pytest.mark.model
def test_purpose_clause_names_whom_a_force_is_used_on(real_coder: EventCoder) -> None:
    # no one is named after "opened fire"; the purpose clause says on whom: the protesters,
    # of the police's own country; a state's force on protesters is repression (175)
    found = real_view(real_coder, "Chinese police opened fire to disperse the protesters.")
    assert ("CHNCOP", "CHNOPP", "175") in found, found


@pytest.mark.model
def test_weapon_fire_in_a_list_of_conjuncts(real_coder: EventCoder) -> None:
    # "rocket fire" is an attack with heavy weapons even as the last of a list of objects
    found = real_view(
        real_coder,
        "Sudanese troops launched mortar, artillery and rocket fire against Chadian villages.",
    )
    assert ("SDNMIL", "TCD", "194") in found, found


@pytest.mark.model
def test_parties_named_after_among(real_coder: EventCoder) -> None:
    found = real_view(real_coder, "The UN halted mediation among Somalia's warring clans.")
    assert ("IGOUNO", "SOM", "165") in found, found


@pytest.mark.model
def test_peacekeepers_arriving_are_deployed(real_coder: EventCoder) -> None:
    # peacekeeping troops arriving in a country are a deployment (074), not a visit (042);
    # a minister arriving still visits
    found = real_view(real_coder, "Indian peacekeepers arrived in Liberia on Monday.")
    assert ("INDMIL", "LBR", "074") in found, found
    assert ("INDGOV", "LBR", "042") in real_view(
        real_coder, "The Indian foreign minister arrived in Liberia on Monday."
    )


@pytest.mark.model
def test_document_speaks_for_the_country_it_was_issued_in(real_coder: EventCoder) -> None:
    # a report with no named author that was issued in a capital: that country's accusation
    found = real_view(real_coder, "A report published in Seoul on Friday criticized Japan.")
    assert ("KOR", "JPN", "111") in found, found
    # an author named in the phrase still wins
    found = real_view(real_coder, "A report by Amnesty International criticized Japan.")
    assert not any(source == "KOR" for source, _, _ in found), found


@pytest.mark.model
def test_acts_alleged_under_a_preposition_are_alleged(real_coder: EventCoder) -> None:
    # the planning is part of what is alleged, though it hangs from "contributed to"
    found = real_view(
        real_coder,
        "Seoul alleged that the North Korean army contributed to planning the bombings.",
    )
    assert not any(code.startswith("18") for _, _, code in found), found
    assert any(code.startswith("11") for _, _, code in found), found


@pytest.mark.model
def test_insurgent_violence_without_a_target_is_domestic(coder: EventCoder) -> None:
    # an insurgency's attacks with no one named are fought in its own country (CAMEO coders
    # read a domestic story)
    assert ("PSEREB", "PSE", "190") in view(coder, "Hamas launched several attacks on Monday.")


@pytest.mark.model
def test_agent_country_through_a_country_less_organisation(real_coder: EventCoder) -> None:
    # the union is itself an agent without a country; its own modifier names the country
    found = real_view(
        real_coder, "Teachers belonging to the Kenyan Teachers' Union went on strike in March."
    )
    assert {source for source, _, _ in found} == {"KENEDU"}, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stranded "with" hangs on the first verb's object; the object named after the
        # second verb is shared
        ("Vietnam normalised relations with and sent a trade envoy to Cuba.", ("VNM", "CUB")),
        ("Peru established relations with, and later opened a consulate in, Cuba.", ("PER", "CUB")),
    ],
)
def test_shared_object_after_a_stranded_preposition_on_the_object(
    real_coder: EventCoder, text: str, expected: tuple
) -> None:
    found = real_view(real_coder, text)
    assert any(event[:2] == expected for event in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom one sends decides the event: a relief team is aid, an envoy a visit
        ("Japan sent a rescue team to Nepal.", ("JPN", "NPL", "073")),
        ("Seoul sent an envoy to Tokyo.", ("KORGOV", "JPNGOV", "042")),
    ],
)
def test_sending_people(real_coder: EventCoder, text: str, expected: tuple) -> None:
    assert expected in real_view(real_coder, text)


@pytest.mark.model
def test_negated_subject_negates_the_act(real_coder: EventCoder) -> None:
    # "neither ... nor" on the conjoined subject: neither did it, so nothing happened
    coded = real_coder.code_text(
        "Neither Japan nor China supported the proposal.",
        DocContext(doc_id="n", date=dt.date(2012, 2, 4)),
    )
    assert coded.findings and {f.event.modality for f in coded.findings} == {"negated"}
    assert real_view(real_coder, "Neither Japan nor China supported the proposal.") == set()


# -- fifth pass: phenomena seen on the demo corpus ---------------------------------------------


def real_events(coder: EventCoder, text: str) -> list[tuple]:
    """(source, target, full code) of every finding, whatever its role."""
    coded = coder.code_text(text, DocContext(doc_id="f", date=dt.date(2012, 3, 1)))
    return [(f.event.source, f.event.target, f.event.cameo) for f in coded.findings]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the later items on "agreed" (as an object) or on the halt noun
        "Iran agreed to a moratorium on missile tests, nuclear experiments and satellite launches.",
        "Pakistan agreed to a freeze on uranium enrichment, rocket launches and border raids.",
        "Iran agreed to a moratorium on nuclear tests, long-range rocket launches and enrichment.",
        # an item with a place phrase of its own is still an item of the list
        "Iran agreed to a moratorium on nuclear tests, rocket launches and enrichment at Arak.",
    ],
)
def test_every_item_under_a_halt_noun_is_halted(real_coder: EventCoder, text: str) -> None:
    events = real_events(real_coder, text)
    assert len(events) >= 2, events  # more than the first item is coded
    # every item composes with the halt: an intent to de-escalate, never a threat
    assert all(code == "0356" for _, _, code in events), events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a second halt, or another measure, is coordinated with the halt, not halted by it
        "Syria agreed to a freeze on arms purchases and a ban on chemical weapons.",
        "The council approved a ban on oil imports, sanctions against banks and an embargo.",
    ],
)
def test_halt_list_repair_leaves_other_measures_alone(nlp, text: str) -> None:
    from pledgewatch.events.halt_lists import restore_halt_list
    from pledgewatch.events.lexicon import Lexicon

    doc = nlp(text)
    before = [(t.dep_, t.head.i) for t in doc]
    restore_halt_list(doc[:], Lexicon.default())
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation agreeing or voting to sanction has decided the sanction (163)
        ("The EU agreed to ban imports of Syrian oil.", ("IGOEUREEC", "SYR", "163")),
        ("The European Union voted to impose sanctions on Belarus.", ("IGOEUREEC", "BLR", "163")),
    ],
)
def test_deciding_to_sanction_is_a_sanction(
    real_coder: EventCoder, text: str, expected: tuple
) -> None:
    events = real_events(real_coder, text)
    assert expected in events, events
    assert not any(code.startswith("13") for _, _, code in events), events


@pytest.mark.model
def test_agreeing_to_something_hostile_is_still_a_threat(real_coder: EventCoder) -> None:
    events = real_events(real_coder, "Russia agreed to attack the rebels in Aleppo.")
    assert any(code.startswith("13") for _, _, code in events), events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a warning about the object's own act is the warning (130), not a threat of force
        ("Washington warned Pyongyang not to launch the rocket.", "130"),
        ("China warned North Korea against conducting a nuclear test.", "130"),
        # a threat of one's own act is that threat
        # (launching missiles at a place: a threat of conventional attack, 1384)
        ("North Korea threatened to launch missiles at Guam.", "1384"),
    ],
)
def test_a_warning_about_anothers_act_is_no_threat_of_it(
    real_coder: EventCoder, text: str, code: str
) -> None:
    codes = [c for _, _, c in real_events(real_coder, text)]
    assert code in codes and not (code == "130" and "138" in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a small clause that annuls the object rejects it: never a truce
        ("Hamas declared the ceasefire null and void.", "1246"),
        ("The rebels declared the truce dead.", "1246"),
        ("Pyongyang declared that the armistice was invalid.", "1246"),
        ("Iraq declared the border treaty void.", "127"),
        ("Uganda nullified the truce with the rebels.", "1246"),
    ],
)
def test_declaring_an_agreement_void_rejects_it(
    real_coder: EventCoder, text: str, code: str
) -> None:
    codes = [c for _, _, c in real_events(real_coder, text)]
    assert code in codes, codes
    assert not any(c.startswith("087") for c in codes), codes


@pytest.mark.model
def test_declaring_a_truce_is_still_a_truce(real_coder: EventCoder) -> None:
    codes = [c for _, _, c in real_events(real_coder, "Serbia declared a truce on Tuesday.")]
    assert codes == ["0871"], codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the asker is no target of the act done at its request
        ("Chad closed its border at the request of France.", "FRA"),
        ("Talks with Iran were held at the invitation of Turkey.", "TUR"),
        ("At the request of Japan, the ministers met in Seoul.", "JPN"),
    ],
)
def test_asker_is_no_target_of_the_act_asked_for(
    real_coder: EventCoder, text: str, expected: str
) -> None:
    events = real_events(real_coder, text)
    assert events, events
    assert not any(target == expected for _, target, _ in events), events


@pytest.mark.model
def test_of_actor_of_a_request_is_its_source(real_coder: EventCoder) -> None:
    # the "of" actor of a request noun is who asks (020 from Japan), not whom it is made to
    events = real_events(real_coder, "At the request of Japan, the ministers met in Seoul.")
    assert ("JPN", None, "020") in events, events


@pytest.mark.model
def test_of_actor_of_a_seizure_is_still_its_target(real_coder: EventCoder) -> None:
    events = real_events(real_coder, "Iran condemned the seizure of Iranian tankers by Britain.")
    assert any(source == "GBR" and code.startswith("17") for source, _, code in events), events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "X called / branded / labelled Y <predicate>": a characterisation, not a phone call
        ("Tokyo called China's latest launch a reckless provocation.", "111"),
        ("Cuba branded the embargo a crime.", "1121"),
        ("Russia labelled the raids an act of aggression.", "1123"),
        ("China described the naval drills as a provocation.", "111"),
        ("Japan called the summit a success.", "010"),
        # the small parser may hang the object inside an adjective predicate
        ("The Foreign Ministry called the move unjustifiable.", "111"),
    ],
)
def test_calling_something_a_name_characterises_it(
    real_coder: EventCoder, text: str, code: str
) -> None:
    codes = [c for _, _, c in real_events(real_coder, text)]
    assert code in codes, codes
    assert "041" not in codes and "020" not in codes, codes


@pytest.mark.model
def test_characterised_act_names_its_owner_as_target(real_coder: EventCoder) -> None:
    events = real_events(real_coder, "Tokyo called China's latest launch a reckless provocation.")
    assert ("JPNGOV", "CHN", "111") in events, events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the one honoured is no target, and with no source there is no event
        "The festival marked the 80th birthday of Fidel Castro.",
        "The parade marked the anniversary of the death of Kim Jong Il.",
    ],
)
def test_honouring_with_no_source_is_no_event(real_coder: EventCoder, text: str) -> None:
    assert real_events(real_coder, text) == []


@pytest.mark.model
def test_honouring_with_a_source_is_still_coded(real_coder: EventCoder) -> None:
    events = real_events(real_coder, "Cuba marked the 80th birthday of Fidel Castro.")
    assert any(source == "CUB" and code == "017" for source, _, code in events), events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # practice munitions and force used in a drill are a show of force, not an attack
        ("Russian bombers dropped dummy bombs on a test range.", "150"),
        ("Japanese troops fired artillery during the exercises.", "150"),
        # bombers dropping real bombs employ aerial weapons (195), not a suicide bombing (183)
        ("Russian bombers dropped bombs on Aleppo.", "195"),
    ],
)
def test_military_aircraft_and_drills(real_coder: EventCoder, text: str, code: str) -> None:
    codes = [c for _, _, c in real_events(real_coder, text)]
    assert code in codes, codes
    assert not any(c.startswith("18") for c in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "It" after a sentence whose subject is a text (statement, resolution) is the text: it
        # codes the text's author, not the last country named on the way
        (
            "The African Union adopted a resolution on Friday. Sudan voted for the resolution. "
            "The resolution names three militia leaders. It demands that Sudan arrest them.",
            "IGOAFRAFU",
        ),
        # ... the author written inside the text's own noun phrase
        (
            "Egypt criticised Israel on Monday. Israel rejected the criticism. "
            "The Egyptian statement was short. "
            "It urged Israel to halt the raids.",
            "EGY",
        ),
    ],
)
def test_it_after_a_text_is_the_text_author(real_coder: EventCoder, text: str, source: str) -> None:
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2010, 6, 1)))
    last = [f.event for f in coded.findings if f.event.source_text == "It"]
    assert last and all(e.source == source for e in last), [
        (f.event.source, f.event.source_text, f.event.cameo) for f in coded.findings
    ]


@pytest.mark.model
def test_it_after_a_text_with_no_known_author_is_the_lead_actor(real_coder: EventCoder) -> None:
    # no author is written: "It" is the story's lead actor (Sudan), not Chad or Libya met on the way
    text = (
        "Sudan accuses Chad of arming rebels\n\n"
        "Sudan said on Monday that Chad and Libya were arming rebels in Darfur. "
        "The statement was read on state radio. It urged Chad to stop."
    )
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2010, 6, 1)))
    sources = [f.event.source for f in coded.findings if f.event.source_text == "It"]
    assert sources and set(sources) == {"SDN"}, sources


@pytest.mark.model
def test_the_head_word_of_an_organisation_is_that_organisation(real_coder: EventCoder) -> None:
    # "the agency" after "the International Atomic Energy Agency" is the IAEA
    text = (
        "The International Atomic Energy Agency met in Vienna on Monday. "
        "The agency demanded that Syria allow inspections."
    )
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2010, 6, 1)))
    events = [(f.event.source, f.event.target, f.event.cameo[:2]) for f in coded.findings]
    assert ("IGOUNOIAE", "SYR", "10") in events, events


@pytest.mark.model
def test_they_prefers_coordinated_actors(real_coder: EventCoder) -> None:
    # "they" is Brazil and Turkey, not the agency (a singular subject met after them)
    text = (
        "The International Atomic Energy Agency met in Vienna on Monday. "
        "Brazil and Turkey said the agency had ignored a deal that they had brokered with Iran."
    )
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2010, 6, 1)))
    brokered = [f.event.source for f in coded.findings if "brokered" in (f.event.action_text or "")]
    assert brokered and "IGOUNOIAE" not in brokered, brokered


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where talks, statements and agreements happen is no party to them
        ("Chile and Peru held talks in Ecuador on Friday.", "ECU"),
        ("Chile agreed in Lima to reopen the border.", "PER"),
        ("The Chilean envoy spoke in Quito on Monday.", "ECU"),
        ("Chilean diplomats met in Ecuador.", "ECU"),
    ],
)
def test_place_of_talks_is_no_target(real_coder: EventCoder, text: str, place: str) -> None:
    events = real_events(real_coder, text)
    assert events and not any(target == place for _, target, _ in events), events


@pytest.mark.model
def test_place_of_a_visit_is_still_its_target(real_coder: EventCoder) -> None:
    events = real_events(real_coder, "The Chilean president arrived in Lima on Monday.")
    assert any(target == "PER" and code == "042" for _, target, code in events), events


@pytest.mark.model
def test_military_strikes_are_force_not_a_labour_strike(real_coder: EventCoder) -> None:
    events = real_events(
        real_coder, "Peru's army will launch retaliatory strikes if the rebels advance."
    )
    codes = [code for _, _, code in events]
    assert codes and "143" not in codes, events
    assert any(code.startswith("19") or code.startswith("13") for code in codes), events


@pytest.mark.model
def test_demonstrating_sincerity_is_no_protest(real_coder: EventCoder) -> None:
    events = real_events(real_coder, "Bolivia must demonstrate its commitment to the ceasefire.")
    assert not any(code.startswith("14") for _, _, code in events), events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "no" on the object negates the act: nothing was issued, nothing was fired
        "Japan issued no statement on the visit.",
        "Chinese troops fired no shots at the Indian patrol.",
    ],
)
def test_no_on_the_object_negates_the_act(real_coder: EventCoder, text: str) -> None:
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2012, 3, 1)))
    modalities = [f.event.modality for f in coded.findings]
    assert modalities and set(modalities) == {"negated"}, modalities


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a nominal event dated in the past happened, whatever verb governs it
        "The council is expected to vote on sanctions over Bolivia's missile test last month.",
        "Peru and Chile argued over whether to condemn Bolivia's attack last week.",
    ],
)
def test_nominal_event_dated_in_the_past_happened(real_coder: EventCoder, text: str) -> None:
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2012, 3, 1)))
    bolivian = [f.event.modality for f in coded.findings if f.event.source == "BOL"]
    assert bolivian and set(bolivian) <= {"asserted", "reported"}, [
        (f.event.source, f.event.cameo, f.event.modality) for f in coded.findings
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # calling someone is a phone call (041), whatever day it was ...
        ("The German chancellor called President Hollande on Tuesday.", "041"),
        # ... and an appeal with what one calls them to do (020 family)
        ("Merkel called Hollande on Tuesday to urge restraint.", "02"),
        ("Germany called on France to reopen the border.", "02"),
    ],
)
def test_calling_someone_on_a_day_is_a_phone_call(
    real_coder: EventCoder, text: str, code: str
) -> None:
    events = real_events(real_coder, text)
    assert any(c.startswith(code) for _, _, c in events), events


@pytest.mark.model
def test_a_ship_that_sank_is_no_attacker(real_coder: EventCoder) -> None:
    # intransitive "sank": the ship is what sank; transitive "sank the ship" is force (190)
    assert real_events(real_coder, "A Peruvian navy corvette sank near the island on Friday.") == []
    events = real_events(real_coder, "A Chilean torpedo sank the Peruvian corvette Esmeralda.")
    assert ("CHL", "PER", "190") in events, events


@pytest.mark.model
def test_bombing_by_agents_is_no_air_strike(real_coder: EventCoder) -> None:
    # spies and saboteurs who bomb a building conduct a bombing (18x), not an air strike (195)
    codes = [c for _, _, c in real_events(real_coder, "Libyan agents bombed a hotel in Malta.")]
    assert codes and all(c.startswith("18") for c in codes), codes
    codes = [c for _, _, c in real_events(real_coder, "Israeli jets bombed Gaza.")]
    assert "195" in codes, codes


@pytest.mark.model
def test_ready_for_an_event_noun_is_an_intent(real_coder: EventCoder) -> None:
    # "ready for talks with X" is the subject's intent (03x) aimed at X, not talks with no source
    events = real_events(real_coder, "Peru is ready for talks with Chile.")
    assert any(s == "PER" and t == "CHL" and c.startswith("03") for s, t, c in events), events
    assert real_events(real_coder, "Peru is ready for the winter.") == []


@pytest.mark.model
def test_funding_relief_is_aid(real_coder: EventCoder) -> None:
    # paying for relief supplies is humanitarian aid (07x), not economic cooperation (061)
    codes = [c for _, _, c in real_events(real_coder, "Japan funded the relief supplies.")]
    assert codes and all(c.startswith("07") for c in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "we" in a quote is the speaker the sentence names ...
        ('"We want Peru to return to the talks," the Chilean foreign minister told reporters.',
         "CHL"),
        # ... or, in a statement with no speaker named, the story's lead actor
        ("Chile proposes talks with Peru\n\nChile's foreign ministry issued a statement on "
         "Monday. We call on Peru to halt its naval drills.", "CHL"),
    ],
)  # fmt: skip
def test_we_is_the_speaker(real_coder: EventCoder, text: str, country: str) -> None:
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2012, 3, 1)))
    ours = [f.event.source for f in coded.findings if f.event.source_text == "We"]
    assert ours and all(s and s.startswith(country) for s in ours), [
        (f.event.source, f.event.source_text, f.event.cameo) for f in coded.findings
    ]


@pytest.mark.model
def test_we_is_never_whom_we_address(real_coder: EventCoder) -> None:
    # the lead actor (Peru) is whom "we" urge, so "we" is left unresolved rather than Peru
    text = "Peru tests a missile\n\nPeru tested a missile on Monday. We urge Peru to stop."
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2012, 3, 1)))
    assert not any(f.event.source_text == "We" and f.event.source for f in coded.findings)


@pytest.mark.model
@pytest.mark.parametrize(
    ("follow_up", "sources"),
    [
        # "the two leaders", "both countries", "the two sides" after a sentence naming two
        # countries are each of them, as a conjoined subject would be
        ("The two leaders agreed to expand trade.", {"PERGOV", "CHLGOV"}),
        ("Both countries condemned the missile test.", {"PER", "CHL"}),
        ("The two sides signed a fishing accord.", {"PER", "CHL"}),
        # a sentence between that names only one of the two does not break the pair
        (
            "The Peruvian president called the talks useful. Both envoys agreed to meet again.",
            {"PER", "CHL"},
        ),
    ],
)
def test_the_two_sides_are_the_two_just_named(
    real_coder: EventCoder, follow_up: str, sources: set[str]
) -> None:
    text = f"The Peruvian president met the Chilean president in Lima. {follow_up}"
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2012, 3, 1)))
    later = {f.event.source for f in coded.findings if f.event.source_text not in (None, "")
             and f.event.source_text.lower().startswith(("the two", "both"))}  # fmt: skip
    assert {s[:3] for s in later} == {s[:3] for s in sources}, [
        (f.event.source, f.event.source_text, f.event.cameo) for f in coded.findings
    ]


@pytest.mark.model
def test_the_leaders_of_a_group_are_not_the_two_just_named(real_coder: EventCoder) -> None:
    # "the leaders of ..." names its own leaders; and three countries make no pair
    text = "Peru met Chile in Lima. The leaders of the Andean states condemned the test."
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2012, 3, 1)))
    assert not any("two actors" in (m.why or "") for m in coded.mentions)
    text = "Peru, Bolivia and Chile met in Lima. Both countries condemned the test."
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2012, 3, 1)))
    assert not any("two actors" in (m.why or "") for m in coded.mentions)


@pytest.mark.model
def test_the_leaders_later_and_they_are_still_the_pair(real_coder: EventCoder) -> None:
    # a later "the leaders" (no country named between) and "they" stand for the same pair
    text = (
        "The Peruvian president met the Chilean president in Lima. The two leaders met again "
        "on Friday. They agreed to expand trade. Peru's state media said the leaders signed "
        "a fishing accord."
    )
    coded = real_coder.code_text(text, DocContext(doc_id="r", date=dt.date(2012, 3, 1)))
    agreed = {f.event.source[:3] for f in coded.findings if f.event.source_text == "They"}
    signed = {f.event.source[:3] for f in coded.findings if f.event.source_text == "the leaders"}
    assert agreed == signed == {"PER", "CHL"}, [
        (f.event.source, f.event.source_text, f.event.cameo) for f in coded.findings
    ]


@pytest.mark.model
def test_where_coordinated_parties_met_is_no_party(real_coder: EventCoder) -> None:
    # "met at" / "talked on the sidelines of": the place is no target of the two who met
    events = real_events(
        real_coder, "Peru and Chile talked on the sidelines of the United Nations General Assembly."
    )
    assert {(s[:3], t[:3]) for s, t, _ in events if s and t} == {("PER", "CHL"), ("CHL", "PER")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # each of these coded an attack before the exposure rule
        "North Korea said that Libya's decision to give up its nuclear program in 2003 had "
        "left it open to attack.",
        "Ships near the coast are vulnerable to attack by pirates.",
    ],
)
def test_what_one_is_exposed_to_is_no_event(real_coder: EventCoder, text: str) -> None:
    events = real_events(real_coder, text)
    assert not [code for _, _, code in events if code.startswith(("18", "19"))], events


@pytest.mark.model
def test_a_nominal_event_takes_the_date_in_its_own_phrase(real_coder: EventCoder) -> None:
    """ "North Korea said on Tuesday that Libya's decision ... in 2003": the decision is of
    2003, the saying of the document's Tuesday."""
    coded = real_coder.code_text(
        "North Korea said on Tuesday that Libya's decision to give up its nuclear program in "
        "2003 had left it open to attack.",
        DocContext(doc_id="d", date=dt.date(2011, 3, 22)),
    )
    dates = {f.event.cameo[:2]: (f.event.date, f.event.date_precision) for f in coded.findings}
    assert dates["03"] == (dt.date(2003, 1, 1), "year")
    assert dates["01"] == (dt.date(2011, 3, 22), "day")
