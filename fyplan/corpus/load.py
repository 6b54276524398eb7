"""``load_all``: files, folders and globs → a Corpus, each bad file a problem of its own."""

from __future__ import annotations

import contextlib
import gc
import glob
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

import attrs

from fyplan import files
from fyplan.corpus.cache import ParseCache, cache_root, decode, encode, key_of
from fyplan.corpus.corpus import Corpus, Problem
from fyplan.errors import NoticeError
from fyplan.files import read_bytes_of
from fyplan.model import Notice
from fyplan.read import parse_bytes

_GLOB_CHARACTERS = frozenset("*?[")

# Called after each file with (files done, files in all): a progress bar, for one.
Progress = Callable[[int, int], None]


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem], list[str]]:
    """The files to read, in a stable order: a file as given; a folder's notice files (sub-folders
    too, sorted); a glob's matches, sorted (``corpus/**/*.txt``), of the notice kinds only. Also the
    paths that name nothing, as problems, and the files of a folder fyplan does not read."""
    found: list[Path] = []
    problems: list[Problem] = []
    skipped: list[str] = []
    for given in paths:
        path = Path(given)
        if path.exists() or os.path.lexists(path):
            more, left = files.notice_files([path])
        elif _GLOB_CHARACTERS & set(str(given)):
            matches = sorted(Path(m) for m in glob.glob(str(given), recursive=True))
            if not matches:
                problems.append(Problem(str(given), "no file matches this pattern"))
                continue
            more, left = files.notice_files([m for m in matches if m.is_dir()])
            more += [m for m in matches if not m.is_dir() and m.suffix.lower() in files.NOTICE_SUFFIXES]
        else:
            problems.append(Problem(str(given), "no such file or folder"))
            continue
        if path.is_dir() and not more:
            problems.append(Problem(str(given), "no notice files in this folder"))
        found += more
        skipped += left
    return _unique(found), problems, skipped


def _unique(paths: list[Path]) -> list[Path]:
    """Each file once, where it was first named (a folder and a glob may both name it)."""
    seen: set[Path] = set()
    out: list[Path] = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def load_path(path: Path, cache: ParseCache | None = None) -> Notice | Problem:
    """One file: its notice (from the cache when its bytes were parsed before), or the problem that kept
    it out (unreadable, not a notice format, or a document that names no duties)."""
    read = _read(path)
    if isinstance(read, Problem):
        return read
    data, name = read
    key = key_of(data) if cache is not None else ""
    notice = cache.get(key, name) if cache is not None else None
    if notice is None:
        parsed = _parse(data, name)
        if isinstance(parsed, Problem):
            return parsed
        notice = parsed
        if cache is not None:
            cache.put(key, notice)
    return _accepted(notice)


def _read(path: Path) -> tuple[bytes, str] | Problem:
    try:
        return read_bytes_of(path)
    except NoticeError as exc:
        return _problem(exc)


def _parse(data: bytes, name: str) -> Notice | Problem:
    try:
        return parse_bytes(data, source=name)
    except NoticeError as exc:
        return _problem(exc)


def _problem(exc: NoticeError) -> Problem:
    return Problem(exc.source, exc.diagnostics[0].message if exc.diagnostics else str(exc))


def _accepted(notice: Notice) -> Notice | Problem:
    from fyplan.worklist import reads_as_notice

    if not reads_as_notice(notice):
        return Problem(notice.source, "holds no responsibility notice")
    return notice


# From this many files on, reading is spread over processes (below it, starting them costs more).
PARALLEL_FROM = 48


def default_jobs(count: int) -> int:
    """One process for a small corpus; for a large one, one per CPU this process may use (at most 8)."""
    if count < PARALLEL_FROM:
        return 1
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(usable, 8))


