"""Name lists: splitting, 等, shared suffixes and prefixes, aliases, canonical names.

``split_units("颍州区、颍东区人民政府等")`` gives two governments and says the list
was open-ended. Results are cached per distinct string: notices repeat the same
lists hundreds of times, and repeated names then share one object.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache

import attrs

from fyplan import fastpaths
from fyplan.canonical import canonical as canonical  # re-exported: moved out for the query's start-up
from fyplan.grammars import lexicon
from fyplan.hanzi import simplified
from fyplan.lazyre import lazy
from fyplan.model import Leader, Unit
from fyplan.pinyin import PINYIN_SYLLABLE

# Suffixes a 、-run may share: 阜南县、临泉县、颍东区人民政府 → three governments.
_SHARED_SUFFIXES = ("人民政府", "管理委员会", "管委会", "党工委", "街道办事处", "办事处", "政府")
SHARED_SUFFIXES = frozenset(_SHARED_SUFFIXES)
# Names that can take a shared suffix end like a place.
_PLACE_END = re.compile(
    r"(?:县|区|市|镇|(?<!房城)乡|街道|园|新区|园区|开发区|经开区|高新区|集中区|试验区|示范区|合作区|片区)$"
)
# Short agency names that take a shared prefix: 市发改委、经贸委、规划局.
_AGENCY = lazy(r"^[\u4e00-\u9fff]{1,6}(?:委|局|办|厅|部|署|会|院|室|处|中心)$")
_LEVEL_PREFIX = ("市", "省", "区", "县")
_SHORT_AGENCY = lazy(r"^[\u4e00-\u9fff]{1,4}(?:委|局|办|厅|部|署|院|室|处|中心)$")
# 等 and the words that follow it in an open list: 市税务局等相关部门.
_OPEN = re.compile(
    # 等驻州企业, 等驻地单位: the kind of bodies stationed in the place (企业 too), no body's name.
    # (等区属国企, 等市属国有企业: the place's own companies)
    r"等(?:[省市县区縣區州盟旗](?:直|[级級]|[属屬])?|[驻駐](?:[省市县区縣區州盟旗]|地))?"
    # (等政府各有关部门, 等市政府有关部门: the government's departments concerned, no body's name)
    r"(?:(?:[省市县区縣區州盟旗])?(?:人民)?[政][府](?=[各有相其]))?(?:各)?(?:相[关關]|有[关關]|其他|其它|各)?"
    # (厅督察处等处室, 医务部等科室: the offices of one body, its kind; 科技教育司等有关司局: a ministry's departments)
    # (等公共企事业单位, 等事业单位: the kind of bodies, public or not; 等部门和单位: both kinds)
    r"(?:部[门門](?:[和及][单單]位)?|[单單]位(?:[和及]部[门門])?|[机機][构構]|企[业業]|[国國](?:有企[业業]|企)|[处處]室|科室|股室|庭室|司局|(?:公共)?企?事[业業][单單]位)?$"
    # 市住建局等行业主管部门, 县交通运输局等成员单位, 等职能部门, 区生态环境局等执法部门, 等区级行政执法部门, 等县级医疗
    # 卫生单位, 院感科等各职能科室 (a hospital's): the kind of bodies named before 等 (maybe of a level), no body's name.
    r"|等(?:[省市县区縣區州](?:直|[级級]))?(?:相[关關]|有[关關]|其他|其它)?各?(?:行[业業])?(?:行政)?"
    r"(?:主管|职能|職能|成员|成員|责任|責任|协作|協作|执法|執法|监管|監管|业务|業務|医疗卫生|醫療衛生|临床|臨床|医技|醫技)"
    r"(?:部[门門]|[单單]位|[机機][构構]|科室|[处處]室)$"
    # (区财政局等区政府有关部门, 等市政府各部门: the departments of the place's government, no body's name)
    r"|等[省市县区縣區州盟旗](?:人民)?政府(?:相[关關]|有[关關]|其他|其它)?各?(?:部[门門]|[单單]位|[机機][构構])$"
    # (市民政局等行业部门: the bodies of the trades concerned, 行业 alone before the kind)
    r"|等(?:相[关關]|有[关關]|其他|其它)?行[业業](?:部[门門]|[单單]位)$"
    # 县交通运输局等县安委会成员单位, 等市食安办成员单位, 等领导小组各成员单位: the members of a committee, a group or a
    # joint meeting, the kind of bodies named before 等 (the committee's name is none of theirs).
    r"|等[\u4e00-\u9fff]{0,12}?(?:委员会|委員會|委会|委會|委|领导小组|領導小組|小组|小組|指挥部|指揮部|联席会议|聯席會議|办|辦)"
    r"(?:各)?(?:成员|成員)(?:单位|單位|部门|部門)$"
    # 久隆、沙埠、大番坡等镇人民政府, 梅山镇、青山镇等相关乡镇人民政府: the kind of the bodies named before 等 (towns'
    # governments), no body's name.
    r"|等(?:相[关關]|有[关關]|其他|其它)?(?:乡镇|鄉鎮|[乡镇镇鄉鎮])(?:人民政府|政府)$"
    # 宁溪镇、屿头乡等有关镇街, 甲镇等相关镇(街道), 端阳镇、柳河镇等乡镇, 古路镇等有关镇: the towns and streets named before 等, no body's name.
    r"|等(?:相[关關]|有[关關]|其他|其它)?(?:镇街|鎮街|乡镇街道|鄉鎮街道|乡镇|鄉鎮|街道|[镇鎮乡鄉]|镇\(街道\)|鎮\(街道\)|乡镇\(街道\)|鄉鎮\(街道\))$"
    # 达州市、广安市等相关市(州)人民政府, 甲县、乙县等地: the kind of places named before 等 (their governments), none's name.
    r"|等(?:相[关關]|有[关關]|其他|其它)?(?:[市县区縣區州盟旗地]|市县|县区|县市|区县|市縣|縣區|縣市|區縣)(?:\([^()]{1,6}\))?"
    r"(?:人民政府|政府|党委|黨委)?$"
)
# 和 / 及 joining a collective to a list: 省直各部门和各市人民政府, …等省有关部门和各地级以上市人民政府,
# 州委编办及州直相关单位, 国土局和有关县区 (the places concerned), 县教育局及有关学校, 县金融办和有关金融机构. Before a body's own name (市场监管和知识产权局) they are part of it.
# The first lookahead: every match starts with 和, 及 or 以及, so ``re`` tries the lookbehinds only there, not
# at every character (issue 13: a list of 50 characters with one 和, 11 -> 3.5 µs).
_AND_COLLECTIVE = re.compile(
    r"(?=[和及以])"
    r"(?:(?<=部门|单位|机构|部門|單位|機構)和(?=各)"
    # (…市财政局等部门和沿线县(市、区)人民政府: after a list's generic 等 tail, 和 joins the next collective, whatever
    # it is)
    # (…市科学技术局等相关部门和汉台区、城固县人民政府: after 等相关部门, 等有关单位 too)
    r"|(?<=等部门|等单位|等部門|等單位|关部门|关单位|關部門|關單位)(?:和|及)(?=[\u4e00-\u9fff])(?![单單]位|部[门門]|机构|機構)"
    # (not inside a body's own name before its tail: 省工业和信息化有关部门, 住房和城乡建设有关单位)
    r"|(?<=[\u4e00-\u9fff]{2})(?<!工业)(?<!住房)(?<!资源)(?<!文化)(?<!监管)(?<!教育)(?<!卫生)(?:以及|和|及)(?!其)"
    # (县林业局和沿线乡镇, 市水利局和沿江县区: the places along the work, a collective as 有关乡镇 is)
    r"(?=各|[\u4e00-\u9fff]{0,4}?(?:有关|相关|有關|相關|沿线|沿線|沿江|沿河|沿岸|周边|周邊|属地|屬地)[\u4e00-\u9fff]{0,3}?"
    r"(?:单位|部门|單位|部門|机构|機構|企业|企業|学校|學校|医院|醫院|县区|縣區|区县|區縣|市县|市縣|县市|縣市|乡镇|鄉鎮"
    r"|街道|地区|地區))"
    # 及 (和) between two bodies' names: …县(市)政府及开发区管委会, 环保厅和内蒙古电力监管办, 市政府办公室及市政府各部门,
    # 相关部门和县(区)政府 (not 和平分局, a
    # place's name, nor 住房和城乡建设局: the word before 和 is no body's name; nor 党委和人民政府, one place's).
    # (…各街道办事处和库尔勒经济技术开发区管委会; …市市场监管局和沿江各县(市、区)人民政府: a bracket of places in the name)
    r"|(?:(?<=政府)|(?<=管委会)|(?<=[局委办厅部室馆院])|(?<=办事处)|(?<=中心)|(?<=部门)|(?<=单位)|(?<=机构))"
    r"(?:及|和(?!平|人民政府|政府|管委会))(?!其)"
    r"(?=(?:[\u4e00-\u9fff]|\([\u4e00-\u9fff、]{1,8}\)){2,16}?"
    r"(?:管委会|政府|局|委|办|厅|中心|公司|集团|部门|单位|机构|馆|院)(?:[、,]|$)"
    # (…市农业农村局和麒麟区、沾益区、陆良县人民政府: places sharing the last one's 人民政府, after a body's name)
    r"|(?:[\u4e00-\u9fff]{1,6}?[区县市旗]、)+[\u4e00-\u9fff]{1,6}?[区县市旗](?:人民政府|政府)(?:[、,]|$)))"
)
_ALIAS = re.compile(r"\((?:以下)?简称[“\"]?([^()“”\"]+?)[”\"]?\)")
# A body's sections named as its units in a duty label or column (责任处室, 牵头科室, 责任委室 of a 人大常委会, 责任部室
# of a company, 责任庭室 of a court, 责任局办 of a development zone, 责任组(室) of a procuratorate): what 单位 and 部门 name
# elsewhere.
OFFICE_KINDS = ("处室", "科室", "股室", "庭室", "委室", "部室", "站所", "站办", "局办", "组室", "司局", "厅局")
# A parenthetical note on the list itself, not part of a name.
# (also in angle brackets, 各区人民政府〈含开发区、风景区,下同〉: a page that kept the round ones for names' own)
# (a mirror's pinyin inside the note, (含開發(fā)區、風景區,下同): its brackets are the note's words)
_NOTE_WORDS = rf"(?:[^()〈〉]|\({PINYIN_SYLLABLE}\))*"
_NOTE = re.compile(rf"[(〈]({_NOTE_WORDS}(?:列第一|排第一|排名第一|第一位|首位|下同){_NOTE_WORDS})[)〉]")
# 列第一位者为牵头单位, 排序第一单位为牵头单位, 第一个单位为牵头单位, 第一责任单位为牵头单位, 排在首位
# (simplified or traditional). The lookahead names every character a match can start with, so re skips
# ahead to those instead of trying the whole pattern at each position (searching 1 MB of text: 8.7 ->
# 2.5 ms; the same matches).
FIRST_LEADS = re.compile(
    r"(?=[列排名在序第首])(?:"
    # (标注的第一个处室(单位)为牵头处室: a department's offices, the other bodies in a bracket)
    r"(?:列|排)?(?:名|在|序)?(?:第一|首)(?:位|个|個|家)?(?:的)?"
    r"(?:(?:责任|責任)?(?:单位|單位|部门|部門|处室|處室|科室|股室|委室|部室)(?:\([^()]{1,6}\))?)?(?:的|者)?"
    r"(?:为|為|是)(?:[牵牽][头頭]|主[办辦]|[汇匯][总總])"
    # (…第一个部门为主要责任部门, 第一位为主责单位: the main one answering, the lead — only with the ranking's 位 or 个
    # and a body after the copula: 第一是主要责任落实不到位 is a finding, no convention)
    r"|(?:列|排)?(?:名|在|序)?(?:第一|首)(?:位|个|個|家)(?:的)?(?:(?:责任|責任)?(?:单位|單位|部门|部門))?(?:的|者)?"
    r"(?:为|為|是)(?:主要[责責]任|主[责責])(?:单位|單位|部门|部門)"
    # (not 位列第一位, 名列首位 alone: a thing ranked first among others, 在35件实事中位列第一位 — no body leads by it;
    # 名列首位者牵头 says it leads)
    r"|(?<![位名])(?:列|排)(?:在)?(?:第一|首)位"
    r"|(?<=[位名])列(?:第一|首)位(?:的|者)(?:单位|單位|部门|部門)?(?:[牵牽][头頭]|[负負][总總][责責]|为|為|是)"
    # 原则上由排名首位的部门牵头负责: a ranking word, then the role with no copula
    r"|(?:列|排)(?:名|在|序)?(?:第一|首)(?:位|个|個|家)?(?:的)?(?:单位|單位|部门|部門)(?:的|者)?[牵牽][头頭]"
    r")"
)


def says_first_leads(text: str) -> bool:
    """Does ``text`` hold a FIRST_LEADS note anywhere? The pattern is tried only around each 第一 and
    首, which every such note holds, at most two characters after its start and well within its end: on
    a whole notice one quick str.find per occurrence instead of a regex step at every character (1 MB:
    3 ms -> ~0.1 ms, a thirtieth of reading a repeated body, issue 13)."""
    for word in ("第一", "首", "第\n一"):  # (列第 / 一位的为牵头单位: a cell's wrap between 第 and 一)
        at = text.find(word)
        while at >= 0:
            if FIRST_LEADS.search(text, max(0, at - 2), at + 16):
                return True
            if "\n" in text[at : at + 16] and FIRST_LEADS.search(_BROKEN.sub("", text[max(0, at - 2) : at + 24])):
                return True  # (…第一个责任单位为 / 牵头单位: a note a page's wrap cut)
            at = text.find(word, at + 1)
    return False


_BROKEN = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")


# A role word in a bracket after a name (县发改委(牵头)、县统计局(配合); 市工信局(主责)、市商务局(参与)): a mark
# of its role, no part of the name. A joint mark (共同牵头, 双牵头, 分别牵头) speaks for the names of its run
# (市生态环境局、市水务局(共同牵头)).
# (…、县水务局(县环保局牵头): the list's lead named in a bracket after its last name)
_NAMED_LEAD = re.compile(r"\((?P<who>[^()]{2,40}?)(?:牵头|牽頭)\)$")
_LEAD_MARK = re.compile(
    r"\((?:(?P<joint>共同|双|雙|分别|分別))?(?:牵头|牽頭|主责|主責|主办|主辦|牵头单位|牽頭單位|牵头部门|牽頭部門)(?:单位|單位)?\)$"
)
_HELP_MARK = re.compile(r"\((?:配合|协办|協辦|协助|協助|参与|參與|参加|參加)(?:单位|單位|部门|部門)?\)$")


def is_role_mark(bracket: str) -> bool:
    """(牵头), (主责), (配合), (参与) …: a bracket that marks a name's role."""
    return bool(_LEAD_MARK.fullmatch(bracket) or _HELP_MARK.fullmatch(bracket))


