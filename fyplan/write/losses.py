"""What a rewrite would lose: the lines of the original whose words the rewritten notice no longer holds.

fmt rewrites the layout only, so every word of the original must come back, except the words that are
layout: table borders and header rows, the role words a clause is written with (牵头, 配合, 负责,
责任单位:) — the rewrite says the same with its own labels — and group sentences (该目标责任单位为X),
whose bodies now stand on each item. Punctuation and spaces are ignored, since styles restyle them; a
list's names may be written out in full (--expand-names), so a line whose every piece is in the result
is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from fyplan.grammars import lexicon
from fyplan.model import NOT_READ, Notice
from fyplan.read import glued, scope
from fyplan.read.decode import Source, normalize, normalize_line
from fyplan.read.layout import unspaced
from fyplan.read.tables import column_kind

_SQUASH = str.maketrans("", "", " ,、;:.。()（）[]〔〕【】“”\"'\t")
_PIECES = regex.compile(r"[、,;:\s()\[\]〔〕【】|]+")
# Table borders: | and the box-drawing block.
_BORDERS = re.compile(r"[|\u2500-\u257f]")
_HEADER_ONLY = ("序号", "编号", "类别", "备注")
# Numbering, which a style writes its own way: 一、 (一) 1. 1、 (1) ①.
_NUMBERING = re.compile(
    r"[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|(?<![\d.])\d{1,3}[.、](?!\d)|\(\d{1,3}\)|[\u2460-\u2473]"
)


@lru_cache(maxsize=1)
def _role_words() -> re.Pattern[str]:
    # 由 opens a verb clause (由市发改委,各县政府负责落实).
    return re.compile(f"(?:{lexicon('LABEL')})(?= *:)|(?:{lexicon('VERB')})|(?:^|(?<=[,( ]))由")


def lost_lines(notice: Notice, original: str, result: str) -> list[tuple[int, str]]:
    """(line number, line) of each line of ``original`` (read as ``notice``) that ``result`` drops."""
    source = Source(notice.source, original)
    kept = normalize(result).translate(_SQUASH)
    lost = []
    # A line the reader said it did not read (联系人:李红, 备注:…) is kept only if it stands whole in
    # the result, label and words: its pieces found elsewhere (李红 as a leader) do not keep it.
    warned = {d.line for d in notice.diagnostics if d.code == NOT_READ}
    for number in range(1, original.count("\n") + 2):
        line = normalize_line(source.line(number))
        squashed = line.translate(_SQUASH)
        if not squashed or squashed in kept:
            continue
        if number in warned:
            lost.append((number, source.line(number).strip()))  # its label and words are not together
            continue
        words = _BORDERS.sub(" ", line.split(":", 1)[-1] if _BORDERS.search(line) is None else line)
        if words.translate(_SQUASH) in kept or scope.group_sentence(line) is not None:
            continue
        if "序号" in line and (glued.header(line) is not None or glued.header_in(line) is not None):
            continue  # a run-together table header (序号重点任务牵头单位): layout
        spaced_out = unspaced(words)  # 工 作 任 务
        cells = [p.translate(_SQUASH) for p in _PIECES.split(_NUMBERING.sub(" ", spaced_out))]
        if _header_row([p for p in cells if p]):
            continue
        content = _role_words().sub(" ", _NUMBERING.sub(" ", words))
        pieces = [p.translate(_SQUASH) for p in _PIECES.split(content)]
        pieces = [p for p in pieces if p]
        if not pieces:
            continue
        if not all(p in kept for p in pieces) and not _covered("".join(pieces), kept):
            lost.append((number, source.line(number).strip()))
    return lost


def _header_row(pieces: list[str]) -> bool:
    """序号 | 工作任务 | 牵头单位: a table's header (its column names are layout)."""
    return len(pieces) >= 2 and all(
        p in _HEADER_ONLY or (len(p) <= 10 and column_kind(p) != "note" and not any(c.isdigit() for c in p))
        for p in pieces
    )


def _covered(text: str, kept: str) -> bool:
    """Can ``text`` be cut into pieces of two or more characters that each appear in ``kept``? (A line
    of two key-value pairs, 发布机构:…生成日期:…, is written back as two lines.) A lone character left
    over (a dropped 等) means the words changed."""
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and text[start : end + 1] in kept:
            end += 1
        if end - start < 2 and len(text) > 1:
            return False
        start = end
    return True
