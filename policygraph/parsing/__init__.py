"""Stage 2 — parsing: a Source to a ParsedDocument: normalise, structure, bodies, responsibility (the grammar
is data in grammar/), prose, targets, metadata."""
