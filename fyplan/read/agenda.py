"""A meeting's news report as a list: each paragraph that opens with what the meeting did on one matter is an item.

A government's standing meeting is reported in paragraphs, one for each matter on its agenda::

    12月13日,区政府召开常务会议,研究大气污染防治等事项。区长叶大华主持会议。
    会议听取了关于大气污染防治工作进展情况的汇报,强调,要……
    会议研究了《采暖季供热保障工作方案》,强调,……由区城市管理委牵头,区住房城乡建设委配合,……
    会议审议并原则通过了《农村乱占耕地建房问题整治工作方案》,……由规划自然资源分局负责,……
    会议还研究了其他事项。

The report numbers nothing, so no line reads as an item; yet each matter is work the meeting gave out, and its
sentences say who answers (由X牵头,Y配合; 要求X、Y分别牵头), as minutes' do. Each such paragraph is numbered (1.会议…),
one line for one line, and the document is read as minutes (prose.with_prose_duties reads who answers). A matter
that names no one is an item with empty lists, never dropped. The news lead above the first matter and the closing
会议还研究了其他事项 are not matters. Below the first matter, a paragraph of the meeting's comment (会议强调,…) is a
matter of its own where it gives work to someone (由X牵头,…), else more of the matter above it.

Matters the report numbered in brackets, (1)会议听取… (a sub-point's numbering, with no item above it), are numbered so
too. Only where two paragraphs or more open so and the text numbers no other line of its own (a notice, or minutes with 一、关于…
topics, has its items already), and not in minutes (纪要) nor where ordinals (一是…二是…) set out the items.
"""

from __future__ import annotations

import re

from fyplan.hanzi import simplified
from fyplan.read.clauses import names_role
from fyplan.read.decode import without_pinyin
from fyplan.read.ordinals import has_ordinals
from fyplan.read.prose import ANY_NUMBER, clause_of, in_minutes
from fyplan.read.scans import holds

# 会议听取了…, 会议还研究了…, 会议审议并原则通过了…, 会议同意,…: what the meeting did on one matter, at a paragraph's
# start. (Not 会议指出/强调/要求: what the meeting thought of a matter, said about one already named or about the work at
# large — a paragraph of comment, no matter of its own; tests/review r29-33 reads a page of such paragraphs as no list.)
_MATTER = re.compile(
    r"^[ \t\u3000]*(?:会议|会上)(?:还|并|也|同时|首先|最后)?(?:听取|研究|审议|讨论|通过|原则同意|同意|传达|学习|部署|决定)"
)
# 会议还研究了其他事项。, 会议还研究审议了人事任免等其他事项: the report's closing line, no matter of its own.
_OTHER_MATTERS = re.compile(r"^[ \t\u3000]*会议还.{0,10}其他.{0,6}(?:事项|工作|议题)[。.]?[ \t\u3000]*$")
# 会议强调/指出/要求,… between two matters: the meeting's comment on the one above (more of its paragraph), or, where
# it gives work to someone (由X牵头,…), a matter of its own.
_MEETING_SAYS = re.compile(r"^[ \t\u3000]*(?:会议|会上)(?:还|并|同时)?(?:强调|指出|要求)")
# A list the text sets out itself (——加快…, 现将分工明确如下:): its items are read by their own steps. (Not a page's
# number, — 2 —.)
_OWN_LIST = re.compile(
    r"^[ \t\u3000]*(?:——|--)(?![ \t\u3000]*\d+[ \t\u3000]*[—-])|如下[:：][ \t\u3000]*$", re.MULTILINE
)
_BRACKETED_MATTER = re.compile(r"^[ \t\u3000]*\(\d{1,3}\)(?=[ \t\u3000]*(?:会议|会上|會議|會上))", re.MULTILINE)
_SPACES = " \t\u3000"
_LEAST_MATTERS = 2


def has_agenda(text: str) -> bool:
    """Quick test: the word for the meeting anywhere (simplified or traditional), no numbering nor list of the text's
    own (1. 一、 (一), ——…, …如下:), no run of ordinals (一是…二是…: the items the meeting set out, numbered by
    ordinals.numbered_ordinals) and no minutes (纪要: their decided matters are read by their own step,
    prose.numbered_decisions)."""
    return (
        (holds(text, "会议") or holds(text, "會議") or holds(text, "会上"))
        and ANY_NUMBER.search(text) is None
        and _OWN_LIST.search(text) is None
        and not has_ordinals(text)
        and not in_minutes(text)
    )


def _plain(line: str) -> str:
    """The line as the patterns read it: simplified, a mirror's pinyin after characters (會(huì)議) taken out."""
    return simplified(without_pinyin(line))


def numbered_agenda(text: str) -> str:
    """The text with each matter's paragraph numbered in order (1.会议听取了…); itself where it reports no meeting's
    matters (see the module's comment)."""
    original = text
    # ((1)会议听取…, (2)会议研究…: matters the report numbered in brackets, a sub-point's numbering with no item above
    # it — the same matters, numbered in order below)
    text = _BRACKETED_MATTER.sub("", text)
    if not has_agenda(text):
        return original
    lines = text.split("\n")
    plain = [_plain(line) for line in lines]
    matters = [
        k for k, said in enumerate(plain) if _MATTER.match(said) is not None and _OTHER_MATTERS.match(said) is None
    ]
    if len(matters) < _LEAST_MATTERS:
        return original
    # Below the first matter, a paragraph of the meeting's comment (会议强调,…) that gives work to someone (由X牵头,…) is a
    # matter of its own (it was read so before this step, as a paragraph naming who); between two matters, one that
    # names no one is more of the matter above it, joined to it (one line for one line). After the last matter such a
    # paragraph stays as it is (a closing word on the whole meeting, 会议强调,今年是…收官之年, is no matter's).
    found = set(matters)
    last = matters[0]
    for k in range(matters[0] + 1, len(lines)):
        if k in found:
            last = k
        elif _MEETING_SAYS.match(plain[k]) is None:
            continue
        elif _gives_work(plain[k]):
            found.add(k)  # (after the last matter too: it was read so, as a paragraph naming who)
            last = k
        elif k < matters[-1] and lines[last].strip():
            lines[last] = f"{lines[last].rstrip()}{lines[k].strip()}"
            lines[k] = ""
    matters = sorted(found)
    for count, k in enumerate(matters, 1):
        lines[k] = f"{count}.{lines[k].lstrip(_SPACES)}"
    return "\n".join(lines)


def _gives_work(paragraph: str) -> bool:
    """Do a paragraph's sentences give work to someone by a role's verb (由X牵头,Y配合)?"""
    said = clause_of(paragraph)
    return said is not None and names_role(said)
