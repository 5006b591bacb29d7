"""Stage 3 — linking: a child document to its parents: parents from citations, clause alignment, target derivation."""
