"""Every operation through its flat function: the request on the wire, the decoded answer.

An httpx2.MockTransport checks the method, the URL-encoded path, the query and the JSON body of
each call against openapi.yaml, and answers the spec's own example of the response. A multipart
body is checked field by field (its binary fields' bytes, nested fields as `name[key]`) with its
Content-Length; a binary answer comes back as its bytes.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest
from assistants_api import api, errors
from assistants_api.client import AuthenticatedClient

from .spec import SpecOperation, operations

OPERATIONS = operations()
BASE = "http://api.test/v1"


def test_the_spec_has_all_56_operations() -> None:
    names = {op.name for op in OPERATIONS}
    assert len(OPERATIONS) == 56 == len(names)
    assert {op.name for op in OPERATIONS if op.body_kind == "multipart"} == {"create_file", "add_upload_part"}
    # the bytes as they came: a file's, and a resumed event stream's (the facade's streams read it)
    assert {op.name for op in OPERATIONS if op.response_kind == "binary"} == {"download_file", "get_run_events"}
    assert sum(op.deprecated for op in OPERATIONS) == 6
    assert set(api.OPERATIONS) >= names


def checking_transport(op: SpecOperation, seen: list[httpx2.Request]) -> httpx2.MockTransport:
    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        assert request.method == op.method
        assert request.url.raw_path.decode().split("?")[0] == "/v1" + op.expected_path()
        query = {key: request.url.params.get_list(key) for key in request.url.params}
        expected = {k: [str(x) for x in v] if isinstance(v, list) else [str(v)] for k, v in op.query.items()}
        assert query == expected
        if op.body is None:
            assert request.content == b""
        elif op.body_kind == "multipart":
            assert int(request.headers["content-length"]) == len(request.content)
            assert form_fields(request) == flattened(op.body)
        else:
            assert request.headers["content-type"] == "application/json"
            assert json.loads(request.content) == op.body
        if op.response_kind == "binary":
            return httpx2.Response(
                200, content=op.response["bytes"], headers={"content-type": "application/octet-stream"}
            )
        return httpx2.Response(200, json=op.response, headers={"x-request-id": "req_test"})

    return httpx2.MockTransport(handler)


def form_fields(request: httpx2.Request) -> dict[str, bytes]:
    """The fields of a multipart/form-data request, by name (a file's bytes as they were sent)."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    body = request.content
    assert body.endswith(b"--" + boundary + b"--\r\n")
    fields = {}
    for part in body.split(b"--" + boundary)[1:-1]:
        head, _, value = part[2:-2].partition(b"\r\n\r\n")
        name = head.split(b'name="')[1].split(b'"')[0].decode()
        fields[name] = value
    return fields


def flattened(body: dict[str, Any], prefix: str = "") -> dict[str, bytes]:
    fields: dict[str, bytes] = {}
    for key, value in body.items():
        name = f"{prefix}[{key}]" if prefix else key
        if isinstance(value, dict):
            fields.update(flattened(value, name))
        else:
            fields[name] = value if isinstance(value, bytes) else str(value).encode()
    return fields


def check_result(op: SpecOperation, result: Any) -> None:
    if op.response_kind == "binary":
        assert result == op.response["bytes"]
    else:
        assert type(result).__name__ == op.response_schema
        assert result.to_dict() == op.response


def call_args(op: SpecOperation) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = list(op.path_values())
    if op.body is not None:
        args.append(op.body)
    return args, op.kwargs()


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.name)
def test_flat_function(op: SpecOperation) -> None:
    seen: list[httpx2.Request] = []
    client = AuthenticatedClient(BASE, token="sk-test")
    client.set_httpx_client(httpx2.Client(base_url=BASE, transport=checking_transport(op, seen)))
    args, kwargs = call_args(op)
    result = getattr(api, op.name)(*args, client=client, **kwargs)
    assert len(seen) == 1
    check_result(op, result)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.name)
async def test_flat_function_async(op: SpecOperation) -> None:
    seen: list[httpx2.Request] = []
    client = AuthenticatedClient(BASE, token="sk-test")
    client.set_async_httpx_client(httpx2.AsyncClient(base_url=BASE, transport=checking_transport(op, seen)))
    args, kwargs = call_args(op)
    result = await getattr(api, f"{op.name}_async")(*args, client=client, **kwargs)
    assert len(seen) == 1
    check_result(op, result)


