"""Running things: ``serve`` starts the dashboard on 127.0.0.1, ``synth`` writes a synthetic
project for benchmarks and scale tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dashboard import config
from dashboard.cli.common import EXIT_OK


def cmd_serve(args) -> int:
    """Start the dashboard (``streamlit run``) on 127.0.0.1."""
    from streamlit.web import cli as streamlit_cli

    app = config.PACKAGE_ROOT / "ui" / "server.py"  # st.App serving app.py; see dashboard/ui/server.py
    data = Path(args.data).resolve() if args.data else None
    os.chdir(config.PROJECT_ROOT)  # where .streamlit/config.toml is
    sys.argv = ["streamlit", "run", str(app), "--server.address", config.HOST, "--server.port", str(args.port)]
    app_args = (["--data", str(data)] if data else []) + (["--read-only"] if args.read_only else [])
    if app_args:
        sys.argv += ["--", *app_args]
    return streamlit_cli.main()


def cmd_synth(args) -> int:
    """Write a synthetic, valid project (for benchmarks and scale tests)."""
    from dashboard.synth import write_project

    path = write_project(Path(args.out), args.moves, args.seed)
    print(f"wrote {path} ({path.stat().st_size / 1024 / 1024:.1f} MiB) and its seeds/")
    return EXIT_OK


def register(commands) -> None:
    synth = commands.add_parser("synth", help="write a synthetic valid project: DIR/data/events.yaml and DIR/seeds/")
    synth.add_argument("--moves", type=int, default=1000, help="number of moves (default 1000)")
    synth.add_argument("--seed", type=int, default=0, help="random seed: the same seed gives the same project")
    synth.add_argument("--out", required=True, help="folder to write the project into")
    synth.set_defaults(run=cmd_synth)

    serve = commands.add_parser("serve", help="start the dashboard on 127.0.0.1")
    serve.add_argument("--data", help="record file to show (default: data/events.yaml)")
    serve.add_argument("--port", type=int, default=config.PORT)
    serve.add_argument(
        "--read-only", action="store_true", help=f"hide the Add a move page (or set ${config.READ_ONLY_ENV}=1)"
    )
    serve.set_defaults(run=cmd_serve)
