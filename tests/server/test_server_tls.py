"""HTTPS (http/tls.py): a certificate given with --tls-cert/--tls-key, or a local CA made at start
with --tls-self-signed; our Client.foundry and an azure-ai-agents program over it."""

from __future__ import annotations

import os
import re
import ssl
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import assistants_server as server_pkg
import httpx2
import pytest
from assistants_client import APIConnectionError, Client
from assistants_server import Server
from assistants_server.http.tls import TLSError

pytestmark = pytest.mark.timeout(60)

BETA = {"OpenAI-Beta": "assistants=v2"}


@pytest.fixture(scope="module")
def tls_srv() -> Iterator[Server]:
    with Server(tls_self_signed=True, step_delay=0.0, validate_responses=True) as srv:
        yield srv
        assert srv.spec_violations == []


def trusting(ca_path: str | None) -> ssl.SSLContext:
    assert ca_path is not None
    return ssl.create_default_context(cafile=ca_path)


def test_a_self_signed_server_serves_https_to_clients_that_trust_its_ca(tls_srv: Server) -> None:
    assert tls_srv.base_url.startswith("https://127.0.0.1:") and tls_srv.base_url.endswith("/v1")
    ca = tls_srv.tls_ca_path
    assert ca is not None and Path(ca).read_text().startswith("-----BEGIN CERTIFICATE-----")
    for host in ("127.0.0.1", "localhost"):
        url = tls_srv.base_url.replace("127.0.0.1", host) + "/assistants"
        assert httpx2.get(url, headers=BETA, verify=trusting(ca)).status_code == 200
    with pytest.raises(httpx2.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx2.get(tls_srv.base_url + "/assistants", headers=BETA)  # the system's CAs do not know it
    with pytest.raises(httpx2.HTTPError):  # plain HTTP to the TLS port gets no API answer
        httpx2.get(tls_srv.base_url.replace("https", "http") + "/assistants", headers=BETA, timeout=5)
    keyfile = tls_srv._tls.keyfile if tls_srv._tls else ""
    assert stat.S_IMODE(os.stat(keyfile).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(Path(keyfile).parent).st_mode) == 0o700


def test_client_foundry_over_tls_with_the_printed_ca(tls_srv: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """Our client takes the CA through its http_client (an httpx2 client with verify=) or, like
    every httpx-based client, through SSL_CERT_FILE."""
    endpoint = tls_srv.foundry_endpoint("my-project")
    http = httpx2.Client(verify=trusting(tls_srv.tls_ca_path), timeout=10)
    with Client.foundry(endpoint=endpoint, token_provider=lambda: "any-entra-token", http_client=http) as client:
        assistant = client.create_assistant({"model": "gpt-4o-deployment", "name": "over-tls"})
        run = client.create_thread_and_run(
            {"assistant_id": assistant.id, "thread": {"messages": [{"role": "user", "content": "hi"}]}}
        )
        done = client.poll_run(run.thread_id, run.id, poll_interval=0.01, poll_timeout=10)
        assert done.status == "completed"
        newest = next(iter(client.list_messages(run.thread_id, limit=1)))
        assert newest.content[0].text.value == "You said: hi"  # type: ignore[union-attr]
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_srv.tls_ca_path))
    with Client.foundry(endpoint=endpoint, token_provider=lambda: "any-entra-token", max_retries=0) as client:
        assert client.get_assistant(assistant.id).name == "over-tls"
    monkeypatch.delenv("SSL_CERT_FILE")
    with Client.foundry(endpoint=endpoint, token_provider=lambda: "any-entra-token", max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            client.get_assistant(assistant.id)


class FakeCredential:
    """A TokenCredential that needs no Azure: any bearer token does for a server without a key."""

    def __init__(self, token: str = "fake-entra-token") -> None:
        self.token = token
        self.scopes: list[tuple[str, ...]] = []

    def get_token(self, *scopes: str, **kwargs: Any) -> Any:
        from azure.core.credentials import AccessToken

        self.scopes.append(scopes)
        return AccessToken(self.token, 4_102_444_800)  # 2100-01-01


def agents_sample(credential: FakeCredential) -> list[tuple[str, str]]:
    """The shape of the azure-ai-agents samples (sample_agents_functions.py and friends): an agent
    with an auto-called function, a thread, a message, create_and_process, the messages."""
    import json

    from azure.ai.agents import AgentsClient
    from azure.ai.agents.models import FunctionTool, ListSortOrder, ToolSet

    def fetch_weather(location: str) -> str:
        """Fetches the weather information for the specified location.

        :param location: The location to fetch weather for.
        :return: Weather information as a JSON string.
        """
        return json.dumps({"location": location, "weather": "Sunny, 25C"})

    agents_client = AgentsClient(endpoint=os.environ["PROJECT_ENDPOINT"], credential=credential)
    with agents_client:
        toolset = ToolSet()
        toolset.add(FunctionTool(functions={fetch_weather}))
        agents_client.enable_auto_function_calls(toolset)
        agent = agents_client.create_agent(
            model=os.environ["MODEL_DEPLOYMENT_NAME"],
            name="my-agent",
            instructions="You are a helpful agent",
            toolset=toolset,
        )
        thread = agents_client.threads.create()
        agents_client.messages.create(thread_id=thread.id, role="user", content="What's the weather in New York?")
        run = agents_client.runs.create_and_process(thread_id=thread.id, agent_id=agent.id)
        assert run.status == "completed", run.last_error
        steps = [s.type for s in agents_client.run_steps.list(thread_id=thread.id, run_id=run.id)]
        assert "tool_calls" in steps, steps  # the function was called
        messages = agents_client.messages.list(thread_id=thread.id, order=ListSortOrder.ASCENDING)
        said = [(m.role, m.text_messages[-1].text.value) for m in messages if m.text_messages]
        agents_client.delete_agent(agent.id)
    return said


def test_an_azure_ai_agents_program_runs_over_tls(tls_srv: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("azure.ai.agents")
    monkeypatch.setenv("PROJECT_ENDPOINT", tls_srv.foundry_endpoint("my-project"))
    monkeypatch.setenv("MODEL_DEPLOYMENT_NAME", "gpt-4o")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls_srv.tls_ca_path))  # azure-core sends with requests
    credential = FakeCredential()
    said = agents_sample(credential)
    assert said[0][1] == "What's the weather in New York?"
    assert said[1][1] == 'The fetch_weather tool returned: {"location": "New York", "weather": "Sunny, 25C"}'
    assert credential.scopes and credential.scopes[0] == ("https://ai.azure.com/.default",)


