"""What conversion tools leave in a notice's text, taken out before anything reads it (each line stays a
line, so every line keeps its number):

- Markdown from pandoc, html2text or markitdown: ``**bold**`` (and an e-mail's ``*bold*``), ``[text](link)``, images, ``[]{#_Toc… .anchor}``
  bookmarks, backslash escapes (``1\\.``, ``8%\\*``), heading marks (``# 标题``) and list bullets (``* ``);
  ``<br>`` in a table's cell (its line break: a space, so 黄志强<br>林晓燕 are two names, the row one line);
- a spreadsheet turned to a Markdown table by pandas: ``NaN`` cells are empty, ``Unnamed: 3`` is no
  column's name (the sheet's merged title row became the header), a date cell's ``00:00:00`` is no time;
- a web page dumped by lynx or w3m: link numbers (``[12]首页``) and the list of links after ``References``;
- a forwarded e-mail's quote marks (``> `` before each line) and the anchors of Word's comments (``[批注2]``);
- a group chat copied (WeChat, QQ, DingTalk): each message's header, its sender and time on a line of their own
  (``市政府办-杨丽 2026/3/3 9:03:41``), is blanked, so a message's first line is not read as going on from it;
- a format=flowed e-mail's soft line breaks (a space at the end of a line the client wrapped at ~72 columns): the
  next line joins it, and an empty line stands where it was.

Each is looked for only where its marks are in the text; a notice typed by hand has none of them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

from fyplan import units
from fyplan.read.decode import BOLD_LEADS
from fyplan.read.scans import holds

# ---- Markdown ------------------------------------------------------------------------------------------

_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\((?:https?:|javascript:|/|\.|#)[^)\n]*\)")
_ANCHOR = re.compile(r"\[\]\{[^}\n]*\}")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# *责任领导*：马 超 — an e-mail client's plain text (or Markdown's, a chat's) of bold words: one star each side of a
# few words, not after a word's character (区财政局*、区发改局: a star after a name marks the lead, decode._star_marks)
# nor before one (*为省级试点: a footnote's mark). (A format=flowed mail's soft break, a space at a line's end, may
# fall inside: *完 / 成时限*; the line stays.)
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])((?:[^*\n]| \n){1,40}?)(?<=[^\s*])\*(?![\w*])")
_ESCAPE = re.compile(r"\\([.*_\-+#()\[\]!|`~<>])")
_HEADING_MARK = re.compile(r"^#{1,6} +", re.MULTILINE)
# (- is left: - 3 - is a page's number.)
_BULLET = re.compile(r"^ {0,4}[*+] {1,3}(?=\S)", re.MULTILINE)


_BREAK = re.compile(r"<br *\/?>", re.IGNORECASE)


def _markdown(text: str) -> str:
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub(r"\1", text))
    if "[]{" in text:
        text = _ANCHOR.sub("", text)
    if "**" in text:
        # (where a legend says bold names lead, 责任单位中加粗的为牵头单位, each bold name is marked as a lead, ★)
        text = _BOLD.sub(r"★\1" if BOLD_LEADS.search(text) is not None else r"\1", text)
    if "*" in text:
        text = _EMPHASIS.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "# " in text:
        text = _HEADING_MARK.sub("", text)
    if "* " in text or "+ " in text:
        text = _BULLET.sub("", text)
    if "<" in text:
        # (a cell of short pieces one a line, 马 骁<br>沙马日哈: a list of names, each its own; any other, one line)
        text = _LISTED_CELL.sub(_listed, text)
        text = _BREAK.sub(" ", text)
    return text


def _listed(m: re.Match[str]) -> str:
    """A cell of pieces one a line: parted by 、 where each piece is a whole name (a body's, a person's), else one line
    (区发展和改<br>革委员会: a wrap; 副区长<br>王强: a title over its name)."""
    pieces = _BREAK.split(m.group())
    whole = all(units.whole_name(piece.strip().replace(" ", "")) for piece in pieces)
    return "、".join(piece.strip() for piece in pieces) if whole else m.group()


# A table cell whose pieces between its line breaks are each a few words, no sentence mark (names, dates).
# (names have no figures: 新增家庭农场12家<br>培育合作社5家 is a task's two lines, 2024年6月<br>2024年12月 two dates)
_LISTED_CELL = re.compile(
    r"(?<=\|)[^|\n。,;，；:：<\d]{1,15}(?:<br *\/?>[^|\n。,;，；:：<\d]{1,15})+(?=\|)", re.IGNORECASE
)


# ---- pandas' Markdown tables ----------------------------------------------------------------------------

_NAN_CELL = re.compile(r"(?<=\|) *(?:NaN|nan|None|NaT) *(?=\||$)", re.MULTILINE)
_UNNAMED = re.compile(r"\| *Unnamed: *\d+ *(?=\|)")
_MIDNIGHT = re.compile(r"(\d{4}-\d{2}-\d{2}) 00:00:00")


def _pandas(text: str) -> str:
    if "Unnamed:" in text:
        # | 某市2023年…分解表 | Unnamed: 1 | Unnamed: 2 | — a title, not a header: its text alone.
        text = _UNNAMED.sub("", text)
    if "NaN" in text or "nan" in text or "None" in text or "NaT" in text:
        text = _NAN_CELL.sub(" ", text)
    if " 00:00:00" in text:
        text = _MIDNIGHT.sub(r"\1", text)
    return text


# ---- lynx / w3m dumps --------------------------------------------------------------------------------

# (Not after a character of a word: 县政发[2019]8号 is a document's number, its year in brackets.)
_LINK_NUMBER = re.compile(r"(?<![\w\u4e00-\u9fff])\[\d{1,4}\](?=\S)")
_REFERENCES = re.compile(r"^ *(?:References|Visible links|Hidden links|链接|參考鏈接)$", re.MULTILINE)
_REFERENCE_LINE = re.compile(r"^ *\d{1,4}\. +(?:[a-z]+://|javascript:|mailto:)\S*$|^ *$")


def _dump(text: str) -> str:
    m = _REFERENCES.search(text)
    if m is None:
        return text
    head, tail = text[: m.start()], text[m.start() :].split("\n")
    # The list of links is the page's end; lines after it that are not links are kept.
    tail = ["" if k == 0 or _REFERENCE_LINE.match(line) else line for k, line in enumerate(tail)]
    return _LINK_NUMBER.sub("", head) + "\n".join(tail)


# ---- e-mail and word-processor residue ---------------------------------------------------------------

# > 一、推动经济…: a forwarded message's lines, quoted (once or more, with or without a space after).
_QUOTED = re.compile(r"^(?:>(?: |(?=>)|$))+", re.MULTILINE)  # (not >95%: a table's cell)
# 县政务服务中心[批注2]: a comment's anchor left by Word in the text it comments on (not the comment's own line,
# which starts with it).
_COMMENT_MARK = re.compile(r"(?<=\S)\[(?:批注|批註|注释|Comment|comment) ?\d{1,3}\]")


_COMMENT_AT = re.compile(r"\[(?:批注|批註|注释|[Cc]omment)")  # led by its literal [: quick where there is none


# A line a mail client wrapped (format=flowed, RFC 3676): it ends in one space after its last character, the next
# line is not blank. The client fills its lines to its width (72-78 columns), so only lines that wide are soft
# breaks, and only in a text whose lines all keep to such a width (a web page's paragraphs that end in a stray space
# are as long as the paragraph). (The signature's "-- " is narrower than any.)
# The client breaks after a word (a character, a figure: 区统 / 计局, 2023 / 年), never after a table's | whose last
# cell is empty, and no line it goes on to opens with an item's number (二、, 3., (4)).
_FLOWED = re.compile(
    r"^([^\n]*\w) \n(?=[^\s])(?![一二三四五六七八九十]{1,3}、|\d{1,3}[.、．]|[(（]\d{1,3}[)）]|第[一二三四五六七八九十\d])",
    re.MULTILINE,
)
_FLOWED_WIDEST = 80  # columns
_FLOWED_NARROWEST = 56  # columns a wrapped line fills at least (the width less a long word)
_FLOWED_SHARE = 0.9  # of the text's lines that keep to the width
_FLOWED_LEAST = 2  # soft breaks


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _hard_wraps(text: str) -> int:
    """How many lines fill the width of a mail's wrapped line and go on to the next line with no space at their end:
    a mail client breaks a line that wide after a space (a soft break), a PDF's or a typist's fixed width anywhere."""
    lines = text.split("\n")
    return sum(
        1
        for line, after in itertools.pairwise(lines)
        if after.strip() and line[-1:].strip() and _FLOWED_NARROWEST <= _columns(line) <= _FLOWED_WIDEST
    )


def _flowed(text: str) -> str:
    """``text`` with a format=flowed mail's soft breaks joined (the joined line's place left empty), or as it is."""
    breaks = [m for m in _FLOWED.finditer(text) if _FLOWED_NARROWEST <= _columns(m.group(1)) + 1 <= _FLOWED_WIDEST]
    if len(breaks) < _FLOWED_LEAST:
        return text
    lines = [line for line in text.split("\n") if line.strip()]
    if sum(_columns(line) <= _FLOWED_WIDEST for line in lines) < _FLOWED_SHARE * len(lines):
        return text
    if len(breaks) <= _hard_wraps(text):
        return text  # a PDF's hard-wrapped lines, some of which happen to end at a space between two words
    soft = {m.end() for m in breaks}  # where each line that goes on starts
    out: list[str] = []
    pending = 0  # empty lines owed: one for each line joined to the one before it
    pos = 0
    for at in sorted(soft):
        out.append(text[pos : at - 2])  # the line without its space and break
        pos = at
        pending += 1
        end = text.find("\n", at)
        if end < 0 or end + 1 in soft:
            continue
        out.append(text[at:end] + "\n" * (pending + 1))
        pending = 0
        pos = end + 1
    out.append(text[pos:] + "\n" * pending)
    return "".join(out)


# A chat message's header: a sender (a name, a unit-name, a nickname: no sentence mark) and the time it was sent, in
# either order, alone on its line. (2026/3/3 9:03:41, 2026-03-03 09:03, 9:03:41 alone after the sender)
_CHAT_WHEN = r"(?:\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日? +)?\d{1,2}:\d{2}(?::\d{2})?"
_CHAT_SENDER = r"[^\s。,，:：;；、()（）][^\n。,，:：;；、]{0,29}?"
_CHAT_HEADER = re.compile(
    rf"^[ \t]*(?:{_CHAT_SENDER}[ \t]+{_CHAT_WHEN}|{_CHAT_WHEN}[ \t]+{_CHAT_SENDER})[ \t]*$", re.MULTILINE
)
# (found by a clock's minutes, led by its literal colon, then the line around each asked: the header's pattern at
# every line start cost ~10 ms per MB of a notice with ASCII colons in it, issue 13)
_CHAT_TIME = re.compile(r":\d\d")  # (every header's time holds one: _CHAT_WHEN's minutes)
_CHAT_HEADERS = 2  # a chat has several messages; one line like it is anything else
# In a chat, a reply's quote of an earlier message (「市政府办-杨丽:8.完成…」) and the dashed rule under it: the item
# quoted is read where it was first sent, not again as a line of the message before the reply.
_CHAT_QUOTE = re.compile(r"^[ \t]*(?:「[^」\n]{1,30}[:：][^\n]*」|(?:- ){3,}-?)[ \t]*$", re.MULTILINE)


def _chat_headers(text: str) -> Iterator[tuple[int, int]]:
    """Where each line that is a chat message's header starts and ends, found from the clocks in the text."""
    end = -1
    for m in _CHAT_TIME.finditer(text):
        if m.start() < end:
            continue  # (another clock on a line already asked)
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if _CHAT_HEADER.fullmatch(text[start:end]) is not None:
            yield start, end


