"""The grammar stage: logical lines → sections and items, by the notice grammar
(grammar/notice.lark, LALR) with a transformer that builds the working records as the parser
reduces (no parse tree is kept).

The grammar accepts every sequence of lines, so Lark never raises on a document; what is out of
place becomes a diagnostic in the context, with its line and column. The callbacks keep no state
of their own: everything per parse lives in the ``ReadContext`` they are given.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache, partial
from typing import Any

import attrs
from lark import Lark, Token, Transformer

from fyplan import fastpaths, units
from fyplan.deadlines import in_sentence, read_deadline
from fyplan.grammars import build, lexicon
from fyplan.lazyre import lazy
from fyplan.model import NO_DUTIES, NOT_READ, Duties, Leader, Section, Subsection, Task, open_ended
from fyplan.numerals import ORDINAL_IS, chinese_number, numeral, to_chinese
from fyplan.read import clauses as dutymod
from fyplan.read import front as frontmod
from fyplan.read import itemmemo, items, linescan, plainitem, prose, scope
from fyplan.read.context import Built, BuiltSection, ReadContext, group_clause, group_leaders
from fyplan.read.decode import PIN, without_pinyin
from fyplan.read.ordinals import ORDINAL_START
from fyplan.read.scans import LineStart, each_line
from fyplan.targets import extract_targets

_TASK_NO = re.compile(r"^(\d{1,4})(?:、|\.|\)|。)")
_SUBTASK_NO = re.compile(r"^\((\d{1,3})\)")
# A table row's task cell that opens with the measure's number in the notice it decomposes (序号 1, 措施 (一)…):
# no part of the task's words (the row's own number is its id).
_OWN_NUMBER = re.compile(r"^\([一二三四五六七八九十]{1,4}\)(?![一二三四五六七八九十\d(])")
# After 附件:, files listed (1.…表 2.…) or a sentence: no attachment's own title.
_FILE_LIST = re.compile(r"\d[.、]|。")
_CN_NO = re.compile(r"^\(?([一二三四五六七八九十]{1,4})(?:\)| *[、.])")
_UNKNOWN_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8}):")
# Labels of fields that say what an item is to achieve or where it stands, not who answers for it.
_CONTENT_FIELD = re.compile(lexicon("CONTENT_FIELD"))
# 张三市长负责事项 / 于会游市长主抓重点工作 / ——张三副市长牵头
# (由王明副市长牵头,李华副市长配合: 由 is no part of the name, and the leader who helps the one named first is
# named after a comma; 去年,由王明副县长牵头开展的… tells of work done, it assigns none)
_GROUP_LEADER = re.compile(
    r"(?:(?:^|、|——)由?([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:常务)?(?:副)?(?:省长|市长|县长|区长|书记|主任)"
    r"(?:负责|主抓|牵头|分管|联系)(?!召开|出席|参加|调研|视察|听取|带队)"  # (牵头召开了…会: a meeting told of; 牵头主持 leads)
    r"|(?<=[牵负][头责][,,])([\u4e00-\u9fff]{2,4}?)(?:常务)?(?:副)?(?:省长|市长|县长|区长|书记|主任)(?:配合|协助))"
)


def _line_span(first: int, tokens: Iterable[Any]) -> int:
    last = first
    for tok in tokens:
        if isinstance(tok, Token) and tok.line is not None:
            last = max(last, tok.line)
        elif isinstance(tok, Built):
            last = max(last, tok.last)
    return last


class Builder(Transformer[Token, Any]):
    """Called by the LALR parser at each reduction; keeps per-document state."""

    # release() deletes ``ctx``: a class compiled by mypyc (issue 13) must name the attributes that may go.
    __deletable__ = ("ctx",)

    def reset(self, ctx: ReadContext) -> None:
        self.ctx = ctx
        self._front_tokens: list[Token] = []

    def release(self) -> None:
        """Keep nothing of the document read: its context holds its text and layout, which the cached
        builder kept alive until the next parse (1.7x the input of memory after reading, issue 13)."""
        del self.ctx
        self._front_tokens = []

    # items -----------------------------------------------------------------

    def _add_clause(self, parts: dutymod.Assembly, clause_text: str, line: int) -> list[tuple[str, str, int]]:
        """Apply one clause's (cached) effect to the item being read; report its problems at ``line``."""
        effect = items.clause_effect(clause_text)
        for severity, message, fragment in effect.problems:
            self.ctx.report(severity, line, message, fragment)
        parts.extend(effect.adds)
        self.ctx.fields += effect.fields
        self.ctx.notes += effect.others
        return [(kind, label, line) for kind, label in effect.labels]

    def _add_block(
        self, parts: dutymod.Assembly, tok: Token
    ) -> tuple[list[tuple[str, str, int]], tuple[dutymod.Kind, str, int] | None]:
        """A DUTY token holds one or more consecutive duty lines; their effect is cached per block.

        Also returns the block's last field when it is a label with no value (its value may follow)."""
        base = tok.line or 0
        effect = items.block_effect(str(tok))
        for severity, message, fragment, offset in effect.problems:
            self.ctx.report(severity, base + offset, message, fragment)
        parts.extend(effect.adds)
        self.ctx.notes += effect.others
        labels: list[tuple[str, str, int]] = [(kind, label, base + offset) for kind, label, offset in effect.labels]
        open_field = effect.open_field
        return labels, (open_field[0], open_field[1], base + open_field[2]) if open_field else None

    def _close_field(self, open_field: tuple[dutymod.Kind, str, int] | None) -> None:
        if open_field is not None:
            _, label, line = open_field
            self.ctx.report("error", line, f"{label} is empty", label)

    def _item(
        self, head: Token, number: int, item_id: str, body: str, lines: Sequence[Token], subtasks: list[Built]
    ) -> Built:
        if lines and lines[0].type == "DUTY" and body.endswith(","):
            # 1.校园食堂改造,牵头单位:甲局;配合单位:乙局 (the fields cut onto lines of their own): the
            # comma only parted the sentence from its fields.
            body = body[:-1]

        heads: list[tuple[int, str]] = []
        if self.ctx.fields_above and lines and lines[-1].type == "DUTY":
            lines, heads = list(lines[:-1]), items.token_lines(lines[-1])  # (the whole block heads the next)
        elif self.ctx.leaders_above and lines and lines[-1].type == "DUTY":
            lines, heads = _leader_heads_off(lines)
        if heads:
            # 【分管领导】乙 at the end of this item's fields: it heads the items after it (their pending lines)
            built = self._item(head, number, item_id, body, lines, subtasks)
            built.trailing = [*built.trailing, *heads]
            return built
        if subtasks and not lines and fastpaths.ENABLED:
            heading = plainitem.read_head(self.ctx, head, number, item_id, body, subtasks)  # a task of points
            if heading is not None:
                return heading
        if subtasks or not fastpaths.ENABLED:
            return self._read_item(head, number, item_id, body, lines, subtasks)
        plain = plainitem.read(self.ctx, head, number, item_id, body, lines)  # the common shape, in a few calls
        if plain is not None:
            return plain
        # Each distinct item once (the reading a partial, made only here: a closure would make its seven cells
        # for every item, the plain ones too).
        read = partial(self._read_item, head, number, item_id, body, lines, subtasks)
        return itemmemo.read_item(self.ctx, read, head, number, item_id, body, lines)

    def _read_item(
        self, head: Token, number: int, item_id: str, body: str, lines: Sequence[Token], subtasks: list[Built]
    ) -> Built:
        line = head.line or 0
        self.ctx.fields = []
        self.ctx.notes = []
        parts = dutymod.Assembly()
        if ":" in body[:8] and (named := _TEXT_LABEL_FIRST.match(body)) is not None and body[named.end() :].strip():
            body = body[named.end() :]  # 一、督办事项:推进…: the form's label for the item's words is no part of them
        text_parts = [body]
        labels: list[tuple[str, str, int]] = []
        trailing: list[tuple[int, str]] = []
        notes = self.ctx.notes  # fields of the item that name no duty, in the order met
        state = "text"
        inline = False
        # Only an item with brackets in its text needs to know (an inner bracket is text then).
        duty_lines = any(tok.type == "DUTY" for tok in lines)  # (the item's own field lines under it)
        own_lines = items.BRACKET.search(body) is not None and duty_lines
        text_value, clause = items.split_inline(body, inner_too=not own_lines)
        if own_lines and clause is not None and _one_bare_name(clause) and _lead_line_below(lines):
            # 综合协调组(“放管服”改革组) above its 牵头单位: line: the bracket names the item itself again (its
            # other name), not who answers — its own lines say who leads. (With only 配合单位: or 完成时限: lines
            # below, …。(县商务局) is the lead.)
            text_value, clause = body, None
        if (
            clause is not None
            and not duty_lines
            and _bracket_ends(body, clause)
            and (tail := items.listed_tail(body)) is not None
        ):
            # …8.9万吨以上。区农业农村局、各镇(街道): the bracket ends the last body's name (各镇(街道)), no clause
            text_value, clause = tail
        elif (
            clause is not None
            and not duty_lines
            and _leaders_only(clause)
            and (doers := _last_sentence_lead_in(text_value)) is not None
        ):
            # …应保尽保。由市民政局负责实施,市财政局配合。(责任领导:副市长刘春生): a bracket that names the leader only,
            # after a last sentence that says who does the work — both read; the words stay the text
            clause = f"{doers[0]};{clause}"
        elif clause is None and self.ctx.first_listed_leads and (listed := items.listed_bracket(body)) is not None:
            text_value, clause = listed  # …监管。(城关粮库、县发改局) under 排名第一的为牵头单位,下同
        elif clause is None and not duty_lines and (tail := items.listed_tail(body)):
            text_value, clause = tail  # …增长7.5%左右。区发展改革局、区统计局: the bodies after the sentence, bare
        elif clause is None and (opened := _lead_in(body)) is not None:
            # (一)由省经贸委负责,省农业厅配合,加快…: the sentence stays the item's text as printed, its clause in it
            # (every blind annotator kept it: the item's words start where the page's do)
            clause, text_value = _with_when(opened), body
        elif clause is None and (opened := _field_lead_in(body)) is not None:
            clause, text_value = _with_when(opened), body  # 在扩大消费方面,由市商务局、市旅游局负责,大力发展…
        elif clause is None and not duty_lines and (closing := _closing_by(body)):
            # Only where no duty field follows: with 牵头单位: lines of its own the sentence is just text.
            text_value, clause = closing  # …的问题,由发展改革委会同农业部等部门负责落实。
        elif clause is None and _no_units_below(lines) and (helped := _subject_then_helpers(body)):
            clause = helped  # 市旅游局要牵头做好…,市交通局协助。(a 分管领导: line below names no unit): the text stays
        elif (
            (clause is None or dutymod._DEADLINE.match(clause))
            and _no_units_below(lines)
            and (closing := closing_groups(text_value if clause else body))
        ):
            # Only where no line under the item may be its clause (县教育局牵头,各乡镇配合。) or name its units; a
            # 完成时限: or 牵头领导: line may follow, or a bracket that only says when (…,各乡镇配合(年底前完成)。).
            text_value, closed = closing  # …专项行动,县水利局牵头,各乡镇配合。
            if _leaders_only(closed) and (before := closing_groups(text_value)) and not _leaders_only(before[1]):
                # …由旗住建局牵头,旗农牧业局配合,2018年底前完成。此项工作由副旗长X同志分管。: the sentence before the
                # one naming its leader says who does the work — both read
                text_value, closed = before[0], f"{before[1]};{closed}"
            elif _leaders_only(closed) and (opened := _last_sentence_lead_in(text_value)) is not None:
                # …。由法警大队牵头,行政装备科配合,6月底前完成…,分管副院长张启明负责协调。: the sentence opens with
                # who does the work and ends with the leader who coordinates it — both read; the words stay the text
                closed = f"{opened[0]};{closed}"
            elif _leaders_only(closed) and (by := _closing_by(text_value)) is not None:
                # …。由党政办公室会同政务服务中心组织实施,年底前上线运行。管委会副主任陶敏负责统筹协调。: the sentence
                # before the leader's ends with who does the work (由X会同Y…) — both read
                text_value, closed = by[0], f"{by[1]};{closed}"
            if "为" in closed or "為" in closed:
                text_value, earlier = _inner_copulas(text_value)
                closed = ";".join([*earlier, closed])  # …,责任单位为甲局;技改投资…,责任单位为乙局: both
            clause = f"{closed},{clause}" if clause else closed
        elif clause is None and (leading := items.leaders_sentence_end(body)) is not None:
            text_value, clause = (
                leading  # …1.2万吨。县长王刚负总责,副县长李红具体抓。 / …管理。副县长李红。: its leaders
            )
        elif clause is None and (opened := _titled_lead_in(body) or _last_sentence_lead_in(body)) is not None:
            clause, text_value = opened[0], body  # 1.新建公共停车场。市住建局牵头,市交警支队配合,在老城区…
        elif clause is None and not any(t.type == "DUTY" for t in lines) and (together := _subject_with(body)):
            clause = together  # 区商务局要会同区市场监管局、各街道办事处,开展…: the sentence stays the item's text
        elif clause is None and _no_units_below(lines) and (alone := _subject_alone(body)):
            clause = alone  # 市招商局要加大招商引资力度,…。(分管领导: below): the body the sentence opens with
        if (leader := _leader_first(body)) is not None:
            # 1.王立新同志:牵头负责…,责任单位:…: a list by leader names each item's leader first, a colon after
            # the person; the words stay the item's text as printed
            clause = f"{_LEADERS_LABEL}:{leader}" + (f";{clause}" if clause else "")
            text_value = text_value if text_value else body
        head_clause = clause
        if clause is not None:
            text_parts[0] = text_value
            labels += self._add_clause(parts, clause, line)
            state, inline = "trailing", True
        open_field: tuple[dutymod.Kind, str, int] | None = None
        open_note: int | None = None  # the note whose value goes on below its label (项目内容: alone on its line)
        steps = False  # the lines of a schedule under its deadline's label are being read
        for at, tok in enumerate(lines):
            tline = tok.line or 0
            value = tok.rstrip("\n")
            if (
                (steps or (open_field is not None and open_field[0] == "deadline"))
                and tok.type == "TEXT"
                and _a_step(value)  # a step (4-12月:主体施工), not a closing sentence
            ):
                # 进度安排: alone, then its steps one a line (1-3月:完成设计招标。/ 4-12月:主体施工。): all the field's
                parts.target("deadline").append(value.strip().rstrip("。"))
                open_field, steps = None, True
                continue
            steps = False
            if (
                state != "trailing"
                and (
                    (value.startswith(_SAID_OF_BEFORE) and _preceding_roles(value) is not None)
                    or (value.startswith(_SAID_OF_NUMBERED) and _numbered_refs(value) is not None)
                    or (value.startswith(_SAID_OF_AFTER) and _following_roles(value) is not None)
                )
            ) or (value.startswith(_BRACKETED_NUMBERED) and _numbered_refs(value) is not None):
                # ((第8项由X牵头,…) after an item that has its clause: a bracket on the items it numbers, not this one's)
                # 以上三项工作年底前全部完成。(X牵头,Y配合): a sentence on the items before, not more of this one
                # (the part's reader gives its roles to the items it counts); (以下两项由X牵头): on the items after.
                state = "trailing"
                trailing.append((tline, value))
                continue
            if open_field is not None and tok.type == "TEXT" and items.names_line(value):
                # 牵头单位: on one line, 市住建局 on the next (as text copied from a PDF comes).
                parts.target(open_field[0]).append(value)
                open_field = None
                continue
            self._close_field(open_field)
            open_field = None
            if tok.type == "DUTY" and parts.has_units() and items.BARE_HOST.match(value):
                # 主办:某县人民政府办公室 / 协办:某县融媒体中心 under an item whose units are named already (by a
                # clause or its own lines): the page's footer, no duty of the item.
                self.ctx.report(
                    "warning", tline, f"“{value.split(chr(10))[0]}” reads as a web page's footer, not a duty", "主"
                )
                continue
            if tok.type == "DUTY":
                open_note = None
                if (
                    state == "trailing"
                    and len(trailing) == 1
                    and not parts
                    and _shared_fields(trailing[0][1])
                    and _preceding_roles(f"{trailing[0][1]};{value}") is not None
                ):
                    # 以上两项责任单位:甲局、乙局 / 责任人:各中小学校长: the field under the items' shared line is more of it
                    # (it made the shared line this item's text and its own person this item's alone)
                    trailing[0] = (trailing[0][0], f"{trailing[0][1]};{value}")
                    continue
                if state == "trailing" and trailing:
                    self.ctx.report(
                        "warning",
                        trailing[0][0],
                        f"unnumbered line between the duties of item {item_id}: “{trailing[0][1]}”",
                        trailing[0][1][:4],
                    )
                    text_parts.extend(t for _, t in trailing)
                    trailing = []
                state = "duties"
                block_labels, open_field = self._add_block(parts, tok)
                labels += block_labels
            elif state == "text" and (
                (("单位" in value or "部门" in value) and scope.group_sentence(value))
                or (
                    _preceding_roles(value)
                    and not self._own_sentence(
                        value,
                        tline,
                        lines[at - 1].line if at else line,
                        lines[at + 1].line if at + 1 < len(lines) else None,
                    )
                )
            ):
                # 以上3项工作的责任单位均为X。: a sentence for the items above, never this item's text.
                state = "trailing"
                trailing.append((tline, value))
            elif (
                open_note is not None
                and tok.type == "TEXT"
                and _UNKNOWN_LABEL.match(value) is None
                and _verb_line(value) is None  # 由县水务局负责,县住建局配合。 below the value: the item's clause
            ):
                # 项目内容: alone on its line, its value on the lines below (up to the next field): the note's words.
                notes[open_note] = (notes[open_note][0], notes[open_note][1] + value.strip())
                continue
            elif (
                state in ("text", "duties")
                and (label := _UNKNOWN_LABEL.match(value))
                and _CONTENT_FIELD.search(label.group(1))
                and (
                    state == "duties"
                    or (
                        body.strip()
                        and (
                            _duties_below(lines[at + 1 :])
                            or not value[label.end() :].strip()
                            or _lead_in(value[label.end() :].strip()) is not None  # 工作要求:由县数据局牵头,…
                            or _done_by(value[label.end() :].strip()) is not None  # 整改要求:由县环卫站负责清除…
                        )
                    )
                )  # (a label alone on its line, its value below, is a field wherever the duties are said)
                and not (state == "text" and _wrapped_into(text_parts[-1], label.group(1)))
            ):
                # 一、老旧小区加装电梯工程 / 建设内容:… / 责任单位:…: the item is printed as labelled fields under
                # its name; what it does is a field of the item (its note), not more of its text. (Among the duty
                # lines: 任务目标:…, 完成情况:…, what the item is to achieve or where it stands, as a table's 进展情况
                # column is.) Its value may stand on the lines below it.
                said = value[label.end() :].strip()
                notes.append((label.group(1), said))
                if not parts.lead and (opened := _lead_in(said) or _done_by(said)) is not None:
                    # 工作要求:由市发改委牵头,并负责报进度。 — a requirement that names who leads: its clause too.
                    labels += self._add_clause(parts, opened[0], tline)
                if not said:
                    open_note = len(notes) - 1
                continue
            elif state == "text":
                inner_too = items.BRACKET.search(value) is None or not any(t.type == "DUTY" for t in lines)
                head_text, clause = items.split_inline(value, inner_too=inner_too)
                if (
                    clause is not None
                    and not duty_lines
                    and _bracket_ends(value, clause)
                    and items.bodies_only(value.strip())
                ):
                    head_text, clause = (
                        "",
                        value.strip(),
                    )  # …全覆盖。 / 区农业农村局、各镇(街道): the bodies on a line alone
                if (
                    clause is None
                    and not parts
                    and text_parts
                    and text_parts[-1].rstrip().endswith(("。", ";"))
                    and ("、" in value or _field_next(lines[at + 1 :]))
                    and items.bodies_only(value.strip())  # (last: it splits the names)
                ):
                    # …全覆盖。 / 市应急管理局、市消防救援支队: after the item's closed sentence, a line of bodies' names
                    # alone, no label, is the list that answers for it (the collection rule reads it). One name alone
                    # only over the item's next field (推进时限:…): else it may head the items below it (市卫健委 /
                    # 一、…) or sign the notice.
                    head_text, clause = "", value.strip()
                elif clause is None and (own := _verb_line(value)) is not None:
                    head_text, clause = "", own  # 由市发改委,各县市区政府负责落实 on its own line
                    if text_parts and text_parts[-1].endswith(("。由", ",由", ";由")):
                        text_parts[-1] = text_parts[-1][:-1]  # …大班额。由 / 县教育局牵头,…: the wrap cut the 由 off
                elif clause is None and not parts and (opened := _lead_in(value)) is not None:
                    clause, head_text = _with_when(opened), value  # 由张三副市长负责,市发改委牵头,…配合,尽快完成…
                elif (
                    clause is None
                    and not parts
                    and _no_units_below(lines[at + 1 :])
                    and (closing := closing_groups(value)) is not None
                ):
                    # The item's sentence wrapped onto this line, and its clause ends it (…出 / 口额增长20%。由甲
                    # 中心牵头,乙局配合。), as the first line's would.
                    head_text, clause = closing
                    if head_text and head_text[-1] not in "。;" and value.rstrip()[-1:] in ("。", ";"):
                        # (…方案编制,县规划局配合。 / 副县长刘芳督导落实。: the sentence ends where its clause did — the
                        # next line's words are no more of it)
                        head_text += value.rstrip()[-1]
                elif (
                    clause is None
                    and not parts
                    and not duty_lines
                    and _no_units_below(lines[at + 1 :])
                    and (closing := _closing_by(value)) is not None
                ):
                    # (二)举办展演活动 / 以党委为单位,每天组织展演一台晚会。具体由县文体局负责。: the paragraph under the
                    # item's title ends with who answers, as its first line's sentence would (_closing_by there)
                    head_text, clause = closing
                if clause is not None:
                    if head_text:
                        text_parts.append(head_text)
                    labels += self._add_clause(parts, clause, tline)
                    state, inline = "trailing", True
                else:
                    text_parts.append(value)
            elif (
                state == "duties"
                and not trailing
                and ((_BY.match(value) and not value.lstrip("-—－─━ ").startswith(_NOT_BY)) or _reworded(value))
                and (own := _verb_line(value)) is not None
            ):
                # 联系领导:王某 then 由市发改委抓总,市统计局具体负责。 (or 甲委会同乙局、丙县政府落实。): the units by verbs,
                # after the leader's line (a sentence that opens with 由 or says who acts with whom only: any other
                # is the list's closing words or a page's footer).
                labels += self._add_clause(parts, own, tline)
            elif state == "duties" and (label := _UNKNOWN_LABEL.match(value)) and not frontmod.is_chrome(value):
                message = (
                    f"unknown label “{label.group(1)}” under item {item_id}; the line was not read as a duty: “{value}”"
                )
                self.ctx.report("warning", tline, message, label.group(1), code=NOT_READ)
            elif (
                state == "duties"
                and labels
                and not trailing
                # (抄送:县委办、县人大办: the document's footer, no names of the list)
                and not frontmod.is_footer(value)
                and items.continues_list(value, parts)
            ):
                kind = labels[-1][0]
                target = parts.target(kind)
                if target and items.list_cut_between_names(target[-1], value):
                    # 配合单位:省财政厅, / 通化市政府、白山市政府: the line's last comma was read as its end
                    value = "、" + value
                self._continue(parts, kind, value)
            elif (
                state == "duties"
                and labels
                and not trailing
                and labels[-1][0] in ("lead", "cooperating", "responsible")  # (a body's name; a leader's is no body's)
                and (target := parts.target(labels[-1][0]))
                and items.completes_name(value, target[-1])
            ):
                self._continue(parts, labels[-1][0], value.strip())  # …开发区管 / 委: the name the wrap cut
            elif (
                state == "duties"
                and labels
                and not trailing
                and labels[-1][0] in ("lead", "cooperating", "responsible")
                and at + 1 < len(lines)
                and lines[at + 1].type == "DUTY"  # (between two duty lines: a cell's or a field's second line)
                and (target := parts.target(labels[-1][0]))
                and _another_body(value, target[-1])
            ):
                # 【牵头单位】城建办 / 新城区住建局 / 【配合单位】…: a second body on a line of its own under the field
                self._continue(parts, labels[-1][0], "、" + value.strip())
            elif (
                state == "duties"
                and labels
                and not trailing
                and labels[-1][0] == "leaders"
                and (target := parts.target("leaders"))
                and items.completes_person(value, target[-1])
            ):
                self._continue(parts, "leaders", value.strip())  # …副市长张 / 伟: the name the wrap cut
            elif (
                state == "trailing"
                and inline
                and not trailing
                and (alone := _clause_alone(value)) is not None
                and _following_roles(value) is None  # ((以下两项由X牵头) says who answers for the items after)
            ):
                # …成果。(牵头单位:县发改局)推进…。 then (牵头单位:县财政局) on a line of its own: a second clause of the
                # item, for the sentence after the first (it was dropped with the lines after the item).
                labels += self._add_clause(parts, alone, tline)
            else:
                state = "trailing"
                trailing.append((tline, value))
        self._close_field(open_field)
        if not parts and not subtasks and state == "text":
            # No duties at all: the item is its own line; what follows is not its text. (Not where its number stands
            # alone on its line, (一) / 传达学习《…》。 / 会议要求,…: the lines under the number are the item's — its
            # words were lost, the item left empty, its lines given to the next item's heading — up to the minutes'
            # own closing lines under the last such number, 出席:…, the office and the date that sign them.)
            if text_parts[0].strip():
                end = 0 if len(text_parts) > 1 and not _paragraph_under(text_parts) else None
            else:
                end = next((k for k, t in enumerate(lines) if k and _MINUTES_END.match(t)), None)
            if end is not None:
                trailing = [(t.line or 0, t.rstrip("\n")) for t in lines[end:]] + trailing
                text_parts = text_parts[: end + 1]
        duties, aliases = dutymod.assemble(parts, self.ctx.first_listed_leads)
        if parts.persons and not parts.leaders:
            # 责任人:乙 alone, kept as the item's note too: it stands for the leader until a heading names the leader
            # (scope.apply). Beside 责任领导:甲 both are the item's leaders (dutymod.assemble), no note.
            notes.append((scope.PERSON_NOTE, "、".join(parts.persons)))
        fields = self.ctx.fields
        if len(fields) > 1 and len(set(fields)) < len(fields):
            # The same field twice: several clauses of one item ((责任单位:甲局)…(责任单位:甲局、乙局)).
            duties = dutymod.merged(duties)
        for alias, name in aliases:
            self.ctx.aliases.setdefault(alias, name)
        folded: list[Built] = []
        if subtasks and duties.is_empty() and group_clause(subtasks):
            # 1.完善预案体系 / (1)…(2)…(3)… then one (责任单位:…) line: the clause ends the group, not the last
            # point, and the task is the one item that answers to it, its points its text (every blind annotator
            # who met this shape, four of four, counted the task once; points with clauses of their own stay items).
            closing_point = subtasks[-1]
            duties = closing_point.task.duties
            text_parts += [f"({b.task.number}){b.task.text}" for b in subtasks]
            notes.extend(n for b in subtasks for n in b.task.notes)
            labels += list(closing_point.labels)
            trailing = closing_point.trailing + trailing
            folded, subtasks = subtasks, []
        if subtasks and duties.is_empty() and (shared := group_leaders(subtasks)):
            # 1.… / (1)…牵头单位:甲 (2)…牵头单位:乙 / 责任领导:王某: a leaders' line after the last point, when every
            # point names its own units and none its leader, leads the whole task (it was the last point's alone)
            subtasks = [_inherit(b, Duties(leaders=shared)) for b in subtasks]
        if subtasks and not duties.is_empty():
            subtasks = [_inherit(b, duties) for b in subtasks]
        text = items.join_text(p for p in text_parts if p)
        task = Task(
            id=item_id,
            number=number,
            text=text,
            duties=duties,
            subtasks=tuple(b.task for b in subtasks),
            targets=extract_targets(text),
            notes=tuple(notes),
            line=line,
        )
        first = line
        last = _line_span(line, [*lines, *subtasks, *folded])
        if subtasks and subtasks[-1].trailing:
            trailing = subtasks[-1].trailing + trailing
            subtasks[-1].trailing = []
        after_head = head_clause is None and (bool(parts) or bool(folded))
        return Built(task, trailing, tuple(labels), first, last, inline, after_head, list(subtasks))

    def _continue(self, parts: dutymod.Assembly, kind: str, value: str) -> None:
        """A wrapped duty line: glue it to the value it continues."""
        target = parts.target(kind)
        if target:
            target[-1] = target[-1] + value
        else:
            target.append(value)

    # grammar callbacks --------------------------------------------------------

    def subtask(self, children: list[Any]) -> Built:
        head: Token = children[0]
        m = _SUBTASK_NO.match(head)
        number = int(m[1]) if m else 0
        body = head[m.end() :] if m else str(head)
        item_id = f"{self._parent_number(head.line or 0)}.{number}"
        built = self._item(head, number, item_id, body.strip(), children[1:], [])  # strip(): also the \n
        return _with_closed_paragraphs(built)

    def task(self, children: list[Any]) -> Built:
        head: Token = children[0]
        m = _TASK_NO.match(head)
        number = int(m.group(1)) if m else 0
        lines = [c for c in children[1:] if isinstance(c, Token)]
        subs = [c for c in children[1:] if isinstance(c, Built)]
        seen: set[int] = set()
        for b in subs:
            if b.task.number in seen:
                self.ctx.report("warning", b.first, f"sub-task ({b.task.number}) of task {number} appears twice")
            seen.add(b.task.number)
        body = head[m.end() :].strip() if m else head.strip()
        if m and (own := _OWN_NUMBER.match(body)) and body[own.end() :].strip():
            # 1 | (一)持续加大投入力度。…: the measure's own number, printed again in its cell
            body = body[own.end() :].strip()
        group = self._group(head, body, lines, subs)
        if group is not None:
            return group
        if (
            m
            and not subs
            and len(lines) >= 2
            and all(t.type == "TEXT" for t in lines)
            and len(body) <= _GROUP_TITLE_MAX
            and not _NOT_TITLE.search(body)
            and (grouped := self._titled_group(number, body, lines)) is not None
        ):
            # 1.约束性指标 then paragraphs each closed by its own sentence of who answers (…左右。由X牵头,Y配合。): the
            # numbered line is a group's title over them, as a (6) title over such paragraphs is
            # (ids N-1, N-2 as _titled_group gives them: where a sibling numbered line is a task of its own, _flatten
            # keeps the group's items so, no id twice; where every numbered line is such a title, it counts them)
            grouped[0].task = attrs.evolve(grouped[0].task, heading=str(head).strip())
            title = Task(id="", number=0, text=body, duties=NO_DUTIES, line=head.line or 0)
            return Built(title, [], (), head.line or 0, grouped[-1].last, children=grouped, group=True)
        built = self._item(head, number, str(number), body, lines, subs)
        built.alone = self._group(head, body, lines, subs, single=True)
        return built

    def _group(
        self, head: Token, body: str, lines: list[Token], subs: list[Built], single: bool = False
    ) -> Built | None:
        """1.主要指标的责任部门。 then a paragraph of unnumbered items run together, each closed by its clause
        (甲。(X牵头)乙。(Y牵头)): the numbered line is a group's title, and the items are numbered in
        order under it (as (一)标题。甲…(X牵头)。乙… is read). None if the task is an item itself. With
        ``single``, a title over one such item too (the reading _flatten takes where its siblings are groups)."""
        paragraph = ""
        if not lines and not single and len(body) > 40:
            # 1.主要指标的责任部门。 甲指标:X负责。乙指标:Y牵头,Z配合。 — the paragraph on the title's own line (a
            # page printed on one line): the title is the first sentence, a few words naming no one.
            end = body.find("。")
            if 0 < end <= _GROUP_TITLE_MAX + 4 and not _NOT_TITLE.search(body[:end]):
                body, paragraph = body[: end + 1], body[end + 1 :].strip()
        if subs or len(body) > 40 or items.BRACKET.search(body) or any(t.type != "TEXT" for t in lines):
            return None
        if single and (not lines or len(body) > _GROUP_TITLE_MAX or _NOT_TITLE.search(body)):
            return None  # a title is a few words: a longer line, or one with a sentence's marks, is a wrapped sentence
        # The paragraph's lines joined first: a clause may wrap onto the next line.
        if paragraph:
            # (only statements that each say who answers after a colon: a sentence then items closed by their
            # brackets on one line is one item whose sentences each name some of its units)
            split = _colon_pieces(paragraph)
        else:
            paragraph = items.join_text(t.rstrip("\n") for t in lines)
            split = _run_pieces(paragraph, 1 if single else 2)  # (statements on lines of their own: layout reads them)
        if split is None or (first := split[1][0]) is None or not dutymod.names_role(first):
            return None  # a sentence before the first item: the task's own text, not a group
        found = self._run_items(*split, lines[0].line or 0 if lines else head.line or 0)
        # The title heads the group's first item, as a heading line heads the next item.
        found[0].task = attrs.evolve(found[0].task, heading=str(head).strip())
        title = Task(id="", number=0, text=body, duties=NO_DUTIES, line=head.line or 0)
        return Built(title, [], (), head.line or 0, found[-1].last, children=found, group=True)

    def saw_task(self, tok: Token) -> Token:
        """Lexer callback: remember the task numbers met, so sub-tasks get their id path when built."""
        m = _TASK_NO.match(tok)
        self.ctx.task_numbers.append((tok.line or 0, int(m.group(1)) if m else 0))
        if len(self.ctx.task_numbers) > 2:
            del self.ctx.task_numbers[0]
        return tok

    def saw_section(self, tok: Token) -> Token:
        """Lexer callback: a section heading met (see saw_attachment)."""
        self.ctx.headings_met = True
        return tok

    def saw_attachment(self, tok: Token) -> Token:
        """Lexer callback: 附件2 alone on its line (or with its title) after a list's headings or items starts
        a list of its own (a second list after the signature); before any, it is the front matter's line over
        the one list (kept as text, as any line there). A 附件: line listing files (1.…表 2.…表) is text."""
        title = tok.partition(":")[2]
        began = self.ctx.headings_met or bool(self.ctx.task_numbers)
        tok.type = "SECTION" if began and not _FILE_LIST.search(title) else "TEXT"
        return tok

    def _parent_number(self, line: int) -> int:
        # The parser reduces a sub-task when it sees the next token, which may be the next task.
        for task_line, number in reversed(self.ctx.task_numbers):
            if task_line < line:
                return number
        return 0

    def _header_lines(self, children: list[Any], where: str) -> list[tuple[int, str]]:
        """The lines between a section or sub-section heading and its first task."""
        out = []
        for c in children:
            if not isinstance(c, Token):
                continue
            # (where fields head the items, the block under a heading is its first item's: read, no orphan)
            if c.type == "DUTY" and not self._leader_head(str(c)) and not self.ctx.fields_above:
                self._orphan_duties(c, f" ({where})")
            elif c.type == "SUBTASK":
                self.ctx.report(
                    "warning",
                    c.line or 0,
                    f"sub-task “{c[:12]}…” comes before any numbered task ({where})",
                    c[:3],
                )
            out.extend(items.token_lines(c))
        return out

    def _unread_clauses(self, intro: list[tuple[int, str]], built: list[Built], where: str) -> None:
        """A line of a heading's introduction (before its first item) that names who answers is said:
        nothing that names a duty may go unread without a finding."""
        first = min((b.task.line for b in built), default=None)
        for line, text in intro:
            if first is not None and line >= first:
                break
            clause = items.split_inline(text)[1]
            if (
                clause is not None
                and dutymod.names_role(clause)
                and _following_roles(text) is None
                and not _group_heading(text)  # (党委组织部(联系校领导:X) over the first items: read as their heading)
                and _bracketed_fields(text) is None  # ((责任领导:X;牵头单位:Y) under the heading: its items take it)
                and not frontmod.is_chrome(text)  # (主办:X 承办:Y, a site's footer)
            ):
                # ((以下两项由X牵头…) is read: the items after it take its roles)
                message = (
                    f"a paragraph names who answers but was read as an introduction ({where}), not an item: “{text}”"
                )
                self.ctx.report("warning", line, message, text[:4], code=NOT_READ)

    def _fields_over_items(self, lines: list[Token], tasks: list[Built]) -> tuple[list[Token], scope.Roles]:
        """A heading's own duty lines before its first item (一、农牧业提质增效 / 责任领导:… / 牵头单位:… / 配合单位:… /
        1.… 2.…: a block printed once for the items under it): the lines without them and what they give those
        items (scope.apply fills only what an item does not say). Where no item follows, the lines name no one, or
        they give no item anything (each names its own: a stray line), the lines as they were (each said as not
        read)."""
        if not tasks or not any(t.type == "DUTY" for t in lines):
            return lines, scope.Roles()
        fields = [
            text
            for t in lines
            if t.type == "DUTY" and not self._leader_head(str(t))
            for _, text in items.token_lines(t)
        ]
        roles = _fields_roles(fields) if fields else scope.Roles()
        if not roles or _fills_nothing(roles, tasks):
            return lines, scope.Roles()
        return [t for t in lines if t.type != "DUTY" or self._leader_head(str(t))], roles

    def _own_sentence(self, value: str, line: int, above: int | None, below: int | None) -> bool:
        """…。此项实事由副市长X负责,Y牵头…: a sentence on this one item that ends the line of the item's words (cut from
        it: the same source line, nothing of that line after it): its own clause, read with its words, not a sentence on
        a group — as one on a line of its own is, or one that more of the paragraph follows (…配合。各牵头单位要…)."""
        source = self.ctx.layout.source_line
        return (
            value.lstrip().startswith(_THIS_ONE)
            and above is not None
            and source(line) == source(above)
            and (below is None or source(below) != source(line))
        )

    def _subsection_roles(self, sub: Subsection) -> scope.Roles:
        """What a sub-section's heading and the lines under it give its items: as a part's (_section), the leader
        field under the heading beside the lead unit its title names ((一)区教育局牵头的工作 / 分管领导:罗晓梅)."""
        lines = [text for text in sub.intro.split("\n") if text.strip()]
        heads = [roles for text in lines if (roles := self._leader_head(text) or _person_heading(text))]
        if heads:
            return scope.merge(_title_roles(sub.title), heads[-1])
        return _title_roles(sub.title) or _with_leaders(_intro_roles(sub.intro), _group_leaders(sub.intro))

    def _leader_head(self, text: str) -> scope.Roles:
        """The leader a leader field names where such fields head the items after them (ctx.leaders_above)."""
        if not self.ctx.leaders_above or (field := _leader_field(text.strip())) is None:
            return scope.Roles()
        return scope.Roles(units.leaders_of(units.split_names(field)))

    def _orphan_duties(self, tok: Token, where: str) -> None:
        """Duty lines before any numbered item: an error each, the line quoted so nothing is lost."""
        for line, text in items.token_lines(tok):
            label = text.split(":", 1)[0]
            message = f"{label} line is not under any numbered item{where}; it was not read as a duty: “{text}”"
            self.ctx.report("error", line, message, label, code=NOT_READ)

    def _subsection_as_item(self, head: Token, lines: list[Token]) -> Built:
        m = _CN_NO.match(head)
        number = chinese_number(m.group(1)) if m else 0
        body = head[m.end() :] if m else head.strip()
        # Its (1)(2) points are text of the item (as they would be under a 1. item with no duties of their own).
        usable = [Token("TEXT", t, line=t.line) if t.type == "SUBTASK" else t for t in lines]
        said = [t for t in usable if str(t).strip()]
        if (
            self.ctx.minutes
            and len(said) == 1
            and said[0].type == "TEXT"
            and not frontmod.signed_by(str(said[0]).strip())
        ):
            # (not the notice's imprint under its last item: 某区人民政府办公室 2021年3月2日印发 is no paragraph of it)
            # (一)关于…问题 over one paragraph of the minutes (会议听取了…。会议决定,由X牵头,…): its decision a line of
            # its own, every sentence the item's words, as under a 一、 topic (the paragraph was lost)
            return self._topic_item(head, number, body.strip(), said[0])
        return self._item(head, number, str(number), body.strip(), usable, [])

    def _topic_item(self, head: Token, number: int, title: str, paragraph: Token) -> Built:
        """A minutes' topic over one paragraph: the item, its decision (the last sentence) its clause, every other
        sentence its words."""
        item = self._item(head, number, str(number), title, _decision_lines(paragraph), [])
        if item.trailing and not item.task.subtasks:
            # (…确保6月份开工。副县长刘振东负责协调。: a last sentence no clause reading took is still the
            # paragraph's, the item's words — the prose reading finds who it names)
            words = items.join_text([item.task.text, *(line for _, line in item.trailing)])
            item.task = attrs.evolve(item.task, text=words)
            item.trailing = []
        return item

    def _single_in(self, head: Token, lines: list[Token]) -> list[Built]:
        """The one item of a sub-section whose heading is followed by a single paragraph with its clause, beside
        sub-sections that hold items: the heading's words and the paragraph's, as where every sub-section is one item
        ((一)加强…建设。 / 全年完成…(牵头责任人:甲): the heading, a sentence, says the task, the paragraph how much)."""
        found = self._unnumbered_in(head, lines, single=True)
        # (only a heading that says a task, a sentence: 现代农业 / 新建…(甲局牵头) is a category's title over its item)
        said = head.rstrip().endswith(("。", ";", "；"))
        return [self._subsection_as_item(head, lines)] if len(found) == 1 and said else found

    def _unnumbered_in(self, head: Token, lines: list[Token], single: bool = False) -> list[Built]:
        m = _CN_NO.match(head)
        title = head[m.end() :].strip() if m else head.strip()
        _, found = self._unnumbered(lines, bool(scope.heading_roles(title)), single=single)
        return found

    def subsection(self, children: list[Any]) -> tuple[Token, list[Token], list[Built]]:
        head: Token = children[0]
        lines = [c for c in children[1:] if isinstance(c, Token)]
        tasks = _flatten([c for c in children[1:] if isinstance(c, Built)])
        if self.ctx.numbering_restarts or _titles_over_points(tasks):
            tasks = _points_as_items(tasks)
        if not tasks and any(c.type == "SUBTASK" for c in lines) and not items.split_inline(head)[1]:
            # (一) then (1)(2)… with no 1. level, each naming who answers: the (n) are the items. Points of
            # an item whose duties come once, after them ((一)推进…:(1)…(2)… 牵头单位:…), stay its points.
            kept = len(self.ctx.diagnostics)
            before, numbered = self._numbered_by_subtask(lines)
            if numbered and all(not b.task.duties.is_empty() for b in numbered):
                lines, tasks = before, numbered
            else:
                del self.ctx.diagnostics[kept:]
        if not tasks:
            run = self._run_together(head)
            if run is not None:
                return run[0], lines, run[1]
        return head, lines, tasks

    def _run_together(self, head: Token) -> tuple[Token, list[Built]] | None:
        """(一)标题。甲…(X牵头)。乙…(Y负责,Z牵头)。 — a sub-section whose paragraph runs several unnumbered
        items together, each closed by its clause: its title (the first sentence, when it names no one)
        and its items, numbered in order. None when the paragraph holds fewer than two such clauses."""
        m = _CN_NO.match(head)
        if m is None:
            return None
        body = head[m.end() :].strip()
        split = _run_pieces(body)
        if split is None:
            return None
        pieces, clauses = split
        title = ""
        first_end = pieces[0].find("。")
        if 0 < first_end <= 40 and items.BRACKET.search(pieces[0][:first_end]) is None:
            title, pieces[0] = pieces[0][: first_end + 1], pieces[0][first_end + 1 :].strip()
        line = head.line or 0
        found = self._run_items(pieces, clauses, line)
        new_head = Token("SUBSECTION", f"{head[: m.end()]}{title.rstrip('。')}", line=line)
        return new_head, found

    def _run_items(self, pieces: list[str], clauses: list[str | None], line: int) -> list[Built]:
        """The items of a paragraph run together (see _run_pieces), numbered in order; pieces before
        the first item, naming no one, are left out."""
        found: list[Built] = []
        for piece, clause in zip(pieces, clauses, strict=True):
            if clause is None or not dutymod.names_role(clause):
                if not found:
                    continue
                # Text after the last clause (…(X牵头),支持企业建设研发中心。) ends that item's sentence.
                last = found[-1].task
                text = last.text + ("" if last.text.endswith(("。", ";", "!", "?")) else ",") + piece
                found[-1].task = attrs.evolve(last, text=text, targets=extract_targets(text))
                continue
            number = len(found) + 1
            found.append(self._item(Token("TEXT", piece, line=line), number, str(number), piece, [], []))
        return found

    def section(self, children: list[Any]) -> BuiltSection:
        head: Token = children[0]
        if frontmod.ATTACHMENT_LINE.match(head.strip()) is not None:
            return self._attachment(head, children)
        m = _CN_NO.match(head)
        number = chinese_number(m.group(1)) if m else 0
        title = head[m.end() :].strip() if m else head.strip()
        where = f"section {m.group(1) if m else number}"
        lines = [c for c in children[1:] if isinstance(c, Token)]
        tasks = _flatten([c for c in children[1:] if isinstance(c, Built)])
        if (self.ctx.numbering_restarts and head.lstrip().startswith("(")) or _titles_over_points(tasks):
            tasks = _points_as_items(tasks)  # (一) headings with no 一、 above them: the top level
        subs = [c for c in children[1:] if isinstance(c, tuple)]
        if not tasks and not subs and any(c.type == "SUBTASK" for c in lines):
            lines, tasks = self._numbered_by_subtask(lines)
        if (
            m is not None
            and not tasks
            and not subs
            and not any(t.type != "TEXT" for t in lines)
            and not _CLAUSE_THEN_COMMA.search(head)
        ):
            # 一、关于招商引资。甲…。(X牵头,Y配合)乙…。(Z负责) — a title sentence, then on the same line unnumbered
            # items run together, each closed by its clause: the section's items, as a (一) heading's are read. Not
            # where a clause goes on after a comma (推进甲(X牵头),加快乙(Y负责),确保…): one item's sentence, its
            # parts each naming some of its units.
            run = self._run_together(head)
            if run is not None and run[0][m.end() :].strip():
                title, tasks = run[0][m.end() :].strip(), run[1]
        said = [t for t in lines if str(t).strip()]
        if (
            not tasks
            and not subs
            and (
                _own_clause(title)
                or (self.ctx.minutes and prose.clause_of(title) is not None)
                # 三、扩大学前教育资源。… / (责任领导:…;牵头单位:…): its clause's bracket wrapped onto the next line alone
                or (len(said) == 1 and said[0].type == "TEXT" and _clause_alone(str(said[0])) is not None)
            )
        ):
            # Items numbered 一、二、 with no section level: the heading carries its own clause — in a bracket, or
            # said by its sentence (一、关于老旧小区改造。…由市住建局牵头,市财政局配合…). Only if no section of the
            # notice has items of its own (start() decides); else a section.
            kept = len(self.ctx.diagnostics)
            plain = self._section(head, number, title, where, lines, [], [])
            plain.held = self.ctx.diagnostics[kept:]  # (its lines "under no item": said only if it is used)
            del self.ctx.diagnostics[kept:]
            item = self._item(head, number, str(number), title, [t for t in lines if t.type != "SUBTASK"], [])
            return self._item_section(item, plain, where)
        if (
            not tasks
            and not subs
            and _fields_then_duties(lines)
            and len(title) > 0
            and not any(t.type == "TEXT" and _bracket_beside(t) for t in lines)
        ):
            # 一、新建300个公共充电桩项目 then its own duty lines (牵头单位:…), maybe after fields that say what
            # it does (建设内容:…): the heading is the item, numbered 一, 二 … — unless some section holds items of
            # its own (start() decides).
            kept = len(self.ctx.diagnostics)
            if lines[0].type == "DUTY":
                plain = self._section(head, number, title, where, lines, [], [])
            else:
                # 建设内容:… before the duty lines: read as a section, that paragraph and its lines are its item
                # (as they were before this reading), never lines under no item.
                before, found = self._unnumbered(lines, bool(scope.heading_roles(title)))
                plain = self._section(head, number, title, where, before, found, [])
            plain.held = self.ctx.diagnostics[kept:]  # its lines "under no item": said only if it is used
            del self.ctx.diagnostics[kept:]
            item = self._item(head, number, str(number), title, [t for t in lines if t.type != "SUBTASK"], [])
            return self._item_section(item, plain, where)
        if m is not None and not subs and _points_of_section(lines, tasks):
            # 一、提升供水保障 / 目标任务:… / 工作措施: / 1.…; 2.…; 3.…。 then 牵头单位:…, 责任单位:… lines: the fields
            # close the matter, not its last point — the 一、 line is the item, its points its text (as a task's
            # points (1)(2) with one clause after them are read, context.group_clause) — unless some section holds
            # items of its own (start() decides).
            item = self._item(head, number, str(number), title, [t for t in lines if t.type != "SUBTASK"], tasks)
            kept = len(self.ctx.diagnostics)
            plain = self._section(head, number, title, where, lines, tasks, [])
            plain.held = self.ctx.diagnostics[kept:]
            del self.ctx.diagnostics[kept:]
            return self._item_section(item, plain, where)
        said = [t for t in lines if str(t).strip()] if not tasks and not subs else []
        footer: list[Token] = []
        if self.ctx.minutes and len(said) > 1 and all(_MINUTES_END.match(str(t)) for t in said[1:]):
            said, footer = said[:1], said[1:]  # (出席:…, 列席:…, 送:… after the last topic: the minutes' own end)
        if (
            len(said) == 1
            and said[0].type == "TEXT"
            and title
            and (
                _by_line(str(said[0]))
                or _decided(str(said[0]))
                or (self.ctx.minutes and prose.clause_of(str(said[0])) is not None)
                # (一、关于燃气安全工作 / 会议要求立即开展…大检查。: a decided matter of minutes that names no one
                # is one of the minutes' items all the same, its duties empty — never dropped with its words)
                or (self.ctx.minutes and title.startswith(("关于", "關於")))
            )
        ):
            # 一、支持A级景区创建。 then 由市文旅局会同市财政局组织落实。 on a line of its own: the heading is the item,
            # that line its clause — unless some section holds items of its own (start() decides). In minutes, a
            # topic (一、关于…) over one paragraph whose sentences say who answers (会议决定,由X牵头,Y配合…。副县长Z
            # 负责。): the topic is the item, its paragraph the item's words (prose.with_prose_duties reads them).
            kept = len(self.ctx.diagnostics)
            before, found = ([], []) if self.ctx.minutes else self._unnumbered(lines, bool(scope.heading_roles(title)))
            if len(found) == 1:
                # (二、其他 / 开展全民健身活动。由市体育局牵头,市教育局配合。 beside parts that hold items: read as a part
                # heading after all, its paragraph is its item 1 — closed by its own clause — not the part's intro,
                # whose clause no one would read)
                plain = self._section(head, number, title, where, before, found, [])
                plain.held = self.ctx.diagnostics[kept:]
                del self.ctx.diagnostics[kept:]
            else:
                del self.ctx.diagnostics[kept:]
                plain = self._section(head, number, title, where, lines, [], [])
            item = self._topic_item(head, number, title, said[0])
            built = self._item_section(item, plain, where)
            built.tail = [(t.line or 0, str(t).rstrip("\n")) for t in footer]
            return built
        if not tasks and not subs:
            lines, tasks = self._unnumbered(lines, bool(scope.heading_roles(title)))
            if len(tasks) == 1 and not any(t.type == "DUTY" for t in lines) and 0 < len(title) <= 40:
                # 一、推进重大项目建设 and one paragraph that ends in its clause: the heading and its
                # paragraph are one item (numbered 一, 二 …), unless some section holds items of its
                # own (start() decides, as for a heading with a clause).
                plain = self._section(head, number, title, where, lines, tasks, subs)
                only = tasks[0].task
                text = f"{title} {only.text}"
                item = attrs.evolve(
                    tasks[0], task=attrs.evolve(only, id=str(number), number=number, text=text, line=head.line or 0)
                )
                built = self._item_section(item, plain, where)
                built.paragraph = True
                return built
        if (
            m is not None
            and (tasks or subs)
            and items.split_inline(title)[1] is not None
            and _reads_as_task(items.split_inline(title)[0])
            and (under := [*tasks, *(b for _, _, bs in subs for b in bs)])
            # ((一)…(二)… headings with no item of their own under it are its items, read later: the clause is theirs)
            and _fills_nothing(_clause_roles(title, helpers=False), under)
        ):
            # 一、减少扶贫对象6万人。(责任单位:甲局,各县区)该件已完成 over items 1. 2. that name their own
            # units: both levels answer for work, so the heading is an item too (id 一, before its items),
            # not a clause for items that need none (it was dropped unread). A heading clause that gives
            # the items something they lack (三、保障措施(牵头领导:甲、乙) over items with units) is their scope.
            item = self._item(head, number, m.group(1), title, [], [])
            title = item.task.text
            tasks = [item, *tasks]
        if m is not None and not tasks and not subs and not said and _reads_as_task(title):
            # 二、关于乙工作。全年建成12处… alone, between 一、 and 三、 lines that are items (each with its clause): an
            # item that names no one (fyplan check says so), not a heading over nothing (it was lost) — start()
            # keeps it so only where the notice's 一、 lines are items and no section holds items of its own.
            plain = self._section(head, number, title, where, lines, [], [])
            item = self._item(head, number, str(number), title, [], [])
            built = self._item_section(item, plain, where)
            built.bare = True
            return built
        return self._section(head, number, title, where, lines, tasks, subs)

    def _attachment(self, head: Token, children: list[Any]) -> BuiltSection:
        """附件2 (maybe with its title after a colon, else on the next short line) over a list: a part whose
        title is the attachment's as printed (附件2 2023年民生实事责任分解); numbered after the list before it
        by document.assemble, which takes it for the front matter's where no list came before."""
        lines = [c for c in children[1:] if isinstance(c, Token)]
        title = head.strip()
        said = [k for k, t in enumerate(lines) if str(t).strip()]
        titled: list[tuple[int, str]] = []
        if ":" not in title and said and lines[said[0]].type == "TEXT" and _attachment_title(str(lines[said[0]])):
            titled = items.token_lines(lines.pop(said[0]))
            title = f"{title} {' '.join(text for _, text in titled)}"
        where = f"attachment {head.strip()[:10]}"
        tasks = _flatten([c for c in children[1:] if isinstance(c, Built)])
        subs = [c for c in children[1:] if isinstance(c, tuple)]
        if not tasks and not subs:
            # (附件:…(略) and then the page's links and footer: no item of the attachment's)
            kept: list[Token] = []
            page: list[Token] = []
            for t in lines:
                (page if t.type == "TEXT" and frontmod.is_chrome(str(t).strip()) else kept).append(t)
            lines, tasks = self._unnumbered(kept, False)
            lines += page
        made = self._section(head, 0, title, where, lines, tasks, subs)
        made.attachment = True
        header = len(items.token_lines(head))
        made.lines[header:header] = titled  # (its lines, in order, should it be the front matter's after all)
        return made

    def _item_section(self, item: Built, plain: BuiltSection, where: str) -> BuiltSection:
        """A 一、 line read as an item (no section level), with its reading as a section heading for
        start() to fall back on when some section holds items of its own."""
        built = self._section(None, 0, "", where, [], [item], [])
        built.item_section = True
        built.plain = plain
        return built

    def _plain_again(self, sections: list[BuiltSection], which: Callable[[BuiltSection], bool]) -> list[BuiltSection]:
        """``sections`` with those ``which`` picks read as section headings after all (their plain
        reading), and what that reading reported said now."""
        out = [b.plain if which(b) and b.plain is not None else b for b in sections]
        for b in out:
            self.ctx.diagnostics.extend(b.held)
            b.held = []
        return out

    def _closing_habit(self) -> bool:
        """Does the text close paragraphs with a sentence of who answers (…达到100。由市甲局牵头,市乙局配合。) twice or
        more? Then a paragraph closed by one body's 由X负责。 is an item too — alone, such a sentence closes a
        requirement, no task. (Asked of the whole text once: a part may hold one paragraph of each kind.)"""
        if self.ctx.closing_habit is None:
            said = (line for line in self.ctx.layout.text.split("\n") if "由" in line)
            self.ctx.closing_habit = sum(1 for line in said if _closing_names_who(line)) >= _CLOSING_HABIT
        return self.ctx.closing_habit

    def _unnumbered(
        self, lines: list[Token], scoped: bool, single: bool = True, each_line: bool = False
    ) -> tuple[list[Token], list[Built]]:
        """Items with no number: paragraphs (one line or wrapped over several) that end in a clause or
        are followed by duty lines, and, where the heading names who answers, every paragraph. Ids are
        their ordinals. Returns the lines before the first item and the items; with ``single`` false,
        one paragraph alone is not taken for an item (it continues its heading)."""
        groups: list[list[Token]] = []  # each: text pieces, then its duty lines
        done: list[bool] = []
        chrome: set[int] = set()  # the groups that are a page's chrome (no item, even under a heading naming who)
        lead: list[Token] = []
        closing_habit = not each_line and self._closing_habit()
        for tok in lines:
            if tok.type == "DUTY":
                if groups:
                    groups[-1].append(tok)
                    done[-1] = True
                else:
                    lead.append(tok)
                continue
            for piece in _paragraph_pieces(tok.rstrip("\n"), each_line):
                piece_token = Token("TEXT", piece, line=tok.line)
                if each_line and groups and not done[-1] and _by_line(piece):
                    # ——由甲会同乙组织落实。 after paragraphs: each paragraph since the last such line is an
                    # item it answers for (before the first such line, back to the page's title or preamble:
                    # a line that is no finished sentence, or one that announces what follows).
                    since = len(done) - 1
                    while (
                        since > 0 and not done[since - 1] and (any(done[:since]) or _task_paragraph(groups[since - 1]))
                    ):
                        since -= 1
                    for k in range(since, len(groups)):
                        groups[k].append(piece_token)
                        done[k] = True
                    continue
                # ``each_line``: every line its own paragraph (a page with no structure at all, where
                # only the line just above the duty lines is the item, not the article before it) —
                # unless it goes on from a long line just above that stopped mid-sentence (a wrap).
                if frontmod.is_chrome(piece.strip()):
                    # 【打印】【关闭】【返回顶部】 under the last item: a page's chrome, a paragraph of its own and never
                    # an item (【返回顶部】 is no bracketed clause naming a 部)
                    groups.append([piece_token])
                    done.append(False)
                    chrome.add(len(groups) - 1)
                    continue
                if not each_line and (covered := _covered_paragraphs(groups, done, piece)):
                    # 加快实施…。 / 抓好…。 / 以上工作由X牵头,Y配合。: the sentence answers for the paragraphs since the last
                    # item (or as many as it counts, 以上两项…: those before them stay the words they were), each a task of
                    # its own (they were one item, the heading's), the sentence the clause of each (as a ——由…组织落实。
                    # line is on a page with no structure); a paragraph after it starts the next.
                    paragraphs = groups.pop()
                    done.pop()
                    if len(paragraphs) > covered:
                        groups.append(paragraphs[:-covered])
                        done.append(False)
                    for paragraph in paragraphs[-covered:]:
                        groups.append([paragraph, piece_token])
                        done.append(True)
                    continue
                words, clause = items.split_inline(piece)
                if each_line and groups and not words.strip() and clause is not None:
                    # (主体责任:甲,监督责任:乙) alone on the line under a sentence (or under its first bracket):
                    # that sentence's clause.
                    groups[-1].append(piece_token)
                    done[-1] = done[-1] or dutymod.names_role(clause)
                    continue
                if (
                    not groups
                    or done[-1]
                    or len(groups) - 1 in chrome
                    or (each_line and not _goes_on(groups[-1][-1], piece_token))
                ):
                    groups.append([])
                    done.append(False)
                groups[-1].append(piece_token)
                # An unnumbered paragraph is an item only by a clause that names a role (a label or a
                # verb): a bracket of one name after a body (督查室(市政府办公室)) is an alias. A line
                # that is only a clause (由各部门,各县区政府负责落实) closes the paragraph before it.
                done[-1] = (
                    (clause is not None and dutymod.names_role(clause))
                    or (len(groups[-1]) > 1 and _verb_line(piece) is not None)
                    or (not each_line and _closed_by_groups(piece))  # …(依据…),责任单位为区发改委;
                    # …。由市卫生局负责,市财政局配合。: a last sentence that says who answers (not on a page with no
                    # structure, where such sentences are a report's)
                    or (not each_line and "由" in piece and _closing_names_who(piece))
                    or (
                        closing_habit
                        and "由" in piece
                        and _closing_by(piece) is not None
                        and _REQUIREMENT.match(piece) is None
                    )
                    # 国内生产总值增长6.5%。这项工作由国家发展改革委负责,去年…: a title, then who answers
                    or (len(groups[-1]) == 1 and _titled_lead_in(piece) is not None)
                    # 在扩大消费方面,由市商务局、市旅游局负责,大力发展…: the work's field, then who answers for it
                    or (len(groups[-1]) == 1 and _field_lead_in(piece) is not None)
                    # (minutes or a speech: 要压实部门监管责任。市安委办要牵头修订…,各成员单位要… — a paragraph whose
                    # sentences give the work to bodies by a role's verb, as its numbered matters do)
                    or (self.ctx.minutes and not each_line and _said_in_prose(piece))
                    # 县城市管理局:牵头负责…; 县教育局、县卫生健康局:分别负责…: a body's remit under a 职责分工 heading
                    or (len(groups[-1]) == 1 and not each_line and _remit_of_bodies(piece))
                )
        if each_line:
            groups, done = _with_points(groups, done)
        else:
            groups, done = _intro_apart(groups, done)
        takes = [closed or (scoped and k not in chrome) for k, closed in enumerate(done)]
        kept = [g for g, taken in zip(groups, takes, strict=True) if taken]
        if not kept or (len(kept) == 1 and not single and not scoped):
            return lines, []
        first = kept[0][0].line or 0
        lead += [t for t in lines if (t.line or 0) < first and t.type != "DUTY"]
        # Paragraphs before the first item on its own line (a page joined into one line): kept with the
        # lines before it, never dropped.
        first_kept = takes.index(True)
        lead += [t for g in groups[:first_kept] for t in g if (t.line or 0) == first]
        found: list[Built] = []
        number = 0
        for group, taken in zip(groups, takes, strict=True):
            if taken:
                number += 1
                head, *followers = group
                # (——深化… / --深化… / ·深化…: the dash or dot that bullets an unnumbered item is no word of it)
                body = _BULLET.sub("", str(head).strip(), count=1) or str(head).strip()
                found.append(self._item(head, number, str(number), body, followers, []))
            elif found:
                # A paragraph that is no item, after one: kept as the text that follows that item
                # (a heading for the next, or the section's closing lines), never dropped.
                found[-1].trailing.extend((tok.line or 0, str(tok).rstrip("\n")) for tok in group)
        return lead, found

    def _closed_paragraphs(self, front: list[Token]) -> tuple[list[Token], list[Built]] | None:
        """The paragraphs a page's front ends with, as items, where each is closed by a clause that names who
        answers (a bracket of its own, or a line saying who leads), with the lines before them; None (and nothing
        reported) where they are not all so closed (a preamble, a covering notice: they name nobody)."""
        if not any(t.type == "TEXT" and items.BRACKET.search(t) for t in front):
            return None
        kept = len(self.ctx.diagnostics)
        before, found = self._unnumbered(_paragraphs(front), scoped=False, each_line=True)
        if not found or not all(
            not b.task.duties.is_empty() and (b.inline or _closed_by_lead_clause(front, b)) for b in found
        ):
            del self.ctx.diagnostics[kept:]
            return None
        return before, found

    def _end_of_earlier_section(self, front: list[Token], first: int) -> tuple[list[Token], BuiltSection | None]:
        """A later page that opens with the last items of a section begun on the page before (its first heading,
        十一、, is above 一): the paragraphs before that heading, each closed by a clause that names who answers
        (``_closed_paragraphs``), are items of section ``first`` - 1, numbered from the page's start, each said in
        a warning. The front as it was, and None, where they are not all so closed."""
        closed = self._closed_paragraphs(front)
        if closed is None:
            return front, None
        before, found = closed
        number = first - 1
        where = f"section {to_chinese(number)}"
        for b in found:
            self.ctx.report(
                "warning",
                b.first,
                f"read as an item of {where}, which begins on an earlier page (this one starts with section "
                f"{to_chinese(first)}); numbered from the page's start",
                str(b.task.text)[:20],
            )
        self.ctx.front_lines = [line for t in before for line in items.token_lines(t)]
        return before, self._section(None, number, "", where, [], found, [])

    def _titled_group(self, number: int, title: str, lines: list[Token]) -> list[Built] | None:
        """(6)促进人口健康发展。 then paragraphs each closed by its own clause of who answers: the numbered line is
        a group's title and the paragraphs its items (ids 6-1, 6-2 …, the title heading the first), as under a
        (一) heading. None where the title names who answers itself or fewer than two such paragraphs follow it."""
        if len(lines) < 2 or items.split_inline(title)[1] is not None or len(title) > _GROUP_TITLE_MAX * 2:
            return None
        kept = len(self.ctx.diagnostics)
        before, found = self._unnumbered(lines, scoped=False, single=False)
        if len(found) < 2 or before or not all(b.inline and not b.task.duties.is_empty() for b in found):
            del self.ctx.diagnostics[kept:]
            return None
        for k, b in enumerate(found, start=1):
            heading = f"({number}){title}" if k == 1 else b.task.heading
            b.task = attrs.evolve(b.task, id=f"{number}-{k}", number=k, heading=heading, point=True)
        return found

    def _tail_of_earlier_item(self, front: list[Token], first: int) -> tuple[list[Token], list[Built]]:
        """A later page of a long notice opens inside an item begun on the page before (its first number,
        ``first``, is above 1): the paragraphs the page opens with, each closed by a clause that names who answers
        (``_closed_paragraphs``), are that item's end — items numbered ``first`` - 1, said in a warning. Returns the
        lines before them and the items; the front as it was, and none, where they are not all so closed."""
        closed = self._closed_paragraphs(front) if first > 1 else None
        if closed is None:
            return front, []
        before, found = closed
        number = first - 1
        for b in found:
            b.task = attrs.evolve(b.task, id=str(number), number=number)
            self.ctx.report(
                "warning",
                b.first,
                f"read as the end of item {number}, which begins on an earlier page (this one starts with item {first})",
                str(b.task.text)[:20],
            )
        return before, found

    def _numbered_by_subtask(self, lines: list[Token]) -> tuple[list[Token], list[Built]]:
        """A section whose items are numbered (1)(2)… with no 1. level: each (n) is an item.

        Lines after the last one that say who answers for items by their numbers (第3、4项由X牵头负责) are the
        group's: each goes to the items it numbers. A 由X负责 line there, under items none of which names who
        answers, answers for them all (a sentence of the group, as it does under unnumbered paragraphs)."""
        starts = [i for i, c in enumerate(lines) if c.type == "SUBTASK"]
        end_of_items = len(lines)
        while end_of_items - 1 > starts[-1] and _group_line(str(lines[end_of_items - 1])):
            end_of_items -= 1
        group = lines[end_of_items:]
        by_number: dict[int, list[Token]] = {}
        everyone: list[Token] = []
        for t in group:
            m = _BY_NUMBER.match(str(t).strip())
            if m is None:
                everyone.append(t)
                continue
            clause = Token("TEXT", str(t).strip()[m.end("numbers") :].lstrip("项項工作任务務均都"), line=t.line)
            for n in _numbers(m.group("numbers")):
                by_number.setdefault(n, []).append(clause)
        heads: list[tuple[Token, int, str, list[Token]]] = []
        for start, end in zip(starts, [*starts[1:], end_of_items], strict=True):
            head = lines[start]
            m = _SUBTASK_NO.match(head)
            number = int(m.group(1)) if m else 0
            body = head[m.end() :] if m else str(head)
            heads.append((head, number, body.strip(), lines[start + 1 : end]))
        if by_number and not set(by_number) <= {number for _, number, _, _ in heads}:
            # (a number no item here has: the lines are read as before, the last item's)
            heads[-1] = (*heads[-1][:3], [*heads[-1][3], *group])
            by_number, everyone = {}, []
        numbered: list[Built] = []
        grouped: list[Built] | None = None
        for head, number, body, own in heads:
            grouped = None if by_number else self._titled_group(number, body, own)
            if grouped:
                numbered.extend(grouped)
            else:
                numbered.append(self._item(head, number, str(number), body, [*own, *by_number.get(number, [])], []))
        if everyone:
            if all(b.task.duties.is_empty() for b in numbered):
                numbered = [
                    self._item(head, number, str(number), body, [*own, *by_number.get(number, []), *everyone], [])
                    for head, number, body, own in heads
                ]
            elif grouped:
                # (the last (n) a group's title over its paragraphs, each with its clause: the lines follow its last
                # paragraph, kept as text and said — whose they are cannot be told, and no paragraph is read again as
                # the title's item)
                grouped[-1].trailing.extend((t.line or 0, str(t).rstrip("\n")) for t in everyone)
                for t in everyone:
                    text = str(t).strip()
                    self.ctx.report(
                        "warning",
                        t.line or 0,
                        f"a line after the last item of group ({heads[-1][1]}) names who answers, but each item names "
                        f"its own: kept as text, not read as a duty: “{text}”",
                        text[:4],
                        code=NOT_READ,
                    )
            else:
                head, number, body, own = heads[-1]
                numbered[-1] = self._item(
                    head, number, str(number), body, [*own, *by_number.get(number, []), *everyone], []
                )
        return lines[: starts[0]], numbered

    def _lost_numbers(self, built: list[Built], where: str) -> list[Built]:
        """Items whose numbers were lost (a mirror's broken bytes ate (二), leaving ?。ǘ┩ before the text): lines
        right after an item, each a sentence closed by its own clause that names who answers, are the missing
        items where the evidence says a number was there — the numbering skips exactly as many numbers as there
        are such lines before the next item, or the line starts with broken bytes (and the numbering leaves room:
        up to the next number, or after the last item of the part). Each is numbered in order, with a warning.
        A line that opens as more of an item (其中, 以上, 同时 …) is never one; a line the numbering leaves no room
        for stays where it was read (the next item's heading), with a warning. Nothing is lost either way."""
        out: list[Built] = []
        for k, b in enumerate(built):
            out.append(b)
            lines = b.trailing_lines()
            run = 0
            while run < len(lines) and _whole_item(lines[run][1]):
                run += 1
            if run == 0:
                continue
            number = b.task.number
            following = built[k + 1].task.number if k + 1 < len(built) else None
            eligible = [i for i in range(run) if not _GOES_ON.match(lines[i][1])]
            # 其中…(X配合) / 同时…(Y负责): a line that says it goes on with the item, whatever it names.
            going_on = [i for i in range(run) if _SAYS_MORE.match(lines[i][1]) and not _ON_ALL.search(lines[i][1])]
            broken = [i for i in eligible if _BROKEN_START.match(lines[i][1])]
            room = len(broken) if following is None else following - number - 1
            if following is not None and 0 < len(eligible) == room:
                chosen = eligible  # 1. … / a line with its clause / 3. …: the line is item 2
            else:
                chosen = broken if len(broken) <= room else []
            # A line no number is left for, where the numbering runs on (not a restart: a heading over a new group)
            # and the next item names who answers itself (else the line is the heading the items after it take their
            # roles from), may be more of the item before it: a paragraph that goes on with its own clause.
            runs_on = following is not None and following > number and _named_below(built, k + 1)
            more = [i for i in eligible if i not in chosen] if runs_on else []
            if not chosen and not more and not going_on:
                continue
            kept: list[tuple[int, str]] = []  # lines that stay, after the item before them
            at_item = b
            made_count = 0
            for i, (at, line) in enumerate(lines):
                if i in going_on and self._goes_on_with(at_item, at, line, said=True):
                    continue
                if i in more and self._goes_on_with(at_item, at, line):
                    continue
                if i in more:
                    missing = (
                        "no number is missing for it"
                        if room <= 0
                        else f"{len(eligible)} such lines stand where {room} number{'s are' if room > 1 else ' is'} missing"
                    )
                    self.ctx.report(
                        "warning",
                        at,
                        f"this line names who answers for its own work but has no number, and {missing} between "
                        f"item {at_item.task.id} and item {built[k + 1].task.id}: kept as the heading of item "
                        f"{built[k + 1].task.id}, which names who answers itself, so no item takes this line's units",
                    )
                if i not in chosen:
                    kept.append((at, line))
                    continue
                at_item.trailing = kept
                kept = []
                made_count += 1
                at_item = self._item(
                    Token("TEXT", line, line=at), number + made_count, str(number + made_count), line, [], []
                )
                out.append(at_item)
                self.ctx.report(
                    "warning",
                    at,
                    f"this line names who answers for its own work but has no number: read as item "
                    f"{number + made_count} of {where}, after item {b.task.id}",
                )
            at_item.trailing = kept
        return out

    def _goes_on_with(self, built: Built, at: int, line: str, said: bool = False) -> bool:
        """A paragraph after an item, closed by its own clause, that no missing number is left for and that names
        one of the item's units again (县住建局 in both): more of the item — its sentence joins the item's text,
        its units the item's, as several clauses of one item do. False (nothing done) where it names none of
        them: a task of its own whose number is not there, left where it was read. ``said``: the line says it goes on
        (其中…, 同时…), whatever it names."""
        kept = len(self.ctx.diagnostics)
        extra = self._item(Token("TEXT", line, line=at), built.task.number, built.task.id, line, [], []).task
        task, own, more = built.task, built.task.duties, extra.duties
        if not said and not set(own.lead_units + own.cooperating_units) & set(more.lead_units + more.cooperating_units):
            del self.ctx.diagnostics[kept:]
            return False
        duties = dutymod.merged(
            attrs.evolve(
                own,
                leaders=own.leaders + tuple(x for x in more.leaders if x not in own.leaders),
                # The item's own lead stays its lead: the paragraph's units help it (县住建局负责 under an item
                # that 县生态环境分局 leads); an item with no lead takes the paragraph's.
                lead_units=own.lead_units or more.lead_units,
                cooperating_units=own.cooperating_units
                + (more.lead_units if own.lead_units else ())
                + more.cooperating_units,
                deadline=own.deadline or more.deadline,
                open_ended=open_ended(
                    own.open_ended.leaders or more.open_ended.leaders,
                    own.open_ended.lead_units or more.open_ended.lead_units,
                    own.open_ended.cooperating_units or more.open_ended.cooperating_units,
                ),
                written=((), (), ()),  # (two fields' lists: fmt writes the names out)
            )
        )
        built.task = attrs.evolve(
            task,
            text=task.text + extra.text,
            duties=duties,
            targets=task.targets + extra.targets,
            notes=task.notes + extra.notes,
        )
        built.last = max(built.last, at)
        self.ctx.report(
            "warning",
            at,
            (
                f"this line goes on with item {task.id} ({line[:2]}…) and names who answers for its part: read as more "
                f"of item {task.id} (its words and who answers join the item's)"
            )
            if said
            else (
                f"this line names who answers for its own work but has no number, and no number is missing for it: "
                f"read as more of item {task.id} (its words and who answers join the item's)"
            ),
        )
        return True

    def _section(
        self,
        head: Token | None,
        number: int,
        title: str,
        where: str,
        lines: list[Token],
        tasks: list[Built],
        subs: list[tuple[Token, list[Token], list[Built]]],
    ) -> BuiltSection:
        header = items.token_lines(head) if head is not None else []
        lines, block = self._fields_over_items(lines, tasks)
        intro_lines = self._header_lines(lines, where)
        subsections: list[tuple[Subsection, list[Built]]] = []
        blocks: list[scope.Roles] = []  # each sub-section's own duty lines over its items (_fields_over_items)
        # (A sub-section whose lines are fields of what it does then its duty lines, 资金来源:… 牵头单位:…, is one
        # item, the heading's: its fields are no paragraphs of items.)
        unnumbered = [
            not sub_tasks and not items.split_inline(h)[1] and not _fields_then_duties(ls) for h, ls, sub_tasks in subs
        ]
        subs = [
            (h, ls, self._unnumbered_in(h, ls)) if plain else (h, ls, sub_tasks)
            for (h, ls, sub_tasks), plain in zip(subs, unnumbered, strict=True)
        ]
        if any(sub_tasks for _, _, sub_tasks in subs):
            # Sub-sections hold items (numbered, or unnumbered paragraphs): one whose heading is followed
            # by a single paragraph with its clause holds that one item (it is no intro of the heading).
            subs = [
                (h, ls, self._single_in(h, ls)) if plain and not sub_tasks else (h, ls, sub_tasks)
                for (h, ls, sub_tasks), plain in zip(subs, unnumbered, strict=True)
            ]
        if subs and all(not sub_tasks for _, _, sub_tasks in subs):
            # Items numbered (一)(二)… directly: each sub-section is an item.
            tasks = tasks + [self._subsection_as_item(h, ls) for h, ls, _ in subs]
        else:
            for (h, ls, sub_tasks), plain in zip(subs, unnumbered, strict=True):
                if plain and sub_tasks:
                    # (unnumbered paragraphs read as its items: the lines from the first on are theirs — held by them,
                    # or by the last as the lines after it — no intro, whose clauses would cover every item)
                    first = min(b.task.line for b in sub_tasks)
                    ls = [t for t in ls if (t.line or 0) < first]
                sm = _CN_NO.match(h)
                if (
                    not sub_tasks
                    and (
                        items.split_inline(h)[1] is not None
                        or (ls and all(tok.type == "DUTY" for tok in ls))
                        # ((一)县教育局:学前教育…低于全市平均进度。 beside (三)县农业农村局: over its tasks 1、2、: a report's
                        # paragraph on one body's work, opening with the body — an item, not a heading over nothing)
                        or (not ls and _BODY_COLON.match(h[sm.end() :] if sm else h) is not None)
                    )
                ):
                    # (二)标题。…(X牵头) beside sub-sections that hold items: a sub-section of one item, the
                    # whole paragraph (as when every sub-section is one), titled by its first sentence. So is
                    # (五)标题。… / 牵头单位:甲 / 参加单位:乙 — its duty lines alone on the lines below, no item under it
                    # (with other lines too, ——… points, it stays a heading: those lines are told unread, not lost).
                    sub_tasks = [self._subsection_as_item(h, ls)]
                    ls = []  # (its lines are the item's: read there)
                    body = h[sm.end() :].strip() if sm else h.strip()
                    cut = body.find("。")
                    short = 0 < cut <= 40 and items.BRACKET.search(body[:cut]) is None
                    h = Token("SUBSECTION", f"{h[: sm.end()] if sm else ''}{body[:cut] if short else ''}", line=h.line)
                    sm = _CN_NO.match(h)
                sub_where = f"sub-section {sm.group(1) if sm else ''}"
                # ((一)分管副市长:赵立新 牵头单位:市工信局 / 1.…: the heading's own duty lines, for the items under it, as
                # a part's are)
                ls, sub_block = self._fields_over_items(ls, sub_tasks)
                sub_intro = self._header_lines(ls, sub_where)
                self._unread_clauses(sub_intro, sub_tasks, sub_where)
                sub = Subsection(
                    number=chinese_number(sm.group(1)) if sm else 0,
                    title=h[sm.end() :].strip() if sm else h.strip(),
                    intro="\n".join(t for _, t in sub_intro),
                    line=h.line or 0,
                )
                subsections.append((sub, sub_tasks))
                blocks.append(sub_block)
        tasks = self._lost_numbers(tasks, where)
        subsections = [
            (sub, self._lost_numbers(bs, f"sub-section ({to_chinese(sub.number)}) of {where}"))
            for sub, bs in subsections
        ]
        self._unread_clauses(intro_lines, tasks + [b for _, bs in subsections for b in bs], where)
        intro = "\n".join(t for _, t in intro_lines)
        # (以下两项由X牵头,Y配合) right before the items: for as many as it counts, not every item of the part
        counted = _following_roles(intro_lines[-1][1]) if intro_lines else None
        counted = counted if counted is not None and counted[1] > 0 else None
        # (刘建新同志(师长): alone over the first items: a list by leader, its first leader's line)
        heads = [roles for _, text in intro_lines if (roles := self._leader_head(text) or _person_heading(text))]
        last_intro = intro_lines[-1][1].strip() if intro_lines else ""
        if (
            tasks
            and not heads
            and not counted
            and "由" not in last_intro  # (下列工作由区住建局负责: the intro's sentence, _intro_roles reads it)
            and scope.heading_roles(last_intro)
        ):
            # 四、任务分工 / 甲局牵头的工作 over the part's first items: their lead, up to the next such heading (printed
            # after an item's lines), as over the notice's first items (_group_heading_last)
            grouped = scope.heading_roles(last_intro)
            ends = (k for k, b in enumerate(tasks, 1) if any(_group_heading(line.strip()) for _, line in b.trailing))
            for b in tasks[: next(ends, len(tasks))]:
                b.task = scope.apply(b.task, grouped)
        titled = _title_roles(title)
        section_roles = (
            # 市领导:甲 under the heading, before the items: the leader of the items up to the next (beside the lead
            # unit the heading names: 一、投资促进局牵头事项 / 分管领导:刘振华)
            scope.merge(titled, heads[-1])
            if heads
            else titled
            or (
                scope.Roles(
                    deadline=titled.deadline
                )  # (一、近期办结事项(完成时限:…): when its items are due, no one named)
                if counted
                else _with_leaders(
                    scope.merge(_intro_roles(intro), scope.Roles(deadline=titled.deadline)),
                    _group_leaders(title) or _group_leaders(intro),
                )
            )
        )
        if block:
            section_roles = scope.merge(block, section_roles)  # (its own fields first: the heading's words after)
        if self.ctx.minutes and intro and not section_roles.leaders and (topic := prose.clause_of(intro)) is not None:
            # 三、关于…工作 / 会议原则同意…,明确由副市长邓海波同志牵头,统筹推进…。会议议定: / 1.… 2.…: the leader the minutes
            # put over the topic leads each matter decided under it (bodies its paragraph names are no item's)
            section_roles = _with_leaders(section_roles, _roles_of(topic).leaders)
        containers = [(section_roles, tasks)] + [
            (scope.merge(section_roles, scope.merge(block, self._subsection_roles(sub))), bs)
            for (sub, bs), block in zip(subsections, blocks, strict=True)
        ]
        finished: dict[int, Task] = {}
        pending: list[tuple[int, str]] = []
        for index, (roles, built) in enumerate(containers):
            since = 0  # the first item a group sentence after the next item covers
            # (以下两项由X牵头) between items, or right under the heading: for the next ones
            ahead: tuple[scope.Roles, int] | None = counted if index == 0 else None
            for k, b in enumerate(built):
                task = b.task
                if pending:
                    # (a heading the item carries already, a group's title over it, stays after these lines)
                    heading = "\n".join([*(t for _, t in pending), *([task.heading] if task.heading else [])])
                    fields = [line for _, line in pending if self.ctx.fields_above and _FIELD_LINE.match(line.strip())]
                    if fields:
                        # (a block of fields over the items after it: read together, as one item's lines are)
                        roles = scope.merge(section_roles, _fields_roles(fields))
                        pending = [(at, line) for at, line in pending if line not in fields]
                    for _, line in pending:
                        found = (
                            scope.heading_roles(line)
                            or scope.Roles(_group_leaders(line))
                            or self._leader_head(line)
                            or _person_heading(line)
                        )
                        if not found and _heading_with_clause(line):
                            # 加快城市有机更新。(X牵头): for the items after it; 教务处(联系校领导:Y): the body leads them
                            # too, its bracket names their leader
                            found = _title_roles(line, helpers=False)
                        roles = scope.merge(roles, found) if found else roles
                    task = attrs.evolve(task, heading=heading)
                # (以下工作由乙局牵头: between items, over the ones after it — before the part's own, 以下工作由甲局牵头
                # under its heading, which covered the items before it)
                # (…; where the part's roles are its intro's own 以下… sentence, the later one takes its place whole: the
                # leader it named is no leader of the items after the next such sentence)
                outer = roles if index or titled or heads else scope.Roles(deadline=roles.deadline)
                here = scope.merge(outer, ahead[0]) if ahead is not None else roles
                finished[id(b)] = scope.apply(task, here) if here or here.deadline is not None else task
                if ahead is not None:
                    if ahead[1] == 1:
                        ahead = None  # the last of the items it counts
                    elif ahead[1] > 1:
                        ahead = (ahead[0], ahead[1] - 1)  # (0: every item left in the part)
                pending = []
                for index, (at, line) in enumerate(b.trailing):
                    if (
                        index == 0
                        and _ends_wrapped_item(finished[id(b)].text, line, not b.inline and not b.labels)
                        and not frontmod.signature_at([t for _, t in b.trailing], 0)
                    ):
                        # …每季度将整改进展书面报送 / 县应急管理局: a body's name after a long line cut mid-sentence
                        # ends that sentence, no group heading for the items after it (a name over a date is the
                        # notice's signature)
                        done = finished[id(b)]
                        finished[id(b)] = attrs.evolve(done, text=done.text + line.strip())
                        continue
                    if k + 1 < len(built) and (note := _NOTE_AFTER.match(line.strip())) is not None:
                        # 备注:该项任务纳入年度考核。 under an item's clause, before the next item: a note of that item
                        # (it was the next item's heading; after the last item it is the list's, as before)
                        done = finished[id(b)]
                        finished[id(b)] = attrs.evolve(done, notes=(*done.notes, (note.group(1), note.group(2))))
                        continue
                    if (
                        not (k + 1 == len(built) and line.strip().startswith(_OF_THE_PART))
                        and (following := _following_roles(line)) is not None
                    ):
                        ahead = following
                        pending.append((at, line))  # (kept as the next item's heading: no line is lost)
                        continue
                    if (refs := _numbered_refs(line)) is not None:
                        # 上述第4、5项由X牵头,Y配合;第6项由Z负责。: the items it numbers, each group its roles
                        for numbers, found, words in refs:
                            for covered in built[: k + 1]:
                                if covered.task.number in numbers:
                                    finished[id(covered)] = _due_by(scope.apply(finished[id(covered)], found), words)
                        since = k + 1
                        continue
                    if self.ctx.fields_above and _FIELD_LINE.match(line.strip()) is not None:
                        # (主办单位:甲,协办单位:乙。 on one line where blocks of fields head their items: the next
                        # item's block, no sentence on the items before it)
                        pending.append((at, line))
                        continue
                    said = scope.group_sentence(line)
                    # (该项目标责任单位为…: this one item's, the one it follows; 以上3项…: as many as it counts, below)
                    count = -1 if said is not None and line.strip().startswith(_THIS_ONE) else 0
                    if said is None and (before := _preceding_roles(line)) is not None:
                        said, count = before
                    if said is None and (own := _clause_line_under_fields(finished[id(b)], line)) is not None:
                        # (一)…。 / 完成时限:年底前 / (县住建局牵头,各乡镇配合): the item's clause on a line of its own
                        # under its fields, which named when but no one (it was a remark, or the next item's heading)
                        finished[id(b)] = scope.apply(finished[id(b)], own)
                        continue
                    if (
                        said is None
                        and k + 1 < len(built)
                        and index == 0
                        and _remark_after_duties(finished[id(b)], line)
                    ):
                        # 具体由各县(市、区)组织实施,市自然资源局加强技术指导。 right under an item's duty lines, before the
                        # next item: a remark on that item (it was the next item's heading)
                        done = finished[id(b)]
                        finished[id(b)] = attrs.evolve(done, notes=(*done.notes, (_REMARK, line.strip())))
                        continue
                    if said is None:
                        pending.append((at, line))
                        continue
                    # 4项目标的责任单位均为X。: X answers for the items since the last such sentence (以上3项由X牵头:
                    # the last three, where the sentence counts them).
                    first = k + 1 - count if 0 < count <= k + 1 else (k if count < 0 else since)
                    # (a role named by its title alone, 以上工作由县委常委、常务副县长统筹推进, is kept with the sentence that
                    # says it, each item's remark: the words around the title are the notice's too)
                    steered = not (said.lead_units or said.cooperating_units) and all(x.is_role for x in said.leaders)
                    # (…,市政府督查室负责督办。: who follows the work up answers for none of it, the sentence kept too)
                    steered = steered or any(dutymod.oversees(group) for group in _GROUPS_APART.split(line.strip()))
                    # (该项目标由…负责,…按下达任务分别落实: a sentence on the one item it follows, kept with it too)
                    steered = steered or line.strip().startswith(_THIS_ONE)
                    covering = built[first : k + 1]
                    for at_item, covered in enumerate(covering):
                        done = scope.apply(finished[id(covered)], _respectively(line, said, len(covering), at_item))
                        if steered:
                            done = attrs.evolve(done, notes=(*done.notes, (_REMARK, line.strip())))
                        finished[id(covered)] = done
                    since = k + 1
            _lend_list_leaders(built, finished)
        group = section_roles.leaders
        all_built = [b for _, built in containers for b in built]
        section = Section(
            number=number,
            title=title,
            tasks=tuple(finished[id(b)] for b in tasks),
            subsections=tuple(attrs.evolve(sub, tasks=tuple(finished[id(b)] for b in bs)) for sub, bs in subsections),
            leaders=group,
            intro=intro,
            line=head.line or 0 if head is not None else 0,
        )
        return BuiltSection(section, all_built, header + intro_lines, pending)

    def front(self, children: list[Token]) -> list[tuple[int, str]]:
        lines = [line for c in children for line in items.token_lines(c)]
        for _, text in lines:
            if units.FIRST_LEADS.search(text):
                self.ctx.first_listed_leads = True
        # Duty lines here are orphans, unless the notice turns out to have no numbered item at all:
        # start() decides, once it knows (a news page: paragraph, 主管领导:…, 责任单位:…, paragraph …).
        self._front_tokens = list(children)
        self.ctx.front_lines = lines
        return lines

    def lead_tasks(self, children: list[Built]) -> list[Built]:
        return _flatten(children)

    def lead_subsections(self, children: list[Any]) -> list[Any]:
        return children

    def start(self, children: list[Any]) -> list[BuiltSection]:
        _front, lead_tasks, lead_subs, *sections = children
        out: list[BuiltSection] = []
        front, self._front_tokens = self._front_tokens, []
        block: Token | None = None  # the fields over item 1 where fields head the items after them
        numbered = lead_tasks or lead_subs or any(b.built or (b.item_section and not b.bare) for b in sections)
        by_subtask = [] if numbered else [t for t in front if t.type == "SUBTASK"]
        if by_subtask:
            # Items numbered (1)(2)… with no level above them anywhere: each (n) is an item, if they
            # name who answers (else they are points of the front matter, said as before).
            kept = len(self.ctx.diagnostics)
            before, found = self._numbered_by_subtask(front)
            if sum(1 for b in found if not b.task.duties.is_empty()) * 2 > len(found):
                before, tail = self._tail_of_earlier_item(before, _first_point(front))
                self.ctx.front_lines = [line for t in before for line in items.token_lines(t)]
                front = before
                out.append(self._section(None, 0, "", "the notice", [], [*tail, *found], []))
                numbered = True
            else:
                del self.ctx.diagnostics[kept:]
        elif numbered and any(t.type == "SUBTASK" for t in front):
            # A page that starts in the middle of a list ((2)… (6)… then 16.): the sub-items of a task printed on
            # the page before are items of their own where every one of them names who answers (a preamble's
            # points name nobody).
            kept = len(self.ctx.diagnostics)
            before, found = self._numbered_by_subtask(front)
            # (starting above 1, or answered for together on the lines after them — 由X负责, 第2项由Y负责 — as a
            # part's points are whose heading is on the page before: points (1)(2) before the list's 1., each with
            # its own clause, are a preamble's)
            last = max(i for i, t in enumerate(front) if t.type == "SUBTASK")
            answered = any(t.type == "TEXT" and _group_line(str(t)) for t in front[last + 1 :])
            if (
                len(found) >= 2
                and (_first_point(front) > 1 or answered)
                and all(not b.task.duties.is_empty() for b in found)
            ):
                before, tail = self._tail_of_earlier_item(before, _first_point(front))
                self.ctx.front_lines = [line for t in before for line in items.token_lines(t)]
                front = before
                out.append(self._section(None, 0, "", "the page's first lines", [], [*tail, *found], []))
            else:
                del self.ctx.diagnostics[kept:]
        if lead_tasks and not out and lead_tasks[0].task.number > 1:
            front, tail = self._tail_of_earlier_item(front, lead_tasks[0].task.number)
            if tail:
                self.ctx.front_lines = [line for t in front for line in items.token_lines(t)]
                out.append(self._section(None, 0, "", "the page's first lines", [], tail, []))
        duty_lines = any(t.type == "DUTY" for t in front)
        # The lines of paragraphs that are a title sentence then who answers (…。这项工作由X负责,去年…), found once.
        titled = set() if numbered else {t.line for t in front if t.type == "TEXT" and _titled_lead_in(str(t))}
        if not numbered and (
            duty_lines
            or titled
            or any(t.type == "TEXT" and (items.BRACKET.search(t) or _by_line(str(t))) for t in front)
        ):
            kept = len(self.ctx.diagnostics)
            before, found = self._unnumbered(_paragraphs(front), scoped=False, each_line=True)
            # One block of 主办单位:/协办单位: lines is a news item or a meeting, no notice; one that names
            # a leader and the units answering to them is an item (a news page quoting one task), and so
            # is a paragraph closed by a bracket that gives its lead and cooperating units by their roles
            # (…台账。(市科技局牵头负责,市财政局配合)).
            # Without duty lines, only paragraphs that end in a bracket saying who leads (牵头, 负责) count: a
            # news page's (市文旅局主办,古城区政府协办) names organisers, a preamble's (…牵头制定) is mid-sentence.
            # Or a paragraph a title sentence then who answers: beside bracketed ones, or two or more of them.
            closed = [_closed_by_lead_clause(front, b) for b in found]
            bracketed = duty_lines or (
                all(c or b.first in titled for c, b in zip(closed, found, strict=True))
                and (any(closed) or len(titled) >= 2)
            )
            if bracketed and (
                len(found) >= 2
                or (
                    len(found) == 1
                    and (
                        _names_leader_and_units(found[0].task.duties)
                        or (found[0].inline and _lead_and_cooperating(found[0].task.duties))
                        # 责任单位: / 配合单位: / 完成时限: under it: a task's record, no meeting's organisers
                        or (_lead_and_cooperating(found[0].task.duties) and found[0].task.duties.deadline is not None)
                    )
                )
            ):
                # No numbered item anywhere: the paragraphs that their duty lines follow are the items.
                first_line = found[0].first
                # A page on one line: the paragraphs before the item share its line; they head the item
                # (kept, as a heading line is) rather than go to the front matter, which reads lines.
                same = [str(t).strip() for t in before if t.line == first_line and str(t).strip()]
                if same:
                    found[0].task = attrs.evolve(found[0].task, heading=" ".join(same))
                self.ctx.front_lines = [
                    line for t in before if t.line != first_line or not same for line in items.token_lines(t)
                ]
                out.append(self._section(None, 0, "", "the notice", [], found, []))
            else:
                del self.ctx.diagnostics[kept:]
                for t in front:
                    if t.type == "DUTY":
                        self._orphan_duties(t, "")
        else:
            said_front = [t for t in front if str(t).strip()]
            if lead_tasks and self.ctx.fields_above and said_front and said_front[-1].type == "DUTY":
                # (责任领导:甲 / 牵头单位:乙 / 1.… 2.…: the block over item 1 answers for the items up to the next)
                block = said_front[-1]
                taken = {line for line, _ in items.token_lines(block)}
                self.ctx.front_lines = [line for line in self.ctx.front_lines if line[0] not in taken]
            for t in front:
                if t.type == "DUTY" and t is not block and not (lead_tasks and self._leader_head(str(t))):
                    self._orphan_duties(t, "")
            first_section = next((b.section.number for b in sections if b.section.number), 0)
            if not lead_tasks and not lead_subs and not out and first_section > 1:
                front, ended = self._end_of_earlier_section(front, first_section)
                if ended is not None:
                    out.append(ended)
            # A line before the first item closed by a clause that names who answers (a preamble's point) is said,
            # never dropped without a word.
            self._unread_clauses(
                [(t.line or 0, str(t).strip()) for t in front if t.type != "DUTY"], [], "before the first item"
            )
        head = next((t for t in reversed(front) if t.type == "DUTY"), None) if lead_tasks else None
        if head is not None and (roles := self._leader_head(str(head))):
            # 【分管领导】甲 over item 1: the leader of the items up to the one a later leader field follows
            ends = next((k for k, b in enumerate(lead_tasks) if any(self._leader_head(t) for _, t in b.trailing)), None)
            for b in lead_tasks[: None if ends is None else ends + 1]:
                b.task = scope.apply(b.task, roles)
            if not lead_tasks[0].task.heading:
                lead_tasks[0].task = attrs.evolve(lead_tasks[0].task, heading=str(head).strip())
                self.ctx.front_lines = [line for line in self.ctx.front_lines if line[0] != head.line]
        first_head = next((t for t in reversed(front) if str(t).strip()), None) if lead_tasks and head is None else None
        if first_head is not None and first_head.type == "TEXT" and (person := _person_heading(str(first_head))):
            # 刘建新同志(师长): over item 1 and no section above it — a list by leader's first line: the leader of the
            # items up to the one the next leader's line follows (as between items, see _person_heading)
            ends = next((k for k, b in enumerate(lead_tasks) if any(_person_heading(t) for _, t in b.trailing)), None)
            for b in lead_tasks[: None if ends is None else ends + 1]:
                b.task = scope.apply(b.task, person)
            if not lead_tasks[0].task.heading:
                lead_tasks[0].task = attrs.evolve(lead_tasks[0].task, heading=str(first_head).strip())
                self.ctx.front_lines = [line for line in self.ctx.front_lines if line[0] != first_head.line]
        if lead_tasks and (said := _leader_said(front) or _group_heading_last(front, lead_tasks)) is not None:
            roles, count = said
            for b in lead_tasks[:count]:
                b.task = scope.apply(b.task, roles)
        if lead_tasks and not lead_tasks[0].task.heading and (group := _group_heading_first(front)) is not None:
            # (优化政务服务, a table's group row, right before the first item and after the title: its heading, as
            # such a line between items is the next item's; not the preamble's words)
            lead_tasks[0].task = attrs.evolve(lead_tasks[0].task, heading=str(group).strip())
            self.ctx.front_lines = [line for line in self.ctx.front_lines if line[0] != group.line]
        if lead_tasks or lead_subs:
            over = [block] if block is not None else []
            out.append(self._section(None, 0, "", "before the first section", over, lead_tasks, lead_subs))
        if sum(1 for b in sections if b.paragraph) == 1 and (
            len(sections) > 1
            or any(b.paragraph and b.plain is not None and _heading_says_who(b.plain) for b in sections)
        ):
            # One heading with one paragraph among other sections: as likely a section cut short as an item.
            # (Alone in the notice, a heading and its paragraph read as one item, numbered 一: three blind
            # readers of such excerpts took two of them so.)
            sections = self._plain_again(sections, lambda b: b.paragraph)
        if any(b.bare for b in sections) and (
            any(b.built for b in [*out, *sections] if not b.item_section)
            or not any(b.item_section and not b.bare for b in sections)
        ):
            sections = self._plain_again(sections, lambda b: b.bare)  # (headings over nothing, as before)
        if any(b.built for b in [*out, *sections] if not b.item_section):
            # Some sections hold items: a heading that only names who answers is a section heading; one
            # that says what is to be done as well (一、解决6万人饮水安全问题。(责任单位:…)) is an item of
            # its own beside them, numbered as its section (二), not a heading whose clause no item takes.
            sections = self._plain_again(sections, lambda b: b.item_section and not _says_work(b))
            for b in sections:
                if b.item_section and len(b.section.tasks) == 1:
                    task = b.section.tasks[0]
                    if self.ctx.minutes and b.plain is not None and _topic_over_decision(b, task):
                        # 四、关于安全生产工作 / 会议强调,由X牵头,… among topics whose decisions are numbered: the topic
                        # is a section like theirs, its one decision its item 1 (the topic's words no part of it)
                        decision = attrs.evolve(
                            task, id="1", number=1, text=task.text.removeprefix(b.plain.section.title).lstrip()
                        )
                        b.section = attrs.evolve(b.plain.section, tasks=(decision,))
                        b.item_section = False
                        continue
                    b.section = attrs.evolve(b.section, tasks=(attrs.evolve(task, id=to_chinese(task.number)),))
        for built in sections:
            if built.item_section and out and out[-1].item_section:
                merged = out[-1]
                merged.section = attrs.evolve(merged.section, tasks=merged.section.tasks + built.section.tasks)
                merged.built += built.built
                merged.tail = built.tail
            else:
                out.append(built)
        return out


