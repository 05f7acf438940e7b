"""Words of a message as the scripted model reads them: stems for matching, and the phrases it
may quote back (quoted text, proper names, other content words, numbers).

Pure and deterministic: the same text always gives the same words, in the same order.

    stems("What's the weather in New York?")      # ['weather', 'new', 'york']
    stem("forecasts"), stem("running")           # ('forecast', 'run')
    phrases("Book a table at 'Chez Nous' in Paris")  # ['Chez Nous', 'Paris', 'book', 'table']
"""

from __future__ import annotations

import re

# English function words and the generic verbs a request or a function name is built from
# ("get", "fetch", "make"): sharing one of them says nothing about what the user wants.
_STOP = """
    a about above after again all also am an and any are as at be because been before being below
    between both but by can could did do does doing done down during each either else ever every few
    for from further had has have having he her here hers him his how i if in into is it its itself
    just let me might mine more most must my myself no nor not now of off on once only or other our
    ours out over own please same shall she should so some such than that the their theirs them then
    there these they this those through to too under until up upon us very was we were what when
    where whether which while who whom whose why will with would yes yet you your yours

    get got set fetch retrieve return make made use call give show tell want need like know find
    say said thing things something anything one ones
"""
STOP_WORDS = frozenset(_STOP.split())

_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_QUOTED_RE = re.compile(r"\"([^\"]{1,200})\"|“([^”]{1,200})”|(?<![A-Za-z])'([^']{1,200})'(?![A-Za-z])")
_NUMBER_RE = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.]*\w)")
_VOWELS = set("aeiouy")


def stem(word: str) -> str:
    """A small suffix stemmer: plural and verb endings off, case folded (``cities`` -> ``city``,
    ``matched`` -> ``match``, ``running`` -> ``run``), a doubled last letter made single (``quizzes``
    -> ``quiz``; not ``ll`` or ``ss``). Deterministic; not a linguistic stemmer, only one that maps a
    word's common forms onto one key."""
    base = _strip_suffix(word.casefold())
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
        base = base[:-1]
    return base


def _strip_suffix(w: str) -> str:
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    if len(w) <= 3:
        return w
    for suffix, replacement, shortest in (
        ("ies", "y", 5),
        ("ied", "y", 5),
        ("sses", "ss", 5),
        ("ches", "ch", 5),
        ("shes", "sh", 5),
        ("xes", "x", 4),
        ("zes", "z", 5),
        ("ing", "", 6),
        ("ed", "", 5),
        ("ly", "", 5),
    ):
        if w.endswith(suffix) and len(w) >= shortest:
            base = w[: len(w) - len(suffix)] + replacement
            if suffix in ("ing", "ed") and not _VOWELS.intersection(base):
                return w  # "bring", "shed": the ending is the word
            return base
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def tokens(text: str) -> list[str]:
    """The words of ``text``, identifiers split (``fetch_weather``, ``getCurrentWeather``)."""
    out: list[str] = []
    for raw in _WORD_RE.findall(_CAMEL_RE.sub(" ", text.replace("_", " "))):
        out.append(raw)
    return out


def stems(text: str) -> list[str]:
    """The stems of ``text``'s words that are not stop words, in order, each once."""
    seen: dict[str, None] = {}
    for word in tokens(text):
        if word.casefold() in STOP_WORDS or stem(word) in STOP_WORDS:
            continue
        seen.setdefault(stem(word), None)
    return list(seen)


def numbers(text: str) -> list[float]:
    """The numbers written in ``text``, in order (``3``, ``-2.5``; not the digits inside a word)."""
    return [float(n) for n in _NUMBER_RE.findall(text)]


def phrases(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """What the model may quote from ``text``, best first, each once: quoted phrases, runs of
    capitalised words (proper names: ``New York``), then the other words and tokens that are not
    stop words (``table``, ``bob@example.com``, ``2024-05-01``). Words whose stem is in ``skip``
    (what the message is about, such as the words it shares with a function) are left out."""
    found: dict[str, None] = {}
    for match in _QUOTED_RE.finditer(text):
        quoted = next(g for g in match.groups() if g is not None).strip()
        if quoted:
            found.setdefault(quoted, None)
    unquoted = _QUOTED_RE.sub(" ", text)
    run: list[str] = []
    content: list[str] = []
    for raw in [*re.findall(r"\S+", unquoted), ""]:
        word = raw.strip(".,;:!?\"'()[]{}<>")
        plain = re.fullmatch(r"[A-Za-z][A-Za-z0-9\-]*", word) is not None
        dropped = word.casefold() in STOP_WORDS or stem(word) in STOP_WORDS or stem(word) in skip
        name = plain and word[0].isupper() and not dropped
        if name:
            run.append(word)
        elif word and not dropped:
            content.append(word)  # words, and tokens like bob@example.com, 2024-05-01, 10001
        if run and (not name or raw != word):  # a name ends at a lower-case word or punctuation
            found.setdefault(" ".join(run), None)
            run = []
    for word in content:
        found.setdefault(word, None)
    return list(found)
