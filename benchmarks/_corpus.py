"""A synthetic, deterministic news corpus for the scale and load benchmarks.

The benchmarks need corpora of 1k to 100k documents that look like the wire reports pledgewatch
reads (front matter, headline, dateline, 3-12 sentences), so that ingest and the coder do their
real work: sentences with an actor, a verb and a target (attacks, talks, promises, aid, threats)
mixed with background sentences that hold no event, relative dates ("on Tuesday") that fit the
document's date, and quotes. The text is generated from small phrase tables below, is not taken
from any real article and means nothing; it only has the *shape* of news.

Everything is a pure function of ``(seed, index)``: document ``i`` is the same whatever the corpus
size, so a 10k corpus starts with the 1k corpus, and two runs generate identical files. Every
document carries its index in one sentence, so no two texts are equal (ingest deduplicates by
content hash and would otherwise store fewer documents than were written).

Used by ``bench_scale.py`` (files on disk) and ``bench_web.py`` (rows inserted directly).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: (name in text, CAMEO-style code) of the actors the sentences use.
ACTORS: tuple[tuple[str, str], ...] = (
    ("North Korea", "PRK"),
    ("South Korea", "KOR"),
    ("the United States", "USA"),
    ("China", "CHN"),
    ("Japan", "JPN"),
    ("Russia", "RUS"),
    ("Iran", "IRN"),
    ("the IAEA", "IGOUNOIAE"),
    ("the United Nations", "IGOUNO"),
    ("Pyongyang", "PRKGOV"),
    ("Seoul", "KORGOV"),
    ("Washington", "USAGOV"),
    ("Beijing", "CHNGOV"),
    ("the South Korean military", "KORMIL"),
    ("the North Korean army", "PRKMIL"),
)

#: Event sentence templates: {src} and {tgt} are actors, {when} a relative date phrase.
#: Each is paired with the CAMEO code an event of that kind has (used only for direct inserts).
EVENT_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("{src} fired artillery shells toward {tgt} {when}.", "195"),
    ("{src} accused {tgt} of provoking a crisis {when}.", "112"),
    ("{src} agreed {when} to resume talks with {tgt}.", "036"),
    ("{src} will allow inspectors from {tgt} to return to its nuclear sites.", "057"),
    ("{src} promised to send food aid to {tgt} before the end of the year.", "033"),
    ("{src} threatened {when} to retaliate against {tgt}.", "138"),
    ("{src} condemned {tgt} for the missile launch {when}.", "111"),
    ("{src} met with {tgt} in Geneva {when}.", "040"),
    ("{src} seized assets belonging to {tgt} {when}.", "1711"),
    ("{src} sent an envoy to {tgt} {when}.", "042"),
    ("{src} rejected a proposal from {tgt} to hold military talks.", "125"),
    (
        "{src} said it would be ready to discuss a moratorium with {tgt} if sanctions are eased.",
        "030",
    ),
    ("{src} urged {tgt} to return to the negotiating table.", "010"),
    ("{src} expelled diplomats of {tgt} {when}.", "164"),
    ("{src} praised {tgt} for its restraint {when}.", "051"),
    ("{src} denied that it had attacked {tgt}.", "014"),
    ("{src} imposed new sanctions on {tgt} {when}.", "163"),
    ("Officials said {src} had promised {tgt} that it would freeze uranium enrichment.", "057"),
)

#: Sentences without an event: background, economy, weather, quotes about nothing in particular.
BACKGROUND: tuple[str, ...] = (
    "The border area has been tense for several months.",
    "Analysts said the move was meant to draw attention ahead of the holiday season.",
    "Markets in the region were little changed after the report.",
    "The weather along the coast was cold and clear.",
    "The two sides have no formal diplomatic relations.",
    "The island lies about 12 kilometers from the coast.",
    "The full text of the statement was not immediately available.",
    "The talks have been stalled since the last round ended without an agreement.",
    '"It is too early to tell what this means," a researcher at a Seoul think tank said.',
    "Trade between the neighbours fell by a fifth last year.",
    "The ministry did not give further details.",
    "Satellite images showed new construction near the site.",
    "Fishing boats stayed in port for most of the week.",
    "The reports could not be independently verified.",
    "Several lawmakers called for a review of the policy.",
)

HEADLINES: tuple[str, ...] = (
    "{src} and {tgt} trade accusations",
    "{src} offers talks with {tgt}",
    "Tensions rise as {src} warns {tgt}",
    "{src} pledges aid to {tgt}",
    "{src} rejects call from {tgt}",
    "Envoys of {src} and {tgt} meet",
)

PUBLISHERS: tuple[tuple[str, str, str], ...] = (
    ("Synthetic Wire Service", "SEOUL", "news"),
    ("Example News Agency", "BEIJING", "news"),
    ("Placeholder Times", "WASHINGTON", "news"),
    ("Demo Foreign Ministry", "PYONGYANG", "statement"),
    ("Sample Policy Review", "TOKYO", "analysis"),
)

#: AP style month abbreviations, as in the demo corpus datelines.
AP_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

FIRST_DAY = dt.date(2005, 1, 1)
DAY_SPAN = 20 * 365


@dataclass(frozen=True, slots=True)
class SyntheticDocument:
    """One generated report: its file name, front matter fields, headline and body."""

    index: int
    date: dt.date
    publisher: str
    kind: str
    url: str
    headline: str
    body: str
    events: tuple[tuple[str, str, str, str], ...]  # (source code, target code, cameo, sentence)

    @property
    def file_name(self) -> str:
        return f"{self.index:07d}-synthetic.md"

    def markdown(self) -> str:
        """The document in the demo corpus's Markdown-with-front-matter format."""
        return (
            "---\n"
            f"date: {self.date.isoformat()}\n"
            f"publisher: {self.publisher}\n"
            f"kind: {self.kind}\n"
            f"url: {self.url}\n"
            "---\n"
            f"{self.headline}\n\n{self.body}\n"
        )


