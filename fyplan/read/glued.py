"""Tables whose cells were run together with nothing between them (a .docx or a web table copied as
text): ``类别序号重点督办内容牵头单位全年完成情况`` as the header, then one row a line,
``经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值…``.

The header is cut into column names by the words a column name ends in (单位, 领导, 内容, 情况 …). A row is cut by what its columns hold: the row number where
the numbering expects it, the task up to a sentence end followed by a body's name, the bodies' names
(each ends in 局, 委, 办 … ; several are joined by 、), and whatever is left for the columns after them.
A row that cannot be cut so is no row: the caller keeps it as text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fyplan.grammars import lexicon
from fyplan.hanzi import simplified
from fyplan.lazyre import lazy
from fyplan.read.tables import DUTY_LABELS, GROUP_COLUMNS, header_kinds
from fyplan.units import STRONG_END, ends_like_unit, looks_like_unit, surname, unglued

# What a column name ends in.
_NAME_END = lazy(
    r"(?:序号|编号|单位|部门|领导|内容|任务|工作|名称|情况|时限|时间|备注|类别|目标|措施|事项|标准|进度|指标|项目|举措|计划|要求)$",
    traditional=True,
)
# Column names that stand before 序号 (a category printed on every row).
_LEADING = GROUP_COLUMNS
# Words that always end a name where they occur (序号重点督办内容 is two names, 项目名称 one).
_HARD_END = lazy(r"序号|编号|单位|部门|领导|情况|时限|备注|名称|内容", traditional=True)
# The only names of two characters (名称 alone is the end of 项目名称).
_SHORT = ("序号", "编号", "类别", "备注", "项目", "类型", "领域")
_MAX_NAME = 10
# The longest body's name looked for among run-together cells (a name is cut at the first strong
# ending it reaches, units.STRONG_END).
_UNIT_MAX = 16


@lru_cache(maxsize=256)
def header(line: str) -> tuple[tuple[str, ...], tuple[str, ...], int] | None:
    """(column names, their kinds, how many columns stand before 序号) of a run-together header
    line, or None. The header may end a longer line (a title before it)."""
    if " " in line or "|" in line:
        return None
    at = line.find("序号")
    if at < 0:
        return None
    names = _segment(line[at:])
    if names is None or len(names) < 3:
        return None
    before = line[:at]
    lead = next((w for w in _LEADING if before.endswith(w)), None)
    if lead is not None:
        names = [lead, *names]
    kinds = header_kinds(names)
    if "text" not in kinds or not any(k in DUTY_LABELS for k in kinds):
        return None
    return tuple(names), tuple(kinds), 1 if lead else 0


def _segment(text: str) -> list[str] | None:
    """Cut ``text`` into names, each ending in a column-name word; None if it cannot be. Of the ways
    to cut, the one with the most names the duty lexicon knows whole (牵头单位, not 任务牵头单位), then
    the most names (工作任务责任单位 is two)."""
    n = len(text)
    best: list[tuple[int, int, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, 0, [])
    label = _label()
    for i in range(n):
        done = best[i]
        if done is None:
            continue
        for j in range(i + 2, min(n, i + _MAX_NAME) + 1):
            piece = text[i:j]
            if (
                _NAME_END.search(piece)
                and not _HARD_END.search(piece[:-1])
                and (len(piece) > 2 or simplified(piece) in _SHORT)
            ):
                known = done[0] + (1 if label.fullmatch(piece) else 0)
                here = (known, done[1] + 1, [*done[2], piece])
                found = best[j]
                if found is None or here[:2] > found[:2]:
                    best[j] = here
    end = best[n]
    return end[2] if end else None


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon('LABEL')})")


_BLANKS = re.compile(r"\s+")
# The first characters of a level's name: a body named after another opens with one (区城管局区公安分局).
_NAME_OPENS = frozenset("省市区县镇乡各")


def row(line: str, kinds: tuple[str, ...], leading: int, number: int) -> dict[int, str] | None:
    """The cells of one run-together row, by column; None if the line is no row numbered ``number``."""
    # (spaces and tabs a copy left between some cells and not others part nothing the cut does not find)
    line = _BLANKS.sub("", line)
    m = _number_at(line, number, leading > 0)
    if m is None:
        return None
    cells: dict[int, str] = {}
    if leading:
        cells[0] = line[: m.start()]
    cells[leading] = str(number)
    found = _cut(line[m.end() :], kinds, list(range(leading + 1, len(kinds))))
    return None if found is None else {**cells, **found}


def _cut(rest: str, kinds: tuple[str, ...], columns: list[int]) -> dict[int, str] | None:
    """The cells of ``rest`` for ``columns``, trying each sentence end a task may stop at (a task may hold
    several sentences: 推进城市更新。老城区改造完成50%。市住建局…) until the columns after it fit."""
    if not columns:
        return {} if not rest else None
    col, after = columns[0], columns[1:]
    kind = kinds[col]
    if kind in ("text", "note") and after and kinds[after[0]] in ("text", "note"):
        # 支持…升级。我市建筑业…态势。市住建委…: a task before a column of progress (工作推进情况) ends at a
        # sentence end; which one, the columns after it tell.
        cuts: list[int] = [m.end() for m in re.finditer(r"[。;]", rest)]
    elif kind == "text" and after and kinds[after[0]] == "leaders":
        # 完成人工造林1.2万亩。赵建军区林业局 / …达到23%钱红梅区林业局: the task ends where a leader's name stands
        # before a body's (or a body's, the leader's cell empty); a sentence end first
        ends = [m.end() for m in re.finditer(r"[。;]", rest)]
        people = [k for k in range(1, len(rest)) if _leaders_end(rest[k:])]
        bodies = [k for k in range(1, len(rest)) if _first_name(rest[k:]) is not None]
        cuts = list(dict.fromkeys((*ends, *people, *bodies)))
    elif kind in ("text", "note") and after:
        # (…综合监测台网。各省辖市、县(市)政府: a collective may open the units' cell after the task)
        listed = kinds[after[0]] in DUTY_LABELS
        cuts = [m.end() for m in re.finditer(r"[。;]", rest) if _first_name(rest[m.end() :], listed) is not None]
        if kind == "note":
            cuts.reverse()  # a progress cell may name bodies itself (其中山河集团…): the names come after it all
        elif all(kinds[c] in DUTY_LABELS or kinds[c] == "deadline" for c in after):
            # a task of several sentences may open one with words a body's name could start (…共享。加快地震监测中心台站
            # 建设。…省地震局): with only duty cells after it, the names come after it all — its last sentence's end
            # first (a ; may part the units' cell itself: 省应急厅省发展改革委;省粮食和储备局)
            cuts.sort(key=lambda at: (rest[at - 1] != "。", -at))
    elif kind == "text" or (not after and kind != "deadline"):
        cuts = [len(rest)]
    elif kind == "deadline" and not after:
        cuts = [len(rest)] if _WHEN.search(rest) else []  # 2024年12月底, 6月底前, 长期坚持
    elif kind in DUTY_LABELS and kind != "leaders":
        end = _names_end(rest)
        cuts = (
            [end] if end is not None else [0]
        )  # (no name: the cell is empty, 区教育体育局2024年8月底 has no 协同单位)
    elif kind == "leaders" and after:
        end = _leaders_end(rest)
        cuts = [end, 0] if end else [0]  # (an empty cell: a body's name right after the task)
    else:
        return None  # a note column between others: where it ends cannot be told
    for cut in cuts:
        found = _cut(rest[cut:], kinds, after)
        if found is not None:
            return {col: rest[:cut], **found} if rest[:cut] else found
    return None


# What a deadline cell says: a date, a part of the year, or that the work goes on.
_WHEN = lazy(
    r"^(?:\d{4}年|\d{1,2}月|年底|年内|上半年|下半年|第?[一二三四]季度|长期|持续|每年|每季度)", traditional=True
)


def _number_at(line: str, number: int, after_category: bool) -> re.Match[str] | None:
    """The row number: at the start, or after the category cell."""
    pattern = rf"(?<!\d){number}(?![\d.%年月日万亿个项])"
    m = re.match(pattern, line) if not after_category else re.search(pattern, line)
    if m is None or (after_category and m.start() == 0):
        return None
    return m


def _text_end(rest: str) -> int | None:
    """Where the task ends: after a sentence end that a body's name follows."""
    for m in re.finditer(r"[。;]", rest):
        if _first_name(rest[m.end() :]) is not None:
            return m.end()
    return None


