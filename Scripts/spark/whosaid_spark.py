#!/usr/bin/env python3
"""whosaid as the map step of a Spark job: JSONL documents in, `whosaid extract` JSONL out.

    python3 Scripts/spark/whosaid_spark.py --input IN --output OUTDIR [--master URL]
        [--whosaid PATH] [--partitions N] [--conf KEY=VALUE]...

Reads IN (a JSONL file, a folder or glob of them; any path Spark reads: file://, hdfs://, s3a://)
as text lines, ships the `whosaid` binary to the executors and runs
`whosaid extract --jsonl-input - --jobs 1` over each partition, and writes the result lines as
text part files to OUTDIR (`part-00000`, `part-00001`, … and `_SUCCESS`), which must not exist.

- One result line per document, in input order: partitions are consecutive pieces of the input
  and the part files are numbered in partition order, so `cat OUTDIR/part-*` is what
  `whosaid extract --jsonl-input IN` writes, byte for byte, for one input file.
- A line without `id` gets its line number in the whole input as id, as in a plain run (this
  costs one extra read of the input, to count the lines of each partition).
- A line that is no document is skipped by whosaid and the others still come out; after the job
  each problem is printed as `IN:LINE: …` (as a plain run prints it) and the exit status is 1.
- A whosaid that cannot run or crashes as a whole fails its task; Spark retries it, then fails
  the job (exit status 2, with the reason).

`whosaid index` reads `.jsonl` files: `cat OUTDIR/part-* > OUT.jsonl && whosaid index OUT.jsonl`.
Defaults: `--master local[2]` when not started by spark-submit (whose `--master` then counts);
`--whosaid`: the repository's release build (`swift build -c release --show-bin-path`), else
`whosaid` on PATH.
"""

import argparse
import os
import shutil
import subprocess
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(os.path.dirname(HERE))
#: Problems printed after the job; the rest are counted.
MAX_PRINTED_PROBLEMS = 20


class JobError(Exception):
    """A problem that stops the job, with what to do about it: printed as one line, status 2."""


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="whosaid_spark.py",
        description="Run `whosaid extract --jsonl-input -` over JSONL documents on Spark; write JSONL part files.",
    )
    parser.add_argument("--input", required=True, metavar="IN", help="JSONL documents: a file, folder or glob (any Spark path)")
    parser.add_argument("--output", required=True, metavar="OUTDIR", help="folder for the part files; must not exist")
    parser.add_argument(
        "--master",
        metavar="URL",
        help="Spark master (local[2], spark://HOST:7077, yarn, k8s://https://HOST:443); "
        "default: spark-submit's, else local[2]",
    )
    parser.add_argument(
        "--whosaid",
        metavar="PATH",
        help="the whosaid binary to ship to the executors (Linux, built for their CPU); "
        "default: this repository's release build, else whosaid on PATH",
    )
    parser.add_argument("--partitions", type=int, metavar="N", help="at least N partitions of the input (Spark's minPartitions)")
    parser.add_argument(
        "--conf", action="append", default=[], metavar="KEY=VALUE",
        help="a Spark setting, as spark-submit's --conf (spark.executor.memory=2g); may be repeated",
    )
    arguments = parser.parse_args(argv)
    if arguments.partitions is not None and arguments.partitions < 1:
        parser.error("--partitions must be at least 1")
    for setting in arguments.conf:
        if "=" not in setting:
            parser.error("--conf %s: give KEY=VALUE" % setting)
    return arguments


def release_binary():
    """This repository's release `whosaid`, if it was built (`swift build -c release --product whosaid`)."""
    folder = os.path.join(REPOSITORY, ".build", "release")
    if shutil.which("swift"):
        try:
            shown = subprocess.run(
                ["swift", "build", "-c", "release", "--show-bin-path"],
                cwd=REPOSITORY, capture_output=True, text=True, timeout=120,
            )
            if shown.returncode == 0 and shown.stdout.strip():
                folder = shown.stdout.strip().splitlines()[-1]
        except (OSError, subprocess.TimeoutExpired):
            pass
    candidate = os.path.join(folder, "whosaid")
    return candidate if os.path.isfile(candidate) else None


def find_whosaid(given):
    """The binary to ship: `given`, else the release build, else `whosaid` on PATH."""
    if given:
        if not os.path.isfile(given):
            raise JobError("--whosaid %s: no such file; build it with `swift build -c release --product whosaid`" % given)
        return os.path.abspath(given)
    found = release_binary() or shutil.which("whosaid")
    if not found:
        raise JobError(
            "no whosaid binary: build it with `swift build -c release --product whosaid` "
            "(add --static-swift-stdlib for workers without Swift), or pass --whosaid PATH"
        )
    return os.path.abspath(found)


