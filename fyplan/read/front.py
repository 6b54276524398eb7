"""The matter around the body: web chrome, metadata rows, title, recipients,
preamble (chief, declared counts), closing, issuer and date.

Every line handed in lands in exactly one place of the returned ``Front`` or ``Back``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

import attrs

from fyplan.grammars import lexicon
from fyplan.hanzi import simplified
from fyplan.lazyre import lazy
from fyplan.model import Declared
from fyplan.numerals import chinese_number, numeral
from fyplan.read.decode import without_pinyin
from fyplan.units import ends_like_unit

_KEYS = [
    "索引号",
    "信息分类",
    "发布机构",
    "发文机关",
    "生成日期",
    "文号",
    "文件编号",
    "发文字号",
    "发文日期",
    "成文日期",
    "发布日期",
    "发布时间",
    "发文时间",
    "公开日期",
    "名称",
    "信息名称",
    "信息来源",
    "来源",
    "关键词",
    "主题词",
    "浏览次数",
    "阅读次数",
    "点击数",
    "内容概述",
    "有效性",
    "公开方式",
    "公开时限",
    "公开范围",
    "主题分类",
    "体裁分类",
    "作者",
    "发表时间",
    "字体",
    "字号",
    "废止日期",
    "时效",
]
_KEY = re.compile("(" + "|".join(" ?".join(k) for k in sorted(_KEYS, key=len, reverse=True)) + r") ?:")
_CHROME = re.compile(
    r"(?:>|关闭窗口|打印本页|打印|字体|字号|【|分享|扫一扫|返回顶部|我要纠错|收藏|朗读|下载|当前位置|网站首页|^全文$|^首页|非规范性文件"
    r"|热门推荐|相关推荐|推荐阅读|相关阅读|相关链接|^上一篇|^下一篇"
    # (a post's credits at its end: 编辑:X, 审核:Y, 校对:Z, 责任编辑:W)
    r"|^(?:编辑|編輯|审核|審核|校对|校對|责任编辑|責任編輯|作者|来源|來源) *:"
    # (a site's footer: 主办:X 承办:Y on one line, its ICP number)
    r"|^主[办辦](?:单位|單位)? *:.*承[办辦](?:单位|單位)? *:|ICP备|ICP證|ICP证|公网安备)"
)
_BREADCRUMB = re.compile(r"\S >|> \S")
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[【(]\d{4}[〕\]】)]\d{1,4}号$")
_DATE_LINE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_ANY_DATE = re.compile(r"(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})")
_TITLE_END = re.compile(
    r"(?:通知|意见|方案|清单|分解|要点|安排|计划|分工|任务|通知|意見|方案|清單|要點|計劃|任務|表|台账|台賬|单|單)[》>]?$"
)
_TITLE_START = re.compile(
    r"[关關][于於]|重[点點](?:工作|任[务務])|[责責]任(?:分解|清[单單])|任[务務](?:分解|清[单單])|工作要[点點]|分工"
)
_CHIEF = re.compile(
    r"由(?:市长|县长|区长|省长|州长)?([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:市长|县长|区长|省长|州长)?负总责"
)
_DECLARED = re.compile(r"([\d一二三四五六七八九十]+)个方面(?:共)?(\d+)项")
_DECLARED_TASKS = re.compile(r"(?:确定|明确|梳理)(?:了)?(?:[^,。]*?)共?(\d+)项(?:重点)?工作")
_ISSUER_END = re.compile(r"(?:人民政府|政府|办公室|办公厅|委员会|国务院|督查考核办公室|管委会)$")


@attrs.frozen
class Front:
    title: str = ""
    recipients: str = ""
    preamble: str = ""
    chrome: tuple[str, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    doc_number: str | None = None
    index_number: str | None = None
    publisher: str | None = None
    published: datetime.date | None = None
    issuer: str | None = None
    date: datetime.date | None = None
    chief: str | None = None
    declared: Declared = attrs.Factory(Declared)


@attrs.frozen
class Back:
    closing: str = ""
    issuer: str | None = None
    date: datetime.date | None = None
    chrome: tuple[str, ...] = ()


Line = tuple[int, str]


def metadata_pairs(line: str) -> list[tuple[str, str]]:
    """``索 引 号:003158495 信息分类:年度…`` → [(索引号, 003158495), (信息分类, 年度…)]."""
    keys = list(_KEY.finditer(line))
    pairs = []
    for i, m in enumerate(keys):
        end = keys[i + 1].start() if i + 1 < len(keys) else len(line)
        value = line[m.end() : end].strip(" |【")
        pairs.append((m.group(1).replace(" ", ""), value))
    return pairs


def _is_metadata(line: str) -> bool:
    m = _KEY.search(line)
    if m is None:
        return False
    return m.start() == 0 or line[: m.start()].strip(" |") == "" or len(metadata_pairs(line)) >= 2


_CN_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0", "Ｏ": "0", "O": "0"}
_CN_DATE = re.compile(
    r"^([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$"
)


def _cn_date(text: str) -> str:
    """二〇二三年三月十一日 → 2023年3月11日 (official documents write dates in Chinese numerals)."""
    m = _CN_DATE.match(text)
    if not m:
        return text
    year = "".join(_CN_DIGITS[ch] for ch in m.group(1))
    return f"{year}年{chinese_number(m.group(2))}月{chinese_number(m.group(3))}日"


def to_date(text: str | None) -> datetime.date | None:
    if not text:
        return None
    text = _cn_date(text)
    m = _ANY_DATE.search(text)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _title_span(lines: Sequence[Line]) -> tuple[int, int] | None:
    """Index range of the title: the first line that reads like one, joined with its continuation."""
    for i, (_, text) in enumerate(lines):
        if _is_metadata(text) or _CHROME.search(text) or text.endswith(":") or len(text) > 90:
            continue
        if _TITLE_START.search(text) and "。" not in text:
            end = i
            while _open_title(lines, i, end) and end + 1 < len(lines) and end - i < 3:
                nxt = lines[end + 1][1]
                if nxt.endswith(":") or "。" in nxt or _is_metadata(nxt) or nxt.startswith("附件"):
                    break
                end += 1
            if _TITLE_END.search(lines[end][1]):
                return i, end
            return i, i
    return None


def _open_title(lines: Sequence[Line], first: int, end: int) -> bool:
    """Does the title go on after line ``end``: no end word yet, or a 《 still open?"""
    text = "".join(t for _, t in lines[first : end + 1])
    return not _TITLE_END.search(text) or text.count("《") > text.count("》")


# What a group's heading is not: a sentence (its marks), a date or a document number, an attachment's mark.
# (——经市政府常务会议审议通过: a subtitle that says where the document comes from, no group)
# 附件2 / 附件二:2023年民生实事责任分解 alone on its line: an attachment's heading (the title after the colon, if any).
ATTACHMENT_LINE = re.compile(r"^附件 *(?:\d{1,2}|[一二三四五六七八九十]{1,3})? *(?::(.{0,80}))?$")
_NO_GROUP_HEADING = re.compile(r"[。;;:：,!?、|%]|^附件|^\d{4}年\d{1,2}月|[〔\[【]\d{4}|审议|通过|印发|会议|發布|发布")
# A column's name left above a table's first row (配合单位, 完成时限, 进展情况, 下步举措 …): no group's heading.
_COLUMN_WORDS = re.compile(
    r"单位|單位|部门|部門|[时時](?:限|间|間)|[领領][导導]|[负負][责責]|备注|備註|说明|說明|情况|情況|举措|舉措|打算|分值|目[录錄]"
    r"|进度|進度|状况|狀況|配合|[牵牽][头頭]|[责責]任|[标標]准|考核|指[标標]|目[标標]值|年度目[标標]$|^.$"
)


def group_heading(text: str) -> bool:
    """Is this line before the first item a heading of the group of items under it (优化政务服务, a table's group
    row), not the title, a page's chrome or metadata, a sentence, a date?"""
    text = without_pinyin(text.strip())  # (完成時(shí)限(xiàn): a column's name on a mirror that injects pinyin)
    return (
        0 < len(text) <= 30
        and _NO_GROUP_HEADING.search(text) is None
        and _COLUMN_WORDS.search(text.replace(" ", "")) is None
        and _CHROME.search(text) is None
        and _TITLE_START.search(text) is None
        and _TITLE_END.search(text) is None
        and not _is_metadata(text)
    )


