"""The query language on the bundled example.

Expected id sets come from reading examples/fuyang-2019.txt (by eye and with grep over
its duty lines), not from fyplan's output.
"""

from __future__ import annotations

import time

import pytest

import fyplan
from fyplan.model import Notice
from fyplan.query import (
    Node,
    QueryError,
    Term,
    coop,
    has,
    item_id,
    lead,
    leader,
    parse_query,
    section,
    target,
    text,
    unit,
)
from fyplan.query import query as run_query
from fyplan.read.widths import folded

SECTION_ONE = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]

CASES = [
    # leaders
    ("leader:李红 and target>=10%", ["5", "6", "12.5", "24.6", "30.2", "31.1"]),
    ("leader:王玉峰 leader:王显义", ["20.2", "21.1", "32.9", "33.1", "33.3", "35.6", "39.13"]),
    ("leader=市政府常务副市长 section:1", ["1", "2", "3", "7", "10", "11"]),
    ("领导：李红 且 部分：一", ["4", "5", "6"]),
    # units, through both spellings of one body
    ("unit:人民银行阜阳中心支行", ["2", "6", "15.1", "28.4", "28.6", "29.4"]),
    ("unit:人行阜阳中心支行", ["2", "6", "15.1", "28.4", "28.6", "29.4"]),
    ("lead:市财政局", ["2", "15.1", "19.3", "28.1", "28.3", "28.5", "29.3", "29.5", "35.1", "35.4", "44.2"]),
    ("coop:阜阳海关", ["6", "20.6", "25.1", "25.2", "25.3"]),
    ("coop:阜阳海关 -section:五", ["6", "20.6"]),
    # sections and ids
    ("section:一", SECTION_ONE),
    ("section:1", SECTION_ONE),
    ("section:确保完成全年", SECTION_ONE),
    ("id:12.*", ["12.1", "12.2", "12.3", "12.4", "12.5"]),
    ("id:12", ["12.1", "12.2", "12.3", "12.4", "12.5"]),
    ("id:16.9 or id:7", ["7", "16.9"]),
    # text
    ("棚户区", ["16.9", "28.2"]),
    ("text:/棚户区|棚改/", ["16.9", "28.2"]),
    # targets
    ("target>100亿元", ["27.1"]),
    ("target>=100亿元", ["15.1", "27.1"]),
    ("target:棚户区", ["16.9"]),
    ("target:增长>=15%", ["12.5", "24.6", "30.2", "31.1"]),
    ("target<=5个工作日", ["43.2"]),
    ("target>=90% or target:压缩至<4个工作日", ["20.7", "32.4", "43.2"]),
    ("has:deadline", []),
    # boolean combinations and negation
    ("section:一 -leader:李红", ["1", "2", "3", "7", "8", "9", "10", "11"]),
    ("section:一 not (leader:李红 or leader:市政府常务副市长)", ["8", "9"]),
    ("(lead:市财政局 or coop:阜阳海关) and section:一", ["2", "6"]),
]


@pytest.mark.parametrize(("q", "expected"), CASES)
def test_query_ids(example: Notice, q: str, expected: list[str]) -> None:
    assert example.query(q).ids() == expected


def test_builder_makes_the_same_ast(example: Notice) -> None:
    built = leader("李红") & target(">=", 10, "%")
    assert built == parse_query("leader:李红 and target>=10%")
    assert example.filter(built).ids() == ["5", "6", "12.5", "24.6", "30.2", "31.1"]
    assert (lead("市财政局") | coop("市财政局")) == parse_query("lead:市财政局 or coop:市财政局")
    assert ~unit("市商务局") == parse_query("-unit:市商务局")
    assert section(2) == parse_query("section:2")
    assert item_id("12.*") == parse_query("id:12.*")
    assert text("棚户区|棚改", regex=True) == parse_query("text:/棚户区|棚改/")
    assert target(">", 100, "亿元", words="投资") == parse_query("target:投资>100亿元")
    assert has("target") == parse_query("has:target")
    assert leader("市政府常务副市长", exact=True) == parse_query("leader=市政府常务副市长")


@pytest.mark.parametrize(
    ("q", "canonical"),
    [
        ("leader:李红 target>=10%", "leader:李红 and target>=10%"),
        ("领导：李红 或 -单位：市财政局", "leader:李红 or not unit:市财政局"),
        ("(a or b) c", "(a or b) and c"),
        # and / or are n-ary (issue 8: a thousand flat terms): nested ones of a kind are one.
        ("a or (b or c)", "a or b or c"),
        ("(a b) c", "a and b and c"),
        ("text:'a b'", '"a b"'),
        ("text:and", '"and"'),
    ],
)
def test_canonical_string(q: str, canonical: str) -> None:
    node = parse_query(q)
    assert str(node) == canonical
    assert parse_query(str(node)) == node


