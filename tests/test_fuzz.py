"""Fuzzing (hypothesis): real PDF, DOCX, ODT and e-mail fixtures, mutated by byte flips,
truncation and corruption of single zip members, must never get past collect's per-file error
handling. Each mutant is read the way collect reads files - `_prepare_or_refuse` in a
supervised worker - and must come back as a row (any status) or a refusal: never an exception,
and within the time limit. The last test sends a batch of mutants through `collect` itself.

Bounded: a fixed number of examples per format, derandomized (the same mutants in every run),
no per-example deadline; the whole module takes well under a minute.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from fixtures import RESPONSE_LMU, make_docx, make_odt, make_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from intake_fixtures import make_mail
from pg_harness import integrity_ok

from hoering.config import parse_config
from hoering.extract import Limits
from hoering.extract.sandbox import Supervisor
from hoering.model import SETTLED
from hoering.pipeline.collect import collect
from hoering.pipeline.read import Job
from hoering.pipeline.read import read_job as _prepare_or_refuse
from hoering.store import Archive

LIMITS = Limits(max_seconds=10)
STATUSES = SETTLED | {"failed", "needs_ocr"}
FUZZ = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,  # no .hypothesis folder in the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def originals(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("originaler")
    pdf = make_pdf(folder / "svar.pdf", [RESPONSE_LMU, RESPONSE_LMU[2:]], header="LMU", page_numbers=True)
    docx = make_docx(folder / "svar.docx", RESPONSE_LMU, header="LMU i Job- og Aktivhuset", table=[["a", "b"], ["c", "d"]])
    odt = make_odt(folder / "svar.odt", RESPONSE_LMU)
    mail = make_mail(folder / "svar.eml", "Hermed vores svar.", attachments=[("svar.pdf", pdf.read_bytes())])
    return {p.suffix[1:]: p.read_bytes() for p in (pdf, docx, odt, mail)}


@pytest.fixture(scope="module")
def supervisor():
    with Supervisor(1, hard_seconds=LIMITS.max_seconds + 5, memory_bytes=LIMITS.max_memory_bytes) as running:
        yield running


def flips(data: bytes):
    """Up to 30 bytes set to random values, anywhere in the file."""
    return st.lists(
        st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)), min_size=1, max_size=30
    ).map(lambda changes: _apply(data, changes))


def _apply(data: bytes, changes) -> bytes:
    out = bytearray(data)
    for position, value in changes:
        out[position] = value
    return bytes(out)


def truncations(data: bytes):
    return st.integers(0, len(data) - 1).map(lambda n: data[:n])


def member_corruptions(data: bytes):
    """One zip member's content damaged (bytes flipped, cut, or emptied), the zip itself valid."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()

    def corrupt(args) -> bytes:
        name, how, position, value = args
        source = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                content = source.read(info)
                if info.filename == name and content:
                    index = position % len(content)
                    if how == "flip":
                        content = content[:index] + bytes([value]) + content[index + 1 :]
                    elif how == "cut":
                        content = content[:index]
                    else:
                        content = b""
                target.writestr(info, content)
        return out.getvalue()

    return st.tuples(
        st.sampled_from(names), st.sampled_from(["flip", "cut", "empty"]), st.integers(0, 1 << 20), st.integers(0, 255)
    ).map(corrupt)


def check(supervisor: Supervisor, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    result = supervisor.result(supervisor.submit(_prepare_or_refuse, Job(path, path.parent, ["LMU i Job- og Aktivhuset"], LIMITS)))
    assert result.error is None, result.error  # an exception got past the per-file handling
    assert result.crashed is None and not result.timed_out, result
    value = result.value
    assert value.status in STATUSES, value
    if value.status not in SETTLED:
        assert value.error if hasattr(value, "error") else value.message


@pytest.mark.parametrize("kind", ["pdf", "docx", "odt", "eml"])
def test_byte_flips(originals, supervisor, tmp_path, kind):
    @FUZZ
    @given(data=flips(originals[kind]))
    def run(data):
        check(supervisor, tmp_path / f"mutant.{kind}", data)

    run()


@pytest.mark.parametrize("kind", ["pdf", "docx", "eml"])
def test_truncation(originals, supervisor, tmp_path, kind):
    @settings(FUZZ, max_examples=50)
    @given(data=truncations(originals[kind]))
    def run(data):
        check(supervisor, tmp_path / f"afkortet.{kind}", data)

    run()


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_zip_member_corruption(originals, supervisor, tmp_path, kind):
    @FUZZ
    @given(data=member_corruptions(originals[kind]))
    def run(data):
        check(supervisor, tmp_path / f"pakke.{kind}", data)

    run()


def test_a_batch_of_mutants_through_collect(originals, tmp_path):
    import random

    rng = random.Random(6)
    folder = tmp_path / "mutanter"
    folder.mkdir()
    for n in range(24):
        kind = ["pdf", "docx", "odt", "eml"][n % 4]
        data = bytearray(originals[kind])
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if n % 5 == 0:
            data = data[: rng.randrange(len(data))]
        (folder / f"{n:02d}.{kind}").write_bytes(bytes(data))
    with Archive(tmp_path / "arkiv") as archive:
        archive.create_consultation("fuzz", parse_config({"title": "Fuzz", "limits": {"max_seconds": 10}}, "test"))
        report = collect(archive, "fuzz", [folder], workers=2)
        assert {o.file for o in report.outcomes if o.action != "unchanged"} >= {p.name for p in folder.iterdir()}
        assert all(o.status in STATUSES for o in report.outcomes)
        assert integrity_ok(archive)
        for row in archive.responses(archive.consultation("fuzz")):
            assert archive.has_file(row.sha256)