def _topic_over_decision(built: BuiltSection, task: Task) -> bool:
    """Is the item a minutes' topic (一、关于…) whose text goes on past the topic's words with what was decided?"""
    assert built.plain is not None
    title = built.plain.section.title
    return title.startswith(("关于", "關於")) and task.text.startswith(title) and len(task.text) > len(title) + 4


# A point of an item's text: 一是… (2)… 3.… ① …
_POINT = re.compile(
    rf"^(?:[一二三四五六七八九十]{{1,3}}{ORDINAL_IS}|\(\d{{1,3}}\)|\d{{1,3}}[.、]|[第其][一二三四五六七八九十]{{1,3}}[,、])"
)


_LEADER_FIELD = lazy(rf"^(?:【(?P<bracketed>{lexicon('LABEL')})】|(?P<label>{lexicon('LABEL')}) *:) *(?P<value>\S.*)$")


def _leader_field(line: str) -> str | None:
    """The value of a line that is a leader field alone (【分管领导】曹兴 常务副市长, 市领导:阳卫国), else None."""
    if "领导" not in line and "領導" not in line:
        return None
    m = _LEADER_FIELD.match(line)
    if m is None or "\n" in m.group("value"):
        return None
    if ":" in m.group("value") and dutymod.TRAILING_LABEL.search(m.group("value")) is not None:
        return None  # (牵头领导:市长、副市长,责任单位:甲局: a whole block on one line, not a leader's alone)
    return m.group("value") if dutymod.label_kind(m.group("bracketed") or m.group("label")) == "leaders" else None


