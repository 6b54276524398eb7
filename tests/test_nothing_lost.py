"""No line of a case's text is dropped without a word: the words of every line (its labels, role verbs and titles
set aside) appear in what the reader made of the notice — an item's text, heading, notes or units, a section's
title or introduction, the front or back matter — or in a diagnostic that quotes it.

A line counts as kept where at least half of its three-character runs appear there. Found by this check and fixed
in session 20: a sub-item's second paragraph closed by its own clause (subitem-paragraphs-each-closed)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import fyplan
from fyplan.grammars import lexicon
from fyplan.hanzi import simplified

CASES = Path(__file__).parent / "cases"
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_NOISE = re.compile(
    "(?:"
    + "|".join((lexicon("LABEL"), lexicon("VERB"), lexicon("TITLE")))
    + r"|序号|工作任务|重点任务|完成时限|责任领导|备注|等)"
)

# Lines whose words are read into something other than text, by design: a table's header (its column names), a
# group sentence read as the roles it gives (以上三项工作年底前全部完成。(…牵头) keeps the roles, not the words), an
# event page's organiser (协办:…, no duty of a notice).
_READ_AS_STRUCTURE = {
    ("piped-group-name-wrapped-cell", 3),
    ("piped-figures-wide-rows", 2),
    ("group-sentences-bracketed", 12),
    ("keys-printed-again-after-list", 11),  # 第三件实事:责任单位:… — the key (item 3's number) and its field, read so
    ("field-label-alone-before-group-sentence", 7),
    ("by-lines-after-paragraphs", 7),
    ("event-host-fields", 16),
    ("footer-host-after-lead-fields", 6),
    ("steering-sentences-after-groups", 6),  # 以上工作由…林国栋统筹推进: the leader of the items before it
    ("steering-sentences-after-groups", 10),
    ("steering-sentences-after-groups", 14),
    ("group-sentence-chief-and-deadline-work", 7),  # 以上1项工作由…: the roles of item 3
    (
        "closing-sentence-leader-copula",
        9,
    ),  # 以上工作由…,责任领导为副县长林小燕、县政协副主席何平: the roles of items 3-4
    ("speech-yi-yao-ordinals", 16),  # 以上两项工作由唐文静副县长统筹负责: the leader of part 二's items
    ("speech-ordinals-numbered-group-sentences", 10),  # 以上第二至第三项工作也由…分管: the leader of items 2-3
    ("speech-ordinals-numbered-group-sentences", 13),  # 上述第四、第五项由…负责: the leader of items 4-5
    ("aligned-page-footer-between-rows", 14),  # a page's footer (issuer and date) between a table's rows: furniture
    ("sharing-site-chrome-at-page-break", 3),  # 开通VIP 免费下载本文档 over a page's number: the sharing site's chrome
    ("sharing-site-chrome-at-page-break", 7),  # (the same, at the break inside item 1's bracket)
    ("paragraphs-covered-by-closing-sentence", 13),  # 上述项目由市园林局牵头负责。: the roles of the paragraph above it
}


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            _strings(getattr(value, field.name), out)
    elif isinstance(value, (list, tuple)):
        for each in value:
            _strings(each, out)


def _runs(text: str) -> set[str]:
    return {run[i : i + 3] for run in _CJK.findall(text) for i in range(len(run) - 2)}


@pytest.mark.parametrize("path", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_line_is_kept(path: Path) -> None:
    notice = fyplan.load(path)
    said: list[str] = [d.message for d in notice.diagnostics]
    _strings(notice, said)
    kept = _runs(simplified(" ".join(said)))
    lost = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if "序号" in line or (path.stem, number) in _READ_AS_STRUCTURE:
            continue
        runs = _runs(_NOISE.sub(" ", simplified(line)))
        if len(runs) >= 4 and len(runs & kept) * 2 < len(runs):
            lost.append((number, line.strip()[:40]))
    assert lost == []
