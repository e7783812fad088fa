"""Near-duplicates in a batch: the same story twice, with a comma changed or a wire copy re-run.

The measure is the Jaccard similarity of two texts' sets of word shingles
(``SHINGLE_WORDS`` consecutive words, lower-cased, punctuation dropped, so a
changed comma or quote mark changes nothing), estimated with MinHash
(``NUM_PERM`` permutations: the share of equal signature values) and found
with locality-sensitive hashing, both from datasketch, imported only when
asked for.  Time and memory grow with the batch, never with its square: each
record is one LSH query and one insert, and keeps a signature of
``NUM_PERM`` 32-bit values.

A record is a duplicate of the *earliest* record before it, in input order,
whose estimated similarity reaches the threshold; every record is indexed,
duplicates too.  That decision for record i depends only on records 0…i-1,
not on the decisions for them, and the signatures depend only on the texts
(CRC-32 of each shingle): the same batch gives the same answer whatever the
number of workers, and a distributed engine could reach it without a
sequential pass (see the README).  What this module is not: a reader; it
takes texts and records, and never prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from .errors import NewsclipError
from .record import Record, RecordRef

__all__ = ["SHINGLE_WORDS", "NUM_PERM", "DEFAULT_THRESHOLD", "SEED", "SCHEME", "require",
           "threshold_of", "shingles", "signature", "Duplicates", "mark"]

#: words per shingle: five words rarely repeat by chance between two stories
SHINGLE_WORDS = 5
#: MinHash permutations: the estimate's standard error is about 0.03 at 0.8
NUM_PERM = 128
#: the default similarity from which a record is a near-copy (checked on wire copies:
#: see bench/duplicates.py and the README)
DEFAULT_THRESHOLD = 0.5
#: a fixed seed, so the same text has the same signature in every process
SEED = 1
#: datasketch's permutation scheme, named so that a signature can be read back
SCHEME = "affine32"

_WORD = re.compile(r"\w+")


def require() -> None:
    """Raise NewsclipError when datasketch is not installed (before a batch starts)."""
    try:
        import datasketch  # noqa: F401
    except ImportError:
        raise NewsclipError(
            "finding near-duplicates needs datasketch: pip install 'newsclip[duplicates]'"
        ) from None


def threshold_of(find: bool, threshold: float | None, drop: bool) -> float | None:
    """The similarity the duplicate pass is asked to mark from (``threshold``, else the
    default when the pass is asked for by ``find`` or ``drop``), None when it is not
    asked for; NewsclipError when it is and datasketch is missing."""
    if threshold is None and not (find or drop):
        return None
    require()
    return DEFAULT_THRESHOLD if threshold is None else threshold


def shingles(text: str) -> list[bytes]:
    """The text's word shingles as bytes (a text shorter than one shingle is one)."""
    words = _WORD.findall(text.lower())
    if not words:
        return []
    if len(words) < SHINGLE_WORDS:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode()
            for i in range(len(words) - SHINGLE_WORDS + 1)]


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text (``NUM_PERM`` 32-bit values), None for no words.

    Computed where the text is (a worker process); it is all the duplicate
    pass needs of a record.
    """
    parts = shingles(text)
    if not parts:
        return None
    import zlib

    import numpy as np
    from datasketch import MinHash

    # CRC-32 hashes a shingle in C, the same in every process (Python's hash() is
    # salted per process), at a third of the time of datasketch's default SHA-1
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, scheme=SCHEME)
    m.update_batch(parts)
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


class Duplicates:
    """The duplicate pass: feed records' signatures in input order, one at a time."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"the threshold must be above 0 and at most 1, not {threshold}")
        import numpy as np
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._np = np
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._refs: list[RecordRef] = []
        self._signatures: list[Any] = []

    def add(self, ref: RecordRef, sig: bytes | None) -> tuple[RecordRef, float] | None:
        """Index one record; return the earlier record it nearly copies, and the similarity."""
        np = self._np
        key = len(self._refs)
        self._refs.append(ref)
        if sig is None:
            self._signatures.append(None)
            return None
        values = np.frombuffer(sig, dtype=np.uint32)
        self._signatures.append(values)
        from datasketch import LeanMinHash

        # (the lean kind: a MinHash made from its values would draw its permutations
        # again, 30 times the cost of the whole lookup)
        minhash = LeanMinHash(seed=SEED, hashvalues=values.astype(np.uint64), scheme=SCHEME)
        found = None
        for other in sorted(self._lsh.query(minhash)):
            similarity = float(np.count_nonzero(self._signatures[other] == values)) / NUM_PERM
            if similarity >= self.threshold:
                found = (self._refs[other], round(similarity, 4))
                break
        self._lsh.insert(key, minhash, check_duplication=False)
        return found


def mark(records: Iterable[Record], threshold: float = DEFAULT_THRESHOLD) -> Iterator[Record]:
    """The records, in order, each near-copy with ``duplicate_of`` and ``similarity`` set."""
    seen = Duplicates(threshold)
    for record in records:
        found = seen.add(RecordRef(record.source.path, record.source.index),
                         signature(record.text))
        if found is not None:
            record = replace(record, duplicate_of=found[0], similarity=found[1])
        yield record