def _first_name(text: str, listed: bool = False) -> int | None:
    """The length of the body's name ``text`` starts with, or None."""
    weak = None
    stop = _name_stop(text)
    for j in range(3, min(len(text), _UNIT_MAX, stop) + 1):
        piece = text[:j]
        if STRONG_END.search(piece) and looks_like_unit(piece):
            first = len(unglued(piece)[0])  # 县档案馆县发改局: the first of two names run together
            if first == j and text.startswith(("会", "會"), j) and STRONG_END.search(text[: j + 1]):
                return j + 1  # 经开区管委会: 委 ends a name, but 会 after it goes on with it
            if first == j:
                # 区公安分局交警大队: the name goes on after 局 to a weaker ending before the list's next mark
                end = next((k for k in range(j, stop) if text[k] in "、,"), stop)
                whole = text[:end]
                if (
                    end > j
                    and text[j] not in _NAME_OPENS
                    and text[j] != text[0]  # (区城管局区公安分局…: a second name opens there)
                    # (区民政局全年新建养老服务驿站12家: the next cell's sentence, which a branch's name never opens)
                    and _ACTION.match(text[j:]) is None
                    and not text.startswith(_REPORT_OPENS, j)
                    and STRONG_END.search(whole) is None
                    and ends_like_unit(whole)
                    and looks_like_unit(whole)
                ):
                    return end
            return first
        if looks_like_unit(piece) and (listed or not piece.startswith(("各", "全"))):  # (各乡镇: in a cell of names)
            weak = j  # (the longest: 灵溪街 looks like one too)
    return weak


