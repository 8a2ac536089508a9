"""Bytes to text: size limit, binary detection, encoding detection, normalisation.

Every source format reads its input through these helpers, so a binary file, an
oversized file and a file in a legacy encoding are handled the same way everywhere.

>>> decode_text("Größe".encode("cp1252"), "x.txt")
'Größe'
>>> normalise_text("line one\\r\\nline two\\r")
'line one\\nline two\\n'
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from typing import BinaryIO

from healthkg.errors import LoaderError

__all__ = [
    "MAX_SOURCE_BYTES",
    "read_limited",
    "looks_binary",
    "decode_text",
    "normalise_text",
]

#: Largest single document (a text or HTML file, or one JSON line) read, in bytes.
#: Larger inputs raise :class:`~healthkg.errors.LoaderError` instead of exhausting memory.
MAX_SOURCE_BYTES = 50 * 1024 * 1024

#: Share of control characters (other than tab, newline, carriage return, form feed)
#: above which decoded text is taken for binary data.
MAX_CONTROL_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: How much of each candidate decoding is compared when the encoding is uncertain.
RANK_SAMPLE_CHARS = 65536
#: How many leading bytes decide the encoding of a large input.
DETECT_SAMPLE_BYTES = 262144
#: When charset-normalizer finds several equally good encodings, the most widespread
#: one wins (cp1250 and cp1252 often tie on Western European text).
_PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1251", "gb18030", "big5", "shift_jis",
              "euc_kr", "cp1250", "iso8859_2", "cp1253", "cp1254", "cp1256", "koi8_r")
#: Writing systems that one language mixes (Japanese kana with kanji).
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "FULLWIDTH": "CJK", "IDEOGRAPHIC": "CJK"}
_LETTERLIKE = {"Lu", "Ll", "Lt", "Lm", "Lo", "So", "Co", "Cn"}
_NEWLINES_RE = re.compile(r"\r\n?|\u2028|\u2029|\x85")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_limited(stream: BinaryIO, source: str, limit: int | None = None) -> bytes:
    """Read a whole stream, refusing more than ``limit`` bytes (default :data:`MAX_SOURCE_BYTES`).

    >>> import io
    >>> read_limited(io.BytesIO(b"abc"), "x.txt")
    b'abc'
    >>> read_limited(io.BytesIO(b"abcdef"), "x.txt", limit=3)
    Traceback (most recent call last):
    ...
    healthkg.errors.LoaderError: x.txt: document too large: over 3 bytes (the limit is MAX_SOURCE_BYTES)
    """
    limit = MAX_SOURCE_BYTES if limit is None else limit
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise LoaderError(f"document too large: over {limit} bytes (the limit is MAX_SOURCE_BYTES)", source=source)
    return data


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit regularly on odd/even positions (mostly-ASCII UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nuls > 0.5 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.5 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of an input are binary data rather than text in some encoding.

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    True
    >>> looks_binary("Grüße".encode("utf-16"))
    False
    """
    if _bom_encoding(head):
        return False
    return b"\x00" in head and _utf16_without_bom(head) is None


def _too_many_controls(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL_RE.findall(text)) / len(text) > MAX_CONTROL_SHARE or "\x00" in text


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "?").split(" ")[0]
    return _SCRIPT_GROUPS.get(name, name)


def _stray_letters(text: str) -> int:
    """Non-ASCII letters outside the text's main writing system (a stray "Ђ" in German text)."""
    scripts = [_script(ch) for ch in text if ch.isalpha()]
    if not scripts:
        return 0
    main = max(set(scripts), key=scripts.count)
    return sum(1 for ch in text if ord(ch) > 127 and ch.isalpha() and _script(ch) != main)


