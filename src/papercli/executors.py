"""Where the per-file work of a batch runs: this process, a local process pool, or a Dask cluster.

Each executor calls the same :func:`papercli.batch.process_file` on the same tasks and
yields the results as files finish. When ``halt()`` turns true, an executor starts no
new file; files in flight are finished (pool) or cancelled (Dask), so an interrupted
batch leaves only complete outputs behind.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING, Any

from papercli import __version__

if TYPE_CHECKING:
    from papercli.batch import BatchConfig, FileResult, Task

Halt = Callable[[], bool]
POLL = 0.2  # seconds between looks at halt() while waiting for results
IN_FLIGHT = 2  # files submitted to the pool per worker at a time: one running, one waiting
DASK_EXTRA = "the dask executor needs the optional extra: pip install 'papercli[dask]'"


def cpu_count() -> int:
    """The CPUs this process may run on (the default of ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def check_executor(cfg: BatchConfig) -> None:
    """Raise :class:`~papercli.batch.UsageError` for an executor that cannot be used."""
    from papercli.batch import UsageError

    if cfg.executor not in ("local", "dask"):
        raise UsageError(f"unknown executor {cfg.executor!r} (local or dask)")
    if cfg.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if cfg.executor == "dask":
        if not cfg.scheduler:
            raise UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://scheduler:8786)")
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise UsageError(DASK_EXTRA) from None


def execute(tasks: list[Task], cfg: BatchConfig, halt: Halt) -> Iterator[FileResult]:
    """Run ``tasks`` with the executor ``cfg`` names and yield their results as they finish."""
    if not tasks:
        return
    if cfg.executor == "dask":
        assert cfg.scheduler
        yield from run_dask(tasks, cfg.scheduler, halt)
    elif cfg.jobs == 1 or len(tasks) == 1:
        yield from run_inline(tasks, halt)
    else:
        yield from run_pool(tasks, min(cfg.jobs, len(tasks)), halt)


def run_inline(tasks: list[Task], halt: Halt) -> Iterator[FileResult]:
    """One file after the other in this process (``--jobs 1``)."""
    from papercli.batch import process_file

    for task in tasks:
        if halt():
            return
        yield process_file(task)


def _ignore_signals() -> None:
    """Pool workers leave Ctrl-C and SIGTERM to the parent, which finishes them cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def file_size(path: str) -> int:
    """The size of a file in bytes, -1 when it cannot be read (it fails soon enough).

    >>> file_size("/no/such/file")
    -1
    """
    try:
        return os.stat(path).st_size
    except OSError:
        return -1


def largest_first(tasks: list[Task], size: Callable[[str], int] = file_size) -> list[Task]:
    """``tasks`` by decreasing size of their inputs (equal sizes in their order): a
    pool's workers then end on small files and finish together, not one of them
    alone on a big file left for last.

    >>> from types import SimpleNamespace as T
    >>> sizes = {"a": 10, "b": 300, "c": 10, "d": 50}
    >>> [t.path for t in largest_first([T(path=p) for p in "abcd"], sizes.__getitem__)]
    ['b', 'd', 'a', 'c']
    """
    return sorted(tasks, key=lambda t: -size(t.path))


def run_pool(tasks: list[Task], jobs: int, halt: Halt) -> Iterator[FileResult]:
    """``jobs`` worker processes (started fresh, not forked, so they hold no lock or
    thread of the parent), given the largest files first (:func:`largest_first`);
    on halt, no file is started and queued ones are cancelled, running ones finish.

    Only :data:`IN_FLIGHT` files a worker are submitted at a time: each wait for a
    result then looks at a few futures, not at every file of the batch."""
    from papercli.batch import BatchError, process_file

    todo = iter(largest_first(tasks))
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_ignore_signals)
    try:
        pending: set[Future[FileResult]] = set()
        while True:
            if halt():
                pending = {f for f in pending if not f.cancel()}
            else:
                for t in islice(todo, IN_FLIGHT * jobs - len(pending)):
                    pending.add(pool.submit(process_file, t))
            if not pending:
                break
            done, pending = wait(pending, timeout=POLL, return_when=FIRST_COMPLETED)
            for f in done:
                try:
                    yield f.result()
                except BrokenProcessPool:
                    raise BatchError("a worker process died (killed, or out of memory); "
                                     "run again to resume") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def worker_version() -> str:
    """The papercli version a Dask worker runs."""
    return __version__


def run_dask(tasks: list[Task], scheduler: str, halt: Halt) -> Iterator[FileResult]:
    """The tasks on the Dask cluster at ``scheduler``. Workers read and write the same
    paths (a shared file system) and must run the same papercli version; on halt,
    unfinished tasks are cancelled (an output is still written whole or not at all)."""
    from distributed import Client

    from papercli.batch import BatchError, process_file

    try:
        client = Client(scheduler, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as e:
        raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    with client:
        versions = set(client.run(worker_version).values())
        if versions - {__version__}:
            raise BatchError(f"the Dask workers run papercli {', '.join(sorted(versions))}, "
                             f"this is {__version__}: install the same version on every worker")
        if not versions:
            raise BatchError(f"the Dask cluster at {scheduler} has no workers")
        finished: queue.Queue[Any] = queue.Queue()
        pending: set[Any] = set(client.map(process_file, tasks, pure=False))
        for f in pending:
            f.add_done_callback(finished.put)
        try:
            while pending:
                if halt():
                    return
                try:
                    f = finished.get(timeout=POLL)
                except queue.Empty:
                    continue
                pending.discard(f)
                try:
                    yield f.result()
                except Exception as e:
                    raise BatchError(f"a Dask task failed: {type(e).__name__}: {e}") from None
        finally:
            if pending:
                client.cancel(list(pending))

