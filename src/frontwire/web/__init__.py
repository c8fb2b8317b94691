"""The HTTP API and the web page (``frontwire serve``): see `frontwire.web.app.create_app`."""

from frontwire.web.app import create_app

__all__ = ["create_app"]
