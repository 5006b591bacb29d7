"""policygraph: government policy documents as a knowledge graph of obligations."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("policygraph")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
