"""A paragraph of several tasks run together, each a sentence closed by who answers for it::

    全市地区生产总值增长6%左右,由市发改委牵头,市统计局配合。一般公共预算收入增长5%,由市财政局牵头,市税务局配合。

(a report's task division written as running prose, one paragraph a section). Each such sentence goes on a line of
its own, numbered in its paragraph (1. 2. …, the ordinals a reader gives them): an item closed by its clause, even one
body's 由X负责 (which alone, closing a paragraph, may be a requirement's words, not a task's). A sentence that names no one goes with the next that does (the clause closes its task: 推进…。力争…,由甲局
牵头。 is one task), and those after the last with it. Only a paragraph with no number of its own and two such sentences or more is cut; lines are added, so the step
gives the source line of each line (``quoted.lines_cut``)."""

from __future__ import annotations

import re
from array import array

from fyplan.read.ordinals import has_ordinals
from fyplan.read.quoted import lines_cut
from fyplan.read.scans import holds
from fyplan.units import ends_like_unit

# …,由市发改委牵头,… / …,由市人社局负责。 / …,由市统计局、市发改委分别牵头。: a group opened by 由 that names who answers.
_CLOSED_BY = re.compile(r"[,，;；]由[^,，。;；由]{2,60}?(?:牵头|牽頭|负责|負責)")
_SENTENCE = re.compile(r"[^。]*(?:。|$)")
# A line that is numbered, a heading or a field: never a paragraph of run-together tasks.
_NUMBERED = re.compile(
    r"^[ \t\u3000]*(?:\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])"
)
_LEAST = 2


# A meeting's decision, then its matters parted by semicolons, each naming who leads it mid-sentence (会议决定:九重区域
# 环境整治由王光玲牵头,九重镇落实;香花区域…由王培理牵头,…;…): the tag, and the matters' clauses.
_DECIDED = re.compile(r"(?:会议|會議)(?:决定|決定|要求|明确|明確|议定|議定|确定|確定|研究决定|研究決定)[:：]")
_NUMBERED_LINE = re.compile(
    r"^[ \t\u3000]*(?:\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])",
    re.MULTILINE,
)
# A matter's topic before 由 that only points back (该项目由…, 此项工作由…): the decision's words on the matter above.
_POINTING = ("该", "此", "这", "本", "其", "該", "這")
# A part that opens with the bodies that answer (县财政局负责协调解决…, 督导组负责每天报送…, 县应急管理局要…): a
# matter of its own, though no one leads it.
_BODY_ANSWERS = re.compile(
    r"^(?:[^,，。;；由]{2,30}?[,，])?[^,，。;；由]{2,30}?(?:负责|負責|牵头|牽頭|要|须|須)(?=[\u4e00-\u9fff])"
)  # (项目建设资金缺口问题,县财政局负责协调解决: the problem, then who sees to it)
# The report going on after the matters (。会议要求,…, 。会议强调,…, 。周立指出:…): no part of the last matter.
_REPORT_ON = re.compile(
    r"(?<=。)(?:会议|會議|会上|會上)(?:还|還|要求|强调|強調|指出|认为|認為)|(?<=。)[\u4e00-\u9fff]{2,3}(?:强调|強調|指出|表示)[,:，：]"
)
_ANY_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,2}(?:是|要(?![求素点]))|第[一二三四五六七八九十]{1,2}[,，]")
_LED_BY = re.compile(r"(?<![,，;；])由(?![于於此])[^,，。;；由]{2,20}?(?:牵头|牽頭|负责|負責)")