def read_front(lines: Sequence[Line]) -> Front:
    """Sort the lines before the body."""
    meta: list[tuple[str, str]] = []
    chrome: list[str] = []
    preamble: list[str] = []
    recipients = ""
    doc_number = None
    date = None
    issuer = None
    # The title comes before the recipients; a title-like line after them is an attachment's.
    first_recipients = next((i for i, (_, t) in enumerate(lines) if _is_recipients(t)), len(lines))
    span = _title_span(lines[:first_recipients]) or (_title_span(lines) if first_recipients == len(lines) else None)
    title = "".join(t for _, t in lines[span[0] : span[1] + 1]) if span else ""
    for i, (_, text) in enumerate(lines):
        if span and span[0] <= i <= span[1]:
            continue
        before_title = span is not None and i < span[0]
        if _is_metadata(text):
            meta.extend(metadata_pairs(text))
        elif _DOC_NUMBER.match(text) and doc_number is None:
            doc_number = text
        elif _DATE_LINE.match(_cn_date(text)) and date is None:
            date = to_date(text)
            if preamble and _is_issuer(preamble[-1]):
                issuer = preamble.pop()
        elif is_chrome(text) or (
            before_title and len(text) < 40 and "。" not in text and not text.endswith(":") and not _is_issuer(text)
        ):
            chrome.append(text)
        elif not recipients and i == first_recipients:
            recipients = text[:-1]
        else:
            preamble.append(text)
    values = dict(meta)
    text = "\n".join(preamble)
    chief = _CHIEF.search(text)
    return Front(
        title=title or values.get("名称", "") or values.get("信息名称", ""),
        recipients=recipients,
        preamble=text,
        chrome=tuple(chrome),
        metadata=tuple(meta),
        doc_number=doc_number or values.get("文号") or values.get("文件编号") or values.get("发文字号") or None,
        index_number=values.get("索引号") or None,
        publisher=values.get("发布机构") or values.get("发文机关") or None,
        published=to_date(
            values.get("发文日期")
            or values.get("成文日期")
            or values.get("发布日期")
            or values.get("发布时间")
            or values.get("发文时间")
            or values.get("生成日期")
        ),
        issuer=issuer,
        date=date,
        chief=chief.group(1) if chief else None,
        declared=declared_counts(text),
    )