@pytest.mark.parametrize(
    ("q", "message", "column"),
    [
        ("leadr:李红", "did you mean leader:?", 1),
        ("leader:李红 and 单元:市财政局", "unknown field “单元”", 15),
        ("leader:", "expected", 8),
        ("(a or b", "expected “)”", 8),
        ("a)", "unexpected “)”", 2),
        ("target>=abc", "is not a quantity", 9),
        ("section>=3", "only target compares", 8),
        ("has:foo", "has: takes one of", 5),
        ("text:/[/", "bad regular expression", 6),
        ('text:"abc', "is not closed", 6),
        ("", "the query is empty", 1),
    ],
)
def test_errors_say_where_and_what(q: str, message: str, column: int) -> None:
    with pytest.raises(QueryError) as info:
        parse_query(q)
    assert message in info.value.message
    assert info.value.column == column
    if q:
        lines = str(info.value).splitlines()
        assert lines[1] == f"  {q}"
        assert lines[2].endswith("^")


def test_caret_sits_under_wide_characters() -> None:
    with pytest.raises(QueryError) as info:
        parse_query("领导:李红 and 单元:市财政局")
    caret_line = str(info.value).splitlines()[2]
    # 领导:李红 and  is 4 wide characters (8 cells) and 6 narrow ones: the caret is at cell 15.
    assert caret_line == "  " + " " * 14 + "^"


def test_deep_nesting_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="nested"):
        parse_query("not " * 5000 + "x")


def test_deep_builder_query_is_a_query_error(example: Notice) -> None:
    node: Node = leader("李红")
    for _ in range(5000):
        node = ~node
    with pytest.raises(QueryError, match="nested"):
        example.filter(node)


def test_catastrophic_regex_does_not_hang(example: Notice) -> None:
    # Back-references defeat the regex engine's optimisations: unbounded, this runs for minutes.
    started = time.monotonic()
    # One time budget for the whole query (issue 8), not a limit per search.
    with pytest.raises(QueryError, match="took longer than"):
        example.query(r"text:/(.*)(.*)(.*)\3\2\1\d/")
    assert time.monotonic() - started < 10


def test_unknown_name_gives_hints(example: Notice) -> None:
    results = example.query("leader:李虹")
    assert len(results) == 0
    assert results.hints == ("no leader matches “李虹”; closest: 李红",)
    assert example.query("lead:市财政局").hints == ()


def test_results_api(example: Notice) -> None:
    results = example.query("leader:李红 and target>=10%")
    assert len(results) == 6 and results[0].id == "5"
    assert results[1:3].ids() == ["6", "12.5"]
    groups = results.group_by("leader")
    assert sorted(groups) == ["刘劲松", "李红"]
    assert groups["刘劲松"].ids() == ["24.6", "30.2"]
    assert results.group_by("section")["2 着力提升新型工业化水平"].ids() == ["12.5"]
    with pytest.raises(QueryError):
        results.group_by("colour")
    assert repr(results) == "Results(6 items: 5, 6, 12.5, 24.6, 30.2, 31.1)"


def test_several_notices_and_source(example: Notice, tmp_path: object) -> None:
    import fyplan

    other = fyplan.parse(fyplan.example_path().read_text(encoding="utf-8"), source="copy.txt")
    results = run_query([example, other], "id:7")
    assert results.ids() == ["fuyang-2019.txt:7", "copy.txt:7"]
    assert run_query([example, other], "id:7 source:copy").ids() == ["copy.txt:7"]


@pytest.mark.parametrize(
    ("q", "hint"),
    [
        ("leader李红", "“leader李红” was read as text; did you mean leader:李红?"),
        ("领导李红", "“领导李红” was read as text; did you mean 领导:李红?"),
        ("id:abc", "no item id matches “abc”; ids look like 1、2、12.1 (task.sub-task), or 12.* for a whole task"),
        ("section:99", "no section matches “99”; sections are numbered 1–10, or give words of a title"),
    ],
)
def test_hints_for_queries_that_find_nothing(example: Notice, q: str, hint: str) -> None:
    results = example.query(q)
    assert len(results) == 0
    assert results.hints == (hint,)


