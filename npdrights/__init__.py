"""npdrights: use your data-protection rights over the National Pupil Database."""

__version__ = "0.1.0"
