"""Text a document-sharing site's viewer cut into numbered chunks (1、…, 2、…, 3、…, each a long run of the document's
text, the cuts falling anywhere, mid-word too: …个体工商 / 2、户提供…): the chunks joined again without the viewer's
numbers, so that the document's own numbering (一、, (一), 1.) is what the layout stage reads.

A list whose items are numbered 1、 2、 is no such text: its lines are items, each closing its sentence, and seldom
hundreds of characters long. So the chunks are told by their length and by where they are cut: every chunk but the
last is long (shorter where the page says it is a sharing site's: 由会员分享, 全文预览已结束, an uploader's line 上传人:…
文档编号:…), and most cuts fall inside a sentence — not at a sentence's, a name's, a date's or a field's short value's
end (…完成时限:持续推进: a list's line). The line count is kept (a joined chunk leaves its line empty), so
the lines after the chunks keep their numbers.
"""

from __future__ import annotations

import re

from fyplan.units import ends_like_unit

_CHUNK_MARK = re.compile(r"^(\d{1,3})、", re.MULTILINE)
_LONG = 300  # characters: a chunk but the last is at least this long (a viewer's page of text)
_SHORT = 80  # characters: the same where the page names itself a document-sharing site's
# A document-sharing site's own words about the file it shows (人人文库, 原创力, 三一办公 and their kin).
# (上传人:…  文档编号:…: the uploader and the file's number a sharing site prints over the text)
_SHARING_SITE = re.compile(
    r"由会员分享|可在线阅读|全文预览已结束|下载本文档|文档页数|文檔頁數|由會員分享|上传人|上傳人|文档编号|文檔編號"
)
_SENTENCE_ENDS = ("。", ";", "；", "!", "?", "！", "？", ")", "）", ":", "：")


def _cut_inside(chunk: str) -> bool:
    """Does the chunk end where no line of a list would: neither a sentence's end, nor a name's (…责任单位:县住建局), nor
    a date's (…2021年底前)?"""
    if chunk.endswith(_SENTENCE_ENDS) or chunk[-1:].isdigit():
        return False
    field, colon, value = chunk.rpartition(":")
    if colon and field and len(value) <= _FIELD_VALUE and "。" not in value:
        return False  # (…责任单位:县住建局 完成时限:持续推进: a list's line ends in a field's short value)
    last = re.split(r"[,，、:：;；]", chunk)[-1]
    return not ends_like_unit(last) and not _DATE_END.search(chunk)


_DATE_END = re.compile(r"(?:年|月|日|底|前|内|末)$")
# A table's row number, then a space, at a chunk's start (a table run together with single spaces).
_ROW_NUMBER_FIRST = re.compile(r"^\s*\d{1,3} ")
_FIELD_VALUE = 20  # characters: a field's value at a list line's end (完成时限:持续推进), no viewer's cut


def joined_chunks(text: str) -> str:
    """``text`` with a run of viewer chunks (lines 1、 2、 … in order, see the module) joined on the first chunk's
    line, the numbers dropped; ``text`` itself where it holds none."""
    if "\n2、" not in text:
        return text
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.startswith("1、")), None)
    if first is None:
        return text
    end = first
    while end < len(lines) and (m := _CHUNK_MARK.match(lines[end])) is not None and int(m.group(1)) == end - first + 1:
        end += 1
    chunks = lines[first:end]
    # (a sharing site that says what it is — 由会员分享, 全文预览已结束 — cuts its chunks shorter)
    least = _SHORT if _SHARING_SITE.search(text) is not None else _LONG
    if len(chunks) < 2 or any(len(chunk) < least for chunk in chunks[:-1]):
        return text
    cut_inside = sum(1 for chunk in chunks[:-1] if _cut_inside(chunk.rstrip()))
    if 2 * cut_inside < len(chunks) - 1:
        return text  # (most cuts at a sentence's end: long numbered paragraphs, a list's items)
    joined = ""
    for chunk in chunks:
        piece = _CHUNK_MARK.sub("", chunk, count=1)
        if joined and not joined[-1].isdigit() and _ROW_NUMBER_FIRST.match(piece):
            piece = (
                " " + piece.lstrip()
            )  # (…持续推进 / 2、4 做好…: a row's number and its space start the chunk, a cell's end
            # the one before — no word cut there; glued, 推进4 would hide the row)
        joined += piece
    return "\n".join([*lines[:first], joined, *([""] * (len(chunks) - 1)), *lines[end:]])
