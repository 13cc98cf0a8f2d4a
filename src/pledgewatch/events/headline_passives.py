"""A headline's bare participle is a passive: "Two journalists arrested in Cairo", "Gaddafi
killed as rebels take Sirte", "U.S. envoy expelled from Caracas".

Headlines drop the passive's auxiliary ("were arrested", "was killed"), and the small parser then
reads the participle as a past tense whose subject did the act: the journalists arrested someone
in Cairo (173 by EGYMED), Gaddafi killed someone. In a headline, a verb of the word class
``@done_to`` (verbs whose act needs someone it is done to: arrest, kill, expel, sanction ...;
``data/lexicon/word_classes.tsv``) in the past tense, with a subject and no object, auxiliary,
particle or clause of its own, is that passive: :func:`restore_headline_passive` makes its
subject the passive subject, as the parser labels "were arrested", and a "by" phrase its agent.
Body sentences keep the grammar they have, and a verb with an object stays active ("North Korea
executes Kim's uncle").
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.headlines import in_headline
from pledgewatch.events.lexicon import Lexicon

#: Dependents that show the verb is active or has its own auxiliary: an object, an auxiliary,
#: a particle ("hit back"), a clause ("accused X of", "warned that").
_ACTIVE_DEPS = frozenset({"aux", "auxpass", "dative", "prt", "ccomp", "xcomp", "attr", "oprd"})


def restore_headline_passive(span: Any, lexicon: Lexicon) -> bool:
    """Read each bare past participle of a ``@done_to`` verb in a headline as a passive; True
    when the parse was changed."""
    done_to = lexicon.words("@done_to")
    changed = False
    for verb in span:
        if (
            verb.tag_ not in ("VBD", "VBN")
            or verb.lemma_.lower() not in done_to
            or not in_headline(verb)
        ):
            continue
        children = list(verb.children)
        if any(c.dep_ in OBJECT_DEPS or c.dep_ in _ACTIVE_DEPS for c in children):
            continue
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        subject.dep_ = "nsubjpass"
        verb.tag_ = "VBN"
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                prep.dep_ = "agent"  # "Seoul hit by sanctions": the doer, as after "was"
        changed = True
    return changed
