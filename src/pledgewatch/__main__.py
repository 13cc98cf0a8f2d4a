"""``python -m pledgewatch`` runs the command line."""

from pledgewatch.cli import main

main()
