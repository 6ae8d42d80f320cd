"""The static HTML dashboard for site-quality eval runs (`tapsite report`): opens from disk, no server."""
