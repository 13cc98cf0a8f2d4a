"""A printed statement's own voice: agentless verdicts and fates are its issuer's acts.

events/declared_ends.py ("The talks are dead." in a statement: the issuer breaks off talks,
164; "The treaty is null and void.": it renounces the treaty, 127), events/voiced_fates.py
("The United States would pay a heavy price.": the issuer's threat, 130) and
events/statement_voice.py (whose voice: the publisher of a document of kind statement, resolved
through the actor dictionary, or the author of a header "issued the following statement:"; a
news report's own agentless sentence is nobody's act). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events import DocContext, EventCoder
from pledgewatch.events.declared_ends import load_declaration_words

DAY = dt.date(2019, 5, 8)


def readings(coder: EventCoder, text: str, publisher: str | None, kind: str | None) -> set:
    """(source, target, CAMEO code, modality) of every event of ``text``."""
    ctx = DocContext(doc_id="v53", date=DAY, publisher=publisher, kind=kind)
    return {
        (e.source or "?", e.target or "?", e.cameo, e.modality)
        for e in coder.code_text(text, ctx).events
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("publisher", "kind", "text", "expected"),
    [
        # an agreement declared dead: renounced by the publisher (IRNGOV), asserted
        (
            "Iranian Foreign Ministry",
            "statement",
            "The nuclear framework agreement is dead.",
            ("IRNGOV", "?", "127", "asserted"),
        ),
        # "null and void": the whole predicate is a verdict
        (
            "Soviet Foreign Ministry",
            "statement",
            "The friendship treaty is null and void.",
            ("RUSGOV", "?", "127", "asserted"),
        ),
        # talks declared over: the publisher breaks off negotiations
        (
            "Iranian Foreign Ministry",
            "statement",
            "The negotiations on the enrichment program are over.",
            ("IRNGOV", "?", "164", "asserted"),
        ),
        # "there will be no more talks": the same end, from now on
        (
            "Iranian Foreign Ministry",
            "statement",
            "There will be no more talks on the missile program.",
            ("IRNGOV", "?", "164", "future"),
        ),
        (
            "Iranian Foreign Ministry",
            "statement",
            "There will no longer be negotiations on the missile program.",
            ("IRNGOV", "?", "164", "future"),
        ),
        # the ended talks' other party is the target
        (
            "Iranian Foreign Ministry",
            "statement",
            "The talks with the United States are over.",
            ("IRNGOV", "USA", "164", "asserted"),
        ),
        # a fate foretold in the statement's voice: the publisher's threat at the sufferer
        (
            "Iranian Foreign Ministry",
            "statement",
            "The United States will bear the responsibility for all the consequences.",
            ("IRNGOV", "USA", "130", "asserted"),
        ),
        (
            "Soviet Foreign Ministry",
            "statement",
            "The United States would pay a heavy price for any aggression.",
            ("RUSGOV", "USA", "130", "asserted"),
        ),
    ],
)
def test_a_statement_speaks_in_its_publishers_voice(
    coder: EventCoder, publisher, kind, text, expected
) -> None:
    found = readings(coder, text, publisher, kind)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("publisher", "kind", "text"),
    [
        # a news report's own agentless sentences are nobody's act
        ("Reuters", "news", "The nuclear talks are dead, analysts say."),
        ("Reuters", "news", "The nuclear talks are over."),
        ("Reuters", None, "The friendship treaty is null and void."),
        # a statement's negated, hedged or time-bound verdicts declare nothing
        ("Iranian Foreign Ministry", "statement", "The nuclear talks are not dead."),
        ("Iranian Foreign Ministry", "statement", "The nuclear talks may be over."),
        ("Iranian Foreign Ministry", "statement", "The talks were over by noon."),
        # a plain "no talks" refuses talks not held; it ends none
        ("Iranian Foreign Ministry", "statement", "There will be no talks on the missiles."),
        # another's words quoted by the statement are not the issuer's verdict
        ("Iranian Foreign Ministry", "statement", "Washington claims that the talks are dead."),
        # a joint statement speaks with several voices
        ("Iranian Foreign Ministry", "joint_statement", "The nuclear talks are dead."),
    ],
)
def test_no_declared_end_without_an_issuers_voice(coder: EventCoder, publisher, kind, text) -> None:
    found = readings(coder, text, publisher, kind)
    own = {"Reuters": "GBRMED", "Iranian Foreign Ministry": "IRNGOV"}[publisher]
    assert not any(
        code in ("164", "127") and source in (own, "?") for source, _, code, _ in found
    ), found


@pytest.mark.model
def test_a_fate_of_the_issuers_own_country_is_no_threat(coder: EventCoder) -> None:
    found = readings(
        coder,
        "Iran will pay any price for its independence.",
        "Iranian Foreign Ministry",
        "statement",
    )
    assert not any(code == "130" for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the header's colon inside the sentence: the text after it is the author's
        (
            "TEHRAN -- The Iranian Foreign Ministry issued the following statement on Sunday:"
            " The nuclear framework agreement is null and void.",
            ("IRNGOV", "?", "127", "asserted"),
        ),
        # the next sentences too, in a news report
        (
            "TEHRAN -- The Iranian Foreign Ministry issued the following statement on Sunday:"
            " We reject the resolution. There will be no further negotiations on the missiles.",
            ("IRNGOV", "?", "164", "future"),
        ),
    ],
)
def test_a_printed_text_speaks_in_its_headers_voice(coder: EventCoder, text, expected) -> None:
    found = readings(coder, text, "Reuters", "news")
    assert expected in found, found


@pytest.mark.model
def test_a_declared_end_is_dated_as_the_statement(coder: EventCoder) -> None:
    """ "the June 15 declaration" names a text: the act is the statement's, on its day."""
    ctx = DocContext(doc_id="v53", date=DAY, publisher="Iranian Foreign Ministry", kind="statement")
    events = coder.code_text("The June 15 agreement is dead.", ctx).events
    ended = [e for e in events if e.cameo == "127"]
    assert ended and all(e.date == DAY for e in ended), [(e.cameo, e.date) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "bear the responsibility for the consequences" is a fate, as "pay a price" is
        (
            "Seoul warned that Pyongyang would bear full responsibility for the consequences.",
            ("KORGOV", "PRKGOV", "130", "asserted"),
            None,
        ),
        # bearing responsibility for a past act is no fate
        ("Japan bears responsibility for the war, China said.", None, ("CHN", "JPN", "130")),
    ],
)
def test_bearing_responsibility_for_the_consequences(
    coder: EventCoder, text, expected, absent
) -> None:
    found = readings(coder, text, "Reuters", "news")
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert not any(r[:3] == absent for r in found), found


