extension HugoLayouts {
    static let baseof = #"""
        <!DOCTYPE html>
        <html lang="{{ site.LanguageCode }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ with .Params.nama | default .Params.judul }}{{ . }} · {{ end }}{{ site.Title }}</title>
        <link rel="canonical" href="{{ .Permalink }}">
        <link rel="stylesheet" href="{{ "assets/style.css" | relURL }}">
        </head>
        <body>
        {{ partialCached "site-header.html" site }}
        {{ block "breadcrumbs" . }}{{ end }}
        <main id="isi">
        {{ block "main" . }}{{ end }}
        </main>
        {{ partialCached "site-footer.html" site }}
        </body>
        </html>
        """#

    /// The header and the footer of every page: the same on each, so made once.
    static let siteHeader = #"""
        <a class="skip" href="#isi">Langsung ke isi</a>
        <header class="site-header">
        {{ with site.Params.data_contoh }}<p class="example-notice"><strong>Data contoh.</strong> {{ . }}</p>{{ end }}
        <p class="site-title"><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p>
        <nav aria-label="Menu utama">
        <ul>
        <li><a href="{{ "/layanan/" | relURL }}">Layanan</a></li>
        <li><a href="{{ "/dasbor/" | relURL }}">Dasbor</a></li>
        <li><a href="{{ "/survei/" | relURL }}">Survei</a></li>
        <li><a href="{{ "/zona-integritas/" | relURL }}">Zona Integritas</a></li>
        <li><a href="{{ "/tentang/" | relURL }}">Tentang</a></li>
        </ul>
        </nav>
        </header>
        """#

    static let siteFooter = #"""
        <footer class="site-footer">
        <h2 class="footer-title">Pengaduan</h2>
        <ul class="channels">
        {{ range site.Params.kanal_pengaduan }}<li>{{ .nama }}{{ with .keterangan }} — {{ . }}{{ end }}</li>
        {{ end }}<li><a href="https://www.lapor.go.id/">SP4N-LAPOR!</a> — kanal pengaduan pelayanan publik nasional</li>
        </ul>
        {{ with site.Params.kontak }}<h2 class="footer-title">Kontak pengelola portal</h2>
        <dl class="facts">
        <div><dt>Alamat</dt><dd>{{ .alamat }}</dd></div>
        <div><dt>Telepon</dt><dd>{{ .telepon }}</dd></div>
        <div><dt>Surel</dt><dd><a href="mailto:{{ .email }}">{{ .email }}</a></dd></div>
        </dl>{{ end }}
        <p class="generator">{{ site.Title }} · dibuat dengan Hugo</p>
        </footer>
        """#

    static let home = #"""
        {{ define "main" }}
        <h1>{{ site.Title }}</h1>
        <div class="prose">{{ site.Params.deskripsi | markdownify }}</div>
        {{ $services := partialCached "services.html" "semua" }}
        <section aria-labelledby="angka">
        <h2 id="angka">Sekilas angka</h2>
        <dl class="figures">
        <div><dt>Instansi</dt><dd>{{ len site.Params.instansi }}</dd></div>
        <div><dt>Unit kerja</dt><dd>{{ len (site.GetPage "/unit").Sections }}</dd></div>
        <div><dt>Standar pelayanan</dt><dd>{{ len $services }}</dd></div>
        <div><dt>Layanan gratis</dt><dd>{{ len (where $services "Params.biaya" "Gratis") }}</dd></div>
        </dl>
        <p><a href="{{ "/layanan/" | relURL }}">Semua layanan</a> · <a href="{{ "/dasbor/" | relURL }}">Dasbor standar pelayanan</a></p>
        </section>
        <section aria-labelledby="unit-kerja">
        <h2 id="unit-kerja">Instansi dan unit kerja</h2>
        {{ $index := partialCached "children.html" "semua" }}
        {{ range site.Params.instansi }}
        <h3>{{ .nama }}</h3>
        {{ with $index.Get (printf "instansi:%s" .slug) }}<ul class="tree">
        {{ range sort . "Params.urutan" }}{{ partial "unit-tree.html" (dict "page" . "index" $index) }}
        {{ end }}</ul>{{ else }}<p>Belum ada unit kerja.</p>{{ end }}
        {{ end }}
        </section>
        <section aria-labelledby="informasi">
        <h2 id="informasi">Informasi</h2>
        <ul>{{ range where site.RegularPages "Type" "page" }}<li><a href="{{ .RelPermalink }}">{{ .Params.judul }}</a></li>{{ end }}</ul>
        </section>
        {{ end }}
        """#

    static let unit = #"""
        {{ define "breadcrumbs" }}{{ $parent := "" }}{{ with .Params.induk }}{{ $parent = site.GetPage (printf "/unit/%s" .) }}{{ end }}{{ partial "breadcrumbs.html" (dict "unit" $parent "title" .Params.nama) }}{{ end }}
        {{ define "main" }}
        {{ $slug := path.Base .RelPermalink }}
        {{ $instansi := partialCached "instansi.html" . .RelPermalink }}
        <h1>{{ .Params.nama }}</h1>
        <p class="lead">{{ .Params.jenis }} · {{ index site.Params.instansi_nama $instansi }}{{ with .Params.singkatan }} · {{ . }}{{ end }}</p>
        {{ with index site.Data.zona_integritas $instansi }}{{ range .predikat }}{{ if eq .unit $slug }}<p><a class="badge" href="#zona-integritas">Predikat Zona Integritas: Menuju {{ upper .predikat }} ({{ .tahun }}{{ with .pencabutan }}, dicabut {{ .tanggal }}{{ end }})</a></p>
        {{ end }}{{ end }}{{ end }}
        <section aria-labelledby="kontak">
        <h2 id="kontak">Kontak dan jam layanan</h2>
        <dl class="facts">
        {{ with .Params.alamat }}<div><dt>Alamat</dt><dd>{{ . }}</dd></div>{{ end }}
        {{ with .Params.telepon }}<div><dt>Telepon</dt><dd>{{ . }}</dd></div>{{ end }}
        {{ with .Params.email }}<div><dt>Surel</dt><dd><a href="mailto:{{ . }}">{{ . }}</a></dd></div>{{ end }}
        {{ with .Params.situs }}<div><dt>Situs</dt><dd><a href="{{ . }}">{{ . }}</a></dd></div>{{ end }}
        {{ range .Params.jam_layanan }}<div><dt>{{ .hari }}</dt><dd>{{ .jam }}</dd></div>
        {{ end }}{{ with .Params.kepala }}<div><dt>Kepala</dt><dd>{{ .nama }}{{ with .jabatan }}, {{ . }}{{ end }}</dd></div>{{ end }}
        </dl>
        </section>
        <section aria-labelledby="layanan">
        <h2 id="layanan">Layanan</h2>
        {{ with where .RegularPages "Type" "layanan" }}<ul class="cards">
        {{ range sort . "Params.nama" }}{{ partial "service-card.html" . }}
        {{ end }}</ul>{{ else }}<p>Unit ini belum menerbitkan standar pelayanan.</p>{{ end }}
        </section>
        {{ with where .RegularPages "Type" "sop" }}<section aria-labelledby="sop">
        <h2 id="sop">Standar operasional prosedur</h2>
        <ul>{{ range sort . "Params.judul" }}<li><a href="{{ .RelPermalink }}">{{ .Params.judul }}</a> ({{ len .Params.langkah }} langkah)</li>{{ end }}</ul>
        </section>{{ end }}
        {{ with index site.Data.survei $slug }}{{ partial "unit-survey.html" . }}{{ end }}
        {{ with index site.Data.kinerja $slug }}{{ partial "unit-performance.html" . }}{{ end }}
        {{ with site.GetPage (printf "/unit/%s/maklumat" $slug) }}<section aria-labelledby="maklumat">
        <h2 id="maklumat">{{ .Params.judul | default "Maklumat Pelayanan" }}</h2>
        <div class="maklumat prose">{{ .Content }}</div>
        <p class="signature">{{ with .Params.tempat }}{{ . }}, {{ end }}{{ time.Format "2 January 2006" .Params.tanggal }}<br>{{ .Params.penandatangan.nama }}{{ with .Params.penandatangan.jabatan }}<br>{{ . }}{{ end }}</p>
        <p><a href="{{ .RelPermalink }}">Halaman maklumat untuk dicetak</a></p>
        </section>{{ end }}
        {{ with .Content }}<section aria-labelledby="profil">
        <h2 id="profil">Profil</h2>
        <div class="prose">{{ . }}</div>
        </section>{{ end }}
        {{ $index := partialCached "children.html" "semua" }}
        {{ with $index.Get $slug }}<section aria-labelledby="sub-unit">
        <h2 id="sub-unit">Unit di bawahnya</h2>
        <ul>{{ range sort . "Params.urutan" }}<li><a href="{{ .RelPermalink }}">{{ .Params.nama }}</a></li>
        {{ end }}</ul>
        </section>{{ end }}
        <section aria-labelledby="pengaduan">
        <h2 id="pengaduan">Pengaduan, saran dan masukan</h2>
        <ul class="channels">
        <li>Langsung ke unit ini melalui kontak di atas.</li>
        {{ range site.Params.kanal_pengaduan }}<li>{{ .nama }}{{ with .keterangan }} — {{ . }}{{ end }}</li>
        {{ end }}<li><a href="https://www.lapor.go.id/">SP4N-LAPOR!</a></li>
        </ul>
        </section>
        {{ end }}
        """#

    static let service = #"""
        {{ define "breadcrumbs" }}{{ partial "breadcrumbs.html" (dict "unit" .Parent "title" .Params.nama) }}{{ end }}
        {{ define "main" }}
        <article class="service">
        <h1>{{ .Params.nama }}</h1>
        <p class="lead">Standar pelayanan <a href="{{ .Parent.RelPermalink }}">{{ .Parent.Params.nama }}</a></p>
        {{ with .Params.ringkasan }}<p>{{ . }}</p>{{ end }}
        <dl class="facts glance">
        <div><dt>Waktu</dt><dd>{{ partial "duration.html" .Params.jangka_waktu }}</dd></div>
        <div><dt>Biaya</dt><dd>{{ partial "cost-summary.html" .Params.biaya }}</dd></div>
        </dl>
        <p class="completeness">{{ partialCached "completeness.html" . .RelPermalink }}.</p>
        {{ with .Content }}<div class="prose">{{ . }}</div>{{ end }}
        {{ $params := .Params }}
        <section aria-labelledby="penyampaian">
        <h2 id="penyampaian">Penyampaian pelayanan</h2>
        {{ range $number, $component := first 6 site.Params.komponen }}{{ template "komponen" (dict "key" .kunci "title" .judul "number" (add $number 1) "value" (index $params .kunci)) }}{{ end }}
        </section>
        <section aria-labelledby="pengelolaan">
        <h2 id="pengelolaan">Pengelolaan pelayanan</h2>
        {{ range $number, $component := after 6 site.Params.komponen }}{{ template "komponen" (dict "key" .kunci "title" .judul "number" (add $number 7) "value" (index $params .kunci)) }}{{ end }}
        </section>
        <section aria-labelledby="penetapan">
        <h2 id="penetapan">Penetapan</h2>
        {{ with .Params.ditetapkan }}<p>Ditetapkan dengan {{ with .url }}<a href="{{ . }}">{{ $.Params.ditetapkan.nomor }}</a>{{ else }}{{ .nomor }}{{ end }}{{ with .tentang }} tentang {{ . }}{{ end }}{{ with .tanggal }}, tanggal {{ time.Format "2 January 2006" . }}{{ end }}.</p>
        {{ else }}<p class="missing">Keputusan yang menetapkan standar pelayanan ini belum dicantumkan.</p>{{ end }}
        </section>
        </article>
        {{ end }}
        """# + "\n" + component

    /// One of the 14 components, its list items, and one item's text: templates of the
    /// service page itself (`template` is a plain Go template call, without the lookup and
    /// bookkeeping of a Hugo partial, which the metrics showed at 14 calls a page). An item
    /// goes through Goldmark only when it holds a character Markdown could read as syntax,
    /// or opens like a block: the rule of Lentera's `MarkdownRenderer.plainInline`.
    static let component = #"""
        {{ define "komponen" }}<section class="component" id="{{ .key }}" aria-labelledby="{{ .key }}-judul">
        <h3 id="{{ .key }}-judul"><span class="number">{{ .number }}.</span> {{ .title }}</h3>
        {{ $value := .value }}
        {{- if not $value }}<p class="missing">Belum dicantumkan dalam standar pelayanan.</p>
        {{ else if eq .key "jangka_waktu" }}<p class="value">{{ partial "duration.html" $value }}</p>
        {{ else if eq .key "biaya" }}{{ if reflect.IsMap $value }}
        <table>
        <caption>Tarif</caption>
        <thead><tr><th scope="col">Uraian</th><th scope="col">Jumlah</th></tr></thead>
        <tbody>
        {{ range $value.tarif }}<tr><th scope="row">{{ .uraian }}</th><td class="num">Rp{{ lang.FormatNumber 0 .jumlah }}</td></tr>
        {{ end }}</tbody>
        </table>
        {{ with $value.dasar_hukum }}<p>Dasar hukum tarif: {{ . }}</p>{{ end }}{{ else }}<p class="value">{{ $value }}</p>{{ end }}
        {{ else if eq .key "jumlah_pelaksana" }}<p class="value">{{ $value }}</p>
        {{ else }}{{ $items := $value }}{{ if not (reflect.IsSlice $value) }}{{ $items = slice $value }}{{ end -}}
        {{ if eq .key "persyaratan" }}<ul class="checklist">
        {{ range $items }}{{ if reflect.IsMap . }}<li class="group"><span class="group-title">{{ template "sebaris" .kelompok }}</span>
        <ul>
        {{ range .butir }}<li><label><input type="checkbox"> {{ template "sebaris" . }}</label></li>
        {{ end }}</ul></li>
        {{ else }}<li><label><input type="checkbox"> {{ template "sebaris" . }}</label></li>
        {{ end }}{{ end }}</ul>
        {{ else if eq .key "prosedur" }}<ol class="steps">
        {{ range $items }}{{ template "butir" . }}{{ end }}</ol>
        {{ else }}<ul>
        {{ range $items }}{{ template "butir" . }}{{ end }}</ul>
        {{ end }}{{ end -}}
        </section>{{ end }}
        {{ define "butir" }}{{ if reflect.IsMap . }}<li class="group"><span class="group-title">{{ template "sebaris" .kelompok }}</span>
        <ul>
        {{ range .butir }}<li>{{ template "sebaris" . }}</li>
        {{ end }}</ul></li>
        {{ else }}<li>{{ template "sebaris" . }}</li>
        {{ end }}{{ end }}
        {{ define "sebaris" }}{{ if findRE "^[-+= ]|^[0-9]+[.)]|[\\\\`*_\\[\\]<>&#|~!]| $" . 1 }}{{ . | markdownify }}{{ else }}{{ . }}{{ end }}{{ end }}
        """#
}