def load_all(
    paths: str | Path | Sequence[str | Path],
    *,
    jobs: int | None = None,
    cache: bool | Path = True,
    progress: Progress | None = None,
) -> Corpus:
    """Read notices from files, folders (their notice files, sub-folders too) and globs.

    The notices come in the order the paths were given, a folder's files sorted. A file that cannot be
    read, or holds no responsibility notice, is a ``Problem`` of the corpus; the others load.

    ``jobs``: processes to parse in (default: one, or one per CPU from ``PARALLEL_FROM`` files on).
    ``cache``: keep parses in the parse cache (``fyplan.corpus.cache``; a folder to use another one, False
    for none). ``progress(done, total)`` is called after each file.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    targets, problems, skipped = expand(paths)
    notes: list[str] = []
    store: ParseCache | None = None
    if cache is not False:
        store = ParseCache(cache_root() if cache is True else Path(cache))
        if (why := store.check_writable()) is not None:
            notes.append(why)
    workers = default_jobs(len(targets)) if jobs is None else max(1, jobs)
    with _collector_paused():
        if workers > 1 and len(targets) > 1:
            results = _in_processes(targets, store, workers, progress)
        else:
            results = _in_this_process(targets, store, progress)
    notices: list[Notice] = []
    for result in results:
        if isinstance(result, Problem):
            problems.append(result)
        else:
            notices.append(result)
    return Corpus(_once_each(notices, notes), problems, skipped, notes)


def _once_each(notices: list[Notice], notes: list[str]) -> list[Notice]:
    """One notice read from two files (a copy saved as .docx beside its .txt) counts once, with a note:
    counted twice, every body's figures would double. Notices compare by content, not by file."""
    seen: dict[tuple[str, str | None, int], list[Notice]] = {}
    out: list[Notice] = []
    for notice in notices:
        bucket = seen.setdefault((notice.title, notice.doc_number, len(notice)), [])
        twin = next((n for n in bucket if n == notice), None)
        if twin is not None and len(notice):
            notes.append(f"{notice.source} reads the same as {twin.source}: counted once")
            continue
        bucket.append(notice)
        out.append(notice)
    return out


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while notices are built: it runs after every few hundred new objects
    and each full run walks every object alive, so loading 1,000 notices (millions of objects, no cycles
    among them) spent more time collecting than reading. It runs again, as before, afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _in_this_process(
    targets: list[Path], store: ParseCache | None, progress: Progress | None
) -> list[Notice | Problem]:
    results: list[Notice | Problem] = []
    for done, path in enumerate(targets, 1):
        results.append(load_path(path, store))
        if progress is not None:
            progress(done, len(targets))
    return results


@attrs.frozen
class _Job:
    """What a worker process needs to read files as this process would (settings are not inherited)."""

    cache_root: str | None
    writable: bool
    max_size: int


def _worker(job: _Job, path: str) -> bytes | Problem:
    """Parse one file and store its entry; the notice goes back as the entry's JSON body, which this
    process reads as it reads the cache (no notice object crosses between processes)."""
    files.set_max_size(job.max_size)
    read = _read(Path(path))
    if isinstance(read, Problem):
        return read
    data, name = read
    parsed = _parse(data, name)
    if isinstance(parsed, Problem):
        return parsed
    body = encode(parsed)
    if job.cache_root is not None:
        ParseCache(Path(job.cache_root), job.writable).put(key_of(data), body)
    return body


def _in_processes(
    targets: list[Path], store: ParseCache | None, workers: int, progress: Progress | None
) -> list[Notice | Problem]:
    """The cache's entries read here (quicker than any hand-over), the other files parsed in ``workers``
    processes, all in order. A forkserver (where there is one) starts workers from a clean process with
    fyplan imported: forking this one could copy a lock that a progress-bar thread holds."""
    results: list[Notice | Problem | None] = [None] * len(targets)
    pending: list[int] = []
    done = 0
    for index, path in enumerate(targets):
        read = _read(path) if store is not None else None
        notice = store.get(key_of(read[0]), read[1]) if store is not None and isinstance(read, tuple) else None
        if isinstance(read, Problem):
            results[index] = read
        elif notice is not None:
            results[index] = _accepted(notice)
        else:
            pending.append(index)
            continue
        done += 1
        if progress is not None:
            progress(done, len(targets))
    if pending:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if context.get_start_method() == "forkserver":
            context.set_forkserver_preload(["fyplan.corpus.load"])
        root = str(store.root) if store is not None else None
        job = _Job(root, store.writable if store is not None else False, files.max_size())
        chunk = max(1, min(16, len(pending) // (workers * 4)))
        names = [str(targets[i]) for i in pending]
        with ProcessPoolExecutor(max_workers=min(workers, len(pending)), mp_context=context) as pool:
            for index, outcome in zip(pending, pool.map(partial(_worker, job), names, chunksize=chunk), strict=True):
                results[index] = outcome if isinstance(outcome, Problem) else _accepted(decode(outcome))
                done += 1
                if progress is not None:
                    progress(done, len(targets))
    return [r for r in results if r is not None]
