"""Web pages: the article's main text and metadata, with trafilatura.

trafilatura drops navigation, footers and comments and reads the title, date (htmldate, without
its extensive guessing so a copyright year is not taken for a publication date), author and site
name. The site name becomes the publisher; an author (a byline) only when it is a news agency
("Jane Roe; Reuters") or the name the page gives itself (its ``<title>``'s last part, its host):
a person's byline is no publisher, and it stays in ``meta["author"]``. lxml repairs malformed
markup; a page in which nothing readable is left is refused with one message. A short page
whose text trafilatura could only rescue as one run-on line is read again in its precise mode,
which keeps the paragraphs (so a dateline opens the text and the headline is not glued to the
first sentence).
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from pledgewatch.errors import InputError, UnsupportedFormat
from pledgewatch.ingest.decoding import declared_html_charset, decode_text
from pledgewatch.ingest.documents import ReadResult, Source, build_document
from pledgewatch.ingest.logs import quiet_loggers
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.nlp.dateline_caps import load_agency_spellings
from pledgewatch.nlp.dates import parse_date_value

_TITLE_ELEMENT = re.compile(r"(?is)<title[^>]*>(.*?)</title\s*>")
#: What separates a page's name from the headline in its ``<title>``: "Talks end | Example".
_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u2022]+\s+")
_NOT_ALNUM = re.compile(r"[\W_]+")
#: Between the names of a byline as trafilatura gives it ("Jane Roe; Reuters").
_AUTHOR_SEPARATOR = re.compile(r"\s*(?:;|,|\band\b)\s*")
_BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr|section|article)\s*>")


def html_fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's summary), one paragraph per line."""
    text = fragment
    if "<" in fragment or "&" in fragment:
        from lxml import etree
        from lxml import html as lxml_html

        # Line breaks in markup are spaces; paragraphs come from the block elements.
        flat = " ".join(fragment.splitlines())
        marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n", flat)
        try:
            root = lxml_html.fragment_fromstring(marked, create_parent="div")
        except (etree.ParserError, ValueError):
            return ""
        for bad in root.xpath("//script|//style"):
            bad.drop_tree()
        text = root.text_content()
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


#: trafilatura's MIN_EXTRACTED_SIZE: a main text shorter than this is rescued by its baseline.
_SHORT_EXTRACTION = 250


def _words_in_order(part: str, whole: str) -> bool:
    """Whether every word of ``part`` is in ``whole``, in the same order."""
    words = iter(whole.split())
    return all(word in words for word in part.split())


def _letters(name: str) -> str:
    return _NOT_ALNUM.sub("", name).casefold()


def _host(name: str) -> str:
    return _letters(name.lower().removeprefix("www."))


def _names_of_the_site(html: str, hostname: str | None) -> set[str]:
    """The letters of the names a page gives itself: the first and last parts of its
    ``<title>`` ("Talks end | Example Daily"), and its host's name ("exampledaily")."""
    names = set()
    match = _TITLE_ELEMENT.search(html[:65536])
    if match is not None:
        parts = _TITLE_SEPARATOR.split(unescape(match.group(1)).strip())
        if len(parts) > 1:
            names.update({_letters(parts[0]), _letters(parts[-1])})
    if hostname:
        labels = hostname.lower().removeprefix("www.").split(".")
        names.add(_letters(labels[0]))
    names.discard("")
    return names


def page_publisher(
    sitename: str | None, author: str | None, html: str, hostname: str | None = None
) -> str | None:
    """The publisher of a page: its site name; else, of its authors, a news agency
    (``data/ingest/wire_agencies.yaml``) or the name the page gives itself; else None (the
    dateline's agency or ``--publisher`` follow). A person's byline is never the publisher.

    A site name that is only the host ("harbourdaily.example", trafilatura's fallback) gives
    way to an author naming the same site ("Harbour Daily"), the name as the site writes it."""
    if sitename and (not hostname or _host(sitename) != _host(hostname)):
        return sitename
    authors = [part.strip() for part in _AUTHOR_SEPARATOR.split(author or "") if part.strip()]
    agencies = load_agency_spellings()
    for name in authors:
        if name.casefold() in agencies:
            return agencies[name.casefold()]
    site = _names_of_the_site(html, hostname)
    return next((name for name in authors if _letters(name) in site), sitename or None)


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise UnsupportedFormat(
            f"the HTML reader needs trafilatura, which cannot be imported ({exc}); "
            "install its lxml extra: pip install lxml_html_clean"
        ) from exc
    return trafilatura


def read_html(source: Source, options: IngestOptions) -> ReadResult:
    """One document from an HTML page.

    Raises:
        InputError: binary or undecodable bytes, or a page with no readable main text.
    """
    decoded = decode_text(
        source.data,
        name=source.name,
        encoding=options.encoding,
        declared=source.charset or declared_html_charset(source.data),
    )
    html = decoded.text
    trafilatura = _trafilatura()
    from trafilatura.settings import set_date_params

    try:
        with quiet_loggers("trafilatura", "htmldate", "courlan"):
            found = trafilatura.bare_extraction(
                html,
                url=source.url,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                date_extraction_params=set_date_params(False),
            )
            flat = (getattr(found, "text", None) or "").strip() if found is not None else ""
            if flat and "\n" not in flat and len(flat) < _SHORT_EXTRACTION:
                # a short page's main text is rescued by trafilatura's baseline, which runs
                # headline, byline and paragraphs into one line (the dateline is lost and the
                # headline parsed as the first sentence's start); its precise mode skips the
                # rescue and keeps the paragraphs, taken when it drops words and adds none
                precise = trafilatura.bare_extraction(
                    html,
                    url=source.url,
                    include_comments=False,
                    include_tables=True,
                    favor_precision=True,
                )
                kept = (getattr(precise, "text", None) or "").strip() if precise else ""
                if "\n" in kept and _words_in_order(kept, flat):
                    found.text = kept
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(
            f"malformed HTML that cannot be parsed ({exc.__class__.__name__}: {exc})",
            path=source.name,
        ) from exc
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not any(char.isalpha() for char in text):
        raise InputError(
            "malformed or empty HTML: no main text found (is it a page of links or scripts?)",
            path=source.name,
        )
    title = found.title
    first_line, _, rest = text.partition("\n")
    if title and first_line.strip().casefold() == title.strip().casefold() and rest.strip():
        text = rest
    dated = parse_date_value(found.date) if found.date else None
    meta = {
        key: value
        for key, value in (
            ("author", found.author),
            ("sitename", found.sitename),
            ("hostname", found.hostname),
            ("description", found.description),
        )
        if value
    }
    return ReadResult(
        documents=[
            build_document(
                text,
                source=source,
                options=options,
                title=title,
                dated=dated,
                date_origin="html metadata",
                url=found.url or source.url,
                publisher=page_publisher(found.sitename, found.author, html, found.hostname),
                language=found.language,
                meta=meta,
            )
        ],
        warnings=list(decoded.warnings),
    )
