/// Word lists the synthetic text is built from. Everything is invented; the laws named in
/// `laws` exist, but the portal never claims that a service rests on them.
enum Words {
    static let placeFirst = [
        "Tanjung", "Sungai", "Bukit", "Karang", "Muara", "Padang", "Lubuk", "Teluk", "Batu", "Pulau", "Rantau", "Tanah",
        "Kuala", "Air", "Talang", "Sumber", "Gunung", "Pasir", "Labuhan", "Ujung", "Kampung", "Danau", "Koto", "Pematang",
        "Simpang", "Tebing", "Sri", "Way", "Lembah", "Bandar",
    ]
    static let placeSecond = [
        "Sari", "Jaya", "Makmur", "Baru", "Indah", "Raya", "Permai", "Asri", "Lestari", "Sejahtera", "Harapan", "Mulya",
        "Agung", "Rejo", "Selatan", "Utara", "Timur", "Barat", "Tengah", "Hilir", "Hulu", "Merah", "Putih", "Hijau",
        "Emas", "Kencana", "Mandiri", "Sentosa", "Bahagia", "Damai",
    ]
    static let firstNames = [
        "Ahmad", "Siti", "Nur", "Rizky", "Dewi", "Budi", "Aulia", "Hendra", "Maya", "Arif", "Rina", "Yusuf", "Fitri", "Agus",
        "Lestari", "Dedi", "Wahyu", "Sri", "Eko", "Indah", "Bambang", "Ratna", "Teguh", "Yulia", "Fajar", "Nanda", "Imam", "Desi",
    ]
    static let lastNames = [
        "Hidayat", "Rahmawati", "Saputra", "Pratama", "Wulandari", "Santoso", "Fauzi", "Kurniawan", "Siregar", "Nasution",
        "Lubis", "Harahap", "Sembiring", "Wijaya", "Setiawan", "Purnamasari", "Syahputra", "Hakim", "Ramadhan", "Permana",
    ]
    static let degrees = ["S.Sos.", "S.E., M.M.", "S.T., M.T.", "S.H., M.H.", "S.Kom., M.Kom.", "S.Pd., M.Pd.", "S.STP., M.Si.", "dr., M.Kes.", "S.Kep., Ners"]

    static let verbs = [
        "Penerbitan", "Perpanjangan", "Perubahan", "Penggantian", "Legalisasi", "Pendaftaran", "Verifikasi", "Rekomendasi",
        "Pencabutan", "Konsultasi", "Pemutakhiran", "Pelayanan",
    ]

    static let documents = [
        "Kartu Tanda Penduduk Elektronik (KTP-el)", "Kartu Keluarga", "Nomor Pokok Wajib Pajak (NPWP)", "akta pendirian badan usaha",
        "sertifikat tanah atau bukti penguasaan lahan", "ijazah terakhir", "surat izin yang lama", "surat keterangan domisili dari kelurahan",
        "bukti pembayaran Pajak Bumi dan Bangunan tahun berjalan", "surat pernyataan bermeterai", "akta kelahiran",
        "buku nikah atau akta perkawinan", "surat keterangan sehat dari puskesmas", "denah lokasi", "gambar teknis bangunan",
        "surat rekomendasi dari organisasi profesi", "Nomor Induk Berusaha (NIB)",
    ]
    /// Text before and after a document's name.
    static let requirementForms: [(String, String)] = [
        ("Fotokopi ", " yang masih berlaku sebanyak 1 lembar"),
        ("Asli ", " untuk diperlihatkan kepada petugas"),
        ("Salinan ", " yang telah dilegalisasi"),
        ("Unggahan pindaian ", " dalam format PDF melalui aplikasi layanan daring"),
    ]
    static let requirementFixed = [
        "Formulir permohonan yang telah diisi lengkap dan ditandatangani pemohon",
        "Surat permohonan yang ditujukan kepada kepala unit, ditandatangani di atas meterai",
        "Pas foto berwarna ukuran 3x4 sebanyak 2 lembar dengan latar belakang merah",
        "Surat kuasa bermeterai apabila pengurusan diwakilkan kepada orang lain",
        "Bukti pelunasan retribusi apabila layanan dikenai tarif",
        "Surat pernyataan kebenaran data yang disampaikan pemohon",
    ]

    static let procedureSteps = [
        "Pemohon mengambil nomor antrean di mesin antrean atau mendaftar melalui aplikasi layanan daring",
        "Pemohon menyerahkan berkas persyaratan kepada petugas loket",
        "Petugas loket memeriksa kelengkapan dan keabsahan berkas persyaratan",
        "Apabila berkas belum lengkap, petugas mengembalikan berkas kepada pemohon disertai catatan kekurangannya",
        "Petugas mencatat permohonan dalam buku register dan memberikan tanda terima berkas",
        "Petugas teknis memverifikasi data pemohon pada sistem informasi",
        "Petugas teknis melakukan peninjauan lapangan bila diperlukan dan menyusun berita acara pemeriksaan",
        "Kepala seksi memeriksa konsep dokumen dan memberi paraf",
        "Kepala bidang meneliti konsep dokumen dan meneruskannya kepada kepala unit",
        "Kepala unit menandatangani dokumen secara elektronik",
        "Petugas mencetak dokumen dan mencatat nomornya dalam buku agenda",
        "Petugas menyerahkan dokumen kepada pemohon atau penerima kuasa yang sah",
        "Pemohon mengisi survei kepuasan masyarakat melalui tautan pada tanda terima",
    ]

