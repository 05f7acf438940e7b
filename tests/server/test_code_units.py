"""The code_interpreter tool's pure parts: the scripted model's code rules, the answer it writes,
the code read out of streamed arguments, and the file_path annotations of sandbox links."""

from __future__ import annotations

import json

from assistants_server.backends.code_interpreter import (
    CodeCall,
    MadeFile,
    call_code,
    file_paths,
    partial_code,
    result_text,
    wire_outputs,
)
from assistants_server.backends.scripted_code import (
    arithmetic,
    code_answer,
    code_pieces,
    code_plan,
    fenced_block,
)


def test_the_rules_in_order_fence_then_files_then_arithmetic() -> None:
    fenced = "Run this:\n```python\nx = 41\nprint(x + 1)\n```\nthanks (and 2+2)"
    assert code_plan(fenced, ["sales.csv"]) == "x = 41\nprint(x + 1)\n"
    assert fenced_block("```\nprint(1)\n```") == "print(1)\n"
    assert fenced_block("```py\nprint(2)\n```") == "print(2)\n"
    assert fenced_block("```bash\nls\n```") is None
    data = code_plan("Chart it, 2+2", ["notes.txt", "sales.csv", "b.JSON"])
    assert data is not None and '["notes.txt", "sales.csv", "b.JSON"]' in data
    assert "_chart.png" in data and "_summary.csv" in data and "'.xlsx'" in data
    compile(data, "data_program", "exec")  # it is Python
    assert code_plan("What is (12 + 30) * 2?", []) == "print((12 + 30) * 2)\n"
    assert code_plan("hello there", []) is None


def test_arithmetic_takes_the_longest_expression_with_an_operator() -> None:
    assert arithmetic("2^10 please") == "2**10"
    assert arithmetic("in 2026 what is 3.5 * 4 - 1") == "3.5 * 4 - 1"
    assert arithmetic("year 2026 only") is None
    assert arithmetic("-5") is None


def test_code_comes_in_pieces_cut_at_line_ends() -> None:
    code = "".join(f"value_{i} = {i} * {i}  # a line of some length\n" for i in range(10))
    pieces = code_pieces(code)
    assert "".join(pieces) == code and len(pieces) > 3
    assert all(p.endswith("\n") for p in pieces)
    assert code_pieces("") == [""]


def test_the_answer_summarises_logs_and_links_files() -> None:
    call = CodeCall("...", "rows: 3\n", ("file-img",), (MadeFile("sales_summary.csv", "file-sum"),))
    text = code_answer(call)
    assert "rows: 3" in text and "1 image" in text
    assert "[sales_summary.csv](sandbox:/mnt/data/sales_summary.csv)" in text
    [note] = file_paths(text, {"sales_summary.csv": "file-sum"})
    assert text[note["start_index"] : note["end_index"]] == "sandbox:/mnt/data/sales_summary.csv" == note["text"]
    assert note["file_path"] == {"file_id": "file-sum"}
    failed = code_answer(
        CodeCall("1/0", "Traceback (most recent call last):\n  ...\nZeroDivisionError: division by zero\n")
    )
    assert failed == "The code raised an error: ZeroDivisionError: division by zero"
    assert "timeout limit" in code_answer(CodeCall("while 1: pass", "", limit="timeout"))
    assert code_answer(CodeCall("x = 1", "")) == "The code ran and printed nothing."
    long = code_answer(CodeCall("...", "".join(f"line {i}\n" for i in range(50))))
    assert "last 20 lines" in long and "line 49" in long and "line 29" not in long


def test_links_end_at_punctuation_and_only_known_files_are_annotated() -> None:
    text = "See sandbox:/mnt/data/out.csv. And sandbox:/mnt/data/other.csv"
    [note] = file_paths(text, {"out.csv": "file-1"})
    assert note["text"] == "sandbox:/mnt/data/out.csv" and text[note["end_index"]] == "."
    assert list(file_paths("sandbox:/mnt/data/out.csv", {"out.csv": "f"}, complete=False)) == []
    assert len(list(file_paths("sandbox:/mnt/data/out.csv)", {"out.csv": "f"}, complete=False))) == 1


def test_code_is_read_out_of_streamed_arguments() -> None:
    code = 'print("é")\nx = "a\\\\b"\n'
    arguments = json.dumps({"code": code})
    seen = [partial_code(arguments[:i]) for i in range(len(arguments) + 1)]
    assert seen[-1] == code
    assert all(code.startswith(s) for s in seen)  # never a wrong character, only a shorter prefix
    assert call_code(arguments) == code
    assert call_code("print(1)") == "print(1)"  # bare code, as some models send
    assert call_code('{"other": 1}') == ""


def test_outputs_and_what_the_model_reads_back() -> None:
    call = CodeCall("c", "out\n", ("file-a", "file-b"), (MadeFile("r.csv", "file-r"),))
    assert wire_outputs(call) == [
        {"type": "logs", "logs": "out\n"},
        {"type": "image", "image": {"file_id": "file-a"}},
        {"type": "image", "image": {"file_id": "file-b"}},
    ]
    assert wire_outputs(CodeCall("c", "")) == []
    back = result_text(call)
    assert back.splitlines()[0] == "out" and "sandbox:/mnt/data/r.csv" in back and "file-b" in back