# A title of whoever is in charge: 分管副省长, 协管副秘书长, 省政府分管领导同志, 主管领导. It names no body; whoever
# holds it leads the work, so it is a leader kept as written, in a leaders field or a unit list alike
# ((分管副省长、协管副秘书长负责,省国资委牵头): see post_alone, people_named).
GENERIC_TITLE = re.compile(
    r"^(?:[省市县区縣區州][政][府])?(?:[分協协主][管]|常[务務])(?:[副])?[\u4e00-\u9fff]{0,12}?"
    r"(?:[领領][导導]|[长長]|[秘][书書][长長]|[负負][责責]人|主任|[书書][记記]|主席)(?:[同][志])?$"
)
_ROLE_WORDS = re.compile(r"(?:长|书记|主任|主席|委员|秘书长|领导|负责人|同志)$|^(?:市|省|县|区)?政府|常务|^副")


@attrs.frozen
class NameList:
    """The names of one list, whether it was open-ended, and what looked wrong."""

    names: tuple[str, ...]
    written: tuple[str, ...]
    open_ended: bool
    aliases: tuple[tuple[str, str], ...] = ()
    first_listed_leads: bool = False
    marked: tuple[str, ...] = ()  # names marked (牵头) inside the list
    helping: tuple[str, ...] = ()  # names marked (配合) inside the list
    groups: tuple[int, ...] = ()  # where each group between commas starts among the names
    said_leads: bool = False  # a mark in words, (牵头), not a symbol (★): it says who leads, whatever a note says


_OPENERS = re.compile(r"[(\[（【〔〈]")  # 〈 too: 各县〈市、区〉政府 on some pages
_WHITESPACE = re.compile(r"\s")


@lru_cache(maxsize=8)
def _separators(seps: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(seps)}]")


def split_top(text: str, seps: str) -> list[str]:
    """Split on any of ``seps`` outside parentheses."""
    if fastpaths.ENABLED and _OPENERS.search(text) is None:
        # No bracket at all (most lists): one regex split instead of a loop over the characters.
        return _separators(seps).split(text)
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "([（【〔〈":
            depth += 1
        elif ch in ")]）】〕〉":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in seps:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


# A level word, maybe with its body and a second name in brackets: 区人民政府(管委会), 镇(街道), 开发区,
# 县(市、区)政府, 自治县. After 各 such words share the 各: 各县、市、区人民政府, 各县、自治县、区(市)人民政府 are one name each
# (not after 开发区: see _KINDS_OF_BODY).
_LEVEL = r"(?:自治[县縣州旗]|县级市|縣級市|省辖市|省轄市|设区市|設區市|县市区|縣市區|县区|縣區|市州|乡镇|鄉鎮|街道|开发区|開發區|园区|園區|特[区區]|[省市州盟县縣区區旗乡鄉镇鎮街])"
# (省辖市, 设区市: a city under the province, a city with districts — 各省辖市、县(市)政府 is one collective)
# The levels a body-bearing last segment may name for 各 to reach it (各县、市、区人民政府, 各区、县级市政府);
# 各乡镇、开发区管委会 are two bodies.
_LEVEL_ONE = r"(?:自治[县縣州旗]|县级市|縣級市|省辖市|省轄市|设区市|設區市|[省市州盟县縣区區旗乡鄉镇鎮])"
_BODY = r"(?:人民政府|政府|管委会|管委會|街道办事处|办事处|道)"
# (A bracket as printed or as a gazette prints one inside another: 各市〔州〕、县〔市、区、特区〕人民政府.)
_LEVEL_WORD = re.compile(
    rf"^{_LEVEL}(?:[(〔]{_LEVEL}(?:、{_LEVEL})*[)〕])?{_BODY}?(?:[(〔](?:{_LEVEL}|{_BODY})+[)〕])?$"
)
# The same without a body: 镇(街道), 开发区, 县(市、区).
_LEVEL_BARE = re.compile(rf"^{_LEVEL}(?:[(〔](?:{_LEVEL}|街道办事处)(?:、{_LEVEL})*[)〕])?$")


# Level words that name a kind of body by themselves (each zone, each sub-district), unlike 县 市 区 县市: 各 before
# one of them, then 、, shares itself over nothing after (各开发区、镇(街道) is 各开发区 and 镇(街道), as blind
# annotators split it; 各县市、区政府 stays one).
_KINDS_OF_BODY = frozenset(("开发区", "開發區", "园区", "園區", "街道"))
_ZONES = frozenset(("开发区", "開發區", "园区", "園區"))


def _more_levels(run: list[str], k: int) -> bool:
    """Does the run go on with a level word at ``k`` (bare, or naming the body: 街道, 镇人民政府)?"""
    return k < len(run) and (_LEVEL_BARE.match(run[k]) is not None or _LEVEL_WORD.match(run[k]) is not None)


# What a collective of level words starts with: 各县、市、区人民政府, 相关市、县政府, 有关县(区)政府.
_COLLECTIVE_PREFIXES = (
    "各有关",
    "各相关",
    "各有關",
    "各相關",
    "各",
    "相关",
    "有关",
    "相關",
    "有關",
)  # (the longest first)


# Words after 各/相关/有关 that name kinds of bodies, no level: 相关部门、县区政府 is two names.
_NO_LEVEL = frozenset(("部门", "单位", "机构", "部門", "單位", "機構", "企业", "企業", "学校", "學校", "医院", "醫院"))


def _collective_at(run: list[str], i: int) -> int:
    """How many segments from ``i`` form one collective name (各县、市、区人民政府 → 3), else 0."""
    # 各县、市、区人民政府: 各 and bare level words, the last of which may name the body. A segment with a body
    # of its own ends the name: 各县市区政府、开发区管委会 are two.
    counted = _COUNTED.match(run[i])
    prefix = counted.group() if counted else next((p for p in _COLLECTIVE_PREFIXES if run[i].startswith(p)), None)
    rest = run[i][len(prefix) :] if prefix is not None else ""
    if prefix is None or (len(rest) > 2 and not _LEVEL_BARE.match(rest)) or rest in _NO_LEVEL:
        return 0  # (相关部门、县区政府: 部门 is no level, the two are two names)
    if run[i][len(prefix) :] in _KINDS_OF_BODY and not counted:
        # 各开发区、镇(街道): each development zone, and the towns: two kinds of body, two names (but 13个街道、镇
        # counts them together: the 13 sub-districts and towns, one collective).
        return 0
    k = i + 1
    while k < len(run) and _LEVEL_BARE.match(run[k]) and (run[k] not in _ZONES or _more_levels(run, k + 1)):
        k += (
            1  # (各镇(街道)、园区: the towns, and the parks — a zone last after the levels is a body of its own; not in
        )
        # 各县区、开发区、街道, one collective)
    if k < len(run) and _LEVEL_WORD.match(run[k]) and re.match(_LEVEL_ONE, run[k]):
        k += 1
    elif k < len(run) and len(rest) == 1 and k == i + 1 and _PEER_LEVEL_BODY.match(run[k]) and _PEERS.get(rest):
        # 各州、市卫生健康委, 各县、区教育局: each place of two peer levels (州 and 市, 县 and 区) and the body of each
        # named after the last level word — one collective (not 各乡镇、县教育局: the township and the county's bureau)
        k += 1 if run[k][0] in _PEERS[rest] and ends_like_unit(run[k]) else 0
    return k - i if k - i > 1 else 0


