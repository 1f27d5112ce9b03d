"""Start-up benchmark: ``python benchmarks/startup.py [--runs 7]``.

A one-shot command should cost little more than the one library it cannot do without. This
times ``python main.py ask QUESTION`` on the bundled story against
``python -c "import sklearn.feature_extraction.text"`` (the median of ``--runs`` fresh
processes each, interleaved so that both see the same machine) and prints the ratio; the
target is at most 1.3. It also lists the modules ``ask`` imports that it should not (discord).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASK = [sys.executable, str(ROOT / "main.py"), "ask", "Who is Brian Acton?"]
BASELINE = [sys.executable, "-c", "import sklearn.feature_extraction.text"]


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/startup.py", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    _seconds(ASK), _seconds(BASELINE)  # warm the file cache
    ask, baseline = [], []
    for _ in range(args.runs):
        ask.append(_seconds(ASK))
        baseline.append(_seconds(BASELINE))
    probe = subprocess.run(
        [sys.executable, "-X", "importtime", *ASK[1:]], cwd=ROOT, capture_output=True, text=True, check=True
    )
    imported = {line.split("|")[-1].strip().split(".")[0] for line in probe.stderr.splitlines() if "|" in line}
    print("| command | median of runs |\n|---|---|")
    print(f'| `python -c "import sklearn.feature_extraction.text"` | {statistics.median(baseline):.2f} s |')
    print(f'| `python main.py ask "Who is Brian Acton?"` | {statistics.median(ask):.2f} s |')
    print(f"\nratio: {statistics.median(ask) / statistics.median(baseline):.2f} (target: at most 1.3)")
    print("discord imported by ask: " + ("yes" if "discord" in imported else "no"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