def _glued(text: str) -> bool:
    """Whether many non-Latin characters stick to ASCII letters inside words ("㎾erschrift").

    Real Cyrillic, Greek or CJK text does not glue its characters to Latin letters;
    a wrong decoding of Latin text with a few accented letters does.
    """
    foreign = [i for i, ch in enumerate(text) if ord(ch) > 127 and unicodedata.category(ch) in _LETTERLIKE
               and not unicodedata.name(ch, "LATIN").startswith("LATIN")]
    if not foreign:
        return False
    glued = sum(1 for i in foreign if (i > 0 and text[i - 1].isascii() and text[i - 1].isalpha())
                or (i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalpha()))
    return glued / len(foreign) > 0.2


def _ascii_compatible(encoding: str) -> bool:
    probe = b"Aa0 -.,\n"
    try:
        return probe.decode(encoding) == probe.decode("ascii")
    except (LookupError, UnicodeDecodeError):
        return False


def _detect(data: bytes) -> str | None:
    """The encoding of non-UTF-8 bytes: charset-normalizer's answer when it is confident,
    else the most plausible of its candidates and the common legacy encodings.

    Plausible means, in this order: no foreign letters glued to Latin ones, the lowest
    mess ratio, no stray letters of a second writing system, then the most widespread
    encoding (:data:`_PREFERRED`). Large inputs are judged on their first lines.
    """
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    if len(data) > DETECT_SAMPLE_BYTES:
        cut = data.rfind(b"\n", 0, DETECT_SAMPLE_BYTES)
        data = data[: cut if cut > 0 else DETECT_SAMPLE_BYTES]
    matches = list(from_bytes(data))
    if matches and matches[0].coherence >= 0.2 and not _glued(str(matches[0])):
        best = matches[0]
        ties = [m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01]
        for encoding in _PREFERRED:
            for match in ties:
                if encoding in (match.encoding, *match.could_be_from_charset):
                    return encoding
        return best.encoding
    candidates: dict[str, str] = {}  # decoded sample -> encoding
    for encoding in [*(m.encoding for m in matches if _ascii_compatible(m.encoding)), *_PREFERRED]:
        try:
            decoded = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.setdefault(decoded[:RANK_SAMPLE_CHARS], encoding)
    if not candidates:
        return None

    def rank(item: tuple[str, str]) -> tuple:
        sample, encoding = item
        preference = _PREFERRED.index(encoding) if encoding in _PREFERRED else len(_PREFERRED)
        return (_glued(sample), round(mess_ratio(sample), 1), _stray_letters(sample) > 0, preference)

    return min(candidates.items(), key=rank)[1]


def decode_text(data: bytes, source: str) -> str:
    """Decode bytes in any encoding (BOM, UTF-8, UTF-16, cp1252, latin-1, ...) to ``str``.

    Raises :class:`LoaderError` ``"not a text file: binary content"`` for binary data.

    >>> decode_text(b"\\xff\\xfeh\\x00i\\x00", "x.txt")
    'hi'
    >>> decode_text(b"\\x89PNG\\x00\\x00\\x00", "x.png")
    Traceback (most recent call last):
    ...
    healthkg.errors.LoaderError: x.png: not a text file: binary content
    """
    encoding = _bom_encoding(data)
    text: str | None = None
    if encoding:
        try:
            text = data[_bom_length(data):].decode(encoding)
        except UnicodeDecodeError:
            text = None
    elif b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess:
            try:
                text = data.decode(guess)
            except UnicodeDecodeError:
                text = None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = _detect(data)
            try:
                text = data.decode(encoding) if encoding else None
            except UnicodeDecodeError:
                text = None
    if text is None or _too_many_controls(text):
        raise LoaderError("not a text file: binary content", source=source)
    return text


def _bom_length(data: bytes) -> int:
    for bom, _encoding in _BOMS:
        if data.startswith(bom):
            return len(bom)
    return 0


def normalise_text(text: str) -> str:
    """Newlines to ``\\n`` and Unicode NFC; nothing else changes (offsets refer to the result).

    >>> normalise_text("Cafe\\u0301\\r\\n")
    'Café\\n'
    """
    text = text.lstrip("\ufeff")
    return unicodedata.normalize("NFC", _NEWLINES_RE.sub("\n", text))