def _leaders_end(text: str) -> int | None:
    """Where a cell of people's names (赵建军, 何国庆、周艳) ends, a body's name right after it: each name a surname and
    one or two characters; of two readings, the one a level's name (区, 县 …) follows. None where the text opens
    with a level's name (区发改委区统计局: 区 is a surname too)."""
    if (post := _POST_CELL.match(text)) is not None and _first_name(text[post.end() :], listed=True) is not None:
        return post.end()  # (常务副县长县发改局: a post with no name in the cell, then the body's)
    if not text or text[0] in _NAME_OPENS:
        return None
    found: list[int] = []
    for n in (3, 2):
        if n >= len(text) or not surname().match(text[:n]) or ends_like_unit(text[:n]):
            continue
        if n == 2 and text[2] not in _NAME_OPENS and ends_like_unit(text[:3]):
            continue  # (宣传部区财政局: 宣 is a surname too, 宣传部 a body)
        if text[n] == "、":
            more = _leaders_end(text[n + 1 :])
            if more is not None:
                return n + 1 + more
        elif _first_name(text[n:], listed=True) is not None and not _place_goes_on(text, n):
            found.append(n)
    # (of two readings, the one a level's name follows, 赵建军区发改委; else the one whose place has two characters,
    # 高峰白沙镇人民政府: 高峰, 白沙镇)
    return next(
        (n for n in found if text[n] in _NAME_OPENS),
        next((n for n in found if _TWO_CHARACTER_PLACE.match(text, n)), found[0] if found else None),
    )