# Levels whose places are peers, each with a body of the same kind (州/市 prefectures, 县/区/旗 counties). Not 区 and
# 市 (nor 县 and 市): in a city's notice 各区、市财政局 is the districts and the city's own bureau.
_PEERS = {"州": "市盟", "市": "州盟", "盟": "市州", "县": "区旗", "区": "县旗", "旗": "县区"}
_PEER_LEVEL_BODY = re.compile(r"^(?!市场|市場|区域|區域)[市州县区旗盟][\u4e00-\u9fff]{2,10}$")  # (市场监管局: no 市)


# 中直 / 区直 / 州直 alone: "directly under the centre / region / prefecture", a level word and no body; so are
# 国家级 / 省级 / 市级 alone (各国家级、省级开发区管委会: the development zones of both levels, one collective).
_LEVEL_ALONE = re.compile(
    r"^(?:[中省市县区縣區州盟旗地]直|各?(?:国家|國家|自治区|自治區|[省市县区縣區州盟旗乡鄉镇鎮村])[级級])$"
)


def holds_level_words(group: str) -> bool:
    """May ``group`` hold level words alone (中直, 区直, 国家级, 省级): the quick test before ``level_words_joined``."""
    return "直" in group or "级" in group or "級" in group


def level_words_joined(run: list[str]) -> list[str]:
    """中直、区直驻阿里各单位, 各国家级、省级开发区管委会: level words before a collective, parted by 、, are one name
    with it (the run itself when it holds none: most runs)."""
    if len(run) < 2 or not any(_LEVEL_ALONE.match(n) for n in run[:-1]):
        return run
    out: list[str] = []
    for name in run:
        if out and _LEVEL_ALONE.match(out[-1].rsplit("、", 1)[-1]):
            out[-1] = f"{out[-1]}、{name}"
        else:
            out.append(name)
    return out


# A count before level words (13个街道、镇; 十个乡、镇): one collective, as 各 makes one.
_COUNTED = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个(?=.)")


# 各委、办、局, 市直各部、委、办、局: 各 and one character that names a kind of body, then more such characters, each
# alone between 、: every commission, office and bureau, one collective (a character alone is no body's name).
_EACH_KIND = re.compile(r"各[委办局厅部室所站队辦廳]$")
_KIND_ALONE = frozenset("委办局厅部室所站队辦廳")


def departments_and_units(run: list[str]) -> list[str]:
    """市直有关部门、单位, 各有关部门、单位: 单位 alone after a name ending in 部门 is one collective with it (the
    departments and other bodies of that kind) — no body's name is 单位 alone."""
    out: list[str] = []
    for seg in run:
        if out and seg in ("单位", "單位") and out[-1].endswith(("部门", "部門")):
            out[-1] = f"{out[-1]}、{seg}"
        else:
            out.append(seg)
    return out


def _kinds_joined(run: list[str]) -> list[str]:
    """The run with each 各委、办、局 collective as one segment (the run itself when it holds none)."""
    out: list[str] = []
    for seg in run:
        if out and seg in _KIND_ALONE and (_EACH_KIND.search(out[-1]) or out[-1][-2:-1] == "、"):
            out[-1] = f"{out[-1]}、{seg}"
        else:
            out.append(seg)
    return out


# Pinyin a mirror puts after a character (區(qū)): fyplan/read/decode.py's, here for the level words only.
_PINYIN_AFTER = re.compile(rf"(?<=[\u4e00-\u9fff])\({PINYIN_SYLLABLE}\)")


def _collectives(run: list[str]) -> list[list[str]]:
    """Cut a 、-run around its collective names: each piece is either one collective or plain names."""
    if any(len(seg) == 1 for seg in run):
        run = _kinds_joined(run)
    if not any(seg.startswith(_COLLECTIVE_PREFIXES) or _COUNTED.match(seg) for seg in run):
        return [run] if run else []  # every collective starts with 各 (相关, 有关); most runs hold none
    pieces: list[list[str]] = [[]]
    # (有關市州、縣市區(qū)人民政府: a mirror's pinyin after a character is no part of the levels; the names keep it)
    bare = [_PINYIN_AFTER.sub("", seg) if "(" in seg else seg for seg in run]
    i = 0
    while i < len(run):
        span = _collective_at(bare, i)
        if span:
            pieces += [["、".join(run[i : i + span])], []]
            i += span
        else:
            pieces[-1].append(run[i])
            i += 1
    return [p for p in pieces if p]


# A shared prefix (市发改委、经贸委) is not written out: names stay as written, as the annotated corpus
# and its readers expect; `lead:市经贸委` still finds 经贸委 (fyplan/query/evaluate.py). Shared
# suffixes (甲县、乙区人民政府) are written out: a bare place name is no body.
_EXPAND_PREFIXES = False


_AND_BODIES = re.compile(r"[委会局办府]和$")


def ends_like_place(name: str) -> bool:
    """彭阳县, 原州区, 白音镇: a place's name, which a list's shared ending (人民政府) may follow."""
    return _PLACE_END.search(name) is not None


def _takes_suffix(name: str, suffix: str) -> bool:
    """Can a place so named share the suffix? A street's office (…街道办事处, …办事处) is a 街道's alone: 万水泉镇、滨河
    街道办事处 names a town and a street's office, not 万水泉镇街道办事处."""
    if suffix == "街道办事处":
        return False
    if suffix in ("人民政府", "政府") and _ZONE_END.search(name):
        return (
            False  # (郴州高新区、甲县人民政府: a development zone has a 管委会, no government — its name is its body's)
        )
    return suffix != "办事处" or name.endswith("街道")


# The zones a 管委会 runs (高新区, 经开区, 工业园区, 综合保税区 …): no 人民政府 of their own (a 新区 may have one: 浦东新区).
_ZONE_END = re.compile(r"(?:开发区|高新区|经开区|园区|保税区|试验区|示范区|合作区)$")


def _expand_run(run: list[str]) -> list[str]:
    """Shared suffixes and prefixes inside one 、-separated run."""
    if len(run) < 2:
        return run
    last = run[-1]
    # The longest suffix the last name ends with (人民政府 before 政府); a bare suffix has no stem to share.
    suffix = next((sfx for sfx in _SHARED_SUFFIXES if last.endswith(sfx)), "")
    # 高新区党工委和管委会 names two bodies of its own; no earlier name shares its ending.
    # (nor where the last name is a collective's, 各县市区人民政府: the ending is the collective's, not a place's before it)
    if (
        suffix
        and len(last) > len(suffix)
        and not _AND_BODIES.search(last[: len(last) - len(suffix)])
        and not last.startswith("各")
    ):
        # Walk back over the bare place names just before the suffixed one.
        start = len(run) - 1
        while (
            start > 0
            and not run[start - 1].endswith(suffix)
            and _PLACE_END.search(run[start - 1])
            and not run[start - 1].startswith("各")  # 各乡镇: a collective, no place to share an ending with
            and _takes_suffix(run[start - 1], suffix)
        ):
            start -= 1
        if start < len(run) - 1:
            return run[:start] + [h + suffix for h in run[start:-1]] + [last]
    first = run[0]
    for prefix in _LEVEL_PREFIX if _EXPAND_PREFIXES else ():
        if first.startswith(prefix) and _AGENCY.match(first):
            rest = run[1:]
            # 经贸委 takes 市; 团市委 and 阜阳市税务局 name their own level and do not.
            if all(_SHORT_AGENCY.match(r) and not any(level in r for level in "市省县区州各") for r in rest):
                return [first] + [prefix + r for r in rest]
            break
    return run


# Two bodies' names of one level with nothing between them (县档案馆县发改局, 市发改委市经信委): a body's ending, then
# the same level word (省 市 县 区 州 盟 旗) that opened the name. One search per name; most names have no such place.
GLUED_NAMES = re.compile(r"(?<=[局委办厅馆部院室心])(?=[省市县区州盟旗][\u4e00-\u9fff]{2})")
# Whether a text has such a place (a search finds one where GLUED_NAMES finds one, a character before it): led by
# the ending's class, where GLUED_NAMES' lookbehind is tried at every character (issue 13; tests/test_units_scan.py).
GLUED_AT = re.compile(r"[局委办厅馆部院室心](?=[省市县区州盟旗][\u4e00-\u9fff]{2})")
# After the level word, words that go on one body's name rather than start another's (县城派出所, 县级国库…, 市政设施
# 管理所, 市区交警大队, 市场…, 区域…).
_GOES_ON = re.compile(r"^[省市县区州盟旗](?:城|级|政|区|场|域|属|直|内|外)")
# A branch of the body before it (市生态环境局县分局, 国家统计局县调查队): one body, not two.
_BRANCH = re.compile(r"(?:分局|支局|派出所|大队|中队|支队|调查队|分中心|管理所|所|站|队)$")
_OWN_END = re.compile(r"(?:局|委|办|厅|中心|政府)$")


def unglued(name: str) -> list[str]:
    """``name`` cut where two bodies' names of one level were run together, each a body's name of its own; else
    ``[name]``."""
    cuts = [m.start() for m in GLUED_NAMES.finditer(name) if m.start() >= 3 and name[m.start()] == name[0]]
    if not cuts:
        return [name]
    parts = [name[a:b] for a, b in zip([0, *cuts], [*cuts, len(name)], strict=True)]
    if all(
        looks_like_unit(p) and ends_like_unit(p) and not _GOES_ON.match(p) and not _BRANCH.search(p) for p in parts
    ) and all(_OWN_END.search(p) for p in parts[1:]):
        return parts
    return [name]


def _strip_name(raw: str) -> tuple[str, bool]:
    # A mark after a name (县财政局*: a footnote's, or a lead mark no reading took) is no part of it.
    name = raw.strip().rstrip("。.;, ").strip().rstrip("*").strip()
    if name.startswith("(") and ")" not in name:
        name = name[1:]  # (市经信委牵头 at a page's cut: the bracket the page never closed is no part of the name
    open_ended = False
    m = _OPEN.search(name) if "等" in name else None  # every open ending holds 等
    if m and m.start() > 0:
        name, open_ended = name[: m.start()], True
    elif m and len(name) > 1:
        # 市住建委、/ 等部门: an open ending a cell's wrap or a stray 、 parted from the name it closes — no name of its
        # own, the list's ending (等 alone is kept as written: test_units)
        return "", True
    elif m is None and "等" in name and name.endswith(")") and (plain := _PINYIN_AFTER.sub("", name)) != name:
        # 財政部等部門(mén): a mirror's pinyin in the open ending — the ending read without it, the name kept as written
        cut = name.rfind("等")
        m = _OPEN.search(plain)
        if m and m.start() > 0 and _PINYIN_AFTER.sub("", name[:cut]) == plain[: m.start()]:
            name, open_ended = name[:cut], True
    return name.strip(), open_ended


