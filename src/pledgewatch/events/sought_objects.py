"""What a search or an effort is for, as words of the verb's object (events51).

"The Pentagon suspended its efforts to recover the remains of American soldiers in North
Korea", "halted its search for the remains of servicemen": the object phrase a verb pattern
reads (:func:`pledgewatch.events.dependency_roles.np_words`) stops at the noun "efforts" or
"search", so a pattern that needs the remains (verbs.tsv ``*.v+war_dead``) never sees them.
:func:`sought_words` adds, for a noun of such work (``@remains_work``), the words of what it
seeks: its "for" object, or the object of its infinitive, with their "of" phrases.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from pledgewatch.events.dependency_roles import np_words

__all__ = ["sought_words"]

#: Relations of an infinitive's object.
_OBJECT_DEPS = ("dobj", "obj")


def sought_words(noun: Any, work_nouns: Collection[str]) -> set[str]:
    """The words of what the work noun ``noun`` seeks ("search for the remains of X", "efforts
    to recover the remains of X"); none when it is no such noun."""
    if noun.lemma_.lower() not in work_nouns and noun.lower_ not in work_nouns:
        return set()
    sought: list[Any] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            sought.extend(p for p in child.children if p.dep_ == "pobj")
        elif child.dep_ in ("acl", "relcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        ):
            sought.extend(o for o in child.children if o.dep_ in _OBJECT_DEPS)
    return {word for head in sought for word in np_words(head)}
