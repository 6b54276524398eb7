"""A notice of who among the government's leaders does what (领导工作分工), one paragraph a leader::

    王德林同志:协助市长负责常务工作,负责发展改革、财政方面工作。分管市发展和改革局、市财政局。联系市国税局。
    孙宝华同志:负责工业、交通方面工作。分管市经济局、市交通局。

Each paragraph is an item numbered in order, 1. 2. …: the person before 同志: its leader (the grammar reads a leader
named first so, ``grammar._leader_first``), the bodies the paragraph says the leader 分管 (oversees) or 联系 (keeps in
touch with) its units, written as a 责任单位 field in a bracket at the paragraph's end (read as a lone 责任单位 is,
DESIGN.md), which the clause reader takes as the item's duties and no words of its text. The
fields of work (负责发展改革、财政方面工作) name no body. Only where three paragraphs or more in a run open so and nothing
in the text is numbered; the text itself otherwise.
"""

from __future__ import annotations

import re

from fyplan import units

# 刘振东同志:主持市政府全面工作… — a leader's paragraph (not 同志们: an address to the audience); a two-character name
# spaced to three's width (陈 刚同志:), a note on the post after 同志 (刘建军同志(挂职):).
_PORTFOLIO = re.compile(
    r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}))同志"
    r"(?:[(（][\u4e00-\u9fff]{1,8}[)）])?[:：](?P<said>\S.*)$"
)
# 分管市审计局、市编委办。 / 联系市供电局、海伦火车站。: the bodies a sentence says the leader oversees or liaises with.
_BODIES = re.compile(r"(?:^|[。;；])[ \u3000]*(?:分管|联系|聯繫|联系指导)(?P<names>[^。;；]+)")
_NUMBERED = re.compile(
    r"^[ \t\u3000]*(?:\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、|\(\d{1,3}\)|（\d{1,3}）)", re.MULTILINE
)
# 副省长韩永文负责住房和城乡建设…方面工作。/ 市长张广宁:主持市政府全面工作。: the post, the leader's name and what
# they do (or a colon) — a leader's paragraph too, the name told from the verb after it.
_TITLED = re.compile(
    r"^[ \t\u3000]*(?:代|常务|常務)?副?(?:[省市县区州旗縣區]长|[省市县区州旗縣區]長|[省市县区縣區]长助理|秘书长|秘書長|副秘书长)"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:[:：]|(?=负责|負責|分管|主持|领导|領導|协助|協助|联系|聯繫))(?P<said>\S.*)$"
)
_LEAST = 3


def numbered_portfolios(text: str) -> str:
    """``text`` with each leader's paragraph numbered as an item and its bodies a bracket at its end (see the
    module's doc)."""
    if ("同志" not in text and "长" not in text and "長" not in text) or _NUMBERED.search(text):
        return text
    lines = text.split("\n")
    found = [k for k, line in enumerate(lines) if _PORTFOLIO.match(line)]
    titled: dict[int, str] = {}
    if len(found) < _LEAST:
        # (副省长韩永文负责… one a line: the name after the post, the leader written as a field at the line's end)
        titled = {k: m.group("name") for k, line in enumerate(lines) if (m := _TITLED.match(line)) is not None}
        if len(titled) < _LEAST or not all(units.is_person(name) for name in titled.values()):
            return text
        found = sorted(titled)
    for count, k in enumerate(found, 1):
        said = lines[k].strip(" \t\u3000")
        bodies = [
            name
            for m in _BODIES.finditer(said)
            for name in units.split_names(m.group("names").strip()).names
            if units.looks_like_unit(name)
        ]
        fields = [f"责任领导:{titled[k]}"] if k in titled else []
        fields += [f"责任单位:{'、'.join(bodies)}"] if bodies else []
        clause = f"({';'.join(fields)})" if fields else ""
        lines[k] = f"{count}.{said}{clause}"
    return "\n".join(lines)