# 会 written for 会同 between two offices' names (宣传处会办公室, 财务科会综合科): not 居委会, 总工会, 红十字会.
# (An office after a body is no second office: 县财政局会计科, 市商务局会展处, 市政府办公室会务处 are one each.)
_WITH_SHORT = re.compile(r"(?<=[处科室])会(?![计展务议])(?=[\u4e00-\u9fff]{1,6}(?:室|处|局|科)(?:[、,;]|$))")


# 区住建局/区交通局, 区交通局|区公安分局: two bodies parted by a slash or a bar (as a table's cell or a form joins
# them); only where each side is a body's name (a slash inside a name, 市委宣传部(新闻办)/外宣办, stays as written).
_SLASH = re.compile(r"(?<=[\u4e00-\u9fff]) ?[/／|｜] ?(?=[\u4e00-\u9fff])")


def _slashed(text: str) -> str:
    def either_side(m: re.Match[str]) -> str:
        before = re.split(r"[、,;/／|｜]", text[: m.start()])[-1]
        after = re.split(r"[、,;/／|｜]", text[m.end() :])[0]
        # (two bodies, or two people: 张三/李明 are two leaders as 县财政局/县统计局 are two units)
        bodies = looks_like_unit(before.strip()) and looks_like_unit(after.strip())
        people = bare_person(before.replace(" ", "")) and bare_person(after.replace(" ", ""))
        return "、" if bodies or people else m.group()

    return _SLASH.sub(either_side, text)


# A web address among the names (a mirror's spam: www.x.com, http://…), never part of a body's name.
_WEB_ADDRESS = re.compile(r" *(?:https?://|www\.)[A-Za-z0-9./\-_?=&%]+|[A-Za-z0-9\-]+\.(?:com|cn|net|org|cc|top|vip)\b")


# The reader's caches hold 512 entries each (they held 16384-65536, then 4096): a notice repeats its
# clauses and name lists within a few hundred items (the example has at most 274 distinct entries per
# cache, so a repeated body still hits every time), while a large notice of new text filled bigger
# caches with entries never asked for again (issue 13: 1 MB of new text, peak memory 13.5x -> 9.2x the input).
# The caches whose entries are large hold fewer, still more than the example needs: this one 384 (it
# needs 274), the duty blocks' and the duties' 256 (188 each); the clauses' 128 and 64, as the blocks'
# cache answers for a repeated body before them (issue 13, peak memory at 1 MB of new text 5.9x -> 5.0x).
@lru_cache(maxsize=384)
def _by_whom(rest: str) -> bool:
    """Is what follows a 由 at a name's start a body, a post or a titled person (由纪委书记, 由县财政局)?"""
    return ends_like_unit(rest) or post_alone(rest) or titled_person(rest) is not None


def split_names(text: str) -> NameList:
    """Split a list of bodies as written in a duty field."""
    aliases: list[tuple[str, str]] = []
    first_leads = False
    if "(" in text or "〈" in text:  # notes and aliases are bracketed; most lists have no bracket
        for note in _NOTE.findall(text):
            first_leads = first_leads or bool(FIRST_LEADS.search(note))
        text = _NOTE.sub("", text)
    names: list[str] = []
    written: list[str] = []
    marked: list[str] = []
    helping: list[str] = []
    said_leads = False
    open_ended = False
    if "和" in text or "及" in text:
        text = _AND_COLLECTIVE.sub("、", text)
        # (马建国同志和常务副县长孙志刚同志: two people, each called comrade, joined by 和)
        text = text.replace("同志和", "同志、").replace("同志及", "同志、")
    if "会" in text:
        text = _WITH_SHORT.sub("、", text)  # 宣传处会办公室: 会 for 会同, two offices
    if "." in text and _WEB_ADDRESS.search(text):
        text = _WEB_ADDRESS.sub("", text)  # 县统计局 www.bet88.com: a mirror's address glued on, no body's name
    if "/" in text or "|" in text or "／" in text or "｜" in text:
        text = _slashed(text)
    groups: list[int] = []
    for group in split_top(text.strip().rstrip("。"), ",;"):
        if not group.strip():
            continue  # stray separators are reported, with their column, by the reader
        groups.append(len(names))
        run: list[str] = []
        segments = _spaced(split_top(group, "、"))
        if GLUED_AT.search(group):
            segments = [part for seg in segments for part in unglued(seg)]
        for seg in segments:
            name, ends_open = _strip_name(seg)
            if name.startswith("由") and len(name) > 2 and _by_whom(name[1:]):
                name = name[1:]  # (…。由纪委书记负责,X牵头: the preposition is no part of the post's name)
            if name.startswith(("★", "*")):
                # ★市发改委, *县经信委: the marked name leads (tables and lists mark the lead unit so).
                name = name.lstrip("★*").strip()
                marked.append(name)
            elif name.endswith(")") and (mark := _LEAD_MARK.search(name)):
                said_leads = True
                name = name[: mark.start()].strip()
                if mark.group("joint"):
                    marked.extend(run)  # the names of the run before it share the lead
                marked.append(name)
            elif name.endswith(")") and (mark := _HELP_MARK.search(name)):
                name = name[: mark.start()].strip()
                helping.append(name)
            elif (
                name.endswith(")")
                and (mark := _NAMED_LEAD.search(name))
                and set(leads := split_top(mark.group("who"), "、")) <= {*run, name[: mark.start()].strip()}
            ):
                # 县环保局、县住建局、县水务局(县环保局牵头): a bracket after the list names which of them leads
                said_leads = True
                name = name[: mark.start()].strip()
                marked.extend(leads)
            open_ended = open_ended or ends_open
            if not name:
                continue
            alias = _ALIAS.search(name) if "简称" in name else None
            if alias:
                name = _ALIAS.sub("", name).strip()
                aliases.append((alias.group(1).strip(), name))
            run.append(name)
        if holds_level_words(group):
            run = level_words_joined(run)
        if "单位" in group or "單位" in group:
            run = departments_and_units(run)
        for piece in _collectives(run):
            names.extend(_expand_run(piece) if len(piece) > 1 else piece)
            written.extend(piece)
    if marked and not set(marked) <= set(names):
        # 各乡(镇)、街道(牵头), ★各乡(镇)、街道: the mark stood on a part of a collective read as one name.
        marked = [
            next((n for n in names if n.endswith("、" + m) or n.startswith(m + "、")), m) if m not in names else m
            for m in marked
        ]
    if helping and not marked:
        # 责任单位:县财政局、县税务局(配合): the names not marked to help are the ones that lead.
        marked = [n for n in names if n not in helping]
    return NameList(
        tuple(names),
        tuple(written),
        open_ended,
        tuple(aliases),
        first_leads,
        tuple(marked),
        tuple(helping),
        tuple(groups),
        said_leads,
    )


def _spaced(segments: list[str]) -> list[str]:
    """市财政局 市税务局: names separated by spaces, when every part is a body's name. A mirror's spaces
    inside a name are layout: a lone character (市 财政局, 资源规划 局) or a piece that is no body by
    itself (伏羲 山管委 会) joins its neighbour, so 市城管局 市 住建局 is 市城管局 and 市住建局."""
    if not any(_WHITESPACE.search(seg) for seg in segments):
        return segments  # nothing to split (most lists): no str.split per name
    spaced = sum(1 for seg in segments if _WHITESPACE.search(seg))
    # 省经信委、住房城乡 建设厅、交通运输厅: in a list parted by 、 with a space in a third of its names or fewer, a
    # space is a page's layout (PDF text spaces words apart) unless a whole body stands before it (市审计局 市自然
    # 资源局): 住房城乡 ends as a place does, not as a body.
    layout = len(segments) >= 3 and spaced * 3 <= len(segments)
    out: list[str] = []
    for seg in segments:
        parts = seg.split()
        if len(parts) < 2:
            out.append(seg)
            continue
        joined: list[str] = []
        for p in parts:
            if joined and (
                len(joined[-1]) == 1
                or not looks_like_unit(joined[-1])
                or (len(p) == 1 and p in _NAME_ENDS)
                or p in SUFFIX_WORDS  # 各市(州) 人民政府: the suffix alone is no body, it ends the name before it
                # (in a list parted by 、, a space splits two bodies only before one that names its place, 市审计局
                # 市自然资源局; 住房城乡 建设厅, 市委 网信办, 市公安局 交警支队 are one body each)
                or (layout and not p.startswith(_PLACE_FIRST))
            ):
                joined[-1] += p
            else:
                joined.append(p)
        if all(len(p) >= 2 and looks_like_unit(p) for p in joined):
            out.extend(joined)
        else:
            out.append(seg)
    return out


_NAME_ENDS = frozenset("局委办会厅处室院所站队部府司")
# What a body's name that names its place starts with (市审计局, 省经信委, 各乡镇, 某某县人社局 aside).
_PLACE_FIRST = ("市", "省", "县", "区", "州", "旗", "镇", "乡", "各", "自治区", "國", "国", "中共")


def names_its_place(name: str) -> bool:
    """市审计局, 各乡镇: a body's name that starts with its place (a wrapped name's second piece, 会保障局, does not)."""
    return name.startswith(_PLACE_FIRST)


# A body's form words, no body alone: after a place or a name they end it (各街道 + 办事处, 纪委 + 办公室).
SUFFIX_WORDS = frozenset(("人民政府", "政府", "管委会", "管理委员会", "办事处", "委员会", "办公室"))


@lru_cache(maxsize=512)
def unit(name: str, written: str) -> Unit:
    """One shared Unit object per (name, written) pair."""
    return Unit(name, written)


# 王 东: a two-character name spaced out to the width of three (only one character each side).
_SPACED_PERSON = lazy(r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]")
# 李红 王刚: two names of two to four characters separated by spaces.
_PEOPLE_BY_SPACES = lazy(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})+")


@lru_cache(maxsize=512)
def leader(name: str) -> Leader:
    # 王 东: a two-character name spaced out to the width of three is 王东 (what a user searches for).
    if (" " in name or "\u3000" in name) and _SPACED_PERSON.fullmatch(name):
        name = name.replace(" ", "").replace("\u3000", "")
    return Leader(name, is_role=is_role(name))


# One tuple object for equal lists of leaders: most items of a notice name the same one or two (a notice
# of 3,000 items had 213 different lists), and a tuple each was ~0.13x the input of memory at 1 MB (issue 13).
# Not for units: equal Units may differ in how they were written, which eq leaves out (and sharing tuples
# of the very same Unit objects, keyed by their ids, cost more memory than it saved).
@lru_cache(maxsize=256)
def shared_leaders(leaders: tuple[Leader, ...]) -> tuple[Leader, ...]:
    return leaders


def is_role(name: str) -> bool:
    """市政府常务副市长 is a role; 李红 and 宁波 are people."""
    return len(name) > 4 or bool(_ROLE_WORDS.search(name))


def is_post(name: str) -> bool:
    """县长, 分管副县长, 县委常委, 总经理: a post named without its holder (a leader as a role, see is_role)."""
    return len(name) <= _LONGEST_POST and _office().fullmatch(simplified(name)) is not None


_LONGEST_POST = 12


