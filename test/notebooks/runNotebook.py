"""Runs a Jupyter notebook top to bottom in Deno's kernel, headless, and reports what each cell showed.

Usage: python3 runNotebook.py DENO_BINARY NOTEBOOK [EXECUTED_COPY]

Registers a throw-away kernelspec for the given Deno binary (nothing is installed for the user), runs the
code cells in order in the notebook's own directory through jupyter_client (Debian: python3-nbclient brings
it) and prints one JSON line: per code cell, the MIME types and text of its outputs, or the error that
stopped the run. Exits 1 when a cell raised, 2 on bad usage.

Why not nbclient's executor: Deno's kernel sometimes publishes a cell's result *after* its `idle` status
(seen here on a loaded machine), and nbclient stops listening at `idle`, so outputs went missing at random.
Here every IOPub message is routed to its cell by parent id until a final sentinel cell's own result
arrives: IOPub is one ordered stream, so by then every earlier message has arrived.
"""
import json
import os
import sys
import tempfile
import time

import nbformat
from jupyter_client.manager import start_new_kernel

SENTINEL = '"__negation_neglect_notebook_done__"'
CELL_TIMEOUT_S = 300


def run(deno, path):
    nb = nbformat.read(path, as_version=4)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    for cell in code_cells:
        cell.outputs = []
    km, kc = start_new_kernel(kernel_name="deno", startup_timeout=180, cwd=os.path.dirname(os.path.abspath(path)))
    error = None
    try:
        by_parent = {}
        for count, cell in enumerate(code_cells, start=1):
            msg_id = kc.execute(cell.source)
            by_parent[msg_id] = cell
            cell.execution_count = count
            reply = kc.get_shell_msg(timeout=CELL_TIMEOUT_S)
            while reply["parent_header"].get("msg_id") != msg_id:
                reply = kc.get_shell_msg(timeout=CELL_TIMEOUT_S)
            drain(kc, by_parent, until=None)
            if reply["content"].get("status") == "error":
                c = reply["content"]
                error = f"cell {nb.cells.index(cell)}: {c.get('ename')}: {c.get('evalue')}"
                break
        done = kc.execute(SENTINEL)
        drain(kc, by_parent, until=done)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return nb, error


def drain(kc, by_parent, until):
    """Routes IOPub messages to their cells; with `until`, blocks until that request's result arrives."""
    deadline = time.time() + CELL_TIMEOUT_S
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=1 if until else 0.05)
        except Exception:  # queue.Empty
            if until is None:
                return
            if time.time() > deadline:
                raise TimeoutError("the kernel did not finish the notebook")
            continue
        parent = msg["parent_header"].get("msg_id")
        if until is not None and parent == until and msg["msg_type"] == "execute_result":
            return
        cell = by_parent.get(parent)
        if cell is None or msg["msg_type"] in ("status", "execute_input", "clear_output"):
            continue
        cell.outputs.append(nbformat.v4.output_from_msg(msg))


def text(value):
    return "".join(value) if isinstance(value, list) else (value or "")


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
        nb, error = run(deno, path)
    cells = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        mimes, errors, html, markdown = [], [], "", ""
        for out in cell.outputs:
            if out.output_type == "error":
                errors.append(f"{out.ename}: {out.evalue}")
            elif out.output_type == "stream":
                mimes.append("stream/" + out.name)
            else:
                data = out.get("data", {})
                mimes.extend(sorted(data.keys()))
                html += text(data.get("text/html"))
                markdown += text(data.get("text/markdown"))
        cells.append({"cell": index, "mimes": mimes, "errors": errors, "html": html, "markdown": markdown})
    if len(argv) == 4:
        nbformat.write(nb, argv[3])
    print(json.dumps({"notebook": path, "error": error, "cells": cells}))
    return 1 if error else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
