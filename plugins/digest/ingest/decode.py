"""Bytes to clean text: encoding detection and whitespace normalisation."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The input is not text in an encoding the ingester knows."""


# Legacy encodings of the digest's two languages; supersets of GB2312/GBK and EUC-KR.
CANDIDATES = ("gb18030", "cp949")
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "windows-949": "cp949",
    "uhc": "cp949",
}
_DECLARED_RE = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BINARY_SHARE = 0.01  # NUL or control bytes beyond this share of the input mean binary data
_BINARY_PROBE = 8192  # bytes looked at for control characters
# C0 controls that no text page holds (tab, line ends, form feed and escape are text).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_SPACES += "\u202f\u205f\u3000"
_SPACE_TABLE = {ord(char): " " for char in _SPACES}
_SPACE_TABLE.update({ord(char): None for char in "\u200b\u200c\u200d\u2060\ufeff\u00ad"})
_SPACE_TABLE.update({ord("\u2028"): "\n", ord("\u2029"): "\n\n"})


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` (UTF-8 with or without BOM, GB18030/GBK, EUC-KR/CP949); normalised."""
    return normalize_text(_decode(data))


def _decode(data: bytes) -> str:
    if not data:
        return ""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if is_binary(data):
        raise DecodeError("binary data, not a text page")
    for encoding in ("utf-8", declared_encoding(data)):
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    best = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable bytes: no known text encoding fits")
    return str(best)


def is_binary(data: bytes) -> bool:
    """Whether ``data`` holds more NUL or other control bytes than any text page would."""
    head = data[:_BINARY_PROBE]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return data.count(0) > max(1, len(data) * _BINARY_SHARE) or controls > max(
        1, len(head) * _BINARY_SHARE
    )


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML/XML head declares, mapped to the superset we decode with."""
    match = _DECLARED_RE.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    return _ALIASES.get(name, name)


def normalize_text(text: str) -> str:
    """NFC; LF line ends; exotic spaces as spaces; no zero-width characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text.translate(_SPACE_TABLE))
    return "\n".join(line.rstrip() for line in text.split("\n"))
