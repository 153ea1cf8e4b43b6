"""Checks the installed LatentLab kernel through a real Jupyter client (jupyter_client).

Usage: JUPYTER_PATH=... /usr/bin/python3 kernel_client_check.py KERNEL_NAME
Prints one line per check and exits non-zero at the first failure. Run by KernelIT.
"""
import base64
import sys
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 120


class CheckFailed(Exception):
    pass


def check(condition, what):
    if not condition:
        raise CheckFailed(what)


def execute(client, code, timeout=TIMEOUT):
    """Runs code; returns (reply content, iopub messages of this request, seconds)."""
    messages = []
    start = time.time()
    reply = client.execute_interactive(code, timeout=timeout, output_hook=messages.append)
    return reply["content"], messages, time.time() - start


def outputs(messages, kind):
    return [m["content"] for m in messages if m["msg_type"] == kind]


def data_of(messages):
    """The data bundles of execute_result and display_data messages."""
    return [m["content"]["data"] for m in messages if m["msg_type"] in ("execute_result", "display_data")]


def main(kernel_name):
    manager = KernelManager(kernel_name=kernel_name)
    start = time.time()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=TIMEOUT)
        run_checks(manager, client, start)
    finally:
        client.stop_channels()
        if manager.is_alive():
            manager.shutdown_kernel(now=True)


def run_checks(manager, client, start):
    client.kernel_info()
    info = client.get_shell_msg(timeout=TIMEOUT)["content"]
    check(info["language_info"]["name"] == "Java", "kernel_info language: %s" % info["language_info"])
    check("LatentLab" in info["banner"], "kernel_info banner: %s" % info["banner"])
    print("ok kernel_info: %s" % info["banner"])

    reply, messages, _ = execute(client, "1 + 1")
    check(reply["status"] == "ok", "1 + 1: %s" % reply)
    check(data_of(messages)[0]["text/plain"] == "2", "1 + 1 showed %s" % data_of(messages))
    print("ok first result after %.2f s" % (time.time() - start))

    reply, messages, seconds = execute(client, 'System.out.println("early");\nThread.sleep(1500);\n'
                                               'System.out.println("late");\n"done"')
    streams = outputs(messages, "stream")
    check([s["text"] for s in streams] == ["early\n", "late\n"], "streams: %s" % streams)
    check(data_of(messages)[-1]["text/plain"] == "done", "value after streams: %s" % data_of(messages))
    print("ok execute and stream (%.2f s)" % seconds)

    early = {}
    def watch(message):
        if message["msg_type"] == "stream" and "early" in message["content"]["text"]:
            early.setdefault("at", time.time())
    begun = time.time()
    client.execute_interactive('System.out.println("early");\nThread.sleep(1500);', timeout=TIMEOUT,
                               output_hook=watch)
    finished = time.time()
    check("at" in early and finished - early["at"] > 1.0,
          "stdout was not streamed while the cell ran (early at %s, cell %.2f..%.2f)" % (early, begun, finished))
    print("ok stdout streamed %.2f s before the cell ended" % (finished - early["at"]))

    reply, messages, _ = execute(client, """
        var chart = new org.knowm.xchart.XYChartBuilder().width(300).height(200).title("loss").build();
        chart.addSeries("train", new double[] {1, 2, 3}, new double[] {3, 2, 1});
        chart""")
    png = base64.b64decode(data_of(messages)[0]["image/png"])
    check(png[:8] == b"\x89PNG\r\n\x1a\n", "chart did not render as PNG: %r" % png[:16])
    print("ok image/png from an XChart chart (%d bytes)" % len(png))

    reply, messages, _ = execute(client, """
        tech.tablesaw.api.Table.create("history",
            tech.tablesaw.api.IntColumn.indexColumn("epoch", 3, 1),
            tech.tablesaw.api.DoubleColumn.create("loss", new double[] {0.9, 0.5, 0.3}))""")
    html = data_of(messages)[0]["text/html"]
    check("<th>epoch</th><th>loss</th>" in html and "3 rows × 2 columns" in html, "table html: %s" % html)
    print("ok text/html from a Tablesaw table")

    reply, messages, _ = execute(client, 'int wrong = "text";')
    errors = outputs(messages, "error")
    check(reply["status"] == "error" and reply["ename"] == "CompilationException", "compile error reply: %s" % reply)
    check("line 1, column 13: incompatible types" in "\n".join(errors[0]["traceback"]), "traceback: %s" % errors)
    reply, messages, _ = execute(client, 'throw new IllegalStateException("boom");')
    check(reply["status"] == "error" and "IllegalStateException: boom" in reply["evalue"], "runtime error: %s" % reply)
    print("ok error replies (compile: %s; runtime: %s)" % (errors[0]["evalue"].splitlines()[0], reply["evalue"]))

    check_interrupt(manager, client)

    execute(client, "int beforeRestart = 1;")
    manager.restart_kernel(now=False)
    client.wait_for_ready(timeout=TIMEOUT)
    reply, messages, _ = execute(client, "beforeRestart")
    check(reply["status"] == "error", "a restarted kernel still knows beforeRestart: %s" % reply)
    reply, messages, _ = execute(client, "40 + 2")
    check(data_of(messages)[0]["text/plain"] == "42", "after restart: %s" % data_of(messages))
    print("ok restart")

    begun = time.time()
    manager.shutdown_kernel(now=False)
    check(not manager.is_alive(), "kernel still alive after shutdown")
    print("ok shutdown in %.2f s" % (time.time() - begun))


def check_interrupt(manager, client):
    started = {}
    def watch(message):
        if message["msg_type"] == "stream" and "looping" in message["content"]["text"]:
            started["at"] = time.time()
            manager.interrupt_kernel()
    reply = client.execute_interactive('System.out.println("looping");\nwhile (true) { }', timeout=TIMEOUT,
                                       output_hook=watch)["content"]
    stopped_after = time.time() - started["at"]
    check(reply["status"] == "error" and reply["ename"] == "EvaluationInterruptedException",
          "interrupted cell reply: %s" % reply)
    check(stopped_after < 2.0, "interrupt took %.2f s" % stopped_after)
    reply, messages, _ = execute(client, "1 + 2")
    check(data_of(messages)[0]["text/plain"] == "3", "after interrupt: %s" % data_of(messages))
    print("ok interrupt of while (true) {} in %.2f s, then a working cell" % stopped_after)


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except CheckFailed as failure:
        print("FAILED: %s" % failure)
        sys.exit(1)
