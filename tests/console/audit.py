"""What every page of the console must be, checked where a test has it on screen: each control
labelled (a name a screen reader can say), each control reached by the Tab key, nothing wider than
a phone-sized window (360 px); and its picture saved in build/screenshots/ (not committed)."""

from __future__ import annotations

from typing import Any

from .conftest import SCREENSHOTS

NARROW = {"width": 360, "height": 800}
CONTROLS = "a[href], button, input, select, textarea, [tabindex]"

UNLABELLED = f"""() => [...document.querySelectorAll('{CONTROLS}')]
  .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
  .map((el) => el.outerHTML.slice(0, 80))"""

# The controls a keyboard user must reach: shown and enabled. Each is marked with a number so the
# Tab walk below can say which it reached.
REACHABLE = f"""() => {{
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const all = [...document.querySelectorAll('{CONTROLS}')]
    .filter((el) => shown(el) && !el.disabled && el.getAttribute('tabindex') !== '-1');
  all.forEach((el, i) => {{ el.dataset.auditIndex = String(i); }});
  return all.map((el) => el.outerHTML.slice(0, 80));
}}"""
# Every control focused from now on, by its mark.
WATCH = """() => {
  window.__auditReached = new Set();
  document.addEventListener('focusin', (e) => {
    if (e.target.dataset && e.target.dataset.auditIndex) window.__auditReached.add(Number(e.target.dataset.auditIndex));
  });
}"""
REACHED = "() => [...window.__auditReached]"

WIDE = """() => [...document.querySelectorAll('body *')]
  .filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
  .map((e) => e.tagName + '.' + e.className)"""


def unreached(page: Any) -> list[str]:
    """The shown controls the Tab key never focuses, going round the page from its start (bounded:
    twice as many presses as there are controls, plus a few for the browser's own stops)."""
    controls = page.evaluate(REACHABLE)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.locator("body").focus()
    page.evaluate(WATCH)
    reached: set[int] = set()
    pressed, most = 0, 2 * len(controls) + 5
    while pressed < most and len(reached) < len(controls):
        batch = min(len(controls) - len(reached) + 2, most - pressed)
        for _ in range(batch):
            page.keyboard.press("Tab")
        pressed += batch
        reached = set(page.evaluate(REACHED))
    page.evaluate("() => document.querySelectorAll('[data-audit-index]').forEach((el) => delete el.dataset.auditIndex)")
    return [html for i, html in enumerate(controls) if i not in reached]


def too_wide(page: Any) -> list[str]:
    """What sticks out of a 360 px window (the page scrolls sideways if anything does)."""
    size = page.viewport_size
    page.set_viewport_size(NARROW)
    try:
        wide = page.evaluate(WIDE)
        if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            wide.append("the page scrolls sideways")
        return list(wide)
    finally:
        page.set_viewport_size(size)


def shot(page: Any, name: str) -> None:
    """Save the page's picture, then check it: labelled, reached by keyboard, fits a narrow window."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    assert page.evaluate(UNLABELLED) == [], name
    assert unreached(page) == [], name
    assert too_wide(page) == [], name
