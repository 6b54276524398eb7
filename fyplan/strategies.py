"""Hypothesis strategies for fyplan's data, public so users can property-test their own code.

    from hypothesis import given
    from fyplan.strategies import notices, styles, queries

    @given(notices(), styles())
    def test_my_report(notice, style): ...

``notices()`` makes Notice objects as the reader would produce them: Chinese unit names with
the real suffixes, people and roles as leaders, targets with units and bounds in the text,
open-ended lists, headings, optional sub-sections, metadata and aliases. ``styles()`` makes
render ``Style``s; ``queries()`` makes query ASTs.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

try:
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - exercised in a subprocess without hypothesis
    raise ImportError(
        "fyplan.strategies needs hypothesis, which is not installed: pip install 'fyplan[testing]'"
    ) from None

from fyplan.deadlines import read_deadline
from fyplan.model import Alias, Declared, Duties, Notice, OpenEnded, Section, Subsection, Task, Unit
from fyplan.query.ast import And, Node, Not, Or, Term
from fyplan.targets import extract_targets
from fyplan.units import leader
from fyplan.write.render import Style

CITIES = ["青溪市", "云岭市", "安澜市", "临江市", "桐川市"]
COUNTIES = ["东湖", "西山", "南岗", "北塘", "长林", "清河"]
DEPARTMENTS = [
    "发展改革委",
    "财政局",
    "商务局",
    "科技局",
    "教育局",
    "人力资源社会保障局",
    "自然资源和规划局",
    "生态环境局",
    "住房城乡建设局",
    "交通运输局",
    "农业农村局",
    "水利局",
    "卫生健康委",
    "税务局",
    "统计局",
    "市场监管局",
    "数据资源管理局",
    "文化旅游体育局",
    "经济和信息化局",
    "招商投资促进中心",
]
COLLECTIVE = ["各县、市、区人民政府", "市政府各部门", "各直属机构", "各县区人民政府", "市政府办公室"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "红伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉显峰正东"
ROLES = ["市政府常务副市长", "市政府秘书长", "市政府副秘书长"]
PHRASES = [
    "加快推进产业园区建设",
    "深化放管服改革",
    "优化营商环境",
    "推进老旧小区改造",
    "提升城市管理水平",
    "实施乡村振兴战略",
    "加强生态环境保护",
    "扩大有效投资",
    "培育新兴产业",
    "稳定和扩大就业",
]
TARGETS = [
    "增长8.5%",
    "增长6%左右",
    "新增规模以上工业企业70家",
    "达到90%以上",
    "压缩至3个工作日以内",
    "完成投资100亿元",
]
DEADLINES = ["2023年6月底前", "2023年底前", "长期坚持"]


def _unit_names() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(DEPARTMENTS).map(lambda d: "市" + d),
        st.sampled_from(COUNTIES).flatmap(
            lambda c: st.sampled_from([c + "县人民政府", c + "区人民政府", c + "经开区管委会"])
        ),
        st.sampled_from(COLLECTIVE),
    )


def _units() -> st.SearchStrategy[tuple[Unit, ...]]:
    return st.lists(_unit_names(), min_size=1, max_size=4).map(lambda ns: tuple(Unit(n, n) for n in ns))


def _leader_names() -> st.SearchStrategy[str]:
    person = st.tuples(st.sampled_from(SURNAMES), st.text(GIVEN, min_size=1, max_size=2)).map("".join)
    return st.one_of(person, st.sampled_from(ROLES))


@st.composite
def _duties(draw: st.DrawFn) -> Duties:
    leaders = tuple(leader(n) for n in draw(st.lists(_leader_names(), max_size=3, unique=True)))
    lead = draw(_units())
    # A list of everyone answerable may name the lead again at its head (牵头单位:甲 责任单位:甲、乙): the
    # reader drops that repeat, so a drawn cooperating list must not start with a lead unit to round-trip.
    coop = draw(st.one_of(st.just(()), _units()))
    while coop and coop[0] in lead:
        coop = coop[1:]
    return Duties(
        leaders=leaders,
        lead_units=lead,
        cooperating_units=coop,
        # Every sample names its year (or none is needed), so the deadline reads the same in any notice.
        deadline=draw(st.one_of(st.none(), st.sampled_from(DEADLINES).map(read_deadline))),
        open_ended=OpenEnded(
            leaders=False,
            lead_units=draw(st.booleans()),
            cooperating_units=bool(coop) and draw(st.booleans()),
        ),
    )


@st.composite
def _text(draw: st.DrawFn) -> str:
    phrase = draw(st.sampled_from(PHRASES))
    target = draw(st.one_of(st.just(""), st.sampled_from(TARGETS)))
    return f"{phrase}{',' + target if target else ''}。"


@st.composite
def _task(draw: st.DrawFn, number: int, heading: bool) -> Task:
    text = draw(_text())
    head = draw(st.sampled_from([None, "——" + draw(st.sampled_from(PHRASES))])) if heading else None
    count = draw(st.integers(0, 3))
    subtasks = []
    for k in range(1, count + 1):
        sub_text = draw(_text())
        subtasks.append(Task(f"{number}.{k}", k, sub_text, draw(_duties()), targets=extract_targets(sub_text)))
    duties = Duties() if subtasks else draw(_duties())
    return Task(str(number), number, text, duties, tuple(subtasks), head, extract_targets(text))


@st.composite
def notices(draw: st.DrawFn, cities: Sequence[str] = CITIES, years: Sequence[int] = range(2018, 2027)) -> Notice:
    """A notice as the reader would build it from its own rendering: of one of ``cities``, for one of ``years``."""
    city = draw(st.sampled_from(cities))
    year = draw(st.sampled_from(years))
    number = 1
    sections = []
    for s in range(1, draw(st.integers(1, 3)) + 1):
        title = draw(st.sampled_from(PHRASES))
        with_subsections = draw(st.booleans())
        containers: list[list[Task]] = []
        # Tasks numbered through the notice show it only where a later (二) goes on counting: a notice whose
        # only (一) holds its first tasks cannot tell, and the reader then takes 1. as a group heading
        # (fyplan.read.grammar.numbering_restarts), so such a notice has two sub-sections here.
        first = number == 1
        for _ in range(draw(st.integers(2 if first else 1, 2)) if with_subsections else 1):
            tasks = []
            for t in range(draw(st.integers(1, 3))):
                tasks.append(draw(_task(number, heading=t > 0)))
                number += 1
            containers.append(tasks)
        if with_subsections:
            subs = tuple(Subsection(k, draw(st.sampled_from(PHRASES)), tuple(ts)) for k, ts in enumerate(containers, 1))
            sections.append(Section(s, title, subsections=subs))
        else:
            sections.append(Section(s, title, tuple(containers[0])))
    declared = draw(st.booleans())
    chief = draw(st.sampled_from(SURNAMES)) + draw(st.text(GIVEN, min_size=1, max_size=2))
    preamble = "现将重点工作及责任分解印发给你们,请认真组织实施。"
    if declared:
        preamble = f"市政府确定了{len(sections)}个方面{number - 1}项重点工作,由{chief}同志负总责。" + preamble
    units = [u.name for sec in sections for t in sec.all_tasks() for n in (t, *t.subtasks) for u in n.duties.lead_units]
    aliases: tuple[Alias, ...] = ()
    named = [u for u in units if u.endswith("管委会")]
    use_alias: bool = draw(st.booleans())
    if named and use_alias:
        aliases = (Alias(named[0].removesuffix("管委会")[:2] + "管委会", named[0]),)
    metadata: tuple[tuple[str, str], ...] = ()
    index_number = publisher = None
    published = None
    if draw(st.booleans()):
        index_number = f"00{draw(st.integers(1000, 9999))}/{year}03-0001"
        publisher = f"{city}人民政府办公室"
        published = datetime.date(year, 3, draw(st.integers(1, 28)))
        metadata = (("索引号", index_number), ("发布机构", publisher), ("发文日期", published.isoformat()))
    return Notice(
        title=f"{city}人民政府关于{year}年重点工作及责任分解的通知",
        doc_number=draw(st.one_of(st.none(), st.integers(1, 40).map(lambda n: f"{city[0]}政发〔{year}〕{n}号"))),
        index_number=index_number,
        publisher=publisher,
        published=published,
        date=datetime.date(year, draw(st.integers(1, 12)), draw(st.integers(1, 28))),
        issuer=f"{city}人民政府",
        recipients=(Unit("各县、市、区人民政府", "各县、市、区人民政府"), Unit("市政府各部门", "市政府各部门")),
        preamble=preamble,
        chief=chief if declared else None,
        declared=Declared(len(sections), number - 1) if declared else Declared(),
        sections=tuple(sections),
        closing="各地各部门要强化责任意识,确保各项任务落到实处。",
        aliases=aliases,
        metadata=metadata,
        place=city,
        level="市",
        year=year,
    )


def styles() -> st.SearchStrategy[Style]:
    """Every layout ``render`` knows."""
    return st.builds(
        Style,
        number=st.sampled_from([".", "、", "．", "﹒"]),
        space_after_number=st.booleans(),
        brackets=st.sampled_from(["()", "（）"]),
        colon=st.sampled_from([":", "："]),
        group_separator=st.sampled_from([",", "，"]),
        final_period=st.booleans(),
        blank_lines=st.booleans(),
        indent=st.sampled_from(["", "  ", "\u3000\u3000", "\u00a0\u00a0"]),
        labels=st.sampled_from(["anhui", "short", "traditional"]),
        inline=st.booleans(),
        line_end=st.sampled_from(["\n", "\r\n"]),
    )


QUERY_NAMES = ["李红", "王玉峰", "市政府常务副市长", "市财政局", "市商务局", "人行阜阳中心支行", "阜阳海关", "颍东区"]
QUERY_WORDS = ["棚户区", "增长", "园区", "建设", "农村", "a b", "and", "x'y", 'x"y']


def _terms() -> st.SearchStrategy[Node]:
    safe = st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\"'\\/"), min_size=1, max_size=6
    )
    names = st.builds(
        Term,
        st.sampled_from(["leader", "lead", "coop", "unit"]),
        st.sampled_from([":", "="]),
        st.sampled_from(QUERY_NAMES),
    )
    texts = st.builds(Term, st.just("text"), st.just(":"), st.sampled_from(QUERY_WORDS) | safe)
    # Bare words: some name a unit or leader of the example (and are read as one when run), some do not.
    bare = st.builds(
        Term, st.just("text"), st.just(":"), st.sampled_from(QUERY_NAMES + QUERY_WORDS) | safe, bare=st.just(True)
    )
    sections = st.builds(Term, st.just("section"), st.just(":"), st.sampled_from(["1", "二", "三", "工业", "10"]))
    ids = st.builds(Term, st.just("id"), st.just(":"), st.sampled_from(["7", "12", "12.*", "16.9", "4*"]))
    quantities = st.sampled_from(["10%", "15%", "100亿元", "70家", "5个工作日", "8.5"])
    targets = st.builds(
        Term,
        st.just("target"),
        st.sampled_from([">=", "<=", ">", "<", "!=", "="]),
        quantities,
        st.sampled_from(["", "增长"]),
    )
    regexes = st.builds(Term, st.just("text"), st.just("~"), st.sampled_from(["棚户区|棚改", "^加快", "增长\\d+%"]))
    return st.one_of(names, texts, bare, sections, ids, targets, regexes)


def queries(max_leaves: int = 8) -> st.SearchStrategy[Node]:
    """Query ASTs: terms of every field joined by and / or / not."""
    return st.recursive(
        _terms(),
        lambda inner: st.one_of(st.builds(Not, inner), st.builds(And, inner, inner), st.builds(Or, inner, inner)),
        max_leaves=max_leaves,
    )
