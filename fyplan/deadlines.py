"""Deadlines: the words of a 完成时限 (6月底前, 年底前完成, 2024年12月31日前, 长期坚持, 第三季度) read
into a ``Deadline`` with the last day they allow, and the deadline words of an item's sentence.

The words often give no year (6月底前): they mean the notice's plan year, which ``plan_year``
takes from the title (关于印发2024年重点工作…) or else from the notice's date.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from fyplan import fastpaths
from fyplan.grammars import lexicon
from fyplan.hanzi import simplified
from fyplan.lazyre import lazy
from fyplan.model import Deadline, DeadlineKind
from fyplan.numerals import numeral
from fyplan.pinyin import pinyin_apart

# The last day before each holiday, as (month, day) of its year (元旦: the year before's last day). 春节, 清明, 端午 and
# 中秋 move: the day before the latest they fall on (春节 21 January - 20 February, 清明 4-6 April, 端午 28 May - 25 June,
# 中秋 7 September - 8 October), so the day given is never earlier than the notice's.
_BEFORE_HOLIDAY = {
    "元旦": (0, 31),
    "五一": (4, 30),
    "劳动节": (4, 30),
    "十一": (9, 30),
    "国庆": (9, 30),
    "春节": (2, 19),
    "清明": (4, 5),
    "端午": (6, 24),
    "中秋": (10, 7),
    # (汛期前, 主汛期前: before the flood season, which the flood-control offices open on 1 June in most provinces)
    "汛期": (5, 31),
    # (秋季开学前: before the autumn term opens on 1 September; 春季开学前: before the spring term, late February at the
    # latest)
    "秋季开学": (8, 31),
    "春季开学": (2, 28),
    "秋季学期开学": (8, 31),
    "春季学期开学": (2, 28),
}

# One piece of a deadline's words, in the order they are written; a year carries over to the pieces
# after it (2024年6月底前、年底前: both in 2024).
_PIECE = lazy(
    r"(?P<year>\d{4})年度?"
    r"|(?P<this>今年|当年|本年|年内|全年)"
    r"|(?P<next>明年)"
    r"|(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月份?"
    r"(?:(?P<day>\d{1,2})日|(?P<part>底|末|初|上旬|中旬|下旬))?(?P<before>以前|之前|前)?"
    r"|第?(?P<quarter>[一二三四1-4])季度末?"
    r"|(?P<half>[上下])半年"
    r"|(?P<end>年[底末]|(?<=年)[底末])"  # 年底, 2025年底; 月底 with no month number is no year's end
    # (a holiday: the day before it, or before the latest day it may fall on where it moves with the moon)
    rf"|(?P<holiday>{'|'.join(_BEFORE_HOLIDAY)})"
)
_PART_DAY = {"初": 10, "上旬": 10, "中旬": 20}


def plan_year(title: str, date: datetime.date | None, preamble: str = "") -> int | None:
    """The year a notice plans for: the first 20XX年 of its title (关于印发2024年重点工作…的通知), else
    the year of its date (a notice is issued in the spring of the year it plans), else the year whose
    work the preamble names (切实做好2020年政府工作); None if none of them says."""
    m = re.search(r"((?:19|20)\d{2})\s*年", title)
    if m:
        return int(m.group(1))
    if date is not None:
        return date.year
    m = _PREAMBLE_YEAR.search(preamble)
    return int(m.group(1)) if m else None


# Only the year of the work planned, not any year a preamble mentions (2019年以来, 2035年远景目标).
_PREAMBLE_YEAR = re.compile(
    r"(?:做好|完成|落实|推进)((?:19|20)\d{2})年(?:度)?(?:政府|重点|各项|全年)?(?:工作|目标任务)"
)


def read_deadline(written: str, year: int | None = None, in_text: bool = False) -> Deadline:
    """The deadline the words allow, read in plan year ``year`` where they give none.

    ``6月底前`` → 30 June (date); ``2024年12月31日前`` → that day (the day named is the last one,
    as notices mean it); ``6月前`` → 31 May (before June begins); ``年底前`` / ``年内`` / ``2025年`` →
    31 December (period); ``第三季度`` → 30 September, ``上半年`` → 30 June (period); ``长期坚持`` /
    ``持续推进`` / ``每季度`` → no last day (ongoing). Several deadlines in one (``2023年6月底前、
    2023年底前``, ``6月至12月``) allow the latest of them."""
    words = simplified(written)
    if (apart := pinyin_apart(words)) is not None:
        words = apart.plain  # (5月(yuè)底前: the date read past a mirror's pinyin; ``written`` keeps it)
    if "每" in words:
        return Deadline(written, None, "ongoing", in_text)  # 每季度, 每月10日前: recurring, no last day
    current = year
    points: list[tuple[datetime.date | None, DeadlineKind]] = []
    pending = False  # a year was named and no point in it yet: 2025年 alone is its last day
    for m in _PIECE.finditer(words):
        if m.group("year") or m.group("this") or m.group("next"):
            if pending:
                points.append((_day(current, 12, 31), "period"))
            if m.group("year"):
                current = int(m.group("year"))
            elif m.group("next"):
                current = year + 1 if year is not None else None
            else:
                current = year
            pending = True
            continue
        pending = False
        if m.group("month"):
            points.append((_month_point(current, m), "date"))
        elif m.group("quarter"):
            quarter = numeral(m.group("quarter"))
            points.append((_day(current, quarter * 3, 31), "period"))
        elif m.group("half"):
            points.append((_day(current, 6 if m.group("half") == "上" else 12, 31), "period"))
        elif m.group("holiday"):
            month, day = _BEFORE_HOLIDAY[m.group("holiday")]
            if current is None:
                points.append((None, "date"))
            else:
                points.append((_day(current - 1, 12, 31) if month == 0 else _day(current, month, day), "date"))
        else:
            points.append((_day(current, 12, 31), "period"))
    if pending:
        points.append((_day(current, 12, 31), "period"))
    if not points:
        return Deadline(written, None, "ongoing", in_text)
    known = [(by, kind) for by, kind in points if by is not None]
    if not known:
        return Deadline(written, None, points[-1][1], in_text)
    by, kind = max(known, key=lambda point: point[0])
    return Deadline(written, by, kind, in_text)


def _month_point(year: int | None, m: re.Match[str]) -> datetime.date | None:
    text = m.group("month")
    month = numeral(text)
    if not 1 <= month <= 12 or year is None:
        return None
    if m.group("day"):
        return _day(year, month, int(m.group("day")))
    part = m.group("part")
    if part in _PART_DAY:
        return _day(year, month, _PART_DAY[part])
    if m.group("before") and not part:
        # 6月前: before June begins, so 31 May at the latest (6月底前 says the end of June).
        return datetime.date(year, month, 1) - datetime.timedelta(days=1)
    return _day(year, month, 31)


def _day(year: int | None, month: int, day: int) -> datetime.date | None:
    """The day, or the month's last day where the month is shorter (2月30日 → 28 or 29 February)."""
    if year is None or not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        return None
    return datetime.date(year, month, min(day, calendar.monthrange(year, month)[1]))


