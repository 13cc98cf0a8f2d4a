"""Event phenomena of the PLOVER-misses pass (issue 3, helper plover21), sentences written here.

A speaker described by a participle after the quote ("..., a member of the team trying to
broker a deal said") keeps the participle as background and the quote as the report's content;
the aim of an intended act is no act of its own ("is willing to send material to help defend
X"); shunning work is a strike; going back on a promise is aimed at the one promised, also of
the promiser's own country; the "by" phrase of what an authority orders names who is to act,
no one the act is done to; another's ally or proxy is not that other.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from pledgewatch.events.promised_parties import promised_parties
from pledgewatch.events.speaker_participles import restore_speaker_participle
from tests.conftest import coded_events, coded_readings, matched_mentions

DAY = dt.date(2013, 6, 1)
REPORTING = frozenset({"say", "tell", "report", "add"})


def readings(coder, text: str) -> set[tuple[str, str, str, str]]:
    return coded_readings(coder, text, DAY)


def main_triples(coder, text: str) -> set[tuple[str, str, str]]:
    """(source, target, code) of the events the CAMEO view counts (main role only)."""
    from pledgewatch.events import DocContext

    found = coder.code_text(text, DocContext(doc_id="t", date=DAY)).findings
    return {
        (f.event.source or "?", f.event.target or "?", f.event.cameo)
        for f in found
        if f.role == "main"
    }


# --- a speaker's participle after the quote ----------------------------------------------------


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    nlp = spacy.blank("en")
    doc = spacy.tokens.Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
        token.pos_ = {"NN": "NOUN", "NNP": "PROPN", "VBG": "VERB", "VBD": "VERB"}.get(tag, "X")
        token.lemma_ = {"said": "say"}.get(token.lower_, token.lower_)
    return doc


def _misread_speaker(participle_dep: str = "ccomp", with_aux: bool = False):
    """ "Kenya called, a spokesman trying to mediate said ." as the small parser reads it: the
    speaker the subject of the participle, "said" with no subject."""
    words = ["Kenya", "called", ",", "a", "spokesman", "trying", "to", "mediate", "said", "."]
    heads = [1, 5, 5, 4, 5, 8, 7, 5, 8, 8]
    deps = ["nsubj", "ccomp", "punct", "det", "nsubj", participle_dep, "aux", "xcomp", "ROOT"]
    deps.append("punct")
    tags = ["NNP", "VBD", ",", "DT", "NN", "VBG", "TO", "VB", "VBD", "."]
    if with_aux:
        words[5:5] = ["is"]
        heads = [h + (h >= 5) for h in heads]
        heads[5:5] = [6]
        deps[5:5] = ["aux"]
        tags[5:5] = ["VBZ"]
    return _parsed(words, heads, deps, tags)


def test_speaker_participle_is_rehung_under_the_reporting_verb() -> None:
    doc = _misread_speaker()
    assert restore_speaker_participle(doc[:], REPORTING)
    said, spokesman, trying, called = doc[8], doc[4], doc[5], doc[1]
    assert (spokesman.head, spokesman.dep_) == (said, "nsubj")
    assert (trying.head, trying.dep_) == (spokesman, "acl")
    assert (called.head, called.dep_) == (said, "ccomp")  # the quote is the report's content


def test_speaker_participle_left_alone_when_it_is_a_clause() -> None:
    doc = _misread_speaker(with_aux=True)  # "a spokesman is trying": a clause of its own
    assert not restore_speaker_participle(doc[:], REPORTING)


def test_speaker_participle_needs_a_reporting_verb() -> None:
    doc = _misread_speaker()
    assert not restore_speaker_participle(doc[:], frozenset({"announce"}))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the mediation is what the speaker's team does, not news of the sentence
        (
            "The rebels have attacked the town again, a member of the Nigerian team trying "
            "to broker a peace deal has said.",
            ("---REB", "?", "190", "reported"),
            ("NGA", "?", "045", "reported"),
        ),
        # the quoted call is Kenya's, reported by the union's spokesman
        (
            "Kenya has called for calm, a spokesman for the African Union team trying to "
            "mediate in the crisis said.",
            ("KEN", "?", "020", "reported"),
            ("IGOAFRAFU", "?", "020", "reported"),
        ),
        # the speaker named first was always read so: unchanged
        (
            "A spokesman for the team trying to mediate said Kenya had called for calm.",
            ("KEN", "?", "020", "reported"),
            None,
        ),
    ],
)
def test_speaker_participle_in_a_sentence(coder, text, expected, absent) -> None:
    found = readings(coder, text)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
def test_speaker_participle_is_background(coder) -> None:
    text = (
        "The rebels have attacked the town again, a member of the Nigerian team trying to "
        "broker a peace deal has said."
    )
    roles = {(e.cameo, f.role) for f, e in _findings(coder, text)}
    assert ("045", "background") in roles, roles
    assert ("010", "frame") in roles, roles


def _findings(coder, text: str):
    from pledgewatch.events import DocContext

    return [(f, f.event) for f in coder.code_text(text, DocContext(doc_id="t", date=DAY)).findings]


# --- the aim of an intended act ----------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # "send material" codes nothing; the help is the intent's aim, not aid given
        (
            "NATO member Norway is willing to send material to help defend Portugal if it is "
            "attacked.",
            ("NOR", "PRT", "030"),
            ("NOR", "PRT", "070"),
        ),
        # an agreement to send engineers is not help given
        (
            "Japan agreed to send engineers to help rebuild roads in Haiti.",
            ("JPN", "?", "030"),
            ("JPN", "HTI", "070"),
        ),
        # a coded intent's composed act: its aim is the same event
        (
            "Norway is willing to send troops to help defend Latvia.",
            None,
            ("NOR", "LVA", "070"),
        ),
    ],
)
def test_aim_of_an_intended_act_is_no_event(coder, text, kept, dropped) -> None:
    found = main_triples(coder, text)
    if kept is not None:
        assert kept in found, found
    assert dropped not in found, found


@pytest.mark.model
def test_aim_of_a_deed_stays_its_consequence(coder) -> None:
    """Unchanged: troops sent to help are the sending, the help its aim."""
    found = main_triples(coder, "Germany sent troops to help defend Lithuania.")
    assert ("DEU", "LTU", "154") in found, found
    assert ("DEU", "LTU", "070") not in found, found


# --- shunning work is a strike -----------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Workers shunned work to protest against the new tax.", ("---LAB", "?", "143"), "120"),
        ("Dock workers shunned their jobs for a second day.", ("---LAB", "?", "143"), "120"),
        # shunning a party is still a rejection, no strike
        ("Voters shunned the ruling party in the election.", None, "143"),
    ],
)
def test_shunning_work_is_a_strike(coder, text, expected, absent) -> None:
    found = main_triples(coder, text)
    if expected is not None:
        assert expected in found, found
    assert absent not in {code for _, _, code in found}, found


# --- going back on a promise --------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ruto has reneged on his commitment to the Kenyan people for holding "
            "elections under a new law.",
            ("KENGOV", "KENCVL", "120"),
        ),
        (
            "The government went back on its promise to Ukrainian farmers.",
            ("---GOV", "UKRAGR", "120"),
        ),
        (
            "The junta abandoned its pledge to the African Union to hold elections.",
            ("---GOV", "IGOAFRAFU", "120"),
        ),
        # another country's was found before and still is
        ("Germany reneged on its commitment to Greece.", ("DEU", "GRC", "120")),
    ],
)
def test_going_back_on_a_promise_is_aimed_at_the_one_promised(coder, text, expected) -> None:
    found = main_triples(coder, text)
    assert expected in found, found


@pytest.mark.model
def test_abandoning_positions_is_no_broken_promise(coder) -> None:
    found = {e.cameo for e in coded_events(coder, "The rebels abandoned their positions.", DAY)}
    assert "120" not in found, found


def test_promised_parties_reads_the_to_phrase_of_a_promise_noun() -> None:
    nlp = spacy.blank("en")
    words = ["He", "reneged", "on", "his", "pledge", "to", "farmers", "."]
    heads = [1, 1, 1, 4, 2, 4, 5, 1]
    deps = ["nsubj", "ROOT", "prep", "poss", "pobj", "prep", "pobj", "punct"]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    for token in doc:
        token.lemma_ = token.lower_
    assert [(t.text, rel) for t, rel in promised_parties(doc[1], {"pledge"})] == [("farmers", "to")]
    assert promised_parties(doc[1], {"promise"}) == []  # not a promise noun of the class


# --- who is ordered to act ----------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent_target"),
    [
        # the police and troops patrol: the order is aimed at no one
        (
            "The governor of Punjab province has ordered patrols by police and paramilitary "
            "troops after riots by rival groups.",
            ("---GOV", "?", "150"),
            "---COP",
        ),
        # the "of" phrase of an ordered arrest is still whom it is done to
        (
            "The court ordered the arrest of the former Kenyan minister.",
            ("---JUD", "KENELI", "173"),
            None,
        ),
        # a demand to end attacks by X is aimed at X: not a command
        (
            "The UN demanded an end to attacks by the army.",
            ("IGOUNO", "---MIL", "1056"),
            None,
        ),
    ],
)
def test_the_doers_of_an_order_are_no_target(coder, text, expected, absent_target) -> None:
    found = main_triples(coder, text)
    assert expected in found, found
    if absent_target is not None:
        assert absent_target not in {target for _, target, _ in found}, found


# --- another's ally ------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the militia allied to Syria is not Syrian: the place it is in is what is left
        (
            "Gunmen killed a commander of Syria's militia ally in northern Lebanon.",
            ("---UAF", "LBN", "180"),
            ("---UAF", "SYRMIL", "180"),
        ),
        # Iran's allies are not Iran
        (
            "Hezbollah fighters attacked Iran's allies in the north.",
            ("LBNREB", "?", "190"),
            ("LBNREB", "IRN", "190"),
        ),
        # a named side's allies are its own members, a nationality's allies of that nation
        (
            "NATO allies agreed to send troops to Afghanistan.",
            ("IGOWSTNAT", "AFG", "154"),
            None,
        ),
        (
            "Rebels attacked a convoy of America's Afghan allies near Kabul.",
            ("---REB", "AFG", "190"),
            ("---REB", "USA", "190"),
        ),
        # a country's own army is still its own
        (
            "Gunmen killed a commander of Syria's army in northern Lebanon.",
            ("---UAF", "SYRMIL", "180"),
            None,
        ),
    ],
)
def test_anothers_ally_is_not_that_other(coder, text, expected, absent) -> None:
    found = main_triples(coder, text)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
def test_agent_linked_to_an_allys_owner_has_no_country(nlp) -> None:
    found = matched_mentions(nlp, "A commander of Syria's militia ally was killed.", DAY)
    assert ("commander of Syria", "SYRMIL") not in found, found
    kept = matched_mentions(nlp, "A commander of Syria's army was killed.", DAY)
    assert any(code == "SYRMIL" for _, code in kept), kept
