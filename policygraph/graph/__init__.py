"""Stage 4 — the graph: IRIs, triples, sectors, validation, the stores, remote endpoints and queries."""
