#!/usr/bin/python3
"""Runs LatentLab's notebooks headless and writes the course book.

Executes every notebook in a folder through the real Jupyter client (nbclient) on an installed
kernel, writes each executed notebook as .ipynb and .html plus an index.html, and checks what the
notebooks promise:

  * no cell raises an error (the message names the notebook and the cell);
  * every cell tagged "figure" shows an image/png;
  * every cell tagged "numeric-check" prints "numeric check passed" and never "numeric check FAILED";
  * every cell tagged "exercise-check" reports its methods as expected (--expect):
      stubs      every method "not yet implemented" (a fresh student checkout),
      solutions  every method "passed" (solutions/ copied over exercises/),
      any        no method "failed" (a student's own run).

Usage (from the repository root; uses Debian's /usr/bin/python3 with nbclient and nbconvert):

  /usr/bin/python3 notebooks/tools/course.py --out build/book
  /usr/bin/python3 notebooks/tools/course.py --out /tmp/ci --budget ci --expect stubs 02-kl-and-elbo

Exit status: 0 when every notebook ran and passed its checks, 1 otherwise, 2 on bad usage.
"""
import argparse
import html
import json
import os
import pathlib
import re
import resource
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

PASSED = "numeric check passed"
FAILED = "numeric check FAILED"
# Lines printed by Check.exercise, one per method: "  passed  Divergences.klGaussians ..."
EXERCISE_STATES = ("not yet implemented", "passed", "failed")


def text_of(cell):
    """All text a cell printed or returned, joined."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif out.get("output_type") in ("display_data", "execute_result"):
            parts.append(out.get("data", {}).get("text/plain", ""))
        elif out.get("output_type") == "error":
            parts.append(out.get("ename", "") + ": " + out.get("evalue", ""))
    return "".join(p if isinstance(p, str) else "".join(p) for p in parts)


def has_png(cell):
    return any("image/png" in out.get("data", {}) for out in cell.get("outputs", []))


def where(name, index, cell):
    first = next((line for line in cell.source.splitlines() if line.strip()), "")
    return f"{name}, cell {index + 1} ({first.strip()[:70]!r})"


def exercise_lines(text):
    """The per-method status lines of an exercise check."""
    return [line.strip() for line in text.splitlines()
            if any(line.strip().lower().startswith(s) for s in EXERCISE_STATES)]


def check(name, nb, expect, stopped):
    """Problems found in an executed notebook, each naming the notebook and the cell.

    When execution stopped at an error (stopped=True) only the cells that ran are checked."""
    problems = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or (stopped and cell.get("execution_count") is None):
            continue
        tags = cell.get("metadata", {}).get("tags", [])
        text = text_of(cell)
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error" and not stopped:
                problems.append(f"{where(name, i, cell)}: error {out.get('ename')}: {out.get('evalue')}")
        if FAILED in text:
            problems.append(f"{where(name, i, cell)}: {first_line_with(text, FAILED)}")
        if "figure" in tags and not has_png(cell):
            problems.append(f"{where(name, i, cell)}: expected a figure (image/png), found none")
        if "numeric-check" in tags and PASSED not in text:
            problems.append(f"{where(name, i, cell)}: expected '{PASSED}', got: {text.strip()[:300]!r}")
        if "exercise-check" in tags:
            problems += exercise_problems(where(name, i, cell), text, expect)
    return problems


def exercise_problems(place, text, expect):
    lines = exercise_lines(text)
    if not lines:
        return [f"{place}: the exercise check printed no per-method lines: {text.strip()[:300]!r}"]
    lowered = [line.lower() for line in lines]
    if expect == "stubs":
        bad = [line for line, low in zip(lines, lowered) if not low.startswith("not yet implemented")]
        return [f"{place}: on the stubs expected 'not yet implemented', got: {line}" for line in bad]
    if expect == "solutions":
        bad = [line for line, low in zip(lines, lowered) if not low.startswith("passed")]
        return [f"{place}: with solutions/ expected 'passed', got: {line}" for line in bad]
    bad = [line for line, low in zip(lines, lowered) if low.startswith("failed")]
    return [f"{place}: {line}" for line in bad]


def first_line_with(text, needle):
    return next((line.strip() for line in text.splitlines() if needle in line), needle)


def title_of(nb, fallback):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^#\s+(.+)$", cell.source, re.MULTILINE)
            if m:
                return m.group(1).strip()
    return fallback


def execute(path, kernel, timeout):
    """Executes one notebook in its own folder; returns (notebook, error message or None, seconds)."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.monotonic()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    error = None
    try:
        client.execute()
    except CellExecutionError as e:
        error = describe_failure(path.stem, nb, e)
    except (CellTimeoutError, DeadKernelError) as e:
        error = describe_failure(path.stem, nb, e)
    except Exception as e:  # e.g. no such kernel: say which notebook could not start
        error = f"{path.stem}: could not run on kernel '{kernel}': {type(e).__name__}: {e}"
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    return nb, error, time.monotonic() - start, cpu


