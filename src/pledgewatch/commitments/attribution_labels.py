"""Attributions of headlines, transcripts and inverted reports, whose reporting verb the
tagger does not read as one.

A speaker label before a colon opens a headline or a transcript line ("Trump: 'I will
win'", "TAPPER: Do you think ..."), a Title Case headline hides its reporting verb
from the tagger, which reads "Slams" in "Senator Jane Roe Slams Harbor Plan" as a name,
and so does an inverted report that opens a sentence ("Said Jones, 'We will rebuild.'").
The attribution finder (:mod:`.attribution_spans`) takes both from here; the functions
read a spaCy parse only and return (cue, source, content) token index ranges, end
exclusive, as :mod:`.attribution_roles` does.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pledgewatch.commitments.lexicon import plain_stems
from pledgewatch.commitments.reporting_cues import ReportingCues

TokenRange = tuple[int, int]
#: an attribution found: its cue, source and content (None when there is none)
Found = tuple[TokenRange, TokenRange | None, TokenRange | None]


def speaker_labels(sent: Span, cues: ReportingCues, *, max_source_words: int = 5) -> list[Found]:
    """Speaker labels: headlines ("Trump: 'I will win'", "OK Gov Smith: Plan Is Dead") and
    transcripts ("TAPPER: Do you think ...").

    The label opens its line or sentence, is a short noun phrase (no verb, no preposition
    in front, no possessive: "From Reuters:", "Monday's Email:" are not speakers; no
    editorial label: "Correction:", "Source:"), and a clause with a verb follows it on the
    same line.
    """
    found: list[Found] = []
    doc = sent.doc
    for token in sent:
        if token.text != ":" or token.i == sent.start or token.i + 1 >= len(doc):
            continue
        start = token.i
        while start - 1 >= sent.start and not _breaks_line(doc[start - 1]):
            start -= 1
        while start < token.i and doc[start].is_punct:
            start += 1
        label = doc[start : token.i]
        if not 1 <= len(label) <= max_source_words or not _is_speaker_label(label):
            continue
        if label[-1].lower_ in cues.editorial_labels or label.text.lower() in cues.editorial_labels:
            continue  # "Correction:", "Source:", "[Video: FULL SPEECH:"
        if _inverted_verb(label[0], cues):
            continue  # "Added Jones: ...": the verb is the cue (inverted_reports)
        after = []
        for tok in doc[token.i + 1 :]:  # the parser may end the sentence at the colon
            if tok.text == ":" or "\n" in tok.text:
                break
            after.append(tok)
            if "\n" in tok.whitespace_:
                break
        if not any(t.pos_ in ("VERB", "AUX") for t in after) and not _quoted_or_titled(after):
            continue
        end = after[-1].i + 1 if after else None
        found.append(
            ((token.i, token.i + 1), (start, token.i), (token.i + 1, end) if end else None)
        )
    return found


def inverted_reports(sent: Span, cues: ReportingCues, *, max_source_words: int = 6) -> list[Found]:
    """Inverted reports that open a sentence or a line: "Said Jones, 'We will rebuild.'",
    "Added Mayor Roe: ...", "Said Roe, who ran the mill, 'It is home.'".

    The tagger reads the capitalised verb as the first word of the name after it. The verb
    is the cue; the source is the short noun phrase between it and the comma or colon (with
    a relative clause set off after it, as news attribution corpora mark it); the content
    is what follows, from its quotation mark when a clause about the speaker comes first:
    a quotation or a clause with its own subject ("Said Business School, Oxford, opened a
    wing" is a name and its predicate). A verb the tagger reads with its subject ("Said/VERB
    Jones/nsubj") is left to the verb rules.
    """
    found: list[Found] = []
    doc = sent.doc
    for word in sent:
        if not _inverted_verb(word, cues) or any(c.dep_ == "nsubj" for c in word.children):
            continue  # "Said/VERB Jones/nsubj, ...": the verb rules read it
        opens = word.i == sent.start or _breaks_line(doc[word.i - 1])
        if not opens or word.i + 1 >= sent.end:
            continue
        end = word.i + 1
        while end < sent.end and doc[end].text not in (",", ":") and not _breaks_line(doc[end]):
            end += 1
        name = doc[word.i + 1 : end]
        if end >= sent.end or doc[end].text not in (",", ":"):
            continue
        if not 1 <= len(name) <= max_source_words or not _names_speaker(name):
            continue
        rest = [t for t in doc[end + 1 : sent.end] if not t.is_space]
        lead = next((t.i for t in rest if t.is_quote), None)
        content_start = lead if lead is not None and doc[end + 1].tag_ in ("WP", "WDT") else end + 1
        content = [t for t in doc[content_start : sent.end] if not t.is_space]
        if not any(t.is_quote or t.dep_ in ("nsubj", "nsubjpass", "expl") for t in content):
            continue  # a quotation or a clause of its own, not the name's predicate
        source_end = content_start if content_start > end + 1 else end
        while source_end > word.i + 1 and doc[source_end - 1].is_quote:
            source_end -= 1
        found.append(
            ((word.i, word.i + 1), (word.i + 1, source_end), (content_start, content[-1].i + 1))
        )
    return found


def _inverted_verb(word: Token, cues: ReportingCues) -> bool:
    """A capitalised speech verb form that opens inverted reports ("Said", "Added")."""
    return word.text[:1].isupper() and word.lower_ in cues.inverted_report_forms


def _names_speaker(name: Span) -> bool:
    """A short noun phrase that can name who speaks: "Jones", "Mayor Jane Roe", "the
    mayor", "he" (a name, a noun or a pronoun at its end; nothing but modifiers before)."""
    if name[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    return all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT", "PRON") for t in name)


def _quoted_or_titled(words: list[Token], *, share: float = 0.6) -> bool:
    """A headline's words after a label that the tagger may read without a verb: a
    quotation ("Reid: 'Never underestimate him'") or Title Case ("Clinton: Time For A
    New Strategy"), not a plain phrase ("Weather: Sunny spells and light wind")."""
    content = [t for t in words if t.is_alpha and len(t) > 3]
    if not content:
        return False
    if words[0].is_quote:
        return True
    return sum(t.text[:1].isupper() for t in content) >= share * len(content)


def _breaks_line(token: Token) -> bool:
    """A line break, or a dash that opens a label ("Polls agree - Jane Roe: ...")."""
    if token.text in ("-", "–", "—") and token.whitespace_:  # noqa: RUF001
        return True
    return "\n" in token.text or "\n" in token.whitespace_


def _is_speaker_label(label: Span) -> bool:
    def shouting(t: Token) -> bool:  # "TAPPER:" (the tagger reads capitals as anything)
        return t.is_alpha and t.is_upper and len(t) > 1

    if any(
        (t.pos_ in ("VERB", "AUX", "ADP", "NUM") and not shouting(t)) or t.tag_ == "POS"
        for t in label
    ):
        return False
    if label[0].lower_ in ("the", "a", "an", "this", "that", "here", "there"):
        return False
    if shouting(label[-1]):
        return True
    if label[-1].pos_ == "NOUN" and label[0].pos_ == "PROPN" and label[0].text[:1].isupper():
        return True  # "Clinton camp:", "Kremlin spokesman:"
    return label[-1].pos_ in ("PROPN", "NOUN") and (
        label[-1].pos_ == "PROPN" or label[-1].text.isupper() or label[-1].text[:1].isupper()
    )


def headline_verbs(sent: Span, cues: ReportingCues) -> list[Found]:
    """A reporting verb in a Title Case headline that the tagger reads as a name:
    "Senator Jane Roe Slams Harbor Plan", "Union Endorses Mayor Ruiz".

    The verb is capitalised, ends in -s, stands after a name on its line and before a
    capitalised word; the source is the words before it on the line, the content the
    words after it.
    """
    found: list[Found] = []
    doc = sent.doc
    for word in sent:
        if word.pos_ not in ("PROPN", "NOUN") or not word.text[:1].isupper():
            continue
        if not word.lower_.endswith("s") or word.i == sent.start or word.i + 1 >= sent.end:
            continue
        if not any(cues.stance_of_lemma(stem) for stem in plain_stems(word.lower_)):
            continue
        before, after = doc[word.i - 1], doc[word.i + 1]
        if before.pos_ != "PROPN" or not after.text[:1].isupper() or _breaks_line(before):
            continue
        start = word.i - 1
        while start - 1 >= sent.start and not _breaks_line(doc[start - 1]):
            start -= 1
        end = word.i + 1
        while end < sent.end and not _breaks_line(doc[end - 1]) and not doc[end].is_punct:
            end += 1
        if any(t.pos_ not in ("PROPN", "NOUN", "ADJ", "PUNCT") for t in doc[start : word.i]):
            continue  # a name before the verb ("... Of The United States" is none)
        line = [t for t in doc[start:end] if t.is_alpha and len(t) > 3]
        if sum(t.text[:1].isupper() for t in line) < 0.8 * len(line):
            continue  # a Title Case line only
        found.append(((word.i, word.i + 1), (start, word.i), (word.i + 1, end)))
    return found