def _is_recipients(text: str) -> bool:
    """各县、市、区人民政府,市政府各部门、各直属机构: — the addressees, ending in a colon."""
    return text.endswith(":") and "各" in text and "。" not in text and "《" not in text and not _is_metadata(text)


# An official document's last lines: its subject words and who else receives it (主题词:…, 抄送:…).
_FOOTER_WORDS = ("主题词", "主題詞", "抄送", "抄报", "抄報", "分送")
# (抄送 市委各部门 市人大常委会办公室: a Word footer's cells, spaces where the colon is)
_FOOTER_LABEL = re.compile(r"(?:主题词|主題詞|抄送|抄报|抄報|分送)(?: *:| +(?=[\u4e00-\u9fff]))")


# A line holding only a page's number: — 3 —, - 3 -, －3－, 第3页, 第 3 页 共 12 页.
# (·32·: a gazette's page number between middle dots)
# (第2页 / 共9页, 第2页,共9页: a document viewer's count, a mark between its two halves)
PAGE_LINE = re.compile(
    r" *(?:[—–\-－·•]{1,2} *\d{1,4} *[—–\-－·•]{1,2}|第 *\d{1,4} *页(?: *[/,，]? *共 *\d{1,4} *页)?) *"
)


def is_footer(text: str) -> bool:
    """抄送:县委办、县人大办… / 主题词: the document's footer fields, not the text of the notice."""
    return text.startswith(_FOOTER_WORDS) and _FOOTER_LABEL.match(text) is not None