def names_text(values: Iterable[object], open_ended: bool = False) -> str:
    """A list as a reader shows it: names joined by 、, and 等 where the notice's list ended in it."""
    text = "、".join(str(v) for v in values)
    return text + ("等" if open_ended and text else "")


# (a body's word: 街道主任, 社区书记 name a post, no one named 街道; 成员:, 组员: a group's members, no 成 surname)
_NOT_A_PERSON = re.compile(
    r"^(?:常务|分管|协管|主管|副|其他|其它|各|有关|相关)|^同志$|^(?:组织|宣传|统战|纪检|政法|武装|统计|妇联|成员|组员)$|(?:政府|办公|委|局|厅|部|区|县|市|省|街道|社区|乡镇|中心|办事处|处室|科室)"
)


def is_person(name: str) -> bool:
    """Could this be a person's name before a title (王浩), not a word of a role (常务, 分管)?"""
    return not _NOT_A_PERSON.search(simplified(name))


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    # 王东同志 (同志 marks a person) needs no title either.
    return re.compile(
        # (宋 玉副市长; 艾克拜尔·吾甫尔副市长: a transliterated name, its parts parted by a middle dot)
        rf"(?:由)?(?P<name>[\u4e00-\u9fff]{{2,6}}·[\u4e00-\u9fff]{{2,6}}?"
        rf"|[\u4e00-\u9fff](?:[ \u3000]{{1,2}}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{{1,2}}?)"
        rf"(?:(?:同志)?(?P<title>{lexicon('TITLE')})(?:同志)?|同志)"
    )


def titled_person(name: str) -> str | None:
    """杨志武副市长 in a list of bodies ((杨志武副市长负责,市发改委牵头)): the person, named bare."""
    if name.endswith("同志") and len(name) >= 6 and not _TITLE_HINT.isdisjoint(name[:-2]):
        # 分管副市长周立平同志 (minutes), 区长周明同志: the office, the name, then 同志 — the person as without it
        bare = titled_person(name[:-2])
        if bare is not None:
            return bare
    if " " in name or "\u3000" in name:
        post, _, holder = name.strip().rpartition(" " if " " in name.strip() else "\u3000")
        if post and _office().fullmatch(simplified(post.strip())) and named_after_post(holder):
            return holder  # (副区长 普布次仁,区商务局牵头: the post, a space, its holder)
    m = _titled().fullmatch(simplified(name))
    if m is None and not _TITLE_HINT.isdisjoint(name[-14:-1]) and _TITLE_THEN_NAME.search(name):
        # 常务副市长阳卫国, 副市长谭勇 (由副市长谭勇负责): the title first, then a full name (surname first: 市长热线办 is
        # a body)
        person = person_after_office(name)
        office = name[: len(name) - len(person)] if person else ""
        title = office.strip().lstrip("省市县縣区區州旗委")
        # (分管副区长钟晓燕: the title after the word for overseeing; 分管领导 is a title itself)
        titled = (
            bare_title(title)
            or bare_title(office.strip())  # (区长王晨: the level's character is the title's own, 区长)
            or (title.startswith(("分管", "主管")) and bare_title(title[2:]))
            # (纪委书记努尔古丽·艾买提, 政法委书记王刚, 纪检组长刘海燕: a party body's office)
            or _PARTY_OFFICE.fullmatch(simplified(office.strip())) is not None
            or _heads_body(office.strip())  # (市公安局局长刘一鸣: the head of a body, named after the body)
        )
        if not person or ends_like_unit(person) or not titled:
            return None  # (陈东副市长协调: a person then a title then a verb the lexicon lacks, no title first)
        deputy = "副" in office
        # (a deputy's full name of three characters: 副市长阳卫国, whose surname the list leaves out — not 副市长热线,
        # 常务副市长信箱: two characters after a post are a mailbox's or a hotline's name as often as a person's)
        # (副县长才让东周, 区长扎西: a name no surname list holds, which the post before it says is a person's)
        return person if surname().match(person) or (deputy and len(person) == 3) or named_after_post(person) else None
    if m is None or GENERIC_TITLE.match(name) or not is_person(m.group("name")):
        return None
    if m.group("name").endswith(_PARTY_BODIES) or m.group("name").endswith(_HEADED_BODIES):
        # 党组书记, 院党组书记, 纪检组长: a party body's office, no one named 党组 or 纪检; 人大主席, 镇人大主席, 工会主席:
        # the head of a township's congress or a union, a post (its place before it too: no one named 镇人大)
        return None
    if (m.group("title") or "").endswith("部长") and (
        surname().match(m.group("name")) is None or m.group("name") in _DEPARTMENT_STEMS
    ):
        return None  # 组织部长, 宣传部长: the head of a party department (组织部), a post, no one named 组织
    if m.group("name").endswith(("副", "常务")):
        return None  # 李副市长: a surname and a title, no name (the title's 副 is not the name's): kept whole
    if m.group("title") is None and not _comrade(m.group("name")):
        return None  # 综合股同志, 全体同志: 同志 alone marks a person only after a person's name
    start = m.start("name")
    return name[start : start + len(m.group("name"))]


# The office of a party body or its discipline inspection team, before its holder's name (纪委书记, 政法委副书记,
# 党组书记, 纪检组长, 县委常委、 before them too).
_PARTY_OFFICE = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:委|纪检组?|党组|党工委)(?:常务)?副?(?:书记|组长)"
    r"|[\u4e00-\u9fff]{0,3}(?:组织|宣传|统战)部?(?:常务)?副?部长"  # (县委组织部长王海燕, 宣传部副部长X)
    r"|[\u4e00-\u9fff]{0,3}委常委"  # (县委常委李明, 市委常委王刚: a member of the party committee's standing committee)
    r"|[\u4e00-\u9fff]{0,3}政协(?:常务)?副?主席"  # (县政协副主席赵敏)
)
# Bodies whose head's post reads as a name and a title (人大主席: 人 is a surname too).
_BODIES_WITH_HEADS = frozenset(
    (
        "人大",
        "政协",
        "工会",
        "团委",
        "妇联",
        "科协",
        "侨联",
        "文联",
        "残联",
        "政協",
        "工會",
        "團委",
        "婦聯",
        "科協",
        "僑聯",
    )
)
_HEADED_BODIES = tuple(_BODIES_WITH_HEADS)
# The party departments whose head's post reads as a name and a title (宣传部长: 宣 is a surname too).
_DEPARTMENT_STEMS = frozenset(("组织", "宣传", "统战", "組織", "宣傳", "統戰"))
# Party bodies whose office reads as a surname and a title (党组书记: 党 is a surname too).
_PARTY_BODIES = ("党组", "党委", "党工委", "党总支", "党支部", "黨組", "黨委", "纪检", "紀檢", "纪委", "紀委")


# A title's last characters, then two or three more closing the name: where a name may be a title then a person.
# (_TITLE_HINT, a title's last character, is looked for first: most names have none.)
_TITLE_HINT = frozenset("长長记記任席导導员員委师師理监監")  # (师 理 监: 总经济师, 总经理, 总监)
TITLE_HINT = _TITLE_HINT  # (a character every title holds one of: a quick test before reading names for people)
_TITLE_THEN_NAME = re.compile(
    r"(?:[长長]|[书書]记|[书書]記|主任|主席|专员|委员|委員|成员|成員|分管领导|(?<=委)常委|总(?:会计|工程|经济)师|总?经理|总监)(?:助理)?"
    r"(?:[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,2}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])$"
)


def _sharing_title(
    names: Sequence[str], groups: Sequence[int] = (), titled: Sequence[str | None] | None = None
) -> dict[int, str]:
    """The people of a list who share the title printed after another's name (曹立强、潘子罕、林龙斌副区长: three
    deputy heads): the bare names right before a titled person, each a surname first and no body's ending, by
    their index, named bare (由 before the first is no part of it), where no body's name stands right before them.
    The titled ones are ``titled_person``'s (``titled``: each name's, where the caller has them already)."""
    if titled is None:
        titled = [titled_person(n) for n in names]
    people: dict[int, str] = {}
    for t in range(len(names) - 1, 0, -1):
        if t in people or titled[t] is None:
            continue
        k = t - 1
        run: dict[int, str] = {}
        # (a comma ends the run: 张三,杨志武副市长 shares nothing)
        comrades = names[t].endswith("同志")  # (奇帆、家农同志: given names alone, as 同志 allows)
        while (
            k >= 0
            and k + 1 not in groups
            and titled[k] is None  # (王东同志、李东同志: each titled on its own)
            and (_bare_person(bare := names[k].removeprefix("由")) or (comrades and _comrade(bare)))
        ):
            if ends_like_unit(bare):
                break
            run[k] = bare
            k -= 1
        if k < 0 or k + 1 in groups or titled[k] is not None:
            # (the run opens the list or a group of it, or follows another person; after a body, 区教育局、金桥、白鹤、
            # 张明副区长, short names may be places)
            people.update(run)
    for t, own in enumerate(titled):
        if own is None or not names[t].endswith(own) or names[t] == own:
            continue
        # (由副县长马建国、孙志刚共同负责: the title first, then names after the titled one's that share it, up to the
        # list's or the group's end — a body after them, 副县长马建国、金桥、县公安局, leaves short names as places)
        run = {}
        k = t + 1
        while k < len(names) and k not in groups and titled[k] is None and _bare_person(names[k]):
            run[k] = names[k]
            k += 1
        if run and (k == len(names) or k in groups):
            people.update(run)
    return people


def people_of(names: Sequence[str], groups: Sequence[int]) -> tuple[list[str | None], dict[int, str]]:
    """Each name's titled person (``titled_person``) and the bare names sharing a title (``_sharing_title``)."""
    titled = [titled_person(n) for n in names]
    shared = _sharing_title(names, groups, titled) if any(titled) and len(names) > 1 else {}
    return titled, shared


def all_answer(names: Sequence[str], groups: Sequence[int] = ()) -> bool:
    """Does every name of a list name a body or a person (杨志武副市长; 曹立强、潘子罕副区长, who share a title)?"""
    shared: dict[int, str] | None = None
    for k, name in enumerate(names):
        if looks_like_unit(name) or titled_person(name):
            continue
        if k + 1 < len(names) and is_post(name) and titled_person(names[k + 1]):
            continue  # (院党组副书记、常务副院长周文华: one person's two offices, the first before the 、)
        if shared is None:
            shared = _sharing_title(names, groups)
        if k not in shared:
            return False
    return bool(names)


# Words before 同志 that name a body of people, not one person (全体同志, 广大同志).
_NOT_ONE_COMRADE = frozenset(
    ("全体", "全體", "广大", "廣大", "各位", "诸位", "諸位", "机关", "機關", "干部", "幹部", "党员", "黨員")
)


def _comrade(name: str) -> bool:
    """Is the name before 同志 a person's? A full name (surname first), or a given name of two characters alone
    (小军同志, 奇帆同志: an older notice names its leaders so), never a body's nor a body of people's."""
    if ends_like_unit(name) or not is_person(name):
        return False
    return bool(surname().match(name)) or (len(name) == 2 and name not in _NOT_ONE_COMRADE)


