"""Executes smoke.ipynb with `jupyter nbconvert --execute` on the given kernel and checks its outputs.

Usage: JUPYTER_PATH=... /usr/bin/python3 notebook_check.py KERNEL_NAME OUTPUT_DIR
Exits non-zero with a message at the first output that is not as expected. Run by KernelIT.
"""
import json
import os
import subprocess
import sys

import nbformat

HERE = os.path.dirname(os.path.abspath(__file__))


def main(kernel, output_dir):
    subprocess.run([sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.kernel_name=" + kernel, "--ExecutePreprocessor.timeout=600",
                    "--output-dir", output_dir, os.path.join(HERE, "smoke.ipynb")], check=True)
    notebook = nbformat.read(os.path.join(output_dir, "smoke.ipynb"), as_version=4)  # joins multi-line text
    cells = [c for c in notebook.cells if c.cell_type == "code"]
    outputs = [c.outputs for c in cells]

    def expect(condition, what):
        if not condition:
            sys.exit("FAILED: %s\noutputs: %s" % (what, json.dumps(outputs, indent=1, default=str)[:3000]))

    expect(outputs[0] == [], "%jars cell prints nothing")
    expect(len(outputs[1]) == 1 and outputs[1][0]["text"] == "hello from the notebook\n",
           "println streams to stdout")
    expect(outputs[2][0]["data"]["text/plain"] == "42", "final expression value")
    expect("<th>name</th><th>score</th>" in outputs[3][0]["data"]["text/html"], "table as HTML")
    expect(outputs[4][0]["data"]["image/png"].startswith("iVBORw0KGgo"), "chart as PNG")
    expect(len(outputs[5]) == 1 and outputs[5][0]["data"]["text/plain"] == "epoch 2 of 2",
           "updateDisplay replaces the display in place")
    expect(outputs[6][0]["data"]["text/plain"].startswith("INDArray shape=[3] dtype=FLOAT"), "array text")
    print("ok notebook executed with nbconvert: %d code cells, outputs as expected" % len(cells))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
