"""Bytes in, text out: BOMs, legacy encodings, line endings, binary refusal.

Also tells a text dump from an HTML page by its content.  It does not parse
either: that is the readers' job.
"""

from __future__ import annotations

import codecs
import re
import zlib
from typing import NamedTuple

from ._lazy_patterns import lazy
from .errors import BinaryInputError, DecodeError, EmptyInputError, TooLargeError

__all__ = [
    "MAX_INPUT_BYTES", "MAX_TEXT_CHARS", "MAX_TEXT_LINES", "gunzip", "Decoded", "decode",
    "decode_with_warnings", "check_text_size", "sniff_format", "ZIP_MAGIC",
    "REPAIRED_TWICE_ENCODED", "MOJIBAKE_REACH", "ARCHIVE_SUFFIXES", "is_archive",
]

#: Inputs larger than this are declined rather than read into memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: A text dump is read line by line in Python: these keep one under a few
#: seconds and a few hundred MiB.  The largest real browser dump we have seen
#: is 150 KB and 3,000 lines, so nothing real comes near them.
MAX_TEXT_CHARS = 8 * 1024 * 1024
MAX_TEXT_LINES = 50_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts the same
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: names read as web archives (case-insensitive; Common Crawl's WET files end .warc.wet.gz):
#: here, not in ``warc``, so that telling an archive by its name does not load the reader
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")


def is_archive(name: str) -> bool:
    """A web archive by its name: ``.warc``, ``.warc.gz``, ``.wet``, ``.wet.gz``."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


#: how every ZIP archive starts (a DOCX export is one: ``many`` looks for it first)
ZIP_MAGIC = b"PK\x03\x04"
# File signatures of formats that are never a dump (checked before decoding).
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (ZIP_MAGIC, "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"RIFF", "a RIFF (audio/video) file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_MAGIC_PREFIXES = tuple(magic for magic, _what in _MAGIC)
_GZIP_MAGIC = b"\x1f\x8b"

# Control characters that never appear in text (tab, LF, CR, FF are fine).
_CONTROL_CHARS = "".join(map(chr, (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F)))
_CONTROL = re.compile(f"[{re.escape(_CONTROL_CHARS)}]")
# (UTF-8 writes each of them as its own byte and no other way: a search of the bytes of
# a UTF-8 page for each of them, in C, finds none on most pages, in a fifth of the time
# of a pass that deletes them)
_CONTROL_BYTES = _CONTROL_CHARS.encode("ascii")
# A document start that only markup has.
_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype|html|head|body|meta|title|base|link)\b",
    re.I | re.S,
)
_CODE_BLOCK = lazy(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|<!--")
_DOC_TAG = re.compile(r"<(?:html|body)\b[^>]*>", re.I)


def gunzip(data: bytes, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Decompress gzip data, refusing more than ``limit`` bytes of output."""
    d = zlib.decompressobj(wbits=31)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise DecodeError(f"broken gzip data ({exc})") from None
    if len(out) > limit:
        raise TooLargeError(f"decompresses to more than {limit // 2**20} MiB")
    if not d.eof:  # zlib hands out what it has of a cut-off stream without complaint
        raise DecodeError("broken gzip data (truncated)")
    return out


class Decoded(NamedTuple):
    text: str
    encoding: str
    #: what decoding had to repair (bytes replaced), for the record's warnings
    warnings: tuple[str, ...] = ()


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` with line endings made ``\\n``.

    Raises EmptyInputError, BinaryInputError or DecodeError.
    """
    text, encoding, _warnings = decode_with_warnings(data)
    return text, encoding


def decode_with_warnings(data: bytes) -> Decoded:
    """``decode``, and what it had to repair on the way."""
    if len(data) > MAX_INPUT_BYTES:
        raise TooLargeError(f"larger than {MAX_INPUT_BYTES // 2**20} MiB")
    if data.startswith(_GZIP_MAGIC):
        data = gunzip(data)
    if not data:
        raise EmptyInputError("empty file")
    if data.startswith(_MAGIC_PREFIXES):
        what = next(what for magic, what in _MAGIC if data.startswith(magic))
        raise BinaryInputError(f"binary data ({what}), not a text dump or HTML page")
    text, encoding = _to_str(data)
    warnings: tuple[str, ...] = ()
    if encoding.endswith(_REPLACED):
        encoding = encoding.removesuffix(_REPLACED)
        warnings = (f"bytes not valid {encoding} were replaced by U+FFFD",)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BLANK.fullmatch(text):
        raise EmptyInputError("only white space")
    # The head and the tail: a text head must not hide a binary tail.
    windows = (text,) if len(text) <= 65536 else (text[:65536], text[-65536:])
    if encoding == "utf-8" and not any(map(data.__contains__, _CONTROL_BYTES)):
        windows = ()
    for window in windows:
        if len(_CONTROL.findall(window)) > max(8, len(window) // 100):
            raise BinaryInputError("binary data (control characters), not a text dump or HTML page")
    if _shows_twice_encoded(data, text, encoding):
        repaired = _repair_twice_encoded(text)
        if repaired != text:
            text = repaired
            warnings += (REPAIRED_TWICE_ENCODED,)
    return Decoded(text, encoding, warnings)


#: what ``warnings`` says when text encoded twice was repaired
REPAIRED_TWICE_ENCODED = (
    "text encoded twice (UTF-8 read as Latin-1 or Windows-1252: 'donâ€™t') was repaired"
)
# A UTF-8 lead byte read as Latin-1 or Windows-1252 ('â', 'Ã', 'Â' …: U+00C2 to
# U+00F4) followed by a continuation byte read the same way (a C1 control, '€', '™',
# '©' …): the mark of text encoded twice, which a CMS or a save in the wrong encoding
# leaves.  Only a page that has it pays for the repair.
_CONTINUATIONS = "".join(map(chr, range(0x80, 0xC0))) + "ŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™"
_TWICE_ENCODED = lazy(f"[\u00c2-\u00f4][{re.escape(_CONTINUATIONS)}]")
# The same mark in the bytes of a UTF-8 file (every lead is 0xC3 0x82-0xB4 there):
# a search for bytes that start with one literal byte is ten times faster.
_TWICE_ENCODED_UTF8 = re.compile(
    b"\xc3[\x82-\xb4](?:" + b"|".join(re.escape(c.encode()) for c in _CONTINUATIONS) + b")"
)


def _shows_twice_encoded(data: bytes, text: str, encoding: str) -> bool:
    if encoding == "utf-8":
        # (its first byte looked for first, with memchr, which the pattern's search is not:
        # most pages hold none)
        return b"\xc3" in data and _TWICE_ENCODED_UTF8.search(data) is not None
    return _TWICE_ENCODED.search(text) is not None


def _repair_twice_encoded(text: str) -> str:
    """``text`` with its runs of text encoded twice decoded once more, by ftfy, which
    weighs each run and leaves text that only looks so ('SÃO PAULO') alone.

    ``ftfy.fix_encoding``'s own loop (one step, until the text stays as it is), with its
    first test (``ftfy.badness.is_bad``: text no pattern of mojibake matches is left as
    it is) asked of the places near a character past ASCII only (``_looks_bad``): the
    same answers, where ftfy's search of a whole page, run again on the repaired page,
    took two thirds of the time of a page that shows the mark."""
    import ftfy  # imported late: only a page that shows the mark needs it

    step = getattr(ftfy, "_fix_encoding_one_step_and_explain", None)
    if step is None:  # (another ftfy: its own loop)
        return ftfy.fix_encoding(text)
    config = ftfy.TextFixerConfig(explain=False)
    while _looks_bad(text):
        fixed = step(text, config).text
        if fixed == text:
            break
        text = fixed
    return text


#: ftfy's patterns of mojibake (``ftfy.badness.BADNESS_RE``) each hold a character past
#: ASCII and match at most this many characters (tests/test_robust.py checks both of
#: the ftfy installed): a match starts and ends less than this many characters from one
MOJIBAKE_REACH = 7
# Characters past ASCII, each within twice the reach of the next: one search for a run
# (any gap gives the same answer; a run's nearby characters are searched once).  Compiled
# when a page first shows the mark (re's cache), not when a text dump loads this module.
_PAST_ASCII = rf"[^\x00-\x7f](?:[\x00-\x7f]{{0,{2 * MOJIBAKE_REACH}}}[^\x00-\x7f])*"


def _looks_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, searched near the characters past ASCII only."""
    from ftfy.badness import BADNESS_RE

    reach = MOJIBAKE_REACH - 1
    for run in re.finditer(_PAST_ASCII, text):
        if BADNESS_RE.search(text, max(0, run.start() - reach), run.end() + reach):
            return True
    return False


# Marks an encoding whose decoding replaced bytes that did not fit it.
_REPLACED = "+replaced"
# White space and the invisible characters str.strip() keeps: a file of them is empty.
_BLANK = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]*")


def _to_str(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name.removesuffix("-sig")), name
            except UnicodeDecodeError as exc:
                raise DecodeError(f"not valid {name} after its byte-order mark ({exc.reason})") from None
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:  # anywhere: a text head must not hide a binary tail
        # Browsers drop the odd stray NUL in a saved page; a file full of them is binary.
        if data.count(b"\x00") > max(4, len(data) // 1000) or sniff_format(data[:4096].decode("latin-1")) != "html":
            raise BinaryInputError("binary data (NUL bytes), not a text dump or HTML page")
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8" + _REPLACED
    # Not UTF-8: a page's own declaration (<meta charset>, http-equiv, <?xml
    # encoding?>) comes before guessing, as long as the bytes fit it.
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    return _guess(data)


# As browsers do (WHATWG Encoding): these labels mean Windows-1252.
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
                  "iso8859-1": "cp1252", "l1": "cp1252", "iso-8859-9": "cp1254", "tis-620": "cp874"}


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first 8 KiB, if Python knows it."""
    # BeautifulSoup's detector reads <meta charset>, http-equiv and <?xml
    # encoding?> declarations; imported late, as only legacy pages need it.
    from bs4.dammit import EncodingDetector

    label = EncodingDetector.find_declared_encoding(data[:16384], is_html=True)
    return charset_codec(label) if label else None


def charset_codec(label: str) -> str | None:
    """The Python codec for a charset label as a browser reads it, or None if unknown."""
    label = _LABEL_ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _LABEL_ALIASES.get(name, name)


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM (the name keeps the common case)."""
    sample = data[:4096]
    # Below 16 characters a few NULs look like anything; no article is that short.
    if len(sample) < 32 or len(sample) % 2:
        return None
    # Latin text: one byte of each pair is NUL.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    if 0 not in sample:
        return None
    # 8-bit text with stray NULs is not UTF-16: without its NULs it reads as
    # clean UTF-8, where UTF-16's other bytes leave control bytes or invalid
    # sequences behind (Cyrillic "\x30\x04", Arabic "\x27\x06", CJK "\x2d\x4e").
    try:
        rest = codecs.getincrementaldecoder("utf-8")().decode(sample.replace(b"\0", b""))
    except UnicodeDecodeError:
        rest = None
    # (A tab is a control byte here too: Devanagari's high byte is 0x09.)
    if rest is not None and len(_CONTROL.findall(rest)) + rest.count("\t") <= len(rest) // 10:
        return None
    # Cyrillic, Greek, CJK … have few NULs: the encoding whose text reads like
    # text (no control characters, some spaces or line breaks) wins.  Random
    # binary decodes to scattered code points with almost no white space.
    for name in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
        try:
            text = codecs.getincrementaldecoder(name)().decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        spaces = text.count(" ") + text.count("\n")
        if not _CONTROL.search(text) and spaces >= max(2, 0.02 * len(text)):
            return name
    return None


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported late: only legacy files need it

    matches = from_bytes(data[:1_000_000])
    best = matches.best()
    if best is None:
        raise BinaryInputError("binary data (no text encoding fits), not a text dump or HTML page")
    encoding = best.encoding
    # Short Western texts often fit cp1250/cp1257 exactly as well as cp1252,
    # and a tie then goes to the first tried, turning "Muñoz" into "Muńoz".
    # On a tie, Windows-1252 (the web's legacy default) wins.
    for other in matches:
        if (
            other.encoding == "cp1252"
            and other.chaos == best.chaos
            and other.coherence == best.coherence
        ):
            encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding, errors="replace"), encoding + _REPLACED


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut multi-byte character, a stray
    Latin-1 byte), decoded as UTF-8 with U+FFFD for the broken bytes.

    Guessing a legacy encoding instead would garble every correct accented
    letter of the file to save a few broken ones.
    """
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    valid = non_ascii - text.count("\ufffd")
    return text if valid >= 2 * replaced else None


def check_text_size(text: str) -> None:
    """Decline a text dump beyond MAX_TEXT_CHARS or MAX_TEXT_LINES non-blank lines."""
    if len(text) > MAX_TEXT_CHARS:
        raise TooLargeError(
            f"a text dump of {len(text):,} characters; newsclip reads at most {MAX_TEXT_CHARS:,}"
        )
    if text.count("\n") > MAX_TEXT_LINES:  # only then count the non-blank ones
        lines = sum(map(bool, map(str.strip, text.split("\n"))))
        if lines > MAX_TEXT_LINES:
            raise TooLargeError(
                f"a text dump of {lines:,} non-blank lines; newsclip reads at most {MAX_TEXT_LINES:,}"
            )


def sniff_format(text: str) -> str:
    """``"html"`` when the text is markup, else ``"text"``: by content, not name.

    A browser's text dump can hold a few lines of markup (a ``<noscript>``
    tracking pixel, a code sample), so apart from a document start that only
    HTML has, the test is how many lines carry a tag: most of them in a page,
    a few in a dump.  Script and style blocks count as one line.
    """
    head = text[:65536]
    if _HTML_START.match(head):
        return "html"
    if not _TAG.search(head):  # most dumps: no tag at all
        return "text"
    lines = [ln for ln in _CODE_BLOCK.sub("<script></script>", head).split("\n") if ln.strip()]
    lines = lines[:400]
    tagged = sum(1 for ln in lines if "<" in ln and _TAG.search(ln))
    share = 0.25 if _DOC_TAG.search(head) else 0.5
    return "html" if tagged and tagged > share * len(lines) else "text"