def _leader_heads_off(lines: Sequence[Token]) -> tuple[list[Token], list[tuple[int, str]]]:
    """An item's tokens without the leader fields that end its last block (they head the items after it), and those
    lines; the tokens as they were where its last block ends otherwise."""
    block = lines[-1]
    rows = items.token_lines(block)
    cut = len(rows)
    while cut > 0 and _leader_field(rows[cut - 1][1]) is not None:
        cut -= 1
    if cut == len(rows):
        return list(lines), []
    kept = list(lines[:-1])
    if cut > 0:
        end = rows[cut][0] - (block.line or 0)
        kept.append(Token("DUTY", "".join(str(block).splitlines(keepends=True)[:end]), line=block.line))
    return kept, rows[cut:]


_ITEM_START = re.compile(
    r"^(?:\d{1,4}(?:[、.)]|。(?=[^\d\s]))|\([一二三四五六七八九十\d]{1,4}\)|[一二三四五六七八九十]{1,3} *[、.])"
)


def leaders_above(text: str) -> bool:
    """Do leader fields head the items after them (【分管领导】甲 / 1.… / 2.… / 【分管领导】乙 / 3.…)? So where every
    line that is a leader field alone is followed by an item's number, and the first comes before any item (not
    the 责任领导: line that closes each item's fields, followed by the next item but never over item 1)."""
    if "领导" not in text and "領導" not in text:
        return False
    # One pass that stops at the first leader field followed by no item's number: in most notices the first one
    # (牵头负责领导: under item 1, then 牵头责任单位:), so only the lines up to it are looked at (issue 13).
    first = True
    numbered = False  # a task's number met before the first leader field
    field: str | None = None  # the leader field the line before was, waiting for its next line
    for raw in each_line(text):  # (not split: the look stops within the first lines)
        line = raw.strip()
        if not line:
            continue
        if field is not None:
            if not _ITEM_START.match(line):
                return False
            field = None
        if ("领导" in line or "領導" in line) and _leader_field(line) is not None:
            if first and numbered:
                return False  # (a section's heading 一、… may stand before it; a task's number may not)
            first, field = False, line
        elif first and _ITEM_START.match(line) and (not (cn := _CN_NO.match(line)) or _own_clause(line[cn.end() :])):
            numbered = True  # (一、… that closes with its own clause is an item, numbered so with no section level)
    return not first and field is None


