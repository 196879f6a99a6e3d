"""`make bench` rows for `--cluster local:2` (Dask) next to `--jobs 2` and `--jobs 1`.

Each run is a fresh `claimx extract` over the same files. While it runs, the process tree is read
from /proc every 0.1 s, keeping each process's peak resident memory (VmHWM, which only grows), so
the figures are per process: the main one (reader, writer and, for Dask, scheduler and client)
and the largest worker (a process that parses). With `--jobs 1` the main process parses.

Usage alone: python bench/cluster_bench.py [--docs 300] [--rounds 2]
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: The ratio `--cluster local:2` must reach against `--jobs 2` (issue 16).
TARGET = 0.9


@dataclass
class TreeRun:
    seconds: float
    returncode: int
    main_mb: float = 0.0
    worker_mb: dict[int, float] = field(default_factory=dict)

    @property
    def largest_worker_mb(self) -> float:
        return max(self.worker_mb.values(), default=self.main_mb)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _descendants(root: int) -> list[int]:
    tree, out, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(tree.get(pid, []))
    return out


def _peak_mb(pid: int) -> tuple[float, bytes] | None:
    """VmHWM in MB and the command line, or None once the process is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            hwm = next((line for line in fh if line.startswith("VmHWM:")), None)
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmdline = fh.read()
    except OSError:
        return None
    return (int(hwm.split()[1]) / 1024 if hwm else 0.0), cmdline


def run_tree(cmd: Sequence[str], limit: float = 600) -> TreeRun:
    """Run `cmd` (stdout discarded); wall time and each process's peak memory."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peaks: dict[int, float] = {}
    helpers: set[int] = set()
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            for pid in _descendants(proc.pid):
                got = _peak_mb(pid)
                if got is None:
                    continue
                peak, cmdline = got
                if b"resource_tracker" in cmdline or b"semaphore_tracker" in cmdline:
                    helpers.add(pid)
                peaks[pid] = max(peaks.get(pid, 0.0), peak)
            stop.wait(0.1)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    timer = threading.Timer(limit, proc.kill)
    timer.start()
    try:
        assert proc.stderr is not None
        err = proc.stderr.read()
        proc.wait()
    finally:
        timer.cancel()
        stop.set()
        watcher.join()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-2:]
        print(f"  ! exit {proc.returncode}: {' '.join(cmd[:4])} …: {' | '.join(tail)[:300]}")
    workers = {p: mb for p, mb in peaks.items() if p != proc.pid and p not in helpers}
    return TreeRun(seconds, proc.returncode, peaks.get(proc.pid, 0.0), workers)


def _best(runs: list[TreeRun]) -> TreeRun | None:
    done = [r for r in runs if r.returncode == 0]
    return min(done, key=lambda r: r.seconds) if done else None


def cluster_rows(
    exe: str,
    files: Sequence[Path],
    words: int,
    rounds: int = 2,
    limit: float = 600,
    seconds: dict[str, list[float]] | None = None,
) -> list[tuple[str, str, str, bool | None]]:
    """(figure, value, target, ok) rows: words/s and peak memory per process of each way.

    The wall times of the runs that succeeded are appended to `seconds[way]` when given, so
    the caller can judge `--jobs 2` against one job on every round of both, not one."""
    base = [exe, "extract", "--format", "jsonl", "--quiet"]
    ways = {
        "--jobs 1": ["--jobs", "1"],
        "--jobs 2": ["--jobs", "2"],
        "--cluster local:2": ["--cluster", "local:2"],
    }
    runs: dict[str, list[TreeRun]] = {way: [] for way in ways}
    for i in range(rounds):
        for way, opts in ways.items():
            if i and way == "--jobs 1":
                continue  # the comparison that is judged is the cluster against --jobs 2
            print(f"  cluster round {i + 1}: claimx extract {way} …", flush=True)
            runs[way].append(run_tree([*base, *opts, *map(str, files)], limit=limit))
    if seconds is not None:
        for way, done in runs.items():
            seconds.setdefault(way, []).extend(r.seconds for r in done if r.returncode == 0)
    rows: list[tuple[str, str, str, bool | None]] = []
    best = {way: _best(r) for way, r in runs.items()}
    for way, run in best.items():
        if run is None:
            rows.append((f"claimx extract {way}", "error", "", None))
            continue
        workers = len(run.worker_mb)
        memory = f"main {run.main_mb:.0f} MB" + (
            f", largest of {workers} workers {run.largest_worker_mb:.0f} MB" if workers else ""
        )
        rows.append(
            (
                f"claimx extract {way}, {len(files)} docs",
                f"{words / run.seconds:,.0f} words/s ({run.seconds:.1f} s); {memory}",
                "",
                None,
            )
        )
    two, cluster = best["--jobs 2"], best["--cluster local:2"]
    if two is not None and cluster is not None:
        ratio = two.seconds / cluster.seconds
        rows.append(
            (
                "  --cluster local:2 / --jobs 2",
                f"{ratio:.2f}× (best of {len(runs['--jobs 2'])} rounds)",
                f"≥ {TARGET:.2f}×",
                ratio >= TARGET,
            )
        )
    else:
        rows.append(("  --cluster local:2 / --jobs 2", "error", f"≥ {TARGET:.2f}×", False))
    return rows


def main() -> int:
    import argparse
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run_bench import count_words, pool_paths, write_corpus

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "claimx")
    with tempfile.TemporaryDirectory(prefix="claimx-bench-") as tmp:
        texts = [p.read_text(encoding="utf-8") for p in pool_paths()]
        files = write_corpus(Path(tmp), texts, args.docs, "doc")
        words = count_words(files)
        print(f"corpus: {len(files)} documents, {words:,} words; load {os.getloadavg()}")
        for figure, value, target, ok in cluster_rows(exe, files, words, args.rounds):
            verdict = "" if ok is None else ("PASS" if ok else "FAIL")
            print(f"{figure:<40} {value:<70} {target:<8} {verdict}")
        print(f"load average at end {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
