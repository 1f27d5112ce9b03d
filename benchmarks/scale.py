"""Scale benchmark: ``python benchmarks/scale.py [--sizes 100 1000 10000]``.

For each size N it writes a seeded synthetic knowledge folder of N articles (about ten
paragraphs each; see ``benchmarks/corpus.py``), then, each in a fresh process so that peak
memory is its own, measures:

- Storybot, first start (no cache): load time, index build time, per-question retrieval time
  (``index.search``, the counterpart of bm25s's ``retrieve``: median and 99th percentile over
  the questions, asked of all stories as the bot does), the whole answer's time (``ask``, which
  also finds the answer story's quotations the first time it is asked about), peak memory;
- Storybot, later start with the on-disk cache: time to a ready library;
- bm25s on the same paragraphs: tokenise-and-index time, per-question time, peak memory;

and prints a Markdown table with the ratio of the per-question times. Nothing here is a test:
it prints numbers. Needs ``bm25s`` (a development dependency).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timings(ask, questions: list[str]) -> tuple[float, float]:
    times = []
    for question in questions:
        start = time.perf_counter()
        ask(question)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def run_storybot(folder: Path, questions: list[str], cache: Path | None) -> dict:
    started = time.perf_counter()
    from knowledge.library import Library
    from knowledge.loader import load_folder

    if cache is not None:  # a later start: the cache was written by an earlier run
        library = Library.from_folder(folder, cache=cache)
        return {"start_s": time.perf_counter() - started, "peak_mib": _peak_mib()}
    t0 = time.perf_counter()
    stories, _ = load_folder(folder)
    t1 = time.perf_counter()
    library = Library(stories).warm()
    t2 = time.perf_counter()
    library.ask(questions[0])
    ask_median, ask_p99 = _timings(library.ask, questions)
    return {
        "load_s": t1 - t0,
        "build_s": t2 - t1,
        "start_s": t2 - started,
        "ask_median_ms": ask_median,
        "ask_p99_ms": ask_p99,
        "peak_mib": _peak_mib(),
    }


def race(folder: Path, questions: list[str]) -> dict:
    """Per-question retrieval time of both engines in one process, question by question in
    turn, so that both see the same machine at the same moment (this machine's speed varies).

    Storybot's side is what ``Library.ask`` asks of its index (the best 6 paragraphs, to keep
    3 of the best story); bm25s's is ``retrieve`` of the best 3, both from the question text.
    """
    import bm25s
    import Stemmer

    from knowledge.library import Library
    from knowledge.loader import load_folder

    stories, _ = load_folder(folder)
    library = Library(stories).warm()
    stemmer = Stemmer.Stemmer("english")
    retriever = bm25s.BM25()
    paragraphs = [p.text for s in stories for p in s.paragraphs]
    retriever.index(
        bm25s.tokenize(paragraphs, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False
    )

    def theirs(question: str):
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        return retriever.retrieve(tokens, k=3, show_progress=False)

    def ours(question: str):
        return library.index.search(question, top=6)

    ours(questions[0]), theirs(questions[0])
    times: dict[str, list[float]] = {"ours": [], "theirs": []}
    for question in questions:
        for name, engine in (("ours", ours), ("theirs", theirs)):
            start = time.perf_counter()
            engine(question)
            times[name].append((time.perf_counter() - start) * 1000)
    out = {}
    for name, values in times.items():
        values.sort()
        out[f"{name}_median_ms"] = statistics.median(values)
        out[f"{name}_p99_ms"] = values[min(len(values) - 1, int(len(values) * 0.99))]
    return out


def run_bm25s(folder: Path, questions: list[str]) -> dict:
    import bm25s
    import Stemmer

    from knowledge.loader import load_folder

    t0 = time.perf_counter()
    stories, _ = load_folder(folder)
    paragraphs = [p.text for s in stories for p in s.paragraphs]
    t1 = time.perf_counter()
    stemmer = Stemmer.Stemmer("english")
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(paragraphs, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False
    )
    t2 = time.perf_counter()

    def ask(question: str):
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        return retriever.retrieve(tokens, k=3, show_progress=False)

    ask(questions[0])
    median, p99 = _timings(ask, questions)
    return {"load_s": t1 - t0, "build_s": t2 - t1, "median_ms": median, "p99_ms": p99, "peak_mib": _peak_mib()}


def _child(args: argparse.Namespace) -> int:
    folder = Path(args.child[1])
    questions = json.loads(Path(args.child[2]).read_text(encoding="utf-8"))
    if args.child[0] == "storybot":
        result = run_storybot(folder, questions, None)
    elif args.child[0] == "storybot-cached":
        result = run_storybot(folder, questions, Path(args.child[3]))
    elif args.child[0] == "race":
        result = race(folder, questions)
    else:
        result = run_bm25s(folder, questions)
    print(json.dumps(result))
    return 0


def _in_child(*argv: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *argv], capture_output=True, text=True, env=env, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child {argv[0]} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/scale.py", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--workdir", type=Path, help="where to write the corpora (default: a temporary folder)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args)
    from benchmarks.corpus import Corpus, questions

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="storybot-bench-"))
    rows = []
    for n in args.sizes:
        folder = workdir / f"n{n}"
        if not folder.is_dir():
            Corpus().write(folder, n)
        texts = [p.read_text(encoding="utf-8").split("---\n", 2)[-1] for p in sorted(folder.glob("*.md"))[:500]]
        qfile = workdir / f"questions-{n}.json"
        qfile.write_text(json.dumps(questions(texts, args.questions)), encoding="utf-8")
        cache = workdir / f"cache-{n}"
        ours = _in_child("storybot", str(folder), str(qfile))
        _in_child("storybot-cached", str(folder), str(qfile), str(cache))  # writes the cache
        cached = _in_child("storybot-cached", str(folder), str(qfile), str(cache))
        theirs = _in_child("bm25s", str(folder), str(qfile))
        raced = _in_child("race", str(folder), str(qfile))
        rows.append((n, ours, cached, theirs, raced))
        print(f"N={n}: storybot {ours}, cached {cached}, bm25s {theirs}, race {raced}", file=sys.stderr)
    print(format_table(rows, args.questions))
    return 0


def format_table(rows: list[tuple[int, dict, dict, dict, dict]], questions: int) -> str:
    lines = [
        "| articles | Storybot load / build / first start | later start (cache) | retrieval per question, "
        f"median / p99 ({questions} questions): Storybot | bm25s | ratio (medians) | Storybot whole answer, "
        "median / p99 | peak memory, Storybot / bm25s | bm25s load / index |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for n, ours, cached, theirs, raced in rows:
        lines.append(
            f"| {n:,} | {ours['load_s']:.1f} s / {ours['build_s']:.1f} s / {ours['start_s']:.1f} s "
            f"| {cached['start_s']:.2f} s "
            f"| {raced['ours_median_ms']:.2f} / {raced['ours_p99_ms']:.2f} ms "
            f"| {raced['theirs_median_ms']:.2f} / {raced['theirs_p99_ms']:.2f} ms "
            f"| {raced['ours_median_ms'] / raced['theirs_median_ms']:.2f} "
            f"| {ours['ask_median_ms']:.2f} / {ours['ask_p99_ms']:.2f} ms "
            f"| {ours['peak_mib']:.0f} / {theirs['peak_mib']:.0f} MiB "
            f"| {theirs['load_s']:.1f} s / {theirs['build_s']:.1f} s |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
