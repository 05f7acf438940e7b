"""The azure-ai-agents ``sample_agents_code_interpreter.py`` shape, through the real
``azure-ai-agents`` package, against the server's Foundry routes (scripted model): upload a CSV
with purpose ``agents``, an agent with the code-interpreter tool on it, ask for a bar chart, run
it with ``create_and_process``, save every image the answer holds and read its file-path
annotations.

The program is the sample's, call for call, over HTTPS (``--tls-self-signed``: azure-core sends
bearer tokens over https only; its requests trust the server's CA through REQUESTS_CA_BUNDLE).
Two things differ: the credential is a stand-in that hands out a token (no Microsoft Entra
here), and ``create_and_process`` polls every 50 ms instead of every second.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from assistants_server import Server

from .code_support import SALES, csv_rows, png_size, sandbox_mode

agents = pytest.importorskip("azure.ai.agents")
models = pytest.importorskip("azure.ai.agents.models")
credentials = pytest.importorskip("azure.core.credentials")

pytestmark = pytest.mark.timeout(60)
PROMPT = (
    "Could you please create bar chart in TRANSPORTATION sector for the operating profit from the uploaded csv "
    "file and provide file to me?"
)


class StandInCredential:
    """A TokenCredential giving one fixed token, as DefaultAzureCredential would give an Entra one."""

    def __init__(self) -> None:
        self.scopes: list[str] = []

    def get_token(self, *scopes: str, **_kwargs: Any) -> Any:
        self.scopes.extend(scopes)
        return credentials.AccessToken("entra-token", int(time.time()) + 3600)


@pytest.fixture(scope="module")
def foundry_srv() -> Iterator[Server]:
    with Server(tls_self_signed=True, code_sandbox=sandbox_mode(), validate_responses=True, step_delay=0.0) as server:
        yield server


def test_the_code_interpreter_sample_runs_on_the_foundry_routes(
    foundry_srv: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "nifty_500_quarterly_results.csv").write_bytes(SALES)
    monkeypatch.chdir(tmp_path)  # the sample saves the images in the working directory
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(foundry_srv.tls_ca_path))
    endpoint = foundry_srv.foundry_endpoint("my-project")
    assert endpoint.startswith("https://")
    credential = StandInCredential()
    agents_client = agents.AgentsClient(endpoint=endpoint, credential=credential)
    with agents_client:
        # --- the sample, call for call ---
        file = agents_client.files.upload_and_poll(
            file_path="nifty_500_quarterly_results.csv", purpose=models.FilePurpose.AGENTS
        )
        code_interpreter = models.CodeInterpreterTool(file_ids=[file.id])
        agent = agents_client.create_agent(
            model="gpt-4o",
            name="my-agent",
            instructions="You are helpful agent",
            tools=code_interpreter.definitions,
            tool_resources=code_interpreter.resources,
        )
        thread = agents_client.threads.create()
        message = agents_client.messages.create(thread_id=thread.id, role=models.MessageRole.USER, content=PROMPT)
        run = agents_client.runs.create_and_process(thread_id=thread.id, agent_id=agent.id, polling_interval=0.05)
        assert run.status == models.RunStatus.COMPLETED, run.last_error
        agents_client.files.delete(file.id)
        messages = agents_client.messages.list(thread_id=thread.id)
        saved: list[str] = []
        annotations: dict[str, str] = {}
        for msg in messages:
            for img in msg.image_contents:
                file_id = img.image_file.file_id
                file_name = f"{file_id}_image_file.png"
                agents_client.files.save(file_id=file_id, file_name=file_name)
                saved.append(file_name)
            for ann in msg.file_path_annotations:
                annotations[ann.text] = ann.file_path.file_id
        agents_client.delete_agent(agent.id)
        # --- what it got ---
        assert message.role == "user" and credential.scopes == ["https://ai.azure.com/.default"]
        [name] = saved
        assert png_size((tmp_path / name).read_bytes()) == (600, 400)
        summary = annotations["sandbox:/mnt/data/nifty_500_quarterly_results_summary.csv"]
        assert "sandbox:/mnt/data/nifty_500_quarterly_results_chart.png" in annotations
        agents_client.files.save(file_id=summary, file_name="summary.csv")
        rows = csv_rows((tmp_path / "summary.csv").read_bytes())
        assert rows[0][-1] == "operating_profit" and rows[1][:2] == ["count", "3"]
    assert not foundry_srv.spec_violations, foundry_srv.spec_violations[:3]
