"""What a notice is: the issuing government (``place``), its ``level``, and the plan ``year``.

Worked out from what the front and back matter already hold (issuer, title, publisher, document
number, dates), in that order of trust. Nothing is guessed: a document number's prefix (阜政发) names
a place only when the notice itself names that place (阜阳市人民政府) somewhere, and a place is written
the way the notice wrote it, in simplified characters (山東省 → 山东省), since it is a key to group by.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import attrs

from fyplan.hanzi import simplified
from fyplan.lazyre import lazy
from fyplan.model import Level

LEVELS: tuple[Level, ...] = ("国家", "省", "市", "县区")

STATE_COUNCIL = "国务院"
_HAN = r"[\u4e00-\u9fff]"
# One level of a place name: a name of at least one character and the suffix of an administrative
# division. Longest suffixes first, so 自治区 is not read as 自治 + 区.
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "盟", "县", "区", "旗")
_SEGMENT = f"{_HAN}{{1,7}}?(?:{'|'.join(_SUFFIXES)})"
_PLACE = re.compile(f"(?:{_SEGMENT}){{1,3}}")
# The government itself, as an issuer or the start of a title: 阜阳市人民政府(办公室) …
_GOVERNMENT = re.compile(f"^(?P<place>{_HAN}{{2,16}}?)(?:人民政府|政府)")
_ORGAN = re.compile(f"{_HAN}{{2,16}}?(?:人民政府|政府)(?:办公室|办公厅)?|(?:中华人民共和国)?国务院(?:办公厅)?")
_TITLE_SPAN = 60  # characters of such a line that may still be its title
_ORGAN_FIRST = re.compile(f"(?:{_ORGAN.pattern})(?:关于|印发|文件)")
_STATE_COUNCIL = re.compile(r"^(?:中华人民共和国)?国务院")
# Words that never stand in a place's name: a match holding one ran over a sentence.
_NOT_A_NAME = re.compile(r"关于|印发|政府|各|的|和|与|及|、|转发|批转|通知|工作|重点|委|中共")
# A joint notice names the party committee first: 中共青川市委 青川市人民政府关于… is the government's too.
_PARTY_FIRST = re.compile(r"^中共[\u4e00-\u9fff]{2,16}?委(?:员会)?")
_DOC_PREFIX = lazy(r"^(?P<prefix>[\u4e00-\u9fff]+?)(?:政办|政|府办|府|办)")
_DOC_YEAR = re.compile(r"[〔\[【(（](?P<year>\d{4})[〕\]】)）]")
_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年")

# The provinces' one-character names, as document numbers write them (皖政〔2019〕9号). Each still has
# to be named in the notice before it is taken.
PROVINCE_ABBREVIATIONS = {
    "京": "北京市",
    "津": "天津市",
    "沪": "上海市",
    "渝": "重庆市",
    "冀": "河北省",
    "晋": "山西省",
    "蒙": "内蒙古自治区",
    "辽": "辽宁省",
    "吉": "吉林省",
    "黑": "黑龙江省",
    "苏": "江苏省",
    "浙": "浙江省",
    "皖": "安徽省",
    "闽": "福建省",
    "赣": "江西省",
    "鲁": "山东省",
    "豫": "河南省",
    "鄂": "湖北省",
    "湘": "湖南省",
    "粤": "广东省",
    "桂": "广西壮族自治区",
    "琼": "海南省",
    "川": "四川省",
    "贵": "贵州省",
    "黔": "贵州省",
    "云": "云南省",
    "滇": "云南省",
    "藏": "西藏自治区",
    "陕": "陕西省",
    "甘": "甘肃省",
    "青": "青海省",
    "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区",
}
# The four cities that are provinces of their own: a notice of theirs is a province's.
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
_PROVINCE_LEVEL = ("省", "自治区", "特别行政区")
_CITY_LEVEL = ("市", "自治州", "地区", "盟")
# Addressed to towns and streets and to no county: a 市 that sends it is a county-level city (桐乡市).
_TOWNS = re.compile(r"镇|乡|街道")
_COUNTIES = re.compile(r"县|区")


@attrs.frozen
class Identity:
    place: str | None = None
    level: Level | None = None
    year: int | None = None


def _flat(text: str) -> str:
    """Simplified characters without spaces: 山東省人民政府 辦公廳 → 山东省人民政府办公厅."""
    return simplified(text.strip().replace(" ", "").replace("\u3000", ""))


def place_of(text: str | None) -> str | None:
    """The government a name of an organ belongs to: 阜阳市人民政府办公室 → 阜阳市, 国务院办公厅 → 国务院,
    市政府办公室 → None (no name), 某某协会 → None (not a government)."""
    if not text:
        return None
    text = _PARTY_FIRST.sub("", _flat(text))
    if _STATE_COUNCIL.match(text):
        return STATE_COUNCIL
    m = _GOVERNMENT.match(text)
    if m is None:
        return None
    place = m.group("place")
    if _NOT_A_NAME.search(place) or not _PLACE.fullmatch(place):
        return None
    return place


def level_of(place: str, recipients: str = "") -> Level:
    """国务院 → 国家; a province, an autonomous region or one of the four municipalities → 省; a city,
    prefecture or autonomous prefecture → 市; a county, district or banner → 县区. A 市 inside another
    市 (苏州市张家港市), or one that writes to towns and streets and to no county, is county-level."""
    if place == STATE_COUNCIL:
        return "国家"
    if place in MUNICIPALITIES or place.endswith(_PROVINCE_LEVEL):
        return "省"
    if place.endswith(_CITY_LEVEL):
        parents = [m.group() for m in re.finditer(_SEGMENT, place)][:-1]
        if any(p.endswith("市") and p not in MUNICIPALITIES for p in parents):
            return "县区"
        if place.endswith("市") and _TOWNS.search(recipients) and not _COUNTIES.search(recipients):
            return "县区"
        return "市"
    return "县区"


def place_from_doc_number(doc_number: str | None, text: str) -> str | None:
    """阜政发〔2019〕16号 → 阜阳市, only when ``text`` (the notice's own words) names 阜阳…市's government;
    皖政〔2019〕9号 → 安徽省 only when the notice names 安徽; 国发/国办 → 国务院."""
    if not doc_number:
        return None
    m = _DOC_PREFIX.match(simplified(doc_number))
    if m is None:
        return None
    prefix = m.group("prefix")
    if prefix == "国":
        return STATE_COUNCIL
    province = PROVINCE_ABBREVIATIONS.get(prefix)
    if province is not None:
        short = re.sub(r"(?:壮族|回族|维吾尔)?(?:自治区|省|市)$", "", province)
        return province if short in text else None
    named = re.search(f"(?P<place>{re.escape(prefix)}{_HAN}{{0,3}}?(?:{'|'.join(_SUFFIXES)}))(?:人民政府|政府)", text)
    if named and not _NOT_A_NAME.search(named.group("place")):
        return named.group("place")
    return None


def year_of(
    title: str,
    date: datetime.date | None = None,
    doc_number: str | None = None,
    published: datetime.date | None = None,
) -> int | None:
    """The plan year: the first year the title names (关于2019年重点工作…), else the year the notice
    was signed, else its document number's year (〔2019〕), else the year it was published."""
    if m := _YEAR.search(title):
        return int(m.group("year"))
    if date is not None:
        return date.year
    if doc_number and (d := _DOC_YEAR.search(doc_number)):
        return int(d.group("year"))
    return published.year if published is not None else None


def _signature_lines(lines: list[str]) -> list[str]:
    """Lines around the title that are a government's name and nothing else (a title set on two lines:
    芜湖市人民政府 / 关于2025年重点工作…的通知; the masthead of the government's own site), or that start
    with its name and 关于, 印发 or 文件 (a page run into one line: 河南省人民政府 关于…的通知 豫政〔2023〕5号 …;
    the red head of a document: 某某市人民政府办公室文件)."""
    found = []
    for line in lines:
        text = _flat(line)
        if _ORGAN.fullmatch(text) or _ORGAN_FIRST.match(text):
            found.append(line)
    return found


def identify(
    *,
    title: str,
    issuer: str | None,
    publisher: str | None,
    metadata: tuple[tuple[str, str], ...],
    doc_number: str | None,
    recipients: str,
    chrome: tuple[str, ...],
    preamble: str,
    text: Callable[[], str],
    date: datetime.date | None,
    published: datetime.date | None,
) -> Identity:
    """``text()`` is everything the notice says, in which a document number's place must be named: made
    only when the document number is the last clue (a copy of every item's text, issue 13).

    Trusted in this order: the issuer who signs, the title, the publisher of the page, a line that is a
    government's name alone or starts a title or a red head with it (above the title, or among the first
    three of the preamble), then the document number."""
    signatures = _signature_lines([*reversed(chrome), *preamble.split("\n")[:3]])
    sources = [issuer, title, publisher, *signatures]
    sources += [value for key, value in metadata if key in ("发布机构", "发文机关", "信息来源", "来源")]
    place = next((p for s in sources if (p := place_of(s))), None)
    if place is None:
        # Not through simplified()'s cache: it would hold the whole text (twice) after the parse.
        place = place_from_doc_number(doc_number, simplified.__wrapped__(text()))
    level = level_of(place, simplified(recipients)) if place else None
    # No title read: a line that starts with the government and goes on as a title holds it (its start only).
    titled = title or next((line[:_TITLE_SPAN] for line in signatures if _ORGAN_FIRST.match(_flat(line))), "")
    return Identity(place, level, year_of(simplified(titled), date, doc_number, published))
