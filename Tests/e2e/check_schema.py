#!/usr/bin/env python3
"""The JSON Schemas of `lentera schema` against real content, with Python's jsonschema.

1. Every content file of the example portal (and of a portal made by `lentera init`)
   validates against the schema of its kind (the front matter of a `.md` file against the
   kind's `.frontmatter.schema.json`).
2. Each file of VALID (right, though unusual: an empty optional field, a number where a
   text goes) passes both the schema and `lentera check`; each broken file of BROKEN fails
   both, `check` with the diagnostic code named beside it: a wrong type, a missing
   required field, an unknown field, a value out of range, a value not allowed.

Which files a schema covers is read from the `vscode-settings.json` that `lentera schema`
writes (its `yaml.schemas` globs), so this script holds no second copy of the table of
content kinds.

Usage: check_schema.py --lentera .build/debug/lentera --content content [--templates DIR]
(`check` runs with the built-in theme unless --templates is given.)
Prints `N passed, N failed` and exits 1 when anything failed.
"""
import argparse
import fnmatch
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML as Lentera and VS Code's YAML extension read it: a date stays text."""


Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(path):
    """The fields of a content file: the whole YAML/JSON file, or a Markdown file's front matter."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if path.endswith((".md", ".markdown")):
        lines = text.split("\n")
        if lines[0].strip() != "---":
            # No front matter: no fields (a survey analysis named like its result needs none;
            # a kind with required fields fails its schema on the empty object).
            return {}
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        text = "\n".join(lines[1:end])
    if path.endswith(".json"):
        return json.loads(text)
    return yaml.load(text, Loader=Loader)


# Kinds written only as Markdown, and where they are read (relative to the content folder).
MARKDOWN_ONLY = {"analisis-survei": "units/*/survei/*.md"}


class Schemas:
    """The schemas `lentera schema` wrote, and which files each one covers."""

    def __init__(self, lentera, folder):
        subprocess.run([lentera, "schema", folder, "--content", "."], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(folder, "vscode-settings.json"), encoding="utf-8") as handle:
            settings = json.load(handle)
        # (glob without extension, extensions, schema for YAML/JSON, schema for front matter)
        self.kinds = []
        for schema_path, globs in settings["yaml.schemas"].items():
            whole = self._read(schema_path)
            if not globs:
                # A kind written only as Markdown (no YAML/JSON file for VS Code to match):
                # its place is known here, and a new such kind fails until it is added.
                kind = os.path.basename(schema_path).removesuffix(".schema.json")
                assert kind in MARKDOWN_ONLY, f"{kind}: no file pattern in vscode-settings.json and none in MARKDOWN_ONLY"
                globs = [MARKDOWN_ONLY[kind]]
                whole = None   # its YAML/JSON schema covers no file
            base = os.path.splitext(globs[0])[0]
            front_path = schema_path.replace(".schema.json", ".frontmatter.schema.json")
            front = self._read(front_path) if os.path.exists(front_path) else None
            self.kinds.append((base, whole, front))
        assert len(self.kinds) >= 10, f"expected a schema per content kind, got {len(self.kinds)}"

    @staticmethod
    def _read(path):
        with open(path, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema.get("title") and schema.get("description"), f"{path}: no Indonesian title or description"
        return schema

    def schema_for(self, relative):
        """The schema of a file (path relative to the content folder), or None. Two kinds may
        share a folder when their formats differ (a survey result and its Markdown analysis)."""
        base, ext = os.path.splitext(relative)
        for glob, whole, front in self.kinds:
            if fnmatch.fnmatchcase(base, glob) and base.count("/") == glob.count("/"):
                if ext in (".md", ".markdown") and front is not None:
                    return front
                if ext in (".yaml", ".yml", ".json") and whole is not None:
                    return whole
        return None

    def errors(self, content, relative):
        schema = self.schema_for(relative)
        assert schema is not None, f"no schema covers {relative}"
        validator = jsonschema.Draft202012Validator(schema)
        return [f"{'/'.join(map(str, e.absolute_path)) or '(file)'}: {e.message}"
                for e in validator.iter_errors(load(os.path.join(content, relative)))]


def content_files(content):
    for folder, _, names in os.walk(content):
        for name in sorted(names):
            if not name.startswith("."):
                yield os.path.relpath(os.path.join(folder, name), content)


# Files that are right although they look unusual: each passes both the schema and `lentera check`.
VALID = [
    ("pages/kosong.md", "---\njudul: Halaman\nringkasan:\nurutan: 2\n---\n\nTeks.\n"),
    ("units/dinas-contoh/layanan/angka.yaml", "nama: 2026\njumlah_pelaksana: 3\nbiaya: Gratis\n"),
    ("units/dinas-contoh/kinerja/2026.yaml", "periode: 2026\nindikator:\n  - kode: IK-1\n    indikator: Contoh\n    target: 0.5\n    satuan: dokumen\n"),
]

# Broken files: (path in the content folder, text, diagnostic code `lentera check` gives).
BROKEN = [
    ("units/dinas-contoh/layanan/tanpa-nama.yaml",
     "ringkasan: Layanan tanpa nama\nbiaya: Gratis\n", "content.missing-field"),
    ("units/dinas-contoh/layanan/salah-eja.json",
     '{"nama": "Layanan", "persyaratn": ["KTP"]}', "content.unknown-key"),
    ("units/dinas-contoh/layanan/salah-tipe.yaml",
     "nama: Layanan\nditetapkan: Keputusan Nomor 1\n", "service.invalid-enactment"),
    ("units/dinas-contoh/layanan/urutan-besar.yaml",
     "nama: Layanan\nurutan: 5000000\n", "content.out-of-range"),
    ("units/dinas-contoh/layanan/nama-singkat.yaml",
     "nama: Penerbitan Kartu Keluarga\nnama_singkat: \"(KK)\"\n", "service.invalid-short-name"),
    # Review finding 9: blank, and control or bidirectional characters (the schema's class
    # and the decoder's pattern are the same `ContentKinds.shortNamePattern`).
    ("units/dinas-contoh/layanan/nama-singkat-kosong.yaml",
     "nama: Penerbitan Kartu Keluarga\nnama_singkat: \"\"\n", "service.blank-short-name"),
    ("units/dinas-contoh/layanan/nama-singkat-spasi.yaml",
     "nama: Penerbitan Kartu Keluarga\nnama_singkat: \"   \"\n", "service.blank-short-name"),
    ("units/dinas-contoh/layanan/nama-singkat-tab.yaml",
     "nama: Penerbitan Kartu Keluarga\nnama_singkat: \"KK\\tbaru\"\n", "service.invalid-short-name"),
    ("units/dinas-contoh/layanan/nama-singkat-cr.yaml",
     "nama: Penerbitan Kartu Keluarga\nnama_singkat: \"KK\\rbaru\"\n", "service.invalid-short-name"),
    ("units/dinas-contoh/layanan/nama-singkat-bidi.yaml",
     "nama: Penerbitan Kartu Keluarga\nnama_singkat: \"KK\\u202Ebaru\"\n", "service.invalid-short-name"),
    ("units/dinas-contoh/layanan/nama-singkat-isolat.yaml",
     "nama: Penerbitan Kartu Keluarga\nnama_singkat: \"KK\\u2067baru\"\n", "service.invalid-short-name"),
    # Findings 7 and 11: a blank date, a date given as a list.
    ("units/dinas-contoh/layanan/diperbarui-kosong.yaml",
     "nama: Layanan\ndiperbarui: \"\"\n", "content.blank-date"),
    ("units/dinas-contoh/layanan/diperbarui-daftar.yaml",
     "nama: Layanan\ndiperbarui: [2026-01-01]\n", "content.expected-date"),
    ("units/dinas-contoh/kinerja/2026-S1.yaml",
     "periode: 2026-S1\nindikator:\n  - kode: IK-1\n    indikator: Contoh\n    target: 1e16\n    satuan: dokumen\n",
     "content.out-of-range"),
    ("units/dinas-contoh/survei/skm-2026-Q1.yaml",
     "jenis: skm\nperiode: 2026-Q1\nresponden: 0\n", "survey.no-respondents"),
    ("zona-integritas/pemerintah-kabupaten-contoh.yaml",
     "jumlah_unit: 10\npredikat:\n  - unit: dinas-contoh\n    predikat: wbk\n    tahun: 2025\n    oleh: tpn\n", "content.missing-field"),
    ("units/dinas-contoh/sop/tanpa-langkah.yaml",
     "judul: SOP\npenetapan: {nomor: '1', tanggal: 2026-01-02, oleh: Kepala}\npelaksana: [Kepala]\n",
     "content.missing-field"),
    ("pages/jenis-salah.md", "---\njudul: [Satu, Dua]\n---\n\nTeks.\n", "content.expected-text"),
    ("units/unit-baru/unit.md", "---\nnama: Unit Baru\njenis: dinsa\ninstansi: pemerintah-kabupaten-contoh\n---\n\nProfil.\n",
     "unit.unknown-kind"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lentera", required=True)
    parser.add_argument("--content", default="content")
    parser.add_argument("--templates", default=None)
    args = parser.parse_args()
    lentera = os.path.abspath(args.lentera)
    theme = ["--templates", os.path.abspath(args.templates)] if args.templates else []
    passed = failed = 0

    def report(ok, what, details=()):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {what}")
            for line in details:
                print(f"     {line}")

    with tempfile.TemporaryDirectory() as work:
        schemas = Schemas(lentera, os.path.join(work, "schema"))
        subprocess.run([lentera, "init", os.path.join(work, "baru")], check=True, stdout=subprocess.DEVNULL)
        fresh = os.path.join(work, "baru", "content")

        # 1. Every example content file and every file `lentera init` writes validates.
        for content in (os.path.abspath(args.content), fresh):
            covered = 0
            for relative in content_files(content):
                if schemas.schema_for(relative) is None:
                    continue
                covered += 1
                errors = schemas.errors(content, relative)
                report(not errors, f"{content}/{relative} does not validate against its schema", errors)
            report(covered >= 5, f"{content}: only {covered} files had a schema")

        # 2. Each unusual but right file passes both; each broken file fails both.
        def try_case(relative, text):
            """The schema's errors and `lentera check`'s result for the new portal with one file added."""
            portal = os.path.join(work, "kasus")
            shutil.copytree(os.path.join(work, "baru"), portal)
            try:
                path = os.path.join(portal, "content", relative)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
                errors = schemas.errors(os.path.join(portal, "content"), relative)
                check = subprocess.run([lentera, "check"] + theme, cwd=portal,
                                       capture_output=True, text=True, env={**os.environ, "LENTERA_LANG": "en"})
                return errors, check
            finally:
                shutil.rmtree(portal)

        for relative, text in VALID:
            errors, check = try_case(relative, text)
            report(not errors, f"{relative}: the schema refuses a right file", errors)
            report(check.returncode == 0 and "error:" not in check.stderr,
                   f"{relative}: `lentera check` refused a right file", check.stderr.splitlines())
        for relative, text, code in BROKEN:
            errors, check = try_case(relative, text)
            report(bool(errors), f"{relative}: the schema accepts a broken file")
            report(check.returncode == 1 and f"[{code}]" in check.stderr,
                   f"{relative}: `lentera check` did not fail with {code}", check.stderr.splitlines())

    print(f"schema: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