def describe_failure(name, nb, exc):
    """Names the notebook and the first cell whose output holds an error (or the last one run)."""
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            err = next(o for o in cell.outputs if o.get("output_type") == "error")
            return f"{where(name, i, cell)} failed: {err.get('ename')}: {err.get('evalue')}"
    ran = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.get("execution_count")]
    last = ran[-1] + 1 if ran else 0
    cell = nb.cells[min(last, len(nb.cells) - 1)]
    summary = str(exc).strip().splitlines()
    return f"{where(name, nb.cells.index(cell), cell)} failed: {type(exc).__name__}: {summary[-1] if summary else ''}"


def write_html(nb, target):
    from nbconvert import HTMLExporter
    body, _ = HTMLExporter().from_notebook_node(nb)
    target.write_text(body, encoding="utf-8")


def write_index(out, rows, budget):
    items = "\n".join(
        f'<tr><td><a href="{html.escape(r["name"])}.html">{html.escape(r["title"])}</a></td>'
        f'<td>{"ok" if not r["problems"] else "FAILED"}</td><td>{r["seconds"]:.0f} s</td>'
        f'<td>{r["figures"]}</td><td>{r["checks"]}</td></tr>' for r in rows)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>LatentLab — the course</title>
<style>body{{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.5}}
table{{border-collapse:collapse}}td,th{{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left}}</style>
</head><body>
<h1>LatentLab — deep generative models in Java</h1>
<p>The executed notebooks of the course, in order. Each page is a lesson: theory, derivations checked
numerically, exercises and experiments. Budget of this run: <b>{html.escape(budget)}</b>; generated
{time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}.</p>
<table><tr><th>Unit</th><th>Status</th><th>Run time</th><th>Figures</th><th>Numeric checks</th></tr>
{items}
</table>
<p>To work through the course yourself, run <code>jupyter notebook notebooks/</code> from the repository
root, or read <code>README.md</code>.</p>
</body></html>
"""
    (out / "index.html").write_text(page, encoding="utf-8")


def main(argv):
    here = pathlib.Path(__file__).resolve().parent.parent
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("names", nargs="*", help="notebook names (default: every NN-*.ipynb in order)")
    p.add_argument("--notebooks", type=pathlib.Path, default=here, help="folder holding the notebooks")
    p.add_argument("--out", type=pathlib.Path, default=pathlib.Path("build/book"), help="where the book goes")
    p.add_argument("--kernel", default="java", help="kernelspec name (default: java)")
    p.add_argument("--budget", choices=("full", "ci"), help="sets LATENTLAB_BUDGET for the kernels")
    p.add_argument("--expect", choices=("any", "stubs", "solutions"), default="any")
    p.add_argument("--timeout", type=int, default=1800, help="seconds allowed per cell")
    args = p.parse_args(argv)

    if args.budget:
        os.environ["LATENTLAB_BUDGET"] = args.budget
    budget = os.environ.get("LATENTLAB_BUDGET", "full")
    folder = args.notebooks.resolve()
    paths = [folder / f"{n.removesuffix('.ipynb')}.ipynb" for n in args.names] if args.names \
        else sorted(folder.glob("[0-9][0-9]-*.ipynb"))
    missing = [str(q) for q in paths if not q.is_file()]
    if missing or not paths:
        print("no such notebook: " + (", ".join(missing) or str(folder)), file=sys.stderr)
        return 2
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    rows, all_problems = [], []
    for path in paths:
        print(f"{path.stem}: running ({budget} budget) ...", flush=True)
        nb, error, seconds, cpu = execute(path, args.kernel, args.timeout)
        problems = ([error] if error else []) + check(path.stem, nb, args.expect, error is not None)
        problems = list(dict.fromkeys(problems))
        nbformat.write(nb, out / path.name)
        write_html(nb, out / f"{path.stem}.html")
        code = [c for c in nb.cells if c.cell_type == "code"]
        rows.append({"name": path.stem, "title": title_of(nb, path.stem), "seconds": seconds, "cpu_seconds": cpu,
                     "problems": problems,
                     "figures": sum(1 for c in code if has_png(c)),
                     "checks": sum(text_of(c).count(PASSED) for c in code)})
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{path.stem}: {status} in {seconds:.1f} s (kernel CPU time {cpu:.1f} s)", flush=True)
        for line in problems:
            print(f"  {line}", flush=True)
        all_problems += problems
    write_index(out, rows, budget)
    (out / "run.json").write_text(json.dumps({"budget": budget, "expect": args.expect, "notebooks": rows}, indent=2))
    print(f"book: {out / 'index.html'}")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