# A duty field's line: its label and colon, or its label in 【】 (the notice grammar's DUTY line).
_FIELD_LINE = lazy(rf"^(?:【(?:{lexicon('LABEL')})】|(?:{lexicon('LABEL')}) *:)")


_POINTS_BEFORE_LIST = 6  # a covering notice's numbered points before its list's first heading, at most


def fields_above(text: str) -> bool:
    """Do duty fields head the items after them (一、… / 责任领导:甲 / 牵头单位:乙 / 1.… 2.… / 责任领导:丙 / … / 3.…, a
    notice that says 每项工作先列责任领导和责任单位,后列具体任务)? So where the first block of field lines comes before
    any item (a heading 一、 may stand above it) and every block is followed by an item's number. Most notices put
    their fields under item 1: the look stops there (issue 13)."""
    first = True  # no block met yet
    block = False  # the line before was a field's
    item_before = 0  # items' lines since the last heading, before any block
    titled = False  # a (一) title stood over the first block: the item after it is yet to say of which level
    for raw in each_line(text):  # (not split: the look stops within the first lines)
        line = raw.strip()
        if not line:
            continue
        if _FIELD_LINE.match(line) is not None:
            if first and item_before:
                return False  # an item before the first block: its fields are under it
            first, block = False, True
            continue
        # ((一)…: an item too where fields head it — a heading 一、 is no item's line)
        item = _ITEM_START.match(line) is not None and (not _CN_NO.match(line) or line.startswith("("))
        if block and not item:
            return False
        if first and item and _CN_NO.match(line) and _title_only(line):
            # ((一)共建基础设施网络 over the first block: a sub-section's title as well as an item — the item after the
            # first block tells: one of a lower level (1.…) under the title, where fields head the items; another (二)
            # of the same level, where each (一) item has its fields under it)
            item, titled = False, True
        if titled and block and item:
            if _CN_NO.match(line):
                return False  # ((二)…: the title's own level — (1)… and 1.… are a lower one)
            titled = False
        if first and item:
            # (a covering notice's own points 1. 2. 3. before the list's first heading may be: looked past for a
            # few lines, no further — a list of items with no field line is read to its end otherwise)
            item_before += 1
            if item_before > _POINTS_BEFORE_LIST:
                return False
        elif first and _CN_NO.match(line) and not line.startswith("("):
            item_before = 0  # 一、主要预期目标: the list starts here, the points above were the notice's
        block = False
    return not first and not block


def _title_only(line: str) -> bool:
    """A numbered line of a few words and no sentence's mark ((一)共建现代产业协作体系): a title."""
    return len(line) <= _TITLE_LONGEST and not any(mark in line for mark in "。;；,，:：")


_TITLE_LONGEST = 30


def _attachment_title(line: str) -> bool:
    """Is this the title under 附件2 (2023年民生实事责任分解), not already a list's first line?"""
    text = line.strip()
    return 0 < len(text) <= 60 and not _FILE_LIST.search(text) and not _CN_NO.match(text)


def _fills_nothing(roles: scope.Roles, built: list[Built]) -> bool:
    """Would a heading's roles add nothing to any of these items (each names what the heading does)?"""
    return all(not b.task.duties.is_empty() and scope.apply(b.task, roles) is b.task for b in built)


def _remit_of_bodies(paragraph: str) -> bool:
    """Does a paragraph open with bodies' names and a colon, then what they answer for (县住建局:负责督促…)?"""
    return _NAMED_THEN_ROLE.match(paragraph.strip()) is not None and _subject_alone(paragraph) is not None


def _said_in_prose(paragraph: str) -> bool:
    """Do a paragraph's sentences give its work to bodies by a role's verb (prose.clause_of names a lead or a helper)?"""
    said = prose.clause_of(paragraph)
    return said is not None and dutymod.names_role(said)


# A step of a schedule, led by its time (1-3月:, 4月至12月, 第二季度, 2026年6月底前).
_STEP = re.compile(r"^\s*(?:\d{1,2}(?:[-~至到]\d{1,2})?月|第[一二三四]季度|[上下]半年|\d{4}年)")


def _closed_by_groups(piece: str) -> bool:
    """Does a paragraph end in a label said with its copula (…(依据…),责任单位为区发改委;)? Groups of bodies and
    verbs closing a paragraph (…,县委督查室牵头,县政府督查室配合。) are as often a closing section's measures as
    an item, so they do not count."""
    if "为" not in piece and "為" not in piece:
        return False  # (the closing groups are words of the paragraph: no copula there, none in them)
    closing = closing_groups(piece)
    return closing is not None and ("为" in closing[1] or "為" in closing[1])


def _paragraph_pieces(line: str, each_line: bool) -> list[str]:
    """A line of unnumbered paragraphs cut after each closing clause that more text follows: bracketed
    (items.clause_pieces), or said with a copula at a sentence's end (…,责任单位为甲局;乙…,责任单位为乙局;),
    where a page lost a line break or a hard wrap joined two paragraphs of targets (each opens with the target's
    name and a colon); the cut is made only where the text after it is closed so too, so a sentence after an
    item's clause stays with that item."""
    pieces = items.clause_pieces(line)
    if each_line or ("为" not in line and "為" not in line):
        return pieces
    return [part for piece in pieces for part in _copula_pieces(piece)]


_SENTENCE_STOP = re.compile(r"[。;]")
# 规模以上工业增加值:增长8%…: a target's name and a colon open each of the paragraphs a join ran together. Two
# closed sentences without such heads are one item's parts (…,责任单位为甲局;技改投资占比…,责任单位为乙局;).
_TARGET_HEAD = re.compile(r"\s*[^,。;:()]{2,20}:")


def _copula_pieces(piece: str) -> list[str]:
    out: list[str] = []
    last = 0
    for stop in _SENTENCE_STOP.finditer(piece):
        end = stop.end()
        rest = piece[end:].strip()
        head = piece[last:end]
        if (
            rest
            and _TARGET_HEAD.match(head)
            and _TARGET_HEAD.match(rest)
            and _closed_by_groups(head)
            and _closed_by_groups(rest)
        ):
            out.append(head.strip())
            last = end
    out.append(piece[last:].strip())
    return [p for p in out if p]


def _a_step(line: str) -> bool:
    """4-12月:主体施工。 / 2026年6月底前完成主体结构封顶; / 第三季度完成验收 — a schedule's step: a time and a colon, a
    short line, a line that ends as a list's step does (;), or one that opens with a deadline (…底前完成…); not a
    sentence about the year's work (2026年各项任务完成情况纳入全县…考核。)."""
    value = line.strip()
    if _STEP.match(value) is None:
        return False  # a step opens with its time
    return ":" in value[:14] or len(value) <= 20 or value.endswith((";", ";")) or bool(dutymod._DEADLINE.match(value))


def _duties_below(lines: Sequence[Token]) -> bool:
    """Is any of these lines a duty line, or a line of bodies and their verbs (由县城管局牵头,县住建局配合。)?"""
    return any(t.type == "DUTY" or (t.type == "TEXT" and _verb_line(t) is not None) for t in lines)


def _wrapped_into(before: str, label: str) -> bool:
    """…重点检查以下 / 情况:消防通道… — a hard wrap that put a content word and its colon at a line's start: the
    line before is a long sentence stopped mid-way (no end mark, a comma inside it). A short title above
    (1.城区主干道改造工程 / 目标:…) has its field below it."""
    end = before.rstrip()[-1:]
    if not end or end in "。;:!?)）】」”" or not ("\u4e00" <= end <= "\u9fff" or end.isalnum()):
        return False
    return "," in before and len(before.strip()) >= 12 and len(label) <= 4


def _bracket_beside(tok: Token) -> bool:
    """Does a line of text under a heading close with a bracket (a clause of its own: the heading is no item then)?
    Not a page's chrome (【打印】【关闭】【返回顶部】 under the last item's fields)."""
    return any(
        items.split_inline(line)[1] is not None and not frontmod.is_chrome(line.strip()) for line in tok.split("\n")
    )


def _fields_then_duties(lines: list[Token]) -> bool:
    """Lines under a heading that are its own duty lines (or a line of bodies and their verbs: 由县城管局牵头,
    县住建局配合。), maybe after fields of what it does, a field's value on the lines below its label."""
    below = False  # the lines after 建设内容: alone on its line are its value
    for tok in lines:
        if tok.type == "DUTY":
            return True
        if tok.type == "TEXT" and _verb_line(tok) is not None:
            return True
        if tok.type == "TEXT" and (label := _UNKNOWN_LABEL.match(tok)) and _CONTENT_FIELD.search(label.group(1)):
            below = not tok[label.end() :].strip()  # a content field; its value below it when none follows the colon
        elif not (below and tok.type == "TEXT"):
            return False
    return False


def _heading_says_who(built: BuiltSection) -> bool:
    """Does a section's heading name who answers for its items (王刚副县长牵头重点工作, 县发改局牵头的工作)?"""
    return bool(scope.heading_roles(built.section.title))


def _says_work(built: BuiltSection) -> bool:
    """Does a 一、 heading read as an item say what is to be done, as a task's sentence does (a figure, a
    full stop, or length), rather than name a group (三、保障粮食安全(省农业农村厅牵头))?"""
    return bool(built.built) and _reads_as_task(built.built[0].task.text)


# A year (2024年度): a figure of a group's name, not of a task.
_YEAR_WORD = re.compile(r"\d{4}年度?")


def _reads_as_task(text: str) -> bool:
    """Does a heading's text say what is to be done, as a task's sentence does (a figure other than a
    year, sentences, or length), rather than name a group (扎实推进项目建设, 2024年度重点督办事项)?"""
    text = _YEAR_WORD.sub("", text.strip()).rstrip("。;")
    return "。" in text or ";" in text or any(ch.isdigit() for ch in text) or len(text) >= 20