def closed_sentences(text: str) -> tuple[str, array[int] | None]:
    """``text`` with each run-together paragraph's tasks one a line (see the module's doc), and each line's source
    line (None, and the text itself, where no paragraph is cut)."""
    if (
        ("；" in text or ";" in text)
        and ("会议" in text or "會議" in text)  # (literal scans first: the pattern is tried at every character)
        and _DECIDED.search(text) is not None
        and _NUMBERED_LINE.search(text) is None
    ):
        # (only in a text that numbers nothing: minutes of topics 一、关于… decide under each, and their readers
        # take a topic's matters as one item)
        decided, origin = lines_cut(text, _decided_pieces)
        if origin is not None:
            return decided, origin
    if (
        (holds(text, "牵头,") or holds(text, "牵头，"))
        and _OPENED_BY.search(text) is not None
        # (not in a list of items numbered 1. 2.: a paragraph under an item is its words, 甲局牵头,负责… its division)
        and _ITEM_LINE.search(text) is None
    ):
        opened, origin = lines_cut(text, _opened_pieces)
        if origin is not None:
            return opened, origin
    if not (holds(text, ",由") or holds(text, "，由")):
        return text, None
    # (a line with two such groups at least, found from the groups' places: no line read one by one where none is)
    last_line, twice = -2, False
    for m in _CLOSED_BY.finditer(text):
        line = text.rfind("\n", 0, m.start())
        if line == last_line:
            twice = True
            break
        last_line = line
    return lines_cut(text, _pieces) if twice else (text, None)


def _pieces(line: str) -> list[str] | None:
    if line.count("。") < _LEAST or _NUMBERED.match(line) or len(_CLOSED_BY.findall(line)) < _LEAST:
        return None
    if has_ordinals(line):
        return None  # (一是…;二是…: the ordinals number the tasks, read.ordinals cuts them)
    indent = line[: len(line) - len(line.lstrip(" \t\u3000"))]
    pieces: list[str] = []
    since = ""  # the sentences since the last closed one
    for m in _SENTENCE.finditer(line.strip(" \t\u3000")):
        sentence = m.group()
        if not sentence:
            continue
        since += sentence
        if _CLOSED_BY.search(sentence):
            pieces.append(since)
            since = ""
    if since.strip():
        if not pieces:
            return None
        pieces[-1] += since  # (…配合。力争年底前全部完工。: the last task's words after its clause)
    if len(pieces) < _LEAST:
        return None
    return [f"{indent}{k}.{piece}" for k, piece in enumerate(pieces, 1)]


# A sentence that opens with the bodies that lead its task, then the work (县水务局牵头,组织开展…; 县农委、畜牧局牵头,…;
# 即 before the first: the report's "namely").
_OPENED_BY = re.compile(r"(?:^|[。;；])[ \t\u3000]*(?:即|其中,|其中，)?(?P<who>[\u4e00-\u9fff、]{2,30}?)牵头[,，]")
_OPENED_LEAST = 3  # such sentences in one paragraph, at least, before it is read as tasks run together


_ITEM_LINE = re.compile(r"^[ \t\u3000]*\d{1,3}[.、．](?!\d)", re.MULTILINE)
# The lead-in of a paragraph of tasks closed by their clauses (…重点抓好以下三项工作。 / …安排如下:): no task's words.
_LEAD_IN = re.compile(r"^[^。]*(?:以下|如下|下列)[^。]*[。:：]")


