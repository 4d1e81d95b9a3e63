"""Alternations of literal words written as tries, for Python's ``re``.

The engine tries a flat alternation ``(?:said|says|...)`` one word after
another at every offset it reaches; written as a trie
(``(?:sa(?:id|ys)|...)``) it rejects an offset after a character or two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def literal_trie(words: Iterable[str], suffix: Callable[[str], str] = lambda word: "", after_first: str = "") -> str:
    """Regex matching one of the literal ``words``, as a trie.

    Longer words are tried before their prefixes (a node's children come
    before its own end), so the first word that leads to a match is the
    longest one, as with a flat alternation sorted longest first: the words
    that match at one offset are prefixes of one another. ``suffix(word)`` is
    appended after each word, inside the alternation, so that a failing
    suffix backtracks into shorter words; ``after_first`` is inserted after
    the first character of every word (a look-behind there is cheap: the
    engine skips ahead to the possible first characters before trying it)."""
    trie: dict = {}
    for word in sorted(set(words)):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = suffix(word)

    def emit(node: dict, first: bool) -> str:
        alts = [re.escape(ch) + (after_first if first else "") + emit(node[ch], False) for ch in sorted(k for k in node if k)]
        if "" in node:
            alts.append(node[""])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie, True)
