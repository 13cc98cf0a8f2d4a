"""Whether a "from" phrase on a group of people is the place they leave, not their origin.

"Chinese workers from Libya" may be anyone's workers who came from Libya, but "Turkey evacuated
some of its nationals from Syria" are Turkey's nationals leaving Syria, not Syrian civilians. A
"from" place gives a country-less agent its country (the matcher's "troops from Chad", the
coder's "suicide bombers from Gaza") unless a possessive owns the agent ("its citizens", "their
workers": the possessor's) or the agent is moved out by a verb of removal (the actor
dictionary's ``removal_verbs``, which the coder reads too: "evacuated citizens from
Yemen", "airlifted hundreds of workers from Tripoli").
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any

__all__ = ["OWNING_DETERMINERS", "place_left"]

#: Possessive determiners that make an agent someone's own ("its nationals", "their workers").
OWNING_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
#: Where a quantity an agent hangs on through "of" stands ("evacuated some of its citizens").
_PARTITIVE_DEPS = frozenset({"dobj", "nsubjpass"})


def place_left(agent: Any, removal_verbs: Set[str]) -> bool:
    """Is a "from" phrase on ``agent`` (the agent noun's token) the place its people leave?
    So when a possessive owns them or one of ``removal_verbs`` moves them out, as its object
    (or a passive's subject), directly or through a quantity ("thousands of workers")."""
    if any(c.dep_ == "poss" and c.lower_ in OWNING_DETERMINERS for c in agent.children):
        return True
    noun = agent
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in _PARTITIVE_DEPS:
        noun = noun.head.head  # "some of its nationals", "thousands of workers"
    verb = noun.head
    return (
        noun.dep_ in _PARTITIVE_DEPS
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in removal_verbs
    )