# ---- deadline words in an item's sentence ----------------------------------------------------------

# A point in time closed by 前 (6月底前, 年底前, 2024年12月31日前, 三季度前), maybe with the verb it
# governs (6月底前完成). Only 前 makes a date a deadline: 到2025年底覆盖率达到90% names the year a
# target is measured in, not when the item is due. A bare year before 前 is left alone (2000年前建成的
# 小区 describes the houses), and so is a point followed by 的 (年底前的准备工作: not a deadline).
# The holidays a deadline may be set by (春节前完成, 确保“五一”前通车).
HOLIDAY = r"春节|元旦|清明节?|端午节?|中秋节?|国庆节?|[“\"]五一[”\"]|五一|[“\"]十一[”\"]|劳动节|主?汛期|秋季(?:学期)?开学|春季(?:学期)?开学"
_DATE = (
    r"(?:(?:\d{4}年|[今明]年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}日|底|末|初|上旬|中旬|下旬)?"
    r"|[上下]半年|第?[一二三四1-4]季度末?)|(?:\d{4}|[今明])?年[底末]"  # 2023年底前: the year's own 年
    # (a holiday: 春节前, “五一”前, 国庆节前 — 十一 only in quotes, 十一月 is a month)
    rf"|(?:\d{{4}}年)?(?:{HOLIDAY})"
    # (下周三前, 本周五前: a day of the week the notice's readers count from its date)
    r"|(?:下|本)周(?:[一二三四五六日]|(?!期)))"
)
DATE = _DATE  # (for the readers of prose, fyplan/read/prose.py)
_VERBS = r"(?:全面|基本|逐步)?(?:完成|启动|建成|实现|到位|见效|投用|投产|开工|办结|落实)?"
# The look-ahead holds the verbs too: 2018年底前建成的项目 must not match as 2018年底前 alone.
# (清明前后, 6月底前后: around the day, no deadline)
_BEFORE = re.compile(rf"{_DATE}(?:以前|之前|前)(?!后|{_VERBS}的){_VERBS}")
# A point in time right after 要求 / 力争 / 确保 and before the verb of the work's end (要求6月底完成…, 力争9月底建成投用,
# 确保年底开工): the point the work is due by, though no 前 closes it (到2025年底覆盖率达到90% still names none).
# (a point, not a period: 上半年, 二季度末 are a year's milestones; the verb no rate's first word, 开工率)
# (the words and the points' openings in either script: _REQUIRING looks for them before the sentence is converted)
_REQUIRED_WORDS = r"(?:要求|力[争爭]|[确確]保)(?:在|于|於)?"
_MONTH_POINT = r"(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
_YEAR_END = r"(?:\d{4}|[今明])?年[底末]"
_REQUIRED_BY = re.compile(
    rf"{_REQUIRED_WORDS}(?P<when>{_MONTH_POINT}(?:\d{{1,2}}日|底|末|中旬|下旬)?|{_YEAR_END}|[下本][周週][一二三四五六日]?(?!期))"
    r"(?=[^,，;；。]{0,12}?(?:完成|建成|完工|开工|投用|投产|办结|到位)(?![率量数]))"
)
# A later point in the sentence (…,年内建成…): the first was a milestone on the way.
_LATER_POINT = re.compile(rf"{_DATE}|年内|年內|全年")
# A share of a target by the point (…完成全年目标的60%): a milestone, no deadline.
_SHARE = re.compile(r"目标的|%|％|成以上")
_REQUIRING = re.compile(rf"{_REQUIRED_WORDS}(?:{_MONTH_POINT}|{_YEAR_END}|[下本][周週])")  # _REQUIRED_BY's start
# The clauses of a sentence: the deadline may be the whole last one (…，长期坚持。…，年内持续推进。).
SEPARATORS = ",，;；。:：()（）"  # and whitespace: what parts a sentence's clauses
_SEPARATOR = SEPARATORS + r"\s"
_CLAUSES = re.compile(f"[{_SEPARATOR}]+")
# (…,此项工作长期坚持, 该项工作年底前完成: the work named again before when it is due — the words after it are when)
THIS_ITEM = r"(?:此项|该项|这项|本项|此項|該項|這項|本項)"  # (this item: 该项工作, 该项任务)
THIS_WORK = rf"{THIS_ITEM}工作"
_WHOLE = re.compile(f"^(?:{THIS_WORK})?(?P<when>{lexicon('DEADLINE')})$")


