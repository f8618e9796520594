"""The register explorer: who has been given pupil data, from the DfE's register and the public record."""

from npdrights.gui.register.explorer import RegisterExplorer

__all__ = ["RegisterExplorer"]
