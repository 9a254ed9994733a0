"""The executor side of the Spark job: one partition of JSONL documents through `whosaid extract`.

`whosaid_spark.py` ships this module to the executors (`SparkContext.addPyFile`) with the
`whosaid` binary (`SparkContext.addFile`); each task runs `whosaid extract --jsonl-input - --jobs 1`
over its partition and yields one result line per document, in input order. Besides the Python
standard library it uses only `pyspark.SparkFiles` (to find the binary) and `AccumulatorParam`.

Why not `RDD.pipe`: PySpark's `pipe` sends the child's stderr to the executor's log, where a
skipped document would vanish unseen; with `checkCode=True` the exit status 1 that means "some
lines were no documents, the rest are done" fails the task, Spark retries it and then fails the
job, losing every document; with `checkCode=False` a whosaid that crashed or could not run at
all loses its partition silently. Here stderr is collected and handed back to the driver, status
1 keeps the output, and any other status fails the task (Spark retries it, then fails the job).
"""

import json
import os
import re
import shutil
import stat
import subprocess
import tempfile
import threading

from pyspark import AccumulatorParam

#: Messages kept per partition; the rest are counted.
MAX_MESSAGES_PER_PARTITION = 100


class PartitionTable(AccumulatorParam):
    """An accumulator of {partition index: value}. A task run twice (a retry, speculation) sets
    its partition's entry again to the same value, so nothing is counted twice."""

    def zero(self, value):
        return {}

    def addInPlace(self, table, other):
        table.update(other)
        return table


class WhosaidTaskError(RuntimeError):
    """whosaid could not be run on an executor, or stopped with a status other than 0 or 1.

    The task fails with this message (Spark shows it in the job's error and retries the task).
    """


def executable_copy(path):
    """Returns a path to `path` that can be executed: `path` itself, made executable if it is not
    (`addFile` normally keeps the mode), or an executable copy in a new temporary directory when
    the file cannot be changed."""
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return path
    except OSError:
        copy = os.path.join(tempfile.mkdtemp(prefix="whosaid-"), os.path.basename(path))
        shutil.copyfile(path, copy)
        os.chmod(copy, 0o755)
        return copy


def with_line_id(line, number):
    """`line` with `"id":"NUMBER"` put first in its object when it is a JSON object without `id`.

    `whosaid extract --jsonl-input` gives such a document its line number as id; a task sees only
    its partition, so the number must come from the whole input. The rest of the line is kept
    byte for byte. Only a document gets an id (a `text` with more than white space): whosaid's
    message about a line that is none then names no id, as in a plain run. A line Python cannot
    read as JSON is left as it is (whosaid judges it)."""
    if "{" not in line:
        return line
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return line
    if not isinstance(value, dict) or "id" in value:
        return line
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        return line
    brace = line.index("{") + 1
    return line[:brace] + '"id":"%d"' % number + "," + line[brace:]


def problem_message(stderr_line, input_name, first_line):
    """One of whosaid's stderr lines about a partition (`whosaid: stdin:7: …`), told with the
    line number in the whole input (`IN:1207: …`), as a plain `--jsonl-input IN` run says it."""
    prefix = "whosaid: stdin:"
    if stderr_line.startswith(prefix):
        number, sep, rest = stderr_line[len(prefix):].partition(":")
        if sep and number.isdigit():
            return "%s:%d:%s" % (input_name, first_line + int(number) - 1, rest)
    return stderr_line


#: whosaid's closing count when it skipped more lines than it names one by one.
SKIP_SUMMARY = re.compile(r"^whosaid: stdin: (\d+) lines skipped in all \(the first (\d+) are named above\)")


def unnamed_skips(stderr_line):
    """How many skipped lines whosaid's closing count (`whosaid: stdin: 25 lines skipped in all
    (the first 20 are named above), …`) adds to those it named, or None for any other line."""
    match = SKIP_SUMMARY.match(stderr_line)
    return int(match.group(1)) - int(match.group(2)) if match else None


class PartitionExtractor:
    """A picklable task body: `extractor(index, lines)` yields whosaid's result lines for the
    partition `index` whose lines are `lines`, and records what whosaid reported about it.

    `starts[index]` is the input line number of the partition's first line; `binary_name` is the
    name the binary was added under (`SparkFiles.get`); `problems` is an accumulator of
    {partition: (count, first messages)}, which stays right when Spark runs a task twice;
    `written` one of {partition: result lines}."""

    def __init__(self, binary_name, input_name, starts, problems, written):
        self.binary_name = binary_name
        self.input_name = input_name
        self.starts = starts
        self.problems = problems
        self.written = written

    def command(self):
        from pyspark import SparkFiles  # set up only inside a Spark task

        binary = executable_copy(SparkFiles.get(self.binary_name))
        # One engine process per task: Spark already runs a task on each core it was given.
        return [binary, "extract", "--jsonl-input", "-", "--jobs", "1"]

    def __call__(self, index, lines):
        first_line = self.starts[index]
        command = self.command()
        # The executor's environment, in a UTF-8 locale (whosaid reads and writes UTF-8 anyway).
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        try:
            child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        except OSError as error:
            raise WhosaidTaskError(
                "cannot run %s on this executor (%s): the workers need Linux on the CPU it was built for, "
                "and the Swift runtime unless it was built with --static-swift-stdlib" % (command[0], error)
            )
        messages = []
        counted = [0]
        feed_failure = []

        def feed():
            try:
                for offset, line in enumerate(lines):
                    text = with_line_id(line, first_line + offset)
                    child.stdin.write(text.rstrip("\n").encode("utf-8", "replace") + b"\n")
            except BrokenPipeError:
                pass  # whosaid stopped: its status says why
            except BaseException as error:  # reading the input failed: the partition is incomplete
                feed_failure.append(error)
            finally:
                try:
                    child.stdin.close()
                except BrokenPipeError:
                    pass

        def collect():
            for raw in child.stderr:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                unnamed = unnamed_skips(line)
                if unnamed is not None:
                    # whosaid named the partition's first skipped lines and counted the rest.
                    counted[0] += unnamed
                    message = "%s: %d more skipped lines of the part from input line %d on (not named)" % (
                        self.input_name, unnamed, first_line)
                else:
                    counted[0] += 1
                    message = problem_message(line, self.input_name, first_line)
                if len(messages) < MAX_MESSAGES_PER_PARTITION:
                    messages.append(message)

        threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=collect, daemon=True)]
        for thread in threads:
            thread.start()
        results = 0
        for raw in child.stdout:
            results += 1
            yield raw.rstrip(b"\n").decode("utf-8")
        status = child.wait()
        for thread in threads:
            thread.join()
        if feed_failure:
            raise feed_failure[0]
        if status not in (0, 1):
            why = "signal %d" % -status if status < 0 else "status %d" % status
            hint = ""
            if status == 127:  # the dynamic loader: a library the binary links is not on the executor
                hint = " (ship a binary built with --static-swift-stdlib, and see the README's 'What a worker needs')"
            raise WhosaidTaskError(
                "whosaid stopped with %s on partition %d (input lines from %d): %s%s"
                % (why, index, first_line, " | ".join(messages[-5:]) or "no message", hint)
            )
        self.written.add({index: results})
        if counted[0]:
            self.problems.add({index: (counted[0], messages)})


def count_lines(lines):
    """How many lines a partition holds (blank ones too): one number per partition."""
    yield sum(1 for _ in lines)
