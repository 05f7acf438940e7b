"""Checked by mypy --strict in tests/test_typing.py, which expects exactly the errors marked here."""

from __future__ import annotations

from assistants_client import RunStream


def misuse(stream: RunStream) -> None:
    for event in stream:
        if event.event == "thread.message.delta":
            print(event.data.no_such_attr)  # error: "MessageDeltaObject" has no attribute "no_such_attr"
        match event.event:
            case "thread.run.created":
                print(event.data.delta)  # error: "RunObject" has no attribute "delta"
