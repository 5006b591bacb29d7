"""Stage 5 — views: what people read: pages, matrices, exports, the analysis, the endpoint's pages."""
