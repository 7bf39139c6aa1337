"""Peak memory (and where the CPU time goes) of one `hoering collect`, in a fresh process.

    python -m bench.memory [--responses 200] [--workers 1]

Runs the collect of bench/generate.py's `responses(N)` into a temporary archive in a child
process and prints one JSON object:

* ``largest_process_mb``: ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` read here after the
  child ended: the peak resident set of the largest single process (the collecting parent
  or one of its reader workers, which it waits for);
* ``parent_mb`` / ``workers_mb``: the child's own peak, and its largest worker's;
* ``tree_peak_mb``: the largest sum of resident sets of the child and its workers, sampled
  every 50 ms from /proc (Linux), which is what the machine must hold at once;
* ``parent_cpu_s`` / ``workers_cpu_s`` / ``wall_s``: CPU seconds of the parent (writing
  rows) and of all workers (reading, and analysing the text), and the collect's wall time.
  A parent whose CPU time is close to the wall time is what limits the collect.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(n: int, workers: int) -> dict:
    from bench.generate import responses
    from hoering.config import load_config
    from hoering.pipeline.collect import collect
    from hoering.store import Archive

    folder, _ = responses(n)
    config = load_config(ROOT / "corpus" / "hoering.toml")
    with tempfile.TemporaryDirectory() as tmp, Archive(tmp) as archive:
        archive.create_consultation("bench", config)
        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        collect(archive, "bench", [folder], workers=workers)
        wall = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "parent_mb": own.ru_maxrss / 1024,
        "workers_mb": children.ru_maxrss / 1024,
        "parent_cpu_s": own.ru_utime + own.ru_stime - before.ru_utime - before.ru_stime,
        "workers_cpu_s": children.ru_utime + children.ru_stime,
        "wall_s": wall,
    }


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (0 once it is gone)."""
    total, todo = 0, [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * page
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(n: int = 200, workers: int = 1) -> dict:
    """Run the collect in a child process; call this from a process with no other children
    that ended (RUSAGE_CHILDREN covers all of them), e.g. as `python -m bench.memory`."""
    cmd = [sys.executable, "-m", "bench.memory", "--child", "--responses", str(n), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.05)
    out = json.loads(proc.stdout.read())
    if proc.returncode:
        raise RuntimeError(f"collect child failed ({proc.returncode})")
    out["largest_process_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["tree_peak_mb"] = peak / 2**20
    out.update(responses=n, workers=workers)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.responses, args.workers)))
    else:
        print(json.dumps(measure(args.responses, args.workers)))


if __name__ == "__main__":
    main()