def _with_points(groups: list[list[Token]], done: list[bool]) -> tuple[list[list[Token]], list[bool]]:
    """Lines read one by one (a page with no structure): where the line just above an item's duty lines
    is a point (二是…, (2)…), the points before it and the line they follow are that item's text too."""
    out: list[list[Token]] = []
    closed: list[bool] = []
    for n, (group, is_done) in enumerate(zip(groups, done, strict=True)):
        if is_done and group and _POINT.match(group[0]) and not _own_clauses(groups, done, n):
            k = len(out)
            while k > 0 and not closed[k - 1] and out[k - 1] and _POINT.match(out[k - 1][0]):
                k -= 1
            if k > 0 and not closed[k - 1]:
                k -= 1  # the line the points follow (推进义务教育学校建设。)
            group = [t for g in out[k:] for t in g] + group
            del out[k:], closed[k:]
        out.append(group)
        closed.append(is_done)
    return out, closed


def _paragraph_under(text_parts: list[str]) -> bool:
    """Is what follows an item's title that names no one its paragraph — (二)举办展演活动 / 以党委为单位,每天组织展演一台
    晚会。 — sentences closed by a full stop, none a heading or a sentence on other items? Its words then, not a
    heading of the item after it."""
    title, rest = text_parts[0].strip(), [p.strip() for p in text_parts[1:]]
    return (
        0 < len(title) <= _TITLE_MAX
        and not title.endswith(("。", ":", ":"))
        and all(len(p) >= _WRAPPED_LINE and p.endswith("。") for p in rest)
        and not any(
            _group_heading(p) or _following_roles(p) is not None or _preceding_roles(p) is not None for p in rest
        )
    )


def _points_of_section(lines: list[Token], tasks: list[Built]) -> bool:
    """Are a 一、 heading's numbered lines the points of one matter: two or more, none with points of its own, only
    the last answered for, by lines of their own after it (context.group_clause), and said as one list — a line
    ending in a colon just above them (工作措施:) or every point but the last closed by a semicolon (1.…; 2.…。)?
    Points that each end a sentence under a title are tasks, only the last of which names its units."""
    if len(tasks) < 2 or any(b.children for b in tasks) or any(t.type == "DUTY" for t in lines):
        return False
    if not group_clause(tasks) or not tasks[-1].after_head:
        return False
    said = [str(t).strip() for t in lines if t.type == "TEXT" and str(t).strip()]
    introduced = bool(said) and said[-1].endswith((":", ":"))
    listed = all(b.task.text.rstrip().endswith((";", ";")) for b in tasks[:-1])
    return introduced or listed


def _own_clauses(groups: list[list[Token]], done: list[bool], n: int) -> bool:
    """Is the point ``groups[n]`` one of points that each close with a clause of their own (一是…(X牵头);
    二是…(Y负责)): each is an item then, and the line they follow leads in to them (…安排如下:)."""
    return any(
        0 <= k < len(groups) and done[k] and bool(groups[k]) and _POINT.match(groups[k][0]) is not None
        for k in (n - 1, n + 1)
    )


# 由于 (because), 由此 (hence): words of a sentence, not 由 before who answers.
_NOT_BY = ("由于", "由於", "由此")


def _reworded(line: str) -> bool:
    """Does a prose rewording (甲委会同乙局落实, 牵头单位为甲局) apply to the line: it says who answers?"""
    body = line.rstrip("。")
    return dutymod.reworded(body) != body


# 由 / 请 before who answers; a dash before it marks the line off (——由X会同Y组织落实。, --由…).
# ──由…: a box-drawing dash too; 这项工作由…: the work the sentence speaks of, named before 由 (由于 is because)
# (会议责成甲局牵头,…: minutes charge a body as 由 names it — the meeting's words are no part of the name)
_BY = re.compile(
    r"^(?:[-—－─━]{1,4}\s*)?(?:(?:[此该該本这這]项(?:工作|任务|任務)?)?由(?![于於])|请|(?:会议|會議)?(?:责成|責成))\s*"
)
# Paragraphs of a page joined into one line by single spaces: a space after a sentence's end.
_PARAGRAPH_GAP = re.compile(r"(?<=[。!?]) +(?=\S)")
# …其中明确指出:贯彻实施…: a lead-in sentence ending in a colon before a long paragraph (a label's colon
# is no lead-in: labels are read before this, as duty lines).
_LEAD_IN_COLON = re.compile(r"(?<=[\u4e00-\u9fff]{4}):(?=[^:]{20})")


_WRAPPED_LINE = 20  # the shortest line a page's width cuts; shorter lines without a stop are headings


def _goes_on(before: Token, piece: Token) -> bool:
    """Does ``piece`` continue the paragraph of ``before``: on the very next line, after a line long
    enough to have been cut by the page's width that stopped mid-sentence (…设置检查卡点, / 严禁…)."""
    text = str(before).rstrip()
    return (
        piece.line is not None
        and before.line == piece.line - 1
        # (its length without a mirror's pinyin, 強(qiáng)化路網(wǎng)…: a short heading so lengthened was cut by no width)
        and len(without_pinyin(text) if "(" in text else text) >= _WRAPPED_LINE
        and text[-1] not in "。;!?:)]】"
    )


def _paragraphs(tokens: list[Token]) -> list[Token]:
    """Text lines cut into the paragraphs a page joined with spaces (…目标任务。 其中明确指出: 贯彻…),
    on the same line: only the paragraph just above duty lines is their item."""
    out: list[Token] = []
    for t in tokens:
        if t.type != "TEXT" or not (_PARAGRAPH_GAP.search(t) or ":" in t):
            out.append(t)
            continue
        pieces = [q for p in _PARAGRAPH_GAP.split(str(t).rstrip("\n")) for q in _after_lead_in(p)]
        out.extend(Token("TEXT", p, line=t.line) for p in pieces if p.strip())
    return out


def _after_lead_in(paragraph: str) -> list[str]:
    # The last lead-in (the item follows it); one that is the paragraph's first words is a field's label
    # (进度安排:6月底前…), not a sentence leading in.
    # (nor a field's label inside a clause's bracket: …。(责任市领导:甲;牵头单位:乙;配合单位:丙、丁、戊…) — its
    # colon before twenty characters of names cut the item from its clause)
    ends = [
        m.end()
        for m in _LEAD_IN_COLON.finditer(paragraph)
        if re.search(r"[。,;]", paragraph[: m.start()])
        and paragraph.count("(", 0, m.start()) <= paragraph.count(")", 0, m.start())
    ]
    return [paragraph[: ends[-1]], paragraph[ends[-1] :]] if ends else [paragraph]


def _leader_said(front: list[Token]) -> tuple[scope.Roles, int] | None:
    """The leader the last line before the first items names for them (市长徐立毅亲自牵头8项重点工作,分别为:)."""
    texts = [t for t in front if t.type == "TEXT" and t.strip()]
    return scope.leader_sentence(str(texts[-1])) if texts else None


def _ends_wrapped_item(text: str, line: str, unclaimed: bool) -> bool:
    """Is ``line`` more of the item's words? So it is where a wrap cut the item's last sentence (its last line 16
    characters or more, ending in no sentence's end nor a clause's bracket) and the line is a body's name alone, or,
    for an item whose own lines name nobody (``unclaimed``: its words run on), a line that closes the sentence
    (…提高农村 / 贫困孕产妇住院分娩率…。) or one that opens with 并/同时 (…取缔非法接生; / 并进行…。) — neither saying
    who answers for a group of items."""
    last = text.rsplit("\n", 1)[-1].rstrip()
    said = line.strip()
    if len(last) < _WRAP_WIDTH or last[-1] in _SENTENCE_ENDS:
        # …坚决取缔非法接生; / 并进行助产人员资格审查。: a sentence that says it goes on with the item
        return unclaimed and last[-1:] not in ")）]】" and _goes_on_sentence(said)
    if scope.body_alone(said):
        return True
    return unclaimed and _closed_sentence(said)


def _goes_on_sentence(line: str) -> bool:
    """并进行…。 / 同时…。: a closed sentence that opens with a word going on with what came before."""
    return _SAYS_MORE.match(line) is not None and _closed_sentence(line)


def _closed_sentence(line: str) -> bool:
    """A line closed by 。 or ; that says nothing of who answers for a group of items (以上…由…, 以下…由…)."""
    return (
        line[-1:] in ("。", ";", "；")
        and scope.group_sentence(line) is None
        and _preceding_roles(line) is None
        and _following_roles(line) is None
    )


_WRAP_WIDTH = 16  # an item's words this long ending mid-sentence were cut by a wrap; shorter ones are a title
_SENTENCE_ENDS = frozenset("。;；:：!?！？)）]】")
# A note printed under an item (注:…, 备注:…, 说明:…): the label and what it says.
_NOTE_AFTER = re.compile(r"^(注|备注|備註|说明|說明)[:：]\s*(\S.*)$")
_REMARK = "说明"
# A sentence, not a heading: closed by 。 or ; with a pause inside it, saying who does the work (具体由X组织实施。),
# or long (headings are short phrases)
_REMARK_SENTENCE = re.compile(r"^[^。；;]*[,，；;、][^。]*[。；;]$|^[^。]{0,6}由[^。]{4,}[。；;]$|^.{16,}[。；;]$")


def _clause_line_under_fields(task: Task, line: str) -> scope.Roles | None:
    """A line that is a clause alone — a bracket, or bodies and their verbs (县住建局牵头,各乡镇配合。) — under an item
    whose fields name no one (a 完成时限: line alone): the roles it gives the item, else None. (Under an item that
    names some, such a line stays the next item's heading, as before: it is that often enough.)"""
    duties = task.duties
    if duties.leaders or duties.lead_units or duties.cooperating_units:
        return None
    said = line.strip().rstrip("。")
    if said.startswith("(") and said.endswith(")"):
        said = said[1:-1]
    if not said or "。" in said or len(said) > 80 or not dutymod.names_role(said):
        return None
    if not dutymod.names_and_verbs(said, every_group=True):
        return None  # (bodies and their verbs in every group: 县住建局牵头,各乡镇配合 — not a sentence that says 负责)
    roles = _roles_of(said)
    return roles if roles.lead_units or roles.cooperating_units or roles.leaders else None


def _remark_after_duties(task: Task, line: str) -> bool:
    """A free sentence right under an item's duty lines (具体由…组织实施,…加强指导。): a remark on the item, where
    the item has named who answers (else the sentence may be the item's own words or the next item's heading)."""
    said = line.strip()
    if task.duties.is_empty():
        return False
    # (县政府督查室跟踪督办。: who follows the item up, short as it is — no heading says so)
    return _REMARK_SENTENCE.match(said) is not None or (said[-1:] == "。" and dutymod.oversees(said[:-1]))


def _with_closed_paragraphs(built: Built) -> Built:
    """A sub-item whose paragraphs each close with a clause of their own ((1)实施…。 / 新开工…。(甲局牵头) /
    完成…。(甲局牵头,乙局配合)): the paragraphs after its first clause are more of it, their clauses merged with its
    own, as several clauses of one item are (they were dropped with no word where another sub-item followed)."""
    if not built.trailing or built.task.duties.is_empty():
        return built
    texts: list[str] = []
    duties = built.task.duties
    for _, line in built.trailing:
        body, clause = items.split_inline(line.strip())
        roles = _roles_of(clause) if clause is not None and body else scope.Roles()
        if not roles:
            return built
        texts.append(body)
        duties = attrs.evolve(
            duties,
            leaders=tuple(dict.fromkeys((*duties.leaders, *roles.leaders))),
            lead_units=(*duties.lead_units, *roles.lead_units),
            cooperating_units=(*duties.cooperating_units, *roles.cooperating_units),
        )
    text = "\n".join([built.task.text, *texts])
    built.task = attrs.evolve(built.task, text=text, duties=dutymod.merged(duties), targets=extract_targets(text))
    built.trailing = []
    return built


def _group_heading_first(front: list[Token]) -> Token | None:
    """The front's last line, where it heads the first items (a group's title after the notice's title)."""
    texts = [t for t in front if t.type == "TEXT" and t.strip()]
    if len(texts) < 2 or texts[-1] is not front[-1] or not frontmod.group_heading(str(texts[-1])):
        return None
    return texts[-1]


def _group_heading_last(front: list[Token], built: list[Built]) -> tuple[scope.Roles, int] | None:
    """The lead a group heading right before the first items names (市发展改革委 alone on its line, 市财政局牵头的工作),
    and how many items it heads: up to the next such heading, printed after an item's lines."""
    texts = [t for t in front if t.type == "TEXT" and t.strip()]
    roles = _group_heading(str(texts[-1]).strip()) if texts and texts[-1] is front[-1] else None
    if not roles and len(texts) >= 4 and texts[-1] is front[-1] and _BODY_REMIT.search(str(texts[-1])):
        # 上海市区级人民政府 / 2024年度食品安全工作责任清单 / 2024年,区政府要…,主要承担以下工作: — the body's name, its
        # list's title, then the sentence that opens its remit: the heading is the line above those two (never the
        # notice's first line, its issuer over its own title)
        above = texts[-3] if _LIST_TITLE.search(str(texts[-2]).strip()) else texts[-2]
        roles = _group_heading(str(above).strip())
    if not roles:
        return None
    ends = (k for k, b in enumerate(built, 1) if any(_group_heading(line.strip()) for _, line in b.trailing))
    return roles, next(ends, len(built))


# The sentence that opens a body's remit before its items (…主要承担以下工作: / 重点抓好以下工作:), and a list's own title
# (2024年度食品安全工作责任清单, …任务分解表): short, no sentence's mark.
# (the body says what it takes on, 承担/负责/抓好; not 督办以下事项: an office that follows the items up, no doer of them)
_BODY_REMIT = re.compile(r"(?:承担|负责|抓好|做好|完成)(?:以下|如下|下列)(?:工作|任务|事项|职责)[:：]?$")
_LIST_TITLE = re.compile(r"^[^。,;:，；：]{4,40}(?:清单|分解表|任务表|责任表|工作要点)$")


def _group_heading(line: str) -> scope.Roles:
    """市财政局牵头的工作 / 市发展改革委 alone, or 党委组织部(联系校领导:X): a group heading's roles."""
    return scope.heading_roles(line) or _bodies_heading(line)


def _bodies_heading(line: str) -> scope.Roles:
    """A heading line that is bodies' names and a bracket (_bodies_and_clause): short, no sentence."""
    return _bodies_and_clause(line) if len(line) <= _HEAD_LINE_MAX and "。" not in line else scope.Roles()


# …(X牵头,各村(社区)配合): a name's own bracket may stand between the role word and the closing one.
# (…牵头…), (…负责), and a bracket of who answers by two labels (主体责任:X,监管责任:Y): not organisers (主办,
# 协办), nor a news report's one (责任单位:X) after a sentence of its prose.
_LEAD_CLAUSE_END = re.compile(
    r"(?:牵头|牽頭|负责|負責|[责責]任(?:[单單]位|部[门門])?:[^()（）]*[责責]任(?:[单單]位|部[门門])?:)(?:[^()（）\[\]【】〔〕]|[(（][^()（）]*[)）])*[)）\]】〕]。?$"
)


def _closed_by_lead_clause(front: list[Token], built: Built) -> bool:
    """Does a line an unnumbered item was read from (one, or a paragraph wrapped over several) end in a
    bracket that names a lead (牵头, 负责) or two roles by their labels, or is it a 由 line saying who answers, or
    a bracket of who answers alone on its line?"""
    return any(
        _LEAD_CLAUSE_END.search(str(t).rstrip()) or _by_line(str(t)) or _clause_line(str(t))
        for t in front
        if t.line and built.first <= t.line <= built.last
    )


def _clause_line(line: str) -> bool:
    """(监管责任:市住建局) alone on its line under a sentence: a clause set apart as a list's are, not one a news
    report's prose ends with."""
    words, clause = items.split_inline(line.strip())
    return not words.strip() and clause is not None and dutymod.names_role(clause)


def _task_paragraph(group: list[Token]) -> bool:
    """A paragraph that may be a task (a finished sentence), not a page's title or the preamble before its list
    (…,现提出以下措施: / 现将有关事项通知如下)."""
    text = " ".join(str(t).strip() for t in group)
    return text.endswith(("。", ";")) and not any(
        w in text for w in ("如下", "以下", "现提出", "现将", "特制定", "通知")
    )


# 第2项由X负责, 第3、4项由Y牵头, 第1-3项工作均由Z负责: who answers for items named by their numbers.
_BY_NUMBER = re.compile(
    r"^第(?P<numbers>\d{1,3}(?:[、,和及至到\-—~]\d{1,3})*)[项項](?:工作|任务|任務)?(?:均|都)?(?=由)"
)


_BULLET = re.compile(r"^(?:-{2,}|[—－]{1,2}|[•·●◆■▪◇□△▲])\s*(?=[\u4e00-\u9fff])")


def _intro_apart(groups: list[list[Token]], done: list[bool]) -> tuple[list[list[Token]], list[bool]]:
    """Items with no number that each open with a bullet (——灵山县玩具产业。… (牵头单位:…)), the first after a paragraph
    of the part's own (到2025年,全市建成…): that paragraph is no part of the first item — a group of its own, no item.
    Only where every other closed group opens with a bullet and the first holds one bulleted piece, after its start."""
    closed = [k for k, d in enumerate(done) if d]
    if len(closed) < _BULLETED_LEAST or not all(_bulleted(groups[k][0]) for k in closed[1:]):
        return groups, done
    k = closed[0]
    marks = [j for j, tok in enumerate(groups[k]) if _bulleted(tok)]
    if len(marks) != 1 or marks[0] == 0:
        return groups, done
    j = marks[0]
    return [*groups[:k], groups[k][:j], groups[k][j:], *groups[k + 1 :]], [*done[:k], False, True, *done[k + 1 :]]


def _bulleted(tok: Token) -> bool:
    return tok.type == "TEXT" and _BULLET.match(str(tok).strip()) is not None


_BULLETED_LEAST = 3  # bulleted items at least, the first among them, before a paragraph is told apart from it


_CLOSING_HABIT = 2  # paragraphs closed so, at least: a habit of the text
# A requirement's opening: its subject, then 要/须/应 (各牵头单位要建立工作台账…。由区纪委监委负责。: no task of its own).
_REQUIREMENT = re.compile(r"^[\s\u3000]*[^。,，;；:：]{1,14}?(?:要|须|应|必须|务必)(?!求)")


def _closing_names_who(piece: str) -> bool:
    """Does a paragraph end in a sentence of who answers for it as an item's would (由X同志负责,Y承办。; 由甲局牵头,乙局
    配合。) — a person, or two groups — not one body alone (…严肃追责问责。由县纪委监委负责。 closes a requirement)?"""
    closing = _closing_by(piece)
    if closing is None:
        return False
    clause = closing[1]
    return "," in clause or any(units.titled_person(n) for n in _clause_names(clause))


def _first_point(lines: list[Token]) -> int:
    """The number of the first (n) among the lines (0 where none)."""
    first = next((t for t in lines if t.type == "SUBTASK"), None)
    m = _SUBTASK_NO.match(first) if first is not None else None
    return int(m.group(1)) if m else 0


def _numbers(said: str) -> list[int]:
    """1、3 → [1, 3]; 2-4 / 2至4 → [2, 3, 4]."""
    out: list[int] = []
    for part in re.split(r"[、,和及]", said):
        ends = [int(x) for x in re.split(r"[至到\-—~]", part) if x]
        out.extend(range(ends[0], ends[-1] + 1) if len(ends) == 2 and ends[0] <= ends[-1] < ends[0] + 50 else ends)
    return out


def _lend_list_leaders(built: list[Built], finished: dict[int, Task]) -> None:
    """分管领导:X on a line of its own after a list's last item, where each item of the list names its units in its own
    bracket (…(牵头:甲;配合:乙)) and no other names a leader: X answers for every item of the list, not for the last
    alone. Not for items of labelled lines (牵头单位:… / 责任领导:… under each): there a leader's line under the last
    item is that item's, as under any other (tests/test_family_layouts.py's families read so)."""
    if len(built) < 2 or built[-1].children or not built[-1].inline:
        return  # (items of labelled lines with a leader's line under the last alone: that item's, as each names its own)
    labels = list(built[-1].labels)
    said = [line for kind, _, line in labels if kind == "leaders"]
    leaders = finished[id(built[-1])].duties.leaders
    if not said or not leaders or labels[-1][0] != "leaders" or min(said) <= built[-1].first:
        return  # (the leaders' field must be the item's last, on a line after the item's own)
    rest = built[-1].trailing_lines()  # (the list's closing words, a page's footer: no item's)
    if max(said) < (rest[0][0] - 1 if rest else built[-1].last):
        return  # (联系领导:周立 / 市工信局会同…落实。: more of the item's own after it)
    if any(line >= min(said) for kind, _, line in labels if kind != "leaders"):
        return  # (甲局 | 李华 on one line: the item's own row)
    others = built[:-1]
    if any(
        b.children
        or not b.inline
        or finished[id(b)].duties.leaders
        or any(kind == "leaders" for kind, _, _ in b.labels)
        for b in others
    ):
        return
    for b in others:
        finished[id(b)] = scope.apply(finished[id(b)], scope.Roles(leaders))


def _group_line(line: str) -> bool:
    """A line after a group's items that says who answers for some or all of them (第2项由X负责; 由X负责)."""
    line = line.strip()
    m = _BY_NUMBER.match(line)
    return _by_line(line[m.end() :] if m else line)


# The lines that end minutes (出席: 列席: 记录: 送: 发: 抄送: …, (记录:…) in brackets): who attended and who receives
# them, no topic's words.
_MINUTES_FOOTER = re.compile(
    r"^\s*\(?(?:出席|列席|缺席|请假|記錄|记录|送|发|發|抄送|抄报|分送|印发|主送|参加会议|參加會議|参会|參會)"
    r"(?:人员|人員|范围|的同志)?\s*:"
)


# ... and the issuer's and the date's lines among them (县人民政府办公室 2024年3月5日印发).
_MINUTES_END = re.compile(
    _MINUTES_FOOTER.pattern
    + r"|^\s*[\u4e00-\u9fff]{0,20}(?:办公室|人民政府|委员会)\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*(?:印发|印發)?\s*$"
    + r"|^\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:印发|印發)?\s*$"
    # 会议还研究了其他事项。: the minutes' closing sentence after the last topic, that names no one
    + r"|^\s*(?:会议|會議)还(?:研究|讨论|听取|审议|通报|討論|聽取|審議)[^。\n]{0,24}(?:事项|事項|问题|問題|工作|情况|情況)。?\s*$"
    # 相关链接:…纪要(第11次), 上一篇 / 下一篇: the page's links after the minutes, chrome
    + r"|^\s*(?:相关链接|相關鏈接|相关阅读|相關閱讀|上一篇|下一篇)"
    # 主办:…人民政府办公室 承办:… 湘ICP备…号: the portal's footer under the page
    + r"|^[^\n]*(?:ICP|备案号|備案號|版权所有|版權所有|技术支持:|技術支持:)"
)


# What a meeting decided, before who answers for it (会议议定:由…牵头,…): the minutes' words, no part of the clause.
_DECIDED = re.compile(r"^(?:会议|會議)(?:议定|議定|决定|決定|明确|明確|要求|同意)[:,]?")


def _decided(line: str) -> bool:
    """A paragraph under a minutes' topic (一、关于…工作) whose last sentence opens with who answers (会议议定:由X同志
    牵头,Y负责,Z配合,于…前完成…): the topic is an item, that sentence its clause and its work."""
    return _lead_in(line[_decision_start(line) :].strip().rstrip("。")) is not None


def _decision_start(text: str) -> int:
    """Where a paragraph's decision starts: its last sentence, after the minutes' words (会议议定:) that open it."""
    cut = text.rstrip().rstrip("。").rfind("。") + 1
    head = _DECIDED.match(text[cut:].strip())
    return cut + (len(text[cut:]) - len(text[cut:].lstrip())) + (head.end() if head else 0)


def _decision_lines(tok: Token) -> list[Token]:
    """The paragraph under a minutes' topic as the item's lines: its decision (由X同志牵头,…) a line of its own, the
    sentences before it and the minutes' words (会议听取了…。会议议定:) a line before it (the item's text goes on)."""
    text = str(tok)
    start = _decision_start(text)
    if start == 0:
        return [tok]
    return [Token.new_borrow_pos("TEXT", text[:start], tok), Token.new_borrow_pos("TEXT", text[start:], tok)]


def _covered_paragraphs(groups: list[list[Token]], done: list[bool], line: str) -> int:
    """How many paragraphs before it ``line`` answers for, as a sentence for the items before it (以上工作由X牵头,Y配合。,
    上述项目由X牵头负责。, 以上两项由X牵头。: the last two), under paragraphs that no clause closed, each it covers a
    whole sentence of its own (加快实施…。 / 抓好…。); 0 where it is no such sentence. (上述项目由… with no count, which
    ``_preceding_roles`` gives the one item it follows, covers every such paragraph here: they are the items it follows,
    none of them read as an item before it.)"""
    if not groups or done[-1] or not line.strip().startswith(("以上", "上述")):
        return 0
    said = _preceding_roles(line)
    if said is None:
        return 0
    group = groups[-1]
    covered = said[1] if 0 < said[1] < len(group) else len(group)
    return covered if all(_whole_sentence(str(t)) for t in group[-covered:]) else 0


def _whole_sentence(paragraph: str) -> bool:
    """A paragraph that is one task's sentence: closed by 。 or ;, no clause of its own, no lead-in to what follows."""
    said = paragraph.strip()
    return said[-1:] in ("。", ";", "；") and items.split_inline(said)[1] is None and _preceding_roles(said) is None


def _by_line(line: str) -> bool:
    """A line that says who answers, opened by 由 (由省住建厅会同有关部门组织落实。, ——由…负责): a clause of its own."""
    return _BY.match(line.strip()) is not None and "由" in line[:6] and _verb_line(line) is not None


def _lead_and_cooperating(duties: Duties) -> bool:
    return bool(duties.lead_units) and bool(duties.cooperating_units)


def _names_leader_and_units(duties: Duties) -> bool:
    return bool(duties.leaders) and bool(duties.lead_units or duties.cooperating_units)


def _clause_names(clause: str) -> list[str]:
    """The names a clause's groups list (what the checks below want to be bodies)."""
    return [
        n for f in dutymod.parse_clause(clause).fields for _, text in f.groups for n in units.split_names(text).names
    ]


def _copula_fields(body: str) -> bool:
    """甲局为牵头单位,乙局为配合单位: a line of fields that each say their label after a copula (every part a field
    once reworded; a line with a colon of its own, 地区生产总值:增长6%,责任单位为甲局, is a target's sentence)."""
    if ("为" not in body and "是" not in body) or ":" in body:
        return False
    said = dutymod.reworded(body)
    return said != body and all(":" in part for part in re.split("[,;]", said)) and dutymod.names_role(said)


# Cached per line, as the reader's other per-line steps are (issue 13): a repeated body asks again.
@lru_cache(maxsize=512)
def _verb_line(line: str) -> str | None:
    """A line that is only bodies and a verb (由市发改委,各县市区政府负责落实; 市教育局牵头,市财政局配合),
    under an item's sentence: its clause. A sentence with a verb in it (…要加强协作) is not one."""
    body = _BY.sub("", line.strip()).rstrip("。.;")
    if not body or len(body) > 200:
        return None
    if not dutymod.names_role(body) and not _copula_fields(body):
        return None
    if "。" in body and not dutymod.names_role(body.split("。", 1)[0]):
        return None  # (于5月下旬举办运动会。由县文体局负责: a sentence of the work first — 运动会 is no body's name)
    if ("会同" in body or "會同" in body) and any(
        group.startswith(("会同", "會同")) and not _verb_end().search(group) for group in body.split(",")
    ):
        return None  # 甲局牵头,会同乙局开展…检查: the work goes on after those it is done with (_lead_in reads it)
    names = _clause_names(body)
    if not names:
        return None
    # (由王浩副区长牵头负责: a titled person names who answers as a body does, on a line that is that one clause; a
    # line going on after its 。 is an intro's sentences, read as such)
    return body if all(map(units.looks_like_unit, names)) or ("。" not in body and units.all_answer(names)) else None


@cache
def _verb_end() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon('VERB')})$")


@lru_cache(maxsize=512)  # per line, like _verb_line
def _own_clause(line: str) -> bool:
    """Does a line carry who answers for it, as an item's sentence does: a clause in a bracket, or a sentence that
    opens or ends with one (由甲局牵头,…; …,甲局牵头,乙局配合。; …,由甲局负责。)?"""
    return _clause_in_sentence(line) or _closing_by(line) is not None