def is_chrome(text: str) -> bool:
    if _BREADCRUMB.search(text) or is_junk(text):
        return True
    if is_footer(text):
        return True
    return bool(_CHROME.search(text)) and len(text) < 40 and "。" not in text


_JUNK = lazy(lexicon("JUNK"))
_JUNK_FIRST = frozenset(
    "hwcmnotvV开開娱娛博注註点點收转轉本畅免继繼"
)  # the first characters of its words: a quick test first


def is_junk(text: str) -> bool:
    """A mirror's injected line (★★★ 最新彩票开奖结果 点击进入, 本文由范文网收集整理 www.…): an advertisement, a
    copy site's credit or address, short and no sentence of a notice (grammar/labels.lark JUNK)."""
    return len(text) <= 80 and "。" not in text and not _JUNK_FIRST.isdisjoint(text) and _JUNK.search(text) is not None


def _is_issuer(text: str) -> bool:
    # 山東省人民政府辦公廳: a notice in traditional characters signs with the same words.
    return len(text) <= 30 and "。" not in text and bool(_ISSUER_END.search(simplified(text)))


def declares(text: str) -> bool:
    """Does this line announce how many sections or tasks there are?"""
    return bool(_DECLARED.search(text) or _DECLARED_TASKS.search(text))


def declared_counts(text: str) -> Declared:
    """确定了10个方面44项重点工作 → Declared(10, 44)."""
    m = _DECLARED.search(text)
    if m:
        sections = numeral(m.group(1))
        return Declared(sections or None, int(m.group(2)))
    t = _DECLARED_TASKS.search(text)
    return Declared(None, int(t.group(1)) if t else None)


def read_back(lines: Sequence[Line]) -> Back:
    """Sort the lines after the last item: closing paragraph, issuer, date, page chrome."""
    closing: list[str] = []
    chrome: list[str] = []
    issuer = None
    date = None
    for _, text in lines:
        if date is None and _DATE_LINE.match(_cn_date(text)):
            date = to_date(text)
            if closing and _is_issuer(closing[-1]):
                issuer = closing.pop()
        elif date is not None or is_chrome(text):
            chrome.append(text)
        else:
            closing.append(text)
    return Back("\n".join(closing), issuer, date, tuple(chrome))


# The date a notice was signed on, alone on its line (2022年2月18日, 二〇二二年二月十八日, …印发).
SIGNED_ON = re.compile(
    r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日"
    r"(?:印发|发布|签发|印發|發布|簽發)?$"
)


def signature_at(lines: list[str], at: int) -> bool:
    """Is line ``at`` an issuer's name (党委办公室（校长办公室）) with the date it was signed on the next line?"""
    name = lines[at].strip()
    if signed_by(name):
        return True
    after = next((line.strip() for line in lines[at + 1 : at + 3] if line.strip()), "")
    return _signing_body(name) and SIGNED_ON.match(after) is not None


def _signing_body(name: str) -> bool:
    """A body's name alone, as a signature prints it (any body: a table's signature may be a school's office, which
    ``_is_issuer``'s government words do not know)."""
    return 2 < len(name) <= 40 and ends_like_unit(name) and "、" not in name


def signed_by(line: str) -> bool:
    """The issuer and the date on one line, spaces between (包头市人民政府办公厅　　2016年4月12日印发, ideographic spaces too)."""
    parts = line.split()
    return len(parts) >= 2 and _signing_body("".join(parts[:-1])) and SIGNED_ON.match(parts[-1]) is not None