def people_in(names: NameList) -> tuple[Leader, ...]:
    """The leaders named in a list of bodies, which ``units_of`` leaves out (see ``people_named``)."""
    return people_named(names.names, *people_of(names.names, names.groups))


def people_named(names: Sequence[str], titled: Sequence[str | None], shared: dict[int, str]) -> tuple[Leader, ...]:
    """The leaders among a list's names (with ``people_of``'s reading of them): each person by name and title (the
    bare name), and a post named alone (由分管副市长牵头, 分管副省长、协管副秘书长负责: whoever holds it leads the work,
    kept as written, as a leaders field naming a post is read) — not an office of the titled person after it
    (县委常委、常务副县长张伟)."""
    out: list[Leader] = []
    seat = ""
    for k, (name, own) in enumerate(zip(names, titled, strict=True)):
        if person := shared.get(k) or own:
            out.append(leader(person))
        elif _seat_of_post(names, k, held_post):
            seat = f"{seat}{name}、"  # 由市委常委、常务副市长牵头: one person's seat and post, as leaders_of reads them
        elif (
            held_post(name)
            and name not in shared.values()
            and not (k + 1 < len(titled) and titled[k + 1] is not None and _office_of_next(tuple(names), k))
        ):
            out.append(leader(seat + name))
            seat = ""
    return tuple(out)


def people_only(names: NameList) -> bool:
    """Does the list name people only (副县长马建国、孙志刚; 厅党组成员、副厅长吴宏伟同志: offices and their holder), no
    body?"""
    return not units_of(names) and bool(people_in(names))


# A body's head named after it in a unit list (市公安消防支队主要领导, 各县区政府主要负责人, 县财政局负责同志: a field of
# 责任单位及责任人 names each body through its head): the body answers; the head is no part of its name.
_HEAD_OF_BODY = re.compile(r"(?:党政)?主要(?:领导|領導|负责人|負責人|负责同志|負責同志)$|负责同志$|負責同志$")


def _body_of_head(name: str) -> str:
    m = _HEAD_OF_BODY.search(name) if "主要" in name or "同志" in name else None
    body = name[: m.start()] if m else name
    return body if m and len(body) >= 2 and ends_like_unit(body) else name


def units_of(names: NameList) -> tuple[Unit, ...]:
    # (分管副省长、协管副秘书长负责,省国资委牵头): a title of whoever is in charge is no body; nor is a
    # person (杨志武副市长负责,…; 甲、乙副市长负责): see people_in.
    titled, shared = people_of(names.names, names.groups)
    # (李红、杨志武副市长、李红: a name printed again after its person was named is that person, no body)
    people = {p for p in (*titled, *shared.values()) if p} if shared or any(titled) else set()
    return tuple(
        unit(_body_of_head(n), w)
        for k, (n, w) in enumerate(zip(names.names, names.written, strict=True))
        if k not in shared
        and titled[k] is None
        and n not in people
        and not held_post(n)
        # (区委常委、常务副区长曾庆华牵头: a party office the titled person after it holds, no body)
        and not (k + 1 < len(titled) and titled[k + 1] is not None and _office_of_next(names.names, k))
        and not _seat_of_post(names.names, k, held_post)  # (市委常委、常务副市长牵头: the post's seat, no body)
    )


@lru_cache(maxsize=1)
def _bare_title() -> re.Pattern[str]:
    return re.compile(lexicon("TITLE"))


def post_alone(name: str) -> bool:
    """分管副市长, 县政府分管领导, 常务副县长: a post named without its holder, who answers as a leader wherever a
    body's name would stand (由分管副市长牵头); kept as written."""
    return (
        bool(GENERIC_TITLE.match(name))
        or bare_title(name)
        # (纪委书记, 党委副书记: a party body's office, named alone)
        or (name[-1:] in "记長长" and _PARTY_OFFICE.fullmatch(simplified(name)) is not None)
    )


def held_post(name: str) -> bool:
    """A post named without its holder — 分管副市长 (``post_alone``) or a body's head, 管委会主任 (``body_head``) — who
    answers as a leader wherever a list of bodies names it."""
    return post_alone(name) or body_head(name)


def body_head(name: str) -> bool:
    """管委会主任, 县人民医院院长: a body's head named by post — the body's name, then its title — who answers
    as a leader (管委会主任、分管招商副主任负责); no body's name ends in a title."""
    if len(name) > _LONGEST_POST or name[-1:] not in "长長任记記席理":
        return False
    plain = simplified(name)
    m = _title_at_end().search(plain)
    return m is not None and m.start() > 1 and looks_like_unit(plain[: m.start()])


@cache
def _title_at_end() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon('TITLE')})$")


def bare_title(name: str) -> bool:
    """常务副市长, 县长: a title alone (常务副市长主抓,…), naming no body and no one."""
    return name[-1:] in "长记任席员导理师监" and _bare_title().fullmatch(name) is not None


def units_marked(names: NameList) -> tuple[Unit, ...]:
    """The units of a list marked (牵头)."""
    if not names.marked:
        return ()  # most lists mark none: no second pass over their units
    return tuple(u for u in units_of(names) if u.name in names.marked or u.written in names.marked)


# 陆 明俞 悦: two two-character names, each spaced out, whose line break a flattened cell lost.
TWO_SPACED = lazy(r"([\u4e00-\u9fff]) ([\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])")


@cache
def _title_first() -> re.Pattern[str]:
    # 珠海市委书记吕玉印: a person named after the office (a news page's way), the name two or three long.
    # (县委常委李明: a member of a party committee's standing committee, a title only before a name — 县委常委 alone
    # ends as a body's name does, so the TITLE lexicon, which a post alone is read by, leaves it out)
    # After a space the name may be longer (州政府常务副州长 阿苏拉格, 副州长 阿不来提·阿不都热西提: Mongolian, Tibetan and
    # Uyghur names run to five characters and more, with a · between a person's and the father's name).
    return re.compile(
        rf"(?P<office>[\u4e00-\u9fff]*(?:{lexicon('TITLE')}|(?<=委)常委))(?:(?P<name>[\u4e00-\u9fff]{{2,6}}|[\u4e00-\u9fff]{{1,8}}(?:[·•・][\u4e00-\u9fff]{{1,8}}){{1,2}})| (?P<spaced>[\u4e00-\u9fff·]{{2,12}})"
        # (副市长刘 洋, 常务副市长方 明: a two-character name spaced out to the width of a three-character one)
        # (副市长张 建国: a stray space after the surname of a three-character one)
        r"|(?P<inner>[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]{1,2}))"
    )


@cache
def _office() -> re.Pattern[str]:
    # (县委常委、副县长X: a party committee's member is an office too, before the titled one; so is a committee's
    # plain member, 镇党委委员 / 政法委员, in the bracket after a township leader's name.)
    # (政委: a police or fire brigade's political commissar — no TITLE, which no body's name may end as: 委 ends 市发改委)
    return re.compile(rf"[\u4e00-\u9fff]*(?:(?:{lexicon('TITLE')})(?:助理)?|常委|委员|党组成员|政委|政治委员)")


def _offices_then_person(names: tuple[str, ...]) -> str | None:
    """广东省副省长、珠海市委书记吕玉印: offices joined by 、 and the person they all belong to, named
    after the last one; the person's bare name. None for any other list."""
    person = person_after_office(names[-1])
    if (
        person is None
        or person.endswith(("单位", "單位", "部门", "部門"))
        or not all(_office().fullmatch(simplified(n)) for n in names[:-1])
    ):
        return None  # (各委员单位: 委员 then the word for the bodies, no one's name)
    # Offices of a place or a party body (广东省副省长、珠海市委书记X; 县委副书记、县长X) are one person's;
    # a bare title before a titled person (市长、常务副市长X; 市政府秘书长、副市长X) is another leader.
    if not all(_PLACE_OFFICE.search(simplified(n)) for n in names[:-1]):
        return None
    return person


_PLACE_OFFICE = re.compile(
    r"^[\u4e00-\u9fff]{2,}(?:省|自治区|州|盟|[市县区旗]委)|[省市县区州旗]委|党委|党组|政法委|纪委|纪检"
)


def _office_of_next(names: tuple[str, ...], k: int) -> bool:
    """Is ``names[k]`` an office of the person named after it, not a leader of its own? 县委常委 before
    常务副县长张伟 (a party body's office), 县长助理 before 县公安局局长赵勇 (an assistant's), 副县长 before
    县公安局局长 刘强 (the person heads a department too). Not 市长 before 常务副市长李红, nor 市政府常务副市长 before
    王玉峰: leaders of their own."""
    if not _office().fullmatch(simplified(names[k])):
        return False
    j = k + 1
    while j < len(names) and _office().fullmatch(simplified(names[j])):
        j += 1  # 县委常委、副县长、县公安局局长 刘强: a run of offices before the name
    if j == len(names):
        # 县委常委、常务副县长 with no name: a party committee's seat held by whoever holds the post after it
        return simplified(names[k]).endswith("常委") and j - k >= 2 and bool(_office().fullmatch(simplified(names[-1])))
    if _OFFICE_SPACE_NAME.fullmatch(names[j].strip()) and is_person(names[j].split()[-1]):
        # 县委常委、副县长、柳溪工业园党工委书记 赵一鸣: offices parted by 、 and the name after a space — the whole run
        # is the one person's offices (市长、常务副市长李红, no space: the mayor and 李红)
        return True
    joined = "".join(names[j].split())
    person = person_after_office(names[j]) or person_after_office(joined)
    if person is None:
        return False
    own = simplified(names[k])
    department = _DEPARTMENT.search(simplified(joined[: len(joined) - len(person)])) is not None
    return bool(_PLACE_OFFICE.search(own) or own.endswith("助理") or department)


def _seat_of_post(names: Sequence[str], k: int, post: Callable[[str], bool] | None = None) -> bool:
    """县委常委 before 常务副县长 and no name after: a party committee's seat held by whoever holds that post (the
    names after it all offices — or, in a list of bodies, the name right after it a ``post``: a post held alone)."""
    rest = names[k + 1 :]
    if not rest or not simplified(names[k]).endswith("常委"):
        return False
    # (in a list of bodies the post right after is enough: 市委常委、常务副市长、市信访局牵头 — a seat, its post, a body)
    return post(rest[0]) if post else all(_office().fullmatch(simplified(n)) for n in rest)


# An office, a space, then a name alone (党工委书记 赵一鸣): a print that sets the name apart from its offices.
_OFFICE_SPACE_NAME = re.compile(r"[^\s]+[ \u3000]+[\u4e00-\u9fff]{2,3}")
# A department's head (县公安局局长, 组织部部长): the office of a person who may hold a leader's post too.
_DEPARTMENT = re.compile(r"[局部厅委办院][长]|主任$")


def bare_person(name: str) -> bool:
    """陈新武: a person's name alone (a common surname first, two or three characters, no body's or place's ending) —
    asked only where a verb of answering follows it (由陈新武负责, 刘丽娜负责;…), where a body would be named so too."""
    return (
        2 <= len(name) <= 3
        and surname().match(name) is not None
        and is_person(name)
        and not ends_like_unit(name)
        and not _PLACE_NAME_END.search(name)
    )


