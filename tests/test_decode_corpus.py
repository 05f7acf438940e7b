"""Answers shaped like real hosts' (tests/corpus/hosts.json): each decodes tolerantly and goes
back out unchanged; a strict decoder rejects each one that breaks the spec, naming the path."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from assistants_api import errors
from assistants_api.api import OPERATIONS, STREAM_EVENTS, Operation, decode_model
from assistants_client import Client

CORPUS = json.loads((Path(__file__).parent / "corpus" / "hosts.json").read_text())["entries"]
IDS = [f"{entry['source']}: {entry['name']}" for entry in CORPUS]


def answering(body: Any) -> Client:
    """Our client, over a transport that answers every request with `body` (a host's answer)."""
    raw = json.dumps(body).encode()
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, content=raw))
    return Client(api_key="sk-test", base_url="http://127.0.0.1:9/v1", http_client=httpx2.Client(transport=transport))


def call(client: Client, op: Operation) -> Any:
    """Call `op` through the client's public method, with placeholder ids for its path."""
    method = getattr(client, op.name)
    path_args = [f"{name}_1" for name in op.path_params]
    result = method(*path_args)
    return result if op.name.startswith("get_") else next(iter(result.pages()))


def test_the_corpus_covers_each_kind_of_host() -> None:
    assert {entry["source"] for entry in CORPUS} == {"foundry", "emulator", "reference"}
    assert sum(entry["strict_path"] is None for entry in CORPUS) >= 5
    assert sum(entry["strict_path"] is not None for entry in CORPUS) >= 10


@pytest.mark.parametrize("entry", CORPUS, ids=IDS)
def test_tolerant_client_decodes_and_round_trips(entry: dict[str, Any]) -> None:
    body = entry["body"]
    op = OPERATIONS[entry["operation"]]
    with answering(copy.deepcopy(body)) as client:
        decoded = call(client, op)
    assert type(decoded).__name__ == op.response.partition(":")[2]
    assert decoded.to_dict() == body
    assert json.dumps(decoded.to_dict(), sort_keys=True) == json.dumps(body, sort_keys=True)  # 0 stays 0, not 0.0
    for name in decoded.missing_fields:
        assert name not in body
        assert getattr(decoded, name) is None


@pytest.mark.parametrize("entry", CORPUS, ids=IDS)
def test_strict_decoder_names_the_first_value_the_spec_does_not_allow(entry: dict[str, Any]) -> None:
    op = OPERATIONS[entry["operation"]]
    expected = entry["strict_path"]
    if expected is None:
        assert op.decode(copy.deepcopy(entry["body"]), strict=True).to_dict() == entry["body"]
        return
    with pytest.raises(errors.ResponseDecodeError) as caught:
        op.decode(copy.deepcopy(entry["body"]), strict=True)
    assert caught.value.path == expected
    assert caught.value.operation == op.name
    assert expected in str(caught.value)


def test_numbers_come_back_as_they_were_sent() -> None:
    run = OPERATIONS["get_run"].decode({**_valid_run(), "temperature": 0, "top_p": 1, "max_prompt_tokens": 2**53 + 1})
    assert run.temperature == 0 and type(run.temperature) is int
    assert run.max_prompt_tokens == 2**53 + 1 and type(run.max_prompt_tokens) is int
    assert run.to_dict()["temperature"] == 0 and type(run.to_dict()["temperature"]) is int


def test_a_left_out_field_reads_as_none_and_is_listed() -> None:
    data = _valid_run()
    for name in ("required_action", "usage", "expires_at"):
        del data[name]
    run = OPERATIONS["get_run"].decode(copy.deepcopy(data))
    assert run.required_action is None and run.usage is None and run.expires_at is None
    assert set(run.missing_fields) == {"required_action", "usage", "expires_at"}
    assert run.to_dict() == data


def test_strict_errors_stay_short_whatever_the_value() -> None:
    data = _valid_run()
    data["instructions"] = ["x" * 10_000_000]
    with pytest.raises(errors.ResponseDecodeError) as caught:
        OPERATIONS["get_run"].decode(data, strict=True)
    assert caught.value.path == "instructions"
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize(
    ("event", "mutate", "path"),
    [
        ("thread.run.created", lambda d: d.pop("usage"), "usage"),
        ("thread.run.step.completed", lambda d: d.pop("expired_at"), "expired_at"),
        ("thread.message.completed", lambda d: d.pop("status"), "status"),
        ("thread.message.completed", lambda d: d["content"].append(None), "content[1]"),
    ],
)
def test_stream_event_data_is_decoded_the_same_way(event: str, mutate: Any, path: str) -> None:
    ref = STREAM_EVENTS[event]
    assert ref is not None
    cls = OPERATIONS["get_run"].model(ref)
    schema_name = cls.__name__
    data = _example(schema_name)
    mutate(data)
    decoded = decode_model(cls, copy.deepcopy(data), event)
    assert decoded.to_dict() == data
    with pytest.raises(errors.ResponseDecodeError) as caught:
        decode_model(cls, copy.deepcopy(data), event, strict=True)
    assert caught.value.path == path
    assert caught.value.operation == event


def _example(schema: str) -> dict[str, Any]:
    from .spec import spec

    return copy.deepcopy(spec()["components"]["schemas"][schema]["examples"][0])


def _valid_run() -> dict[str, Any]:
    return _example("RunObject")