# 区发展和改革局要会同区财政局、区统计局,加强…: the body the sentence opens with acts together with those after 会同.
_SUBJECT_WITH = re.compile(
    r"^(?P<lead>[^,。;、()]{2,30}?)(?:要|应|須|须|需|将|將)?(?:会同|會同)(?P<coop>[^,。;()]{2,80}?)"
    r"(?P<etc>等(?:有关|有關|相关|相關)?(?:部门|部門|单位|單位)?)?,"
)


@lru_cache(maxsize=512)  # per line, like _verb_line
def _subject_with(line: str) -> str | None:
    """A sentence that opens with a body that must act together with others (X要会同Y、Z,…): the clause X牵头, Y、Z配合
    — where X and each of Y, Z is a body's name."""
    m = _SUBJECT_WITH.match(line.strip())
    if m is None:
        return None
    lead, coop = m.group("lead"), m.group("coop")
    if not units.ends_like_unit(lead) or not units.all_end_like_units(coop):
        return None
    return f"{lead}牵头,{coop}{'等' if m.group('etc') else ''}配合"


# 市旅游局要牵头做好…,市交通局、市公安局协助。 / 市农业局负责…,各镇政府配合。: the first sentence opens with the body
# that must do the work and ends with those who help.
# (应 the verb, not the first of 应急: 会议听取了县应急管理局… opens with no body; 负责 the verb, not the first of
# 负责人 or 负责同志: 部门负责人必须挂实帅… speaks to the bodies' heads, it names no body that answers — but 镇卫生院负责
# 人用狂犬病疫苗的供应, 县公安局负责人和车辆的安全检查, …负责人、财、物的调配: the verb before what it answers for)
_HEAD = r"同志|人(?:必须|要|应|须|需|务必|亲自|是|为|作为|对|在|关于|的)"
_SUBJECT_FIRST = re.compile(
    rf"^(?P<lead>[^,。:;()]{{2,40}}?)(?:要牵头|要负责(?!{_HEAD})|负责(?!{_HEAD})|牵头|要|应当|应(?![急對对用]))(?=[\u4e00-\u9fff]|,(?=.*,))"
)
# (二十一)市公安局。负责对…的调研 / 市卫生局:负责…: a list of bodies' remits, each opening with the body's name alone
# (a sentence or a label of its own), then what it answers for.
# (a body of a place, 市公安局: not 领导机构。负责… / 办事机构:负责…, a plan's organs named by what they are)
# (a body of a place — its name opens with one, 县委宣传部(县文明办), 湖州市生态环境局德清分局, or with 各, 各镇人民政府、
# 街道办事处 —, then what it answers for, or how: 县级其他有关部门:按照各自职责,…)
_NAMED_THEN_ROLE = re.compile(
    r"^(?P<lead>(?:各|[^,。:;()]{0,6}?[省市县区州旗盟镇乡縣區鎮鄉])[^,。:;]{1,35}?)[。:]"
    r"(?=负责|負責|牵头|牽頭|按照|按职责|按職責|分别负责|分別負責|落实属地|落實屬地)"
)
# (一)县教育局:学前教育促进工程。…: a report on each body's work, the body's name then a colon, then the work it answers
# for and where it stands — a place's body (its level first) whose name ends as an office's does (局, 委, 办, 政府: not
# 区域医疗中心:, 县城综合客运站:, 市民服务中心:, a project's name before what it is to be), no label's word
# (区域, 市民, 县城, 市区, 城区: words of a place or of its people that open a project's or a facility's name — 区域医疗中心,
# 市民中心 — with a level's character first, but no body's)
_NO_BODY_FIRST = r"(?!区域|區域|市民|县城|縣城|市区|市區|城区|城區)"
_BODY_COLON = re.compile(
    rf"^(?P<lead>(?:各|{_NO_BODY_FIRST}[省市县区州旗盟镇乡縣區鎮鄉])[^,。:;()、]{{1,16}}?"
    r"(?:局|委|办|辦|厅|廳|部|政府))[:](?=[^:]{4})"
)
# 2、市财政局统筹利用现有政策和资金…; 4、市自然资源和规划局按照国土空间规划…: an item's sentence whose subject is the
# bodies (each a place's, its level first) and whose verb of acting follows them — they do the work. (Only verbs a body
# acts with, never one a place or a facility is the subject of — 县城区新增…, 市体育中心改造提升…, 市民中心加快建设: the
# things the work is done to.)
_SUBJECT_ACTING = re.compile(
    rf"^(?P<lead>{_NO_BODY_FIRST}[省市县区縣區][^,。:;()]{{1,40}}?)"
    r"(?=(?:统筹|統籌|按照|依托|结合|結合|会同|會同|联合|聯合|组织|組織|指导|指導|督促|积极|積極|全力|切实|切實|认真|認真)"
    r"[\u4e00-\u9fff])"
)


# (配合做好联合执法: the helpers' verb, then a few words of the work they help with)
_HELPERS_LAST = re.compile(
    r"^(?P<coop>[^,。:;]{2,80}?)(?P<etc>等)?(?:积极|主动|全力)?(?:配合|协助|協助|参与|參與|支持|协同|協同)"
    r"(?:(?:做好|开展|開展|推进|推進|落实|落實)[\u4e00-\u9fff]{0,12})?$"
)


# An item's words led by the label a form or a post names them with (督办事项:…, 工作任务:…, 任务:…).
_TEXT_LABEL_FIRST = lazy(f"^(?:{lexicon('FORM_TEXT')}|{lexicon('TEXT_FIELD')}|任务|任務) *: *")


# When the subject is to act, right after its name (区委常委下周要对…, 县住建局近期要…): no part of the name.
_WHEN_AFTER_SUBJECT = re.compile(r"(?:下周|本周|下月|本月|近期|今年|明年|年内|今后|下一步|明天|今天)$")


# 各部门要加强协作…: words to every body, no one's task (a named collective, 各镇政府, is a body that answers).
_EVERY_BODY = re.compile(
    r"^(?:各|有关|相关|全体?|所有)(?:有关|相关|级|成员|责任)?(?:部门|单位|地|方面|科室|处室|地区)$"
)


# 在扩大有效投资方面, / 工业转型升级方面,: the field of work a paragraph opens with, before who answers for it.
_FIELD_FIRST = re.compile(r"^(?:在)?[^,。;:]{2,30}?方面[,，]")


def _field_lead_in(line: str) -> tuple[str, str] | None:
    """A paragraph that opens with its field of work, then who answers (在扩大消费方面,由市商务局负责,大力发展…): the
    lead-in after the field (``_lead_in``'s clause and rest), or None."""
    topic = _FIELD_FIRST.match(line)
    return _lead_in(line[topic.end() :]) if topic is not None else None


def _bracket_ends(line: str, clause: str) -> bool:
    """Is ``clause`` the bracket that closes ``line`` (…、各镇(街道): maybe the last body's own bracket, no clause)?"""
    return line.rstrip().endswith(f"({clause})")


def _subject_alone(line: str) -> str | None:
    """An item whose sentence opens with the body that must do the work and names no one else (市招商局要加大招商
    引资力度,…; 市住建局负责保障性住房建设,…): that body answers for it (X牵头 where it leads, else X负责). Only a
    body's name, and never before a role word of a clause later in the sentence (the other readers' first)."""
    line = ORDINAL_START.sub("", line.strip())  # (一是区城管局要…: the run's ordinal, no part of the name)
    sentence, _, after = line.partition("。")
    m = _SUBJECT_FIRST.match(sentence) or _NAMED_THEN_ROLE.match(line) or _BODY_COLON.match(line)
    bodies = m is not None and _subject_bodies(m.group("lead"))
    if not bodies and (acting := _SUBJECT_ACTING.match(sentence)) is not None:
        m = acting  # (市自然资源和规划局按照…要求: the bodies before the verb, not the words up to 要)
        bodies = _subject_bodies(m.group("lead"))
    if m is None and 0 < len(sentence) <= _TITLE_MAX and "," not in sentence and after:
        # (健全患者满意度评价。质量管理办公室负责每季度开展…: a short title sentence first, then the sentence that opens
        # with the body, as _titled_lead_in reads a clause after such a title)
        m = _SUBJECT_FIRST.match(after.split("。", 1)[0])
        if m is not None and not m.group(0)[len(m.group("lead")) :].startswith(("负责", "负責", "牵头", "牽頭")):
            m = None  # (…。生产经营单位要严格落实…: a sentence of what some kind of body is to do, no one's task)
        bodies = m is not None and _subject_bodies(m.group("lead"))
    if m is None or not bodies:
        return None
    lead = _WHEN_AFTER_SUBJECT.sub("", m.group("lead"))  # (区委常委下周要…: when, no part of the name)
    return f"{lead}牵头" if "牵头" in m.group(0)[len(lead) :] else f"{lead}负责"


def _subject_bodies(lead: str) -> bool:
    """Are the words before a subject's verb bodies' names only (no work's words, no words to every body)?"""
    names = units.split_names(_WHEN_AFTER_SUBJECT.sub("", lead)).names
    return bool(names) and all(
        units.ends_like_unit(n) and not _DOING.match(n) and not _EVERY_BODY.match(n) for n in names
    )


def _subject_then_helpers(line: str) -> str | None:
    """An item whose first sentence opens with the body that must do the work and closes with those who help
    (市旅游局要牵头做好…,市交通局、市公安局协助。; 县综合执法局:牵头负责…,县公安局配合做好联合执法。): the clause X牵头,
    Y配合 — where each is a body's name. The sentence stays the item's text."""
    sentence = ORDINAL_START.sub("", line.strip()).split("。", 1)[0]
    m = _SUBJECT_FIRST.match(sentence) or _NAMED_THEN_ROLE.match(sentence)
    if m is None or "," not in sentence:
        return None
    helped = _helpers_at_end(sentence)
    lead = m.group("lead")
    leads = units.split_names(lead).names
    if helped is None or not (leads or helped[1]) or not all(units.ends_like_unit(n) for n in leads):
        return None
    return f"{lead}牵头,{helped[0]}"


def _helpers_at_end(sentence: str) -> tuple[str, tuple[str, ...]] | None:
    """…,市交通局、市公安局协助: a sentence's last group that says who helps, as the clause group Y、Z配合, and the names
    in it (None where that group is no such group, or names any that is no body's)."""
    if "," not in sentence:
        return None
    helpers = _HELPERS_LAST.match(sentence.rsplit(",", 1)[1].strip())
    if helpers is None:
        return None
    coop = helpers.group("coop")
    names = units.split_names(coop).names
    if not all(units.ends_like_unit(n) for n in names):
        return None
    return f"{coop}{'等' if helpers.group('etc') else ''}配合", names


# 由县环卫站负责清除…, 由城关镇牵头组织拆除…: who answers, then the work, with no comma between them.
_DONE_BY = re.compile(r"^由(?P<who>[^,。;:由()]{2,40}?)(?P<verb>牵头负责|牵头|负责)(?=[\u4e00-\u9fff])")


def _done_by(said: str) -> tuple[str, str] | None:
    """A requirement's sentence that opens with who answers and runs on into the work (整改要求:由县环卫站负责清除上述
    地段垃圾): (its clause, the rest); None where the words after 由 name no body (由于…, 由县里统筹…)."""
    m = _DONE_BY.match(said)
    if m is None or said.startswith("由于"):
        return None
    names = units.split_names(m.group("who")).names
    if not names or not all(units.ends_like_unit(n) for n in names):
        return None
    clause, rest = [f"{m.group('who')}{m.group('verb')}"], said[m.end() :]
    # (…负责清除,城关镇配合。: those who help, named after the work, are the clause's too)
    work, *after = rest.split(",")
    helping = [g.rstrip("。;") for g in after if _HELPS_AFTER.match(g.rstrip("。;"))]
    return ",".join(clause + helping), ",".join([work, *(g for g in after if g.rstrip("。;") not in helping)])


_HELPS_AFTER = re.compile(r"^[^,。;:由()]{2,40}?(?:配合|协助|参与|协办)$")


def _lead_in(line: str, whole: bool = False) -> tuple[str, str] | None:
    """A sentence that opens with who answers (由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…):
    (its clause, the rest of the sentence). The clause is the run of comma-separated groups at the start
    that each end in a role verb and name only bodies or titled people; the rest must be there, unless ``whole``
    (an item's last sentence may be its clause and nothing else: …。此项工作由甲、乙同志牵头,丙局具体负责。)."""
    if line.lstrip().startswith("由于"):
        return None  # 由于…: "because", no clause
    asked = line.lstrip().startswith(("请", "請"))
    body = _BY.sub("", dutymod.handed_over(_asked_bodies(line.strip())))
    if (decided := _DECIDED.match(body)) is not None and decided.group().endswith(","):
        # (会议明确,景区停车场建设由副县长X同志牵头协调,…: what the meeting decided, then who answers — the minutes'
        # words are no topic's, and the sentence stays the item's text)
        body = _BY.sub("", body[decided.end() :])
    if "。" in body.split(",", 1)[0] or (
        "。" in body and all(_verb_end().search(p.strip()) for p in body.split("。", 1)[0].split(","))
    ):
        # 由省经贸委承办,省农业厅协办。治理工作目标:… — the first sentence is the clause.
        clause, rest = body.split("。", 1)
        pieces = [*units.split_top(clause, ",，"), rest]
    else:
        pieces = units.split_top(body, ",，")
    # 工程建设项目审批由市住建局牵头,…: a topic before 由 in the first piece is the task's words, not the clause's —
    # the sentence stays whole as the text (it was cut off and lost)
    topic = _TOPIC_BY.match(pieces[0]) if pieces else None
    if topic is not None:
        pieces[0] = pieces[0][topic.end() :]
    k = 0
    if whole and pieces:
        pieces[-1] = pieces[-1].rstrip("。. ")
    while k < len(pieces) - (0 if whole else 1) and (
        _verb_end().search(pieces[k].strip())
        # (由县教育局负责组织实施,县财政局负责资金拨付,…: a later group of a body, its verb and its work answers too —
        # the clause reader keeps the work as a note)
        # (请甲局、乙局分别牵头A、B整治工作,…: a report's request, its first group too)
        or ((k > 0 or asked) and dutymod.names_and_role(pieces[k].strip()) is not None)
    ):
        k += 1
    if (
        0 < k < len(pieces)
        and any("牵头" in p for p in pieces[:k])
        # (right after the lead's group or the helpers': …负责,帮助阳平镇做好… is the work of those who answer)
        and pieces[k - 1].strip().endswith(("牵头", "配合", "协助", "参与"))
        and (helping := _duty_done(pieces[k].strip()))
    ):
        # 请市商务局牵头,东城区、西城区人民政府落实属地责任,…: the bodies after the lead that see to their part of it help
        pieces[k] = f"{helping}配合"
        k += 1
    if k == 0:
        return None
    clause, rest = ",".join(pieces[:k]), ",".join(pieces[k:]).strip()
    if (together := _WITH.match(rest)) is not None and units.all_end_like_units(together.group("names")):
        # 由市城管局牵头,会同市自然资源和规划局、花山区政府抓紧完善方案: those the lead works with help
        clause += f",{together.group('names')}配合"
        rest = rest[together.end() :]
    if (not rest and not whole) or not dutymod.names_role(clause):
        return None
    names = _clause_names(clause)
    # Each a body by its ending (各部门要积极 is no body, though it starts with 各), or a titled person (安伟、刘洪涛同志:
    # a person's bare name beside a comrade, the 同志 said once for both).
    titled = [bool(units.titled_person(n)) for n in names]
    if not names or not all(
        units.ends_like_unit(n) or titled[k] or units.GENERIC_TITLE.match(n) or (any(titled) and units.bare_person(n))
        for k, n in enumerate(names)
    ):
        return None
    sentence = rest.split("。", 1)[0].rstrip(";； ")
    if (helped := _helpers_at_end(sentence if "," in sentence else f",{sentence}")) is not None:
        # 市教育局负责,完成…一期工程,市住建局、市财政局配合。: those who help, at the sentence's end (…由李卫东牵头,县交通
        # 运输局落实,县公安局交警大队配合;: or the sentence's last group, right after the clause)
        clause += f",{helped[0]}"
    return clause, (line.strip() if topic is not None else rest)


# A topic, then 由 (指标由…, 审批由…): no 由于, no clause mark before it.
_TOPIC_BY = re.compile(r"^(?P<topic>[^,。;:()由]{2,30}?)由(?![于於])")


# 会同X、Y抓紧… after the lead's group: the bodies it works with, up to the work's first word.
_WITH = re.compile(
    r"^(?:会同|會同)(?P<names>[^,。;]{2,80}?)(?:等(?:有关|相关|有關|相關)?(?:部门|单位|部門|單位)?)?,?"
    r"(?=抓紧|研究|共同|做好|抓好|加快|尽快|制定|完善|推进|落实|开展|提出|组织|编制|于|在)"
)


# A person, maybe with a post before the name or in brackets after it and 同志, then a colon: a leader's list's opening.
_PERSON_COLON = re.compile(r"^([^,:;。()（）]{1,12}(?:[(（][^()（）]{1,12}[)）])?(?:同志)?) ?[:：](?=\S)")
_LEADERS_LABEL = "牵头负责领导"


def _leader_first(body: str) -> str | None:
    """The person an item opens with, a colon after (王立新同志:牵头负责…; 赵明轩(挂职副主任)同志:…; 副县长李明:…),
    or None: every name before the colon a person's, none a body's."""
    m = _PERSON_COLON.match(body) if ":" in body[:26] or "：" in body[:26] else None
    if m is None:
        return _leader_acting_first(body) if "同志" in body[:40] else None
    people = _people_before_colon(m.group(1))
    return "、".join(p.name for p in people) if people else None


# 县委书记高建新同志包联柏溪街道、龙泉镇…; 钟伟同志和副县长林晓琳同志共同包联马坪镇…: the people an item opens with, each
# with 同志, then the verb by which a leader takes on places or firms (包联, 包抓, 包保, 挂钩, 挂点): the places after it
# are what the leader answers for, no bodies of the item.
_PERSON_ACTS = re.compile(
    r"^([^,:;。()（）]{2,30}?同志(?:和[^,:;。()（）]{2,24}?同志)?)(?:共同)?(?:包联|包聯|包抓|包保|挂钩|掛鉤|挂点|掛點)"
)


def _leader_acting_first(body: str) -> str | None:
    m = _PERSON_ACTS.match(body)
    if m is None:
        return None
    people = [_people_before_colon(part) for part in m.group(1).split("和")]
    return "、".join(p.name for found in people for p in found) if all(people) else None


def _people_before_colon(who: str) -> tuple[Leader, ...]:
    """The people a list by leader names before its colon (王立新同志, 赵明轩(挂职副主任)同志, 刘建新同志(师长)), or () where
    any name there is no person's."""
    who = who.strip()
    comrade = who.endswith("同志") or "同志(" in who or "同志（" in who  # (同志 marks a person: 阿依努尔同志)
    # (刘建新同志(师长): 同志 before the posts' bracket, as after it)
    # (the posts in the bracket after the name are no part of it: 努尔兰·哈力木同志(师党委常委、副师长))
    bare = _POSTS_AFTER.sub("", who.removesuffix("同志").replace("同志(", "(").replace("同志（", "（"))
    people = units.leaders_of(units.split_names(bare))
    if not people or not all(_person(p.name.replace(" ", ""), comrade) for p in people):
        return ()
    return people


_POSTS_AFTER = re.compile(r"[(（][^()（）]{1,24}[)）]$")
_PERSON_ALONE = re.compile(r"^ *([^,:;。()（）]{1,12}(?:[(（][^()（）]{1,24}[)）])?(?:同志)?) ?[:：] *$")


def _person_heading(line: str) -> scope.Roles:
    """刘建新同志(师党委副书记、师长): on a line of its own over items (a list by leader, the items numbered after the
    colon): the leader of the items under it, as a leader's group heading is. So is a leader's paragraph of the
    division of work that leads in to the items (王志强同志:负责…。分管…。牵头负责以下重点工作:)."""
    if ":" not in line and "：" not in line:
        return scope.Roles()
    m = _PERSON_ALONE.match(line) or _PERSON_LEADS_IN.match(line)
    return scope.Roles(_people_before_colon(m.group(1))) if m is not None else scope.Roles()


# 王志强同志:负责市政府全面工作。分管审计工作。牵头负责以下重点工作: — the person, the remit, then the lead-in.
_PERSON_LEADS_IN = re.compile(
    r"^ *([\u4e00-\u9fff]{2,3}同志)(?:[(（][^()（）]{1,24}[)）])? ?[:：].*(?:以下|下列)[^。:：]{0,12}[:：] *$"
)


def _person(name: str, comrade: bool) -> bool:
    if comrade:
        # (a name of the Kazakh or Uyghur written with a middle dot, 努尔兰·哈力木, is longer)
        longest = 12 if "·" in name else 6
        return 2 <= len(name) <= longest and not units.looks_like_unit(name) and units.is_person(name)
    return units.bare_person(name)


def _titled_lead_in(line: str) -> tuple[str, str] | None:
    """A short title sentence, then a sentence that opens with who answers (1.新建公共停车场。市住建局牵头,市交警支队
    配合,在老城区新建…): (the clause, the text without it). The title is no clause's: a few words, no comma."""
    cut = line.find("。")
    if not 0 < cut <= _TITLE_MAX or "," in line[:cut] or "," in line[:cut]:
        return None
    # (关于农村客运问题。会议要求县交通局负责,…: what the meeting asked opens the sentence, no part of a name)
    sentence = line[cut + 1 :]
    decided = _DECIDED.match(sentence)
    opened = _lead_in(sentence[decided.end() :] if decided else sentence)
    if opened is None:
        return None
    clause, rest = opened
    return clause, f"{line[: cut + 1]}{rest}"


_TITLE_MAX = 40


def _with_when(opened: tuple[str, str]) -> str:
    """``_lead_in``'s clause, with the words after it where they only say when (…配合,5月1日至6月30日组织实施 / …,年底前
    完成): its deadline, which the sentence's text keeps too."""
    clause, rest = opened
    said = rest.strip().rstrip("。. ;")
    return f"{clause},{said}" if said and (dutymod.when_span(said) or dutymod._DEADLINE.match(said)) else clause


def _another_body(value: str, before: str) -> bool:
    """Is the line one body's whole name (新城区住建局, not a sentence nor a piece of a name) after a field's value
    that ends a name of its own (城建办)?"""
    line = value.strip()
    return (
        0 < len(line) <= _BODY_LONGEST
        and units.whole_name(line)
        and units.ends_like_unit(line)
        and not units.bare_person(line)
        and units.ends_like_unit(before.rstrip().rsplit("、", 1)[-1])
    )


_BODY_LONGEST = 20


def _leaders_only(clause: str) -> bool:
    """Does a clause name leaders and no one else (此项工作由副旗长X同志分管)?"""
    groups = [g for f in dutymod.parse_clause(clause).fields for g in f.groups]
    return bool(groups) and all(kind == "leaders" for kind, _ in groups)


def _asked_bodies(sentence: str) -> str:
    """请市住建局、市财政局按职责督促…: bodies a report asks by name to see to the work, with no role's verb, in the words
    the clause reader reads (市住建局、市财政局负责,督促…); the sentence as it was otherwise."""
    m = _ASKED.match(sentence)
    if m is None or not units.all_end_like_units(m.group(1)):
        return sentence
    return f"{m.group(1)}负责,{sentence[m.end() :]}"


# 请 + bodies + how they act (按职责, 按照职责, 抓紧, 尽快, 要) before the work, no role verb in the group.
# (not 按职责分工负责: a role's verb the lexicon reads, the bodies sharing the work)
_ASKED = re.compile(
    r"^[请請]([^,;。()]{2,40}?)(?:按照?职责|按照?職責|抓紧|抓緊|尽快|儘快|要)(?!分工)(?=[\u4e00-\u9fff])"
)


def _last_sentence_lead_in(line: str) -> tuple[str, str] | None:
    """The item's last sentence opening with who answers and ending in a few words of the work (…增长12%。由经济发展局
    牵头,统计局、财政局配合,按月调度。): (the clause, the text without it). Only a short rest (the sentence's last
    words: 按月调度, 10月底前完成主体工程), so a long sentence after the clause stays the item's words."""
    cut = line.rstrip("。. ").rfind("。")
    if cut <= 0 and (decided := _DECIDED.match(line)) is not None and decided.group().endswith((",", ":")):
        cut = decided.end() - 1  # (会议议定,此项工作由…牵头,…负责。: what the meeting decided, its one sentence)
    if not any(word in line[max(cut, 0) :] for word in _ROLE_HINTS):
        return None  # (a quick look first: most items' last sentences name no role)
    opened = _lead_in(line[cut + 1 :], whole=True) if cut > 0 else None
    if opened is None and (found := _COMMA_BY.search(line, max(cut, 0) + 1)) is not None:
        by = found.start()
        # (…组建志愿服务队,由党委办公室牵头,团委配合,常态化开展…。: the clause opens the sentence's last part, after
        # a comma — 由 says who answers from there, to the end or before a few words of the work)
        cut = by
        opened = _lead_in(line[cut + 1 :], whole=True)
    if opened is None:
        return None
    clause, rest = opened
    said = rest.rstrip("。. ")
    opening = line[cut + 1 :].lstrip()
    asked = opening.startswith(("请", "請")) or (opening.startswith("由") and "牵头" in clause)
    if (
        len(said) > _REST_MAX
        and not (len(said) <= _WHEN_REST_MAX and dutymod.opens_with_when(said))
        # (…。请市教育局牵头,…配合,倒排工期、加密调度,8月31日前实现主体封顶,确保…。: a last sentence that asks a body by
        # name to lead, the others to help — a 督查通报's order — is the clause whatever the work said after it)
        and not asked
    ):
        # (…配合,2023年6月底前实现分时段预约精确到30分钟以内。: when, then the work due — longer, and the clause's all
        # the same)
        return None
    if dutymod.when_span(rest.rstrip("。. ")):
        clause = f"{clause},{rest.rstrip('。. ')}"  # (…配合,4月1日至6月10日执行。: when, the clause's deadline)
    return clause, f"{line[: cut + 1]}{rest}"


def _duty_done(piece: str) -> str | None:
    """The names of a group that ends in 落实 and a few words of the duty (乙区、丙区人民政府落实属地责任) or in 做好 / 抓好
    and a few words of the work (各镇(街道)做好征地拆迁和要素保障), or None."""
    m = _DUTY_DONE.match(piece)
    if m is None or not units.all_end_like_units(m.group(1)):
        return None
    return m.group(1)


# (…落实属地责任; …做好征地拆迁和要素保障, …抓好项目服务: the part of the work they see to)
_DUTY_DONE = re.compile(r"^([^,;:。]{2,60}?)(?:(?:落实|落實)[^,;:。、]{0,4}(?:责任|責任)|(?:做好|抓好)[^,;:。]{2,14})$")


_REST_MAX = 20
_COMMA_BY = re.compile(r"[,:]由(?![于於])")
_WHEN_REST_MAX = 60
_ROLE_HINTS = ("牵头", "負責", "负责", "配合", "主办", "承办", "协办", "牽頭", "主辦", "承辦", "協辦")


# …,由X会同Y、Z等部门研究提出落实意见。 — the sentence's last part says who answers: X with Y.
# (…。具体由县文体局负责。: 具体 (in particular) before 由, the same sentence)
_CLOSING_BY = re.compile(r"[,;。](?:具体|具體)?(?:由|請|请)(?!于|於)(?P<tail>[^。;]{2,300})[。;]?$")
_TOGETHER = re.compile(
    r"^(?P<lead>[^,]+?)(?:会同|會同|联合|聯合)(?P<coop>.+?)(?P<etc>等)?(?:有关|有關|相关|相關)?(?:部门|部門|单位|單位)?"
    r"(?:研究|负责|負責|提出|落实|落實|组织|組織|办理|辦理|制定|承担|承擔|共同)(?!院|所|室|中心)"
)
# …,由X牵头,会同Y、Z抓紧制定实施方案。: the lead's verb, then the bodies it works with and a few words of the work, the
# sentence's end (a sentence that goes on after them, 由X牵头,会同Y抓紧完善方案,于5月20日前报…, opens with its clause).
_LEAD_THEN_TOGETHER = re.compile(
    r"^(?P<lead>[^,]+?)(?:牵头|牽頭),(?:会同|會同)(?P<coop>[^,]+?)(?P<etc>等)?(?:有关|有關|相关|相關)?(?:部门|部門|单位|單位)?"
    r"(?=抓紧|抓緊|尽快|儘快|研究|制定|负责|負責|共同|落实|落實)[^,]{0,20}$"
)


