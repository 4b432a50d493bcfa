"""`labmonitor` commands per area; `monitor.cli` registers every module of this package."""
