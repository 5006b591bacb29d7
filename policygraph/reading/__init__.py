"""Stage 1 — reading: a file of any format (text, PDF, DOCX, web page) to a decoded Source."""
