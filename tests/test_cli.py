"""The command line end to end, in a subprocess: JSON output, stdin mode, error exits."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def run(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
    )
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def test_ask_json() -> None:
    proc = run("ask", "Who is Brian Acton?", "--json")
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["answered"] is True and answer["story"] == "zuckerberg-apology"
    assert answer["passages"][0]["paragraph"] == 2
    assert "WhatsApp co-founder" in answer["passages"][0]["sentence"]
    assert set(answer) == {"question", "answered", "story", "passages", "quotes", "spelled", "other_stories"}
    assert answer["spelled"] == [] and answer["other_stories"] == []  # one story: no other to name


def test_ask_text_marks_the_best_sentence_and_cites() -> None:
    proc = run("ask", "Who is Brian Acton?", "--top", "1")
    assert proc.returncode == 0
    assert "paragraph 2" in proc.stdout and "Mark Zuckerberg Apologizes" in proc.stdout
    assert "**Even Brian Acton" in proc.stdout


def test_ask_stdin_gives_one_answer_per_line() -> None:
    lines = [b"Who is Brian Acton?", b"", b"\xff\xfe broken", b"What is the capital of France?", b"   "]
    proc = run("ask", "-", "--json", stdin=b"\n".join(lines) + b"\n")
    assert proc.returncode == 0, proc.stderr
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(answers) == len(lines)
    assert [a["answered"] for a in answers] == [True, False, False, False, False]
    assert answers[0]["question"] == "Who is Brian Acton?"
    assert "broken" in answers[2]["question"]


def test_stories_json() -> None:
    proc = run("stories", "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == [
        {
            "id": "zuckerberg-apology",
            "title": "Mark Zuckerberg Apologizes For Facebook's Failings In Rare Sit Down Interview",
            "published": "2018-03-22",
            "source": "HotHardware",
            "url": "https://hothardware.com/news/mark-zuckerberg-apologizes-facebooks-in-rare-sit-down-interview",
            "paragraphs": 10,
        }
    ]


def test_chat_answers_and_switches(tmp_path: Path) -> None:
    script = b"Who is Brian Acton?\n/stories\n/story nope\n/help\n/nonsense\n/quit\n"
    proc = run("chat", stdin=script)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "WhatsApp co-founder" in out and "paragraph 2" in out
    assert "zuckerberg-apology:" in out
    assert "no story 'nope'" in out
    assert "/timeline" in out and "Unknown command /nonsense" in out


def test_quotes_json_and_speaker_filter() -> None:
    proc = run("quotes", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["story"] == "zuckerberg-apology" and len(data["quotes"]) == 6
    assert data["quotes"][0] == {"text": "I'm really sorry this happened", "speaker": "Mark Zuckerberg", "paragraph": 3}
    filtered = json.loads(run("quotes", "--json", "--speaker", "ZUCK").stdout)
    assert filtered["quotes"] == data["quotes"]
    assert json.loads(run("quotes", "--json", "--speaker", "Acton").stdout)["quotes"] == []
    text = run("quotes", "--speaker", "zuckerberg").stdout
    assert "“major breach of trust.”\n    — Mark Zuckerberg, paragraph 7" in text


def test_summary_and_timeline_json() -> None:
    summary = json.loads(run("summary", "--json", "--sentences", "2").stdout)
    assert summary["story"] == "zuckerberg-apology" and len(summary["sentences"]) == 2
    assert set(summary["sentences"][0]) == {"text", "paragraph"}
    timeline = json.loads(run("timeline", "--json").stdout)
    assert timeline["story"] == "zuckerberg-apology" and timeline["published"] == "2018-03-22"
    post = next(e for e in timeline["events"] if e["when"] == "yesterday")
    assert post["date"] == "2018-03-21" and post["paragraph"] == 4 and "posted to Facebook" in post["text"]
    text = run("timeline").stdout
    assert "2018-03-21 “yesterday”, paragraph 4" in text


def test_chat_quotes_summary_timeline() -> None:
    proc = run("chat", stdin=b"/quotes\n/quotes acton\n/summary 2\n/summary 99\n/timeline\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("— Mark Zuckerberg, paragraph") == 6
    assert "No quotation by a speaker matching 'acton'" in proc.stdout
    assert "Summary of Mark Zuckerberg" in proc.stdout and "from 1 to 10, not '99'" in proc.stdout
    assert "2018-03-21 “yesterday”" in proc.stdout


def test_a_broken_file_warns_and_the_rest_answer(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("Good\n\nThe mill closed in 1998 after a fire.", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\x81\x8d")
    proc = run("ask", "When did the mill close?", "--knowledge", str(tmp_path), "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["story"] == "good"
    assert proc.stderr.count("\n") == 1 and "bad.md" in proc.stderr and "UTF-8" in proc.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ask", "x", "--story", "nope"), "no story 'nope'; stories: zuckerberg-apology"),
        (("ask", "x", "--knowledge", "/no/such/folder"), "does not exist"),
        (("ask", "x", "--top", "0"), "must be from 1 to 10"),
        (("ask", "  "), "the question is empty"),
        (("stories", "--config", "/no/such/config.yaml"), "no such config file"),
        (("summary", "--sentences", "11"), "must be from 1 to 10"),
        (("frobnicate",), "invalid choice"),
    ],
)
def test_errors_exit_2_with_one_clear_line(args: tuple[str, ...], message: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_empty_folder_and_several_stories(tmp_path: Path) -> None:
    proc = run("stories", "--knowledge", str(tmp_path))
    assert proc.returncode == 2 and "no story files" in proc.stderr
    (tmp_path / "one.md").write_text("One\n\nFirst story text.", encoding="utf-8")
    (tmp_path / "two.md").write_text("Two\n\nSecond story text.", encoding="utf-8")
    for command in ("quotes", "summary", "timeline"):
        proc = run(command, "--knowledge", str(tmp_path))
        assert proc.returncode == 2, command
        assert "one, two" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_config_names_the_file_and_key(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("answers:\n  passages: many\n", encoding="utf-8")
    proc = run("stories", "--config", str(config))
    assert proc.returncode == 2
    assert str(config) in proc.stderr and "answers.passages" in proc.stderr


def test_run_without_a_token_points_at_chat(tmp_path: Path) -> None:
    proc = run("run", cwd=tmp_path)
    assert proc.returncode == 2
    assert "DISCORD_TOKEN" in proc.stderr and "python main.py chat" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert run(cwd=tmp_path).returncode == 2  # no command: the bot, likewise


def test_run_with_an_invalid_config_names_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("discord:\n  shards: many\n", encoding="utf-8")
    proc = run("run", cwd=tmp_path)
    assert proc.returncode == 2
    assert "config.yaml" in proc.stderr and "discord.shards" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("command", [("ask", "Who is Brian Acton?"), ("stories",), ("quotes", "--json")])
def test_one_shot_commands_do_not_import_discord(command: tuple[str, ...]) -> None:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", str(ROOT / "main.py"), *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    assert "knowledge.index" in imported  # it ran the engine
    assert not {name for name in imported if name == "discord" or name.startswith("discord.")}


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_a_signal_stops_the_bot_cleanly_with_exit_0(sig: str) -> None:
    """The real runner, in its own process; only the connection to Discord is replaced, by a
    wait until the bot is closed (there is no network here)."""
    script = (
        "import asyncio, sys, discord\n"
        "async def start(self, token, *, reconnect=True):\n"
        "    print('connected', flush=True)\n"
        "    while not self.is_closed():\n"
        "        await asyncio.sleep(0.02)\n"
        "discord.Client.start = start\n"
        "from bot.runner import run_bot\n"
        "sys.exit(run_bot(None))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "DISCORD_TOKEN": "x" * 59, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "connected"
        proc.send_signal(getattr(signal, sig))
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert f"received {sig}: logging out" in err and "Traceback" not in err


def test_playground_without_its_dependencies_says_what_to_install() -> None:
    script = "import sys; sys.modules['simcord.preview'] = None; import main; sys.exit(main.main(['playground']))"
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "error: the playground needs its optional dependencies; install them with: "
        "pip install -r requirements-playground.txt"
    )
