"""drafter: fill the notes of a saved job page and draft a grounded cover letter."""

__version__ = "0.1.0"
