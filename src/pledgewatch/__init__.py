"""pledgewatch: track what governments promise against what they do.

Open a store and read its records as pandas DataFrames::

    import pledgewatch
    pw = pledgewatch.open("pledgewatch.db")
    events = pw.events(actor="PRK")
"""

from pledgewatch.api import Workspace, open
from pledgewatch.errors import PledgewatchError
from pledgewatch.store import Store, open_store

__all__ = ["PledgewatchError", "Store", "Workspace", "open", "open_store"]
__version__ = "0.1.0"
