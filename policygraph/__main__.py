"""`python -m policygraph` runs the command line."""

from .cli import main

main()
