"""Test doubles the tests and the benchmarks share; not part of the installed packages.

``fake_upstream`` is a Chat Completions endpoint on loopback (in a thread, or a process of its
own: ``python -m tests.support.fake_upstream``), ``request_schema`` what it checks requests with.
"""
