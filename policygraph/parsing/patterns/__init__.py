"""Every heading, department, metadata and noise pattern, one module per family of them.

Each pattern says why it exists. Patterns describe *formats* seen in Chinese government documents, never the
wording of one particular file. The parser reads them as one namespace (`from . import patterns as P`).
"""

from .characters import *  # noqa: F403
from .documents import *  # noqa: F403
from .extraction import *  # noqa: F403
from .names import *  # noqa: F403
from .numbering import *  # noqa: F403
