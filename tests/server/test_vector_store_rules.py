"""The pure parts of vector stores: the attribute filter, attributes, chunking, counts
and expiry."""

from __future__ import annotations

import pytest
from assistants_server.retrieval.filters import MAX_DEPTH, filter_problem, matches
from assistants_server.vector_stores import rules

ATTRS = {"dept": "legal", "year": 2024, "public": False, "score": 0.5}


@pytest.mark.parametrize(
    ("node", "expected"),
    [
        ({"type": "eq", "key": "dept", "value": "legal"}, True),
        ({"type": "eq", "key": "dept", "value": "hr"}, False),
        ({"type": "ne", "key": "dept", "value": "hr"}, True),
        ({"type": "eq", "key": "public", "value": False}, True),
        ({"type": "eq", "key": "public", "value": 0}, False),  # a boolean is not a number
        ({"type": "gt", "key": "year", "value": 2023}, True),
        ({"type": "gte", "key": "year", "value": 2024}, True),
        ({"type": "lt", "key": "year", "value": 2024}, False),
        ({"type": "lte", "key": "score", "value": 0.5}, True),
        ({"type": "gt", "key": "dept", "value": 5}, False),  # string against number
        ({"type": "gt", "key": "dept", "value": "a"}, True),
        ({"type": "in", "key": "dept", "value": ["hr", "legal"]}, True),
        ({"type": "nin", "key": "dept", "value": ["hr", "legal"]}, False),
        ({"type": "eq", "key": "missing", "value": "x"}, False),
        ({"type": "ne", "key": "missing", "value": "x"}, True),
        ({"type": "nin", "key": "missing", "value": ["x"]}, True),
        (
            {
                "type": "and",
                "filters": [
                    {"type": "eq", "key": "dept", "value": "legal"},
                    {
                        "type": "or",
                        "filters": [
                            {"type": "lt", "key": "year", "value": 2000},
                            {"type": "eq", "key": "public", "value": False},
                        ],
                    },
                ],
            },
            True,
        ),
        ({"type": "or", "filters": []}, False),
        ({"type": "and", "filters": []}, True),
    ],
)
def test_filters_match_as_documented(node: dict, expected: bool) -> None:
    assert filter_problem(node) is None
    assert matches(node, ATTRS) is expected


def nested(depth: int) -> dict:
    node: dict = {"type": "eq", "key": "a", "value": 1}
    for _ in range(depth - 1):
        node = {"type": "and", "filters": [node]}
    return node


def test_filter_depth_is_bounded() -> None:
    assert filter_problem(nested(MAX_DEPTH)) is None
    problem = filter_problem(nested(MAX_DEPTH + 1))
    assert problem is not None and "nest" in problem[1]
    assert problem[0].startswith("filters.filters[0]")


@pytest.mark.parametrize(
    ("node", "param"),
    [
        ({"type": "in", "key": "a", "value": "x"}, "filters.value"),
        ({"type": "eq", "key": "a", "value": [1]}, "filters.value"),
        ({"type": "like", "key": "a", "value": 1}, "filters.type"),
        ({"type": "and", "filters": [{"type": "eq", "value": 1}]}, "filters.filters[0].key"),
        ({"type": "or"}, "filters.filters"),
    ],
)
def test_bad_filters_name_their_place(node: dict, param: str) -> None:
    problem = filter_problem(node)
    assert problem is not None and problem[0] == param


def test_attributes_limits() -> None:
    assert rules.attributes_problem({"a": "x" * 512, "b": 1.5, "c": True}) is None
    assert rules.attributes_problem({f"k{i}": 1 for i in range(17)}) is not None
    assert rules.attributes_problem({"k" * 65: 1}) is not None
    too_long = rules.attributes_problem({"a": "x" * 513}, "files[0].attributes")
    assert too_long is not None and too_long[0] == "files[0].attributes.a"
    wrong_kind = rules.attributes_problem({"a": [1]})
    assert wrong_kind is not None and wrong_kind[0] == "attributes.a"


def test_chunking_records_auto_as_static_and_checks_static() -> None:
    assert rules.chunking(None) == (rules.static(800, 400), None)
    assert rules.chunking({"type": "auto"})[0] == rules.static(800, 400)
    ok = {"type": "static", "static": {"max_chunk_size_tokens": 200, "chunk_overlap_tokens": 100}}
    assert rules.chunking(ok) == (rules.static(200, 100), None)
    bad = {"type": "static", "static": {"max_chunk_size_tokens": 200, "chunk_overlap_tokens": 101}}
    recorded, problem = rules.chunking(bad, "files[2].chunking_strategy")
    assert recorded is None and problem is not None
    assert problem[0] == "files[2].chunking_strategy.static.chunk_overlap_tokens"


def test_counts_statuses_and_expiry() -> None:
    counts = rules.file_counts({"in_progress": 1, "failed": 2})
    assert counts == {"in_progress": 1, "completed": 0, "failed": 2, "cancelled": 0, "total": 3}
    assert rules.store_status(counts) == "in_progress"
    assert rules.batch_status(rules.file_counts({"failed": 3}), cancelled=False) == "completed"
    assert rules.batch_status(counts, cancelled=True) == "cancelled"
    store = {"last_active_at": 1000, "expires_after": {"anchor": "last_active_at", "days": 2}, "status": "completed"}
    store["expires_at"] = rules.expires_at(store)
    assert store["expires_at"] == 1000 + 2 * 86_400
    assert rules.as_seen(store, 1000 + 2 * 86_400 - 1)["status"] == "completed"
    assert rules.as_seen(store, 1000 + 2 * 86_400)["status"] == "expired"
