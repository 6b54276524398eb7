"""Whole-text scans asked only where a match can be (fyplan/read/gates.py, issue 13): each gives the pattern's
own answer, on generated text and on matches drawn from the pattern itself; ``fastpaths.plain()`` asks the
pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fyplan import fastpaths
from fyplan.grammars import lexicon
from fyplan.read import decode, layout, tables
from fyplan.read.gates import SERIAL, AnyOf, ByFirst, ByLast, InLines

# Pieces around which the patterns match or just miss: pinyin with and without tone marks, brackets of
# both widths, labels in square brackets, the words 序号/序號, the ends of duty labels before a space or a
# dash, line breaks.
PIECES = st.sampled_from(
    [
        "(wù)",
        "(wu)",
        "（dǎo）",
        "(",
        "（",
        ")",
        "实",
        "领",
        "【牵头单位】",
        "[责任单位]",
        "【",
        "[",
        "]",
        "】",
        ":",
        " ",
        "要",
        "县发改委",
        "序号",
        "序號",
        "序",
        "号",
        "单位",
        "部门",
        "领导",
        "时限",
        "-",
        "—",
        "－",
        "\n",
        "a",
    ]
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)


_SQUARE = r"[【\[](?:" + lexicon("LABEL") + r")[】\]]"


def _square() -> re.Pattern[str]:
    return decode._square_label()


@given(TEXTS)
def test_by_first_finds_what_the_pattern_finds(text: str) -> None:
    assert decode._PINYIN_AT.found(text) == (decode._PINYIN.search(text) is not None)
    assert ByFirst(_square()).found(text) == (_square().search(text) is not None)


@given(TEXTS)
def test_by_first_replaces_what_the_pattern_replaces(text: str) -> None:
    assert decode._square_label_at().sub(decode._label_colon, text) == decode.square_labels(text)
    pinyin = ByFirst(decode._PINYIN)
    assert pinyin.sub(lambda m: "", text) == decode._PINYIN.sub("", text)


@given(TEXTS)
def test_by_last_finds_what_the_pattern_finds(text: str) -> None:
    assert layout._LOOSE_HINT_AT.found(text) == (layout._LOOSE_HINT.search(text) is not None)


@given(TEXTS)
def test_any_of_is_in(text: str) -> None:
    assert decode._XUHAO_HINT.found(text) == any(n in text for n in ("序號", "序号(", "序号（"))


@given(st.text(st.sampled_from("位门門导導单部领\n -a"), max_size=30))
def test_the_unnumbered_line_ends(text: str) -> None:
    assert (tables._UNNUMBERED_LINE_END.search(text) is not None) == any(
        end + "\n" in text for end in tables._UNNUMBERED_ENDS
    )


@given(st.data())
def test_every_match_of_the_patterns_is_found(data: st.DataObject) -> None:
    # Matches drawn from the patterns themselves, between generated text: a gate built on a wrong premise
    # (a first or last character it does not look at) misses some.
    before, after = data.draw(TEXTS), data.draw(TEXTS)
    # (Lookarounds drawn by hypothesis are filtered, which starves it: the pieces without them.)
    cases: list[tuple[re.Pattern[str], ByFirst | ByLast, str]] = [
        (decode._PINYIN, decode._PINYIN_AT, "实" + data.draw(st.from_regex(decode._PIN, fullmatch=True))),
        (layout._LOOSE_HINT, layout._LOOSE_HINT_AT, data.draw(st.from_regex(layout._LOOSE_HINT, fullmatch=True))),
        (_square(), decode._square_label_at(), data.draw(st.from_regex(_SQUARE, fullmatch=True))),
    ]
    for pattern, gate, drawn in cases:
        text = before + drawn + after
        assert gate.found(text) == (pattern.search(text) is not None)
        if pattern is not _square():
            assert gate.found(text)  # nothing of the drawn piece's pattern looks outside it


def test_many_rare_characters_go_to_the_patterns_own_scan() -> None:
    gate = ByLast(re.compile(r"[ab] ?[-]"), limit=3)
    assert not gate.found("x-" * 10)
    assert gate.found("x-" * 10 + "a-")
    assert gate.found("b -")


def test_plain_asks_the_pattern() -> None:
    calls: list[str] = []

    class Spy:
        pattern = "x"

        def search(self, text: str) -> None:
            calls.append(text)

    gate = ByLast(re.compile(r"a[-]"))
    gate.pattern = Spy()  # type: ignore[assignment]
    with fastpaths.plain():
        assert not gate.found("b")
    assert calls == ["b"]
    assert not gate.found("b")
    assert calls == ["b"]  # no - in the text: the fast path never asks


@pytest.mark.parametrize("source", [r"[a-z]x", r"[^a]x", r"\wx", r"[abcde]x", r"ax|by", r"[ab]x|[ab]y"], ids=str)
def test_by_first_refuses_what_it_cannot_ask(source: str) -> None:
    with pytest.raises(ValueError):
        ByFirst(re.compile(source)).found("x")  # made on first use


@pytest.mark.parametrize("source", [r"x[a-z]", r"x(?=y)[-]", r"^x[-]", r"x+[-]", r"x\w"], ids=str)
def test_by_last_refuses_what_it_cannot_ask(source: str) -> None:
    with pytest.raises(ValueError):
        ByLast(re.compile(source))


def test_by_first_keeps_the_groups_numbers() -> None:
    pattern = re.compile(r"[(（](a)(b)?")
    assert ByFirst(pattern).sub(lambda m: m.expand(r"<\1>"), "x(ab（a") == pattern.sub(r"<\1>", "x(ab（a")


def test_any_of_needs_needles() -> None:
    with pytest.raises(ValueError):
        AnyOf(())
    with pytest.raises(ValueError):
        AnyOf(("a", ""))


@given(st.text(st.sampled_from("abx("), max_size=20))
def test_by_first_goes_on_after_each_match_as_sub_does(text: str) -> None:
    # Matches that could overlap: the next is looked for after the last one's end, not inside it.
    pattern = re.compile(r"[ab(][ab]?")
    assert ByFirst(pattern).sub(lambda m: "<" + m.group() + ">", text) == pattern.sub(r"<\g<0>>", text)


# Characters normalize replaces (full-width forms, spaces of every width, ⑴, spam symbols), circled numbers it
# turns into (1) at a line's start, and what its later steps look at (spaces, ★, square labels).
NORMALIZED = st.lists(
    st.sampled_from(
        ["①", "⑳", "⑴", "（", "）", "，", "\u3000", "■", "★", " ", "  ", "【牵头单位】", "甲", "局", "\n", "1.", "a"]
    ),
    max_size=25,
).map("".join)


@given(NORMALIZED)
def test_translate_seeing_is_translate_then_a_search(text: str) -> None:
    translated = decode._translate(text)
    assert decode._translate_seeing(text) == (translated, decode._CIRCLED_ANYWHERE.search(translated) is not None)


@given(NORMALIZED)
def test_normalize_reads_alike_both_ways(text: str) -> None:
    fast = decode.normalize(text)
    with fastpaths.plain():
        assert decode.normalize(text) == fast


@given(st.lists(st.sampled_from(["序号", "序", "号", "序號", "\n", "甲"]), max_size=12).map("".join))
def test_serial_is_in(text: str) -> None:
    assert SERIAL.found(text) == ("序号" in text)


# Pieces around which a numbering marker or a label inside a line matches or just misses (layout._MARKER_LINES,
# layout._LABEL_LINES): numerals, digits, the marks a marker ends in, what may stand before it, labels.
INSIDE_PIECES = st.sampled_from(
    [
        "一",
        "十",
        "三",
        "(",
        ")",
        "1",
        "12",
        "2024",
        "٣",
        "、",
        ".",
        "。",
        "%",
        "\n",
        " ",
        "市",
        "x",
        ";",
        "]",
        "牵头单位",
        ":",
    ]
)
INSIDE_TEXTS = st.lists(INSIDE_PIECES, max_size=30).map("".join)
_MARKER_FORMS = r"\([一二三四五六七八九十\d]{1,4}\)|[一二三四五六七八九十]{1,3}、|\d{1,3}(?:\.|、|。)"


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@given(INSIDE_TEXTS)
def test_in_lines_finds_every_match_of_the_pattern(text: str) -> None:
    for gate in (layout._MARKER_LINES, layout._LABEL_LINES):
        # (Also below a first line: the first line is always asked, whatever the hints.)
        for whole in (text, "前\n" + text):
            assert _spans(gate.finditer(whole)) == _spans(gate.pattern.finditer(whole))


@settings(max_examples=400)
@given(st.data())
def test_in_lines_finds_matches_drawn_from_the_patterns(data: st.DataObject) -> None:
    before, after = data.draw(INSIDE_TEXTS), data.draw(INSIDE_TEXTS)
    lead = data.draw(st.sampled_from(["", "x", "。", ";", ")", "(", "]", " ", "\n", "1", "一"]))
    after = data.draw(st.sampled_from(["", "市", "\n", "1", "%", " "])) + after
    marker = data.draw(st.from_regex(_MARKER_FORMS, fullmatch=True))
    label = data.draw(st.from_regex(layout._LABEL.pattern, fullmatch=True))
    for gate, drawn in ((layout._MARKER_LINES, marker), (layout._LABEL_LINES, label)):
        text = "前\n" + before + lead + drawn + after  # below a first line, which is always asked
        assert _spans(gate.finditer(text)) == _spans(gate.pattern.finditer(text))


@pytest.mark.parametrize(
    "line",
    [
        *(f"x{n}{end}市" for n in ("1", "12", "123", "一", "十一", "三十一") for end in "、.。"),
        *(f"{before}({n})" for before in "x。 ;(" for n in ("1", "12", "1234", "一", "二十一")),
        *(f"{before}牵头单位:县发改局" for before in ("。", ";", ")", "]", " ", "。 ", ")  ")),
    ],
)
def test_in_lines_finds_each_kind_of_marker_and_label(line: str) -> None:
    text = f"前\n{line}\n后"  # below a first line, which is always asked
    for gate in (layout._MARKER_LINES, layout._LABEL_LINES):
        assert _spans(gate.finditer(text)) == _spans(gate.pattern.finditer(text))
    # Each a marker or a label but 一。 and 十一. (a Chinese numeral numbers with 、 only): the gates find something.
    written_so = not (line[1] in "一十三" and line[-2] in ".。")
    assert any(_spans(gate.finditer(text)) for gate in (layout._MARKER_LINES, layout._LABEL_LINES)) == written_so


def test_in_lines_asks_only_the_hinted_lines() -> None:
    gate = InLines(re.compile(r"[ab]c"), ("a(?=c)",))
    assert _spans(gate.finditer("xc\nbc\nxac")) == [(7, 9)]  # bc is on no hinted line: a wrong hint shows
    assert _spans(gate.finditer("bc\nbc")) == [(0, 2)]  # the first line is always asked
    assert _spans(InLines(re.compile(r"[ab]c")).finditer("ac\nbc\nxac")) == [(0, 2), (3, 5), (7, 9)]
    with fastpaths.plain():
        assert _spans(gate.finditer("ac\nbc")) == [(0, 2), (3, 5)]
    with pytest.raises(ValueError):
        InLines(re.compile(r"^a"), ("a",))
