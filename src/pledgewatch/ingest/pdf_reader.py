"""PDF documents: the text of every page, with pypdf.

The pages' text is read like a plain-text report (title from the PDF's /Title, else the first
line; a dateline at the start of the body), as paged text: running headers, footers and page
numbers are dropped (:mod:`pledgewatch.ingest.page_furniture`), the lines of a paragraph are
joined (:mod:`pledgewatch.ingest.line_wraps`) and a word broken at a line-end hyphen is one word
again where it is a word (:mod:`pledgewatch.ingest.hyphen_breaks`). An encrypted PDF is read
when it opens with an empty password (owner-password-only files); otherwise it is refused, as
are broken files and scans with no text layer, each with a message saying so.
"""

from __future__ import annotations

import io

from pledgewatch.errors import InputError
from pledgewatch.ingest.documents import ReadResult, Source
from pledgewatch.ingest.logs import quiet_loggers
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.ingest.text_reader import document_from_text

#: A PDF's "%PDF-" header may follow some junk bytes; readers look for it this far in.
_HEADER_WINDOW = 1024


def read_pdf(source: Source, options: IngestOptions) -> ReadResult:
    """One document from all pages of a PDF.

    Raises:
        InputError: empty, broken, encrypted or image-only PDF.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    if not source.data.strip():
        raise InputError("empty: the PDF file holds no bytes", path=source.name)
    if b"%PDF-" not in source.data[:_HEADER_WINDOW]:
        # pypdf's own complaint ("Stream has ended unexpectedly") does not say the file is
        # something else named .pdf, which is the usual cause
        raise InputError(
            "not a PDF: no '%PDF-' header at its start (another kind of file named .pdf? "
            "read a text file with --format text)",
            path=source.name,
        )
    try:
        with quiet_loggers("pypdf"):
            reader = PdfReader(io.BytesIO(source.data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(
                    "encrypted PDF: it needs a password; decrypt it first (e.g. qpdf --decrypt)",
                    path=source.name,
                )
            pages = [page.extract_text() or "" for page in reader.pages]
            title = reader.metadata.title if reader.metadata else None
    except InputError:
        raise
    except DependencyError as exc:
        raise InputError(
            f"encrypted PDF that cannot be opened here ({exc}); decrypt it first "
            "(e.g. qpdf --decrypt)",
            path=source.name,
        ) from exc
    except Exception as exc:  # pypdf raises many kinds of error on a broken file
        raise InputError(
            f"broken PDF that pypdf cannot read ({exc.__class__.__name__}: {exc})",
            path=source.name,
        ) from exc
    # pages joined by form feeds: document_from_text drops their running headers and footers
    # and joins the lines of each paragraph, across a page break too
    text = "\f".join(page.strip() for page in pages if page.strip())
    if not text:
        raise InputError(
            "PDF with no text layer (a scan?): nothing to extract; run OCR on it first",
            path=source.name,
        )
    document = document_from_text(
        text,
        source=source,
        options=options,
        front_matter=False,
        title=(str(title).strip() or None) if title else None,
        meta={"pages": len(pages)},
    )
    return ReadResult(documents=[document])
