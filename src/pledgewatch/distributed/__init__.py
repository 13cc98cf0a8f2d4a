"""distributed stage of pledgewatch."""
