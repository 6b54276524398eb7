"""Duty fields without their colons (fyplan/read/loosefields.py), on normalised text: what is mended and what is
left as it was."""

from __future__ import annotations

from fyplan.read.loosefields import colonless_fields


def test_commas_spaces_and_nothing_for_colons() -> None:
    assert colonless_fields("牵头单位,县工信局;配合单位,县统计局。") == "牵头单位:县工信局;配合单位:县统计局。"
    assert (
        colonless_fields("2.建设中心。 牵头单位 县商务局 配合单位 县财政局")
        == "2.建设中心。 牵头单位:县商务局;配合单位:县财政局"
    )
    assert colonless_fields("(责任领导 钱立 牵头单位 县科技局)") == "(责任领导:钱立;牵头单位:县科技局)"
    assert colonless_fields("责任领导周敏牵头单位县教育局") == "责任领导:周敏;牵头单位:县教育局"


def test_sentences_copulas_and_written_colons_are_left() -> None:
    for text in (
        "请各牵头单位会同配合单位认真抓好落实,牵头单位要切实负起主体责任。",
        "推进综合执法改革,牵头单位为县城管局,配合单位为县住建局。",  # (inside a sentence: the clause reader's)
        "牵头单位:县工信局;配合单位:县统计局。",
        "责任领导要亲自抓,牵头单位县教育局",  # (a value that is no name: the run is left whole)
    ):
        assert colonless_fields(text) == text


def test_a_line_of_fields_with_copulas_for_colons() -> None:
    # (the clause reader read such a line's first field and lost the second, or took 配合单位为乙局 for a lead's name)
    assert colonless_fields("牵头单位为县城管局;配合单位为县住建局。") == "牵头单位:县城管局;配合单位:县住建局。"
    assert colonless_fields("配合单位包括县司法局、县市场监管局") == "配合单位:县司法局、县市场监管局"
    assert colonless_fields("责任单位是县教育局") == "责任单位:县教育局"
    # (a copula before words that are no names, and a group sentence's 均为: left)
    assert colonless_fields("牵头单位为第一责任单位") == "牵头单位为第一责任单位"
    assert colonless_fields("责任单位均为县教育局") == "责任单位均为县教育局"


def test_a_copys_ascii_full_stop_ends_the_sentence_before_the_fields() -> None:
    assert colonless_fields("覆盖率100%.责任领导周敏牵头单位县教育局") == "覆盖率100%.责任领导:周敏;牵头单位:县教育局"
    assert (
        colonless_fields("增长6.5牵头单位县教育局") == "增长6.5牵头单位县教育局"
    )  # (a number's point: no sentence's end)
