"""The parse cache: a notice read once is not parsed again while its file's bytes and fyplan are unchanged.

An entry is the notice as JSON (the plain data of ``fyplan.write.export``, an exact round trip,
diagnostics and lines included, less its default values), never a pickle: the cache folder is a user place, and unpickling what lies there would run what lies
there. Each entry starts with a header line (format, fyplan's version and code, the key, the length
and SHA-256 of the body); an entry whose header or checksum does not hold, or that does not read
back as a notice, is a miss: the file is parsed again and the entry replaced. Entries are written
whole or not at all (``fyplan.files.write_atomic``). A folder that cannot be written is left alone:
the corpus loads without the cache, and says so once.

Where: ``$FYPLAN_CACHE_DIR``, else the user's cache folder (platformdirs: ``~/.cache/fyplan`` on Linux).
Layout: ``ROOT/<version>-<code>/<2 hex>/<sha256 of the file>.json``.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import re
import tempfile
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import attrs
import cattrs

from fyplan import files
from fyplan.model import Leader, Notice, Unit
from fyplan.version import __version__

CACHE_ENV = "FYPLAN_CACHE_DIR"
FORMAT = 2
# An entry larger than this is not read (a notice of 300 items is about 200 KB of JSON).
MAX_ENTRY = 256 * 1024 * 1024
_ENTRY = re.compile(r"[0-9a-f]{64}\.json")
_SHARD = re.compile(r"[0-9a-f]{2}")
_GENERATION = re.compile(r"[0-9A-Za-z.+_-]+-[0-9a-f]{16}")


def cache_root() -> Path:
    """``$FYPLAN_CACHE_DIR``, else the platform's user cache folder for fyplan."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("fyplan", appauthor=False))


@cache
def version() -> str:
    # fyplan's own constant, not importlib.metadata (which reads the installed METADATA through the email
    # package: ~9 ms of ``fyplan query``, issue 13); the code fingerprint tells edited checkouts apart.
    return __version__


