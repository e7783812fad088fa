"""The version of newsclip: written once, read by the package, the record and the build."""

__all__ = ["__version__"]

__version__ = "0.1.0"
