/// The Hugo twin's theme: layouts that print what Lentera's default theme prints for the
/// same page kinds (breadcrumbs through the unit tree, the unit's contacts and services
/// with time, cost and completeness, the 14 components with their lists rendered as
/// Markdown item by item, the maklumat, the SOP table, survey and performance tables),
/// written the way an experienced Hugo user would: Go templates over front matter and data
/// files, with what does not depend on the page computed once (`partialCached`: the header
/// and footer, each unit's breadcrumb trail and instansi, the lists of services and of
/// units per instansi and per parent, each service's completeness, shared by its page and
/// its card), and Goldmark asked only for the list items that hold Markdown syntax (the
/// rule Lentera follows before calling libcmark). `hugo --templateMetrics
/// --templateMetricsHints` on a 2,000-page twin chose these (docs/performance.md).
enum HugoLayouts {
    static let files: [(path: String, text: String)] = [
        ("layouts/_default/baseof.html", baseof),
        ("layouts/_default/single.html", #"""
            {{ define "main" }}<article>
            <h1>{{ .Params.judul }}</h1>
            {{ with .Params.ringkasan }}<p class="lead">{{ . }}</p>{{ end }}
            <div class="prose">{{ .Content }}</div>
            </article>{{ end }}
            """#),
        ("layouts/404.html", #"""
            {{ define "main" }}<h1>Halaman tidak ditemukan</h1>
            <p>Alamat yang Anda buka tidak ada di portal ini. Kembali ke <a href="{{ "/" | relURL }}">beranda</a> atau lihat <a href="{{ "/layanan/" | relURL }}">semua layanan</a>.</p>{{ end }}
            """#),
        ("layouts/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: {{ \"sitemap.xml\" | absURL }}\n"),
        ("layouts/index.html", home),
        ("layouts/unit/list.html", unit),
        ("layouts/layanan/single.html", service),
        ("layouts/layanan/list.html", servicesIndex),
        ("layouts/partials/services-az.html", servicesAZ),
        ("layouts/maklumat/single.html", maklumat),
        ("layouts/sop/single.html", sop),
        ("layouts/perhitungan/single.html", calculation),
        ("layouts/dasbor/list.html", dashboard),
        ("layouts/survei/list.html", surveyDashboard),
        ("layouts/zona-integritas/list.html", ziDashboard),
        ("layouts/partials/site-header.html", siteHeader),
        ("layouts/partials/site-footer.html", siteFooter),
        // A unit's trail, from the home page down to the unit itself: the same for the
        // unit's sub-units, services, maklumat and SOPs, so made once per unit.
        ("layouts/partials/trail.html", #"""
            {{- with .Params.induk }}{{ with site.GetPage (printf "/unit/%s" .) }}{{ partialCached "trail.html" . .RelPermalink }}{{ end }}{{ else }}<li><a href="{{ "/" | relURL }}">Beranda</a></li>
            {{ end }}<li><a href="{{ .RelPermalink }}">{{ .Params.nama }}</a></li>

            """#),
        ("layouts/partials/breadcrumbs.html", #"""
            <nav class="breadcrumbs" aria-label="Lokasi halaman">
            <ol>
            {{ with .unit }}{{ partialCached "trail.html" . .RelPermalink }}{{ else }}<li><a href="{{ "/" | relURL }}">Beranda</a></li>
            {{ end }}<li><span aria-current="page">{{ .title }}</span></li>
            </ol>
            </nav>
            """#),
        ("layouts/partials/instansi.html", #"""
            {{- $slug := .Params.instansi -}}
            {{- with .Params.induk }}{{ with site.GetPage (printf "/unit/%s" .) }}{{ $slug = partialCached "instansi.html" . .RelPermalink }}{{ end }}{{ end -}}
            {{- return $slug -}}
            """#),
        // Every service of the portal, once per build.
        ("layouts/partials/services.html", #"""
            {{- return where site.RegularPages "Type" "layanan" -}}
            """#),
        // Every unit by its instansi, once per build.
        ("layouts/partials/units-by-instansi.html", #"""
            {{- $index := newScratch -}}
            {{- range (site.GetPage "/unit").Sections -}}
            {{- $index.Add (partialCached "instansi.html" . .RelPermalink) (slice .) -}}
            {{- end -}}
            {{- return $index -}}
            """#),
        // Every unit by its parent (or `instansi:<slug>` for a top-level unit), built once per build.
        ("layouts/partials/children.html", #"""
            {{- $index := newScratch -}}
            {{- range (site.GetPage "/unit").Sections -}}
            {{- $key := .Params.induk | default (printf "instansi:%s" .Params.instansi) -}}
            {{- $index.Add $key (slice .) -}}
            {{- end -}}
            {{- return $index -}}
            """#),
        ("layouts/partials/unit-tree.html", #"""
            <li><a href="{{ .page.RelPermalink }}">{{ .page.Params.nama }}</a>
            {{- with .index.Get (path.Base .page.RelPermalink) }}
            <ul>
            {{ range sort . "Params.urutan" }}{{ partial "unit-tree.html" (dict "page" . "index" $.index) }}{{ end }}
            </ul>{{ end }}</li>
            """#),
        ("layouts/partials/duration.html", #"{{ if reflect.IsMap . }}{{ .teks }}{{ else }}{{ . }}{{ end }}"#),
        ("layouts/partials/cost-summary.html", #"""
            {{- if reflect.IsMap . }}{{ $sum := 0 }}{{ range .tarif }}{{ $sum = add $sum .jumlah }}{{ end }}Rp{{ lang.FormatNumber 0 $sum }}{{ else }}{{ . }}{{ end -}}
            """#),
        ("layouts/partials/completeness.html", #"""
            {{- $count := 0 }}{{ range site.Params.komponen }}{{ if isset $.Params .kunci }}{{ $count = add $count 1 }}{{ end }}{{ end -}}
            {{ $count }} dari 14 komponen{{ if lt $count 14 }} (belum lengkap){{ end -}}
            """#),
        ("layouts/partials/service-card.html", #"""
            <li>
            <a class="card-title" href="{{ .RelPermalink }}">{{ .Params.nama }}</a>
            {{ with .Params.ringkasan }}<p>{{ . }}</p>{{ end }}
            <dl class="facts compact">
            <div><dt>Waktu</dt><dd>{{ partial "duration.html" .Params.jangka_waktu }}</dd></div>
            <div><dt>Biaya</dt><dd>{{ partial "cost-summary.html" .Params.biaya }}</dd></div>
            <div><dt>Standar</dt><dd>{{ partialCached "completeness.html" . .RelPermalink }}</dd></div>
            </dl>
            </li>
            """#),
        // The IKM calculation sheet: per element the answers of each value, who answered,
        // JP, NRR, the weight and the weighted NRR; then the index, × 25, the mutu.
        ("layouts/partials/calculation-sheet.html", #"""
            {{- $result := . -}}
            {{- $count := len $result.jawaban -}}{{ $weight := div 1.0 $count }}{{ $index := 0.0 -}}
            <table>
            <caption>Jawaban, JP, NRR dan NRR tertimbang per unsur</caption>
            <thead><tr><th scope="col">Unsur</th><th scope="col">1</th><th scope="col">2</th><th scope="col">3</th><th scope="col">4</th><th scope="col">Yang menjawab</th><th scope="col">JP</th><th scope="col">NRR</th><th scope="col">Bobot</th><th scope="col">NRR × bobot</th></tr></thead>
            <tbody>
            {{ range $code, $counts := $result.jawaban }}{{ $total := 0 }}{{ $answered := 0 }}{{ range $answer, $n := $counts }}{{ $total = add $total (mul (add $answer 1) $n) }}{{ $answered = add $answered $n }}{{ end }}{{ $nrr := div (float $total) $answered }}{{ $index = add $index (mul $nrr $weight) }}<tr><th scope="row">{{ $code }}</th>{{ range $counts }}<td class="num">{{ . }}</td>{{ end }}<td class="num">{{ $answered }}</td><td class="num">{{ $total }}</td><td class="num">{{ lang.FormatNumber 3 $nrr }}</td><td class="num">1/{{ $count }}</td><td class="num">{{ lang.FormatNumber 4 (mul $nrr $weight) }}</td></tr>
            {{ end }}</tbody>
            </table>
            {{ $converted := mul $index 25 }}{{ $mutu := "D" }}{{ if ge $converted 88.31 }}{{ $mutu = "A" }}{{ else if ge $converted 76.61 }}{{ $mutu = "B" }}{{ else if ge $converted 65.0 }}{{ $mutu = "C" }}{{ end }}
            <dl><div><dt>IKM skala 1–4</dt><dd>{{ lang.FormatNumber 4 $index }}</dd></div><div><dt>IKM × 25</dt><dd>{{ lang.FormatNumber 4 $converted }}</dd></div><div><dt>Mutu</dt><dd>{{ $mutu }}</dd></div></dl>
            """#),
        ("layouts/partials/survey-index.html", #"""
            {{- $respondents := float .responden -}}
            {{- $sum := 0.0 }}{{ $elements := 0 -}}
            {{- range $code, $counts := .jawaban -}}
            {{- $total := 0 }}{{ range $answer, $count := $counts }}{{ $total = add $total (mul (add $answer 1) $count) }}{{ end -}}
            {{- $sum = add $sum (div $total $respondents) }}{{ $elements = add $elements 1 -}}
            {{- end -}}
            {{- $index := 0.0 -}}
            {{- if $elements }}{{ $index = div $sum $elements }}{{ end -}}
            {{- if eq .jenis "skm" }}{{ $index = mul $index 25 }}{{ else }}{{ $index = div (mul $index 4) 6 }}{{ end -}}
            {{- return $index -}}
            """#),
        ("layouts/partials/unit-survey.html", #"""
            <section aria-labelledby="survei">
            <h2 id="survei">Hasil survei</h2>
            <table>
            <caption>Survei per periode</caption>
            <thead><tr><th scope="col">Periode</th><th scope="col">Survei</th><th scope="col">Responden</th><th scope="col">Indeks</th></tr></thead>
            <tbody>
            {{ range $name, $result := . }}<tr><th scope="row">{{ $result.periode }}</th><td>{{ if eq $result.jenis "skm" }}SKM (IKM){{ else }}SPKP dan SPAK{{ end }}</td><td class="num">{{ $result.responden }}</td><td class="num">{{ lang.FormatNumber 2 (partial "survey-index.html" $result) }}</td></tr>
            {{ end }}</tbody>
            </table>
            </section>
            """#),
        ("layouts/partials/unit-performance.html", #"""
            <section aria-labelledby="kinerja">
            <h2 id="kinerja">Kinerja</h2>
            {{ range $period, $report := . }}
            <table>
            <caption>Indikator kinerja {{ $report.periode }}</caption>
            <thead><tr><th scope="col">Kode</th><th scope="col">Indikator</th><th scope="col">Target</th><th scope="col">Realisasi</th><th scope="col">Capaian</th></tr></thead>
            <tbody>
            {{ range $report.indikator }}{{ $target := .target }}<tr><th scope="row">{{ .kode }}</th><td>{{ .indikator }}{{ with .sasaran }}<br><small>{{ . }}</small>{{ end }}</td><td class="num">{{ .target }} {{ .satuan }}</td><td class="num">{{ with .realisasi }}{{ . }}{{ else }}Belum dilaporkan{{ end }}</td><td class="num">{{ with .realisasi }}{{ lang.FormatNumber 1 (mul (div (float .) $target) 100) }}%{{ end }}</td></tr>
            {{ end }}</tbody>
            </table>
            {{ end }}
            </section>
            """#),
        ("static/assets/style.css", """
            body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 60rem; padding: 0 1rem; }
            .breadcrumbs ol, .letters { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
            table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; }
            .num { text-align: right; } .missing { color: #a00; } .example-notice { background: #ffd; padding: .5rem; }

            """),
    ]
}
