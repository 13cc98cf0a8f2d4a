"""nlp stage of pledgewatch."""