ASYNC_SAMPLE = """
import asyncio, os
from azure.ai.agents.aio import AgentsClient
from azure.ai.agents.models import ListSortOrder
from azure.core.credentials import AccessToken


class FakeAsyncCredential:  # azure.identity.aio's shape, needing no Azure
    async def get_token(self, *scopes, **kwargs):
        return AccessToken("fake-entra-token", 4102444800)

    async def close(self):
        pass


async def main():
    async with AgentsClient(endpoint=os.environ["PROJECT_ENDPOINT"], credential=FakeAsyncCredential()) as client:
        agent = await client.create_agent(model=os.environ["MODEL_DEPLOYMENT_NAME"], name="a", instructions="Be brief")
        thread = await client.threads.create()
        await client.messages.create(thread_id=thread.id, role="user", content="Hello, async agent")
        run = await client.runs.create_and_process(thread_id=thread.id, agent_id=agent.id, polling_interval=0.05)
        print(run.status)
        async for message in client.messages.list(thread_id=thread.id, order=ListSortOrder.ASCENDING):
            print(f"{message.role}: {message.text_messages[-1].text.value}")


asyncio.run(main())
"""


def test_an_async_azure_ai_agents_program_runs_over_tls(tls_srv: Server, tmp_path: Path) -> None:
    """The async samples' shape (azure.ai.agents.aio on aiohttp), pointed at the server by
    environment variables only, in a process of its own: aiohttp reads SSL_CERT_FILE at import."""
    pytest.importorskip("aiohttp")
    script = tmp_path / "sample_agents_basics_async.py"
    script.write_text(ASYNC_SAMPLE)
    env = {
        **os.environ,
        "PROJECT_ENDPOINT": tls_srv.foundry_endpoint("my-project"),
        "MODEL_DEPLOYMENT_NAME": "gpt-4o",
        "SSL_CERT_FILE": str(tls_srv.tls_ca_path),
    }
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "RunStatus.COMPLETED",
        "MessageRole.USER: Hello, async agent",
        "MessageRole.AGENT: You said: Hello, async agent",
    ]


def test_over_plain_http_azure_core_refuses_to_send_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("azure.ai.agents")
    from azure.core.exceptions import ServiceRequestError

    with Server(step_delay=0.0) as plain:
        monkeypatch.setenv("PROJECT_ENDPOINT", plain.foundry_endpoint("my-project"))
        monkeypatch.setenv("MODEL_DEPLOYMENT_NAME", "gpt-4o")
        with pytest.raises(ServiceRequestError, match="not permitted for non-TLS protected"):
            agents_sample(FakeCredential())
        assert plain.state.count("assistant") == 0


def test_with_a_key_the_foundry_flavor_wants_it_as_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("azure.ai.agents")
    from azure.core.exceptions import ClientAuthenticationError

    with Server(tls_self_signed=True, step_delay=0.0, api_key="sk-local", foundry_token="tok-foundry") as srv:
        monkeypatch.setenv("PROJECT_ENDPOINT", srv.foundry_endpoint("p"))
        monkeypatch.setenv("MODEL_DEPLOYMENT_NAME", "gpt-4o")
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(srv.tls_ca_path))
        with pytest.raises(ClientAuthenticationError):
            agents_sample(FakeCredential("any-other-token"))
        assert agents_sample(FakeCredential("tok-foundry"))[0][0] == "user"


