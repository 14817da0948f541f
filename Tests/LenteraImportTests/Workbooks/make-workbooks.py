#!/usr/bin/env python3
"""Writes the workbook fixtures of the survey import tests as flat OpenDocument
spreadsheets (.fods), then has LibreOffice make of each the .xlsx, .ods and .csv that a
spreadsheet program saves. LibreOffice computes the formulas and stores their values.

Run by hand, once, when a fixture changes (LibreOffice from Debian: apt-get install
libreoffice-calc); the files it makes are committed, so the tests need no LibreOffice.

    python3 Tests/LenteraImportTests/Workbooks/make-workbooks.py [NAME…]

(with names, only those fixtures are made again).

The sheets follow the layout the Indonesian survey apps produce and teams copy by hand
("PENGOLAHAN INDEKS KEPUASAN PER RESPONDEN DAN UNSUR PELAYANAN"): title rows, the number
of respondents, a header of P1 … P9 under a merged "Nilai Unsur Pelayanan", one row per
respondent, then the sheet's own JP, NRR, weighted NRR, IKM and category. The element
totals are those of the worked check in the domain reference (29 respondents: 105, 101,
100, 116, 102, 105, 106, 105, 115), so the IKM is 91.475 with exact weights and 91.384
with 0,111. Names and telephone numbers are planted in every respondent row: they must
never reach a result.
"""
import os, subprocess, sys, tempfile, shutil
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TOTALS = [105, 101, 100, 116, 102, 105, 106, 105, 115]
RESPONDENTS = 29
NAMES = ["Siti Rahayu", "Budi Santoso", "Agus Salim", "Dewi Lestari", "Rina Wati", "Joko Widodo", "Ani Yudhoyono",
         "Bambang Pamungkas", "Citra Kirana", "Dian Sastro", "Eko Patrio", "Fajar Nugraha", "Gita Gutawa",
         "Hendra Setiawan", "Indah Permata", "Jaka Tarub", "Kartika Putri", "Lukman Hakim", "Maya Sari", "Nadia Utami",
         "Oki Setiana", "Putri Ayu", "Rudi Hartono", "Sri Mulyani", "Taufik Hidayat", "Umar Bakri", "Vina Panduwinata",
         "Wulan Guritno", "Yusuf Mansur"]

def answers():
    """Rows of answers whose column totals are TOTALS: 4 for the first (total − 87) respondents, 3 after."""
    rows = []
    for r in range(RESPONDENTS):
        rows.append([4 if r < t - 3 * RESPONDENTS else 3 for t in TOTALS])
    for c, t in enumerate(TOTALS):
        assert sum(row[c] for row in rows) == t
    return rows

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"')

STYLES = '''<office:automatic-styles>
<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N3"><number:number number:decimal-places="3" number:min-decimal-places="3" number:min-integer-digits="1"/></number:number-style>
<number:date-style style:name="D1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
<style:style style:name="ce3" style:family="table-cell" style:data-style-name="N3"/>
<style:style style:name="ced" style:family="table-cell" style:data-style-name="D1"/>
</office:automatic-styles>'''

def cell(value=None, formula=None, style=None, cols=1, rows=1, kind=None):
    attrs = []
    if style: attrs.append(f'table:style-name="{style}"')
    if cols > 1: attrs.append(f'table:number-columns-spanned="{cols}"')
    if rows > 1: attrs.append(f'table:number-rows-spanned="{rows}"')
    if formula: attrs.append(f'table:formula="{escape(formula, {chr(34): "&quot;"})}"')
    body = ''
    if kind == 'date':
        attrs.append(f'office:value-type="date" office:date-value="{value}"')
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        attrs.append(f'office:value-type="float" office:value="{value}"')
        body = f'<text:p>{value}</text:p>'
    elif value is not None:
        attrs.append('office:value-type="string"')
        body = f'<text:p>{escape(value)}</text:p>'
    elif formula:
        attrs.append('office:value-type="float"')
    return f'<table:table-cell {" ".join(attrs)}>{body}</table:table-cell>'

def covered(n=1):
    return '<table:covered-table-cell/>' * n

COL = "ABCDEFGHIJKLMNOP"