# The characters deadline words (DEADLINE) can end in, simplified and traditional (a test draws words from
# the pattern and holds each last character here).
LAST_CHARACTERS = frozenset(
    "度年内內份日底末旬月前起至到-—~～成动動现現位效进進实實工用产產结結持续續面本步展期坚堅次况況施线線车車运運台改办辦"
)


@cache
def _opencc_tables() -> tuple[str, frozenset[str]] | None:
    """What OpenCC may turn into 前 and into a last character of deadline words (``fyplan/hanzi_tables.py``,
    written by ``python -m fyplan.hanzi_build``), or None where the installed OpenCC or LAST_CHARACTERS are
    not those the tables were written for."""
    import opencc

    from fyplan import hanzi_tables as tables

    if getattr(opencc, "__version__", None) != tables.OPENCC_VERSION:
        return None
    if "".join(sorted(LAST_CHARACTERS)) != tables.LAST_CHARACTERS:
        return None
    return tables.MAY_BECOME_BEFORE, LAST_CHARACTERS | frozenset(tables.MAY_BECOME_LAST)


def _surely_none(text: str) -> bool:
    """True where ``in_sentence`` finds nothing, told without converting the sentence: no 前 in it nor a
    character OpenCC may turn into one, and a last clause whose last character neither is nor may become one
    that deadline words end in. Most sentences (1 MB of new text: 3,041 of 3,510) are told so; each OpenCC call costs
    as much as the rest of ``in_sentence`` (issue 13). ``fastpaths.plain()`` converts every sentence."""
    tables = _opencc_tables() if fastpaths.ENABLED else None
    if tables is None or "前" in text:
        return False
    before, last_characters = tables
    if before and any(ch in text for ch in before):
        return False
    # Clauses convert on their own (no OpenCC entry holds a separator): the simplified sentence's last
    # clause is the conversion of this one, and its last character comes from a key holding this one's.
    last = _last_character(text)
    if last and last in last_characters:
        return False
    # (要求6月底完成…: a point after 要求 / 力争 / 确保, either script — looked for only in the sentences the tests above
    # left, one scan for the verbs' first characters before the pattern)
    return not (("要" in text or "力" in text or "确" in text or "確" in text) and _REQUIRING.search(text))


def _last_character(text: str) -> str:
    r"""``_last_clause(text)[-1:]``: the last character that is no separator nor whitespace, told by strips
    (``rstrip()`` takes what ``\s`` matches) instead of a match over the reversed sentence (issue 13)."""
    last = text.rstrip(SEPARATORS)
    while last[-1:].isspace():
        last = last.rstrip().rstrip(SEPARATORS)
    return last[-1:]


