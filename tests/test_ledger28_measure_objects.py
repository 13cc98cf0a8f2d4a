"""Ledger28: a country the pledge's own sentence names as what its measures fall on ("would
respect U.N. Security Council resolutions on Iran", "sanctions against Cuba") is the object of
a pledge on a topic of measures (sanctions), after its promisee and before the story's other
countries (``ledger.measure_objects``, ``story_objects.story_object``). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from pledgewatch.ledger import load_pledges, rebuild_ledger
from pledgewatch.ledger.measure_objects import named_measure_object
from pledgewatch.ledger.story_objects import story_object
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, commitment_event


@pytest.mark.parametrize(
    ("texts", "country"),
    [
        (("Laos would abide by U.N. Security Council resolutions on Iran.",), "IRN"),
        (("Chile will keep its sanctions against Cuba in place.",), "CUB"),
        (("an arms embargo targeting Libya",), "LBY"),
        (("the resolutions of the U.N. Security Council on the DPRK",), "PRK"),
        (("new penalties imposed on Russian banks",), "RUS"),
        (("sanctions aimed at Tehran",), "IRN"),
        (("embargoes on Venezuela's oil",), "VEN"),
        # the grader's topic words first, then the sentence
        (("sanctions on Syria", "It said sanctions on Iran would stay."), "SYR"),
        ((None, "Peru would respect the ban on Iraq's arms."), "IRQ"),
        # no measure noun, no country after the preposition, or another word's letters
        (("talks on North Korea",), None),
        (("a ban on imports",), None),
        (("the banks on Iran",), None),
        (("sanctions will be discussed on Monday",), None),
        ((None, None), None),
    ],
)
def test_the_country_a_pledge_s_own_words_put_its_measures_on(
    texts: tuple[str | None, ...], country: str | None
) -> None:
    assert named_measure_object(*texts) == country


# one report's events: (event id, sentence id, source, target, CAMEO)
PARTIES = [
    ("d:1:0", "d:1", "LAO", "IGOUNO", "080"),  # the pledge itself
    ("d:2:0", "d:2", "LAOGOV", "JPNGOV", "040"),  # the summit the report is about
]


@pytest.mark.parametrize(
    ("promisee", "named", "against", "expected"),
    [
        # the United Nations is no object: the words' country before the summit's partner
        ("IGOUNO", "IRN", False, "IRN"),
        # nothing named: the story decides, as before
        ("IGOUNO", None, False, "JPN"),
        # a country promisee still comes first
        ("CUB", "IRN", False, "CUB"),
        # the promisor's own country is no object of its own pledge...
        ("IGOUNO", "LAO", False, "JPN"),
        # ... but a refusal of measures on the refuser itself is about it
        ("IGOUNO", "LAO", True, "LAO"),
        ("IGOUNO", "IRN", True, "IRN"),
    ],
)
def test_the_named_country_comes_after_the_promisee_and_before_the_story(
    promisee: str, named: str | None, against: bool, expected: str
) -> None:
    found = story_object(
        PARTIES,
        "LAO",
        "d:1",
        own_event="d:1:0",
        promisee=promisee,
        topic_codes=("16",),
        against_promisor=against,
        named=named,
    )
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "topic_text", "pledge"),
    [
        # in the grader's topic words
        (
            "He said Laos would respect U.N. Security Council resolutions on Iran.",
            "U.N. Security Council resolutions on Iran",
            "LAO:sanctions@IRN",
        ),
        # in the clause of the sentence that holds the topic words
        (
            "He said Laos would enforce the sanctions against Iran, his office said.",
            "the sanctions",
            "LAO:sanctions@IRN",
        ),
        # not in another clause: the ban on Japanese imports is about Japan, not Iran
        (
            "He said Laos would lift its ban on Japanese imports, while sanctions on Iran stay.",
            "its ban",
            "LAO:sanctions@JPN",
        ),
    ],
)
def test_a_pledge_on_measures_is_keyed_on_the_country_its_words_name(
    store: Store, sentence: str, topic_text: str, pledge: str
) -> None:
    """Laos's leader, at a summit with Japan's prime minister, speaks of the measures on Iran;
    the promisee is the United Nations."""
    add_document(
        store,
        "lao-summit",
        "2033-06-14",
        [
            (
                "The Lao president met the Japanese prime minister in Vientiane on Tuesday.",
                [E("040", "LAOGOV", "JPNGOV", action_text="met")],
            ),
            (
                sentence,
                [
                    commitment_event(
                        C("sanctions", promisor="LAO", promisee="IGOUNO", topic_text=topic_text),
                        cameo="080",
                    )
                ],
            ),
        ],
    )
    rebuild_ledger(store)
    ids = [p.id for p in load_pledges(store) if p.promisor == "LAO"]
    assert ids == [pledge]
