"""What a promise outside the taxonomy is about (generic43): the ledger keys it by the promised
act and its object (``commitments.generic_keys``, ``ledger.generic_slugs``,
``data/commitments/generic_keys.yaml``), not by a slug of the speaker's words. One promise told
in different words has one key; different promises of one promisor keep theirs; a promise
retold as a noun takes the promise its report names, else an unspecified key. Every sentence
is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from pledgewatch.ledger import load_topic_actions
from pledgewatch.ledger.generic_slugs import (
    bare_acts_keyed,
    generic_label,
    generic_slug,
    retold_in_story,
    words_slug,
)
from pledgewatch.ledger.grouping import Candidate, mention_from_row
from pledgewatch.ledger.records import Mention

DAY = dt.date(2027, 5, 4)


def _keys(text: str) -> list[tuple[str | None, str]]:
    """(promisor country, slug) of every generic pledge graded in the text."""
    from pledgewatch.coding import context_for_text, shared_coder
    from pledgewatch.ledger.keys import country_key

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    found = []
    for event in events:
        c = event.commitment
        if c is None or c.kind == "statement" or c.topic != "other":
            continue
        country = country_key(c.promisor)
        found.append((country, generic_slug(c.topic_key, c.topic_text, country)))
    return found


# --- 1. one promise, told in different words, one key ------------------------------------------

ONE_PROMISE = [
    # the promisor's own names and pronouns are no part of the act; another state is its code
    (
        [
            "Officials said Santiago would not reward Bolivia for violating the treaty.",
            '"We will not reward Bolivia for its provocations," the Chilean foreign minister said.',
        ],
        ("CHL", "reward-bol"),
    ),
    # a commission set up to study: the study is the act
    (
        [
            "Peru and Ecuador agreed to set up a joint commission to study a highway through "
            "the Andes.",
            "Peru and Ecuador agreed to study a highway through the Andes.",
        ],
        ("PER", "study-highway"),
    ),
    # a plan to remove, told with its day, or with a second verb: removing is the act
    (
        [
            "Russia agreed on a plan to remove Syria's chemical weapons.",
            "Russia and the United States agreed on Saturday on a plan to remove or destroy "
            "Syria's chemical weapons by the middle of next year.",
        ],
        ("RUS", "remove-weapon-syr"),
    ),
    # steps taken to improve, or trying to: improving is the act
    (
        [
            "Ecuador said it would take steps to improve relations with Peru.",
            "Ecuador said it would try to improve relations with Peru.",
        ],
        ("ECU", "improve-relation-per"),
    ),
    # what qualifies the deal and when it was reached are no part of the act
    (
        [
            "Iran and six world powers reached an interim deal on Sunday.",
            "Iran reached an interim nuclear deal with six powers.",
        ],
        ("IRN", "reach-deal"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("texts", "key"), ONE_PROMISE)
def test_one_promise_told_in_different_words_has_one_key(
    texts: list[str], key: tuple[str, str]
) -> None:
    for text in texts:
        assert key in _keys(text), text


# --- 2. the act and its object, never the object alone -----------------------------------------

ACTS = [
    ("Venezuela said it would keep supporting Cuba.", ("VEN", "support-cub")),
    ("Venezuela said it would keep supporting the refugees.", ("VEN", "support-refugee")),
    ("Humala has promised a policy of trust-building with Chile.", (None, "build-trust")),
    # a nominal act in "-ing" keys as the model's verb: making -> make, not "mak"
    ("Humala has promised a policy of peace-making with Chile.", (None, "make-peace")),
    (
        "Chilean President Michelle Bachelet said she would build trust step by step with Lima.",
        ("CHL", "build-trust"),
    ),
    # declining, going on, trying: the complement is the act; "keep" with no complement is
    (
        "The Chinese foreign ministry declined to blame Vietnam for the collision.",
        ("CHN", "blame-vnm"),
    ),
    (
        '"We will continue to try to keep the momentum," the Bolivian envoy told reporters.',
        ("BOL", "keep-momentum"),
    ),
    ("Canada said it would keep the strait open.", ("CAN", "keep-strait")),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "key"), ACTS)
def test_the_key_holds_the_act_and_its_object(text: str, key: tuple[str | None, str]) -> None:
    assert key in _keys(text)


# --- 3. different promises of one promisor keep their keys -------------------------------------

DIFFERENT = [
    (
        "Ecuador said it would take steps to improve relations with Peru.",
        "Ecuador said it would take steps to improve relations with Chile.",
    ),
    (
        "Venezuela said it would keep supporting Cuba.",
        "Venezuela said it would keep supporting the refugees.",
    ),
    (
        "Peru agreed on Friday on a plan to remove the mines along the border.",
        "Peru and Ecuador agreed to study a highway through the Andes.",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("one", "other"), DIFFERENT)
def test_different_promises_of_one_promisor_do_not_fold(one: str, other: str) -> None:
    first, second = _keys(one), _keys(other)
    assert first and second
    assert not set(first) & set(second)


# --- 4. a promise retold as a noun ---------------------------------------------------------------

RETOLD = [
    (
        "The official said the test would break the commitments that Bolivia made last year.",
        ("BOL", "unspecified"),
    ),
    (
        "The minister said Bolivia would keep the promise that La Paz made to Chile.",
        ("BOL", "unspecified"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "key"), RETOLD)
def test_a_promise_retold_with_no_content_is_unspecified(text: str, key: tuple) -> None:
    assert key in _keys(text)


# --- 5. why or how a promise came about is no part of it ----------------------------------------

CIRCUMSTANCES = [
    # an agreement retold with only its occasion: no content, not "request @CHL"
    (
        "The Bolivian text says La Paz agreed at the request of Chile, and only while talks last.",
        ("BOL", "unspecified"),
    ),
    # the parse hangs the infinitive on the circumstance: it is still the act
    (
        "Officials said Peru agreed at the request of Chile to reopen the border.",
        ("PER", "reopen-border"),
    ),
]

#: the same noun as an object keeps its place in the key
KEPT_OBJECTS = [("Quito called for a calm and measured response.", ("ECU", "call-response"))]


@pytest.mark.model
@pytest.mark.parametrize(("text", "key"), CIRCUMSTANCES)
def test_a_promises_circumstance_is_no_part_of_its_key(text: str, key: tuple) -> None:
    keys = _keys(text)
    assert key in keys
    assert not any("request" in slug for country, slug in keys if country == key[0])


@pytest.mark.model
@pytest.mark.parametrize(("text", "key"), KEPT_OBJECTS)
def test_a_circumstance_noun_as_an_object_is_kept(text: str, key: tuple) -> None:
    assert key in _keys(text)


# --- the ledger's side: key words to slug, and the passes over candidates -----------------------


@pytest.mark.parametrize(
    ("key_words", "text", "promisor", "slug"),
    [
        ("reward @PRKGOV", "x", "USA", "reward-prk"),
        ("reward @USAGOV @PRK", "x", "USA", "reward-prk"),  # the promisor's own name is dropped
        # the promisor's own country as where it returns: home (ledger33, movement_keys)
        ("return @USA", "x", "USA", "return-home"),
        ("set up commission", "x", "KOR", "set-up-commission"),
        (None, "to hold a summit with Lee", "PRK", "hold-summit-lee"),  # coded before the keys
        ("", "", "PRK", "unspecified"),
        ("unspecified", "commitments", "PRK", "unspecified"),
    ],
)
def test_generic_slug(key_words: str | None, text: str, promisor: str, slug: str) -> None:
    assert generic_slug(key_words, text, promisor) == slug
    assert words_slug("to hold a summit") == "hold-summit"


def row(**values: Any) -> dict[str, Any]:
    base = {
        "event_id": "d:0:0",
        "doc_id": "d",
        "sentence_id": "d:0",
        "kind": "refusal",
        "strength": "refused",
        "promisor": "CHLGOV",
        "promisee": "BOLGOV",
        "topic": "other",
        "topic_text": "We will not reward Bolivia for its provocations",
        "speaker": "CHLGOV",
        "first_party": True,
        "formality": "official",
        "in_headline": False,
        "data": {"topic": "other", "topic_key": "reward @BOLGOV"},
        "date": dt.date(2029, 3, 1),
        "published": dt.date(2029, 3, 1),
        "evidence": "text",
    }
    base.update(values)
    return base


@pytest.mark.parametrize(
    ("values", "topic"),
    [
        ({}, "other:reward-bol"),
        ({"topic_text": "Santiago will not reward La Paz"}, "other:reward-bol"),
        ({"data": {}}, "other:we-not-reward-bolivia-provocations"),  # no key words: the words
    ],
)
def test_a_row_is_keyed_by_its_key_words(values: dict[str, Any], topic: str) -> None:
    candidate = mention_from_row(row(**values), load_topic_actions())
    assert candidate is not None and candidate.topic == topic


def _candidate(topic: str, doc: str, promisor: str = "BOL", text: str = "x") -> Candidate:
    mention = Mention(
        event_id=f"{doc}:{topic}",
        doc_id=doc,
        sentence_id=f"{doc}:0",
        date=dt.date(2029, 3, 1),
        kind="promise",
        strength="firm",
        conditional=False,
        hedged=False,
        first_party=False,
        formality="reported",
        promisor=promisor,
        promisee=None,
        speaker=None,
        topic_text=text,
    )
    return Candidate(promisor, topic, mention, topic.startswith("other:"))


@pytest.mark.parametrize(
    ("others", "retold"),
    [
        # the report names one promise of Bolivia's: the retold one is it
        ([("missile_launch_moratorium", "a", "BOL")], "missile_launch_moratorium"),
        ([("other:open-border-per", "a", "BOL")], "other:open-border-per"),
        # none, another report's, another promisor's, or two: it stays unnamed
        ([], "other:unspecified"),
        ([("missile_launch_moratorium", "b", "BOL")], "other:unspecified"),
        ([("missile_launch_moratorium", "a", "PER")], "other:unspecified"),
        (
            [("missile_launch_moratorium", "a", "BOL"), ("other:open-border-per", "a", "BOL")],
            "other:unspecified",
        ),
    ],
)
def test_a_retold_promise_is_the_one_its_report_names(
    others: list[tuple[str, str, str]], retold: str
) -> None:
    found = retold_in_story(
        [_candidate(t, d, p) for t, d, p in others] + [_candidate("other:unspecified", "a")]
    )
    assert found[-1].topic == retold
    assert found[-1].generic == retold.startswith("other:")


@pytest.mark.parametrize(
    ("keys", "bare"),
    [
        (["other:reward-prk"], "other:reward-prk"),
        ([], "other:reward"),
        (["other:reward-prk", "other:reward-irn"], "other:reward"),  # which one: not told
        (["other:rewarding-prk"], "other:reward"),  # another word
    ],
)
def test_an_act_told_with_no_object_joins_the_promisors_one_such_pledge(
    keys: list[str], bare: str
) -> None:
    found = bare_acts_keyed(
        [_candidate(k, "a", "USA") for k in keys] + [_candidate("other:reward", "b", "USA")]
    )
    assert found[-1].topic == bare


def test_a_generic_pledge_is_labelled_by_its_words() -> None:
    mention = _candidate("other:reward-prk", "a", text="not reward North Korea").mention
    assert generic_label("other:reward-prk", [mention]) == "not reward North Korea"
    assert generic_label("other:unspecified", [mention]) == (
        "an unnamed promise (not reward North Korea)"
    )
    blank = dataclasses.replace(mention, topic_text=None)
    assert generic_label("other:reward-prk", [blank]) == "reward prk"
    assert generic_label("missile_launch_moratorium", [mention]) is None
