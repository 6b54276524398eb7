"""The parse cache: a second load reads entries, not files; a damaged entry is parsed again, never trusted."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner
from corpora import notice_text, write_corpus
from hypothesis import given, settings

import fyplan.files
from fyplan.corpus import Problem, load_all
from fyplan.corpus import cache as store
from fyplan.corpus.cache import ParseCache, key_of
from fyplan.corpus.load import load_path
from fyplan.model import Diagnostic, Notice, Unit
from fyplan.strategies import notices
from fyplan.terminal.cli import main
from fyplan.write import export

# Declares 3 items and has 2: the reader reports it, so the entry must keep diagnostics.
DECLARING = notice_text("青溪市", 2020, ["市财政局", "市商务局"]).replace(
    "现将2020年重点工作", "市政府确定了1个方面3项重点工作。现将2020年重点工作"
)


def _one(tmp_path: Path, text: str = DECLARING) -> tuple[Path, ParseCache]:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return path, ParseCache(tmp_path / "cache")


def _entry(cache: ParseCache, path: Path) -> Path:
    return cache.entry(key_of(path.read_bytes()))


def test_a_second_load_reads_the_entry_with_its_diagnostics(tmp_path: Path) -> None:
    path, cache = _one(tmp_path)
    first = load_path(path, cache)
    assert not isinstance(first, Problem)
    assert first.diagnostics, "the fixture should make the reader report the declared count"
    assert cache.counts == {"hit": 0, "miss": 1, "bad": 0, "written": 1}
    again = load_path(path, cache)
    assert cache.counts["hit"] == 1
    assert again == first
    assert again.diagnostics == first.diagnostics and again.source == first.source
    assert [i.line for i in again.items()] == [i.line for i in first.items()]
    # Every field, those equality ignores too (lines, spellings as written, sources): the export's full tree.
    assert export.to_json(again) == export.to_json(first)
    # JSON with a header line, never a pickle.
    raw = _entry(cache, path).read_bytes()
    header = json.loads(raw.split(b"\n", 1)[0])
    assert header["key"] == key_of(path.read_bytes()) and header["format"] == store.FORMAT
    assert json.loads(raw.split(b"\n", 1)[1])["place"] == "青溪市"
    assert b"\x80\x04" not in raw[:2]


def test_the_same_bytes_in_another_file_take_its_name(tmp_path: Path) -> None:
    path, cache = _one(tmp_path)
    load_path(path, cache)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(path.read_bytes())
    notice = load_path(copy, cache)
    assert cache.counts["hit"] == 1
    assert not isinstance(notice, Problem) and notice.source == str(copy)


def _damage_cases() -> list[tuple[str, object]]:
    def truncate(data: bytes) -> bytes:
        return data[: len(data) // 2]

    def flip_body(data: bytes) -> bytes:
        at = len(data) - 40
        return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]

    def flip_header(data: bytes) -> bytes:
        return bytes([data[0] ^ 0xFF]) + data[1:]

    def other_version(data: bytes) -> bytes:
        head, body = data.split(b"\n", 1)
        header = json.loads(head)
        header["fyplan"] = "0.0.1-0000000000000000"
        return json.dumps(header).encode() + b"\n" + body

    def same_checksum_wrong_shape(data: bytes) -> bytes:
        body = b'{"title": 5, "sections": "x"}'
        import hashlib

        head = json.loads(data.split(b"\n", 1)[0])
        head.update(length=len(body), sha256=hashlib.sha256(body).hexdigest())
        return json.dumps(head).encode() + b"\n" + body

    return [
        ("truncated", truncate),
        ("a byte flipped in the body", flip_body),
        ("a byte flipped in the header", flip_header),
        ("another fyplan's entry", other_version),
        ("a checked body that is no notice", same_checksum_wrong_shape),
        ("empty", lambda data: b""),
        ("a header alone", lambda data: data.split(b"\n", 1)[0]),
    ]


@pytest.mark.parametrize(("why", "damage"), _damage_cases(), ids=[c[0] for c in _damage_cases()])
def test_a_damaged_entry_is_parsed_again_and_replaced(tmp_path: Path, why: str, damage: object) -> None:
    path, cache = _one(tmp_path)
    fresh = load_path(path, cache)
    entry = _entry(cache, path)
    assert callable(damage)
    entry.write_bytes(damage(entry.read_bytes()))
    again = load_path(path, cache)
    assert cache.counts["bad"] == 1 and cache.counts["hit"] == 0, why
    assert again == fresh
    assert cache.counts["written"] == 2  # replaced by a good entry, which the next load reads
    load_path(path, cache)
    assert cache.counts["hit"] == 1


def test_a_cache_folder_that_is_a_file_is_skipped_with_one_note(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    blocked = tmp_path / "cache"
    blocked.write_text("not a folder")
    corpus = load_all(tmp_path / "corpus", cache=blocked)
    assert len(corpus) == 4
    assert len(corpus.notes) == 1 and "cannot be written" in corpus.notes[0]
    assert blocked.read_text() == "not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_cache_folder_is_skipped_with_one_note(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        corpus = load_all(tmp_path / "corpus", cache=folder)
    finally:
        folder.chmod(0o700)
    assert len(corpus) == 4 and len(corpus.notes) == 1


def test_a_failing_write_loses_only_the_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A folder that turns read-only (or a full disk) after the first check: every write fails.
    path, cache = _one(tmp_path)

    def refuse(target: object, data: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(fyplan.files, "write_atomic", refuse)
    notice = load_path(path, cache)
    assert not isinstance(notice, Problem) and notice.place == "青溪市"
    assert cache.counts["written"] == 0
    assert not _entry(cache, path).exists()


def test_processes_read_the_same_corpus_as_one(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    one = load_all(tmp_path / "corpus", jobs=1, cache=False)
    two = load_all(tmp_path / "corpus", jobs=2, cache=tmp_path / "cache")
    assert list(two) == list(one)
    assert [n.source for n in two] == [n.source for n in one]
    assert two.problems == one.problems
    assert store.summary(tmp_path / "cache").entries == 5  # the four notices and news.txt's parse
    warm = load_all(tmp_path / "corpus", jobs=2, cache=tmp_path / "cache")
    assert list(warm) == list(one)


def test_cache_info_and_clear_touch_only_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path / "corpus")
    root = tmp_path / "cache"
    monkeypatch.setenv(store.CACHE_ENV, str(root))
    runner = CliRunner()
    runner.invoke(main, ["--no-cache", "export", str(tmp_path / "corpus")])
    assert store.summary(root).entries == 0
    after = runner.invoke(main, ["stats", str(tmp_path / "corpus"), "--no-cache", "--by", "year"])
    assert after.exit_code == 0 and store.summary(root).entries == 0
    result = runner.invoke(main, ["export", str(tmp_path / "corpus")])
    assert result.exit_code == 0
    info = runner.invoke(main, ["cache", "info"])
    assert f"location: {root}" in info.stdout and "entries: 5 (5 of this fyplan" in info.stdout
    (root / "mine.txt").write_text("keep me")
    cleared = runner.invoke(main, ["cache", "clear"])
    assert cleared.stdout.startswith("deleted 5 entries")
    assert (root / "mine.txt").read_text() == "keep me"
    assert store.summary(root).entries == 0


@settings(max_examples=30, deadline=None)
@given(notices())
def test_an_entry_body_reads_back_exactly(notice: Notice) -> None:
    again = store.decode(store.encode(notice))
    assert again == notice
    assert export.to_json(again) == export.to_json(notice)


def test_the_annotated_shapes_read_back_exactly(example: Notice) -> None:
    # A unit whose spelling is not its name, one with no spelling, a role, a date: each kept as it was.
    odd = attrs.evolve(
        example,
        recipients=(Unit("市财政局", "财政局"), Unit("市商务局", "")),
        published=datetime.date(2019, 5, 20),
        diagnostics=(Diagnostic("warning", "某行没有读到", 7, 2, source="a.txt", places=(("1", 3),)),),
    )
    again = store.decode(store.encode(odd))
    assert export.to_json(again) == export.to_json(odd)
    assert [u.written for u in again.recipients] == ["财政局", ""]


def test_one_file_is_read_from_the_cache_as_fyplan_load_reads_it(tmp_path: Path) -> None:
    path, cache = _one(tmp_path)
    parsed = fyplan.load(path)
    first = store.load_file(path, cache.root)
    assert _entry(cache, path).is_file()
    again = store.load_file(path, cache.root)
    for notice in (first, again):
        assert export.to_json(notice) == export.to_json(parsed)
        assert notice.diagnostics == parsed.diagnostics and notice.source == str(path)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(path.read_bytes())
    assert store.load_file(copy, cache.root).source == str(copy)


def test_one_file_that_cannot_be_read_fails_as_fyplan_load_fails(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    with pytest.raises(fyplan.NoticeError) as direct:
        fyplan.load(missing)
    with pytest.raises(fyplan.NoticeError) as cached:
        store.load_file(missing, tmp_path / "cache")
    assert str(cached.value) == str(direct.value)
    assert not (tmp_path / "cache").exists()


def test_the_command_line_reads_one_file_through_the_cache_unless_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _one(tmp_path)
    monkeypatch.setenv("FYPLAN_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()
    plain = runner.invoke(main, ["--no-cache", "export", "--format", "json", str(path)])
    assert plain.exit_code == 0 and not (tmp_path / "cache").exists()
    stored = runner.invoke(main, ["export", "--format", "json", str(path)])
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1
    served = runner.invoke(main, ["export", "--format", "json", str(path)])
    assert plain.output == stored.output == served.output
    assert "declares" in plain.output  # the diagnostics came back from the entry too