@lru_cache(maxsize=512)  # per distinct sentence: a notice read twice, or a text repeated, scans it once
def in_sentence(text: str) -> str | None:
    """The deadline words of an item's sentence, as written, or None.

    Two places count: a point in time closed by 前 anywhere (…，6月底前完成。 / 2022年10月底前编制…),
    and a last clause that is deadline words and nothing else (…，长期坚持。 / …，年内持续推进。).
    Several are joined by 、 as a 完成时限 field joins them; ``read_deadline`` takes the latest."""
    if _surely_none(text):
        return None
    if (apart := pinyin_apart(text)) is not None:
        # 5月(yuè)底前完成: the words read past a mirror's pinyin, given back as printed
        said = in_sentence(apart.plain)
        return apart.as_written(said) if said is not None else None
    simple = simplified(text)
    same = len(simple) == len(text)  # slice the text as written where the simplified form lines up
    # Every point in time closed by 前 holds 前: most sentences have none, and need no scan.
    before = _BEFORE.finditer(simple) if "前" in simple else ()
    found = [text[m.start() : m.end()] if same else m.group(0) for m in before]
    if not found and ("要求" in simple or "力争" in simple or "确保" in simple):
        # (…项目,要求6月底完成物探…: a point the work is required to be done by, no 前 — the point alone; not a
        # milestone before a later point, 要求3月底完成…,年内建成…, nor a share of the year's target by then)
        m = _REQUIRED_BY.search(simple)
        if m is not None and _LATER_POINT.search(simple, m.end()) is None and not _SHARE.search(simple, m.end()):
            found.append(text[m.start("when") : m.end("when")] if same else m.group("when"))
    last = _last_clause(simple)
    if last and (whole := _WHOLE.match(last)) and not _YEAR_ONLY.match(last):
        last = whole.group("when")
        at = simple.rfind(last)
        words = text[at : at + len(last)] if same else last
        if not any(words in f or f in words for f in found):
            found.append(words)
    return "、".join(_distinct(found)) if found else None  # most sentences name no deadline


# The last clause, read from the end of the reversed sentence: one match over the last clause's characters
# instead of a split of the whole sentence into a list (issue 13: 1 MB of new text ~3 -> ~1 ms).
_LAST_REVERSED = re.compile(f"[{_SEPARATOR}]*([^{_SEPARATOR}]+)")


def _last_clause(simple: str) -> str:
    """The last of ``_CLAUSES.split(simple)`` that is not empty, or "" where there is none."""
    m = _LAST_REVERSED.match(simple[::-1])
    return m.group(1)[::-1] if m else ""


# A last clause that is a year alone (…2019年) or a separator is no deadline.
_YEAR_ONLY = re.compile(r"^(?:\d{4}年度?|[至到\-—~～前起]+)$")


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# A heading that says only when the items under it are due (一、一季度完成事项, 二、上半年完成的重点任务（3项）,
# 第一批：6月底前完成): a 督办 notice that groups its items by period. 完成 (or 办结, 前) must stand in it: a heading
# naming a year's or a period's work (全年重点工作, 2025年工作要点, 第三季度目标) says no deadline.
_HEADING = lazy(
    r"^(?:第[一二三四五六七八九十\d]{1,2}批)?[:：\s]*"
    rf"(?P<when>{lexicon('DEADLINE')}?)"
    r"(?:的)?(?:重点|主要|督办)?(?:工作|事项|任务|项目)?"
    r"(?:[(（]共?[\d一二三四五六七八九十]{1,3}[项件个][)）])?$"
)
# The verb a heading's period ends in: the deadline is the period (一季度), the verb says the items are done in it.
_HEADING_VERB = re.compile(r"(?:全面|全部|基本)?(?:完成|办结)$")


def in_heading(title: str) -> str | None:
    """The deadline words of a section's or subsection's ``title`` where it names a period and nothing else
    (上半年完成事项 → 上半年), or None."""
    if "完成" not in title and "办结" not in title and "前" not in title:
        return None  # most headings: one check of a few literals
    written = title.strip()
    simple = simplified(written)
    m = _HEADING.match(simple)
    if m is None or not m.group("when"):
        return None
    when = _HEADING_VERB.sub("", m.group("when"))
    if not when or _YEAR_ONLY.match(when) or ("完成" not in m.group("when") and "前" not in when):
        return None
    # The words as written where the simplified heading lines up with it (a traditional notice keeps its own).
    return written[m.start("when") : m.start("when") + len(when)] if len(simple) == len(written) else when
