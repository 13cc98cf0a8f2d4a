"""A contact clause whose verb carries a clause is no act on its head noun (mend23b).

Sentences written here (events/contact_clauses.py): in "the journalist the officials say met the
rebels" the clause "the officials say" has a subject and no object, so its head was read as what
"say" acts on: the officials said something to the journalist (010 at ---MED). Its verb carries
a clause of its own ("met the rebels"), whose doer the head is; a contact clause with one is left
alone. "the journalist the rebels had kidnapped" keeps its head as the object.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.contact_clauses import contact_clause_object
from tests.conftest import assert_coded, coded_readings

DAY = dt.date(2009, 3, 17)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Police detained the journalist the officials say met the rebels.",
            ("---COP", "---MED", "173", "asserted"),
            ("---GOV", "---MED", "010", "asserted"),
        ),
        (  # a plain contact clause still acts on its head
            "Police detained the journalist the rebels had kidnapped.",
            ("---REB", "---MED", "181", "asserted"),
            None,
        ),
    ],
)
def test_a_saying_clause_does_not_act_on_its_head(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "head"),
    [
        ("Police detained the journalist the officials say met the rebels.", "say", None),
        ("Police detained the journalist the rebels had kidnapped.", "kidnapped", "journalist"),
    ],
)
def test_contact_clause_object(nlp, text, verb, head) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    found = contact_clause_object(token)
    assert (found.text if found is not None else None) == head
