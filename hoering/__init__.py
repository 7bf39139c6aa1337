"""hoering: consultation responses from arrival to the committee's overview note."""

__version__ = "0.1.0"