def test_body_may_be_a_generated_model() -> None:
    from assistants_api.models import CreateRunRequest

    op = next(op for op in OPERATIONS if op.name == "create_run")
    assert op.body is not None
    seen: list[httpx2.Request] = []
    client = AuthenticatedClient(BASE, token="sk-test")
    client.set_httpx_client(httpx2.Client(base_url=BASE, transport=checking_transport(op, seen)))
    run = api.create_run(*op.path_values(), CreateRunRequest.from_dict(op.body), client=client, **op.kwargs())
    assert run.id == op.response["id"]


def test_misspelt_name_from_the_first_clients_still_works() -> None:
    assert api.submit_tool_ouputs_to_run is api.submit_tool_outputs_to_run
    assert api.submit_tool_ouputs_to_run_async is api.submit_tool_outputs_to_run_async
    assert api.OPERATIONS["submit_tool_ouputs_to_run"] is api.SUBMIT_TOOL_OUTPUTS_TO_RUN


def test_error_status_raises_the_typed_error() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        envelope = {"error": {"message": "No thread found with id 'nope'.", "type": "invalid_request_error"}}
        return httpx2.Response(404, json=envelope, headers={"x-request-id": "req_1"})

    client = AuthenticatedClient(BASE, token="sk-test", httpx_args={"transport": httpx2.MockTransport(handler)})
    with pytest.raises(errors.NotFoundError) as caught:
        api.get_thread("nope", client=client)
    error = caught.value
    assert isinstance(error, errors.APIStatusError)
    assert (error.status_code, error.type, error.request_id) == (404, "invalid_request_error", "req_1")
    assert "No thread found" in str(error) and error.message == str(error)
    assert error.request is not None and error.request.headers["authorization"] == "[redacted]"


@pytest.mark.parametrize(
    ("body", "strict", "reason", "path"),
    [
        (b"<html>oops</html>", False, "not JSON", ""),
        (b'{"id": "thread_1"}', True, "required field is missing", "object"),
        (b'{"id": 5, "object": "thread", "created_at": 1, "metadata": {}}', True, "expected string", "id"),
        (b"[1, 2]", False, "expected a JSON object", ""),
    ],
)
def test_malformed_answer_raises_a_typed_error(body: bytes, strict: bool, reason: str, path: str) -> None:
    client = AuthenticatedClient(BASE, token="sk-test", strict=strict)
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, content=body))
    client.set_httpx_client(httpx2.Client(base_url=BASE, transport=transport))
    with pytest.raises(errors.APIResponseValidationError) as caught:
        api.get_thread("thread_1", client=client)
    assert reason in str(caught.value)
    assert caught.value.operation == "get_thread"
    assert caught.value.path == path


def test_the_tolerant_flat_function_reads_what_a_host_left_out() -> None:
    client = AuthenticatedClient(BASE, token="sk-test")
    body = b'{"id": "thread_1", "object": "thread", "created_at": 1}'
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, content=body))
    client.set_httpx_client(httpx2.Client(base_url=BASE, transport=transport))
    thread = api.get_thread("thread_1", client=client)
    assert thread.metadata is None and thread.tool_resources is None
    assert thread.missing_fields == ("tool_resources", "metadata")
    assert thread.to_dict() == {"id": "thread_1", "object": "thread", "created_at": 1}


def test_generated_client_repr_hides_the_key() -> None:
    client = AuthenticatedClient(BASE, token="sk-very-secret")
    client.get_httpx_client()
    assert "sk-very-secret" not in repr(client)


@pytest.mark.parametrize(
    ("thread_id", "on_the_wire"),
    [
        ("thread_abc-DEF_123", "thread_abc-DEF_123"),  # an ID as the API makes them: as it is
        ("thread_x/../y", "thread_x%2F..%2Fy"),
        ("a b?c#d%e", "a%20b%3Fc%23d%25e"),
        ("th\u00e9", "th%C3%A9"),
        ("run_1\n", "run_1%0A"),
        ("", ""),
        (42, "42"),
    ],
)
def test_path_parameters_are_percent_encoded(thread_id: object, on_the_wire: str) -> None:
    assert api.GET_RUN.url((thread_id, "run_1")) == f"/threads/{on_the_wire}/runs/run_1"  # type: ignore[arg-type]