def processing_sheet(name, weight_formula, unit="Dinas Contoh", rows=None, service_column=None):
    """The sheet of the survey apps' layout; `weight_formula(col)` gives the weighted NRR of a column."""
    rows = rows or answers()
    n = len(rows)
    first, last = 6, 6 + n - 1
    extra = [] if service_column is None else ["Layanan"]
    out = [f'<table:table table:name="{escape(name)}">']
    def row(cells): out.append('<table:table-row>' + ''.join(cells) + '</table:table-row>')
    row([cell("PENGOLAHAN INDEKS KEPUASAN PER RESPONDEN DAN UNSUR PELAYANAN", cols=10), covered(9)])
    row([cell(f"Unit Pelayanan: {unit}")])
    row([cell("Jumlah Responden"), cell(n)])
    row([cell("No Urut Responden", rows=2), cell("Nilai Unsur Pelayanan", cols=9), covered(8),
         cell("Tanggal", rows=2), cell("Nama", rows=2), cell("Telepon", rows=2), cell("Jenis Kelamin", rows=2)]
        + [cell(h, rows=2) for h in extra])
    row([covered()] + [cell(f"P{i}") for i in range(1, 10)] + [covered(4 + len(extra))])
    for r, answers_ in enumerate(rows):
        sex = "L" if r % 3 else "P"
        service = [] if service_column is None else [cell(service_column(r))]
        row([cell(r + 1)] + [cell(a) for a in answers_]
            + [cell(f"2024-0{1 + r % 3}-{10 + r % 18}", kind='date', style='ced'), cell(NAMES[r % len(NAMES)]),
               cell(f"0812-3456-{7000 + r}"), cell(sex)] + service)
    jp, nrr, weighted, ikm = last + 1, last + 2, last + 3, last + 4
    row([cell("Jumlah Nilai per Parameter (JP)")] + [cell(formula=f"of:=SUM([.{c}{first}:.{c}{last}])") for c in COL[1:10]])
    row([cell("Nilai Rata-rata (NRR) per Parameter")] + [cell(formula=f"of:=[.{c}{jp}]/[.$B$3]", style="ce3") for c in COL[1:10]])
    row([cell("Nilai Indeks per Parameter")] + [cell(formula=weight_formula(c, nrr), style="ce3") for c in COL[1:10]])
    row([cell("Indeks Kepuasan Masyarakat (IKM)"), cell(formula=f"of:=SUM([.B{weighted}:.J{weighted}])*25", style="ce2", cols=9), covered(8)])
    row([cell("Kategori Penilaian Kepuasan Pelayanan"),
         cell(formula=f'of:=IF([.B{ikm}]>=88.31;"A (Sangat Baik)";IF([.B{ikm}]>=76.61;"B (Baik)";IF([.B{ikm}]>=65;"C (Kurang Baik)";"D (Tidak Baik)")))', cols=9),
         covered(8)])
    out.append('</table:table>')
    return '\n'.join(out)

def document(tables):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS}>\n{STYLES}\n'
            f'<office:body><office:spreadsheet>\n' + '\n'.join(tables) + '\n</office:spreadsheet></office:body></office:document>\n')

def convert(fods, name, work):
    for target in ["xlsx", "ods"]:
        subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", work, fods], check=True, capture_output=True)
        shutil.copy(os.path.join(work, f"{name}.{target}"), os.path.join(HERE, f"{name}.{target}"))
    # As Excel's "CSV UTF-8" saves it in the Indonesian locale: semicolons, a byte order mark, CRLF.
    subprocess.run(["soffice", "--headless", "--convert-to", 'csv:Text - txt - csv (StarCalc):59,34,76,1', "--outdir", work, fods],
                   check=True, capture_output=True)
    text = open(os.path.join(work, f"{name}.csv"), encoding="utf-8").read().replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(HERE, f"{name}.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(text)

def main():
    work = tempfile.mkdtemp()
    fixtures = {
        # The exact weight, 1/9: the sheet agrees with Lentera.
        "pengolahan-ikm": [processing_sheet("Pengolahan", lambda c, nrr: f"of:=[.{c}{nrr}]/9")],
        # 0,111 in place of 1/9: the sheet's IKM is 91,38, Lentera's 91,475.
        "pengolahan-ikm-0111": [processing_sheet("Pengolahan", lambda c, nrr: f"of:=[.{c}{nrr}]*0.111")],
        # A column names each respondent's service, by name or by slug: odd rows one, even the other.
        "pengolahan-ikm-layanan": [processing_sheet("Pengolahan", lambda c, nrr: f"of:=[.{c}{nrr}]/9",
                                                    service_column=lambda r: "Izin Usaha" if r % 2 else "izin-reklame")],
    }
    wanted = sys.argv[1:]
    for name, tables in fixtures.items():
        if wanted and name not in wanted:
            continue
        fods = os.path.join(work, f"{name}.fods")
        with open(fods, "w", encoding="utf-8") as f:
            f.write(document(tables))
        convert(fods, name, work)
        print("made", name)
    shutil.rmtree(work)

if __name__ == "__main__":
    main()
