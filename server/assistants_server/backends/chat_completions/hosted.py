"""The functions a Chat Completions model is offered for the hosted tools this backend runs
itself: ``file_search`` (queries in, results with their citation markers back) and
``code_interpreter`` (code in, its logs back). Pure data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..code_interpreter import CODE_INTERPRETER

FILE_SEARCH = "file_search"
FILE_SEARCH_FUNCTION: Mapping[str, Any] = {
    "type": "function",
    "function": {
        "name": FILE_SEARCH,
        "description": (
            "Search the user's uploaded files. Each result starts with a marker like 【0:1†name】: "
            "cite what you use by writing its marker right after the sentence it supports."
        ),
        "parameters": {
            "type": "object",
            "properties": {
                "queries": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "One or more search queries, each a complete question or phrase.",
                }
            },
            "required": ["queries"],
        },
    },
}
CODE_FUNCTION: Mapping[str, Any] = {
    "type": "function",
    "function": {
        "name": CODE_INTERPRETER,
        "description": (
            "Run Python 3 in a stateful sandbox (variables persist between calls of this conversation; no "
            "network). The user's files are in /mnt/data; numpy, pandas and matplotlib are installed. What "
            "the code prints comes back; each matplotlib figure it shows or saves is shown to the user; files "
            "it writes under /mnt/data can be linked in the answer as sandbox:/mnt/data/NAME."
        ),
        "parameters": {
            "type": "object",
            "properties": {"code": {"type": "string", "description": "The Python code to run."}},
            "required": ["code"],
        },
    },
}
