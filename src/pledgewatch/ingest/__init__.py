"""The ingest stage: files, directories, URLs and standard input become stored documents.

Readers (one module per format: text/Markdown, HTML, feeds, CSV/JSON Lines, PDF) turn bytes
into :class:`~pledgewatch.model.Document` records, from compressed bytes too
(:mod:`~pledgewatch.ingest.compressed`), and an archive is read as a folder of them
(:mod:`~pledgewatch.ingest.archives`); :func:`ingest_paths` expands the arguments,
reads each source, writes the documents in batches and reports per source what was ingested,
what was a duplicate and what failed and why. Documents are identified by :func:`content_hash`
of their normalised text, so the same report is stored once however often it is ingested.
"""

from pledgewatch.ingest.documents import ReadResult, Source
from pledgewatch.ingest.hashing import content_hash, document_id, normalise_text
from pledgewatch.ingest.options import (
    DEFAULT_MAX_BYTES,
    FORMATS,
    MAPPABLE_FIELDS,
    IngestOptions,
    parse_column_map,
    parse_size,
)
from pledgewatch.ingest.pipeline import ingest_paths
from pledgewatch.ingest.report import Failure, IngestReport, IngestWarning, SourceReport
from pledgewatch.ingest.sources import read_bytes, read_path

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "MAPPABLE_FIELDS",
    "Failure",
    "IngestOptions",
    "IngestReport",
    "IngestWarning",
    "ReadResult",
    "Source",
    "SourceReport",
    "content_hash",
    "document_id",
    "ingest_paths",
    "normalise_text",
    "parse_column_map",
    "parse_size",
    "read_bytes",
    "read_path",
]
