"""The promisee a pledge's own act does not give (brief grader33, the seed-60 audit), in
sentences of our own: the one the promisor's side told, the party of an offer's condition, the
holder of what a demand asks released, the other party of the agreement the story named before;
and a partner or the party met in place of the owner of the thing acted on. A third party's
telling, a third state's statement and a sentence with no such party stay as they were.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _pledges(text: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, promisor country, promisee country) of each pledge of the text's last sentence."""
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = f"{sentences[-1].doc_id}:{sentences[-1].index}"
    return [
        (
            e.commitment.kind,
            (e.commitment.promisor or "")[:3] or None,
            (e.commitment.promisee or "")[:3] or None,
        )
        for e in events
        if e.commitment is not None and e.commitment.kind != "statement" and e.sentence_id == last
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the promisor's own side told it to a party: made to that party
        (
            "Zelensky told Chancellor Olaf Scholz on Monday that his country was ready to "
            "resume grain exports.",
            {("promise", "UKR", "DEU")},
        ),
        # an offer whose condition is another party's act: made to that party
        (
            "They said Japan would consider food aid again only if Pyongyang changed its "
            "behaviour.",
            {("promise", "JPN", "PRK")},
        ),
        (
            "Officials said the European Union would consider budget support again only if "
            "Hungary restored judicial independence.",
            {("promise", "IGO", "HUN")},
        ),
        # the release of one's own is asked of whoever the story told seized it
        (
            "Guinea seized a Bolivian cargo plane last week. Bolivia demanded the release of "
            "its plane and crew.",
            {("demand", "BOL", "GIN")},
        ),
        # an agreement's promise: the other party of the agreement the story named before
        (
            "Chile and Peru released different versions of their border agreement on Friday. "
            "The Chilean statement said Peru would withdraw its troops from the disputed strip.",
            {("promise", "PER", "CHL")},
        ),
        # a pair's joint act on a third state's thing: each partner's promisee is the other
        (
            "France and Germany agreed on Saturday on a plan to clear Serbia's border mines by "
            "the end of next year.",
            {("promise", "FRA", "DEU"), ("promise", "DEU", "FRA")},
        ),
        # a headline's urging: the one met, not the owner of what is to end
        (
            "Blinken meets Vietnam president, urges end to Russia arms deals",
            {("demand", "USA", "VNM")},
        ),
    ],
)
def test_promisee_from_the_sentence_or_story(text, expected):
    assert set(_pledges(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third party's telling relays the pledge, made to no one it names
        (
            "Macron told Chancellor Olaf Scholz on Monday that Poland was ready to send more "
            "tanks.",
            {("promise", "POL", None)},
        ),
        # a third state's statement of another's agreement names no partner
        (
            "Chile and Peru released different versions of their border agreement on Friday. "
            "The Argentine statement said Peru would withdraw its troops from the disputed "
            "strip.",
            {("promise", "PER", None)},
        ),
        # no seizure told: no holder
        (
            "Bolivia demanded the release of its plane and crew.",
            {("demand", "BOL", None)},
        ),
    ],
)
def test_no_promisee_without_such_a_party(text, expected):
    assert set(_pledges(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two sides" of the agreement stand for the story's pair
        (
            "Ecuador and Peru met in Brasilia on Monday. The border deal was part of the "
            "agreement that the two sides announced in October. Under that agreement, Peru "
            "agreed to a moratorium on new border posts.",
            {("promise", "PER", "ECU")},
        ),
        # the nearest agreement told names no party: an older one is no guide (without it,
        # the talks of May would give Chile)
        (
            "In May, Chile said Peru was ready to discuss a withdrawal during talks. The border "
            "agreement of June was the only written pledge. Peru agreed to a moratorium on new "
            "border posts.",
            {("promise", "PER", None)},
        ),
    ],
)
def test_the_agreement_told_nearest_decides(text, expected):
    assert set(_pledges(text)) == expected


def test_a_government_statement_of_its_own_talks():
    """A ministry's statement telling "talks with" a state: the ministry's state is the other
    party of what that state agreed to (a state one left from is a place, no party)."""
    from pledgewatch.coding import context_for_text, shared_coder

    text = (
        "A Japanese delegation has returned from Vienna after a second round of talks with "
        "Iran. Iran has agreed to a moratorium on new centrifuges."
    )
    ctx = dataclasses.replace(
        context_for_text(DAY), publisher="Japanese Foreign Ministry", kind="statement"
    )
    _sentences, events, _flags = shared_coder().code_text(text, ctx)
    pledges = [e.commitment for e in events if e.commitment and e.commitment.kind == "promise"]
    assert [(c.promisor, (c.promisee or "")[:3]) for c in pledges] == [("IRN", "JPN")]


def _demanders(text: str) -> set[tuple[str | None, str | None]]:
    """(demander, asked) of each demand of the text's last sentence."""
    return {(p, e) for kind, p, e in _pledges(text) if kind == "demand"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted list demanded just before: the list's first demander
        (
            "France and Germany have demanded that Serbia take three steps before talks can "
            "resume. Serbia should allow monitors to return to the border and should declare a "
            "moratorium on troop movements.",
            {("FRA", "SRB")},
        ),
        # no list demanded: the analyst's own "should", no demander
        (
            "France and Germany have criticised Serbia over the talks. Serbia should allow "
            "monitors to return to the border and should declare a moratorium on troop "
            "movements.",
            {(None, "SRB")},
        ),
        # the list three sentences back is out of reach
        (
            "France and Germany have demanded that Serbia take three steps before talks can "
            "resume. The talks stalled in May after a clash. Fighting resumed in June. Serbia "
            "should allow monitors to return to the border.",
            {(None, "SRB")},
        ),
    ],
)
def test_demander_of_a_counted_list(text, expected):
    assert _demanders(text) == expected