    static let laws = [
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
        "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat",
        "Peraturan Menteri Dalam Negeri Nomor 19 Tahun 2018 tentang Peningkatan Kualitas Layanan Administrasi Kependudukan",
    ]

    static let facilities = [
        "Loket pelayanan", "Ruang tunggu ber-AC", "Mesin antrean", "Komputer dan printer", "Jaringan internet", "Papan informasi standar pelayanan",
        "Kotak saran", "Layar informasi antrean", "Meja layanan konsultasi", "Pemindai dokumen",
    ]
    static let supportFacilities = [
        "Toilet", "Musala", "Ruang laktasi", "Area bermain anak", "Kursi roda", "Jalur landai bagi penyandang disabilitas",
        "Tempat parkir", "Ruang merokok terpisah", "Air minum bagi pengunjung",
    ]
    static let competences = [
        "Memahami peraturan perundang-undangan yang menjadi dasar layanan ini",
        "Mampu mengoperasikan komputer dan aplikasi layanan daring",
        "Berpendidikan paling rendah SLTA atau sederajat",
        "Mampu berkomunikasi dengan baik, sopan dan ramah",
        "Telah mengikuti pelatihan pelayanan prima",
        "Memiliki sertifikat kompetensi di bidang teknis layanan",
    ]
    static let supervision = [
        "Pengawasan oleh atasan langsung secara berjenjang",
        "Pemeriksaan berkala oleh Inspektorat Daerah",
        "Pemantauan capaian standar pelayanan setiap bulan oleh kepala unit",
        "Sistem pengendalian intern pemerintah",
    ]
    static let guarantees = [
        "Pelayanan diberikan sesuai dengan standar pelayanan yang telah ditetapkan",
        "Pelayanan bebas dari pungutan liar, calo dan praktik korupsi, kolusi dan nepotisme",
        "Petugas yang tidak melayani sesuai standar dikenai sanksi sesuai ketentuan",
        "Pelayanan tidak diskriminatif",
        "Dokumen diterbitkan dalam jangka waktu yang tercantum bila persyaratan lengkap dan benar",
    ]
    static let safety = [
        "Data pribadi pemohon dijaga kerahasiaannya dan hanya digunakan untuk keperluan layanan",
        "Dokumen hanya diserahkan kepada pemohon atau penerima kuasa yang sah",
        "Ruang pelayanan dilengkapi alat pemadam api ringan dan jalur evakuasi",
        "Berkas permohonan disimpan dalam lemari arsip yang terkunci",
        "Dokumen yang diterbitkan dilengkapi tanda tangan elektronik yang dapat diverifikasi",
    ]
    static let evaluation = [
        "Evaluasi kinerja pelaksana oleh atasan langsung setiap bulan",
        "Survei Kepuasan Masyarakat paling sedikit sekali setahun, hasilnya dipublikasikan dan ditindaklanjuti",
        "Rapat evaluasi standar pelayanan setiap triwulan",
        "Penilaian sasaran kinerja pegawai setiap semester",
    ]

    static let bodySentences = [
        "Layanan ini diberikan pada hari kerja di loket pelayanan dan dapat juga diajukan secara daring.",
        "Pemohon disarankan memeriksa kelengkapan persyaratan sebelum datang agar berkas dapat langsung diproses.",
        "Jangka waktu pelayanan dihitung sejak berkas dinyatakan lengkap dan benar oleh petugas.",
        "Status permohonan dapat dipantau melalui nomor register yang tercantum pada tanda terima.",
        "Petugas tidak menerima imbalan dalam bentuk apa pun; laporkan setiap permintaan pungutan.",
        "Bagi penyandang disabilitas, lanjut usia dan ibu hamil tersedia loket prioritas.",
        "Dokumen yang telah selesai dapat diambil sendiri atau dikirim ke alamat pemohon atas permintaan.",
        "Apabila terdapat perubahan data, pemohon wajib melapor paling lambat 30 hari sejak perubahan terjadi.",
        "Informasi lebih lanjut dapat diperoleh di meja layanan konsultasi atau melalui telepon unit.",
        "Standar pelayanan ini ditinjau sekurang-kurangnya sekali dalam setahun bersama perwakilan masyarakat.",
    ]
    static let profileSentences = [
        "Unit ini menyelenggarakan pelayanan publik sesuai dengan tugas pokok dan fungsinya.",
        "Seluruh standar pelayanan unit ini disusun bersama masyarakat dan ditinjau setiap tahun.",
        "Unit ini melayani masyarakat pada hari kerja dan menyediakan layanan daring untuk sebagian jenis layanan.",
        "Pengaduan atas pelayanan unit ini ditanggapi paling lama lima hari kerja sejak diterima.",
        "Unit ini telah menerapkan tanda tangan elektronik pada dokumen yang diterbitkannya.",
        "Hasil survei kepuasan masyarakat unit ini diumumkan di ruang pelayanan dan di portal ini.",
    ]
}
