"""A complaint's speaker named after it speaks; it is not protested (events48).

Sentences written here (events/postposed_speakers.py, verbs.tsv protest.v_clause): in
"<clause>, a rights group protested on Monday" the small parser read "a group protested" as a
noun with a passive participle, so the group was the patient of a demonstration. Re-hung, the
group is the speaker, and a verbal protest (PLOVER: verbal and diplomatic protests are ACCUSE)
is a disapproval (110), as "complained" is. A demonstration stays 140.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.postposed_speakers import restore_postposed_speaker
from tests.conftest import assert_coded, coded_readings

DAY = dt.date(2003, 4, 8)
COMPLAINT = frozenset({"protest", "complain", "object"})
SPEAKERS = frozenset({"group"})


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Slovak police are refusing to protect the homes of Roma families, a Czech rights"
            " group protested here on Tuesday.",
            ("CZEHRI", "?", "110", "asserted"),
            ("?", "CZEHRI", "140", "asserted"),
        ),
        (  # said first, the same complaint
            "A Czech rights group protested that Slovak police were beating Roma families.",
            ("CZEHRI", "?", "110", "asserted"),
            ("CZEHRI", "?", "140", "asserted"),
        ),
        (  # a demonstration is still one
            "Czech students protested outside the Slovak embassy on Tuesday.",
            ("CZEEDU", "SVKGOV", "140", "asserted"),
            None,
        ),
    ],
)
def test_a_postposed_protester_speaks(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "changed"),
    [
        (
            "Slovak police are refusing to protect Roma homes, a Czech rights group protested"
            " on Tuesday.",
            True,
        ),
        # the participle has an agent: a passive, not a speaker
        ("Slovak police beat a Roma man, a fact protested by Czech groups.", False),
        # the speaker comes first: nothing to mend
        ("A Czech rights group said Slovak police are refusing to protect Roma homes.", False),
    ],
)
def test_the_repair_rehangs_only_the_misread_shape(nlp, text, changed) -> None:
    sentence = next(iter(nlp(text).sents))
    misread = any(t.dep_ == "acl" and t.lemma_ == "protest" for t in sentence)
    assert restore_postposed_speaker(sentence, COMPLAINT, SPEAKERS) is (changed and misread)
    if changed and misread:
        root = next(t for t in sentence if t.dep_ == "ROOT")
        assert root.lemma_ == "protest"
        assert any(c.dep_ == "nsubj" and c.lower_ == "group" for c in root.children)
        assert any(c.dep_ == "ccomp" and c.lemma_ == "refuse" for c in root.children)