def _chat(text: str) -> str:
    """``text`` without its chat headers (and the quotes of replies), where it holds two headers or more."""
    headers = list(_chat_headers(text))
    if len(headers) < _CHAT_HEADERS:
        return text
    if "「" in text or "- - -" in text:
        headers = sorted(headers + [m.span() for m in _CHAT_QUOTE.finditer(text)])
    out: list[str] = []
    pos = 0
    for start, end in headers:
        out.append(text[pos:start])
        pos = end
    return "".join(out) + text[pos:]


def without_exports(text: str) -> str:
    """``text`` without the marks conversion tools leave (see the module's docstring)."""
    # Each mark looked for by a character of it first (scans.holds, or a one-character ``in`` before a test of a line's
    # start): absent, a one-character scan is ~30x quicker than one for the mark (a notice's text holds none of most;
    # issue 13).
    if ">" in text and (holds(text, "\n>") or text.startswith(">")):
        text = _QUOTED.sub("", text)
    if " \n" in text:
        text = _flowed(text)
    if ":" in text:
        text = _chat(text)
    if "[" in text and _COMMENT_AT.search(text):
        text = _COMMENT_MARK.sub("", text)
    if (
        holds(text, "**")
        or ("*" in text and _EMPHASIS.search(text) is not None)
        or holds(text, "](")
        or holds(text, "[]{")
        or "\\" in text
        or ("#" in text and "\n# " in text)
        or holds(text, "<br")
        or holds(text, "<BR")
    ):
        text = _markdown(text)
    if "|" in text or holds(text, "Unnamed:"):
        text = _pandas(text)
    if holds(text, "References"):
        text = _dump(text)
    return text
