"""The list under a halt noun stays under it: "a moratorium on tests, launches and enrichment".

A halt noun (family ``halt`` in ``data/lexicon/nouns.tsv``: moratorium, freeze, suspension,
ban, end, ...) takes the events it stops from its prepositional object, and every item of a
list there is stopped alike. The small parser often breaks such a list after its first item:
in "agreed to a moratorium on nuclear tests, missile launches and uranium enrichment" it hangs
"launches" on "agreed" as an object (or an ``npadvmod``), or the second item on "moratorium"
as its conjunct, so "agreed to ... launches" was coded as an intent to launch missiles, a
threat. :func:`restore_halt_list` puts such a stray item back as a conjunct of the halt noun's
object when it follows that object after a comma or a conjunction, is a bare noun (no
determiner, no "on" or "to" object of its own) and is neither a halt noun ("a freeze on X and a
ban on Y" keeps two halts) nor a measure of its own (``@sanction``: "a ban on oil imports,
sanctions against banks and ..."). Runs on parsed sentences before actor matching, like
:mod:`pledgewatch.events.misread_names`.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.lexicon import Lexicon

#: Prepositions by which a halt noun names what it stops ("a moratorium on", "an end to").
HALT_PREPS = frozenset({"on", "of", "to"})
#: Dependencies of an item the parser has broken off the list onto the governing verb.
_STRAY_VERB_DEPS = frozenset({"dobj", "npadvmod", "conj", "appos"})
#: Words that link list items.
_LIST_LINKS = frozenset({",", "and", "or", ";"})


def restore_halt_list(span: Any, lexicon: Lexicon) -> bool:
    """Reattach stray list items to the object of every halt noun in ``span`` (a parsed
    sentence); True when the parse was changed."""
    changed = False
    for noun in span:
        if noun.pos_ != "NOUN" or not _is_halt(noun, lexicon):
            continue
        changed = _restore_halt_preposition(noun) or changed
        first = _halted_object(noun)
        if first is None:
            continue
        last = first
        while True:
            stray = _stray_item(noun, first, last, lexicon)
            if stray is None:
                break
            stray.head = first
            stray.dep_ = "conj"
            changed = True
            last = max([stray, *stray.subtree], key=lambda t: t.i)
    return changed


def _restore_halt_preposition(noun: Any) -> bool:
    """ "Kim promises moratorium on nuclear tests": in headline style the parser hangs "on
    nuclear tests" on the verb, which then promised the tests (a threat). A halt noun that is
    a verb's object with no halt preposition of its own takes the one right after it."""
    if noun.dep_ not in ("dobj", "pobj") or _halted_object(noun) is not None:
        return False
    verb = noun.head
    nxt = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.dep_ != "prep" or nxt.lower_ != "on":
        return False
    if not any(c.dep_ == "pobj" for c in nxt.children):
        return False
    nxt.head = noun
    return True


def _is_halt(token: Any, lexicon: Lexicon) -> bool:
    lemmas = {token.lower_, token.lemma_.lower()}
    return any(p.family == "halt" for lemma in lemmas for p in lexicon.patterns("noun", lemma))


def _halted_object(noun: Any) -> Any:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in HALT_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return pobj
    return None


def _stray_item(noun: Any, first: Any, last: Any, lexicon: Lexicon) -> Any:
    """The next list item after ``last`` that the parser hung on the halt noun or on the word
    governing it, or None."""
    governors = {noun.i}
    up = noun.head
    if noun.dep_ == "pobj" and up.dep_ == "prep":
        up = up.head
    if up.i != noun.i:
        governors.add(up.i)
    end = last.i
    for token in first.doc[end + 1 : first.sent.end]:
        if token.is_punct or token.lower_ in _LIST_LINKS:
            continue
        item = token
        while item.head.i != item.i and item.head.i > end and item.head.i not in governors:
            item = item.head  # from a modifier ("missile") up to the item's head ("launches")
        link = first.doc[item.left_edge.i - 1]
        if (
            item.head.i not in governors
            or item.pos_ != "NOUN"
            or (item.head.i == noun.i and item.dep_ != "conj")
            or (item.head.i != noun.i and item.dep_ not in _STRAY_VERB_DEPS)
            or link.lower_ not in _LIST_LINKS
            or any(c.dep_ in ("det", "poss") for c in item.children)
            # "..., sanctions on Iran": an item with its own "on"/"to" object is a new measure
            or any(c.dep_ == "prep" and c.lower_ in ("on", "to") for c in item.children)
            or _is_halt(item, lexicon)
            # "a ban on oil imports, sanctions against banks and ...": another measure
            or {item.lower_, item.lemma_.lower()} & lexicon.words("@sanction")
        ):
            return None
        return item
    return None
