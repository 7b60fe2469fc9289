"""``python -m customer_king.grade SUBMISSIONS ...`` (see :mod:`customer_king.grade`)."""
import sys

from .cli import main

sys.exit(main(reexec=True))
