"""The scripted model's code_interpreter rules: deterministic, pure (the runner does the I/O).

When the run has the ``code_interpreter`` tool (and the model would answer with text: no trigger,
no function called, ``tool_choice`` not ``none``), :func:`code_plan` picks the code, first rule
that applies:

1. the last user message holds a fenced Python block (```` ```python ````, ```` ```py ```` or a
   bare ```` ``` ````): that block, the first one, as written;
2. the run has files (``CodeRunner.file_names``): the "look at the data" program
   (:func:`data_program`): each file's name and size, and for each CSV, JSON or Excel file its
   shape, columns, first rows and summary, a bar chart of its first numeric column by its first
   text column saved as ``<name>_chart.png``, and the summary saved as ``<name>_summary.csv``;
3. the message holds an arithmetic expression (digits, ``+ - * / % ( )``, ``^`` read as ``**``,
   at least one operator): ``print(<expression>)``.

The code reaches clients in pieces of about :data:`PIECE` characters, cut at line ends; the
answer (:func:`code_answer`) summarises the logs (their last :data:`LOG_LINES` lines in a fenced
block, or the error's last line) and links every file the code wrote as
``[NAME](sandbox:/mnt/data/NAME)``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from .code_interpreter import CodeCall, link

PIECE = 80  # characters of code per streamed piece, about
LOG_LINES = 20
DATA_SUFFIXES = (".csv", ".json", ".xlsx", ".xls")
_FENCE = re.compile(r"```[ \t]*(python3?|py)?[ \t]*\n(.*?)```", re.DOTALL | re.IGNORECASE)
_ARITHMETIC = re.compile(r"[\d.(][\d.\s+\-*/%^()]*[\d.)]")
_OPERATOR = re.compile(r"\d\s*(\*\*|[+\-*/%^])\s*[\d(.]")

_DATA_PROGRAM = """import json, os
import pandas as pd
import matplotlib.pyplot as plt

pd.set_option("display.width", 120)
names = json.loads({names!r})
for name in names:  # the session's files are in the working directory, /mnt/data
    print(f"{{name}}: {{os.path.getsize(name) if os.path.exists(name) else 'missing'}} bytes")
for name in [n for n in names if n.lower().endswith({suffixes!r})]:
    path = name
    stem, ext = os.path.splitext(name)
    ext = ext.lower()
    try:
        if ext == ".csv":
            frame = pd.read_csv(path)
        elif ext == ".json":
            frame = pd.read_json(path)
        else:
            frame = pd.read_excel(path)
    except Exception as exc:
        print(f"{{name}}: cannot be read as a table ({{type(exc).__name__}}: {{exc}})")
        continue
    print(f"== {{name}}: {{frame.shape[0]}} rows x {{frame.shape[1]}} columns")
    print("columns:", ", ".join(str(c) for c in frame.columns))
    print(frame.head().to_string())
    summary = frame.describe(include="all")
    print(summary.to_string())
    summary.to_csv(stem + "_summary.csv")
    numbers = [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])]
    texts = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])]
    if numbers and texts:
        figure, axes = plt.subplots(figsize=(6, 4))
        frame.plot.bar(x=texts[0], y=numbers[0], ax=axes, legend=False)
        axes.set_ylabel(str(numbers[0]))
        axes.set_title(f"{{numbers[0]}} by {{texts[0]}}")
        figure.tight_layout()
        figure.savefig(stem + "_chart.png")
        plt.close(figure)
"""


def fenced_block(text: str) -> str | None:
    """The first fenced Python block of `text` (a fence naming another language is not one)."""
    found = _FENCE.search(text)
    return found.group(2) if found else None


def data_program(names: Sequence[str]) -> str:
    """The "look at the data" program over the files `names` (each under /mnt/data)."""
    return _DATA_PROGRAM.format(names=json.dumps(list(names)), suffixes=DATA_SUFFIXES)


def arithmetic(text: str) -> str | None:
    """The longest arithmetic expression in `text` with an operator, as Python (``^`` -> ``**``)."""
    found = [m.group(0).strip() for m in _ARITHMETIC.finditer(text) if _OPERATOR.search(m.group(0))]
    if not found:
        return None
    return max(found, key=len).replace("^", "**")


def code_plan(text: str, file_names: Sequence[str]) -> str | None:
    """The code the scripted model runs for the last user message `text` (rules in the module
    text); None when no rule applies."""
    block = fenced_block(text)
    if block is not None:
        return block
    if file_names:
        return data_program(file_names)
    expression = arithmetic(text)
    return f"print({expression})\n" if expression is not None else None


def code_pieces(code: str) -> list[str]:
    """`code` in pieces of about ``PIECE`` characters, cut after a line's end where it can be."""
    pieces: list[str] = []
    current = ""
    for line in code.splitlines(keepends=True):
        current += line
        if len(current) >= PIECE:
            pieces.append(current)
            current = ""
    if current or not pieces:
        pieces.append(current)
    return pieces


def code_answer(call: CodeCall) -> str:
    """The answer after the code ran: its logs summarised, its images counted, its files linked."""
    lines = call.logs.rstrip("\n").splitlines()
    if not lines:
        parts = ["The code ran and printed nothing."]
    elif "Traceback (most recent call last)" in call.logs:
        parts = [f"The code raised an error: {lines[-1].strip()}"]
    else:
        shown = lines[-LOG_LINES:]
        cut = f" (its last {len(shown)} lines)" if len(shown) < len(lines) else ""
        parts = [f"The code printed{cut}:\n\n```\n" + "\n".join(shown) + "\n```"]
    if call.limit:
        parts.append(f"It was stopped by its {call.limit} limit.")
    if call.images:
        count = len(call.images)
        parts.append(f"It made {count} image{'s' if count > 1 else ''}, shown with this message.")
    if call.files:
        links = ", ".join(f"[{f.name}]({link(f.name)})" for f in call.files)
        parts.append(f"Files it wrote: {links}.")
    return "\n\n".join(parts)
