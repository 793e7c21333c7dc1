"""`python -m calqi_desktop` starts the program."""

from calqi_desktop.app import main

raise SystemExit(main())