@lru_cache(maxsize=512)  # per line, like _lead_in
def _closing_by(line: str) -> tuple[str, str] | None:
    """A sentence that ends with who answers (…的问题,由发展改革委会同农业部等部门研究提出落实意见。 /
    …,由市财政局负责。): (the text before it, its clause). 会同 makes the first body the lead and the
    bodies after it cooperate; otherwise the tail must be bodies and a role verb only (see _verb_line).
    A group after them that says when (…,由副市长刘洋牵头,市经信局负责,12月底前完成。) is the clause's deadline."""
    found = _closing_by_read(line)
    if found is not None and (closing := closing_groups(line)) is not None and len(closing[0]) < len(found[0]):
        # (…,甲部牵头,乙部配合,由副总经理X督导,…: the groups before 由 answer too — closing_groups reads them all)
        return None
    return found


def _closing_by_read(line: str) -> tuple[str, str] | None:
    """``_closing_by`` before it asks whether the clause began before its 由."""
    found = _closing_by_bodies(line)
    said = line.strip().rstrip("。.;")
    if found is None and "。" not in said and (purpose := _PURPOSE_AFTER.search(said)) is not None:
        # …,由区委组织部牵头,区人社局配合,形成工作合力。: the sentence's last words say what for, no one's role —
        # the clause before them, the words the item's text
        before = _closing_by_bodies(said[: purpose.start()])
        if before is not None:
            return f"{before[0].rstrip('。')}{purpose.group()}。", before[1]
    if found is not None or (said[-1:] not in dutymod.DEADLINE_ENDS and not dutymod.ends_when_then_work(said)):
        return found
    body, when = dutymod.deadline_after(said)
    if not when and "。" not in said and dutymod.ends_when_then_work(said):  # (one sentence: a last one of its own,
        # 由X牵头,Y实施,9月底前完成主体工程。, keeps its work's words, _last_sentence_lead_in)
        cut = said.rfind(",")
        body, when = said[:cut], said[cut:]  # (…,区财政局配合,9月底前建成通车: when, and the work done then)
    found = _closing_by_bodies(body) if when else None
    return None if found is None else (found[0], found[1] + when)


# …,形成工作合力 / ,确保市容市貌明显改善: a last group that says what the work is for (a purpose word, a few words).
_PURPOSE_AFTER = re.compile(
    r",(?:形成|确保|確保|推动|推動|促进|促進|切实|切實|力争|力爭|共同|合力"
    r"|全力|全面|加快|着力|著力|努力|尽快|儘快|抓紧|抓緊|进一步|進一步)[^,;。]{1,16}$"
)  # (…配合,全面推行并联审批: how the work is to go, an adverb first)
# The last group of a sentence, after a clause that says who leads or helps (…,县安监局牵头,县公安局等部门配合,深入开展
# 安全生产大排查大整治): the work's words, any verb first — a clause of 牵头 or 配合 answers for the sentence's work
# wherever it stands in it. (no longer than a task's phrase: a longer one is a sentence of its own)
_WORK_AFTER = re.compile(r",[^,;。]{2,30}$")
_LEAD_OR_HELP = re.compile(r"牵头|牽頭|配合|协助|協助|会同|會同")
# A group that ends in a noun its 的 describes (…参与的责任体系, …的服务格局, …的工作机制).
_DESCRIBED = re.compile(r"的[\u4e00-\u9fff]{0,4}(?:体系|體系|格局|机制|機制|模式|局面|制度|网络|網絡)$")


# …,由党建办牵头,各社区党委配合,责任领导为林志鸿: a leaders' label said with a copula (or a colon) after the bodies.
_LEADERS_TAIL = lazy(rf"[,;](?P<label>{lexicon('LABEL')})(?:[为為是:])(?P<names>[^,;。:()]{{2,40}})$")


def _leaders_tail(line: str) -> tuple[str, str]:
    """The line without a closing group that names its leaders (责任领导为林志鸿, 责任领导是郑伟、陈立群), and that group
    as a field (责任领导:林志鸿); the line itself and "" where it ends otherwise."""
    if "领导" not in line[-50:] and "領導" not in line[-50:]:
        return line, ""
    m = _LEADERS_TAIL.search(line.rstrip("。.;"))
    if m is None or dutymod.label_kind(m.group("label")) != "leaders":
        return line, ""
    names = m.group("names")
    people = [p for p in re.split("[、,]", names) if p]
    if not people or not all(map(dutymod.a_person, people)):
        return line, ""
    return line[: m.start()], f"{m.group('label')}:{names}"


def _closing_by_bodies(line: str) -> tuple[str, str] | None:
    line, leaders = _leaders_tail(line.strip())
    found = _closing_by_units(line)
    return None if found is None else (found[0], f"{found[1]},{leaders}" if leaders else found[1])


def _closing_by_units(line: str) -> tuple[str, str] | None:
    m = _CLOSING_BY.search(line.strip())
    if m is None:
        return None
    tail = m.group("tail")
    if (person := _PERSON_FIRST.match(tail)) is not None and units.bare_person(person.group(1)):
        # …。由陈新武负责,县住建局牵头。: a person by bare name right after 由 answers for it (同志 marks the name a
        # person's for the clause reader, as the notice's own 同志 would)
        tail = f"{person.group(1)}同志{tail[person.end() :]}"
    together = _TOGETHER.match(tail) or _LEAD_THEN_TOGETHER.match(tail)
    if together is not None:
        clause = f"{together.group('lead')}牵头,{together.group('coop')}{together.group('etc') or ''}配合"
        # (…组织实施,县委常委、组织部长王海燕负责督导,活动…: a later group of the sentence that names who answers too)
        clause += "".join(f",{group}" for group in tail[together.end() :].split(",")[1:] if _closing_group(group))
    elif (verb := _verb_line(tail)) is not None:
        clause = verb
    else:
        return None
    names = _clause_names(clause)
    # (…。由小军同志负责,市卫生局承办。: a person by title or 同志 names who answers as a body does)
    if not names or not (all(units.ends_like_unit(n) for n in names) or units.all_answer(names)):
        return None
    if together is not None and (last := tail.rfind(",")) >= together.end() - 1:
        if dutymod.ends_when_then_work(tail):
            clause += tail[last:]  # …由甲处会同乙院负责,12月底前完成方案。: the last group says when (it was lost)
        elif (when := dutymod.deadline_after(tail)[1]) and len(when) == len(tail) - last:
            clause += when  # (…由甲处会同乙院负责,2022年10月底前完成。: when alone)
    text = line.strip()
    return text[: m.start()] + ("。" if text[m.start()] == "。" else ""), clause  # …的问题, — its comma goes


_PERSON_FIRST = re.compile(r"([\u4e00-\u9fff]{2,3})(?=(?:负责|負責|牵头|牽頭|主抓|督办|督辦)(?:[,,;。]|$))")


@lru_cache(maxsize=512)  # per line, like _closing_by
def closing_groups(line: str) -> tuple[str, str] | None:
    """The groups that end an item's sentence, with no bracket and no 由, each only bodies and a role verb
    or said with a copula (…专项行动,县水利局牵头,各乡镇人民政府配合。 / …整治。县城管局负责。 / …治理,
    市生态环境局为牵头单位,市工信局为配合单位。): (the text before them, their clause). Every group from
    the first one taken to the end must be so, and some text must stay before them."""
    text = line.strip()
    body, when = dutymod.deadline_after(text.rstrip("。.;"))
    found = _closing_groups(body, when)
    if found is None and not when and dutymod.ends_when_then_work(body):
        # …绿地,市住建局牵头,市城管局配合,年底前建成口袋公园20个: when, and the work done then, after the clause in
        # the item's own sentence (a sentence of its own, 。由X牵头,…,9月底前完成…, is _last_sentence_lead_in's)
        cut = body.rfind(",")
        found = _closing_groups(body[:cut], body[cut:])
        if found is not None and not _in_own_sentence(found[0]):
            return None
    whole = text.rstrip("。.;")
    if found is None and (times := _times_after(whole)) is not None:
        # …,市财政局配合,6月底前完成项目开工;年底前主线贯通: groups that each open with a time, the clause's schedule
        before = _closing_groups(whole[:times], "")
        if before is not None and _BY_GROUP_END.search(before[0]) is not None:
            return None  # (由甲局牵头,乙局配合,9月底前完成…: a clause that opens with 由, _last_sentence_lead_in's)
        if before is not None and _in_own_sentence(before[0]):
            return before[0], f"{before[1]};完成时限:{whole[times + 1 :]}"
    if found is not None and (topic := _TOPIC_BY_LEAD_END.search(found[0])) is not None:
        # 农贸市场搬迁由县商务局牵头,城关镇人民政府配合。: the work's topic, then 由 the lead — its group is the clause's
        # first (no comma between topic and 由); the sentence stays the item's text, as a lead-in's with a topic does
        return text, f"{topic.group('who')}{topic.group('verb')},{found[1]}"
    if found is not None and _BY_GROUP_END.search(found[0]) is not None:
        # …。此项工作由甲、乙同志牵头,丙局等部门具体负责。: the groups taken are the end of a clause that opens with 由
        # (_last_sentence_lead_in reads it whole: the lead's group was left in the text)
        return None
    if found is None and "。" not in whole and (purpose := _work_after(whole)) is not None:
        # 一是加快项目前期工作,县发改局牵头,县自然资源局配合,全力推动项目早开工: the last group says how the work is
        # to go, no one's role — the clause before it; the sentence stays the item's text as printed (a clause in its
        # middle, cut out, would leave words the notice never wrote)
        before = _closing_groups(whole[:purpose], "")
        if before is not None and (_purpose_first(whole[purpose:]) or _LEAD_OR_HELP.search(before[1])):
            return text, before[1]
    if found is None and ("会同" in whole or "會同" in whole):
        # 八是加快教育项目建设,县教体局会同县财政局推进县城第五实验小学建设: a group of the sentence where a body acts
        # together with others on the work — the first leads, those it works with help; the sentence is the text
        together = _together_group(whole)
        if together is not None:
            return text, together
    return found


# A body, then 会同 and the bodies it works with, in one group of a sentence.
_LEAD_WITH = re.compile(r"^(?P<lead>[^,;。由]{2,30}?)(?:会同|會同)(?P<rest>[^,;。]{4,})$")
# The work's first words after the bodies a lead works with (推进…, 做好…): where their names end.
_WORK_VERB = re.compile(
    r"(?:推进|推進|实施|實施|开展|開展|落实|落實|做好|抓好|加快|完成|制定|组织|組織|研究|建设|建設|编制|編制|办理|辦理"
    r"|筹备|籌備|加强|加強|抓紧|抓緊|尽快|儘快|共同|负责|負責|做实|督促|指导|指導|出台|修订|修訂|启动|啟動|牵头|牽頭)"
)


def _together_group(whole: str) -> str | None:
    """The clause of the first group of ``whole`` that says a body works on it together with others (县教体局会同
    县财政局推进…): 甲牵头,乙配合 — only where every name on both sides is a body's."""
    for group in units.split_top(whole, ",，"):
        m = _LEAD_WITH.match(group.strip())
        if m is None or m.group("lead").startswith(_CITING) or not _bodies_only(m.group("lead")):
            continue  # (按照省农业农村厅会同省财政厅制定的方案: the bodies who wrote what the work follows)
        rest = m.group("rest")
        for verb in _WORK_VERB.finditer(rest):
            if _MADE_THING.match(rest, verb.end()):
                break  # (…会同省财政厅制定的实施方案: what they made, not who does the work)
            coop = rest[: verb.start()]  # (as written, 等有关部门 too: the name reader tells an open list)
            if _bodies_only(coop):
                return f"{m.group('lead')}牵头,{coop}配合"
    return None


# Words before a body that cite what others made or decided (按照…会同…制定的方案), no one doing the work.
_CITING = ("按照", "根据", "依据", "依照", "落实", "贯彻", "配合", "结合", "按", "据", "根據", "依據", "落實", "貫徹")
# A verb's object that is a thing made, after the verb: 制定的, 出台的 ….
_MADE_THING = re.compile(r"[\u4e00-\u9fff]{0,4}的")


def _bodies_only(names: str) -> bool:
    found = units.split_names(names).names
    return bool(found) and all(units.ends_like_unit(n) for n in found)


def _work_after(whole: str) -> int | None:
    """Where the last group of a sentence starts (its comma), where it is a group of work's words short enough to
    follow a clause; None otherwise."""
    m = _WORK_AFTER.search(whole)
    if m is None or _DESCRIBED.search(m.group()):
        return None  # (…,乡镇牵头,村组配合,群众参与的责任体系: a system described, no one given the work)
    if (cut := whole.rfind(",", 0, m.start())) > 0 and _TIME_FIRST.match(whole, m.start() + 1) is not None:
        # (…配合,全面落实田间管理措施,4月底前完成春播: the work, then when it is done — both the work's words)
        two = _WORK_AFTER.search(whole[: m.start()])
        return two.start() if two is not None and two.start() == cut else m.start()
    return m.start()


def _purpose_first(group: str) -> bool:
    """Does the group (its comma first) open with an adverb of how the work is to go (确保, 全力, 加快 …)?"""
    return _PURPOSE_AFTER.match(group) is not None


# A group that opens with 由 and ends in a lead's verb, at the end of the text before a clause's groups.
# (a sentence's start, or after what a meeting decided: 。此项工作由…牵头, 会议议定,此项工作由… — not …,所需资金由县财政局负责
# nor …,具体由县教育局负责, a part of the work's)
_BY_GROUP_END = re.compile(
    r"(?:^|。|:|(?:会议|會議)(?:议定|議定|决定|決定|明确|明確|要求|同意),)"
    r"(?:(?:此项|该项|这项|本项|此項|該項|這項|本項)?工作)?由(?![于於])[^,。;由]{2,40}(?:牵头|牽頭|负责|負責)$"
)


# The same at the start of a sentence with the work's topic before 由, for a lead only (…,所需资金由县财政局负责 says who
# pays, and comes after a comma).
_TOPIC_BY_LEAD_END = re.compile(
    r"(?:^|。|(?:会议|會議)(?:议定|議定|决定|決定|明确|明確|要求|同意),)[^,。;:由]{2,30}?由(?![于於])"
    r"(?P<who>[^,。;由]{2,40}?)(?P<verb>牵头|牽頭)$"
)


def _in_own_sentence(head: str) -> bool:
    """Is the clause cut from the end of ``head``'s last sentence, with some words of the item before it in that
    sentence? Not after a sentence's end (。由X牵头,…,9月底前完成…: _last_sentence_lead_in's), nor after the words of a
    meeting's decision alone (。会议要求,由X负总责,…: the minutes' reader's)."""
    said = head.rstrip("。").rsplit("。", 1)[-1]
    return not head.endswith("。") and len(said) >= 5 and not said.startswith(("会议", "會議"))


# A group that opens with when the work is due: 6月底前…, 2024年底前…, 年内…, 上半年….
_TIME_FIRST = re.compile(
    r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?前|年底前|年末前|年内|上半年|下半年|\d{1,2}月份)"
)
_TIME_GROUP_LONGEST = 24


def _times_after(body: str) -> int | None:
    """Where the groups at the end of ``body`` that each open with a time start (the mark before the first), when
    there are such groups and something before them; None otherwise."""
    cut: int | None = None
    end = len(body)
    while (at := max(body.rfind(",", 0, end), body.rfind(";", 0, end))) > 0:
        group = body[at + 1 : end]
        if len(group) > _TIME_GROUP_LONGEST or _TIME_FIRST.match(group) is None:
            break
        cut, end = at, at
    return cut


def _closing_groups(body: str, when: str) -> tuple[str, str] | None:
    """``closing_groups`` on the sentence without its last group that says when (``when``, added to the clause)."""
    checks = ""
    if "督" in body:
        # …配合;县委督查室跟踪督办: who follows the work up closes the clause (parse_clause makes it a note)
        at = max(body.rfind(","), body.rfind(";"))
        if at > 0 and dutymod.oversees(body[at + 1 :]):
            body, checks = body[:at], body[at:]
    last = body[max(body.rfind(","), body.rfind("。"), body.rfind(";"), 0) :].lstrip(",。;")
    # (…,市扶贫办要会同各县(市、区),确保…: the last group the bodies that act together, no verb after them)
    if not body or not (_verb_end_hint(body) or dutymod.role_then_work(last) or "会同" in last or "會同" in last):
        return None
    cuts = [i + 1 for i, ch in enumerate(body) if ch in ",。;"]
    start: int | None = None
    end = len(body)
    for k in range(len(cuts) - 1, -1, -1):
        cut = cuts[k]
        if not _closing_group(body[cut:end]) and not (
            # (…配合,各市、县人民政府,大柴旦行委负责落实: bodies alone between two groups of the clause share the
            # verb after them — not a group of the task's words before the clause, 办好家长学校,由德育科牵头)
            start is not None
            and body[end] == ","
            and _bodies_only(body[cut:end].strip())
            and _clause_group_before(body, cuts, k)
        ):
            break
        start, end = cut, cut - 1
    if start is None or not body[: start - 1].strip():
        return None
    head = body[: start - 1] + ("。" if body[start - 1] == "。" else "")
    return head, body[start:] + checks + when


def _clause_group_before(body: str, cuts: list[int], k: int) -> bool:
    """Is there a group of the clause before the group at ``cuts[k]``, past any run of groups of bodies alone, all
    parted by commas (市公安局牵头,市交通运输局,市城管局,市应急管理局配合: the bodies between share the verb after)?"""
    while k > 0 and body[cuts[k] - 1] == ",":
        group = body[cuts[k - 1] : cuts[k] - 1]
        if _closing_group(group):
            return True
        if not _bodies_only(group.strip()):
            return False
        k -= 1
    return False


def _inner_copulas(text: str) -> tuple[str, list[str]]:
    """固定资产投资…增长7%(依据…),责任单位为甲局;技改投资占比16.5% — a sentence inside an item's text that ends in a
    label said with its copula (an item of two targets, each with its own unit): the clauses cut out of the text,
    in order, and the text without them (closing_groups took the last one already)."""
    if "为" not in text and "為" not in text:
        return text, []
    kept: list[str] = []
    found: list[str] = []
    for piece in re.split(r"(?<=[;。])", text):
        closing = closing_groups(piece) if piece.endswith((";", "。")) else None
        if closing is not None and ("为" in closing[1] or "為" in closing[1]):
            kept.append(closing[0].rstrip("。") + piece[-1])
            found.append(closing[1])
        else:
            kept.append(piece)
    return ("".join(kept), found) if found else (text, [])


def _clause_alone(line: str) -> str | None:
    """The clause of a line that is only a bracketed clause naming who answers ((牵头单位:县财政局)), or None."""
    if not line.lstrip().startswith(tuple(items.OPENERS)):
        return None
    text, clause = items.split_inline(line)
    return clause if not text.strip() and clause is not None and dutymod.names_role(clause) else None


def _one_bare_name(clause: str) -> bool:
    """A clause that is one name alone: no label, no role verb, no list, no deadline."""
    return (
        not any(mark in clause for mark in "、,;:")
        and not dutymod.names_role(clause)
        and not dutymod._DEADLINE.match(clause)
    )


def _kinds_below(lines: Sequence[Token]) -> Iterator[dutymod.Kind | None]:
    """What each line under an item is: the kind of its duty label, or None (text, or a line with no label)."""
    for tok in lines:
        for line in str(tok).split("\n"):
            if line.strip():
                labelled = tok.type == "DUTY" and ":" in line
                yield dutymod.label_kind(line.split(":", 1)[0].strip("【】[] ")) if labelled else None


def _lead_line_below(lines: Sequence[Token]) -> bool:
    """Is there a duty line under the item that names its lead (牵头单位:…)?"""
    return any(kind == "lead" for kind in _kinds_below(lines))


def _no_units_below(lines: Sequence[Token]) -> bool:
    """No line under an item that may name its units: duty lines of leaders or a deadline (完成时限:…,
    牵头领导:…) and lines of text that read as no clause (the notice's closing paragraph after the last item,
    各部门要…,牵头单位要主动协调 — a sentence, not who answers) may stand there."""
    for tok in lines:
        for line in str(tok).split("\n"):
            line = line.strip()
            if not line:
                continue
            if tok.type != "DUTY":
                if _reads_as_clause(line) and not (line.startswith(_SAID_OF_BEFORE) and _preceding_roles(line)):
                    return False  # (以上工作由分管领导X负责。: the items' before it, not this one's own clause)
                continue
            if ":" not in line or dutymod.label_kind(line.split(":", 1)[0].strip("【】[] ")) not in (
                "leaders",
                "deadline",
            ):
                return False
    return True


def _reads_as_clause(line: str) -> bool:
    """Would the item's loop read this line of text under it as a clause (as ``_read_item`` tries it)?"""
    return _clause_in_sentence(line) or _verb_line(line) is not None


def _clause_in_sentence(line: str) -> bool:
    """A clause in a bracket, or a sentence that opens or ends with who answers (由甲局牵头,…; 1.…。甲局牵头,…;
    …,甲局牵头,乙局配合。): what ``_own_clause`` and ``_reads_as_clause`` both look for."""
    return (
        items.split_inline(line)[1] is not None
        or _lead_in(line) is not None
        or _titled_lead_in(line) is not None
        or closing_groups(line) is not None
    )


def _verb_end_hint(body: str) -> bool:
    """Cheap: could the line end in a role verb or a unit label (the last word), or in a label and its
    copula before the names (…,配合单位为省国土资源厅、各市州人民政府)?"""
    return _verb_end().search(body) is not None or body.endswith(_LABEL_ENDS) or _COPULA_TAIL.search(body) is not None


# The last words of the unit labels (grammar/labels.lark LABEL): 牵头单位, 责任部门, 实施主体 (甲局为实施主体), 责任科室 …
_LABEL_ENDS = ("单位", "部门", "單位", "部門", "主体", "主體", "处室", "處室", "科室", "股室")
# 配合单位为甲局、乙局 at the end of a sentence: a unit label and its copula in the last group.
_COPULA_TAIL = re.compile(r"(?:单位|部门|單位|部門|主体|主體)(?:为|為|是)[^,。;:]+$")


def _closing_group(group: str) -> bool:
    """One group of bodies' names and a role verb (县水利局牵头; 县应急局、县水利局负责) or a copula clause
    (县市场监管局是牵头单位): never a sentence (各乡镇要积极配合 names no body)."""
    group = group.strip()
    if not group or len(group) > 80:
        return False
    reworded = dutymod.reworded(group)
    if reworded == group and _verb_end().search(group) is None:
        # (县财政局负责做好资金调度: names, a role verb, then the work it gives them — the clause reader keeps the
        # work as a note)
        without = dutymod.names_and_role(group)
        if without is None:
            return False
        reworded = without
    if not dutymod.names_role(reworded):
        return False
    names = _clause_names(reworded)
    # (…。由分管副县长牵头,县应急局负责: a post alone is whoever holds it, the item's leader; …。县长王刚负总责: so is a
    # titled person)
    return bool(names) and all(
        (units.ends_like_unit(n) and not _DOING.match(n))
        or units.post_alone(n)
        or units.titled_person(n) is not None
        # (院党组书记、院长向东升负总责: an office of the titled person after it)
        or (k + 1 < len(names) and units.is_post(n) and units.titled_person(names[k + 1]) is not None)
        # (由副县长马建国、孙志刚共同负责: a name after a titled person, who shares the title)
        or (k > 0 and units.bare_person(n) and units.titled_person(names[k - 1]) is not None)
        for k, n in enumerate(names)
    )


# Words that start what is done, not a body's name: 组织全县中小学校参与, 鼓励民营医院参与, 落实属地政府负责.
_DOING = lazy(
    f"(?:{lexicon('WORK_VERB')}|组织|动员|鼓励|邀请|引导|发动|带动|吸引|号召|督促|指导|协调|支持|促进|要求|确保|依托|联合|会同)"
)


# A sentence's end where a page made 。 an ASCII . (…建设. …增长15%.), not a figure's point.
_DOT_END = re.compile(r"[\u4e00-\u9fff%)”]\.$")
# Words of a sentence on all the items, not on the one before it (同时,确保以上各项任务按期完成。(X负责): the closing's).
_ON_ALL = re.compile(r"(?<![\d%万亿個个])以上|上述|前述|各项|各項|所有")  # (not 增长8%以上: "or more")
# The words that say a line goes on with the item before (其中…, 同时…); and those of a line that opens as more of
# an item or as a word on the items before it (以上…, 上述…, 其余…): no item of its own either way.
_SAYS_MORE = re.compile(r"(?:其中|同时|同時|此外|另外|并|並|对此|對此|为此|為此)")
_GOES_ON = re.compile(rf"(?:{_SAYS_MORE.pattern}|以上|上述|其余|其餘)")
# Broken bytes where a number was (?。ǘ┩, �): a replacement mark, then no character of a sentence's start.
_BROKEN_START = re.compile(r"[?\ufffd]")


def _whole_item(line: str) -> bool:
    """推进东部石化基地建设。(牵头单位:市发改委;配合单位:…): a sentence of the work, then its own clause naming who
    answers — an item's whole line, not a heading nor a sentence about the items before or after."""
    text, clause = items.split_inline(line)
    return (
        clause is not None
        and len(text.strip()) >= 6
        and (
            text.rstrip().endswith(("。", ";"))
            or _DOT_END.search(text.rstrip()) is not None  # (a page that made every 。 an ASCII .)
        )
        and dutymod.names_role(clause)
    )


def _flatten(tasks: list[Built]) -> list[Built]:
    """The items of a container: a group's items in its place (see Builder._group). Where every numbered line
    is a title (a group's, or a few words over one paragraph), those over one paragraph are groups too (their
    siblings show what the numbered lines are: titles of the list's third level, which the record cannot hold)
    and the items are counted through the container (an unnumbered item's id is its ordinal in its section)."""
    if not any(b.group for b in tasks):
        return tasks
    if not all(b.group or b.alone is not None for b in tasks):
        # Some numbered line is an item of its own (its sentence wraps on, its bracket is on its line): the
        # numbered lines are not all titles, so a title over one paragraph stays an item, as printed.
        return [item for b in tasks for item in (b.children if b.group else [b])]
    tasks = [b.alone if b.alone is not None else b for b in tasks]
    out: list[Built] = []
    for b in tasks:
        for item in b.children:
            n = len(out) + 1
            if item.task.number != n or item.task.id != str(n):
                item.task = attrs.evolve(item.task, id=str(n), number=n, point=False)
            out.append(item)
    return out


def _titles_over_points(tasks: list[Built]) -> bool:
    """Is every numbered line of the container a title over points that each name who answers (1.专项整改问题 /
    (1)…(牵头单位:甲) (2)…(牵头单位:乙) / 2.日常管理问题 / (1)…)? Then the numbered lines are the list's third level,
    which the record cannot hold, and the points its items with the numbers they were printed with (as under
    _points_as_items), not sub-tasks 1.1, 1.2 of a task that is none."""
    return bool(tasks) and all(
        b.children
        and b.task.duties.is_empty()
        and len(b.task.text) <= _GROUP_TITLE_MAX
        and not _NOT_TITLE.search(b.task.text)
        # (no stop: a category's few words, 专项整改问题 — 12.加大传统产业改造提升力度。 is a task whose points are its
        # sub-tasks 12.1, 12.2, as DESIGN.md reads a list numbered through the notice)
        and not b.task.text.endswith(("。", "."))
        and all(not p.task.duties.is_empty() for p in b.children)
        for b in tasks
    )


def _points_as_items(tasks: list[Built]) -> list[Built]:
    """Under (一) headings whose tasks are numbered from 1 in each, 1.约束性指标。 followed by points
    (1)(2)…: the record has no level between sub-section and item, so the numbered line is the title of
    a group and its points are the items, with the numbers they were printed with (as a group of
    unnumbered items is read, see Builder._group; they keep the duties they inherited from it). Where
    tasks are numbered through the notice, 3. is a key of its own and its points stay sub-tasks 3.1,
    3.2 (DESIGN.md)."""
    if not any(b.children for b in tasks):
        return tasks
    out: list[Built] = []
    for b in tasks:
        points = b.children
        if not points:
            out.append(b)
            continue
        for k, p in enumerate(points):
            # The group's number before the point's keeps ids unique where points restart (1-1, 1-2, 2-1);
            # the group's title heads its first point, as a heading line heads the next item.
            heading = f"{b.task.number}.{b.task.text}" if k == 0 else p.task.heading
            p.task = attrs.evolve(p.task, id=f"{b.task.number}-{p.task.number}", heading=heading, point=True)
        points[-1].trailing = points[-1].trailing + b.trailing
        out.extend(points)
    return out


# A group's title read beside other groups (1. 工业源治理): a few words, no sentence's marks nor bracket.
_GROUP_TITLE_MAX = 16
_CLAUSE_THEN_COMMA = re.compile(r"\)[,,]")