def _when(rng: random.Random, date: dt.date) -> str:
    """A relative date phrase that fits ``date`` (the weekday is the document's own)."""
    choice = rng.randrange(4)
    if choice == 0:
        return f"on {WEEKDAYS[date.weekday()]}"
    if choice == 1:
        return "last week"
    if choice == 2:
        return "earlier this month"
    return "on " + WEEKDAYS[(date - dt.timedelta(days=1)).weekday()]


def _two_actors(rng: random.Random) -> tuple[tuple[str, str], tuple[str, str]]:
    source, target = rng.sample(ACTORS, 2)
    return source, target


def _capitalised(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


def synthetic_document(seed: int, index: int) -> SyntheticDocument:
    """Document ``index`` of the corpus ``seed``: the same on every call and machine."""
    rng = random.Random(seed * 1_000_003 + index)
    date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAY_SPAN))
    publisher, place, kind = rng.choice(PUBLISHERS)
    (src_name, _), (tgt_name, _) = _two_actors(rng)
    headline = _capitalised(rng.choice(HEADLINES).format(src=src_name, tgt=tgt_name))
    sentences: list[str] = []
    events: list[tuple[str, str, str, str]] = []
    for _ in range(rng.randint(3, 12)):
        if rng.random() < 0.55:
            (s_name, s_code), (t_name, t_code) = _two_actors(rng)
            template, cameo = rng.choice(EVENT_TEMPLATES)
            sentence = _capitalised(template.format(src=s_name, tgt=t_name, when=_when(rng, date)))
            events.append((s_code, t_code, cameo, sentence))
        else:
            sentence = rng.choice(BACKGROUND)
        sentences.append(sentence)
    # The index sentence makes every text unique (ingest deduplicates by content hash).
    sentences.insert(
        rng.randrange(1, len(sentences) + 1),
        f"The monitoring group logged it as report number {index + 1}.",
    )
    dateline = f"{place}, {AP_MONTHS[date.month - 1]} {date.day} ({publisher}) -- "
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    body = dateline + "\n\n".join(paragraphs)
    slug = publisher.lower().replace(" ", "-")
    url = f"https://bench.pledgewatch.invalid/{slug}/{date.isoformat()}-{index}"
    return SyntheticDocument(index, date, publisher, kind, url, headline, body, tuple(events))


def synthetic_corpus(count: int, seed: int = 7) -> Iterator[SyntheticDocument]:
    """The first ``count`` documents of corpus ``seed``, one at a time (nothing is kept)."""
    for index in range(count):
        yield synthetic_document(seed, index)


def write_corpus(directory: Path, count: int, seed: int = 7, *, per_folder: int = 1000) -> Path:
    """Write ``count`` Markdown files under ``directory`` in folders of ``per_folder``.

    Folders keep directory listings small at 100k files. Existing files are left as they are
    (they are identical), so a larger corpus can be written over a smaller one.
    """
    directory.mkdir(parents=True, exist_ok=True)
    for doc in synthetic_corpus(count, seed):
        folder = directory / f"part-{doc.index // per_folder:04d}"
        path = folder / doc.file_name
        if path.exists():
            continue
        folder.mkdir(exist_ok=True)
        path.write_text(doc.markdown(), encoding="utf-8")
    return directory


if __name__ == "__main__":  # a quick look: python benchmarks/_corpus.py
    for sample in synthetic_corpus(2):
        print(sample.markdown())