_PLACE_NAME_END = re.compile(r"[镇鎮乡鄉村区區县縣市省州]$")


def _heads_body(office: str) -> bool:
    """市公安局局长, 县卫健委主任: a body's name, then the title of its head (a post, as 副县长 is)."""
    plain = simplified(office)
    for k in (2, 3, 4):
        title, body = plain[-k:], plain[:-k]
        if len(body) >= 3 and bare_title(title) and ends_like_unit(body) and _DEPARTMENT.search(plain[-k - 1 :]):
            return True
    return False


def _titled_by_spaces(tokens: list[str]) -> tuple[str, ...] | None:
    """The people of a cell whose titles and names a space parts (副县长 王强; 常务副县长 张伟 副县长 王志刚;
    县长助理 刘洋): each title before its name, or a title and a name written together, or a title after a name
    with no name after it (曹兴 常务副市长); None when a token is neither (a unit, a sentence)."""
    people: list[str] = []
    tokens = _spaced_names_joined(tokens)
    k = 0
    while k < len(tokens):
        token = simplified(tokens[k])
        if _office().fullmatch(token) and k + 1 < len(tokens) and _person_after_title(tokens[k + 1]):
            people.append(tokens[k + 1])
            k += 2
            continue
        if _office().fullmatch(token) and people and people[-1] == tokens[k - 1]:
            k += 1  # 曹兴 常务副市长: a title after its person's name (none after it to name)
            continue
        person = person_after_office(tokens[k])
        if person is not None and not _bare_person(person):
            return None  # 县长助理: a title (助理 is no one's name)
        if person is None and _bare_person(tokens[k]):
            person = tokens[k]
        if person is None:
            return None
        people.append(person)
        k += 1
    return tuple(people) if people else None


def _spaced_names_joined(tokens: list[str]) -> list[str]:
    """A name spaced out in its cell (杨 波, a two-character name widened to a three-character one's width)
    is one token, as written: a surname alone, then one or two characters that make a person with it."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if len(token) == 1 and k + 1 < len(tokens) and len(tokens[k + 1]) <= 2 and _bare_person(token + tokens[k + 1]):
            out.append(f"{token} {tokens[k + 1]}")
            k += 2
            continue
        if (
            len(token) == 2
            and k + 1 < len(tokens)
            and len(tokens[k + 1]) == 1
            and (k + 2 == len(tokens) or not _bare_person(tokens[k + 1] + tokens[k + 2]))
            and surname().match(token)
            and _bare_person(token + tokens[k + 1])
        ):
            # 王志 刚: a three-character name with a stray space before its last character (a scan's), one token
            out.append(f"{token} {tokens[k + 1]}")
            k += 2
            continue
        out.append(token)
        k += 1
    return out


def _person_after_title(text: str) -> bool:
    """A name right after an office: a bare person's, or a longer one (阿苏拉格, 买买提明·艾力: names of
    Mongolian, Tibetan or Uyghur people are longer, and the office before says a person follows)."""
    return _bare_person(text) or (4 <= len(text) <= 12 and is_person(text) and not looks_like_unit(text))


# A name of the family's other peoples (艾尔肯·吐尔逊, 买买提江·吐尔洪): names joined by a middle dot.
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,2}")


# A note in brackets after a person's name: the people they belong to (朝鲜族, 蒙古族), 女, or how the post is held (挂职,
# 兼, 代, 主持工作, 正处级) — no part of the name (副市长金成浩(朝鲜族), 朴英(女)). After a Chinese character only.
_PERSON_NOTE = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（](?:[\u4e00-\u9fff]{1,4}族|女|挂职|掛職|兼|代|主持工作|[正副][厅處处科廳]级)[)）]"
)


def without_person_note(text: str) -> str:
    """``text`` without the notes in brackets after people's names (``_PERSON_NOTE``)."""
    return _PERSON_NOTE.sub("", text) if ("(" in text or "（" in text) else text


def whole_name(piece: str) -> bool:
    """Is ``piece`` (no spaces) one whole name, a body's or a person's — so that pieces of a cell, each on a line of
    its own, are a list of names? (沙马日哈, 阿依古丽: a minority name of four, a surname first, is one too; so is
    艾尔肯·吐尔逊.) A piece of a wrapped name (区发展和改 / 革委员会) or a title over its holder (副区长 / 王强) is not."""
    return (
        ends_like_unit(piece)
        or bare_person(piece)
        or (len(piece) == _LONG_NAME and surname().match(piece) is not None and is_person(piece))
        or DOTTED_NAME.fullmatch(piece) is not None
    )


_LONG_NAME = 4


@cache
def _after_post_not_a_name() -> re.Pattern[str]:
    return re.compile(lexicon("AFTER_POST_NOT_A_NAME"))


def named_after_post(text: str) -> bool:
    """Can the words right after a post (副县长才让东周, 县长 艾尔肯·吐尔逊, 副旗长娜仁高娃) be its holder's name? A full
    name, surname first (李伟); or, since a post says a person follows, a name no surname list holds — Tibetan,
    Mongolian, Uyghur or Dai names of two to six characters, or names joined by · — that is no body's, no role
    word's and no hotline's or mailbox's (市长热线, 县长信箱: AFTER_POST_NOT_A_NAME)."""
    text = text.replace(" ", "").replace("\u3000", "")
    if _bare_person(text):
        return True
    if not (2 <= len(text) <= 6 or DOTTED_NAME.fullmatch(text)):
        return False
    return (
        is_person(text)
        and not looks_like_unit(text)
        and _after_post_not_a_name().search(text) is None
        and not bare_title(text)
        and _office().search(simplified(text)) is None
    )


def _bare_person(text: str) -> bool:
    text = text.replace(" ", "")  # 杨 波: a name spaced out is still one name
    return 2 <= len(text) <= 3 and bool(surname().match(text)) and is_person(text)


_NOTE_THEN_PEOPLE = re.compile(r"(?P<note>[^()]*[《按分工]+[^()]*)\((?P<people>[^()]+)\)")


def _people_after_note(text: str) -> tuple[str, ...] | None:
    """按《市委工作要点》分工(蒋甲、俞乙): a note on how the leaders are set, then the leaders in brackets."""
    m = _NOTE_THEN_PEOPLE.fullmatch(text)
    if m is None:
        return None
    people = tuple(p.strip() for p in re.split(r"[、,]", m.group("people")) if p.strip())
    if not people or not all(_bare_person(p) for p in people):
        return None
    return people


_BRACKETED_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,5})\((?P<title>[^()]{2,40})\)")


def person_before_office(text: str) -> str | None:
    """李丽(副县长), 才让东智(政治部主任), 乌云其木格(副总经理) → the person's name (two to six characters: a Mongolian, Tibetan
    or Uyghur name may be long), then the office in brackets (several, parted by 、: 刘强(旗委常委、
    常务副旗长); the name maybe spaced out: 刘 畅(管委会副主任))."""
    m = _BRACKETED_TITLE.fullmatch(text)
    if m is None or not is_person(m.group("name").replace(" ", "")):
        return None
    if not all(_office().fullmatch(simplified(part)) for part in m.group("title").split("、")):
        return None
    return m.group("name")


def person_after_office(text: str) -> str | None:
    """珠海市委书记吕玉印, 市长徐立毅 → the person's name; None unless the text is an office then a name (同志 after
    it, 管委会副主任韩志鹏同志, is no part of the name)."""
    if text.endswith("同志") and len(text) > 4:
        text = text[:-2]
    m = _title_first().fullmatch(simplified(text))
    name = "name" if m is None or m.group("name") else "spaced" if m.group("spaced") else "inner"
    if m is None or not is_person(m.group(name)) or _office().fullmatch(simplified(text)):
        return None
    if name == "name" and len(m.group(name)) > 3 and not named_after_post(m.group(name)):
        return None  # (县长主持会议: words after a post, no name)
    return text[m.start(name) :]


def leaders_of(names: NameList) -> tuple[Leader, ...]:
    listed = names.names
    if any("和" in n or "及" in n for n in listed):
        # 公安局局长王小洪和副市长杨斌: two people joined by 和, each read as a name of the list is
        listed = tuple(part for n in listed for part in (_people_joined(n) or (n,)))
    # 张三同志 is 张三.
    if listed and (person := _offices_then_person(listed)) is not None:
        return (leader(person),)
    if any("(" in n or "（" in n for n in listed):
        listed = tuple(without_person_note(n) for n in listed)  # 朴英(女): the note is no part of the name
    out: list[Leader] = []
    seat = ""
    for k, n in enumerate(listed):
        if k + 1 < len(listed) and _office_of_next(listed, k):
            # 县委常委、常务副县长张伟,副县长王志刚: a party office the next leader holds too — left out beside the
            # person's name; beside a post alone (市委常委、常务副市长) it is part of the post, one person's.
            seat = f"{seat}{n}、" if _seat_of_post(listed, k) else seat
            continue
        if seat:
            n, seat = seat + n, ""
            out.append(leader(n))
            continue
        # Both patterns need a space: most names have none, and then neither is compiled (see lazyre).
        spaced = " " in n or "\u3000" in n
        two = TWO_SPACED.fullmatch(n) if " " in n else None
        if two:
            out += [leader(two.group(1) + two.group(2)), leader(two.group(3) + two.group(4))]
        elif (
            spaced
            and _PEOPLE_BY_SPACES.fullmatch(n)
            and not is_role(n.replace(" ", ""))
            and not any(bare_title(part) for part in n.split())  # 县长 吴斌: a title and its person
        ):
            out += [leader(part) for part in n.split()]
        elif spaced and len(parts := n.split()) >= 2 and all(post_alone(part) for part in parts):
            out += [leader(part) for part in parts]  # 分管农业副县长 分管城建副县长: two posts in one cell
        elif spaced and (people := _titled_by_spaces(n.split())) is not None:
            # 副县长 王强, 常务副县长 张伟 副县长 王志刚: a cell's titles and names parted by spaces
            out += [leader(p) for p in people]
        elif (people := _people_after_note(n)) is not None:
            out += [leader(p) for p in people]  # 按《市委工作要点》分工(甲、乙): the note, then the people
        elif (person := person_before_office(n)) is not None:
            out.append(leader(person))  # 李丽(副县长): the title in brackets after the name
        elif (person := titled_person(n)) is not None:
            out.append(leader(person))  # 周阳市长: the person by bare name, as a heading's leader is
        elif len(names.names) > 1 and (person := person_after_office(n)) is not None and named_after_post(person):
            out.append(leader(person))  # 常务副县长张伟, 副县长王志刚: each titled person, named bare
        elif GENERIC_TITLE.match(n):
            out.append(leader(n))  # 省政府分管领导同志: whoever is in charge, kept as written (同志 and all)
        else:
            out.append(leader(n.removesuffix("同志") or n))
    return tuple(out)


