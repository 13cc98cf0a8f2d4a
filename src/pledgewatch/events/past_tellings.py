"""Whether a verb tells its act as done: the one reading of "told in the past" (dates53).

Three stages ask it: the coder, to date a done act's year-less month before its report
("launched a rocket in April" told in February is last April; events/coder.py); the relative
doers, to read "the promise that Pyongyang made" as a promise made whatever the governing
clause's mood (events/relative_doers.py); and the retold acts, to give an act told again the
date of its first telling (events/retold_acts.py). Each once had its own test, and they
differed on a bare participle and on a present or modal passive; :func:`told_as_done` is the
one they now share.
"""

from __future__ import annotations

from typing import Any

__all__ = ["told_as_done"]

#: Relations of a verb's auxiliaries.
_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})


def told_as_done(verb: Any) -> bool:
    """Does ``verb`` tell its act as done: a past tense ("launched"), a perfect ("has launched",
    "had declared"), a past passive ("was launched") or a bare past participle ("the pledge made
    in May", a headline's "Two journalists arrested in Cairo", "the promise Pyongyang made"
    when the tagger reads "made" as a participle)? A participle with only present or modal
    auxiliaries ("is detained", "will be launched", "to be signed") is not done."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in _AUXILIARY_DEPS]
    return not auxiliaries or any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxiliaries)