# A zone's name a person's name would cut into (李明经开区管委会: 李明, 经开区), and a place's government right
# after a name (石景山区政府, 白沙镇人民政府: the place, no leader).
_ZONES = ("经开区", "高新区", "开发区", "保税区", "新区", "工业园", "产业园", "经济区")
_PLACE_GOVERNMENT = re.compile(r"[区县市镇乡](?:人民)?(?:政府|管委会|办事处)")
_TWO_CHARACTER_PLACE = re.compile(r"[\u4e00-\u9fff]{2}[区县市镇乡]")


def _place_goes_on(text: str, n: int) -> bool:
    """Would a person's name of ``n`` characters cut a place's or zone's name in two?"""
    if any(text.startswith(zone, k) for zone in _ZONES for k in range(max(0, n - 2), n)):
        return True
    return any(_PLACE_GOVERNMENT.match(text, k) is not None for k in (n, n + 1))  # (石景|山区政府 too)


def _name_stop(text: str) -> int:
    """Where a name starting ``text`` must end at the latest: no name crosses a mark, a 、 outside brackets (各县(市、
    区)政府 is one name) nor a figure (灵溪街道2024年9月底 is a name, then the deadline's cell)."""
    depth = 0
    for k, ch in enumerate(text[:_UNIT_MAX]):
        depth += (ch in "(（") - (ch in ")）")
        if ch in ",。;:" or ch.isdigit() or (ch == "、" and depth <= 0):
            return k
    return min(_UNIT_MAX, len(text))


def _names_end(rest: str) -> int | None:
    """Where a cell of bodies' names (甲局、乙委) ends (a collective, 各街道, may open it: the cell before ended)."""
    at = _first_name(rest, listed=True)
    if at is None:
        return None
    while at < len(rest) and rest[at] in "、,":
        more = _first_name(rest[at + 1 :], listed=True)
        if more is None:
            break
        at += 1 + more
    return at


# Words a task's text starts with and a body's name never does (推进大庙弄核心区改造 is no body).
_ACTION = lazy(
    r"^(?:推进|推动|加快|完成|实施|开展|建设|新建|改造|提升|落实|加强|促进|优化|深化|打造|启动|健全|完善|增加|强化|扩大|创建|实现|组织|制定|确保)",
    traditional=True,
)
# Words a cell of what was done opens with (全年新建…, 截至12月底…, 累计完成…): no branch of the body before them.
_REPORT_OPENS = ("全年", "年内", "今年", "截至", "截止", "目前", "累计", "已经", "已完成", "共计", "全面")
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]{1,2}")


# A group's heading right after a run-together header (一、主要发展指标), before the first row.
_GROUP_AT = re.compile(r"[一二三四五六七八九十]{1,3}、")


def header_in(line: str) -> tuple[int, int, tuple[str, ...], tuple[str, ...]] | None:
    """A run-together header inside a long line, rows running on after it (a .docx copied as one
    line: …分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给…): (where it starts,
    where it ends, column names, kinds); None if there is none."""
    at = line.find("序号")
    if at < 0:
        return None
    end = at
    while end < len(line) and not line[end].isdigit():
        end += 1
    if end == len(line) or line[end] != "1":
        return None
    group = _GROUP_AT.search(line, at, end)
    if group is not None:
        end = group.start()  # …主要责任单位一、主要发展指标1…: the first group's heading ends the header
    names = _segment(line[at:end])
    if names is None or len(names) < 3:
        return None
    kinds = header_kinds(names)
    if "text" not in kinds or not any(k in DUTY_LABELS for k in kinds):
        return None
    return at, end, tuple(names), tuple(kinds)


