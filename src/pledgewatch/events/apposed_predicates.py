"""A name's "the ..." after a verb of characterising is the predicate, not an apposition.

"State television called Kim Jong Un the great successor", "called his youngest son, Kim Jong
Un, the 'great successor' to the revolutionary cause": the small parser hangs "the great
successor" on the name as an apposition, so the verb has no object predicate and "called" reads
as a phone call (041) to Kim. After a verb with a characterisation pattern (verbs.tsv child
``=predicate``: call, brand, label ...), a common noun with an article of its own ("the", "a")
hung as an apposition on a proper name that is the verb's object -- right after the name, or
after the name's own closing comma when the name is itself an apposition of the object ("his
son, Kim Jong Un, the ...") -- is re-hung as the verb's object predicate (``oprd``), and a name
the parser took for the predicate becomes the object. "Obama called Xi Jinping, the Chinese
president, on Tuesday" (a comma right after the object's own name: a true apposition) is left.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS

__all__ = ["restore_apposed_predicate"]

_ARTICLES = frozenset({"the", "a", "an"})
_PREDICATE_CHILD = "=predicate"


def restore_apposed_predicate(span: Any, characterising: frozenset[str]) -> bool:
    """Re-hang a name's article-led apposition as the object predicate of a characterising
    verb (lemmas ``characterising``); True when the parse changed."""
    changed = False
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in characterising:
            continue
        if any(c.dep_ == "oprd" and c.pos_ != "PROPN" for c in verb.children):
            continue  # a predicate already
        for name in [c for c in verb.children if c.dep_ in (*OBJECT_DEPS, "oprd")]:
            holder = name
            if name.pos_ != "PROPN":
                # "his son, Kim Jong Un, the ...": the name is the object's apposition
                names = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                if not names:
                    continue
                holder = names[0]
            predicate = _article_apposition(holder, nested=holder is not name)
            if predicate is None:
                continue
            predicate.head = verb
            predicate.dep_ = "oprd"
            if name.dep_ == "oprd":
                name.dep_ = "dobj"
            changed = True
    return changed


def _article_apposition(name: Any, *, nested: bool) -> Any | None:
    """An apposition of ``name`` that is a common noun opened by an article: right after the
    name (no comma between), or, for a name in commas (``nested``), after its closing comma."""
    for child in name.children:
        if child.dep_ != "appos" or child.pos_ != "NOUN" or child.i < name.i:
            continue
        first = next(iter(child.subtree))
        if first.lower_ not in _ARTICLES and not any(
            c.dep_ == "det" and c.lower_ in _ARTICLES for c in child.children
        ):
            continue
        between = [t for t in name.doc[name.i + 1 : first.i] if not t.is_punct or t.text == ","]
        commas = [t for t in between if t.text == ","]
        if len(between) != len(commas):
            continue  # other words between: no apposition of this shape
        if (nested and len(commas) == 1) or (not nested and not commas):
            return child
    return None


def characterising_lemmas(lexicon: Any) -> frozenset[str]:
    """Lemmas of the verbs with a characterisation pattern (child ``=predicate``)."""
    return frozenset(
        lemma
        for lemma, patterns in lexicon.by_kind["verb"].items()
        if any(p.child == _PREDICATE_CHILD for p in patterns)
    )
