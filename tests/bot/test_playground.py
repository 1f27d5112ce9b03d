"""The playground end to end: the page in headless Chromium runs /ask through its command box."""

from __future__ import annotations

import contextlib
import importlib.util
import subprocess
import sys
import time

import pytest

from bot.config import AnswerSettings, Config
from bot.playground import playground_bot
from scripts.screenshots import CHROMIUM, browser_page, playground, run_command
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("playwright") is None or importlib.util.find_spec("simcord.preview") is None,
    reason="the playground's dependencies are missing (pip install -r requirements-playground.txt)",
)
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"
)


@needs_chromium
async def test_ask_through_the_page() -> None:
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    async with playground() as url, browser_page(url) as page:
        assert url.startswith("http://127.0.0.1:") and "#" in url
        await run_command(page, "ask", "Was it a security breach?")
        wanted = ["In this case, Zuckerberg maintains that it was a security breach per se"]
        wanted.append("Paragraph 7 · HotHardware · 2018-03-22")
        # the reply renders after the command's echo; on a loaded machine, well after it
        found = "(wanted) => wanted.every((w) => document.body.innerText.includes(w))"
        with contextlib.suppress(PlaywrightTimeout):  # then the assertion shows what the page holds
            await page.wait_for_function(found, arg=wanted, timeout=60_000)
        text = await page.inner_text("body")
        assert all(w in text for w in wanted), text[-2000:]


async def test_the_playground_cooldown_expires_in_real_time(library) -> None:
    """Nothing moves simcord's clock in the playground (an operation of its own would refuse the
    page's actions meanwhile), so its cooldowns must run on the real clock."""
    import simcord

    config = Config(answers=AnswerSettings(cooldown_rate=1, cooldown_seconds=0.5))
    async with simcord.run(playground_bot(config, library), check_errors=False) as env:
        await env.bot.tree.sync()
        guild = env.create_guild()
        channel = guild.create_text_channel("news")
        reader = guild.add_member(env.create_user("reader"))
        question = "Was it a security breach?"
        assert not (await reader.slash(channel, "ask", question=question)).ephemeral
        slowed = await reader.slash(channel, "ask", question=question)
        assert slowed.ephemeral and "Slow down" in slowed.response.content
        assert [type(e).__name__ for e in env.errors] == ["AskingTooFast"]
        time.sleep(0.6)  # real time only: simcord's clock stays where it was
        assert not (await reader.slash(channel, "ask", question=question)).ephemeral
        assert len(env.errors) == 1


def test_a_taken_port_is_a_clear_error() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "playground", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
        )
    assert proc.returncode == 2 and "could not bind port" in proc.stderr and "Traceback" not in proc.stderr


#: ``main.py playground`` as a shell's background job starts it: with SIGINT ignored, which a
#: handler installed only over the default one would leave ignored (a run that never ends).
IGNORING_SIGINT = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
    "sys.argv = ['main.py', 'playground']; runpy.run_path('main.py', run_name='__main__')"
)


@pytest.mark.parametrize(
    ("sig", "command"),
    [
        ("SIGINT", ["main.py", "playground"]),
        ("SIGTERM", ["main.py", "playground"]),
        ("SIGINT", ["-c", IGNORING_SIGINT]),
    ],
    ids=["ctrl-c", "sigterm", "ctrl-c-from-a-background-job"],
)
def test_a_signal_stops_the_playground_cleanly(sig: str, command: list[str]) -> None:
    import signal

    proc = subprocess.Popen(
        [sys.executable, *command],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().startswith("Storybot playground: http://127.0.0.1:")
        proc.send_signal(getattr(signal, sig))
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "Playground stopped." in out and "Traceback" not in err
    assert f"received {sig}: stopping the playground" in err