def local_path(path):
    """The local file system path that `path` names, or None for another file system (hdfs://…)."""
    parsed = urlparse(path)
    if parsed.scheme in ("", "file"):
        return parsed.path if parsed.scheme else path
    return None


def check_local_paths(arguments):
    """Fails early, with a clear message, on local paths Spark would refuse with a stack trace."""
    output = local_path(arguments.output)
    if output is not None and os.path.exists(output):
        raise JobError("%s already exists: remove it or name another --output" % arguments.output)
    source = local_path(arguments.input)
    if source is not None and not any(ch in source for ch in "*?[{") and not os.path.exists(source):
        raise JobError("%s: no such file or directory" % arguments.input)


def master_url(arguments):
    """--master, else spark-submit's (it starts Python with PYSPARK_GATEWAY_PORT set and its
    --master in the JVM's configuration), else local[2]."""
    if arguments.master:
        return arguments.master
    return None if os.environ.get("PYSPARK_GATEWAY_PORT") else "local[2]"


def spark_failure(error):
    """The line of a Spark/Java error that says what went wrong."""
    text = str(error)
    for marker in ("WhosaidTaskError: ", "FileAlreadyExistsException: ", "InvalidInputException: "):
        if marker in text:
            return text.split(marker, 1)[1].splitlines()[0]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def run(arguments):
    """Runs the job; returns the exit status (0, or 1 when some lines were no documents)."""
    check_local_paths(arguments)
    binary = find_whosaid(arguments.whosaid)
    master = master_url(arguments)
    if (master or "").startswith("local") and "PYSPARK_PYTHON" not in os.environ:
        os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers run the driver's Python

    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        raise JobError("pyspark is not installed: pip install -r Scripts/spark/requirements.txt (it needs Java 17 or later)")
    sys.path.insert(0, HERE)
    from whosaid_partition import PartitionExtractor, PartitionTable, count_lines

    # Spark's progress bar only on a terminal: in a log it is a stream of carriage returns.
    conf = SparkConf().setAppName("whosaid extract").set("spark.ui.showConsoleProgress", str(sys.stderr.isatty()).lower())
    if master:
        conf.setMaster(master)
    for setting in arguments.conf:
        conf.set(*setting.split("=", 1))
    try:
        sc = SparkContext(conf=conf)
    except Exception as error:  # the JVM could not start: Java missing, a bad master URL
        raise JobError("cannot start Spark (%s); Spark 4 needs Java 17 or later" % spark_failure(error))
    try:
        sc.setLogLevel("ERROR")
        sc.addFile(binary)
        module = os.path.join(HERE, "whosaid_partition.py")
        if os.path.isfile(module):  # else spark-submit --py-files shipped it (cluster deploy mode)
            sc.addPyFile(module)
        lines = sc.textFile(arguments.input, minPartitions=arguments.partitions)
        counts = lines.mapPartitions(count_lines).collect()
        starts = [1]
        for count in counts[:-1]:
            starts.append(starts[-1] + count)
        problems = sc.accumulator({}, PartitionTable())
        written = sc.accumulator({}, PartitionTable())
        extractor = PartitionExtractor(os.path.basename(binary), arguments.input, starts, problems, written)
        lines.mapPartitionsWithIndex(extractor).saveAsTextFile(arguments.output)
    except JobError:
        raise
    except Exception as error:
        raise JobError(spark_failure(error))
    finally:
        sc.stop()
    return report(arguments, len(counts), sum(written.value.values()), problems.value)


def report(arguments, partitions, results, problems):
    """Prints the problems whosaid reported, then one summary line; returns the exit status."""
    messages = [m for index in sorted(problems) for m in problems[index][1]]
    total = sum(count for count, _ in problems.values())
    for message in messages[:MAX_PRINTED_PROBLEMS]:
        print("whosaid_spark: " + message, file=sys.stderr)
    if total > MAX_PRINTED_PROBLEMS:
        print("whosaid_spark: … and %d more" % (total - min(len(messages), MAX_PRINTED_PROBLEMS)), file=sys.stderr)
    print(
        "whosaid_spark: wrote %d result line%s in %d part file%s to %s; %d problem%s"
        % (results, "" if results == 1 else "s", partitions, "" if partitions == 1 else "s",
           arguments.output, total, "" if total == 1 else "s"),
        file=sys.stderr,
    )
    return 1 if total else 0


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    try:
        return run(arguments)
    except JobError as error:
        print("whosaid_spark: %s" % error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