def run(text: str, kinds: tuple[str, ...]) -> list[tuple[str, dict[int, str]]]:
    """Rows run together on one line after a header (numbered 1, 2, 3 …; a row's sub-rows repeat its
    number): (number, cells by column) each. Only the layout 序号, text columns, then 领导, then unit
    columns is cut; the rows found before anything else stops it are returned."""
    number_col = kinds.index("number") if "number" in kinds else -1
    texts = [i for i, k in enumerate(kinds) if k in ("text", "note") and i > number_col]
    leader = next((i for i, k in enumerate(kinds) if k == "leaders"), None)
    unit_cols = [i for i, k in enumerate(kinds) if k in DUTY_LABELS and k != "leaders"]
    if number_col != 0 or not texts or not unit_cols or max(texts) > min(unit_cols):
        return []
    text_col = next(i for i in texts if kinds[i] == "text")
    # (a 完成时限 column after the units: its date closes the row, right before the next row's number)
    when_col = next((i for i, k in enumerate(kinds) if k == "deadline" and i > max(unit_cols)), None)
    rows: list[tuple[str, dict[int, str]]] = []
    expected = 1
    rest = text
    while rest:
        group = _group_before(rest, expected) if rows else None
        if group is not None:
            # (…10月底前二、惠民生促和谐4实施…: the next group's heading row, run together before its first row)
            rows.append((GROUP, {0: group}))
            rest = rest[len(group) :]
            continue
        m = re.match(rf"{expected}(?!\d)", rest)
        if m is not None:
            number, rest = str(expected), rest[m.end() :]
            expected += 1
        elif rows:
            number = rows[-1][0]  # a sub-row: its merged 序号 is printed once
        else:
            break
        body = _row_body(rest, leader is not None, str(expected))
        if body is None and rows and _task_starts(rest):
            # 提升改造8家…。 after a row's bodies: a sub-row whose merged cells are printed once, above.
            end = re.search(rf"。(?={expected}(?!\d))", rest)
            cut = end.end() if end else len(rest)
            cells = dict(rows[-1][1])
            cells[text_col] = rest[:cut]
            rows.append((rows[-1][0], cells))
            rest = rest[cut:]
            continue
        if body is None:
            break
        task, person, names, used = body
        cells = {0: number, text_col: task}
        if leader is not None and person:
            cells[leader] = person
        if names:
            *firsts, others = names  # (the first cell's names, then the rest joined: see _row_body)
            if not firsts:
                firsts, others = [others], ""
            cells[unit_cols[0]] = "、".join(firsts)
            if len(unit_cols) > 1 and others:
                cells[unit_cols[1]] = others
        rows.append((number, cells))
        rest = rest[used:]
        if when_col is not None:
            etc = rest.startswith("等")  # (…夏茂镇人民政府等2021年12月底前: the list's 等, then the date)
            when = _WHEN_CELL.match(rest, 1 if etc else 0)
            after = rest[when.end() :] if when is not None else rest
            if (
                when is not None
                and when.group()
                and (not after or re.match(rf"{expected}(?!\d)", after) or _group_before(after, expected))
            ):
                last = max((i for i in unit_cols if i in cells), default=None)
                if etc and last is not None:
                    cells[last] += "等"
                cells[when_col] = when.group()
                rest = after
    return rows


# The number ``run`` gives a group's heading row (一、惠民生促和谐) among the rows.
GROUP = "group"


def _group_before(rest: str, expected: int) -> str | None:
    """A group's heading (二、惠民生促和谐) that ``rest`` opens with, the next row's number right after it; None
    otherwise."""
    m = re.match(rf"[一二三四五六七八九十]{{1,3}}、[^\d。;]{{2,30}}?(?={expected}(?!\d))", rest)
    return m.group() if m else None


# A 完成时限 cell glued after a row's units: 2021年9月底前, 9月底前, 2021年12月, 年底前, 年内.
_WHEN_CELL = re.compile(
    r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|以前)?|底前|年底前?|年内)"
)


# What may still follow a name that looks whole: 南大街 / 街道, 五星街 / 道, 高新区 / 管委会.
_NAME_TAIL = ("街道", "管委会", "办事处", "事处", "人民政府", "政府", "委员会", "各成员单位", "成员单位")
# (事处: 街道办 / 事处; 各成员单位: 市三产发展领导小组 / 各成员单位, the group's members, one collective)