def test_declaration_words_load_and_refuse_a_bad_file(tmp_path) -> None:
    words = load_declaration_words()
    assert "null and void" in words.verdicts and "null" in words.verdicts
    assert "statement" in words.statement_kinds
    assert ("@negotiations", "164") in words.ended_codes
    bad = tmp_path / "declared_ends.yaml"
    bad.write_text("statement_kinds: [statement]\nverdicts: dead\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_declaration_words(str(bad))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dead" is a halt idiom, as "over" is: the speaker breaks off the talks
        ("Tehran said the nuclear talks were dead.", ("IRNGOV", "?", "164", "asserted")),
        # negated, nothing is broken off
        ("Tehran said the nuclear talks were not dead.", None),
        # an onlooker's verdict breaks off nothing
        ("Analysts said the nuclear talks were over.", None),
    ],
)
def test_talks_said_to_be_dead_are_broken_off(coder: EventCoder, text, expected) -> None:
    found = readings(coder, text, "Reuters", "news")
    if expected is None:
        assert not any(code == "164" for _, _, code, _ in found), found
    else:
        assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bolstering or strengthening one's forces is increasing them (154), as reinforcing is
        ("Iran will strengthen its missile forces.", ("IRN", "?", "154", "future")),
        ("Moscow will bolster its troops in the region.", ("RUSGOV", "?", "154", "future")),
        # strengthening ties stays cooperation
        ("Japan will strengthen ties with India.", ("JPN", "IND", "050", "future")),
    ],
)
def test_bolstered_forces_are_increased(coder: EventCoder, text, expected) -> None:
    found = readings(coder, text, "Reuters", "news")
    assert any(r[0] == expected[0] and r[2:] == expected[2:] for r in found), found