def _respectively(line: str, said: scope.Roles, count: int, at: int) -> scope.Roles:
    """以上3项分别由甲、乙、丙负责: a group sentence that gives its items one body each, in order (as many bodies of
    one role as items) — the ``at``-th item's roles; ``said`` itself for any other sentence."""
    if count < 2 or ("分别" not in line and "分別" not in line) or "按职责" in line or "按職責" in line:
        return said  # (…按职责分工分别负责: each within its remit, all of them on every item)
    if len(said.lead_units) == count and not said.cooperating_units:
        return attrs.evolve(said, lead_units=(said.lead_units[at],))
    if len(said.cooperating_units) == count and not said.lead_units:
        return attrs.evolve(said, cooperating_units=(said.cooperating_units[at],))
    return said


def _field_next(lines: Sequence[Token]) -> bool:
    """Is the next line with words a labelled field (推进时限:…, 完成时限:…)?"""
    said = next((str(t).strip() for t in lines if str(t).strip()), "")
    return _ANY_FIELD.match(said) is not None


_ANY_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}:")
_NOT_TITLE = re.compile(r"[,,、;;:()()]")


def _run_pieces(text: str, least: int = 2) -> tuple[list[str], list[str | None]] | None:
    """A paragraph of unnumbered items run together (甲。(X牵头)乙。(Y牵头)): its pieces, each with its
    closing clause (None where a piece has none); None unless ``least`` clauses or more name who answers."""
    pieces = _parts_joined(items.clause_pieces(text))
    pieces = [p.lstrip(",;。 ") for p in pieces]  # a piece may start after …),
    clauses = [items.split_inline(p)[1] for p in pieces]
    if sum(1 for c in clauses if c is not None and dutymod.names_role(c)) < least:
        return None
    return pieces, clauses


def _colon_pieces(text: str) -> tuple[list[str], list[str | None]] | None:
    """A paragraph of statements each saying who answers after a colon (城镇登记失业率控制在4.5%以内:甲局负责。
    能耗降低20%:乙委牵头,丙委配合。): its pieces written as items with the clause in a bracket, as _run_pieces
    gives them; None unless every sentence is such a statement and there are two or more."""
    sentences = [p.strip() for p in text.split("。") if p.strip()]
    if len(sentences) < 2:
        return None
    pieces: list[str] = []
    clauses: list[str | None] = []
    for sentence in sentences:
        what, colon, clause = sentence.rpartition(":")
        if not colon or not what.strip() or dutymod.names_role(what) or not dutymod.names_role(clause):
            return None
        pieces.append(f"{what.strip()}({clause.strip()})")
        clauses.append(clause.strip())
    return pieces, clauses


def _parts_joined(pieces: list[str]) -> list[str]:
    """Clause pieces with each that its clause closes by a semicolon joined to the next (制定…政策(甲部牵头,乙部参加);
    推进…建设(丙局负责)。): the two parts of one sentence, one item whose clauses are merged; a full stop ends an item."""
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].rstrip().endswith((");", ");", "）；", "）;")):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _inherit(b: Built, duties: Duties) -> Built:
    """A sub-task without duties of its own answers to its task's duties; one that names only some roles
    takes the others from its task: the task's leader answers for all its points, and a point that names
    only the units that help ((2)…(乙局配合) under 1.…(甲局牵头)) keeps the task's lead."""
    own = b.task.duties
    if own.is_empty():
        b.task = attrs.evolve(b.task, duties=duties)
        return b
    changes: dict[str, object] = {}
    if duties.leaders and not own.leaders:
        changes["leaders"] = duties.leaders
    if duties.lead_units and not own.lead_units and own.cooperating_units:
        changes["lead_units"] = duties.lead_units
        changes["cooperating_units"] = tuple(u for u in own.cooperating_units if u not in duties.lead_units)
    if changes:
        b.task = attrs.evolve(b.task, duties=attrs.evolve(own, **changes))  # type: ignore[arg-type]
    return b


def _named_below(built: list[Built], start: int) -> bool:
    """Do the items from ``start`` on name who answers for them — themselves, or by a sentence after them that
    counts back (以上两项由X牵头) before an item that names its own? Then a line with a clause above them heads none."""
    for b in built[start:]:
        if any(_preceding_roles(line) is not None for _, line in b.trailing_lines()):
            return True
        if not b.task.duties.is_empty():
            return b is built[start]
    return False


def _heading_with_clause(line: str) -> bool:
    """A line between items that heads those after it with its own clause (加快城市有机更新。(县住建局牵头,…)), not a
    sentence that goes on with an item (其中…, 同时…) nor one that counts the items it speaks for ((以下两项由X牵头))."""
    return _GOES_ON.match(line) is None and _following_roles(line) is None and _preceding_roles(line) is None


_HEAD_LINE_MAX = 40


def _bodies_and_clause(line: str) -> scope.Roles:
    """科研处、社会科学处(联系校领导:周海涛): bodies' names alone, then a bracket naming the leader (and those who help):
    the bodies lead the items under it, the bracket gives the rest. Roles() where the line is no such heading."""
    head, clause = items.split_inline(line)
    if clause is None or head == line:
        return scope.Roles()
    bodies = [scope.body_alone(part) for part in head.split("、")]
    if not bodies or not all(bodies):
        return scope.Roles()
    named = scope.Roles(lead_units=tuple(u for b in bodies for u in b.lead_units))
    return scope.merge(named, _roles_of(clause))


def _title_roles(title: str, helpers: bool = True) -> scope.Roles:
    """Who a section's heading names: its words (一、区工业和信息化局牵头事项, 二、张三副市长负责的工作) or its own clause
    (一、扩大有效投资(省发展改革委牵头)) — or both, the words before the bracket naming the lead and the bracket the
    leader and the units that help (一、区住建局牵头事项(分管副区长:陈立,配合单位:区城管局)). Said of every item (本部分各项
    任务均由X牵头): ``every_item``."""
    roles = _heading_roles(title, helpers)
    if roles.lead_units and _EVERY_ITEM.search(title):
        return attrs.evolve(roles, every_item=True)
    if roles.lead_units and (said := _lead_said_in(title)) is not None:
        return attrs.evolve(roles, lead_named=True, overall=_OVERALL_LEAD.search(said) is not None)
    return roles


def _lead_said_in(title: str) -> str | None:
    """The part of a heading that says by a lead's label or verb who leads — its bracket ((牵头单位:甲局), (甲局牵头)), or
    its words before 牵头的工作 (县发改局牵头的工作) — or None: a 牵头 in the task's words (落实部门牵头抓总责任…(甲局负责))
    or a leader's label (牵头领导:) says no body leads."""
    _, clause = _heading_clause(title)
    if clause is not None:
        return clause if _LEAD_WORD.search(clause) else None
    return title if _LEAD_WORD.search(title) and _HEADING_LEAD.search(title) else None


def _heading_clause(title: str) -> tuple[str, str | None]:
    """A heading's words and its own clause: in a bracket ((一)粮油类(由市粮食局牵头,…)) or, where it has none, a
    last sentence of bodies and their roles after the title's (…粮油类。由市粮食局牵头,市工商局配合。), as an item's."""
    head, clause = items.split_inline(title)
    if clause is None and "。" in title.rstrip("。 ") and (closing := closing_groups(title)) is not None:
        return closing
    return head, clause


# A lead's label or verb in a heading (牵头单位:, 甲局牵头, 主办): it names who leads, not only who answers (责任单位:).
_LEAD_WORD = re.compile(r"[牵牽][头頭](?!(?:[负負][责責]|[责責]任)?[领領][导導])|主[办辦](?![的])")
# 县发改局牵头的工作, 甲局牵头事项: a heading whose words end in its lead's verb and what it heads.
_HEADING_LEAD = re.compile(r"[牵牽][头頭](?:负责|負責)?(?:的)?(?:工作|事项|事項|任务|任務)?$")
# 总牵头, 总牵头单位: the part's overall lead (scope.Roles.overall).
_OVERALL_LEAD = re.compile(r"[总總][牵牽][头頭]")
# 本部分各项任务均由X牵头, 以下工作统一由X牵头: a heading's sentence on every item under it.
_EVERY_ITEM = re.compile(r"(?:均|统一|統一|全部|都)由")


def _heading_roles(title: str, helpers: bool) -> scope.Roles:
    named = scope.heading_roles(title)
    if named:
        return named
    head, clause = _heading_clause(title)
    if clause is None or head == title:
        return _clause_roles(title, helpers)
    if not (named := scope.heading_roles(head)):
        return _bodies_and_clause(title) or _clause_roles(title, helpers)
    return scope.merge(named, _roles_of(clause))


def _clause_roles(heading: str, helpers: bool = True) -> scope.Roles:
    """A heading's own clause (一、扩大有效投资(省发展改革委牵头,省财政厅配合)): who answers for its items — the
    units that help too, unless ``helpers`` is False (a line between items with a clause, 加快城市有机更新。(X牵头,Y配合),
    may be an item whose number was lost: its lead is lent to the items after it, its helpers are its own)."""
    clause = _heading_clause(heading)[1]
    if clause is None:
        return scope.Roles()
    roles = _roles_of(clause)
    return roles if helpers else scope.Roles(roles.leaders, roles.lead_units)


def _fields_roles(lines: Sequence[str]) -> scope.Roles:
    """Who a block of field lines names (责任领导:甲 / 牵头单位:乙 / 配合单位:丙), read together as one item's lines are."""
    return _roles_of(";".join(line.strip().rstrip("。;") for line in lines))


def _roles_of(clause: str) -> scope.Roles:
    """Who a clause names, as the roles a scope gives (leaders, lead and cooperating units)."""
    duties = items.clause_duties(clause)
    return scope.Roles(duties.leaders, duties.lead_units, duties.cooperating_units, duties.deadline)


# 以下工作由县经信局牵头,各乡镇配合。 under a heading: who answers for the items that follow it.
_FOLLOWING = re.compile(r"^(?:以下|下列|下述|本部分)[^,。:;]{0,12}?(?:均|都)?由(?P<clause>[^。:]+)")


# 以上3项由县发改局牵头,县财政局配合。 after items: who answers for the items before it (as many as it counts).
_PRECEDING = re.compile(
    r"^[(]?(?:"
    + dutymod.SAID_OF_ITEMS_BEFORE
    + "|"
    + dutymod.SAID_OF_THIS_ITEM
    + r")(?P<clause>(?:[^。()]|\([^()]*\))+)。?[)]?。?$"  # (a bracket inside a name: 各县(市、区)政府)
)
# 以上三项工作年底前全部完成。(X牵头,Y配合): a sentence on the items before, its clause in a bracket at its end.
_PRECEDING_BRACKET = re.compile(
    r"^(?:以上|上述|前述)(?P<count>\d{1,3}|[一二三四五六七八九十两]{1,3})?(?:项|条|个)?[^()]{0,40}?\((?P<clause>[^()]+)\)。?$"
)
# (以上3项牵头领导:甲;牵头单位:乙局;配合单位:丙局): the items before it counted, then their fields, labelled.
_PRECEDING_FIELDS = lazy(
    rf"^\(?(?:{dutymod.SAID_OF_ITEMS_FIELDS}|{dutymod.SAID_OF_PART})"
    rf"(?P<clause>(?:{dutymod._label_regex()}) *:(?:[^()]|\([^()]*\))+?)。?\)?。?$"
)
_SAID_OF_BEFORE = ("以上", "上述", "前述", "(以上", "(上述", "本部分", "该部分", "該部分")
# 本部分工作由X牵头 after a part's last item says who answers for the part's items above it; before them, for those below.
_OF_THE_PART = ("本部分", "该部分", "該部分")
# (the same in a bracket of its own: (第(2)(3)项由X牵头,…), read even after an item that has its clause)
_BRACKETED_NUMBERED = ("(第", "(以上第", "(上述第")
_SAID_OF_NUMBERED = ("以上第", "上述第", "前述第", "第", "以上(", "上述(", *_BRACKETED_NUMBERED)
# 以上第1至3项工作由X牵头 / 上述第4、5项由X牵头,Y配合;第6项由Z负责: the items a sentence numbers, and who answers.
_ITEM_REFS = re.compile(
    # (以上(一)至(三)项由…: no 第 before items numbered in brackets)
    r"^\(?(?:以上|上述|前述)?(?:第|(?=\([一二三四五六七八九十\d]))(?P<refs>[\d一二三四五六七八九十、,至到~\-—－第()项]{1,30}?)(?:项|条)(?:工作|任务|目标|事项)?,?"
    r"(?P<each>分别|分別)?(?:均|都|也|亦)?由(?P<clause>[^;。]+)"
)
# 以上1—3项挂点领导:田 玉 / 以上第4至6项牵头单位:甲局;配合单位:乙局: a range of the items above, then their fields.
_ITEM_RANGE_FIELDS = lazy(rf"^{dutymod.ITEMS_RANGE_OPENER}(?P<clause>(?:{dutymod._label_regex()}) *:[^。]+)。?$")
_REF_RANGE = re.compile(
    r"(\d{1,3}|[一二三四五六七八九十]{1,3})(?:[至到~\-—－]第?(\d{1,3}|[一二三四五六七八九十]{1,3}))?"
)


@lru_cache(maxsize=256)
def _numbered_refs(line: str) -> tuple[tuple[frozenset[int], scope.Roles, str | None], ...] | None:
    """Each group of items a sentence names by number (第1至3项, 第4、5项, 第6项; parts parted by ;) with the roles its
    clause gives them and the deadline it or the sentence's close (均于…前完成) sets; None for any other line."""
    if ("由" not in line or ("第" not in line and _BRACKETED_REFS.match(line.strip()) is None)) and not (
        ":" in line and _ITEM_RANGE_FIELDS.match(line.strip())
    ):
        return None
    found: list[tuple[frozenset[int], scope.Roles, str | None]] = []
    closing = _ALL_DUE.search(line)
    fields = _ITEM_RANGE_FIELDS.match(line.strip()) if "由" not in line else None
    # ((第(6)(7)项由X牵头,…;第(8)项由Y牵头,…): one bracket round the groups — each group without it)
    # (第(四)项由甲牵头,第(五)(六)项由乙牵头,丙配合: a comma before the next group's 第 parts the groups too)
    for part in [line.strip()] if fields else _NEXT_GROUP.split(_unbracketed(line.strip())):
        # ((第(2)(3)项由X牵头,…): a bracket at a paragraph's end round the sentence, the items' numbers in brackets too)
        m = fields or _ITEM_REFS.match(_unbracketed(part.strip()))
        if m is None or not dutymod.names_role(m.group("clause")):
            continue
        numbers: set[int] = set()
        # ((一)至(三), (五)(六): the numbers without their brackets, two bracketed side by side parted)
        refs = m.group("refs").replace(")(", "、").replace("(", "").replace(")", "")
        for r in _REF_RANGE.finditer(refs):
            first = numeral(r.group(1))
            last = first if r.group(2) is None else numeral(r.group(2))
            numbers.update(range(first, min(last, first + 100) + 1))
        roles = _roles_of(m.group("clause"))
        if numbers and roles:
            words = in_sentence(m.group("clause")) or (closing.group("when") if closing else None)
            if not fields and m.group("each") and len(roles.lead_units) == len(numbers) > 1:
                # 第7至第9项分别由甲局、乙局、丙局牵头,丁局配合: respectively — each item its own lead, in order
                for number, lead in zip(sorted(numbers), roles.lead_units, strict=True):
                    found.append((frozenset((number,)), attrs.evolve(roles, lead_units=(lead,)), words))
                continue
            found.append((frozenset(numbers), roles, words))
    return tuple(found) or None


_BRACKETED_REFS = re.compile(r"^\(?(?:以上|上述|前述)\([一二三四五六七八九十\d]{1,3}\)")
# (not ,第三方检测机构配合: a 第 that opens the next group numbers items, 项 or 条 a few characters on)
_NEXT_GROUP = re.compile(r";|,(?=第[^,;。]{1,12}?[项条])")


def _unbracketed(sentence: str) -> str:
    return sentence[1:-1] if sentence.startswith("(") and sentence.endswith(")") else sentence


_ALL_DUE = lazy(rf"(?:均|都|全部)应?(?:于|在)(?P<when>{lexicon('DEADLINE')})")


def _due_by(task: Task, words: str | None) -> Task:
    """The task with the deadline a group sentence sets, where it names none of its own."""
    if words is None or task.duties.deadline is not None:
        return task
    return attrs.evolve(task, duties=attrs.evolve(task.duties, deadline=read_deadline(words)))


_SAID_OF_AFTER = ("以下", "下列", "(以下", "(下列")


_SEVERAL = ("均", "都", "各项", "全部", "所有", "几项", "工作", "事项", "任务")
_THIS_ONE = ("该项", "此项", "本项", "这项", "該項", "這項")


# 以上工作由常务副区长郭志明统筹推进。/ …负责统筹。: in a sentence on the items before it, who steers them answers for
# them (统筹 is no role verb elsewhere: a preamble's 牵头单位统筹推进 is a sentence).
_STEERS = re.compile(r"(?:(?:负责|負責)?统筹(?:推进|推進|协调|協調|调度|調度|落实|落實)?|(?:负责|負責)统筹)(?=。?$)")


def _shared_fields(line: str) -> bool:
    """以上两项责任单位:…, 以上3项牵头领导:…: a line of labelled fields the items before it share."""
    return _PRECEDING_FIELDS.match(line.strip()) is not None


@lru_cache(maxsize=256)
def _preceding_roles(line: str) -> tuple[scope.Roles, int] | None:
    """The roles a sentence after items gives the items before it (以上3项由X牵头,Y配合。), and how many
    items it counts (0 where it does not); None for any other line."""
    if (steered := _steered_by_role(line)) is not None:
        return steered  # (before the general reading, which took 县委常委 for a body)
    said = _STEERS.sub("负责", _count_without_pinyin(line.strip()))
    if "。" in said[:-1] and ":" in said:
        # 以上两项由县经委牵头,县招商局配合。责任领导:副县长王保国。: the fields after the sentence's full stop go on
        # its clause (as after a ;)
        said = _FIELDS_AFTER_STOP.sub(";", said)
    found = _counted_roles(_PRECEDING.match(said) or _PRECEDING_BRACKET.match(said) or _PRECEDING_FIELDS.match(said))
    if found is None:
        return None
    roles, count, m = found
    if count is None:
        # 以上工作均由…, 以上各项由…: the items since the last such sentence (0); 上述项目由… with no count and no
        # word for several: the one item it follows (-1).
        return roles, 0 if any(w in line[: m.start("clause")] for w in _SEVERAL) else -1
    return roles, count


# The groups of a sentence, parted by its commas and semicolons (its full stop dropped with them).
_GROUPS_APART = re.compile(r"[,;，；。]+")


# A full stop before a field's label (…配合。责任领导:…): the clause goes on after it.
_FIELDS_AFTER_STOP = lazy(rf"。(?={dutymod._label_regex()})")


# 以上工作由县委常委、常务副县长统筹推进。/ 以上工作由分管副县长按照分工牵头推进。: items steered by an office named by
# its title alone, no one's name.
_STEERED_BY_ROLE = re.compile(
    r"^(?:以上|上述)(?P<count>\d{1,3}|[一二三四五六七八九十两]{1,3})?(?:项|条|个)?[^由,。;]{0,8}?(?:均|都)?由"
    r"(?P<who>[^,。;()由]{2,24}?)(?:按照分工|按分工|按照职责|按职责)?(?:统筹推进|统筹协调|负责统筹|统筹|牵头推进|牵头抓总)。?$"
)


def _steered_by_role(line: str) -> tuple[scope.Roles, int] | None:
    """A sentence on the items before it that names who steers them by a leader's title alone (分管副县长, 县委常委、
    常务副县长): that role, as written, is their leader (a role, ``Leader.is_role``), as a leaders field naming a title
    is read. None where the sentence names a person or a body, or is no such sentence."""
    m = _STEERED_BY_ROLE.match(line.strip())
    if m is None:
        return None
    who = m.group("who")
    titles = re.split(r"[、,]", who)
    if not all(units.bare_title(t) or units.GENERIC_TITLE.match(t) or _ROLE_TITLE.search(t) for t in titles):
        return None
    if any(units.titled_person(t) or (units.looks_like_unit(t) and not _ROLE_TITLE.search(t)) for t in titles):
        return None
    count = m.group("count")
    return scope.Roles(leaders=(units.leader(who),)), numeral(count.replace("两", "二")) if count else 0


# A title at a name's end (…副县长, …常委, 分管…工作的副市长): an office, not a body.
_ROLE_TITLE = re.compile(r"(?:[省市县区州旗]长|[省市县区州旗]委常委|常委|书记|主任|主席|秘书长|领导)$")


def _counted_roles(m: re.Match[str] | None) -> tuple[scope.Roles, int | None, re.Match[str]] | None:
    """The roles a sentence's clause names and the items it counts (None where it counts none), or None where the
    sentence names no one."""
    if m is None or not dutymod.names_role(m.group("clause")):
        return None
    roles = _roles_of(m.group("clause"))
    if not roles:
        return None
    count = m.group("count")
    if not count:
        return roles, None, m
    return roles, numeral(count.replace("两", "二")), m


# (以下两项由县发改局牵头) / 以下3项工作由…负责。 on a line between items: who answers for the next items (as many as it
# counts; all the rest of the part where it counts none).
_FOLLOWING_BETWEEN = re.compile(
    r"^[(（]?(?:以下|下列)(?P<count>\d{1,3}|[一二三四五六七八九十两]{1,3})?(?:项|条|个)?[^,。:;由()（）]{0,8}?(?:均|都)?由"
    # (a name may hold a mirror's pinyin, 资(zī), or a bracket of its own, 各县(市、区)政府)
    r"(?P<clause>(?:[^。()（）:]|" + PIN + r"|\([^()（）]*\))+)[。:]?[)）]?。?$"
)


def _count_without_pinyin(line: str) -> str:
    """以下兩項(xiàng)由… → 以下兩項由…: a mirror's pinyin taken out of the words that count the items (the names after 由
    keep theirs, as written)."""
    if "(" not in line:
        return line
    return _COUNT_WORDS.sub(lambda m: without_pinyin(m.group()), line, count=1)


_COUNT_WORDS = re.compile(r"^\(?(?:以下|下列|以上|上述|前述)[^由]{0,24}?由")


def _following_roles(line: str) -> tuple[scope.Roles, int] | None:
    """The roles a line between items gives the items after it, and how many (0: the rest of the part)."""
    if "由" not in line or not line.lstrip("(（").startswith(("以下", "下列")):
        return None
    found = _counted_roles(_FOLLOWING_BETWEEN.match(_count_without_pinyin(line.strip())))
    if found is None:
        return None
    roles, count, _ = found
    return roles, count or 0


def _intro_roles(intro: str) -> scope.Roles:
    """The roles an introduction's sentence gives the items under its heading (以下…由X牵头,Y配合), or its last
    line, a body's name alone over them (八、… / 市卫生局 / 1.…: a list grouped by the body answering)."""
    last = intro.rstrip().rsplit("\n", 1)[-1].strip()
    if last and (alone := scope.body_alone(last)):
        return alone
    if last and (named := _bodies_heading(last)):
        return named  # 党委组织部(联系校领导:杨建明) / 1.…: the body leads, its bracket names the leader
    lines = [line.strip() for line in intro.split("\n") if line.strip()]
    block = list(itertools.takewhile(lambda line: _FIELD_LINE.match(line) is not None, reversed(lines)))
    if len(block) >= 2:
        # 牵头单位:甲局; / 责任单位:乙局、丙局 — a block of field lines, one field a line, last under the heading: read
        # together, as one clause (its first line alone named the lead and lost the others)
        return _roles_of(";".join(line.rstrip(";；") for line in reversed(block)))
    for line in intro.split("\n"):
        sentence = line.strip()
        if sentence[:1] in "(（" and sentence[-1:] in ")）":
            sentence = sentence[1:-1]  # (以下两项由各县(市、区)政府负责): the sentence in its bracket
        m = _FOLLOWING.match(sentence)
        if m is None or not dutymod.names_role(m.group("clause")):
            # 一、优化营商环境 / 由县发改局牵头,各相关部门配合。 / 1.… — a line of bodies and their verbs alone under
            # the heading, before the first item: who answers for the items under it, as 以下…由… says.
            if (own := _verb_line(line)) is not None:
                return _roles_of(own)
            if (said := _labelled_sentence(line)) is not None:
                return _roles_of(said)
            if (fields := _bracketed_fields(line)) is not None:
                return _roles_of(fields)
            continue
        return _roles_of(m.group("clause"))
    return scope.Roles()


def _bracketed_fields(line: str) -> str | None:
    """(责任领导:常务副县长马骏;牵头单位:县发改局;责任单位:…) alone on its line under a heading: the heading's own
    clause, for every item under it (its fields without the bracket), or None."""
    text = line.strip()
    if text[:1] not in "(（" or text[-1:] not in ")）":
        return None
    fields = text[1:-1]
    return fields if _OWN_LABEL.match(fields) and dutymod.names_role(fields) else None


def _labelled_sentence(line: str) -> str | None:
    """A sentence of an introduction that says its bodies with a label and a copula (…牵头推进。市法制办、市编办为
    主要责任单位。), as the clause it words: the first such sentence of the line, or None."""
    if "为" not in line and "為" not in line:
        return None
    for sentence in line.split("。"):
        said = dutymod.reworded(sentence.strip())
        # (由王明副市长牵头,市法制办为主要责任单位: the labelled part after a comma, the leader read apart)
        if said != sentence.strip() and (m := _OWN_LABEL.search(said)) and dutymod.names_role(said[m.start() :]):
            return said[m.start() :]
    return None


# A clause's part that starts with its label (主要责任单位:…), as reworded gives a copula sentence.
_OWN_LABEL = lazy(f"(?:^|(?<=[,;]))(?:{lexicon('LABEL')}):")


def _with_leaders(roles: scope.Roles, leaders: tuple[Leader, ...]) -> scope.Roles:
    """An introduction's roles with the leaders its sentences name beside them (由王明副市长牵头,李华副市长配合。
    市法制办为主要责任单位。): who leads and which bodies answer are said in sentences of their own."""
    if not leaders or roles.leaders:
        return roles
    return scope.Roles(leaders, roles.lead_units, roles.cooperating_units, roles.deadline)


def _group_leaders(text: str) -> tuple[Leader, ...]:
    """张三市长负责事项 anywhere in a heading or intro line (scope.heading_roles reads whole headings)."""
    names = (m.group(1) or m.group(2) for m in _GROUP_LEADER.finditer(text))
    return tuple(units.leader(name) for name in names if scope.is_person(name))


_LOCK = threading.Lock()


@cache
def _parser() -> tuple[Lark, Builder]:
    builder = Builder()
    return build(
        "notice",
        transformer=builder,
        lexer="basic",
        lexer_callbacks={
            "TASK": builder.saw_task,
            "SECTION": builder.saw_section,
            "ATTACHMENT": builder.saw_attachment,
        },
    ), builder


_SUBSECTION_LINE = re.compile(r"^\([一二三四五六七八九十]{1,3}\)", re.MULTILINE)
_SUBSECTION_AT = LineStart(_SUBSECTION_LINE)
_SECTION_LINE = re.compile(r"^[一二三四五六七八九十]{1,3}、", re.MULTILINE)
_TASK_LINE = re.compile(r"^(\d{1,3})[.、]", re.MULTILINE)


def numbering_restarts(text: str) -> bool:
    """Do the tasks 1. 2. … start again at 1 under each (一) sub-section — or can the text not tell (no
    task follows a later heading)? Then a task number names a place within its sub-section, as a group
    heading's does (see _points_as_items). False where tasks go on counting after any later heading
    (一、 or (一)): they are numbered through the notice."""
    if not _SUBSECTION_AT.found(text):  # at line starts only (scans.LineStart: most notices have none)
        return False
    marks = sorted(
        [(m.start(), 0) for m in _SUBSECTION_LINE.finditer(text)]
        + [(m.start(), 0) for m in _SECTION_LINE.finditer(text)]
        + [(m.start(), int(m.group(1))) for m in _TASK_LINE.finditer(text)]
    )
    last, after_heading = 0, False
    for _, number in marks:
        if number == 0:
            after_heading = True
            continue
        if after_heading and last >= 1:
            return number == 1  # the first task under a later heading: 1 again, or counting on
        last, after_heading = number, False
    return True


def read(text: str, ctx: ReadContext) -> list[BuiltSection]:
    """The sections (with their items) of ``text``, logical lines after layout recovery."""
    with _LOCK:
        lark, builder = _parser()
        builder.reset(ctx)
        try:
            ctx.numbering_restarts = numbering_restarts(text)
            ctx.fields_above = fields_above(text)
            ctx.leaders_above = ctx.fields_above or leaders_above(text)
            if fastpaths.ENABLED:
                return linescan.parse(linescan.lex(lark, text), builder)  # the same parse without Lark's parser
            built: list[BuiltSection] = lark.parse(text)  # type: ignore[assignment]  # the Builder's start()
        finally:
            builder.release()
    return built
