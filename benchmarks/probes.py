"""Peak memory of a build on the probes of issue 12: small files that unfold into a lot.

    python benchmarks/probes.py [--out DIR]

Each probe file is generated, then `policygraph build` runs on it alone in a fresh process; the
table gives the exit code, the first line of what it printed and the peak RSS of the process
(ru_maxrss of the child). The goal: every probe under 1 GiB, with a one-line error where a limit is hit.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

LABEL = "责任单位：县民政局、县财政局、县住建局按职责分工负责"


def pdf_pages(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    for i in range(pages):
        c.setFont("STSong-Light", 6)
        for line in range(60):
            c.drawString(20, 800 - line * 13, f"{i + 1}.{line} 加强社区服务，提升治理能力。{LABEL}")
        c.showPage()
    c.save()


def docx_unfolding(path: Path, megabytes: int) -> None:
    """A small .docx whose document.xml unfolds into `megabytes` MB of paragraphs."""
    from docx import Document

    template = io.BytesIO()
    Document().save(template)
    paragraph = "<w:p><w:r><w:t>加强社区服务，提升治理能力。</w:t></w:r></w:p>".encode()
    body = paragraph * (megabytes * 1024 * 1024 // len(paragraph))
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>", 1)
                data = head + b"<w:body>" + body + tail
            dst.writestr(item, data)


def repeated_labels(path: Path, times: int) -> None:
    head = "某县实施方案\n一、主要任务\n（一）加强工作。做好工作。\n"
    path.write_text(head + (LABEL + "\n") * times, encoding="utf-8")


def prose(path: Path, megabytes: float) -> None:
    sentence = "各级民政部门要定期组织开展评估，做好跟踪指导。"
    count = int(megabytes * 1024 * 1024) // len(sentence.encode())
    path.write_text("某县实施方案\n一、主要任务\n（一）加强工作。" + sentence * count + "\n", encoding="utf-8")


PROBES = {
    "PDF, 300 pages of small text": ("p300.pdf", lambda p: pdf_pages(p, 300)),
    "PDF, 1,200 pages (over the page limit)": ("p1200.pdf", lambda p: pdf_pages(p, 1200)),
    "DOCX unfolding into 100 MB": ("bomb.docx", lambda p: docx_unfolding(p, 100)),
    "DOCX unfolding into 60 MB": ("big.docx", lambda p: docx_unfolding(p, 60)),
    "text, one 责任单位 line 3,000 times": ("rep.txt", lambda p: repeated_labels(p, 3000)),
    "text, 40 MB of prose (under the 50 MB file limit)": ("prose.txt", lambda p: prose(p, 40)),
    "text, 8.3 MB of prose (2.9 million characters, just under the limit)": ("near.txt", lambda p: prose(p, 8.3)),
}


def run(name: str, file: str, make, folder: Path) -> tuple[str, int, str, float, float]:
    src = folder / name.split(",")[0].replace(" ", "_") / file
    src.parent.mkdir(parents=True, exist_ok=True)
    make(src)
    start = time.monotonic()
    build = [sys.executable, "-m", "policygraph", "build", str(src), "--out", str(folder / "out" / file)]
    # a wrapper process per probe, so ru_maxrss of its children is this build's peak alone
    proc = subprocess.run([sys.executable, "-c", _MEASURE, *build], capture_output=True, text=True)
    *lines, peak = proc.stdout.strip().splitlines() or ["0"]
    output = [line for line in (proc.stderr.strip().splitlines() + lines) if line.strip()]
    code = int(peak.split()[0]) if peak.split() else -1
    return name, code, (output[0] if output else "")[:110], int(peak.split()[-1]) / 1024, time.monotonic() - start


_MEASURE = """import resource, subprocess, sys
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(p.stderr); sys.stdout.write(p.stdout)
print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="probes-"))
    print("| probe | file size | exit | first line | peak RSS (MiB) | seconds |")
    print("|---|---|---|---|---|---|")
    for name, (file, make) in PROBES.items():  # smallest peak first would hide later ones: run each in order
        name, code, first, peak, seconds = run(name, file, make, folder)
        size = next((folder / "out").parent.glob(f"*/{file}")).stat().st_size // 1024
        print(f"| {name} | {size:,} KB | {code} | {first} | {peak:,.0f} | {seconds:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
