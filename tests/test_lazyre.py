"""fyplan.lazyre: a pattern compiled on first use answers as the compiled pattern does."""

from __future__ import annotations

import re

from fyplan.lazyre import lazy

SOURCE = r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff](?: [\u4e00-\u9fff])+)(?![\u4e00-\u9fff])"
TEXT = "甲 乙 丙 是三个字, 丁 戊 也是"


def test_nothing_is_compiled_until_the_pattern_is_used() -> None:
    pattern = lazy(SOURCE)
    assert pattern._compiled is None
    assert pattern.pattern == SOURCE  # reading the source compiles nothing
    assert pattern._compiled is None
    pattern.search(TEXT)
    assert pattern._compiled is not None


def test_each_method_answers_as_re_does() -> None:
    pattern, compiled = lazy(SOURCE), re.compile(SOURCE)
    found = pattern.search(TEXT)
    assert found is not None and found.group(1) == "甲 乙 丙"
    assert pattern.findall(TEXT) == compiled.findall(TEXT) == ["甲 乙 丙", "丁 戊"]
    assert [m.span() for m in pattern.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert pattern.sub(lambda m: m.group(1).replace(" ", ""), TEXT) == "甲乙丙 是三个字, 丁戊 也是"
    assert pattern.split(TEXT) == compiled.split(TEXT)
    assert pattern.match(TEXT) is not None and pattern.match(TEXT, 1) is None
    assert pattern.fullmatch("甲 乙") is not None and pattern.fullmatch(TEXT) is None
    assert lazy("a", re.IGNORECASE).search("A") is not None  # flags are kept
