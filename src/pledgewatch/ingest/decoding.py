"""Turn the bytes of a source into text, or say clearly why they are not text.

Order of trust: an encoding the user forces (``--encoding``) is used strictly; a byte-order mark
wins next; then UTF-8; then UTF-8 with a few stray Windows-1252 bytes (see below); then an
encoding the source declares (HTTP header, ``<meta charset>``); then charset-normalizer's
detection. Binary data (NUL bytes outside UTF-16/32, or text full of
control characters) is refused instead of being decoded into garbage that would pollute the
store; a few stray NUL bytes in UTF-8 text (a broken export) are dropped with a warning.

Mixed encodings: a UTF-8 file into which a Windows program pasted a few cp1252 bytes (smart
quotes ``\x93 \x94``, a dash ``\x96``) is not valid UTF-8, and detection would then read the
whole file as some legacy encoding, mangling every other non-ASCII character ("—" as "‚Äî").
Such a file is read as UTF-8 where it is valid and each stray byte as Windows-1252, when the
file shows it is UTF-8 (at least one valid multi-byte character) and the stray bytes come
alone or in twos and threes (a quote, a dash, an accented letter), not as whole words of
another encoding. The reader reports it as a warning naming the file (:class:`DecodedText`).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from pledgewatch.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Share of control characters above which decoded "text" is taken to be binary data.
_MAX_CONTROL_SHARE = 0.01
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: Bytes that are not UTF-8, as ``errors="surrogateescape"`` decodes them (U+DC80-U+DCFF).
_STRAY_BYTES = re.compile("[\udc80-\udcff]+")
_VALID_NON_ASCII = re.compile("[\x80-\udc7f\udd00-\U0010ffff]")
#: The longest run of stray bytes a mixed-encoding file may hold; longer runs are words of
#: another encoding, and the file is left to detection.
MAX_STRAY_RUN = 3
#: NUL bytes a short UTF-8 text may hold and still be read as text (without them).
MAX_STRAY_NULS = 8


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Decoded text and what the reader should tell the user about how it was decoded."""

    text: str
    warnings: tuple[str, ...] = ()


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes without a UTF-16/32 byte-order mark: an image, archive or executable."""
    return b"\x00" in data[:65536] and bom_encoding(data) not in ("utf-16", "utf-32")


def stray_nuls(data: bytes) -> bool:
    """NUL bytes in a UTF-8 text, a few of them (:data:`MAX_STRAY_NULS`, or one in a hundred
    bytes of a long text): a broken export or a padded record, not a binary file. The text is
    read without them; a binary file has many, or is no UTF-8 once they are taken out."""
    nuls = data.count(b"\x00")
    if not nuls or nuls > max(MAX_STRAY_NULS, _MAX_CONTROL_SHARE * len(data)):
        return False
    try:
        text = data.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError:
        return False
    return _control_share(text) <= _MAX_CONTROL_SHARE


def declared_html_charset(data: bytes) -> str | None:
    """The charset a ``<meta charset=...>`` in the first 4 KB of an HTML page declares."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def decode_bytes(
    data: bytes, *, name: str, encoding: str | None = None, declared: str | None = None
) -> str:
    """The text of ``data``; see :func:`decode_text`, whose warnings this drops."""
    return decode_text(data, name=name, encoding=encoding, declared=declared).text


def decode_text(
    data: bytes, *, name: str, encoding: str | None = None, declared: str | None = None
) -> DecodedText:
    """The text of ``data`` and the warnings for the user; line ends become ``\\n``.

    Args:
        data: the raw bytes.
        name: the file, URL or ``<stdin>``, for messages.
        encoding: force this encoding (the user's ``--encoding``); errors are not forgiven.
        declared: an encoding the source itself declares; tried before detection.

    Raises:
        InputError: empty, binary, or bytes no encoding turns into text.
    """
    if not data.strip():
        raise InputError("empty: the source holds no text", path=name)
    warnings: tuple[str, ...] = ()
    if encoding is not None:
        text = _decode_forced(data, name=name, encoding=encoding)
    elif looks_binary(data) and not stray_nuls(data):
        raise InputError(
            "binary data (it contains NUL bytes), not text; give a text, HTML, feed, CSV, "
            "JSON Lines or PDF file",
            path=name,
        )
    else:
        nuls = data.count(b"\x00") if bom_encoding(data) is None else 0
        if nuls:
            data = data.replace(b"\x00", b"")
        text, warnings = _decode_guessing(data, name=name, declared=declared)
        if nuls:
            warnings = (f"{nuls} stray NUL byte(s) dropped from the text", *warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise InputError(
            "binary data (full of control characters), not text; check the file is what its "
            "name says",
            path=name,
        )
    if not text.strip():
        raise InputError("empty: the source holds only whitespace", path=name)
    return DecodedText(text, warnings)


def _decode_forced(data: bytes, *, name: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r} given with --encoding", path=name) from exc
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {encoding} (byte {exc.start}: {exc.reason}); drop --encoding to detect "
            "the encoding instead",
            path=name,
        ) from exc


def _decode_guessing(
    data: bytes, *, name: str, declared: str | None
) -> tuple[str, tuple[str, ...]]:
    bom = bom_encoding(data)
    if bom is not None:
        try:
            return data.decode(bom), ()
        except UnicodeDecodeError as exc:
            raise InputError(
                f"starts with a {bom} byte-order mark but is not valid {bom} ({exc.reason})",
                path=name,
            ) from exc
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    mixed = decode_mixed(data)
    if mixed is not None:
        return mixed
    if declared is not None:
        try:
            return data.decode(declared), ()
        except (UnicodeDecodeError, LookupError):
            pass
    return _detect(data, name=name), ()


def decode_mixed(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """UTF-8 with stray Windows-1252 bytes decoded, and the warning; None if it is not that.

    See the module docstring for when a file counts as mixed.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    matches = list(_STRAY_BYTES.finditer(text))
    runs = [match.group() for match in matches]
    if not runs or max(len(run) for run in runs) > MAX_STRAY_RUN:
        return None
    if not _VALID_NON_ASCII.search(text):
        return None  # no valid multi-byte character: nothing says the file is UTF-8

    def as_cp1252(match: re.Match[str]) -> str:
        raw = bytes(ord(char) - 0xDC00 for char in match.group())
        return raw.decode("cp1252", errors="replace")

    first = len(text[: matches[0].start()].encode("utf-8"))
    count = sum(len(run) for run in runs)
    warning = (
        f"mixed encodings: UTF-8 with {count} stray byte{'s' if count > 1 else ''} read as "
        f"Windows-1252 (the first at byte {first}); check the quotes and dashes there"
    )
    return _STRAY_BYTES.sub(as_cp1252, text), (warning,)


def _detect(data: bytes, *, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            "undecodable bytes: not UTF-8, and charset-normalizer found no text encoding that "
            "fits; if you know the encoding pass it with --encoding",
            path=name,
        )
    return str(best)


def _control_share(text: str) -> float:
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)
