#!/usr/bin/env python3
"""aleppo-corpus on Dask: `extract` as the map step, one process per partition, and `compare --from` as the reduce.

    python3 scripts/dask-extract.py REPORTS.ndjson --out DIR [--partitions N] [--workers 2] [--command CMD]
                                    [--corpus DIR] [--kill-worker]

REPORTS.ndjson holds one report per line ({"id", "outlet", "published", "text"} and optionally "file"), the input of
`aleppo-corpus extract`. The job runs on a dask.distributed LocalCluster of --workers worker processes, one thread
each. Each partition is piped through `CMD extract --jobs 1 --no-cache --rejects FILE`: exit 0 (all read) or 3 (some
lines skipped) is a success, anything else fails the task (Dask retries it elsewhere). It writes to DIR:

    findings.ndjson   the findings lines of every partition, in partition order
    rejects.ndjson    each rejected input line, with its partition: {"partition", "line", "id", "reason", "input"}
    compare.json      `CMD compare --from findings.ndjson --json`: the same bytes as `compare --json` on the reports

--kill-worker kills one worker process (SIGKILL) once the first partition is done, while others are in flight, to
show that the lost partitions are run again with the same result. Exit status: 0 when compare.json was written (the
rejects, if any, named on stderr), 1 when the job failed, 2 for a usage error.
"""
import argparse
import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time

# extract's exit codes (README, "Exit codes"): 0 all read, 3 some lines skipped; 2 usage, 4 stopped at a bad line.
EXTRACT_OK = (0, 3)


def extract_partition(lines, command, corpus):
    """Runs one partition through `extract`; returns [("finding", line)..., ("reject", line)...]. Raises on failure."""
    with tempfile.TemporaryDirectory(prefix="aleppo-dask-") as scratch:
        rejects = os.path.join(scratch, "rejects.ndjson")
        argv = command + ["extract", "--jobs", "1", "--no-cache", "--rejects", rejects]
        if corpus:
            argv += ["--corpus", corpus]
        done = subprocess.run(argv, input="".join(line + "\n" for line in lines), capture_output=True, text=True)
        if done.returncode not in EXTRACT_OK:
            raise RuntimeError(f"extract exited {done.returncode}: {done.stderr.strip()[-2000:]}")
        with open(rejects, encoding="utf-8") as f:
            rejected = [line.rstrip("\n") for line in f if line.strip()]
    return [("finding", line) for line in done.stdout.splitlines() if line] + [("reject", line) for line in rejected]


def kill_one_busy_worker(client):
    """SIGKILLs the process of a worker that is running a partition; returns its pid, or None when none is busy."""
    for address, keys in client.processing().items():
        if keys:
            pid = client.run(os.getpid, workers=[address])[address]
            os.kill(pid, signal.SIGKILL)
            return pid
    return None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reports", help="NDJSON reports, the input of `aleppo-corpus extract`")
    parser.add_argument("--out", required=True, help="directory for findings.ndjson, rejects.ndjson and compare.json")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--command", default="aleppo-corpus", help="how to run aleppo-corpus (default: aleppo-corpus)")
    parser.add_argument("--corpus", help="the corpus directory whose gazetteer both steps use (default: the bundled)")
    parser.add_argument("--kill-worker", action="store_true", help="kill one worker mid-run (a test of the retry)")
    args = parser.parse_args(argv)

    from dask import bag
    from dask.distributed import Client, LocalCluster, wait

    command = shlex.split(args.command)
    with open(args.reports, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    os.makedirs(args.out, exist_ok=True)

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            parts = bag.from_sequence(lines, npartitions=args.partitions)
            tasks = parts.map_partitions(extract_partition, command, args.corpus).to_delayed()
            futures = client.compute(tasks)
            if args.kill_worker:
                while not any(f.done() for f in futures):
                    time.sleep(0.05)
                pid = kill_one_busy_worker(client)
                print(f"dask-extract: killed worker pid {pid}" if pid else "dask-extract: no busy worker to kill", file=sys.stderr)
            wait(futures)
            results = client.gather(futures)

    findings_path = os.path.join(args.out, "findings.ndjson")
    rejects_path = os.path.join(args.out, "rejects.ndjson")
    rejected = 0
    with open(findings_path, "w", encoding="utf-8") as findings, open(rejects_path, "w", encoding="utf-8") as rejects:
        for index, result in enumerate(results):
            for kind, line in result:
                if kind == "finding":
                    findings.write(line + "\n")
                else:
                    rejected += 1
                    rejects.write(json.dumps({"partition": index, **json.loads(line)}, ensure_ascii=False) + "\n")

    reduce = command + ["compare", "--from", findings_path, "--json"] + (["--corpus", args.corpus] if args.corpus else [])
    with open(os.path.join(args.out, "compare.json"), "w", encoding="utf-8") as out:
        done = subprocess.run(reduce, stdout=out, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        print(f"dask-extract: compare --from exited {done.returncode}: {done.stderr.strip()}", file=sys.stderr)
        return 1
    if rejected:
        print(f"dask-extract: {rejected} input line(s) rejected: see {rejects_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