def _opened_pieces(line: str) -> list[str] | None:
    """A paragraph of a report's tasks run together, each a sentence that opens with who leads it (…八大行动。即县水务局
    牵头,组织开展…。县环保局牵头,督促…;县林业局牵头,做好…。): the words before the first such sentence one line, then
    each task a line numbered in order (a sentence that names no lead goes on the task before it). Only with three such
    sentences or more, each naming bodies only before its 牵头, in a line that numbers nothing of its own."""
    if _NUMBERED.match(line) or has_ordinals(line):
        return None
    starts = [m for m in _OPENED_BY.finditer(line) if _bodies_only(m.group("who"))]
    if len(starts) < _OPENED_LEAST:
        return None
    cuts = [m.start() + (1 if m.group()[:1] in "。;；" else 0) for m in starts]
    indent = line[: len(line) - len(line.lstrip(" \t\u3000"))]
    clauses = [_HELPERS_ONLY.match(line, m.end()) is not None for m in starts]
    if any(clauses):
        if not all(clauses):
            return None  # (some open their tasks, some close them: no telling which words are whose)
        # 推进甲。县住建局牵头,县财政局配合。推进乙。…: each sentence of who leads and who helps closes the task before
        # it — the task's sentences and that clause one line
        ends = [_SENTENCE_END.search(line, m.end()) for m in starts]
        stops = [e.end() if e is not None else len(line) for e in ends]
        if line[stops[-1] :].strip():
            return None  # (words after the last clause: a report's own, or a task no clause closes)
        lead_in = _LEAD_IN.match(line.strip(" \t\u3000"))
        begin = len(indent) + lead_in.end() if lead_in is not None and lead_in.end() < cuts[0] else 0
        tasks = [line[a:b].strip() for a, b in zip([begin, *stops[:-1]], stops, strict=True)]
        head = line[:begin].strip()
        return [*([f"{indent}{head}"] if head else []), *(f"{indent}{k}.{t}" for k, t in enumerate(tasks, 1))]
    head = line[: cuts[0]].rstrip()
    tasks = [line[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]
    tasks = [_OPENER_WORD.sub("", t, count=1) for t in tasks]
    return [*([head] if head.strip() else []), *(f"{indent}{k}.{t}" for k, t in enumerate(tasks, 1))]


# After 甲局牵头, the bodies that help and their verb, to the sentence's end (县财政局配合。): a clause, no task's words.
_HELPERS_ONLY = re.compile(r"[\u4e00-\u9fff、()]{2,60}?(?:配合|协助|参与|协办|负责)(?:[。;；]|$)")
_SENTENCE_END = re.compile(r"[。;；]")


def _bodies_only(who: str) -> bool:
    """县农委、畜牧局: the names before a 牵头 are all bodies' (not 要求县级部门, 会议要求县水务局: a sentence's words — minutes
    are the prose reader's)."""
    names = who.split("、")
    return not _SENTENCE_WORDS.search(who) and all(2 <= len(n) <= 20 and ends_like_unit(n) for n in names)


_OPENER_WORD = re.compile(r"^(?:即|其中[,，])")  # (即县水务局牵头,…: the report's "namely", no word of the task)
_SENTENCE_WORDS = re.compile(r"会议|會議|要求|同意|明确|明確|决定|決定|由|请|請")


def _decided_pieces(line: str) -> list[str] | None:
    """A paragraph of a meeting's decided matters parted by semicolons (会议决定:…;…;…), two or more of them naming
    who leads mid-sentence (X由甲牵头,乙落实): the words up to the tag and the remit before the first matter (要按照…
    要求,…工作。) one line, then each matter a line numbered in order; a part naming no one goes with the matter
    before it (…牵头,连夜开会研究…;督导组负责每天报送… is the last matter's)."""
    tag = _DECIDED.search(line)
    if tag is None or _NUMBERED.match(line) or _ANY_ORDINAL.search(line, tag.end()) is not None:
        return None  # (会议议定:三是…;四是…: the ordinals number the matters, read.ordinals cuts them)
    body = line[tag.end() :]
    going_on = _REPORT_ON.search(body)
    after = body[going_on.start() :].strip() if going_on is not None else ""
    body = body[: going_on.start()] if going_on is not None else body
    parts = [p for p in re.split(r"(?<=[;；])", body) if p.strip()]
    led = [_led(p) for p in parts]
    if sum(led) < _LEAST or not led[0]:
        return None
    first = parts[0]
    # (要按照“…”要求,全力做好保鲜提升工作。九重区域…由…牵头: the remit ends at the last full stop before the matter)
    cut = first.rfind("。", 0, _LED_BY.search(first).start())  # type: ignore[union-attr]
    head = line[: tag.end()] + (first[: cut + 1] if cut >= 0 else "")
    parts[0] = first[cut + 1 :] if cut >= 0 else first
    matters: list[str] = []
    for part, named in zip(parts, led, strict=True):
        if named or not matters or _BODY_ANSWERS.match(part.strip()):
            matters.append(part.strip())
        else:
            matters[-1] += part.strip()
    indent = line[: len(line) - len(line.lstrip(" \t\u3000"))]
    return [head.rstrip(), *(f"{indent}{k}.{m}" for k, m in enumerate(matters, 1)), *([after] if after else [])]


def _led(part: str) -> bool:
    """Does a part name who leads the matter mid-sentence, after the matter's own topic (九重区域环境整治由王光玲牵头)?
    Not a topic that only points back (该项目由副县长刘洋牵头: the decision on the matter above)."""
    m = _LED_BY.search(part)
    if m is None:
        return False
    topic = part[: m.start()].strip()
    return len(topic) >= 2 and not topic.startswith(_POINTING)