def test_a_given_certificate_and_key(tmp_path: Path) -> None:
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1", "localhost")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    issued.cert_chain_pems[0].write_to_path(str(cert))
    issued.private_key_pem.write_to_path(str(key))
    with Server(tls_cert=str(cert), tls_key=str(key)) as srv:
        assert srv.base_url.startswith("https://") and srv.tls_ca_path is None
        context = ssl.create_default_context()
        ca.configure_trust(context)
        assert httpx2.get(srv.base_url + "/assistants", headers=BETA, verify=context).status_code == 200
    other = trustme.CA().issue_cert("127.0.0.1")
    other.private_key_pem.write_to_path(str(key))
    for certfile, message in (
        (cert, "do not load as a certificate and its key"),
        (tmp_path / "no.pem", "no such file"),
    ):
        refused = Server(tls_cert=str(certfile), tls_key=str(key))
        with pytest.raises(TLSError, match=message):
            refused.start()
        refused.close()


def test_the_settings_that_do_not_go_together() -> None:
    with pytest.raises(ValueError, match="go together"):
        Server(tls_cert="cert.pem")
    with pytest.raises(ValueError, match="makes its own certificate"):
        Server(tls_self_signed=True, tls_cert="c.pem", tls_key="k.pem")
    with pytest.raises(ValueError, match="needs --tls-self-signed"):
        Server(tls_ca_out="ca.pem")


def test_the_ca_goes_to_the_data_directory_or_a_temporary_one(tmp_path: Path) -> None:
    with Server(tls_self_signed=True, data_dir=str(tmp_path / "data")) as srv:
        assert srv.tls_ca_path == str((tmp_path / "data" / "tls-ca.pem").resolve())
    assert (tmp_path / "data" / "tls-ca.pem").exists()  # the user's directory keeps it
    with Server(tls_self_signed=True) as srv:
        temporary = Path(str(srv.tls_ca_path))
        assert temporary.exists()
    assert not temporary.exists() and not temporary.parent.exists()  # made for this server, gone with it


def run_cli(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    package_root = str(Path(server_pkg.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join([package_root, env.get("PYTHONPATH", "")])
    command = [sys.executable, "-m", "assistants_server", "--port", "0", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def started(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """The base URL (first stdout line) and the CA's path (from the stderr note) a server printed."""
    line = (proc.stdout.readline() if proc.stdout else "").strip()
    assert line.startswith("https://127.0.0.1:") and line.endswith("/v1"), line
    note = proc.stderr.readline() if proc.stderr else ""
    found = re.search(r"certificate is (\S+) \(SSL_CERT_FILE=(\S+) REQUESTS_CA_BUNDLE=(\S+)\)", note)
    assert found and found.group(1) == found.group(2) == found.group(3), note
    return line, found.group(1)


def test_the_command_line_prints_an_https_url_and_where_the_ca_is(tmp_path: Path) -> None:
    ca_out = tmp_path / "new-directory" / "ca.pem"
    proc = run_cli("--tls-self-signed", "--tls-ca-out", str(ca_out))
    try:
        url, ca = started(proc)
        assert ca == str(ca_out.resolve())
        answer = httpx2.get(url + "/assistants", headers=BETA, verify=trusting(ca), timeout=10)
        assert answer.status_code == 200
    finally:
        proc.kill()  # nothing to keep: no --db
        proc.wait(10)
    assert ca_out.exists()  # the path asked for stays


def test_client_foundry_with_the_ca_the_command_line_printed() -> None:
    proc = run_cli("--tls-self-signed")
    try:
        url, ca = started(proc)
        endpoint = url.removesuffix("/v1") + "/api/projects/p"
        http = httpx2.Client(verify=trusting(ca), timeout=10)
        with Client.foundry(endpoint=endpoint, token_provider=lambda: "any", http_client=http) as client:
            assert client.create_thread({}).id.startswith("thread_")
    finally:
        proc.terminate()  # SIGTERM: a clean stop, which removes the made files
        assert proc.wait(20) == 0
    assert not Path(ca).exists() and not Path(ca).parent.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--tls-cert", "c.pem"), "go together"),
        (("--tls-cert", "/nonexistent/c.pem", "--tls-key", "/nonexistent/k.pem"), "no such file"),
        (("--tls-ca-out", "ca.pem"), "needs --tls-self-signed"),
    ],
)
def test_the_command_line_refuses_tls_settings_it_cannot_serve(
    args: tuple[str, ...], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistants_server.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main(["--port", "0", *args])
    assert exited.value.code == 2 and message in capsys.readouterr().err