@cache
def code_fingerprint() -> str:
    """The reader's code as installed (names, sizes and times of its modules and grammars): an edited
    checkout keeps its version number, yet its notices may read differently. ``os.walk``, not
    ``Path.rglob``: a quarter of the time, on every start of a command that reads the cache."""
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    from fyplan.grammars import grammar_dir

    found = [
        os.path.join(folder, name) for folder, _, names in os.walk(package) for name in names if name.endswith(".py")
    ]
    grammars = str(grammar_dir())
    found += [os.path.join(grammars, name) for name in os.listdir(grammars) if name.endswith((".lark", ".txt"))]
    digest = hashlib.sha256()
    for path in sorted(found):
        info = os.stat(path)
        name = os.path.relpath(path, os.path.dirname(os.path.dirname(path)))
        digest.update(f"{name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


@cache
def generation() -> str:
    """The folder of this fyplan's entries: entries of other versions are never read."""
    return f"{version()}-{code_fingerprint()}"


def _converter() -> cattrs.Converter:
    """The notice as plain data, as ``fyplan.write.export`` writes it, less what is default (an empty list,
    a null, a false): a third of the size, and read back without cattrs' per-field error tracking, which
    a checked entry does not need. A warm load is reading these back; it must be much quicker than parsing."""
    converter = cattrs.Converter(detailed_validation=False, omit_if_default=True)
    converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
    converter.register_structure_hook(datetime.date, lambda v, _: datetime.date.fromisoformat(v))
    # Units are most of a notice (a thousand in 200 items, few of them different): 市财政局 is written
    # as "市财政局" (or [name, written] when the notice spelled it otherwise) and read back as one shared
    # object per spelling (a Unit is immutable), which is most of what makes a warm load quick.
    converter.register_unstructure_hook(Unit, lambda u: u.name if u.written == u.name else [u.name, u.written])
    converter.register_structure_hook(Unit, lambda v, _: _unit(v))
    units, leaders = tuple[Unit, ...], tuple[Leader, ...]
    converter.register_structure_hook_func(lambda t: t == units, lambda v, _: tuple(_unit(x) for x in v))
    converter.register_unstructure_hook(Leader, lambda x: [x.name, True] if x.is_role else x.name)
    converter.register_structure_hook(Leader, lambda v, _: _leader(v))
    converter.register_structure_hook_func(lambda t: t == leaders, lambda v, _: tuple(_leader(x) for x in v))
    return converter


def _unit(value: str | list[str]) -> Unit:
    return _shared_unit(value, value) if isinstance(value, str) else _shared_unit(value[0], value[1])


def _leader(value: str | list[Any]) -> Leader:
    return _shared_leader(value, False) if isinstance(value, str) else _shared_leader(str(value[0]), bool(value[1]))


@lru_cache(maxsize=65536)
def _shared_unit(name: str, written: str) -> Unit:
    if not isinstance(name, str) or not isinstance(written, str):
        raise TypeError("a unit is a name")
    return Unit(name, written)


@lru_cache(maxsize=65536)
def _shared_leader(name: str, is_role: bool) -> Leader:
    if not isinstance(name, str):
        raise TypeError("a leader is a name")
    return Leader(name, is_role)


_CONVERTER = _converter()


def encode(notice: Notice) -> bytes:
    """An entry's body: the notice as compact JSON (every field that differs from its default)."""
    data = _CONVERTER.unstructure(notice)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(body: bytes) -> Notice:
    """The notice of an entry's body; any exception means the body is no notice of this fyplan."""
    return _CONVERTER.structure(json.loads(body), Notice)


def key_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@attrs.define
class ParseCache:
    """Notices by the SHA-256 of their file's bytes, under ``root``."""

    root: Path
    writable: bool = True
    # What happened, for ``fyplan cache info`` and the benchmark: hits, misses, bad entries, writes.
    counts: dict[str, int] = attrs.field(factory=lambda: dict.fromkeys(("hit", "miss", "bad", "written"), 0))

    @property
    def folder(self) -> Path:
        return self.root / generation()

    def entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def check_writable(self) -> str | None:
        """Make the folder and try a write in it; a sentence why not, or None (and writes stay on)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.folder):
                pass
        except OSError as exc:
            self.writable = False
            return f"the parse cache in {self.root} cannot be written ({exc.strerror or exc}); reading without it"
        return None

    def get(self, key: str, source: str) -> Notice | None:
        """The notice stored under ``key``, as read from ``source``; None when there is none or it is bad."""
        path = self.entry(key)
        try:
            data = files.read_bytes(path, limit=MAX_ENTRY)
        except FileNotFoundError:
            self.counts["miss"] += 1
            return None
        except OSError:
            self.counts["bad"] += 1
            return None
        notice = _decode(data, key)
        if notice is None:
            self.counts["bad"] += 1
            return None
        self.counts["hit"] += 1
        return _placed(notice, source)

    def put(self, key: str, notice: Notice | bytes) -> None:
        """Store ``notice`` (or its ``encode``-d body) under ``key``, whole or not at all; a failure only
        loses the entry."""
        if not self.writable:
            return
        body = notice if isinstance(notice, bytes) else encode(notice)
        header = {
            "format": FORMAT,
            "fyplan": generation(),
            "key": key,
            "length": len(body),
            "sha256": hashlib.sha256(body).hexdigest(),
        }
        path = self.entry(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            files.write_atomic(path, json.dumps(header).encode("ascii") + b"\n" + body)
        except OSError:
            return
        self.counts["written"] += 1


def load_file(path: Path, root: Path | None = None) -> Notice:
    """One notice file as ``fyplan.load`` reads it, from the cache when its bytes were parsed before
    (then the reader is never imported: ~80 ms of ``fyplan query`` on the example, issue 13), else
    parsed and stored. Raises ``NoticeError`` as ``fyplan.load`` does; a cache that cannot be written
    only loses the entry."""
    from fyplan.files import read_bytes_of

    data, name = read_bytes_of(path)
    store = ParseCache(cache_root() if root is None else root)
    key = key_of(data)
    notice = store.get(key, name)
    if notice is None:
        from fyplan.read import parse_bytes

        notice = parse_bytes(data, source=name)
        store.put(key, notice)
    return notice


def _decode(data: bytes, key: str) -> Notice | None:
    """The notice of an entry, or None for anything but a whole, checked entry of this fyplan."""
    head, newline, body = data.partition(b"\n")
    if not newline:
        return None
    try:
        header = json.loads(head)
        if not isinstance(header, dict):
            return None
        if (header.get("format"), header.get("fyplan"), header.get("key")) != (FORMAT, generation(), key):
            return None
        if header.get("length") != len(body) or header.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        return decode(body)
    except Exception:
        # A checked body that still does not read as a notice (a cattrs or JSON error of any kind):
        # the entry is not trusted, and the file is parsed again.
        return None


def _placed(notice: Notice, source: str) -> Notice:
    """The stored notice as read from ``source`` (the same bytes may sit in another file)."""
    if notice.source == source:
        return notice
    old = notice.source
    diagnostics = tuple(attrs.evolve(d, source=source) if d.source == old else d for d in notice.diagnostics)
    return attrs.evolve(notice, source=source, diagnostics=diagnostics)


@attrs.frozen
class Summary:
    """What ``fyplan cache info`` says."""

    root: Path
    entries: int
    size: int
    current: int  # entries of this fyplan (the others are never read)


def _entries(root: Path) -> list[tuple[Path, bool]]:
    """fyplan's own entry files under ``root`` (and whether each is of this fyplan): nothing else there."""
    found: list[tuple[Path, bool]] = []
    if not root.is_dir():
        return found
    current = generation()
    for folder in root.iterdir():
        if not (folder.is_dir() and _GENERATION.fullmatch(folder.name)):
            continue
        for shard in folder.iterdir():
            if not (shard.is_dir() and _SHARD.fullmatch(shard.name)):
                continue
            for entry in shard.iterdir():
                if entry.is_file() and (_ENTRY.fullmatch(entry.name) or entry.name.endswith(".tmp")):
                    found.append((entry, folder.name == current))
    return found


def summary(root: Path | None = None) -> Summary:
    root = cache_root() if root is None else root
    entries = _entries(root)
    size = sum(path.stat().st_size for path, _ in entries)
    return Summary(root, len(entries), size, sum(1 for _, now in entries if now))


def clear(root: Path | None = None) -> int:
    """Delete fyplan's entries (and the folders they leave empty) under ``root``; the number deleted.
    Only files named as entries are touched, so a cache folder set to a shared place loses nothing else."""
    root = cache_root() if root is None else root
    deleted = 0
    for path, _ in _entries(root):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            deleted += 1
    if root.is_dir():
        for folder in root.iterdir():
            if folder.is_dir() and _GENERATION.fullmatch(folder.name):
                for shard in folder.iterdir():
                    with contextlib.suppress(OSError):
                        shard.rmdir()
                with contextlib.suppress(OSError):
                    folder.rmdir()
    return deleted