def _task_starts(text: str) -> bool:
    """Does a task's text start here (推进大庙弄核心区改造…), not a body's name (建设局)?"""
    if not _ACTION.match(text):
        return False
    k = _shortest_name(text)
    return k is None or not STRONG_END.search(text[:k])


# Endings after which a name is whole, whatever follows (各街道, 各乡镇人民政府, 县财政局).
_WHOLE_ENDS = ("局", "委", "办", "厅", "部", "街道", "政府", "单位", "部门", "中心", "公司", "乡镇")


# A body's branch, named with no place of its own (交警支队, 城区分局, 治安大队): it goes on the name before it.
_BRANCH_AHEAD = re.compile(
    r"(?![省市县区州旗镇乡各])[\u4e00-\u9fff]{1,6}?(?:支队|大队|中队|分局|分队|派出所)(?=[、,;\d]|$)"
)
# Words that end no body's name though their last character may (城乡建设局, 社会保障局).
_NO_END = ("城乡", "和社", "社会")
# A party committee's organ after its committee (区委宣传部, 县委政法委): one body.
_PARTY_ORGAN = re.compile(r"[\u4e00-\u9fff]{1,2}[部委]")


def _body_starts(text: str, at: int) -> bool:
    """Does a body's name of four characters or more start at ``at`` (市财政局, 区住建局)?"""
    return any(looks_like_unit(text[at : at + k], collective=False) for k in range(4, 9) if at + k <= len(text))


def _shortest_name(text: str) -> int | None:
    """The length of the body's name ``text`` starts with, in a run of names with nothing between
    them (教育局经开区高新园(邹区镇)各街道): the shortest that is whole — brackets closed and kept
    with their name, and an ending such as 街道 or 管委会 not cut off."""
    for j in range(2, min(len(text), _UNIT_MAX) + 1):
        piece = text[:j]
        if piece.count("(") != piece.count(")") or text[j : j + 1] == "(":
            continue
        if piece.endswith(")") and len(piece) - piece.index("(") < len(piece) - 1 and piece.index("(") >= 2:
            whole = True  # 高新园(邹区镇): a name and its second name in brackets
        else:
            whole = looks_like_unit(piece, collective=False)  # 各成员单位, not 各成: a collective ends as a body does
        if not whole or piece.endswith(_NO_END) or (len(piece) == 2 and all(c in "省市县区乡镇" for c in piece)):
            continue  # 市住房和城乡 / 建设局, 市人力资源和社会 / 保障局, 县市 / 场监管局: the name goes on
        if len(piece) <= 3 and piece[-2:-1] in _PLACES and piece[-1] == "委":
            organ = _PARTY_ORGAN.match(text, j)  # 区委 / 宣传部, 县委 / 政法委: one body, the committee's organ
            if organ is not None:
                return organ.end()
        if (
            (piece.endswith("街") and text[j : j + 1] == "道")
            or (piece.endswith("乡") and text[j : j + 1] == "镇")
            or (
                piece.startswith("各")
                and piece[-1] in "县市区镇"
                and text[j : j + 1] in ("县", "市", "区", "街")
                and not _body_starts(text, j)  # 各区 / 市财政局: the next body's name starts there
            )
            or text[j : j + 1] in ("局", "委", "办", "厅")
            or (piece.endswith("部") and text[j : j + 1] == "门")  # 县直各部 / 门: one collective, 各部门
            or (piece.endswith("管委") and text[j : j + 1] == "会")  # 县工业园区管委 / 会: the 管委会's 会
            or _BRANCH_AHEAD.match(text, j) is not None  # 市公安局 / 交警支队: its branch, one body
            or (text[j + 1 : j + 2] in ("局", "委", "办", "厅") and not piece.endswith(_WHOLE_ENDS))
        ):
            # 五星街 / 道, 各乡 / 镇人民政府, 各县 / 市区, 人社 / 局, 市人力社 / 保局: the name goes on (not after a
            # whole collective's ending: 各街道 / 区委宣传部 are two)
            continue
        tail = next((t for t in _NAME_TAIL if text.startswith(t, j)), "")
        return j + len(tail)
    return None


