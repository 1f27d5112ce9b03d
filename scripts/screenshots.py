"""Make the README's pictures from the playground: ``python scripts/screenshots.py``.

Starts ``python main.py playground`` on a free loopback port, drives its page with Debian's
Chromium (``apt-get install chromium``; Playwright's Python package drives it, nothing is
downloaded), runs ``/ask``, ``/quotes``, ``/summary`` and ``/timeline`` on the bundled story
through the page's own command box, and saves ``docs/screenshots/*.png``. Re-run it to
regenerate them. Needs ``requirements-playground.txt``.
"""

from __future__ import annotations

import asyncio
import re
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
OUT = ROOT / "docs" / "screenshots"
SHOTS = [
    ("ask", "ask", "Was it a security breach?"),
    ("quotes", "quotes", None),
    ("summary", "summary", None),
    ("timeline", "timeline", None),
]


#: Taller pages for the longer replies, so that the whole embed shows.
HEIGHTS = {"summary": 1000, "timeline": 1150}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@asynccontextmanager
async def playground(knowledge: Path | None = None) -> AsyncIterator[str]:
    """A running ``python main.py playground``; yields its page's address."""
    command = [sys.executable, str(ROOT / "main.py"), "playground", "--port", str(free_port())]
    if knowledge is not None:
        command += ["--knowledge", str(knowledge)]
    proc = await asyncio.create_subprocess_exec(
        *command, cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), timeout=60)).decode()
        match = re.search(r"http://127\.0\.0\.1:\d+/#\S+", line)
        if match is None:
            raise RuntimeError(f"the playground did not start: {line!r}")
        yield match.group()
    finally:
        proc.terminate()
        await proc.wait()


@asynccontextmanager
async def browser_page(url: str, width: int = 1100, height: int = 900) -> AsyncIterator[object]:
    """A headless Chromium page on ``url``, ready once its send button is enabled."""
    from playwright.async_api import async_playwright

    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        try:
            page = await browser.new_page(viewport={"width": width, "height": height})
            await page.goto(url)
            await page.wait_for_selector("#send-message:not([disabled])", timeout=120_000)  # a loaded machine is slow
            yield page
        finally:
            await browser.close()


async def run_command(page: object, name: str, value: str | None = None) -> None:
    """Type ``/name`` in the page's command box, pick it, fill its first option, send, and wait
    for the bot's reply."""
    before = await page.get_by_text(f"used /{name}").count()  # type: ignore[attr-defined]
    box = page.locator("#channel-composer-input")  # type: ignore[attr-defined]
    await box.click()
    await box.type(f"/{name}")
    await page.keyboard.press("Enter")  # type: ignore[attr-defined]  # picks the command
    if value is not None:  # the first required option has the focus
        await page.keyboard.type(value)  # type: ignore[attr-defined]
        await page.keyboard.press("Enter")  # type: ignore[attr-defined]  # sends it
    else:  # only optional options: close their list and send
        await page.keyboard.press("Escape")  # type: ignore[attr-defined]
        await page.locator("button[aria-label='Send']").last.click()  # type: ignore[attr-defined]
    await page.get_by_text(f"used /{name}").nth(before).wait_for(timeout=60_000)  # type: ignore[attr-defined]
    await page.wait_for_timeout(1500)  # type: ignore[attr-defined]  # the reply's embed renders


async def main() -> int:
    if not CHROMIUM.exists():
        print(f"error: no Chromium at {CHROMIUM}; install it with: apt-get install chromium", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    for name, command, value in SHOTS:  # a fresh playground each: one conversation, one picture
        async with playground() as url, browser_page(url, height=HEIGHTS.get(name, 900)) as page:
            await run_command(page, command, value)
            await page.screenshot(path=str(OUT / f"{name}.png"))  # type: ignore[attr-defined]
            print(f"wrote {OUT / f'{name}.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
