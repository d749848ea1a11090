"""Runs a Jupyter notebook top to bottom in Deno's kernel, headless, and reports what each cell showed.

Usage: python3 runNotebook.py DENO_BINARY NOTEBOOK [EXECUTED_COPY]

Registers a throw-away kernelspec for the given Deno binary (so nothing is installed for the user),
executes every cell with nbclient (Debian: python3-nbclient) in the notebook's own directory and
prints one JSON line: per code cell, the MIME types of its outputs, or the error that stopped it.
Exits 1 when a cell raised, 2 on bad usage.
"""
import json
import os
import sys
import tempfile

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    deno, path = argv[1], argv[2]
    with tempfile.TemporaryDirectory(prefix="nn-jupyter-") as data_dir:
        kernel_dir = os.path.join(data_dir, "kernels", "deno")
        os.makedirs(kernel_dir)
        with open(os.path.join(kernel_dir, "kernel.json"), "w") as f:
            json.dump({"argv": [deno, "jupyter", "--kernel", "--conn", "{connection_file}"],
                       "display_name": "Deno", "language": "typescript"}, f)
        # The kernel is looked up here first; the user's own Jupyter setup is left alone.
        os.environ["JUPYTER_PATH"] = data_dir
        os.environ["NO_COLOR"] = "1"
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, timeout=300, kernel_name="deno",
                                resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        error = None
        try:
            client.execute()
        except CellExecutionError as exc:
            error = str(exc)
        cells = []
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            mimes, errors = [], []
            for out in cell.get("outputs", []):
                if out.output_type == "error":
                    errors.append(f"{out.ename}: {out.evalue}")
                elif out.output_type == "stream":
                    mimes.append("stream/" + out.name)
                else:
                    mimes.extend(sorted(out.get("data", {}).keys()))
            cells.append({"cell": index, "mimes": mimes, "errors": errors,
                          "html": "".join(o.get("data", {}).get("text/html", "") for o in cell.get("outputs", []) if "data" in o),
                          "markdown": "".join(o.get("data", {}).get("text/markdown", "") for o in cell.get("outputs", []) if "data" in o)})
        if len(argv) == 4:
            nbformat.write(nb, argv[3])
        print(json.dumps({"notebook": path, "error": error, "cells": cells}))
        return 1 if error else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
