"""What kind of document a file is, from its bytes."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

Kind = Literal["text", "docx", "xlsx", "ods", "html", "pdf", "ole", "zip", "json"]

# A JSON download: an object or a list of them, its first field's name in quotes before a colon.
_JSON = re.compile(rb'^[\[{]\s*(?:\{\s*)?"[^"\n]{1,80}"\s*:')
_LEADING_COMMENTS = re.compile(rb"^(?:<!--.*?-->\s*)+", re.DOTALL)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|table|p|div|br)[\s>/]", re.IGNORECASE)


def kind_of(data: bytes) -> Kind:
    """The document kind by magic bytes and, for zip archives, by the members that make the format."""
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"  # old binary Office (.doc .xls .wps) or an encrypted .docx/.xlsx
    if data.lstrip()[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") == 0:
        return "pdf"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"[") and _JSON.match(head):
        return "json"
    # (<!-- converted from 某文件.pdf --> over a converter's Markdown: its comment alone makes no page, a tag after it
    # does — a <br> in a table's cell is the Markdown's own)
    head = _LEADING_COMMENTS.sub(b"", head)
    if head.startswith(b"<") and _HTML.search(head[:2048]) and not _stray_tags_over_text(data):
        return "html"
    if b"<" in head[:2048] and re.search(rb"<(?:html|body|table)[\s>]", data[:65536], re.IGNORECASE):
        return "html"
    return "text"


def _stray_tags_over_text(data: bytes) -> bool:
    """A mirror's stray tags over a page's text (<legend id=…></legend> / <p id=…><td …></td></p> …, then the notice's
    lines with no tag): no page to parse — parsed so, its lines would run together. Only where no <html>, <body>,
    <table> or <tr> stands in it, every tag stands in the lines at its top, and ten lines or more with none follow."""
    sample = data[:65536]
    if re.search(rb"<(?:html|body|table|tr)[\s>]", sample, re.IGNORECASE):
        return False
    lines = [line for line in sample.split(b"\n") if line.strip()]
    tagged = [k for k, line in enumerate(lines) if re.search(rb"<[a-zA-Z/!][^<>]{0,200}>", line)]
    # (the tags all in a block at the top, the page's lines after them with none: the mirror's debris)
    return len(lines) - len(tagged) >= 10 and tagged == list(range(len(tagged)))


def _zip_kind(data: bytes) -> Kind:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except Exception:  # zipfile raises many kinds on damaged archives (NotImplementedError, EOFError …)
        return "zip"  # damaged: the reader of the format it claims will say so
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and "mimetype" in names:
        return "ods"
    return "zip"


def ole_is_encrypted(data: bytes) -> bool:
    """An encrypted .docx/.xlsx is an OLE file holding an EncryptedPackage stream."""
    return (
        "EncryptedPackage".encode("utf-16-le") in data[:1_048_576] or b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data[:65536]
    )
