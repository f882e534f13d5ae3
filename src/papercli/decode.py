"""Bytes to text: the only place where bytes become ``str``.

Order of evidence: an explicit ``--encoding``; a byte-order mark; strict UTF-8;
UTF-16 without BOM (from the pattern of NUL bytes); then chardet, whose guess must
reach a confidence threshold or the file is refused with a hint to use ``--encoding``.

Input is decoded as a stream of chunks: the encoding is decided on the first
:data:`SAMPLE_BYTES` (a multibyte sequence cut at the sample's end is not held
against a codec), then each chunk is decoded incrementally, so memory follows the
page, not the file.
"""

from __future__ import annotations

import codecs
import itertools
import re
import warnings
from collections.abc import Iterable, Iterator

from papercli.errors import PaperError, PaperWarning

SAMPLE_BYTES = 1 << 20
MIN_CONFIDENCE = 0.5
MIN_PLAUSIBLE = 0.97
#: chardet names mapped to the superset codec that decodes them without loss
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs",
             "ascii": "utf-8", "euc-tw": "big5hkscs"}
BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be")]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF.

    >>> normalise_newlines("a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_pages(text: str) -> list[str]:
    """Split at form feeds, one text a page; a trailing form feed adds no empty page.

    >>> split_pages("a\\fb\\f")
    ['a', 'b']
    """
    return list(page_texts([text]))


def page_texts(pieces: Iterable[str]) -> Iterator[str]:
    """The pages of a text that arrives in pieces: each is yielded as soon as its
    form feed is read, so only one page is held at a time.

    >>> list(page_texts(["a\\fb", "c\\f", " "]))
    ['a', 'bc']
    """
    buf: list[str] = []
    emitted = False
    for piece in pieces:
        while "\f" in piece:
            head, piece = piece.split("\f", 1)
            buf.append(head)
            yield "".join(buf)
            buf, emitted = [], True
        buf.append(piece)
    rest = "".join(buf)
    if not emitted or rest.strip():
        yield rest


def _utf16_without_bom(data: bytes) -> str | None:
    """BOM-less UTF-16: NUL bytes are there, and one byte order gives real text."""
    sample = data[:8192]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    best, best_score = None, 0.0
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = sample[: len(sample) // 2 * 2].decode(name)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if score > best_score:
            best, best_score = name, score
    return best if best_score >= MIN_PLAUSIBLE else None


def _strict(data: bytes, name: str, final: bool = True) -> str:
    """``data`` decoded strictly; with ``final`` false a sequence cut at the end is no error."""
    return codecs.getincrementaldecoder(name)().decode(data, final=final)


def detect_encoding(data: bytes, source: str = "-", final: bool = True) -> str:
    """Name the codec that decodes ``data``; raise :class:`PaperError` when unsure.

    ``final`` false means ``data`` is only the first part of the input.
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            return name + "-sig" if name == "utf-8" else name
    try:
        _strict(data, "utf-8", final)
        return "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    guess16 = _utf16_without_bom(data)
    if guess16:
        return guess16
    if b"\x00" in data[:65536]:
        raise PaperError(source, "binary data (NUL bytes), not a text page")
    return _guess_cjk_or_legacy(data, source, utf8_error, final)


_PLAUSIBLE = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
)


def plausibility(text: str) -> float:
    """Share of characters that ordinary newspaper text is made of.

    Mojibake from a wrong codec is full of rare CJK, symbols and control characters.

    >>> plausibility("本报讯 2月15日，离石区。") == 1.0
    True
    """
    if not text:
        return 0.0
    return len(_PLAUSIBLE.findall(text)) / len(text)


def _guess_cjk_or_legacy(data: bytes, source: str, utf8_error: UnicodeDecodeError, final: bool = True) -> str:
    """chardet's guess checked by a strict decode; GB18030 and Big5 tried as well.

    The codec whose text looks most like real text wins; if none reaches
    :data:`MIN_PLAUSIBLE`, the file is refused rather than turned into mojibake.
    """
    import chardet

    sample = data[:200_000]
    found = chardet.detect(sample)
    guess = (found.get("encoding") or "").lower()
    conf = found.get("confidence") or 0.0
    cands = []
    for name in (SUPERSETS.get(guess, guess), "gb18030", "big5hkscs"):
        if name and name not in cands:
            cands.append(name)
    best, best_score = "", 0.0
    for name in cands:
        try:
            text = _strict(data, name, final)
        except (UnicodeDecodeError, LookupError) as e:
            if not (isinstance(e, UnicodeDecodeError) and e.start >= len(data) - 3):
                continue
            text = data.decode(name, errors="replace")
        score = plausibility(text[:100_000]) + (0.01 if name == cands[0] and conf >= MIN_CONFIDENCE else 0)
        if score > best_score:
            best, best_score = name, score
    if best_score < MIN_PLAUSIBLE:
        if final and utf8_error.start >= len(data) - 3:
            return "utf-8"  # valid UTF-8 cut off mid-character at the very end
        raise PaperError(
            source,
            f"cannot tell the encoding (best guess {guess or 'none'} at {conf:.0%} confidence); "
            "name it with --encoding",
        )
    return best


def decode_bytes(data: bytes, source: str = "-", encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text with LF newlines; return ``(text, encoding)``.

    >>> decode_bytes("本报讯".encode("gb18030"), encoding="gbk")
    ('本报讯', 'gb18030')
    """
    enc, pieces = decode_stream([data], source, encoding)
    return "".join(pieces), enc


def read_sample(chunks: Iterable[bytes], size: int = SAMPLE_BYTES) -> tuple[bytes, bool, Iterator[bytes]]:
    """The first ``size`` bytes or more of a chunk stream, whether that is all of it,
    and the stream of the chunks after them."""
    it = iter(chunks)
    head: list[bytes] = []
    got = 0
    for c in it:
        head.append(c)
        got += len(c)
        if got >= size:
            break
    nxt = next(it, None)
    rest = iter(()) if nxt is None else itertools.chain([nxt], it)
    return b"".join(head), nxt is None, rest


def _codec(encoding: str, source: str) -> str:
    enc = SUPERSETS.get(encoding.lower(), encoding)
    try:
        codecs.lookup(enc)
    except LookupError:
        raise PaperError(source, f"unknown encoding {encoding!r}") from None
    return enc


def decode_stream(chunks: Iterable[bytes], source: str = "-",
                  encoding: str | None = None) -> tuple[str, Iterator[str]]:
    """The encoding of a chunked input (decided on its first chunk) and its text, piece by piece.

    Errors are raised as :class:`PaperError` when the piece that holds them is read.

    >>> enc, pieces = decode_stream([b"a\\r", b"\\nb\\xe6\\x9c", b"\\xac"])
    >>> enc, "".join(pieces)
    ('utf-8', 'a\\nb本')
    """
    sample, final, rest = read_sample(chunks)
    enc = _codec(encoding, source) if encoding else detect_encoding(sample, source, final)
    pieces = _decode_pieces(itertools.chain([sample], rest), enc, source, explicit=encoding)
    return enc.replace("-sig", ""), pieces


def _decode_pieces(chunks: Iterator[bytes], enc: str, source: str, explicit: str | None) -> Iterator[str]:
    dec = codecs.getincrementaldecoder(enc)()
    offset = 0  # bytes handed to the decoder before this chunk
    held = ""  # a CR at a piece's end may be the first half of CRLF
    first = True
    chunk: bytes | None = next(chunks, b"")
    while chunk is not None:
        nxt = next(chunks, None)
        pending = dec.getstate()[0]
        try:
            text = dec.decode(chunk, final=nxt is None)
        except UnicodeDecodeError as e:
            at = offset - len(pending) + e.start
            if explicit:
                raise PaperError(source, f"not valid {explicit} at byte {at}: {e.reason}") from None
            if nxt is not None or e.start < len(pending) + len(chunk) - 3:
                raise PaperError(source, f"looks like {enc} but byte {at} is not; name it with --encoding") from None
            text = (pending + chunk).decode(enc, errors="replace")  # a multibyte sequence cut at the end
            warnings.warn(PaperWarning(source, f"ends inside a character (byte {at}); kept as U+FFFD"),
                          stacklevel=2)
        offset += len(chunk)
        if first and enc.startswith("utf-16") and text.startswith("\ufeff"):
            text = text[1:]
        first = False
        text = held + text
        held = ""
        if nxt is not None and text.endswith("\r"):
            text, held = text[:-1], "\r"
        text = normalise_newlines(text)
        yield _CONTROL.sub("", text) if _CONTROL.search(text) else text
        chunk = nxt
