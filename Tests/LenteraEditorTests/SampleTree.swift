import LenteraContent
@testable import LenteraEditor

/// Trees for the form tests: one generated from the table with every field filled (every
/// list with an item of each shape it may take), and a few as real files hold them.
enum SampleTree {
    static func of(_ kind: ContentKind) -> ContentTree { sample(.fields(kind.fields), key: kind.name) }

    static func sample(_ shape: FieldShape, key: String) -> ContentTree {
        switch shape {
        case .text: .text("Contoh \(key)")
        case .markdown: .text("Teks **\(key)**.\n\nParagraf kedua.")
        case .date: .text("2026-01-02")
        case .slug: .text("contoh-\(key.replacingOccurrences(of: "_", with: "-"))")
        case .url: .text("https://contoh.go.id/\(key)")
        case .email: .text("\(key)@contoh.go.id")
        case .choice(let values): .text(values[0])
        case .pattern(_, let example): .text(example)
        case .wholeNumber: .text("3")
        case .number: .text("3,5")
        case .rupiah: .text("5.000")
        case .boolean: .text("true")
        case .list(let item, _): .list(FormSchema.variants(of: item).map { sample($0, key: key) })
        case .fields(let set): .fields(set.fields.map { ContentField($0.key, sample($0.shape, key: $0.key)) })
        case .map(let value, _): .fields([ContentField("K1", sample(value, key: key))])
        case .either(let shapes):
            switch EitherLayout(shapes) {
            case .scalar(let scalars): sample(scalars[0], key: key)
            case .merged(let set), .alternative(_, let set): sample(.fields(set), key: key)
            }
        }
    }

    /// Calls `body` with the form path of every field (with its spec), list item and map row of `tree`.
    static func walk(_ tree: ContentTree?, shape: FieldShape, at path: FieldPath, _ body: (FieldPath, FieldSpec?) -> Void) {
        guard let tree else { return }
        switch shape {
        case .fields(let set):
            for spec in set.fields {
                guard let child = tree[spec.key] else { continue }
                body(path.appending(spec.key), spec)
                walk(child, shape: spec.shape, at: path.appending(spec.key), body)
            }
        case .list(let item, _):
            guard case .list(let items) = tree else { return }
            for (index, value) in items.enumerated() {
                body(path.appending(index), nil)
                var itemShape = item
                if case .either = item { itemShape = value.text == nil ? .fields(item.fieldSet!) : .text }
                walk(value, shape: itemShape, at: path.appending(index), body)
            }
        case .map(let value, _):
            guard case .fields(let rows) = tree else { return }
            for (index, row) in rows.enumerated() {
                body(path.appending(index), nil)
                walk(row.value, shape: value, at: path.appending(index), body)
            }
        case .either:
            if case .fields = tree, let set = shape.fieldSet { walk(tree, shape: .fields(set), at: path, body) }
        default:
            break
        }
    }

    static func lines(_ items: String...) -> ContentTree { .list(items.map(ContentTree.text)) }

    /// A service as `units/…/layanan/*.md` holds one, its body under `keterangan`.
    static let service = ContentTree.fields([
        ContentField("nama", .text("Penerbitan KTP-el")),
        ContentField("nama_singkat", .text("KTP-el")),
        ContentField("ringkasan", .text("KTP-el untuk penduduk yang berumur 17 tahun atau sudah menikah.")),
        ContentField("ditetapkan", .fields([ContentField("nomor", .text("Keputusan Kepala Dinas Nomor 1 Tahun 2024")),
                                            ContentField("tanggal", .text("2024-01-15")),
                                            ContentField("url", .text("https://contoh.go.id/sk.pdf"))])),
        ContentField("diperbarui", .text("2024-06-01")),
        ContentField("persyaratan", .list([.text("Fotokopi Kartu Keluarga"),
                                           .fields([ContentField("kelompok", .text("Penduduk pindahan")),
                                                    ContentField("butir", lines("Surat pindah", "Surat keterangan"))])])),
        ContentField("prosedur", lines("Pemohon datang ke loket", "Petugas memeriksa berkas", "Perekaman biometrik")),
        ContentField("jangka_waktu", .fields([ContentField("teks", .text("Paling lama 14 hari kerja")), ContentField("durasi", .text("14 hari kerja"))])),
        ContentField("biaya", .text("Gratis")),
        ContentField("produk", lines("KTP-el")),
        ContentField("pengaduan", lines("SP4N-LAPOR! di lapor.go.id", "Kotak saran di loket")),
        ContentField("dasar_hukum", lines("UU 24/2013 tentang Administrasi Kependudukan")),
        ContentField("jumlah_pelaksana", .text("3 orang")),
        ContentField("keterangan", .text("Layanan ini **gratis**.\n\n- Bawa berkas asli\n- Datang sendiri")),
    ])

    static let unit = ContentTree.fields([
        ContentField("nama", .text("Dinas Kependudukan dan Pencatatan Sipil")),
        ContentField("jenis", .text("dinas")),
        ContentField("instansi", .text("kota-contoh")),
        ContentField("singkatan", .text("Disdukcapil")),
        ContentField("telepon", .text("(0511) 000 0001")),
        ContentField("email", .text("dukcapil@contoh.go.id")),
        ContentField("jam_layanan", .list([.fields([ContentField("hari", .text("Senin–Kamis")), ContentField("jam", .text("08.00–15.00"))]),
                                           .fields([ContentField("hari", .text("Jumat")), ContentField("jam", .text("08.00–11.00"))])])),
        ContentField("kepala", .fields([ContentField("nama", .text("Budi Santoso")), ContentField("nip", .text("197001012000031001"))])),
        ContentField("profil", .text("Dinas ini melayani **administrasi kependudukan**.")),
    ])

    static let maklumat = ContentTree.fields([
        ContentField("tanggal", .text("2020-01-02")),
        ContentField("tempat", .text("Kota Contoh")),
        ContentField("penandatangan", .fields([ContentField("nama", .text("Budi Santoso")), ContentField("jabatan", .text("Kepala Dinas"))])),
        ContentField("pindaian", .text("berkas/maklumat-ttd.pdf")),
        ContentField("teks", .text("Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.")),
    ])

    static let page = ContentTree.fields([
        ContentField("judul", .text("Tentang portal")),
        ContentField("urutan", .text("2")),
        ContentField("isi", .text("# Tentang\n\nPortal ini memuat standar pelayanan.\n\n    kode dengan spasi di depan")),
    ])
}
