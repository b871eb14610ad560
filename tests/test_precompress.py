"""Precompressed .gz and .br copies of the published site's text files."""

from __future__ import annotations

import gzip
import os

import brotli

from digest.site.precompress import precompress

from .conftest import build_site


def test_the_published_site_has_gz_and_br_beside_each_text_file(content_copy, tmp_path):
    out = tmp_path / "out"
    result = build_site(content_copy, out, settings="publishconf.py")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("ko/index.html", "theme/css/haeran.css", "ko/feeds/atom.xml", "sitemap.xml"):
        original = (out / name).read_bytes()
        assert gzip.decompress((out / f"{name}.gz").read_bytes()) == original, name
        assert brotli.decompress((out / f"{name}.br").read_bytes()) == original, name
    assert not list(out.rglob("*.pf_index.gz")), "Pagefind's files are compressed already"
    assert not list(out.rglob("*.gz.gz")) and not list(out.rglob(".*.tmp"))


def test_a_rebuild_compresses_only_what_changed(tmp_path):
    (tmp_path / "a.html").write_text("<p>" + "해란 " * 200 + "</p>", encoding="utf-8")
    (tmp_path / "b.css").write_text("body { color: red; }\n" * 50, encoding="utf-8")
    assert precompress(tmp_path) == 4
    assert precompress(tmp_path) == 0
    changed = tmp_path / "a.html"
    changed.write_text("<p>" + "海兰 " * 200 + "</p>", encoding="utf-8")
    later = (tmp_path / "a.html.gz").stat().st_mtime + 5
    os.utime(changed, (later, later))
    assert precompress(tmp_path) == 2
    assert gzip.decompress((tmp_path / "a.html.gz").read_bytes()) == changed.read_bytes()


def test_a_file_that_does_not_shrink_gets_no_copy(tmp_path):
    (tmp_path / "tiny.txt").write_text("a", encoding="utf-8")
    assert precompress(tmp_path) == 0
    assert not (tmp_path / "tiny.txt.gz").exists()


def test_the_preview_build_writes_no_copies(site):
    assert not list(site.rglob("*.br"))
