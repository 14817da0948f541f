extension HugoLayouts {
    static let servicesIndex = #"""
        {{ define "main" }}
        {{ $services := where site.RegularPages "Type" "layanan" }}
        <h1>Daftar Layanan</h1>
        <p>{{ len $services }} standar pelayanan. Lihat <a href="#per-unit">menurut unit kerja</a> atau <a href="#a-z">menurut abjad</a>.</p>
        <section aria-labelledby="per-unit">
        <h2 id="per-unit">Menurut unit kerja</h2>
        {{ range sort (site.GetPage "/unit").Sections "Params.nama" }}{{ with where .RegularPages "Type" "layanan" }}
        <h3><a href="{{ (index . 0).Parent.RelPermalink }}">{{ (index . 0).Parent.Params.nama }}</a></h3>
        <ul class="cards">
        {{ range sort . "Params.nama" }}{{ partial "service-card.html" . }}
        {{ end }}</ul>
        {{ end }}{{ end }}
        </section>
        <section aria-labelledby="a-z">
        <h2 id="a-z">Menurut abjad</h2>
        {{ $letter := "" }}
        {{ range sort $services "Params.nama" }}{{ $first := upper (substr .Params.nama 0 1) }}{{ if ne $first $letter }}{{ if $letter }}</ul>
        {{ end }}<h3 id="huruf-{{ lower $first }}">{{ $first }}</h3>
        <ul>
        {{ $letter = $first }}{{ end }}<li><a href="{{ .RelPermalink }}">{{ .Params.nama }}</a> — {{ .Parent.Params.nama }}</li>
        {{ end }}{{ if $letter }}</ul>{{ end }}
        </section>
        {{ end }}
        """#

    static let maklumat = #"""
        {{ define "breadcrumbs" }}{{ partial "breadcrumbs.html" (dict "unit" .Parent "title" (.Params.judul | default "Maklumat Pelayanan")) }}{{ end }}
        {{ define "main" }}
        <article class="maklumat">
        <h1>{{ .Params.judul | default "Maklumat Pelayanan" }}</h1>
        <p class="lead">{{ .Parent.Params.nama }}</p>
        <div class="prose">{{ .Content }}</div>
        <p class="signature">{{ with .Params.tempat }}{{ . }}, {{ end }}{{ time.Format "2 January 2006" .Params.tanggal }}<br>{{ .Params.penandatangan.nama }}{{ with .Params.penandatangan.jabatan }}<br>{{ . }}{{ end }}{{ with .Params.penandatangan.nip }}<br>NIP {{ . }}{{ end }}</p>
        </article>
        {{ end }}
        """#

    static let sop = #"""
        {{ define "breadcrumbs" }}{{ partial "breadcrumbs.html" (dict "unit" .Parent "title" .Params.judul) }}{{ end }}
        {{ define "main" }}
        <article class="sop">
        <h1>{{ .Params.judul }}</h1>
        <p class="lead">{{ .Parent.Params.nama }}{{ with .Params.nomor }} · Nomor {{ . }}{{ end }}</p>
        {{ with .Params.penetapan }}<p>Ditetapkan dengan {{ .nomor }}, tanggal {{ time.Format "2 January 2006" .tanggal }}, oleh {{ .oleh }}.</p>{{ end }}
        {{ $actors := .Params.pelaksana }}
        <div class="table-scroll">
        <table>
        <caption>Langkah {{ .Params.judul }}</caption>
        <thead><tr><th scope="col">No.</th><th scope="col">Kegiatan</th>{{ range $actors }}<th scope="col">{{ . }}</th>{{ end }}<th scope="col">Kelengkapan</th><th scope="col">Waktu</th><th scope="col">Output</th><th scope="col">Keterangan</th></tr></thead>
        <tbody>
        {{ range $number, $step := .Params.langkah }}<tr><th scope="row">{{ add $number 1 }}</th><td>{{ $step.kegiatan }}</td>{{ range $actors }}<td>{{ if eq (lower .) (lower $step.pelaksana) }}{{ . }}{{ end }}</td>{{ end }}<td>{{ $step.kelengkapan }}</td><td>{{ $step.waktu }}</td><td>{{ $step.output }}</td><td>{{ with $step.sop }}<a href="../{{ . }}/">{{ $step.keterangan | default . }}</a>{{ else }}{{ $step.keterangan }}{{ end }}</td></tr>
        {{ end }}</tbody>
        </table>
        </div>
        <p>{{ len .Params.langkah }} langkah.</p>
        </article>
        {{ end }}
        """#

    static let dashboard = #"""
        {{ define "main" }}
        {{ $services := where site.RegularPages "Type" "layanan" }}
        <h1>Dasbor Standar Pelayanan</h1>
        <dl class="figures">
        <div><dt>Standar pelayanan</dt><dd>{{ len $services }}</dd></div>
        <div><dt>Layanan gratis</dt><dd>{{ len (where $services "Params.biaya" "Gratis") }}</dd></div>
        <div><dt>Ditetapkan</dt><dd>{{ len (where $services "Params.ditetapkan" "!=" nil) }}</dd></div>
        </dl>
        <section aria-labelledby="kelengkapan-unit">
        <h2 id="kelengkapan-unit">Kelengkapan per unit kerja</h2>
        <table>
        <caption>Kelengkapan standar pelayanan per unit kerja</caption>
        <thead><tr><th scope="col">Unit kerja</th><th scope="col">Layanan</th><th scope="col">Gratis</th><th scope="col">Ditetapkan</th></tr></thead>
        <tbody>
        {{ range sort (site.GetPage "/unit").Sections "Params.nama" }}{{ with where .RegularPages "Type" "layanan" }}<tr><th scope="row"><a href="{{ (index . 0).Parent.RelPermalink }}">{{ (index . 0).Parent.Params.nama }}</a></th><td class="num">{{ len . }}</td><td class="num">{{ len (where . "Params.biaya" "Gratis") }}</td><td class="num">{{ len (where . "Params.ditetapkan" "!=" nil) }}</td></tr>
        {{ end }}{{ end }}</tbody>
        </table>
        </section>
        {{ end }}
        """#

    static let surveyDashboard = #"""
        {{ define "main" }}
        <h1>Dasbor Survei</h1>
        <table>
        <caption>Indeks terakhir per unit kerja</caption>
        <thead><tr><th scope="col">Unit kerja</th><th scope="col">Periode</th><th scope="col">Responden</th><th scope="col">IKM</th></tr></thead>
        <tbody>
        {{ range $slug, $results := site.Data.survei }}{{ $latest := "" }}{{ range $name, $result := $results }}{{ if eq $result.jenis "skm" }}{{ $latest = $result }}{{ end }}{{ end }}{{ with $latest }}{{ $unit := site.GetPage (printf "/unit/%s" $slug) }}<tr><th scope="row"><a href="{{ $unit.RelPermalink }}">{{ $unit.Params.nama }}</a></th><td>{{ .periode }}</td><td class="num">{{ .responden }}</td><td class="num">{{ lang.FormatNumber 2 (partial "survey-index.html" .) }}</td></tr>
        {{ end }}{{ end }}</tbody>
        </table>
        {{ end }}
        """#

    static let ziDashboard = #"""
        {{ define "main" }}
        <h1>Zona Integritas</h1>
        {{ range site.Params.instansi }}{{ $record := index site.Data.zona_integritas .slug }}
        <section id="{{ .slug }}">
        <h2>{{ .nama }}</h2>
        {{ with $record }}{{ $predicates := .predikat | default slice }}
        <p>Jumlah unit: {{ .jumlah_unit | default "belum diketahui" }}. Predikat: {{ len (where $predicates "predikat" "wbk") }} Menuju WBK, {{ len (where $predicates "predikat" "wbbm") }} Menuju WBBM.</p>
        <table>
        <caption>Usulan kepada TPN per tahun</caption>
        <thead><tr><th scope="col">Tahun</th><th scope="col">Unit diusulkan</th></tr></thead>
        <tbody>
        {{ range .usulan }}<tr><th scope="row">{{ .tahun }}</th><td class="num">{{ len .unit }}</td></tr>
        {{ end }}</tbody>
        </table>
        <ul>{{ range $predicates }}<li>{{ with site.GetPage (printf "/unit/%s" .unit) }}<a href="{{ .RelPermalink }}">{{ .Params.nama }}</a>{{ end }}: Menuju {{ upper .predikat }} {{ .tahun }} ({{ .sk.nomor }})</li>
        {{ end }}</ul>
        {{ else }}<p>Belum ada data Zona Integritas.</p>{{ end }}
        </section>
        {{ end }}
        {{ end }}
        """#
}