def _people_joined(name: str) -> tuple[str, str] | None:
    """公安局局长王小洪和副市长杨斌, 副市长王宁和卢彦: two people joined by 和 (or 及), each a bare name or a name with
    its post before or after it — the two parts as written; None where a part is no person's (王和平 is one name:
    王 is none; 市发改委和市财政局 are bodies)."""
    parts = re.split("[和及]", name)
    if len(parts) != 2 or not all(parts):
        return None
    for part in parts:
        if person_after_office(part) or titled_person(part):
            continue
        if not (2 <= len(part) <= 3 and surname().match(part) and not ends_like_unit(part)):
            return None  # (…和卢彦: a bare name after a titled one is a person's)
    return parts[0], parts[1]


# 局 ending a body's name — not 格局, 布局, 大局, 开局, 变局: a task's words, 构建新发展格局, 优化产业布局 (全局 may be
# 国家安全局's end): in _UNIT_END and STRONG_END alike.
_BODY_JU = "(?<![格布佈大开開变變僵结結时時棋])局"


# How the names of bodies end: 局 委 办 政府 中心 公司 … (and 街道, 开发区, 等 for lists; 股, a county bureau's section:
# 计划财务股, 非税收入股, 水土保持股, but not 控股 参股 入股 持股, a share of a company; 行 of a bank, 分行 支行, but not of a verb: 先行 试行 执行 推行 …).
# Traditional forms too (辦 會 廳 …): a notice in traditional characters names its bodies so.
_UNIT_END = re.compile(
    # (旗, 盟: Inner Mongolia's counties and prefectures, 土默特左旗, 锡林郭勒盟 — not 红旗, 国旗, 结盟; 州: 黔南州, not 神州)
    # (会 of 委员会, 工会, 协会 — not 社会, the word of 人力资源和社会保障局 a wrap may cut after)
    r"(?:"
    + _BODY_JU
    + r"|委|办|府|(?<![社])会|院|室|中心|公司|集团|(?<![红紅国國锦錦彩军軍])旗|(?<![结結联聯同加])盟|(?<![神九])州|(?<![先试試执執运運进進推施实實践踐履流旅步并並通出平可例暂暫自举舉横橫])行|部|厅|署|站|所|队|街|街道|镇|(?<!房城)乡|区|县|市|处|馆|社|团|联|协|组|门|位|构|关|台|科|校|(?<![控参入持])股|(?<=收入|保持)股"
    # (a court's tribunals: 刑事审判第一庭, 立案庭, 人民法庭 — not 家庭, 开庭, 出庭)
    r"|(?<![家开開出到休退])庭"
    # (a ministry's departments: 综合规划司, 财务司, 公路局 beside them — not 上司, 官司)
    r"|(?<![上官公])司"
    # (a highway or railway body's section: 公路管理段, 县公路段, 养护段, 工务段 — not 阶段, 地段, 路段 alone)
    r"|(?<=管理|公路|养护|養護|工务|工務|机务|機務|车务|車務|电务|電務|供电|供電)段"
    # (辖区物业服务企业, 国有企业, 供电企业, 镇区各商户: the kind of bodies a district's firms or shops are, named so
    # in a list of those who help — not 规上企业 nor 重点企业, a target's words)
    r"|(?<=服务|服務|辖区|轄區|物业|物業|国有|國有|民营|民營|运营|運營|施工|供水|供电|供電|燃气|燃氣|电力|電力|通信)(?:企业|企業)"
    r"|(?<=[各区區])商户|(?<=[各区區])商戶"
    r"|辦|(?<![社])會|廳|隊|鎮|(?<!房城)鄉|區|縣|處|館|團|聯|協|組|門|構|關|臺|集團"
    # (党组织, 社会组织, 群团组织, 基层组织, 经济组织: bodies; 精心组织 is work)
    r"|(?<=[党黨会會团團层層众眾间間济濟作])(?:组织|組織))$"
)


# 市建设局(市规划局), 各镇政府(街道办事处): a second name of the body in brackets after its name.
_BRACKET_TAIL = re.compile(r"\([^()]*\)$")


def looks_like_unit(name: str, collective: bool = True) -> bool:
    """市财政局, 各街道, 甲县人民政府: a body's name rather than a sentence or a person. Without
    ``collective`` only by how it ends: 各部门要积极 starts as a collective does but is no body."""
    if name.endswith(")") and name.count("(") > 1 and _PINYIN_AFTER.search(name):
        # (市发(fā)展改革委(市粮食和储(chǔ)备局): a mirror's pinyin, even in the alias)
        name = _PINYIN_AFTER.sub("", name)
    name = _BRACKET_TAIL.sub("", name.rstrip("。等")) or name
    if len(name) < 2 or _MEASURED.match(name) or _WHEN_FIRST.match(name):
        return False  # 所 alone (a measure in brackets: 新建幼儿园(所)), 2所, 71个 (a target's cell): no body's name
    if len(name) > 40 or "。" in name or (len(name) >= 8 and _work_start().match(_ADVERB.sub("", name, count=1))):
        return False  # (成功创建首批省级美丽城镇, 全面推进…: a task's words, an adverb before its verb)
    if _COUNT_END.search(name) and _COUNT_VERB.search(name):
        return False  # 完成改造12所, 新建站点30个: a count of things, not a body (中电科38所 is one)
    if says_who_pays(name):
        return False  # 所需资金由县财政局: who pays, said in a sentence, not a body's name
    if (
        len(name) <= 8
        and name.endswith(_LABEL_ENDS)
        and not name.startswith((*_COLLECTIVE_PREFIXES, "其他", "其它"))  # (相关责任单位, 其他配合单位: bodies by part)
        and name[1:2] not in ("级", "級")  # (县级牵头单位: the county's bodies that lead)
        and _role_label().fullmatch(name) is not None
    ):
        return (
            False  # 牵头部门负责统筹 (a table's note), 责任单位: a role's label, the word for whoever holds it, no body
        )
    if "%" in name or name.startswith(_PROGRESS_FIRST):
        return False  # 已覆盖80%小区, 正在施工, 按照县人武部统一部署: a progress cell's or a manner's words
    if ("为" in name or "為" in name or "是" in name) and _SAYS_ROLE_OF.search(name):
        return False  # 条目后所列为责任单位, 排在第一位的为牵头单位: a sentence on who a list's names are, no body
    return (
        bool(_UNIT_END.search(name))
        or (collective and name.startswith("各") and _SAYS_OF_ONE.search(name) is None)
        # 相关村, 有关企业: every body of a kind the work concerns, a collective as 各村 is
        or (collective and _CONCERNED_KIND.match(name) is not None)
        # 相关建设责任主体, 有关责任主体: the entities answering, a collective named by what they are
        or (
            name.startswith(_COLLECTIVE_PREFIXES)
            and name.endswith(("主体", "主體"))
            and _SAYS_OF_ONE.search(name) is None
        )
    )  # (各乡镇要切实履行属地管理责任: a sentence about a collective, no body)


# 相关 / 有关 and a kind of body (not 相关工作, 有关规定: words of a task).
_CONCERNED_KIND = re.compile(
    r"^(?:相关|有关|相關|有關)(?:村|村居|村[(（]居[)）]|企业|企業|学校|學校|医院|醫院|园区|園區|商户|商戶|小区|小區)$"
)
# A copula, then a role's label, at a name's end: a sentence that says what the names of a list are.
_SAYS_ROLE_OF = lazy(
    r"(?:为|為|是)(?:牵头|牽頭|责任|責任|配合|协同|協同|协办|協辦|主办|主辦)?(?:单位|單位|部门|部門|科室|处室|股室)$"
)


# How the role labels that end as a body's name does end (牵头部门, 责任单位, 配合单位 …).
_LABEL_ENDS = ("单位", "部门", "單位", "部門", "科室", "处室")


@lru_cache(maxsize=1)
def _role_label() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon('LABEL')})")


# Words of a sentence that says what a collective is to do (各乡镇要切实履行…), never in its name.
_SAYS_OF_ONE = re.compile(r"要|应|须|切实|履行|做好|抓好|均|已|都")


# How a report of progress starts (已开工, 正在施工, 尚未启动): never a body's name.
# (and 按照县人武部统一部署, 按季度分解落实到各县区, 根据省厅安排: how the work is done — no body's name starts so)
_PROGRESS_FIRST = ("已", "正在", "尚未", "按", "根据", "依照", "依据")


def says_a_sentence(name: str) -> bool:
    """维修部分由产权单位, 由县妇联业务, 聘请第三方机构: words before a verb that make a sentence of the task
    (由 inside them, not 自由; a task's verb first), not a body's name."""
    # (A task's verb first only in a long name: 创建办, 改造办 are short bodies' names.)
    return _BY_INSIDE.search(name) is not None or (len(name) >= 6 and _work_start().match(name) is not None)


_BY_INSIDE = re.compile(r"(?<!自)由")


# Money and 由 before a body: the words of a sentence that says who pays (所需资金由县财政局承担).
_PAID_BY = re.compile(r"(?:资金|经费|费用|成本|补助|补贴|奖励)[^由]{0,6}由")


def says_who_pays(text: str) -> bool:
    """所需资金由县财政局承担, 经费由乙局负责: words that say who pays, not who answers for the work."""
    return "由" in text and _PAID_BY.search(text) is not None


# A time a target's words start with (6月底前开馆运行, 2025年底建成): no body's name starts so.
_WHEN_FIRST = re.compile(r"^(?:\d{1,2}月|\d{4}年|年底|年内|年末)")
# A figure and its measure word, a target table's cell (2所, 71个, 3.5万户).
_MEASURED = re.compile(r"^\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]$")
# Adverbs a task's sentence may start with before its verb (成功创建…, 全面推进…, 进一步深化…).
_ADVERB = re.compile(r"^(?:成功|全面|积极|持续|进一步|大力|有序|稳步|加快|着力|切实)")
_COUNT_END = re.compile(r"\d(?:所|个|家|处|座|站|队|支)$")
_COUNT_VERB = re.compile(r"完成|新建|新增|建成|改造|建设|培育|创建|打造|实现|达到|提升|开工|扩建|改扩建")


@lru_cache(maxsize=1)
def surname() -> re.Pattern[str]:
    """The first characters of the commonest surnames (the SURNAME lexicon), compiled once, on first use."""
    return re.compile(lexicon("SURNAME"))


@lru_cache(maxsize=1)
def _work_start() -> re.Pattern[str]:
    return re.compile(lexicon("WORK_VERB"))


def ends_like_unit(name: str) -> bool:
    """市财政局, 各街道: a name that ends as a body's name does (各部门要积极 does not)."""
    return looks_like_unit(name, collective=False)


def all_end_like_units(names: str) -> bool:
    """Does every name of the list ``names`` (甲局、乙区、丙镇人民政府) end as a body's name does?"""
    return all(ends_like_unit(n) for n in split_names(names).names)


# The endings only a body's name has (局, 委, 办 …), unlike 区 or 街, which places and sentences end in too.
STRONG_END = re.compile(r"(?:" + _BODY_JU + r"|委|办|厅|中心|政府|管委会|公司|集团|银行|支行|辦|廳|管委會|集團|銀行)$")
