extension HugoLayouts {
    /// `/layanan/`, and on a large portal `/layanan/<instansi>/`, as Lentera writes them: on a
    /// portal of more than 1,000 services in several instansi the index links to a page per
    /// instansi (the twin writes a section for each), each with its services A–Z and its
    /// units with their counts; on a smaller one the index itself lists them. No service
    /// cards: they are on the unit pages, as in Lentera's theme.
    static let servicesIndex = #"""
        {{ define "main" }}
        {{ $byInstansi := partialCached "units-by-instansi.html" "semua" }}
        {{ with .Params.instansi }}{{ $services := slice }}{{ range $byInstansi.Get . }}{{ $services = $services | append (where .RegularPages "Type" "layanan") }}{{ end -}}
        {{ partial "services-az.html" (dict "heading" (printf "Daftar Layanan — %s" (index site.Params.instansi_nama .)) "services" $services "units" (sort ($byInstansi.Get .) "Params.nama")) }}
        {{ else }}{{ $services := partialCached "services.html" "semua" }}{{ with .Sections }}
        <h1>Daftar Layanan</h1>
        <p>{{ len $services }} standar pelayanan. Pilih instansi:</p>
        <ul class="instansi-list">
        {{ range sort . "Params.urutan" }}{{ $count := 0 }}{{ range $byInstansi.Get .Params.instansi }}{{ $count = add $count (len (where .RegularPages "Type" "layanan")) }}{{ end }}<li><a href="{{ .RelPermalink }}">{{ index site.Params.instansi_nama .Params.instansi }}</a> — {{ $count }} layanan</li>
        {{ end }}</ul>
        {{ else }}{{ partial "services-az.html" (dict "heading" "Daftar Layanan" "services" $services "units" (sort (site.GetPage "/unit").Sections "Params.nama")) }}{{ end }}{{ end }}
        {{ end }}
        """#

    /// A list of services A–Z (with a jump list of their first letters) and the units with
    /// their number of services.
    static let servicesAZ = #"""
        {{ $sorted := sort .services "Params.nama" }}
        <h1>{{ .heading }}</h1>
        <p>{{ len $sorted }} standar pelayanan. Lihat <a href="#a-z">menurut abjad</a> atau <a href="#per-unit">menurut unit kerja</a>.</p>
        <section aria-labelledby="a-z">
        <h2 id="a-z">Menurut abjad</h2>
        {{ $letters := slice }}{{ range $sorted }}{{ $letters = $letters | append (upper (substr .Params.nama 0 1)) }}{{ end -}}
        <nav aria-label="Huruf"><ul class="letters">
        {{ range uniq $letters }}<li><a href="#huruf-{{ lower . }}">{{ . }}</a></li>
        {{ end }}</ul></nav>
        {{ $letter := "" }}
        {{ range $sorted }}{{ $first := upper (substr .Params.nama 0 1) }}{{ if ne $first $letter }}{{ if $letter }}</ul>
        {{ end }}<h3 id="huruf-{{ lower $first }}">{{ $first }}</h3>
        <ul class="az">
        {{ $letter = $first }}{{ end }}<li><a href="{{ .RelPermalink }}">{{ .Params.nama }}</a> <span class="meta">{{ .Parent.Params.nama }}</span></li>
        {{ end }}{{ if $letter }}</ul>{{ end }}
        </section>
        <section aria-labelledby="per-unit">
        <h2 id="per-unit">Menurut unit kerja</h2>
        <ul>
        {{ range .units }}{{ $unit := . }}{{ with where .RegularPages "Type" "layanan" }}<li><a href="{{ $unit.RelPermalink }}">{{ $unit.Params.nama }}</a> — {{ len . }} layanan</li>
        {{ end }}{{ end }}</ul>
        </section>
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

    /// The IKM calculation sheet of one unit and period, from the same data file.
    static let calculation = #"""
        {{ define "breadcrumbs" }}{{ partial "breadcrumbs.html" (dict "unit" .Parent "title" .Title) }}{{ end }}
        {{ define "main" }}
        <article class="calculation">
        <h1>{{ .Title }}</h1>
        <p class="lead">{{ .Parent.Params.nama }}</p>
        {{ with index site.Data.survei .Params.unit }}{{ with index . $.Params.hasil }}<p>Responden: {{ .responden }}</p>
        <div class="table-scroll">{{ partial "calculation-sheet.html" . }}</div>{{ end }}{{ end }}
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

    /// `/dasbor/`: counts per unit, or per instansi on a large portal (as Lentera's).
    static let dashboard = #"""
        {{ define "main" }}
        {{ $services := partialCached "services.html" "semua" }}
        <h1>Dasbor Standar Pelayanan</h1>
        <dl class="figures">
        <div><dt>Standar pelayanan</dt><dd>{{ len $services }}</dd></div>
        <div><dt>Layanan gratis</dt><dd>{{ len (where $services "Params.biaya" "Gratis") }}</dd></div>
        <div><dt>Ditetapkan</dt><dd>{{ len (where $services "Params.ditetapkan" "!=" nil) }}</dd></div>
        </dl>
        {{ $split := (site.GetPage "/layanan").Sections }}
        <section aria-labelledby="kelengkapan-unit">
        <h2 id="kelengkapan-unit">Kelengkapan per {{ if $split }}instansi{{ else }}unit kerja{{ end }}</h2>
        <table>
        <caption>Kelengkapan standar pelayanan per {{ if $split }}instansi{{ else }}unit kerja{{ end }}</caption>
        <thead><tr><th scope="col">{{ if $split }}Instansi{{ else }}Unit kerja{{ end }}</th><th scope="col">Layanan</th><th scope="col">Gratis</th><th scope="col">Ditetapkan</th></tr></thead>
        <tbody>
        {{ if $split }}{{ $byInstansi := partialCached "units-by-instansi.html" "semua" }}{{ range sort $split "Params.urutan" -}}
        {{ $count := 0 }}{{ $free := 0 }}{{ $decreed := 0 }}{{ range $byInstansi.Get .Params.instansi }}{{ with where .RegularPages "Type" "layanan" }}{{ $count = add $count (len .) }}{{ $free = add $free (len (where . "Params.biaya" "Gratis")) }}{{ $decreed = add $decreed (len (where . "Params.ditetapkan" "!=" nil)) }}{{ end }}{{ end -}}
        <tr><th scope="row"><a href="{{ .RelPermalink }}">{{ index site.Params.instansi_nama .Params.instansi }}</a></th><td class="num">{{ $count }}</td><td class="num">{{ $free }}</td><td class="num">{{ $decreed }}</td></tr>
        {{ end }}{{ else }}{{ range sort (site.GetPage "/unit").Sections "Params.nama" }}{{ with where .RegularPages "Type" "layanan" }}<tr><th scope="row"><a href="{{ (index . 0).Parent.RelPermalink }}">{{ (index . 0).Parent.Params.nama }}</a></th><td class="num">{{ len . }}</td><td class="num">{{ len (where . "Params.biaya" "Gratis") }}</td><td class="num">{{ len (where . "Params.ditetapkan" "!=" nil) }}</td></tr>
        {{ end }}{{ end }}{{ end }}</tbody>
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