# A leader's cell that is a post with no name (县长, 常务副县长, 分管副市长), run together with the cell after it.
_POST_CELL = re.compile(r"(?:常务|分管|主管|协管)?副?[省市县区州旗盟镇乡]长(?:助理)?(?=[省市县区州旗盟镇乡各])")


def _row_body(rest: str, with_leader: bool, following: str) -> tuple[str, str, list[str], int] | None:
    """(task, leader, bodies, characters used) of one row after its number."""
    for m in re.finditer(r"[。;]", rest):
        after = m.end()
        person = ""
        post = _POST_CELL.match(rest, after) if with_leader else None
        if post is not None and (k := _shortest_name(rest[post.end() :])) is not None and k >= 3:
            # (…15%。常务副县长县发改局县财政局、…: a post alone in the leader's cell, then the lead unit's name — not a
            # person 常务副 and a body 县长县发改局)
            person = post.group()
        elif with_leader and not _task_starts(rest[after:]):
            person = next(
                (
                    p
                    # (陈明 / 市交通局: a level word after two characters starts the body, not a third of the name)
                    # (罗 斌: a two-character name spaced out to its cell's width, the space kept as written)
                    for n in (
                        (3, 4)
                        if rest[after + 1 : after + 2] in (" ", "\u3000")
                        else (2, 3)
                        if rest[after + 2 : after + 3] in ("省", "市", "县", "区", "州")
                        else (3, 2)
                    )
                    if (p := rest[after : after + n])
                    and _PERSON.fullmatch(p)
                    and (k := _shortest_name(rest[after + n :])) is not None
                    and k >= 3
                    and not _task_starts(rest[after + n :])
                ),
                "",
            )
            if not person:
                continue
        at = after + len(person)
        names: list[str] = []
        parted: list[bool] = []  # whether a separator stands before each name
        while at < len(rest) and not rest.startswith(following, at) and not _task_starts(rest[at:]):
            start = at
            while at < len(rest) and rest[at] in "、,":
                at += 1  # the separators a cell already has between its names
            k = _shortest_name(rest[at:])
            if k is None:
                break
            names.append(rest[at : at + k])
            parted.append(at > start)
            at += k
        if names:
            first = _first_cell(parted, names)
            return rest[:after], person, [*names[:first], "、".join(names[first:])], at
    return None


def _first_cell(parted: list[bool], names: list[str]) -> int:
    """How many names the first unit cell holds: those run together before the name the next cell's list
    starts with (市发展改革委市经贸委 | 市规划建设局、市统计局…: two, the list's first name just before its first
    separator), when each of them is a whole body's name with its place (市…, 县…); one where nothing tells (市公安局
    交警支队, 县市场监管局: one name cut in two, not two cells' names)."""
    first_sep = next((k for k in range(1, len(parted)) if parted[k]), None)
    if first_sep is None or first_sep < 2:
        return 1
    run = names[:first_sep]  # the first cell's names and the list's first
    if all(len(n) >= 4 and n[0] in _PLACES for n in run):
        return first_sep - 1
    return 1


# The places a body's name starts with (市…, 县…), and a party committee's (区委, 县委).
_PLACES = ("省", "市", "县", "区", "州", "旗")


_CHUNK = re.compile(r"^(\d{1,3})、")


def without_chunk_marks(lines: list[str]) -> list[str] | None:
    """Lines a document viewer numbered 1、 2、 3、 … as it cut the text into chunks (a chunk may end
    inside a name: 高新园(邹区镇 / 2、)各街道), without those numbers; None unless every line has one, in order."""
    out = []
    for k, line in enumerate(lines, 1):
        m = _CHUNK.match(line)
        if m is None or int(m.group(1)) != k:
            return None
        out.append(line[m.end() :])
    return out
