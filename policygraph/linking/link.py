"""Link: clause-level implements and target derived-from across levels.

Alignment works on Chinese without word segmentation: each clause is a bag of
character bigrams weighted by TF-IDF over the two documents, and a child clause
implements the parent clauses whose heading and text are most alike. The tree
helps: once a child section is aligned, the children of the parent section it
matched get a bonus. Order is never assumed, and one child clause may carry out
several parent clauses.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from ..model import Clause, ParsedDocument, Target

THRESHOLD = 0.35  # see README "Linking": measured on Putian -> Fujian
NEAR_BEST = 0.08  # other parents within this of the best also count (one-to-many)
MAX_PARENTS = 3
TREE_BONUS = 0.10
ALIGNABLE = ("chapter", "section", "part", "item", "box", "task")
_NOISE = re.compile(r"[\s\d,.:;!?()\[\]、。，“”\"'《》〈〉【】%-]")


@dataclass(frozen=True)
class Alignment:
    child_doc: str
    child: str
    parent_doc: str
    parent: str
    score: float


@dataclass(frozen=True)
class Derivation:
    child_doc: str
    child_clause: str
    child_index: int
    parent_doc: str
    parent_clause: str
    parent_index: int
    relation: str  # same | stricter | looser | share


def bigrams(text: str) -> Counter[str]:
    chars = _NOISE.sub("", text)
    return Counter(chars[i : i + 2] for i in range(len(chars) - 1))


def _tfidf(bags: list[Counter[str]]) -> np.ndarray:
    """Rows of L2-normalised TF-IDF weights over the bags' shared vocabulary (dense: bags are few)."""
    vocab: dict[str, int] = {}
    for bag in bags:
        for gram in bag:
            vocab.setdefault(gram, len(vocab))
    counts = np.zeros((len(bags), max(1, len(vocab))))
    for i, bag in enumerate(bags):
        for gram, c in bag.items():
            counts[i, vocab[gram]] = c
    present = counts > 0
    idf = np.log((1 + len(bags)) / (1 + present.sum(axis=0)))
    weights = np.where(present, 1 + np.log(np.where(present, counts, 1)), 0.0) * idf
    norms = np.linalg.norm(weights, axis=1, keepdims=True)
    return weights / np.where(norms == 0, 1.0, norms)


def _alignable(doc: ParsedDocument) -> list[Clause]:
    return [c for c in doc.clauses if c.kind in ALIGNABLE]


def align(child: ParsedDocument, parent: ParsedDocument, threshold: float = THRESHOLD) -> list[Alignment]:
    """Clauses of `child` aligned to the clauses of `parent` they carry out."""
    kids, parents = _alignable(child), _alignable(parent)
    if not kids or not parents:
        return []
    texts = _tfidf([bigrams(c.text) for c in kids + parents])
    heads = _tfidf([bigrams(c.heading) for c in kids + parents])
    n = len(kids)
    head = heads[:n] @ heads[n:].T  # cosine similarity, kids x parents
    body = texts[:n] @ texts[n:].T
    kid_short = np.array([len(c.text) - len(c.heading) < 30 for c in kids])
    par_short = np.array([len(c.text) - len(c.heading) < 30 for c in parents])
    base = np.where(kid_short[:, None] | par_short[None, :], head, 0.35 * head + 0.65 * body)
    subtree: dict[str, set[str]] = {}
    for p in parents:
        node = p.parent
        while node:
            subtree.setdefault(node, set()).add(p.path)
            node = next((q.parent for q in parents if q.path == node), None)
    matched: dict[str, list[str]] = {}
    out: list[Alignment] = []
    for i, kid in enumerate(kids):
        bonus_scope: set[str] = set()
        for aligned_parent in matched.get(kid.parent or "", []):
            bonus_scope |= subtree.get(aligned_parent, set())
        scores = []
        for j, par in enumerate(parents):
            score = float(base[i, j])
            if par.path in bonus_scope:
                score = min(1.0, score + TREE_BONUS)
            scores.append((round(score, 12), par.path))
        scores.sort(key=lambda s: (-s[0], s[1]))
        best = scores[0][0]
        if best < threshold:
            continue
        chosen = [path for score, path in scores[:MAX_PARENTS] if score >= threshold and score >= best - NEAR_BEST]
        matched[kid.path] = chosen
        out.extend(
            Alignment(child.doc_id, kid.path, parent.doc_id, path, round(score, 4))
            for score, path in scores[: len(chosen)]
        )
    return out


_SCOPE = re.compile(r"^(?:全省|全市|全县|全区|全州|全国)")
# Per-unit metrics (每千名人口…, 单个机构…, 人均…) are compared, never shared out.
_RELATIVE = re.compile(r"每(?![年天月周日])|单个|人均|平均|占|比例|率")


def _same_metric(a: Target, b: Target) -> float:
    x, y = bigrams(_SCOPE.sub("", a.metric)), bigrams(_SCOPE.sub("", b.metric))
    if not x or not y:
        return 0.0
    return 2 * sum((x & y).values()) / (sum(x.values()) + sum(y.values()))


def relation(child: Target, parent: Target) -> str:
    """How a child's target relates to its parent's: same, stricter, looser or share."""
    absolute = child.unit not in ("%", "个百分点") and not _RELATIVE.search(child.metric)
    if absolute and child.value < parent.value:
        return "share"
    if child.value == parent.value and child.comparator == parent.comparator:
        return "same"
    if child.value == parent.value:
        return "stricter" if child.comparator in (">", "<") else "same"
    lower_is_better = parent.comparator in ("≤", "<")
    higher = child.value > parent.value
    return "stricter" if higher != lower_is_better else "looser"


def derive(child: ParsedDocument, parent: ParsedDocument, alignments: list[Alignment]) -> list[Derivation]:
    """Each child target linked to the parent target for the same metric."""
    aligned = {(a.child, a.parent) for a in alignments}
    out = []
    for t in child.targets:
        best, best_score = None, 0.0
        for p in parent.targets:
            if p.unit != t.unit:
                continue
            score = _same_metric(t, p) + (0.2 if (t.clause, p.clause) in aligned else 0.0)
            if score > best_score:
                best, best_score = p, score
        if best is not None and best_score >= 0.6:
            out.append(
                Derivation(child.doc_id, t.clause, t.index, parent.doc_id, best.clause, best.index, relation(t, best))
            )
    return out
