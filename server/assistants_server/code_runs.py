"""The code_interpreter tool inside runs: a run's files into the thread's sandbox session, what
the code made out again as Files (``runs.engine.RunCode``).

The files a run's code finds under ``/mnt/data`` are the assistant's and the thread's
``tool_resources.code_interpreter.file_ids`` and the files attached to the messages in context
with the ``code_interpreter`` tool, each under its File's filename (the sandbox makes the name
safe). They are written into the session before the run's first execution, so a session that
was evicted, or lives on another replica, gets them again on the thread's next run.

Each image the code shows or saves becomes a File (purpose ``assistants_output``, named
``<call>-image-N.png``), and so does each file it wrote under ``/mnt/data`` (named as written,
its path under ``/mnt/data`` kept for the answer's ``sandbox:/mnt/data/NAME`` links). A sandbox
that cannot be made is :class:`~.backends.code_interpreter.CodeUnavailable`: the run fails with
what is missing.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from typing import Any

from .backends.code_interpreter import CODE_INTERPRETER, CodeCall, CodeUnavailable, MadeFile
from .file_records import FileRecords
from .sandbox import Execution, InputFile, Sandboxes, SandboxUnavailable
from .sandbox.types import safe_name
from .storage.lock_roots import WRITES_ONLY
from .storage.sql_objects import ObjectStore, new_id

JSON = dict[str, Any]
OUTPUT_PURPOSE = "assistants_output"
MAX_INPUT_FILES = 100  # files one run brings into its session (the API's limit on an owner's code files is 20)


def _resource_ids(owner: Mapping[str, Any] | None) -> list[str]:
    found = ((owner or {}).get("tool_resources") or {}).get(CODE_INTERPRETER) or {}
    return [i for i in found.get("file_ids") or () if isinstance(i, str)]


def attached_ids(messages: Sequence[Mapping[str, Any]]) -> list[str]:
    """The files attached to `messages` for the code_interpreter tool, oldest first."""
    return [
        str(a["file_id"])
        for m in messages
        for a in m.get("attachments") or ()
        if isinstance(a, Mapping)
        and a.get("file_id")
        and any(isinstance(t, Mapping) and t.get("type") == CODE_INTERPRETER for t in a.get("tools") or ())
    ]


class CodeTool:
    """Gives each run a runner over one server's sandboxes and files."""

    def __init__(self, store: ObjectStore, files: FileRecords, sandboxes: Sandboxes) -> None:
        self.store = store
        self.files = files
        self.sandboxes = sandboxes

    def input_files(self, run: Mapping[str, Any], messages: Sequence[Mapping[str, Any]]) -> list[JSON]:
        """The File objects the run's code gets, each once (those deleted or expired left out)."""
        assistant = self.store.get("assistant", str(run.get("assistant_id") or ""))
        thread = self.store.get("thread", str(run.get("thread_id") or ""))
        ids = dict.fromkeys([*_resource_ids(assistant), *_resource_ids(thread), *attached_ids(messages)])
        found = []
        for file_id in list(ids)[:MAX_INPUT_FILES]:
            file = self.store.get("file", file_id)
            if file is not None and (file.get("expires_at") is None or file["expires_at"] > self.files.now()):
                found.append(file)
        return found

    def runner(self, run: JSON, messages: Sequence[JSON]) -> RunCodeRunner:
        return RunCodeRunner(self, str(run["thread_id"]), self.input_files(run, messages))

    def read(self, file: Mapping[str, Any]) -> InputFile | None:
        try:
            fh, _size = self.files.open(str(file["id"]))
        except Exception:  # gone since the run started: the code does without it
            return None
        with fh:
            return InputFile(str(file.get("filename") or file["id"]), fh.read())

    def keep(self, data: bytes, filename: str) -> str:
        """`data` stored as a new File for the run's outputs; its id."""
        writer = self.files.blobs.writer()
        try:
            writer.write(data)
            with self.store.transaction(WRITES_ONLY):  # the files' list lock, as the insert comes
                file = self.files.create(writer, filename=filename, purpose=OUTPUT_PURPOSE)
        finally:
            writer.abort()
        return str(file["id"])


class RunCodeRunner:
    """One run's ``CodeRunner``: its files go into the session with the run's first execution."""

    def __init__(self, tool: CodeTool, thread_id: str, files: Sequence[Mapping[str, Any]]) -> None:
        self.tool = tool
        self.thread_id = thread_id
        self._files = list(files)
        self._sent = False

    @property
    def file_names(self) -> Sequence[str]:
        return [safe_name(str(f.get("filename") or f["id"])) for f in self._files]

    async def __call__(self, code: str) -> CodeCall:
        inputs: list[InputFile] = []
        if not self._sent:
            inputs = [f for f in (self.tool.read(file) for file in self._files) if f is not None]
        try:
            execution = await self.tool.sandboxes.execute(self.thread_id, code, inputs)
        except SandboxUnavailable as exc:
            raise CodeUnavailable(exc.reason) from None
        self._sent = True
        return self._outputs(code, execution)

    def _outputs(self, code: str, execution: Execution) -> CodeCall:
        tag = new_id("")[:12]
        images = tuple(self.tool.keep(png, f"{tag}-image-{i + 1}.png") for i, png in enumerate(execution.images))
        made = tuple(
            MadeFile(f.name, self.tool.keep(f.data, posixpath.basename(f.name) or f.name)) for f in execution.files
        )
        logs = execution.logs
        if execution.limit and execution.limit not in (logs.rstrip().splitlines() or [""])[-1]:
            joint = "" if not logs or logs.endswith("\n") else "\n"
            logs += f"{joint}The execution hit its {execution.limit} limit.\n"
        return CodeCall(code, logs, images, made, execution.limit)
