"""An infinitive hung on an effort noun is the effort verb's complement: "made efforts to
resume the talks".

"Both envoys said they would make efforts to resume the talks": the parser hangs "to resume" on
"efforts" as a noun's infinitive (acl), so the resumption had no subject and was lost, while
"would work to resume the talks" (an infinitive on the verb) is coded. An effort noun
(``@effort_noun``: efforts, steps, attempt) that is the object of a verb of making it
(``@effort_verb``: make, take, redouble) says only that the act is worked at:
:func:`restore_effort_infinitive` re-hangs its infinitive on that verb as its complement
(xcomp), so the act has the maker as doer and takes the modality and the speech act above
("promised to make efforts to provide food" is the promise of food, as "promised to provide
food" is). Other verbs on such a noun are not its maker ("welcomed the efforts to resume
talks": the welcomer resumes nothing).
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import SUBJECT_DEPS, infinitival
from pledgewatch.events.lexicon import Lexicon

__all__ = ["restore_effort_infinitive"]


def restore_effort_infinitive(span: Any, lexicon: Lexicon) -> bool:
    """Re-hang "<make> efforts to <act>" as "<make> to <act>"; True when the parse changed."""
    nouns = lexicon.words("@effort_noun")
    makers = lexicon.words("@effort_verb")
    changed = False
    for verb in span:
        if verb.dep_ != "acl" or not infinitival(verb):
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        noun = verb.head
        maker = noun.head
        if (
            noun.dep_ == "dobj"
            and noun.lemma_.lower() in nouns
            and maker.pos_ in ("VERB", "AUX")
            and maker.lemma_.lower() in makers
            and not any(c.dep_ == "xcomp" for c in maker.children)
        ):
            verb.head = maker
            verb.dep_ = "xcomp"
            changed = True
    return changed
