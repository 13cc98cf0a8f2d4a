"""Who holds an attribution, and when a reporting word reports nothing: small parse
tests for the attribution finder (:mod:`.attribution_spans`).

News attribution corpora (PolNeAR) mark the holder of a statement or stance, not the
grammatical subject of its cue. The subject is not the holder in these forms: an
infinitive after an object ("forced Stumpf to admit ...": Stumpf admits, object
control), a participle describing a name ("footage of Hillary Clinton asking ..."), a verb
of appearance ("she seems to ...": a look, nobody's statement; "seemed far away to most
voters": the voters' view), and an order or piece of advice ("Tell us the truth",
"Consider a gap year"), which reports no statement at all. A report inside a quotation
opened earlier in its paragraph is the quoted speaker's own words, left to the outer
report. One form has no verb: a quotation signed with a dash and a name ('"We deserve
better." ― Jane Roe'), the way readers' voices and letters are printed.

The functions read a spaCy parse only; they are kept apart from the span code so that it
stays readable, and they return plain token index ranges.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

#: the dash that signs a quotation with its speaker's name ('"..." ― Jane Roe')
SIGNOFF_DASHES = frozenset({"―", "—", "–"})  # noqa: RUF001

TokenRange = tuple[int, int]


def imperative(verb: Token) -> bool:
    """A bare verb that opens its clause without a subject or auxiliary: an order or a
    piece of advice ("Tell us the truth", "Consider a gap year"), which reports nothing."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "conj"):
        return False
    node = verb.head if verb.dep_ == "conj" else verb
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in node.children
    )


def experiencer(verb: Token) -> Token | None:
    """Whom a thing seems so to ("seemed far away to most voters"); the subject of
    "seem" or "appear" holds no view of its own, so without a "to" phrase there is none."""
    for word in verb.subtree:  # on the verb or on its complement ("far away to ...")
        if word.dep_ == "prep" and word.lower_ == "to" and verb in (word.head, word.head.head):
            return next((c for c in word.children if c.dep_ == "pobj"), None)
    return None


def object_controller(verb: Token) -> Token | None:
    """The object of the verb an infinitive hangs on, when it stands before it: the one
    who is to speak or think ("prompted NATO to order ...", "led the reporter to fear
    ..."), not the subject of that verb."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def participle_holder(verb: Token) -> Token | None:
    """The named person or body an -ing participle describes: "footage of Hillary Clinton
    asking ...", "Senator Roe, calling the plan a fraud, ..." (a common noun is left to
    the verb above: "issued a statement saying ...")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ != "PROPN":
        return None
    return verb.head


def signoffs(
    sent: Span, quote_marks: Collection[str], *, max_name_words: int = 6
) -> list[tuple[TokenRange, TokenRange, TokenRange | None]]:
    """Quotations signed with a dash and a name on the rest of its line, as (cue, source,
    content) token ranges: the dash, the name, and the quotation before the dash (None
    when the dash opens a line of its own after one).

    The dash follows a closing quotation mark or opens a line; the name is one to
    ``max_name_words`` capitalised words and ends its line. A dateline ("WASHINGTON ―
    The Senate voted ...") neither follows a quotation nor ends its line at a name.
    """
    found = []
    doc = sent.doc
    for dash in sent:
        glued = _glued_signoff(dash, quote_marks)  # '”―': the tokenizer kept them together
        if (dash.text not in SIGNOFF_DASHES and not glued) or dash.i + 1 >= len(doc):
            continue
        before = dash.i if glued else dash.i - 1
        while not glued and before >= 0 and doc[before].is_space:
            before -= 1
        after_quote = glued or (before >= 0 and doc[before].text in quote_marks)
        if not after_quote and before >= 0 and not _ends_line(doc[dash.i - 1]):
            continue
        first = dash.i + 1
        while first < len(doc) and doc[first].is_space and "\n" not in doc[first].text:
            first += 1  # '― Jane Roe' with a no-break space, which is a token of its own
        end = first
        while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
            end += 1
        line_end = end >= len(doc) or "\n" in doc[end - 1].whitespace_ or "\n" in doc[end].text
        name = doc[first:end]
        while len(name) and (name[-1].is_punct or name[-1].is_space):
            name = name[:-1]
        if not line_end or not 1 <= len(name) <= max_name_words:
            continue
        if not all(t.text[:1].isupper() for t in name):
            continue
        content = None
        if after_quote:
            marks = [i for i in range(before) if doc[i].text in quote_marks]
            opening = marks[-1] if marks else None
            content = (opening + 1, before) if opening is not None else None
        found.append(((dash.i, dash.i + 1), (name.start, name.end), content))
    return found


def _glued_signoff(token: Token, quote_marks: Collection[str]) -> bool:
    """A closing quotation mark and a signing dash read as one token ('”―')."""
    text = token.text
    return (
        len(text) > 1 and text[-1] in SIGNOFF_DASHES and all(ch in quote_marks for ch in text[:-1])
    )


def quoted_in_paragraph(token: Token, quote_marks: Collection[str]) -> bool:
    """True when ``token`` stands inside a quotation opened earlier in its paragraph,
    perhaps sentences before: the quoted speaker's own words ('“... He said he would
    win. ...”'). Scans back to the line break; the nearest curly mark decides, straight
    marks by their count."""
    doc = token.doc
    straight = 0
    for i in range(token.i - 1, -1, -1):
        word = doc[i]
        if _ends_line(word):
            break
        if word.text in ("“", "``", "«", "„"):
            return True
        if word.text in ("”", "''", "»"):
            return False
        if word.text in quote_marks:
            straight += 1
    return straight % 2 == 1


def _ends_line(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_