@pytest.mark.parametrize(
    "node",
    [
        text("a/b", regex=True),
        Term("text", ":", "x\"y'z"),
        Term("leader", "=", 'a\\"b'),
        Term("text", ":", "and"),
        target(">=", 10, "%", words="增长 率"),
    ],
)
def test_any_term_prints_a_query_that_reads_back_equal(node: Term) -> None:
    assert parse_query(str(node)) == node


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Term("has", ":", "targets"), "has: takes one of"),
        (lambda: Term("target", ">=", "lots"), "is not a quantity"),
        (lambda: Term("leader", ">=", "李红"), "only target compares"),
        (lambda: Term("colour", ":", "red"), "unknown field"),
        (lambda: text("[", regex=True), "bad regular expression"),
        (lambda: target("棚户区", words="投资"), "words go with a comparison"),
    ],
)
def test_terms_built_in_python_are_checked(build: object, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        build()  # type: ignore[operator]


def test_odd_section_values_do_not_crash(example: Notice) -> None:
    assert example.query("section:²").ids() == []
    assert example.query("section:①").ids() == []


def test_equals_on_id_is_exact(example: Notice) -> None:
    assert example.query("id=12").ids() == []  # 12 is a task with sub-tasks, not an item
    assert example.query("id=12.3").ids() == ["12.3"]


def test_full_width_brackets_inside_quotes_are_the_value() -> None:
    # Full-width ：（） outside quotes are syntax typed with a Chinese input method; inside quotes or a
    # /regex/ they are what the user looks for (a heading's （三）), and str() must give them back.
    term = parse_query('text:"（三）"')
    assert isinstance(term, Term) and term.value == "（三）"
    assert parse_query(str(term)) == term
    assert parse_query("（text：市财政局）") == parse_query("(text:市财政局)")
    regex = parse_query("text:/（[一二]）/")
    assert isinstance(regex, Term) and "（" in str(regex)


def test_names_and_words_match_whatever_the_width_of_their_marks() -> None:
    # A notice that writes its brackets and commas full-width keeps them in its names and text (read/widths.py);
    # a query typed with ASCII marks finds them, and one typed full-width finds an ASCII notice's.
    wide = fyplan.parse("一、测试\n1．推进老旧小区改造，惠及居民。\n牵头单位：县住建局\n配合单位：各乡镇（街道）\n")
    narrow = fyplan.parse("一、测试\n1.推进老旧小区改造,惠及居民。\n牵头单位:县住建局\n配合单位:各乡镇(街道)\n")
    assert [u.name for u in next(iter(wide.items())).cooperating_units] == ["各乡镇（街道）"]
    assert [u.name for u in next(iter(narrow.items())).cooperating_units] == ["各乡镇(街道)"]
    for notice in (wide, narrow):
        assert notice.query('coop="各乡镇(街道)"').ids() == ["1"]
        assert notice.query('coop="各乡镇（街道）"').ids() == ["1"]
        assert notice.query("text:改造,惠及").ids() == ["1"]
        assert notice.query("text:改造，惠及").ids() == ["1"]
    assert wide.query('coop="各乡镇"').ids() == []  # = is still the whole name
    # Folded (to compare notices whatever their marks), the names are ASCII again, the duties' too.
    assert [u.name for u in next(iter(folded(wide).items())).cooperating_units] == ["各乡镇(街道)"]


def test_text_keeps_full_width_figures_and_queries_find_them_either_way() -> None:
    # A Word document typing its figures and letters full-width (２０２４, ＧＤＰ, ６％) keeps them so in the item's
    # text; the reading (targets, ids) is ASCII, and a query finds the words typed with either width.
    wide = fyplan.parse(
        "一、发展目标\n１．地区生产总值（ＧＤＰ）增长６％，完成投资１２０亿元。\n牵头单位：县发改局\n"
        "２．新建５Ｇ基站３００个。\n牵头单位：县工信局\n"
    )
    items = list(wide.items())
    assert [i.id for i in items] == ["1", "2"]
    assert items[0].text == "地区生产总值（ＧＤＰ）增长６％，完成投资１２０亿元。"
    assert items[1].text == "新建５Ｇ基站３００个。"
    assert [(t.value, t.unit) for t in items[0].task.targets][:1] == [(6.0, "%")]
    assert wide.query("text:GDP").ids() == ["1"]
    assert wide.query("text:ＧＤＰ").ids() == ["1"]
    assert wide.query("text:5G基站").ids() == ["2"]
    # A text found in one piece in the notice is given back exactly as written, whatever the notice's habit: ASCII
    # figures beside a full-width number (２．) and a stray full-width letter both stay as typed.
    narrow = fyplan.parse("一、发展目标\n２．新建5G基站300个，覆盖Ｗ镇。\n牵头单位：县工信局\n")
    assert next(iter(narrow.items())).text == "新建5G基站300个，覆盖Ｗ镇。"
    # Where the text is not there in one piece (a wrapped sentence joined), each class goes by the notice's habit.
    wrapped = fyplan.parse("一、发展目标\n１．地区生产总值增长６％，完成\n投资１２０亿元。\n牵头单位：县发改局\n")
    assert next(iter(wrapped.items())).text == "地区生产总值增长６％，完成投资１２０亿元。"


def test_one_body_whatever_the_width_of_its_brackets() -> None:
    # The key under which spellings meet (queries, FY006, per-unit lists) folds full-width marks.
    from fyplan.canonical import canonical

    assert canonical("各镇（街道）") == canonical("各镇(街道)")
    assert canonical("市财政局（市国资委）") == "市财政局(市国资委)"
    assert canonical("各镇（街道）") != canonical("各镇")
