<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder Berkas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Pilih &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naik satu langkah</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turun satu langkah</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Yakin ingin menghapus '%1'?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Pilih Folder</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Pastikan nama folder yang diberikan benar.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah sisi</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ubah nama</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat Terkini</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rinci</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Pastikan nama berkas yang diberikan benar.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Setel Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and control what the platform holds about you.</source>
        <translation>Lihat dan kendalikan data yang disimpan platform tentang Anda.</translation>
    </message>
    <message>
        <source>Check the connection to the server at &lt;url&gt;, print a report and exit.</source>
        <translation>Periksa koneksi ke server di &lt;url&gt;, cetak laporan, lalu keluar.</translation>
    </message>
    <message>
        <source>With --diagnose: also trust the CA certificates in &lt;file&gt; (PEM).</source>
        <translation>Dengan --diagnose: percayai juga sertifikat CA dalam &lt;file&gt; (PEM).</translation>
    </message>
    <message>
        <source>Privacy Dashboard</source>
        <translation>Dasbor Privasi</translation>
    </message>
    <message>
        <source>Sign in to the server at &lt;url&gt; (added if new).</source>
        <translation>Masuk ke server di &lt;url&gt; (ditambahkan jika belum ada).</translation>
    </message>
    <message>
        <source>Sign in with the saved server profile &lt;name&gt;.</source>
        <translation>Masuk dengan profil server tersimpan &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. id) instead of the system's.</source>
        <translation>Gunakan bahasa &lt;code&gt; (mis. id), bukan bahasa sistem.</translation>
    </message>
    <message>
        <source>Start the bundled demo server on this computer and sign in to its demo account.</source>
        <translation>Jalankan server demo bawaan di komputer ini dan masuk ke akun demonya.</translation>
    </message>
    <message>
        <source>No temporary folder for the demo.</source>
        <translation>Folder sementara untuk demo tidak tersedia.</translation>
    </message>
    <message>
        <source>Save a picture of every page and request dialog of the demo account in &lt;folder&gt;, then exit (implies --demo; needs no display).</source>
        <translation>Simpan gambar setiap halaman dan dialog permintaan akun demo di &lt;folder&gt;, lalu keluar (berarti --demo; tidak memerlukan layar).</translation>
    </message>
    <message>
        <source>Use light or dark colors, or the system's.</source>
        <translation>Gunakan warna terang atau gelap, atau warna sistem.</translation>
    </message>
    <message>
        <source>Unknown theme %1: use light, dark or system.</source>
        <translation>Tema %1 tidak dikenal: gunakan light, dark, atau system.</translation>
    </message>
</context>
<context>
    <name>pd::ActionStatusBar</name>
    <message>
        <source>Working</source>
        <translation>Sedang memproses</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>Batalkan tindakan</translation>
    </message>
</context>
<context>
    <name>pd::ActivityChart</name>
    <message>
        <source>Visits and messages per day</source>
        <translation>Kunjungan dan pesan per hari</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>No activity to show.</source>
        <translation>Tidak ada aktivitas untuk ditampilkan.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 visits and %4 messages.</source>
        <translation>Dari %1 hingga %2: %3 kunjungan dan %4 pesan.</translation>
    </message>
    <message>
        <source>The chart cannot be shown: this installation lacks its charts module.</source>
        <translation>Grafik tidak dapat ditampilkan: instalasi ini tidak memiliki modul grafiknya.</translation>
    </message>
</context>
<context>
    <name>pd::ActivityPage</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Peramban</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Judul halaman</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Datang dari</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Lanjut ke</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>Belum ada kunjungan yang tercatat.</translation>
    </message>
    <message>
        <source>Fetching your website visits…</source>
        <translation>Mengambil data kunjungan situs web Anda…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>Website visits</source>
        <translation>Kunjungan situs web</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln kunjungan</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Pe&amp;rangkat:</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Semua perangkat</translation>
    </message>
</context>
<context>
    <name>pd::AddServerDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>C&amp;heck Server</source>
        <translation>P&amp;eriksa server</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>He&amp;ntikan</translation>
    </message>
    <message>
        <source>Add On-Premise Server</source>
        <translation>Tambahkan server on-premise</translation>
    </message>
    <message>
        <source>If your organization runs the privacy dashboard on its own server, enter the address it gave you. If it uses its own certificate authority, also choose the certificate file it gave you.</source>
        <translation>Jika organisasi Anda menjalankan dasbor privasi di servernya sendiri, masukkan alamat yang diberikannya kepada Anda. Jika organisasi Anda menggunakan otoritas sertifikatnya sendiri, pilih juga berkas sertifikat yang diberikannya kepada Anda.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>https://privacy.example.com</source>
        <translation>https://privacy.example.com</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Berkas otoritas sertifikat</translation>
    </message>
    <message>
        <source>None: only the system's certificate authorities</source>
        <translation>Tidak ada: hanya otoritas sertifikat sistem</translation>
    </message>
    <message>
        <source>Choose certificate file</source>
        <translation>Pilih berkas sertifikat</translation>
    </message>
    <message>
        <source>Remove certificate file</source>
        <translation>Hapus berkas sertifikat</translation>
    </message>
    <message>
        <source>Check server</source>
        <translation>Periksa server</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Memeriksa server</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Hentikan pemeriksaan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>&amp;Add Server</source>
        <translation>&amp;Tambahkan server</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Tambahkan server</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Certificate a&amp;uthority:</source>
        <translation>&amp;Otoritas sertifikat:</translation>
    </message>
    <message>
        <source>Choose the Certificate of Your Organization</source>
        <translation>Pilih sertifikat organisasi Anda</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Sertifikat (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Compare these details with the ones your organization gave you before you trust the certificate.</source>
        <translation>Cocokkan detail ini dengan detail yang diberikan organisasi Anda sebelum Anda memercayai sertifikat ini.</translation>
    </message>
    <message>
        <source>Enter the server's address.</source>
        <translation>Masukkan alamat server.</translation>
    </message>
    <message>
        <source>This is not a valid server address.</source>
        <translation>Alamat server ini tidak valid.</translation>
    </message>
    <message>
        <source>Confirm that you trust the certificate, or remove it.</source>
        <translation>Konfirmasikan bahwa Anda memercayai sertifikat ini, atau hapus sertifikat tersebut.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Pemeriksaan dihentikan.</translation>
    </message>
    <message>
        <source>The server answered and can be added.</source>
        <translation>Server merespons dan dapat ditambahkan.</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Penyedia: %1</translation>
    </message>
    <message>
        <source>If your organization uses its own certificate authority, choose its certificate file.</source>
        <translation>Jika organisasi Anda menggunakan otoritas sertifikatnya sendiri, pilih berkas sertifikatnya.</translation>
    </message>
    <message>
        <source>Server a&amp;ddress:</source>
        <translation>Ala&amp;mat server:</translation>
    </message>
</context>
<context>
    <name>pd::ApiActionDialog</name>
    <message>
        <source>Working</source>
        <translation>Sedang memproses</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Not connected to a server: sign in first.</source>
        <translation>Tidak terhubung ke server: masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>That password or code is not right. Check it and try again.</source>
        <translation>Kata sandi atau kode tersebut salah. Periksa kembali, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>pd::ApiError</name>
    <message>
        <source>The server could not understand the request.</source>
        <translation>Server tidak dapat memahami permintaan.</translation>
    </message>
    <message>
        <source>Some of the entered information is not valid.</source>
        <translation>Sebagian informasi yang dimasukkan tidak valid.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Sesi Anda telah berakhir. Silakan masuk kembali.</translation>
    </message>
    <message>
        <source>The email address, password or code is not correct.</source>
        <translation>Alamat email, kata sandi, atau kode salah.</translation>
    </message>
    <message>
        <source>The two-factor sign-in has expired. Please start again.</source>
        <translation>Waktu untuk masuk dengan autentikasi dua faktor telah habis. Silakan mulai lagi.</translation>
    </message>
    <message>
        <source>Your session was ended for your protection because it was used from elsewhere. Please sign in again.</source>
        <translation>Demi keamanan Anda, sesi Anda diakhiri karena digunakan dari tempat lain. Silakan masuk kembali.</translation>
    </message>
    <message>
        <source>Please confirm your password or code again to continue.</source>
        <translation>Silakan konfirmasi ulang kata sandi atau kode Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Anda tidak diizinkan melakukan tindakan ini.</translation>
    </message>
    <message>
        <source>This item does not exist or is no longer available.</source>
        <translation>Item ini tidak ada atau sudah tidak tersedia.</translation>
    </message>
    <message>
        <source>The server does not support this action.</source>
        <translation>Server tidak mendukung tindakan ini.</translation>
    </message>
    <message>
        <source>This cannot be done in the item's current state.</source>
        <translation>Tindakan ini tidak dapat dilakukan pada status item saat ini.</translation>
    </message>
    <message>
        <source>This request was already sent with different content.</source>
        <translation>Permintaan ini sudah pernah dikirim dengan isi yang berbeda.</translation>
    </message>
    <message>
        <source>The request could not be sent safely.</source>
        <translation>Permintaan tidak dapat dikirim dengan aman.</translation>
    </message>
    <message>
        <source>The data changed on the server in the meantime. Please reload and try again.</source>
        <translation>Sementara itu, data di server telah berubah. Silakan muat ulang dan coba lagi.</translation>
    </message>
    <message>
        <source>The data must be reloaded before it can be changed.</source>
        <translation>Data harus dimuat ulang sebelum dapat diubah.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Permintaan terlalu besar.</translation>
    </message>
    <message>
        <source>The download could not be resumed.</source>
        <translation>Unduhan tidak dapat dilanjutkan.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Terlalu banyak permintaan. Silakan tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait before trying again.</source>
        <translation>Terlalu banyak percobaan masuk. Silakan tunggu sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>The server ran into a problem. Please try again later.</source>
        <translation>Server mengalami masalah. Silakan coba lagi nanti.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Please try again later.</source>
        <translation>Layanan untuk sementara tidak tersedia. Silakan coba lagi nanti.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>Server tidak dapat dijangkau. Periksa koneksi internet Anda.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>Server terlalu lama merespons. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Koneksi aman ke server tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation>Server merespons dengan kesalahan yang tidak terduga (HTTP %1).</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>Server melaporkan kesalahan (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand.</source>
        <translation>Server mengirim respons yang tidak dipahami aplikasi ini.</translation>
    </message>
    <message>
        <source>The server's answer is too large.</source>
        <translation>Respons server terlalu besar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>The sign-in with your identity provider failed or was already used. Start it again.</source>
        <translation>Masuk dengan penyedia identitas Anda gagal atau sudah pernah digunakan. Mulai lagi.</translation>
    </message>
    <message>
        <source>This sign-in is not linked to an account yet. Sign in with your email and password, then link it on the Security page under "Sign-in with Google or your organization".</source>
        <translation>Cara masuk ini belum ditautkan ke akun mana pun. Masuklah dengan email dan kata sandi Anda, lalu tautkan di halaman Keamanan pada bagian "Masuk dengan Google atau organisasi Anda".</translation>
    </message>
</context>
<context>
    <name>pd::AppController</name>
    <message>
        <source>There is no server profile named %1.</source>
        <translation>Tidak ada profil server bernama %1.</translation>
    </message>
    <message>
        <source>Starting the demo server on this computer…</source>
        <translation>Memulai server demo di komputer ini…</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Server demo tidak dapat dimulai: %1</translation>
    </message>
</context>
<context>
    <name>pd::AppServices</name>
    <message numerus="yes">
        <source>You were signed out after %n minute(s) without activity, to protect your data.</source>
        <translation>
            <numerusform>Untuk melindungi data Anda, Anda telah dikeluarkan setelah %n menit tanpa aktivitas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder %1 could not be created.</source>
        <translation>Folder data %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The local data cache could not be opened: %1</source>
        <translation>Cache data lokal tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>Your account has been deleted, as you asked. You were signed out, and the copy of your data on this computer was erased.</source>
        <translation>Akun Anda telah dihapus sesuai permintaan Anda. Anda telah dikeluarkan, dan salinan data Anda di komputer ini telah dihapus.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be made readable by you alone.</source>
        <translation>Berkas pengaturan %1 tidak dapat dibuat hanya dapat dibaca oleh Anda.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) you filed had not reached the server yet. They are kept on this computer and will be sent when you sign in to this account again.</source>
        <translation>
            <numerusform>%n permintaan yang Anda ajukan belum sampai ke server. Permintaan itu disimpan di komputer ini dan akan dikirim saat Anda masuk lagi ke akun ini.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ArchiveDownloadDialog</name>
    <message>
        <source>What is downloaded</source>
        <translation>Apa yang diunduh</translation>
    </message>
    <message>
        <source>Download export archive</source>
        <translation>Unduh arsip ekspor</translation>
    </message>
    <message>
        <source>The archive of your export is saved as %1 in %2. It is checked against the checksum the provider announced before it is kept; an interrupted download can be resumed.</source>
        <translation>Arsip ekspor Anda disimpan sebagai %1 di %2. Arsip diperiksa terhadap checksum yang diumumkan penyedia sebelum disimpan; unduhan yang terputus dapat dilanjutkan.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Kemajuan unduhan</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Byte yang diterima</translation>
    </message>
    <message>
        <source>C&amp;ancel download</source>
        <translation>&amp;Batalkan unduhan</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Batalkan unduhan</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Lan&amp;jutkan</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Lanjutkan unduhan</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>Open the folder of the archive</source>
        <translation>Buka folder arsip</translation>
    </message>
    <message>
        <source>&amp;View archive</source>
        <translation>&amp;Lihat arsip</translation>
    </message>
    <message>
        <source>View the archive</source>
        <translation>Lihat arsip</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>%1 dari %2 diterima</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 diterima</translation>
    </message>
    <message>
        <source>The archive was downloaded and matches its checksum: %1</source>
        <translation>Arsip telah diunduh dan cocok dengan checksum-nya: %1</translation>
    </message>
    <message>
        <source>Choose Resume to continue where it stopped.</source>
        <translation>Pilih Lanjutkan untuk meneruskan dari titik berhentinya.</translation>
    </message>
    <message>
        <source>The download was cancelled. What was received is kept; choose Resume to continue.</source>
        <translation>Unduhan dibatalkan. Yang sudah diterima tetap disimpan; pilih Lanjutkan untuk meneruskan.</translation>
    </message>
    <message>
        <source>&amp;Split into parts of:</source>
        <translation>&amp;Bagi menjadi bagian berukuran:</translation>
    </message>
    <message>
        <source>Do not split</source>
        <translation>Jangan dibagi</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n part(s))</source>
        <translation>
            <numerusform>%1 (%n bagian)</numerusform>
        </translation>
    </message>
    <message>
        <source>Split into parts of</source>
        <translation>Bagi menjadi bagian berukuran</translation>
    </message>
    <message>
        <source>Downloads the archive as numbered parts of this size, each checked on its own.</source>
        <translation>Mengunduh arsip sebagai bagian bernomor dengan ukuran ini, masing-masing diperiksa tersendiri.</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Part %1 of %2: downloading</source>
        <translation>Bagian %1 dari %2: sedang diunduh</translation>
    </message>
    <message>
        <source>Part %1 of %2: verified, saved as %3</source>
        <translation>Bagian %1 dari %2: terverifikasi, disimpan sebagai %3</translation>
    </message>
    <message>
        <source>Part %1: did not match its checksum; downloading it again</source>
        <translation>Bagian %1: tidak cocok dengan checksum-nya; diunduh ulang</translation>
    </message>
    <message numerus="yes">
        <source>All %n part(s) were downloaded and each matches its checksum, in %1. Joined in order (for example with 7-Zip) they are the archive.</source>
        <translation>
            <numerusform>Semua %n bagian telah diunduh dan masing-masing cocok dengan checksum-nya, di %1. Digabungkan berurutan (misalnya dengan 7-Zip), bagian-bagian itu adalah arsipnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Unduh</translation>
    </message>
    <message>
        <source>Start download</source>
        <translation>Mulai unduhan</translation>
    </message>
    <message>
        <source>Part %1 of %2: checking the copy already saved</source>
        <translation>Bagian %1 dari %2: memeriksa salinan yang sudah disimpan</translation>
    </message>
</context>
<context>
    <name>pd::ArchiveVerification</name>
    <message numerus="yes">
        <source>All %n file(s) match the archive's manifest.</source>
        <translation>
            <numerusform>Semua %n berkas cocok dengan manifes arsip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed or damaged since the export was made: %1.</source>
        <translation>Berubah atau rusak sejak ekspor dibuat: %1.</translation>
    </message>
    <message>
        <source>Listed in the manifest but missing: %1.</source>
        <translation>Tercantum di manifes tetapi tidak ada: %1.</translation>
    </message>
    <message>
        <source>Not part of the export: %1.</source>
        <translation>Bukan bagian dari ekspor: %1.</translation>
    </message>
</context>
<context>
    <name>pd::ArchiveViewerWindow</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON and CSV</source>
        <translation>JSON dan CSV</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Baris:</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>Arsip ekspor</translation>
    </message>
    <message>
        <source>Checking the archive…</source>
        <translation>Memeriksa arsip…</translation>
    </message>
    <message>
        <source>Files in the archive</source>
        <translation>Berkas dalam arsip</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>Ber&amp;kas:</translation>
    </message>
    <message>
        <source>Rows of the chosen file</source>
        <translation>Baris dari berkas yang dipilih</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Current work</source>
        <translation>Pekerjaan saat ini</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>The check was cancelled; the archive's files are not shown until it has been checked.</source>
        <translation>Pemeriksaan dibatalkan; berkas arsip tidak ditampilkan sebelum arsip diperiksa.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Export archive: %1</source>
        <translation>Arsip ekspor: %1</translation>
    </message>
    <message>
        <source>Checking every file against the archive's manifest…</source>
        <translation>Memeriksa setiap berkas terhadap manifest arsip…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsip</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>No facts: the archive could not be read.</source>
        <translation>Tidak ada keterangan: arsip tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>This archive cannot be opened: %1</source>
        <translation>Arsip ini tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>This archive was rejected: its files do not match its manifest, so it was changed or damaged after the provider made it. Download the export again. %1</source>
        <translation>Arsip ini ditolak: berkasnya tidak cocok dengan manifest-nya, jadi arsip telah diubah atau rusak setelah dibuat oleh penyedia. Unduh ekspornya lagi. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n baris)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <source>&amp;Rows of %1:</source>
        <translation>&amp;Baris dari %1:</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 tidak dapat ditampilkan: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Open readable copy in &amp;browser…</source>
        <translation>Buka salinan yang dapat dibaca di &amp;peramban…</translation>
    </message>
    <message>
        <source>Choose a folder for the readable copy</source>
        <translation>Pilih folder untuk salinan yang dapat dibaca</translation>
    </message>
    <message>
        <source>Open readable copy in browser</source>
        <translation>Buka salinan yang dapat dibaca di peramban</translation>
    </message>
    <message>
        <source>Saves the archive's web pages into a new folder inside a folder you choose and opens them in your browser. They work offline and load nothing from the internet.</source>
        <translation>Menyimpan halaman web arsip ke folder baru di dalam folder yang Anda pilih dan membukanya di peramban Anda. Halaman itu berfungsi tanpa koneksi dan tidak memuat apa pun dari internet.</translation>
    </message>
    <message>
        <source>The readable copy could not be saved: %1</source>
        <translation>Salinan yang dapat dibaca tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>This archive was made before exports had a readable copy.</source>
        <translation>Arsip ini dibuat sebelum ekspor memiliki salinan yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Saving the readable copy…</source>
        <translation>Menyimpan salinan yang dapat dibaca…</translation>
    </message>
    <message>
        <source>The readable copy was saved in %1 and opened in your browser.</source>
        <translation>Salinan yang dapat dibaca disimpan di %1 dan dibuka di peramban Anda.</translation>
    </message>
    <message>
        <source>The readable copy was saved in %1, but no browser opened it. Open index.html there.</source>
        <translation>Salinan yang dapat dibaca disimpan di %1, tetapi tidak ada peramban yang membukanya. Buka index.html di sana.</translation>
    </message>
</context>
<context>
    <name>pd::BillingCardsView</name>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Berlaku hingga</translation>
    </message>
    <message>
        <source>Name on card</source>
        <translation>Nama pada kartu</translation>
    </message>
    <message>
        <source>Payment cards</source>
        <translation>Kartu pembayaran</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Mastercard</source>
        <translation>Mastercard</translation>
    </message>
    <message>
        <source>American Express</source>
        <translation>American Express</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <source>Diners Club</source>
        <translation>Diners Club</translation>
    </message>
    <message>
        <source>JCB</source>
        <translation>JCB</translation>
    </message>
    <message>
        <source>UnionPay</source>
        <translation>UnionPay</translation>
    </message>
    <message>
        <source>Other card</source>
        <translation>Kartu lain</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (kedaluwarsa)</translation>
    </message>
    <message>
        <source>•••• %1</source>
        <comment>masked card number</comment>
        <translation>•••• %1</translation>
    </message>
    <message>
        <source>No payment card is stored for your account.</source>
        <translation>Tidak ada kartu pembayaran yang tersimpan untuk akun Anda.</translation>
    </message>
</context>
<context>
    <name>pd::BrowserSignInDialog</name>
    <message>
        <source>Sign in at %1</source>
        <translation>Masuk di %1</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Menghubungi %1…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>If your browser did not open, open this link in it yourself:</source>
        <translation>Jika browser Anda tidak terbuka, buka sendiri tautan ini di browser:</translation>
    </message>
    <message>
        <source>About the link</source>
        <translation>Tentang tautan ini</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Tautan masuk</translation>
    </message>
    <message>
        <source>&amp;Open in browser again</source>
        <translation>&amp;Buka lagi di browser</translation>
    </message>
    <message>
        <source>Open the sign-in link in the browser again</source>
        <translation>Buka lagi tautan masuk di browser</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>Sa&amp;lin tautan</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Salin tautan masuk</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Batalkan proses masuk</translation>
    </message>
    <message>
        <source>Waiting for you to sign in at %1 in your browser…</source>
        <translation>Menunggu Anda masuk di %1 melalui browser…</translation>
    </message>
    <message>
        <source>Completing the sign-in with %1…</source>
        <translation>Menyelesaikan proses masuk dengan %1…</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open the link below in your browser to sign in at %1.</source>
        <translation>Browser tidak dapat dibuka. Buka tautan di bawah ini di browser Anda untuk masuk di %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>pd::CaBundle</name>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>Berkas otoritas sertifikat %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a certificate.</source>
        <translation>Berkas %1 terlalu besar untuk sebuah sertifikat.</translation>
    </message>
    <message>
        <source>The certificate authority file of this server changed after you trusted it, so the connection was refused. If your organization gave you a new certificate, remove the server and add it again with the new file.</source>
        <translation>Berkas otoritas sertifikat server ini berubah setelah Anda memercayainya, sehingga koneksi ditolak. Jika organisasi Anda memberikan sertifikat baru, hapus server ini lalu tambahkan lagi dengan berkas yang baru.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Berkas %1 tidak berisi sertifikat PEM.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The certificate could not be saved in %1: %2</source>
        <translation>Sertifikat tidak dapat disimpan di %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::CachedDocument</name>
    <message>
        <source>Not connected to a server: sign in to get the latest data.</source>
        <translation>Tidak terhubung ke server: masuk untuk mendapatkan data terbaru.</translation>
    </message>
</context>
<context>
    <name>pd::CancelRequestDialog</name>
    <message>
        <source>cancel</source>
        <translation>batalkan</translation>
    </message>
    <message>
        <source>Cancel this request?</source>
        <translation>Batalkan permintaan ini?</translation>
    </message>
    <message>
        <source>&amp;Why are you cancelling? (optional; the provider keeps it with the request)</source>
        <translation>&amp;Mengapa Anda membatalkan? (opsional; penyedia menyimpannya bersama permintaan)</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>For example: I made it by mistake</source>
        <translation>Misalnya: saya membuatnya karena keliru</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Batalkan permintaan</translation>
    </message>
    <message>
        <source>&amp;Keep request</source>
        <translation>&amp;Pertahankan permintaan</translation>
    </message>
</context>
<context>
    <name>pd::CertificateSummary</name>
    <message>
        <source>Certificate details</source>
        <translation>Detail sertifikat</translation>
    </message>
    <message>
        <source>I checked these details with my organization and &amp;trust this certificate for this server</source>
        <translation>Saya sudah mencocokkan detail ini dengan organisasi saya dan &amp;memercayai sertifikat ini untuk server ini</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Percayai sertifikat ini</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate.</source>
        <translation>Berkas terlalu besar untuk sebuah sertifikat.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The file holds no certificate in PEM format.</source>
        <translation>Berkas tidak berisi sertifikat dalam format PEM.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subjek: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Diterbitkan oleh: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Sidik jari SHA-256: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Berlaku sejak: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Berlaku hingga: %1</translation>
    </message>
    <message>
        <source>Warning: this certificate has expired.</source>
        <translation>Peringatan: sertifikat ini sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>Warning: this certificate is not valid yet.</source>
        <translation>Peringatan: sertifikat ini belum berlaku.</translation>
    </message>
</context>
<context>
    <name>pd::ChangeEmailDialog</name>
    <message>
        <source>Change email address</source>
        <translation>Ubah alamat email</translation>
    </message>
    <message>
        <source>Where the code was sent</source>
        <translation>Tujuan pengiriman kode</translation>
    </message>
    <message>
        <source>Your email address is also how you sign in. We send a code to the new address; your email changes only when you enter that code. Your current address is %1.</source>
        <translation>Alamat email Anda juga menjadi cara Anda masuk. Kami mengirim kode ke alamat baru; email Anda baru berubah setelah Anda memasukkan kode itu. Alamat Anda saat ini adalah %1.</translation>
    </message>
    <message>
        <source>About changing the email address</source>
        <translation>Tentang mengubah alamat email</translation>
    </message>
    <message>
        <source>New email address</source>
        <translation>Alamat email baru</translation>
    </message>
    <message>
        <source>&amp;New email address:</source>
        <translation>Alamat email &amp;baru:</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>Kode konfirmasi</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>K&amp;ode:</translation>
    </message>
    <message>
        <source>Send a ne&amp;w code</source>
        <translation>Kirim &amp;ulang kode</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Kirim ulang kode</translation>
    </message>
    <message>
        <source>Cancel the c&amp;hange</source>
        <translation>Batalkan &amp;perubahan</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>&amp;Kirim kode</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Kirim kode</translation>
    </message>
    <message>
        <source>Enter the code we sent to %1. It is valid for 30 minutes.</source>
        <translation>Masukkan kode yang kami kirim ke %1. Kode berlaku selama 30 menit.</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>Kon&amp;firmasi</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>Konfirmasi kode</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Mengirim kode…</translation>
    </message>
    <message>
        <source>The server did not send a code. Try again later.</source>
        <translation>Server tidak mengirim kode. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>Another account already uses this email address.</source>
        <translation>Akun lain sudah menggunakan alamat email ini.</translation>
    </message>
    <message>
        <source>Changing the email address you sign in with needs you to confirm it is you.</source>
        <translation>Untuk mengubah alamat email yang Anda gunakan untuk masuk, Anda perlu memastikan bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>The email address was not changed: you did not confirm it is you.</source>
        <translation>Alamat email tidak diubah: Anda tidak memastikan bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Memeriksa kode…</translation>
    </message>
    <message numerus="yes">
        <source>That code is not correct. Check the message we sent to %1 and try again (%n tries left).</source>
        <translation>
            <numerusform>Kode itu salah. Periksa pesan yang kami kirim ke %1 lalu coba lagi (sisa %n percobaan).</numerusform>
        </translation>
    </message>
    <message>
        <source>That code is not correct. Check the message we sent to %1 and try again.</source>
        <translation>Kode itu salah. Periksa pesan yang kami kirim ke %1 lalu coba lagi.</translation>
    </message>
    <message>
        <source>This email change has expired or was cancelled, or the code was wrong too often. Start again.</source>
        <translation>Perubahan email ini sudah kedaluwarsa atau dibatalkan, atau kodenya terlalu sering salah. Mulai lagi.</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Mengirim kode baru…</translation>
    </message>
    <message>
        <source>We sent a new code to %1.</source>
        <translation>Kami mengirim kode baru ke %1.</translation>
    </message>
    <message>
        <source>This email change has expired or was cancelled. Start again.</source>
        <translation>Perubahan email ini sudah kedaluwarsa atau dibatalkan. Mulai lagi.</translation>
    </message>
    <message>
        <source>Cancelling the change…</source>
        <translation>Membatalkan perubahan…</translation>
    </message>
    <message>
        <source>In the demo no mail leaves this computer: the message is a file in the folder %1.</source>
        <translation>Dalam demo tidak ada email yang keluar dari komputer ini: pesannya berupa berkas di folder %1.</translation>
    </message>
</context>
<context>
    <name>pd::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Konfirmasi kata sandi baru</translation>
    </message>
    <message>
        <source>Password check</source>
        <translation>Pemeriksaan kata sandi</translation>
    </message>
    <message>
        <source>Choose a long password that you use nowhere else. After the change, every other device and browser signed in to your account is signed out.</source>
        <translation>Pilih kata sandi yang panjang dan tidak Anda gunakan di tempat lain. Setelah kata sandi diubah, semua perangkat dan peramban lain yang masuk ke akun Anda akan dikeluarkan.</translation>
    </message>
    <message>
        <source>About changing the password</source>
        <translation>Tentang mengubah kata sandi</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>&amp;Konfirmasi kata sandi baru:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari kata sandi saat ini.</translation>
    </message>
    <message>
        <source>Checking your current password…</source>
        <translation>Memeriksa kata sandi Anda saat ini…</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Mengubah kata sandi Anda…</translation>
    </message>
    <message>
        <source>Change pass&amp;word</source>
        <translation>Ganti kata &amp;sandi</translation>
    </message>
</context>
<context>
    <name>pd::ConnectedAppsPage</name>
    <message>
        <source>About connected apps</source>
        <translation>Tentang aplikasi terhubung</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplikasi</translation>
    </message>
    <message>
        <source>Access to</source>
        <translation>Akses ke</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Diotorisasi</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Terakhir digunakan</translation>
    </message>
    <message>
        <source>Apps connected to your Google account</source>
        <translation>Aplikasi yang terhubung ke akun Google Anda</translation>
    </message>
    <message>
        <source>No app has access to your Google account.</source>
        <translation>Tidak ada aplikasi yang memiliki akses ke akun Google Anda.</translation>
    </message>
    <message>
        <source>No connected apps</source>
        <translation>Tidak ada aplikasi terhubung</translation>
    </message>
    <message>
        <source>Revoke the selected app's access</source>
        <translation>Cabut akses aplikasi yang dipilih</translation>
    </message>
    <message>
        <source>Google API Services: Limited Use</source>
        <translation>Layanan Google API: Penggunaan Terbatas</translation>
    </message>
    <message>
        <source>Limited Use statement</source>
        <translation>Pernyataan Penggunaan Terbatas</translation>
    </message>
    <message>
        <source>Connected apps</source>
        <translation>Aplikasi terhubung</translation>
    </message>
    <message>
        <source>Loading the apps connected to your Google account…</source>
        <translation>Memuat aplikasi yang terhubung ke akun Google Anda…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>The server sent a list of connected apps this app cannot read.</source>
        <translation>Server mengirim daftar aplikasi terhubung yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Cabut akses</translation>
    </message>
    <message>
        <source>“%1” loses its access to your Google account at once. The features that rely on it stop working until you authorise it again through Google.</source>
        <translation>“%1” akan langsung kehilangan aksesnya ke akun Google Anda. Fitur yang bergantung padanya akan berhenti berfungsi hingga Anda memberikan otorisasi lagi melalui Google.</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>cabut</translation>
    </message>
    <message>
        <source>&amp;Revoke access</source>
        <translation>&amp;Cabut akses</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Tidak terhubung ke server.</translation>
    </message>
    <message>
        <source>Revoking the access of “%1”…</source>
        <translation>Mencabut akses “%1”…</translation>
    </message>
    <message>
        <source>“%1” no longer has access to your Google account.</source>
        <translation>“%1” tidak lagi memiliki akses ke akun Google Anda.</translation>
    </message>
    <message>
        <source>Cancelled: the access may still have been revoked.</source>
        <translation>Dibatalkan: akses mungkin tetap sudah dicabut.</translation>
    </message>
    <message>
        <source>Could not revoke “%1”: %2</source>
        <translation>Tidak dapat mencabut “%1”: %2</translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation>Ca&amp;but akses…</translation>
    </message>
    <message>
        <source>These products can use data from your Google account because you authorized them through Google OAuth. Revoking one stops it from using your Google data.</source>
        <translation>Produk-produk ini dapat menggunakan data dari akun Google Anda karena Anda telah memberikan otorisasi melalui Google OAuth. Jika akses salah satunya dicabut, produk tersebut tidak dapat lagi menggunakan data Google Anda.</translation>
    </message>
</context>
<context>
    <name>pd::CookieConsentList</name>
    <message>
        <source>Domain: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <source>Holds no identifier</source>
        <translation>Tidak menyimpan pengenal</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>Pengenal: %1</translation>
    </message>
    <message>
        <source>Never set</source>
        <translation>Belum pernah dipasang</translation>
    </message>
    <message>
        <source>First set %1</source>
        <translation>Pertama kali dipasang %1</translation>
    </message>
    <message>
        <source>Ends with the browser session</source>
        <translation>Berakhir bersama sesi peramban</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Kedaluwarsa %1</translation>
    </message>
    <message>
        <source>Strictly necessary</source>
        <translation>Sangat diperlukan</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fungsional</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analitik</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>Izinkan %1</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Detail %1</translation>
    </message>
    <message>
        <source>Strictly necessary: the service cannot work without it, so it cannot be turned off here.</source>
        <translation>Sangat diperlukan: layanan tidak dapat berfungsi tanpanya, sehingga tidak dapat dinonaktifkan di sini.</translation>
    </message>
    <message>
        <source>Why %1 cannot be turned off</source>
        <translation>Mengapa %1 tidak dapat dinonaktifkan</translation>
    </message>
</context>
<context>
    <name>pd::CookiesPage</name>
    <message>
        <source>Cookies may be required to use most of the Products and Services. Turning cookies off may result in the loss of functionality, restrict your use of the Website, Products and Services, or delay or affect the way in which they operate.</source>
        <translation>Cookie mungkin diperlukan untuk menggunakan sebagian besar Produk dan Layanan. Menonaktifkan cookie dapat menyebabkan hilangnya fungsionalitas, membatasi penggunaan Anda atas Situs Web, Produk, dan Layanan, atau menunda maupun memengaruhi cara kerjanya.</translation>
    </message>
    <message>
        <source>Cookies and identifiers</source>
        <translation>Cookie dan pengenal</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Loading your cookies and identifiers…</source>
        <translation>Memuat cookie dan pengenal Anda…</translation>
    </message>
    <message>
        <source>The server sent a list of cookies this app cannot read.</source>
        <translation>Server mengirim daftar cookie yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>No cookies or identifiers are recorded for your account.</source>
        <translation>Tidak ada cookie atau pengenal yang tercatat untuk akun Anda.</translation>
    </message>
    <message>
        <source>Not connected to a server: your choice was not saved.</source>
        <translation>Tidak terhubung ke server: pilihan Anda tidak disimpan.</translation>
    </message>
    <message>
        <source>Allowing %1…</source>
        <translation>Mengizinkan %1…</translation>
    </message>
    <message>
        <source>Turning off %1…</source>
        <translation>Menonaktifkan %1…</translation>
    </message>
    <message>
        <source>Your choice for %1 was not saved: %2</source>
        <translation>Pilihan Anda untuk %1 tidak disimpan: %2</translation>
    </message>
    <message>
        <source>%1 is now allowed.</source>
        <translation>%1 kini diizinkan.</translation>
    </message>
    <message>
        <source>%1 is now turned off.</source>
        <translation>%1 kini dinonaktifkan.</translation>
    </message>
    <message>
        <source>Each cookie and identifier the provider uses, with your consent to it</source>
        <translation>Setiap cookie dan pengenal yang digunakan penyedia, beserta persetujuan Anda atasnya</translation>
    </message>
</context>
<context>
    <name>pd::CredentialsStep</name>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Lupa kata sandi?</translation>
    </message>
    <message>
        <source>Sign in with &amp;Google / your organization</source>
        <translation>Masuk dengan &amp;Google / organisasi Anda</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>anda@example.com</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Lupa kata sandi?</translation>
    </message>
    <message>
        <source>Opens your provider's password reset page in the web browser</source>
        <translation>Membuka halaman pengaturan ulang kata sandi penyedia Anda di peramban web</translation>
    </message>
    <message>
        <source>Sign in with Google or your organization</source>
        <translation>Masuk dengan Google atau organisasi Anda</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Alamat email:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Penyedia identitas</translation>
    </message>
    <message>
        <source>This server does not offer sign-in with Google or your organization's account. Sign in with your email address and password.</source>
        <translation>Server ini tidak menawarkan masuk dengan akun Google atau akun organisasi Anda. Masuklah dengan alamat email dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in with Google or your organization's account. Sign in with your email address and password.</source>
        <translation>%1 tidak menawarkan masuk dengan akun Google atau akun organisasi Anda. Masuklah dengan alamat email dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Sign in &amp;with %1</source>
        <translation>Masuk &amp;dengan %1</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Masuk dengan %1</translation>
    </message>
    <message>
        <source>Opens the sign-in page of %1 in your web browser</source>
        <translation>Membuka halaman masuk %1 di browser web Anda</translation>
    </message>
    <message>
        <source>Sign in &amp;with an identity provider</source>
        <translation>Masuk &amp;dengan penyedia identitas</translation>
    </message>
    <message>
        <source>Sign in with an identity provider</source>
        <translation>Masuk dengan penyedia identitas</translation>
    </message>
    <message>
        <source>Choose where to sign in; its sign-in page opens in your web browser</source>
        <translation>Pilih tempat masuk; halaman masuknya terbuka di browser web Anda</translation>
    </message>
    <message>
        <source>Available when the server says it offers sign-in with Google or your organization's account.</source>
        <translation>Tersedia bila server menyatakan menawarkan masuk dengan akun Google atau akun organisasi Anda.</translation>
    </message>
</context>
<context>
    <name>pd::CsvReader</name>
    <message>
        <source>Malformed CSV at byte %1: %2</source>
        <translation>Format CSV rusak pada byte %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>kolom berkutip tidak ditutup</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>ada teks setelah tanda kutip penutup</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ada tanda kutip di dalam kolom tanpa kutip</translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes</source>
        <translation>baris data lebih panjang dari %1 byte</translation>
    </message>
</context>
<context>
    <name>pd::DataHoldersTree</name>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Who receives your data, by category</source>
        <translation>Siapa yang menerima data Anda, per kategori</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <extracomment>A data category and how many processors and recipients receive it.</extracomment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories not stated</source>
        <translation>Kategori tidak disebutkan</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Pemroses</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Not known in advance</source>
        <translation>Tidak diketahui sebelumnya</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between place names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Hanya jika diperlukan</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
</context>
<context>
    <name>pd::DataLocationsPage</name>
    <message>
        <source>Where your data is stored</source>
        <translation>Tempat data Anda disimpan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Penyedia hosting</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Storage regions</source>
        <translation>Wilayah penyimpanan</translation>
    </message>
    <message>
        <source>On-premise installations</source>
        <translation>Instalasi on-premise</translation>
    </message>
    <message>
        <source>Note on data locations</source>
        <translation>Catatan tentang lokasi data</translation>
    </message>
    <message>
        <source>Sharing statement</source>
        <translation>Pernyataan berbagi data</translation>
    </message>
    <message>
        <source>Data locations and sharing</source>
        <translation>Lokasi dan berbagi data</translation>
    </message>
    <message>
        <source>Data locations</source>
        <translation>Lokasi data</translation>
    </message>
    <message>
        <source>Loading where your data is kept…</source>
        <translation>Memuat lokasi penyimpanan data Anda…</translation>
    </message>
    <message>
        <source>The server sent data locations this app cannot read.</source>
        <translation>Server mengirim lokasi data yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>Main server</source>
        <translation>Server utama</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Server lain</translation>
    </message>
    <message>
        <source>Some of your data is kept on the provider's own premises (on-premise).</source>
        <translation>Sebagian data Anda disimpan di lokasi milik penyedia sendiri (on-premise).</translation>
    </message>
    <message>
        <source>Your data is kept on the hosted service. With an on-premise installation you choose your own servers or hosting providers, and the provider is not responsible for the data stored there.</source>
        <translation>Data Anda disimpan di layanan hosting. Dengan instalasi on-premise, Anda memilih server atau penyedia hosting sendiri, dan penyedia tidak bertanggung jawab atas data yang disimpan di sana.</translation>
    </message>
    <message>
        <source>Who else has your data</source>
        <translation>Siapa lagi yang memiliki data Anda</translation>
    </message>
    <message>
        <source>Hosting partners and vendors process your data for the provider; other recipients receive it in the situations the policy names. You can object to any of these uses.</source>
        <translation>Mitra hosting dan vendor memproses data Anda untuk penyedia; penerima lain menerimanya dalam situasi yang disebutkan kebijakan. Anda dapat mengajukan keberatan atas penggunaan mana pun.</translation>
    </message>
    <message>
        <source>About who else has your data</source>
        <translation>Tentang siapa lagi yang memiliki data Anda</translation>
    </message>
    <message>
        <source>&amp;Object to this…</source>
        <translation>&amp;Keberatan atas ini…</translation>
    </message>
    <message>
        <source>Object to this use of your data</source>
        <translation>Ajukan keberatan atas penggunaan data Anda ini</translation>
    </message>
    <message>
        <source>The chosen row in full</source>
        <translation>Baris yang dipilih secara lengkap</translation>
    </message>
    <message>
        <source>Files an objection to processing about the chosen row's use of your data.</source>
        <translation>Mengajukan keberatan atas pemrosesan terkait penggunaan data Anda pada baris yang dipilih.</translation>
    </message>
    <message>
        <source>Where your data is stored, and who else receives it and why</source>
        <translation>Di mana data Anda disimpan, dan siapa lagi yang menerimanya serta alasannya</translation>
    </message>
    <message>
        <source>Choose a row to see it in full and to object to it.</source>
        <translation>Pilih baris untuk melihatnya secara lengkap dan untuk mengajukan keberatan atasnya.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The chosen processor or recipient: %1 its name, %2 what it uses the data for.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
When: %2</source>
        <extracomment>%1 is the line above; %2 when the recipient receives the data.</extracomment>
        <translation>%1
Kapan: %2</translation>
    </message>
</context>
<context>
    <name>pd::DataTableView</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Number of matching rows</source>
        <translation>Jumlah baris yang cocok</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Status sinkronisasi</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>The search could not run.</source>
        <translation>Pencarian tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>%1 — try another search or period</source>
        <translation>%1 — coba pencarian atau periode lain</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Search is still indexing: some rows may be missing.</source>
        <translation>Pencarian masih mengindeks: beberapa baris mungkin belum muncul.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status pencarian</translation>
    </message>
    <message>
        <source>More than %1</source>
        <translation>Lebih dari %1</translation>
    </message>
    <message>
        <source>Sort status</source>
        <translation>Status pengurutan</translation>
    </message>
    <message>
        <source>Sorting by %1 is still being prepared… Showing the newest first meanwhile.</source>
        <translation>Pengurutan menurut %1 masih disiapkan… Sementara itu yang terbaru ditampilkan lebih dulu.</translation>
    </message>
</context>
<context>
    <name>pd::DateRangeEdit</name>
    <message>
        <source>All time</source>
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Rentang khusus</translation>
    </message>
    <message>
        <source>Time period</source>
        <translation>Periode waktu</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tanggal akhir</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hingga:</translation>
    </message>
</context>
<context>
    <name>pd::DeleteAccountDialog</name>
    <message>
        <source>Backups and cancellation</source>
        <translation>Cadangan dan pembatalan</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Hapus akun saya</translation>
    </message>
    <message>
        <source>Deleting your account terminates it: you can no longer sign in, and the personal data you provided and the data the service holds about you (profile, messages, visits, activity logs, requests and export archives) are erased. This cannot be undone. The provider keeps only a record that the account was deleted, with a fingerprint of your email address rather than the address itself, so that it can show it honoured your request as the law requires.</source>
        <translation>Menghapus akun berarti mengakhirinya: Anda tidak dapat masuk lagi, dan data pribadi yang Anda berikan serta data yang disimpan layanan tentang Anda (profil, pesan, kunjungan, log aktivitas, permintaan, dan arsip ekspor) dihapus. Tindakan ini tidak dapat dibatalkan. Penyedia hanya menyimpan catatan bahwa akun telah dihapus, dengan sidik alamat email Anda, bukan alamatnya sendiri, agar dapat menunjukkan bahwa permintaan Anda telah dipenuhi sebagaimana diwajibkan hukum.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Alasan (opsional):</translation>
    </message>
    <message>
        <source>Reason for deleting the account</source>
        <translation>Alasan menghapus akun</translation>
    </message>
    <message>
        <source>Reason length</source>
        <translation>Panjang alasan</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Alamat &amp;email:</translation>
    </message>
    <message>
        <source>Type your account's email address to confirm</source>
        <translation>Ketik alamat email akun Anda untuk mengonfirmasi</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>&amp;Hapus akun saya…</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 dari %2 karakter</translation>
    </message>
    <message>
        <source>How long deleted data stays in backups and how long the request can be cancelled are not known yet: connect to the server to see them.</source>
        <translation>Berapa lama data yang dihapus tetap ada di cadangan dan berapa lama permintaan dapat dibatalkan belum diketahui: sambungkan ke server untuk melihatnya.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted data stays in the provider's secure backups for %n day(s) after the deletion, then it is gone from there too.</source>
        <translation>
            <numerusform>Data yang dihapus tetap ada di cadangan aman penyedia selama %n hari setelah penghapusan, lalu hilang juga dari sana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted data is not kept in backups.</source>
        <translation>Data yang dihapus tidak disimpan di cadangan.</translation>
    </message>
    <message numerus="yes">
        <source>Your account is deleted %n day(s) after the request; until then you can cancel the request on the Requests page and keep your account.</source>
        <translation>
            <numerusform>Akun Anda dihapus %n hari setelah permintaan; sampai saat itu Anda dapat membatalkan permintaan di halaman Permintaan dan mempertahankan akun Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no waiting period: the account is deleted as soon as the provider has checked the request, and it can be cancelled on the Requests page only until then.</source>
        <translation>Tidak ada masa tunggu: akun dihapus segera setelah penyedia memeriksa permintaan, dan permintaan hanya dapat dibatalkan di halaman Permintaan sampai saat itu.</translation>
    </message>
    <message>
        <source>Your account's email address is being loaded…</source>
        <translation>Alamat email akun Anda sedang dimuat…</translation>
    </message>
    <message>
        <source>To confirm, type the email address of your account: %1</source>
        <translation>Untuk mengonfirmasi, ketik alamat email akun Anda: %1</translation>
    </message>
    <message>
        <source>Your account's email address is not known yet. Wait a moment, or check your connection.</source>
        <translation>Alamat email akun Anda belum diketahui. Tunggu sebentar, atau periksa koneksi Anda.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Alasan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The email address does not match your account's.</source>
        <translation>Alamat email tidak cocok dengan alamat email akun Anda.</translation>
    </message>
    <message>
        <source>Deleting your account needs a recent confirmation that it is you. Enter your password, or a code from your authenticator app if you use two-factor sign-in.</source>
        <translation>Menghapus akun memerlukan konfirmasi terbaru bahwa ini memang Anda. Masukkan kata sandi Anda, atau kode dari aplikasi autentikator jika Anda menggunakan masuk dua faktor.</translation>
    </message>
    <message>
        <source>Export your data first?</source>
        <translation>Ekspor data Anda dulu?</translation>
    </message>
    <message>
        <source>E&amp;xport my data first</source>
        <translation>E&amp;kspor data saya dulu</translation>
    </message>
    <message>
        <source>&amp;Go on without an export</source>
        <translation>&amp;Lanjutkan tanpa ekspor</translation>
    </message>
    <message>
        <source>After the deletion your data cannot be recovered, by you or by the provider. You can ask for a copy of all of it first: the export is prepared while the deletion waits, and you download it from the Requests page.</source>
        <translation>Setelah penghapusan, data Anda tidak dapat dipulihkan, baik oleh Anda maupun oleh penyedia. Anda dapat meminta salinan seluruhnya terlebih dahulu: ekspor disiapkan selama penghapusan menunggu, dan Anda mengunduhnya dari halaman Permintaan.</translation>
    </message>
    <message>
        <source>Request an export of all your data first</source>
        <translation>Minta ekspor seluruh data Anda terlebih dahulu</translation>
    </message>
    <message>
        <source>Go on without an export</source>
        <translation>Lanjutkan tanpa ekspor</translation>
    </message>
    <message>
        <source>The request cannot be filed: no account is open.</source>
        <translation>Permintaan tidak dapat diajukan: tidak ada akun yang terbuka.</translation>
    </message>
    <message>
        <source>The export request could not be saved on this computer: %1</source>
        <translation>Permintaan ekspor tidak dapat disimpan di komputer ini: %1</translation>
    </message>
    <message>
        <source>An export of all your data was requested. Download it from the Requests page once it is ready, before your account is deleted.</source>
        <translation>Ekspor seluruh data Anda telah diminta. Unduh dari halaman Permintaan setelah siap, sebelum akun Anda dihapus.</translation>
    </message>
    <message>
        <source>This provider deletes accounts without a grace period: the export may not be ready in time. To be sure, close this dialog, wait for the export and download it, then ask for the deletion.</source>
        <translation>Penyedia ini menghapus akun tanpa masa tenggang: ekspor mungkin tidak siap tepat waktu. Agar pasti, tutup dialog ini, tunggu ekspornya lalu unduh, kemudian minta penghapusan.</translation>
    </message>
    <message>
        <source>You chose to go on without an export. After the deletion your data cannot be recovered.</source>
        <translation>Anda memilih melanjutkan tanpa ekspor. Setelah penghapusan, data Anda tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>First choose above whether to export your data before the deletion.</source>
        <translation>Pilih dulu di atas apakah data Anda akan diekspor sebelum penghapusan.</translation>
    </message>
</context>
<context>
    <name>pd::DeletionBanner</name>
    <message>
        <source>Pending account deletion</source>
        <translation>Penghapusan akun tertunda</translation>
    </message>
    <message>
        <source>Cancelling the deletion</source>
        <translation>Membatalkan penghapusan</translation>
    </message>
    <message>
        <source>Cancel deletion</source>
        <translation>Batalkan penghapusan</translation>
    </message>
    <message>
        <source>Cancel the deletion of your account</source>
        <translation>Batalkan penghapusan akun Anda</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The time left before an account is deleted: a day count then an hour count ("6 days 4 hours"); likewise for the other pairs.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln detik</numerusform>
        </translation>
    </message>
    <message>
        <source>The grace period is over: your account is being deleted now and the deletion can no longer be cancelled.</source>
        <translation>Masa tenggang sudah berakhir: akun Anda sedang dihapus sekarang dan penghapusan tidak dapat dibatalkan lagi.</translation>
    </message>
    <message>
        <source>Your account will be deleted in %1 (on %2 at %3).</source>
        <translation>Akun Anda akan dihapus dalam %1 (pada %2 pukul %3).</translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept for %Ln day(s) after that.</source>
        <translation>
            <numerusform>Cadangan disimpan selama %Ln hari setelah itu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is kept in backups after that.</source>
        <translation>Tidak ada yang disimpan dalam cadangan setelah itu.</translation>
    </message>
    <message>
        <source>The cancellation could not be saved on this computer: %1</source>
        <translation>Pembatalan tidak dapat disimpan di komputer ini: %1</translation>
    </message>
    <message>
        <source>Cancelling the deletion… It is sent as soon as the server can be reached.</source>
        <translation>Membatalkan penghapusan… Pembatalan dikirim segera setelah server dapat dihubungi.</translation>
    </message>
    <message>
        <source>The deletion could not be cancelled: the grace period is over and the server is already deleting your account.</source>
        <translation>Penghapusan tidak dapat dibatalkan: masa tenggang sudah berakhir dan server sudah menghapus akun Anda.</translation>
    </message>
    <message>
        <source>The server refused to cancel the deletion: %1</source>
        <translation>Server menolak membatalkan penghapusan: %1</translation>
    </message>
    <message>
        <source>no reason was given.</source>
        <translation>tidak ada alasan yang diberikan.</translation>
    </message>
</context>
<context>
    <name>pd::DeletionCountdown</name>
    <message>
        <source>No deletion is waiting to be carried out.</source>
        <translation>Tidak ada penghapusan yang menunggu untuk dilaksanakan.</translation>
    </message>
</context>
<context>
    <name>pd::DemoBackend</name>
    <message>
        <source>The demo server stopped (exit code %1).</source>
        <translation>Server demo berhenti (kode keluar %1).</translation>
    </message>
</context>
<context>
    <name>pd::DemoSession</name>
    <message>
        <source>The demo server did not create a demo account.</source>
        <translation>Server demo tidak membuat akun demo.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>pd::DetailPane</name>
    <message>
        <source>Select a row to see all of its details.</source>
        <translation>Pilih baris untuk melihat semua detailnya.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin detail</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin detail</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak tercatat</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>Show all of %1</source>
        <translation>Tampilkan seluruh %1</translation>
    </message>
    <message numerus="yes">
        <source>All of %1 (%Ln character(s)):</source>
        <translation>
            <numerusform>Seluruh %1 (%Ln karakter):</numerusform>
        </translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>Seluruh %1</translation>
    </message>
</context>
<context>
    <name>pd::DevicesPage</name>
    <message>
        <source>About signed-in devices</source>
        <translation>Tentang perangkat yang masuk</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Terakhir aktif</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Waktu masuk</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>Perangkat yang masuk</translation>
    </message>
    <message>
        <source>Revoke the selected session</source>
        <translation>Cabut sesi yang dipilih</translation>
    </message>
    <message>
        <source>Sign the selected device out of your account</source>
        <translation>Keluarkan perangkat yang dipilih dari akun Anda</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere else…</source>
        <translation>Keluar dari &amp;semua perangkat lain…</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>Keluar dari semua perangkat lain</translation>
    </message>
    <message>
        <source>Sign out every device and browser except this app</source>
        <translation>Keluarkan semua perangkat dan peramban kecuali aplikasi ini</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Loading your signed-in devices…</source>
        <translation>Memuat perangkat yang masuk ke akun Anda…</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Perangkat tidak dikenal</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (perangkat ini)</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Lokasi tidak diketahui</translation>
    </message>
    <message>
        <source>The server sent a list of sessions this app cannot read.</source>
        <translation>Server mengirim daftar sesi yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>No device is signed in to your account.</source>
        <translation>Tidak ada perangkat yang masuk ke akun Anda.</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Cabut sesi</translation>
    </message>
    <message>
        <source>“%1” will be signed out of your account at once. Whoever uses it must sign in again with your password; anything not yet saved there may be lost.</source>
        <translation>“%1” akan langsung dikeluarkan dari akun Anda. Siapa pun yang menggunakannya harus masuk kembali dengan kata sandi Anda; apa pun yang belum disimpan di sana mungkin hilang.</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>cabut</translation>
    </message>
    <message>
        <source>&amp;Revoke session</source>
        <translation>&amp;Cabut sesi</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Tidak terhubung ke server.</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>Mencabut “%1”…</translation>
    </message>
    <message>
        <source>“%1” has been signed out.</source>
        <translation>“%1” telah dikeluarkan.</translation>
    </message>
    <message>
        <source>Cancelled: the session may still have been revoked.</source>
        <translation>Dibatalkan: sesi mungkin tetap sudah dicabut.</translation>
    </message>
    <message>
        <source>Could not revoke “%1”: %2</source>
        <translation>Tidak dapat mencabut “%1”: %2</translation>
    </message>
    <message>
        <source>Every other device and browser signed in to your account is signed out at once; this app stays signed in. They must sign in again with your password, and anything not yet saved there may be lost.</source>
        <translation>Semua perangkat dan peramban lain yang masuk ke akun Anda akan langsung dikeluarkan; aplikasi ini tetap masuk. Perangkat tersebut harus masuk kembali dengan kata sandi Anda, dan apa pun yang belum disimpan di sana mungkin hilang.</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>keluar</translation>
    </message>
    <message>
        <source>&amp;Sign out everywhere else</source>
        <translation>&amp;Keluar dari semua perangkat lain</translation>
    </message>
    <message>
        <source>Signing out the other devices…</source>
        <translation>Mengeluarkan perangkat lain…</translation>
    </message>
    <message>
        <source>Every other device has been signed out.</source>
        <translation>Semua perangkat lain telah dikeluarkan.</translation>
    </message>
    <message>
        <source>Cancelled: some devices may have been signed out.</source>
        <translation>Dibatalkan: beberapa perangkat mungkin sudah dikeluarkan.</translation>
    </message>
    <message>
        <source>Could not sign out the other devices: %1</source>
        <translation>Tidak dapat mengeluarkan perangkat lain: %1</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ca&amp;but…</translation>
    </message>
    <message>
        <source>These devices and browsers are signed in to your account. If you do not recognize one, revoke it and change your password.</source>
        <translation>Perangkat dan peramban ini sedang masuk ke akun Anda. Jika ada yang tidak Anda kenali, cabut aksesnya dan ubah kata sandi Anda.</translation>
    </message>
    <message>
        <source>Signing “%1” out of your account needs you to confirm it is you, so that someone who got hold of this app's session cannot lock you out of your other devices.</source>
        <translation>Untuk mengeluarkan “%1” dari akun Anda, Anda perlu memastikan bahwa ini memang Anda, agar orang yang menguasai sesi aplikasi ini tidak dapat mengunci Anda dari perangkat Anda yang lain.</translation>
    </message>
    <message>
        <source>“%1” was not signed out: you did not confirm it is you.</source>
        <translation>“%1” tidak dikeluarkan: Anda tidak memastikan bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>Signing out every other device needs you to confirm it is you, so that someone who got hold of this app's session cannot lock you out of your other devices.</source>
        <translation>Untuk mengeluarkan semua perangkat lain, Anda perlu memastikan bahwa ini memang Anda, agar orang yang menguasai sesi aplikasi ini tidak dapat mengunci Anda dari perangkat Anda yang lain.</translation>
    </message>
    <message>
        <source>The other devices were not signed out: you did not confirm it is you.</source>
        <translation>Perangkat lain tidak dikeluarkan: Anda tidak memastikan bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <translation>Masuk dengan</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single sign-on (SSO)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>pd::Diagnoser</name>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Tidak ada respons dalam %1 detik.</translation>
    </message>
    <message>
        <source>other (%1)</source>
        <translation>lainnya (%1)</translation>
    </message>
</context>
<context>
    <name>pd::DiagnosisReport</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Address: %1 (%2)</source>
        <translation>Alamat: %1 (%2)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Hasil: %1</translation>
    </message>
    <message>
        <source>Reachable: %1 (connected in %2 ms)</source>
        <translation>Dapat dijangkau: %1 (terhubung dalam %2 ms)</translation>
    </message>
    <message>
        <source>Reachable: %1 (%2)</source>
        <translation>Dapat dijangkau: %1 (%2)</translation>
    </message>
    <message>
        <source>TLS protocol: %1, cipher %2</source>
        <translation>Protokol TLS: %1, cipher %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subjek: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Penerbit: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Berlaku: %1 hingga %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Certificate verification: %1</source>
        <translation>Verifikasi sertifikat: %1</translation>
    </message>
    <message>
        <source>Public key pin: %1</source>
        <translation>Pin kunci publik: %1</translation>
    </message>
    <message>
        <source>Discovery: %1 (%2, API version %3, %4)</source>
        <translation>Penemuan server: %1 (%2, versi API %3, %4)</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation>Waktu pulang-pergi: %1 ms</translation>
    </message>
    <message>
        <source>Discovery: %1 (%2)</source>
        <translation>Penemuan server: %1 (%2)</translation>
    </message>
    <message>
        <source>Clock difference to the server: %1 s (%2)</source>
        <translation>Selisih jam dengan server: %1 detik (%2)</translation>
    </message>
    <message>
        <source>Clock difference to the server: unknown (no Date header)</source>
        <translation>Selisih jam dengan server: tidak diketahui (tidak ada header Date)</translation>
    </message>
    <message>
        <source>Certificate %1 of %2:</source>
        <extracomment>%1 counts from 1: the server's own certificate, then its issuers.</extracomment>
        <translation>Sertifikat %1 dari %2:</translation>
    </message>
</context>
<context>
    <name>pd::DisableTwoFactorDialog</name>
    <message>
        <source>Turn off two-factor authentication</source>
        <translation>Nonaktifkan autentikasi dua faktor</translation>
    </message>
    <message>
        <source>Without two-factor authentication, anyone who learns your password can sign in to your account. To turn it off, confirm it is you with your password and a code from your authenticator app.</source>
        <translation>Tanpa autentikasi dua faktor, siapa pun yang mengetahui kata sandi Anda dapat masuk ke akun Anda. Untuk menonaktifkannya, pastikan bahwa ini memang Anda dengan kata sandi dan kode dari aplikasi autentikator Anda.</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Konsekuensi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>Kode dari &amp;aplikasi:</translation>
    </message>
    <message>
        <source>T&amp;urn off</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Memeriksa kata sandi Anda…</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <source>Turning off two-factor authentication…</source>
        <translation>Menonaktifkan autentikasi dua faktor…</translation>
    </message>
    <message>
        <source>That code is not right. Enter the code the app shows now.</source>
        <translation>Kode tersebut salah. Masukkan kode yang ditampilkan aplikasi saat ini.</translation>
    </message>
</context>
<context>
    <name>pd::DiscoveryClient</name>
    <message>
        <source>This server uses API version %1, which this app does not support.</source>
        <translation>Server ini menggunakan API versi %1, yang tidak didukung aplikasi ini.</translation>
    </message>
    <message>
        <source>The server's description points to a different address (%1). It was not added.</source>
        <translation>Deskripsi server mengarah ke alamat lain (%1). Server tidak ditambahkan.</translation>
    </message>
</context>
<context>
    <name>pd::DisplayText</name>
    <message numerus="yes">
        <source>%1… (%Ln character(s) in all)</source>
        <translation>
            <numerusform>%1… (seluruhnya %Ln karakter)</numerusform>
        </translation>
    </message>
    <message>
        <source>— (invalid)</source>
        <translation>— (tidak valid)</translation>
    </message>
</context>
<context>
    <name>pd::DocumentCache</name>
    <message>
        <source>Not connected to a server: sign in to get the latest data.</source>
        <translation>Tidak terhubung ke server: masuk untuk mendapatkan data terbaru.</translation>
    </message>
    <message>
        <source>The data arrived but could not be saved on this computer.</source>
        <translation>Data sudah diterima, tetapi tidak dapat disimpan di komputer ini.</translation>
    </message>
</context>
<context>
    <name>pd::DownloadError</name>
    <message>
        <source>The export archive is no longer available. It may have expired; request a new export.</source>
        <translation>Arsip ekspor sudah tidak tersedia. Arsip mungkin telah kedaluwarsa; silakan minta ekspor baru.</translation>
    </message>
    <message>
        <source>This export cannot be downloaded: the server described its archive incompletely or on another server.</source>
        <translation>Ekspor ini tidak dapat diunduh: keterangan server tentang arsipnya tidak lengkap atau menunjuk ke server lain.</translation>
    </message>
    <message>
        <source>The downloaded archive is incomplete or damaged (its size is wrong), so it was deleted. Please download it again.</source>
        <translation>Arsip yang diunduh tidak lengkap atau rusak (ukurannya tidak sesuai), sehingga dihapus. Silakan unduh ulang.</translation>
    </message>
    <message>
        <source>The downloaded archive does not match the checksum the server announced, so it was deleted. It may have been damaged or altered in transit. Please download it again.</source>
        <translation>Arsip yang diunduh tidak cocok dengan checksum yang diberikan server, sehingga dihapus. Arsip mungkin rusak atau diubah selama pengiriman. Silakan unduh ulang.</translation>
    </message>
</context>
<context>
    <name>pd::DownloadPaths</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>Folder %1 tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>The file name is not allowed.</source>
        <translation>Nama berkas tidak diizinkan.</translation>
    </message>
    <message>
        <source>The file would be saved outside the chosen folder.</source>
        <translation>Berkas akan tersimpan di luar folder yang dipilih.</translation>
    </message>
    <message>
        <source>%1 in the chosen folder is a symbolic link; it is not followed.</source>
        <translation>%1 di folder yang dipilih adalah tautan simbolik; tautan tersebut tidak diikuti.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; it is not followed.</source>
        <translation>%1 adalah tautan simbolik; tautan tersebut tidak diikuti.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Tidak dapat membuka %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 bukan berkas biasa.</translation>
    </message>
    <message>
        <source>The downloaded file could not be given its final name in %1.</source>
        <translation>Berkas yang diunduh tidak dapat diberi nama akhirnya di %1.</translation>
    </message>
</context>
<context>
    <name>pd::EditRequestDialog</name>
    <message>
        <source>Correct my data</source>
        <translation>Perbaiki data saya</translation>
    </message>
    <message numerus="yes">
        <source>The previous values stay in the provider's secure backups for up to %n day(s) afterwards, as part of its standard backup process.</source>
        <translation>
            <numerusform>Nilai sebelumnya tetap tersimpan di cadangan aman penyedia hingga %n hari setelahnya, sebagai bagian dari proses pencadangan standarnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous values stay in the provider's secure backups for a limited period afterwards, as part of its standard backup process.</source>
        <translation>Nilai sebelumnya tetap tersimpan di cadangan aman penyedia untuk jangka waktu terbatas setelahnya, sebagai bagian dari proses pencadangan standarnya.</translation>
    </message>
    <message>
        <source>The privacy policy lets you correct the personal data you provided. Change what is wrong below: the provider applies exactly these changes to your profile when it processes the request.</source>
        <translation>Kebijakan privasi memungkinkan Anda memperbaiki Data Pribadi yang Anda berikan. Ubah yang salah di bawah ini: penyedia menerapkan persis perubahan ini pada profil Anda saat memproses permintaan.</translation>
    </message>
    <message>
        <source>&amp;Submit correction</source>
        <translation>&amp;Kirim perbaikan</translation>
    </message>
    <message>
        <source>Submit correction</source>
        <translation>Kirim perbaikan</translation>
    </message>
    <message>
        <source>Re-&amp;apply it</source>
        <translation>Terapkan &amp;ulang</translation>
    </message>
    <message>
        <source>Re-apply it</source>
        <translation>Terapkan ulang</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>Nama dan kontak</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nama lengkap:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Alamat email:</translation>
    </message>
    <message>
        <source>About changing the email address</source>
        <translation>Tentang mengubah alamat email</translation>
    </message>
    <message>
        <source>P&amp;hone number:</source>
        <translation>Nomor &amp;telepon:</translation>
    </message>
    <message>
        <source>for example 0812-3456-7890 or +62 21 5795 1234</source>
        <translation>misalnya 0812-3456-7890 atau +62 21 5795 1234</translation>
    </message>
    <message>
        <source>How the phone number is filed</source>
        <translation>Cara nomor telepon diajukan</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>S&amp;itus web:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Alamat surat</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Baris alamat &amp;1:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Baris alamat &amp;2:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>K&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Region or province:</source>
        <translation>&amp;Wilayah atau provinsi:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Kode &amp;pos:</translation>
    </message>
    <message>
        <source>two letters, e.g. ID</source>
        <translation>dua huruf, mis. ID</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Nama negara</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>N&amp;egara:</translation>
    </message>
    <message>
        <source>Clear every field to remove the address.</source>
        <translation>Kosongkan semua kolom untuk menghapus alamat.</translation>
    </message>
    <message>
        <source>About the address</source>
        <translation>Tentang alamat</translation>
    </message>
    <message>
        <source>Write the number with “+” and the country code.</source>
        <translation>Tulis nomor dengan “+” dan kode negara.</translation>
    </message>
    <message>
        <source>Numbers without “+” are read as dialled in %1. Leave empty to remove the number.</source>
        <translation>Nomor tanpa “+” dibaca sebagai nomor yang dihubungi di %1. Kosongkan untuk menghapus nomor.</translation>
    </message>
    <message>
        <source>Filed as %1.</source>
        <translation>Diajukan sebagai %1.</translation>
    </message>
    <message>
        <source>Loading your current profile…</source>
        <translation>Memuat profil Anda saat ini…</translation>
    </message>
    <message>
        <source>The server did not say which version of your profile this is, so a correction cannot be filed safely. Try again later.</source>
        <translation>Server tidak menyebutkan versi profil Anda ini, sehingga perbaikan tidak dapat diajukan dengan aman. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>Change at least one field to file a correction.</source>
        <translation>Ubah setidaknya satu kolom untuk mengajukan perbaikan.</translation>
    </message>
    <message>
        <source>Checking whether your profile changed elsewhere…</source>
        <translation>Memeriksa apakah profil Anda diubah di tempat lain…</translation>
    </message>
    <message>
        <source>Your profile changed on the server since this form was filled in (on another device, or by the provider processing a request). Nothing was overwritten.</source>
        <translation>Profil Anda berubah di server sejak formulir ini diisi (di perangkat lain, atau oleh penyedia yang memproses permintaan). Tidak ada yang ditimpa.</translation>
    </message>
    <message>
        <source>Taken over from the current profile:</source>
        <translation>Diambil dari profil saat ini:</translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <translation>• %1: %2 → %3</translation>
    </message>
    <message>
        <source>Also changed by you: your value is kept, check it:</source>
        <translation>Juga Anda ubah: nilai Anda dipertahankan, periksalah:</translation>
    </message>
    <message>
        <source>• %1: now “%2” in your profile, yours “%3”</source>
        <translation>• %1: sekarang “%2” di profil Anda, milik Anda “%3”</translation>
    </message>
    <message>
        <source>Review the form, then submit again to re-apply your changes to the current profile.</source>
        <translation>Periksa formulir, lalu kirim lagi untuk menerapkan ulang perubahan Anda pada profil saat ini.</translation>
    </message>
    <message>
        <source>Your current profile could not be loaded: %1</source>
        <translation>Profil Anda saat ini tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <source>Your correction of %1 was not applied: your profile had been changed elsewhere in the meantime, and nothing was overwritten. You can re-apply it to the current profile and check it before submitting.</source>
        <translation>Perbaikan Anda pada %1 tidak diterapkan: profil Anda telah diubah di tempat lain sementara itu, dan tidak ada yang ditimpa. Anda dapat menerapkannya ulang pada profil saat ini dan memeriksanya sebelum mengirim.</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>U&amp;bah…</translation>
    </message>
    <message>
        <source>Change email address</source>
        <translation>Ubah alamat email</translation>
    </message>
    <message>
        <source>Your email address is also how you sign in, so it is not changed by a correction: choose Change…, and enter the code we send to the new address.</source>
        <translation>Alamat email Anda juga menjadi cara Anda masuk, jadi alamat itu tidak diubah lewat perbaikan: pilih Ubah…, lalu masukkan kode yang kami kirim ke alamat baru.</translation>
    </message>
</context>
<context>
    <name>pd::EditSummaryDialog</name>
    <message>
        <source>Check your correction</source>
        <translation>Periksa perbaikan Anda</translation>
    </message>
    <message>
        <source>These changes will be sent to the provider. Nothing else in your profile changes.</source>
        <translation>Perubahan ini akan dikirim ke penyedia. Tidak ada hal lain di profil Anda yang berubah.</translation>
    </message>
    <message>
        <source>About this summary</source>
        <translation>Tentang ringkasan ini</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>After the correction</source>
        <translation>Setelah perbaikan</translation>
    </message>
    <message>
        <source>Changes to your profile</source>
        <translation>Perubahan pada profil Anda</translation>
    </message>
    <message>
        <source>&amp;Confirm and submit</source>
        <translation>&amp;Konfirmasi dan kirim</translation>
    </message>
    <message>
        <source>Confirm and submit</source>
        <translation>Konfirmasi dan kirim</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Kem&amp;bali ke formulir</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>pd::EnableTwoFactorDialog</name>
    <message>
        <source>Turn on two-factor authentication</source>
        <translation>Aktifkan autentikasi dua faktor</translation>
    </message>
    <message>
        <source>With two-factor authentication, signing in needs a code from an authenticator app on your phone as well as your password.</source>
        <translation>Dengan autentikasi dua faktor, untuk masuk Anda memerlukan kode dari aplikasi autentikator di ponsel Anda selain kata sandi.</translation>
    </message>
    <message>
        <source>About two-factor authentication</source>
        <translation>Tentang autentikasi dua faktor</translation>
    </message>
    <message>
        <source>1. Scan this QR code with your authenticator app (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator):</source>
        <translation>1. Pindai kode QR ini dengan aplikasi autentikator Anda (misalnya FreeOTP, Aegis, Google Authenticator, atau Microsoft Authenticator):</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Langkah 1</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Kode QR untuk aplikasi autentikator Anda</translation>
    </message>
    <message>
        <source>Holds the same key as the text below</source>
        <translation>Berisi kunci yang sama dengan teks di bawah</translation>
    </message>
    <message>
        <source>Or type this key into the app:</source>
        <translation>Atau ketik kunci ini di aplikasi:</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Entri manual</translation>
    </message>
    <message>
        <source>Key for manual entry</source>
        <translation>Kunci untuk entri manual</translation>
    </message>
    <message>
        <source>2. &amp;Enter the 6-digit code the app shows:</source>
        <translation>2. &amp;Masukkan kode 6 digit yang ditampilkan aplikasi:</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>Preparing a new key…</source>
        <translation>Menyiapkan kunci baru…</translation>
    </message>
    <message>
        <source>Two-factor authentication is already on.</source>
        <translation>Autentikasi dua faktor sudah aktif.</translation>
    </message>
    <message>
        <source>The server sent a key this app cannot read.</source>
        <translation>Server mengirim kunci yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Memeriksa kode…</translation>
    </message>
    <message>
        <source>That code is not right. Check that your phone's clock is correct and enter the code the app shows now.</source>
        <translation>Kode tersebut salah. Pastikan jam di ponsel Anda sudah benar, lalu masukkan kode yang ditampilkan aplikasi saat ini.</translation>
    </message>
    <message>
        <source>Cop&amp;y key</source>
        <translation>&amp;Salin kunci</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Salin kunci</translation>
    </message>
    <message>
        <source>The key is removed from the clipboard after 30 seconds.</source>
        <translation>Kunci dihapus dari papan klip setelah 30 detik.</translation>
    </message>
    <message>
        <source>Turning on two-factor authentication needs you to confirm it is you, so that someone who got hold of this app's session cannot tie your account to their own authenticator app.</source>
        <translation>Untuk mengaktifkan autentikasi dua faktor, Anda perlu memastikan bahwa ini memang Anda, agar orang yang menguasai sesi aplikasi ini tidak dapat mengikat akun Anda ke aplikasi autentikator miliknya.</translation>
    </message>
    <message>
        <source>Two-factor authentication was not turned on: you did not confirm it is you.</source>
        <translation>Autentikasi dua faktor tidak diaktifkan: Anda tidak memastikan bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>1. The QR code cannot be shown: this installation of Privacy Dashboard is missing its QR code module. Type this key into your authenticator app (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator):</source>
        <translation>1. Kode QR tidak dapat ditampilkan: instalasi Privacy Dashboard ini tidak memiliki modul kode QR. Ketik kunci ini ke aplikasi autentikator Anda (misalnya FreeOTP, Aegis, Google Authenticator, atau Microsoft Authenticator):</translation>
    </message>
</context>
<context>
    <name>pd::ExportArchive</name>
    <message>
        <source>The file is not a readable ZIP archive.</source>
        <translation>Berkas ini bukan arsip ZIP yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The archive was refused because it is unsafe to open: %1</source>
        <translation>Arsip ditolak karena tidak aman untuk dibuka: %1</translation>
    </message>
    <message>
        <source>The archive's table of contents is damaged.</source>
        <translation>Daftar isi arsip rusak.</translation>
    </message>
    <message>
        <source>it holds too many files.</source>
        <translation>arsip berisi terlalu banyak berkas.</translation>
    </message>
    <message>
        <source>it holds a file with an absolute path or "..".</source>
        <translation>arsip berisi berkas dengan jalur absolut atau "..".</translation>
    </message>
    <message>
        <source>it holds two files named %1.</source>
        <translation>arsip berisi dua berkas bernama %1.</translation>
    </message>
    <message>
        <source>%1 is encrypted or compressed in an unknown way.</source>
        <translation>%1 dienkripsi atau dikompresi dengan cara yang tidak dikenal.</translation>
    </message>
    <message>
        <source>%1 would be too large once unpacked.</source>
        <translation>%1 akan terlalu besar setelah diekstrak.</translation>
    </message>
    <message>
        <source>%1 is compressed suspiciously well (a "zip bomb").</source>
        <translation>%1 terkompresi dengan rasio yang mencurigakan ("zip bomb").</translation>
    </message>
    <message>
        <source>This is not a privacy export: it has no manifest.json.</source>
        <translation>Ini bukan ekspor privasi: tidak ada manifest.json.</translation>
    </message>
    <message>
        <source>The archive's manifest.json is too large.</source>
        <translation>Berkas manifest.json dalam arsip terlalu besar.</translation>
    </message>
    <message>
        <source>The archive's manifest.json is damaged.</source>
        <translation>Berkas manifest.json dalam arsip rusak.</translation>
    </message>
    <message>
        <source>The archive's manifest.json is not valid.</source>
        <translation>Berkas manifest.json dalam arsip tidak valid.</translation>
    </message>
    <message>
        <source>%1 is not in this archive.</source>
        <translation>%1 tidak ada dalam arsip ini.</translation>
    </message>
    <message>
        <source>%1 in the archive was changed or damaged since the export was made.</source>
        <translation>%1 dalam arsip telah berubah atau rusak sejak ekspor dibuat.</translation>
    </message>
    <message>
        <source>%1 is not a CSV or JSON file.</source>
        <translation>%1 bukan berkas CSV atau JSON.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file to read %1.</source>
        <translation>Tidak dapat membuat berkas sementara untuk membaca %1.</translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation>Pembacaan %1 dihentikan.</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary file; the disk may be full.</source>
        <translation>%1 tidak dapat ditulis ke berkas sementara; disk mungkin penuh.</translation>
    </message>
    <message>
        <source>This archive has no readable copy; it was made before exports had one.</source>
        <translation>Arsip ini tidak memiliki salinan yang dapat dibaca; arsip dibuat sebelum ekspor memilikinya.</translation>
    </message>
    <message>
        <source>No new folder could be made in %1 for the readable copy.</source>
        <translation>Folder baru untuk salinan yang dapat dibaca tidak dapat dibuat di %1.</translation>
    </message>
    <message>
        <source>Export archives cannot be opened: this installation of Privacy Dashboard is missing its ZIP module. Reinstall the app.</source>
        <translation>Arsip ekspor tidak dapat dibuka: instalasi Privacy Dashboard ini tidak memiliki modul ZIP. Pasang ulang aplikasinya.</translation>
    </message>
</context>
<context>
    <name>pd::ExportRequestDialog</name>
    <message>
        <source>Select &amp;all</source>
        <translation>Pilih &amp;semua</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Kosongkan pilihan</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Ekspor data saya</translation>
    </message>
    <message>
        <source>The privacy policy says you retain all rights to the data you provide and may access the Personal Data you have provided. This request asks the provider for a copy of the data you choose below, in files other programs can read, so you can keep it or take it to another service. Nothing is changed or deleted. When the copy is ready, the Requests page offers it as one archive to download; the download link expires after a few days, so save the archive soon (you can ask for a new export later).</source>
        <translation>Kebijakan privasi menyatakan bahwa Anda tetap memegang semua hak atas data yang Anda berikan dan dapat mengakses Data Pribadi yang telah Anda berikan. Permintaan ini meminta penyedia membuat salinan data yang Anda pilih di bawah, dalam berkas yang dapat dibaca program lain, agar Anda dapat menyimpannya atau membawanya ke layanan lain. Tidak ada yang diubah atau dihapus. Saat salinan siap, halaman Permintaan menawarkannya sebagai satu arsip untuk diunduh; tautan unduhan kedaluwarsa setelah beberapa hari, jadi segera simpan arsipnya (Anda dapat meminta ekspor baru nanti).</translation>
    </message>
    <message>
        <source>Data to include</source>
        <translation>Data yang disertakan</translation>
    </message>
    <message>
        <source>Select all categories</source>
        <translation>Pilih semua kategori</translation>
    </message>
    <message>
        <source>Select no category</source>
        <translation>Kosongkan semua kategori</translation>
    </message>
    <message>
        <source>JSON and CSV</source>
        <translation>JSON dan CSV</translation>
    </message>
    <message>
        <source>JSON (structured, for programs)</source>
        <translation>JSON (terstruktur, untuk program)</translation>
    </message>
    <message>
        <source>CSV (tables, for spreadsheets)</source>
        <translation>CSV (tabel, untuk lembar kerja)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format berkas</translation>
    </message>
    <message>
        <source>File &amp;format:</source>
        <translation>&amp;Format berkas:</translation>
    </message>
    <message>
        <source>&amp;Request export</source>
        <translation>&amp;Minta ekspor</translation>
    </message>
    <message>
        <source>Request export</source>
        <translation>Minta ekspor</translation>
    </message>
    <message>
        <source>Profile (name, email, address, phone, website)</source>
        <translation>Profil (nama, email, alamat, telepon, situs web)</translation>
    </message>
    <message>
        <source>Billing information</source>
        <translation>Informasi penagihan</translation>
    </message>
    <message>
        <source>Data received from third parties</source>
        <translation>Data yang diterima dari pihak ketiga</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Kunjungan situs</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Log aktivitas</translation>
    </message>
    <message>
        <source>Service usage</source>
        <translation>Penggunaan layanan</translation>
    </message>
    <message>
        <source>Cookie choices</source>
        <translation>Pilihan cookie</translation>
    </message>
    <message>
        <source>Google sign-in authorizations</source>
        <translation>Otorisasi masuk dengan Google</translation>
    </message>
    <message>
        <source>Your rights requests</source>
        <translation>Permintaan hak Anda</translation>
    </message>
    <message>
        <source>Choose at least one kind of data to export.</source>
        <translation>Pilih setidaknya satu jenis data untuk diekspor.</translation>
    </message>
</context>
<context>
    <name>pd::FieldFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
</context>
<context>
    <name>pd::FreshnessBar</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Status data</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Memuat ulang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Get the latest copy from the server (F5)</source>
        <translation>Ambil salinan terbaru dari server (F5)</translation>
    </message>
    <message>
        <source>Cancel refresh</source>
        <translation>Batalkan muat ulang</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Muat ulang dibatalkan.</translation>
    </message>
    <message>
        <source>Refreshing… (showing the copy from %1)</source>
        <translation>Memuat ulang… (menampilkan salinan dari %1)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Memuat ulang…</translation>
    </message>
    <message>
        <source>Could not refresh: %1 Showing the copy from %2.</source>
        <translation>Gagal memuat ulang: %1 Menampilkan salinan dari %2.</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Gagal memuat ulang: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Diperbarui %1</translation>
    </message>
</context>
<context>
    <name>pd::GuardianRemovalDialog</name>
    <message>
        <source>Your full name</source>
        <translation>Nama lengkap Anda</translation>
    </message>
    <message>
        <source>The minor's full name</source>
        <translation>Nama lengkap anak</translation>
    </message>
    <message>
        <source>The minor's email address</source>
        <translation>Alamat email anak</translation>
    </message>
    <message>
        <source>The minor's phone number</source>
        <translation>Nomor telepon anak</translation>
    </message>
    <message>
        <source>The minor's username</source>
        <translation>Nama pengguna anak</translation>
    </message>
    <message>
        <source>Remove a minor's data</source>
        <translation>Hapus data anak di bawah umur</translation>
    </message>
    <message>
        <source>If a person who is a minor under applicable law gave the provider Personal Data or Service Data without a parent's or guardian's consent, the parent or guardian can ask for that data to be removed and for the minor to be unsubscribed. Children under 13 may not have an account at all: when the provider learns of one, it removes the child's information and stops them from using the Products and Services.</source>
        <translation>Jika seseorang yang menurut hukum yang berlaku tergolong anak di bawah umur memberikan Data Pribadi atau Data Layanan kepada penyedia tanpa persetujuan orang tua atau wali, orang tua atau wali tersebut dapat meminta agar data itu dihapus dan langganan anak tersebut dihentikan. Anak di bawah 13 tahun sama sekali tidak boleh memiliki akun: bila penyedia mengetahuinya, penyedia menghapus informasi anak tersebut dan mencegahnya menggunakan Produk dan Layanan.</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Wali sah</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Your relation to the minor</source>
        <translation>Hubungan Anda dengan anak</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Your &amp;full name:</source>
        <translation>Nama &amp;lengkap Anda:</translation>
    </message>
    <message>
        <source>&amp;Relation to the minor:</source>
        <translation>&amp;Hubungan dengan anak:</translation>
    </message>
    <message>
        <source>The minor (name, and at least one identifier)</source>
        <translation>Anak (nama, dan minimal satu pengenal)</translation>
    </message>
    <message>
        <source>&amp;Minor's full name:</source>
        <translation>&amp;Nama lengkap anak:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Alamat email:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Nomor &amp;telepon:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <source>Explain how you are related to the minor and why the data should be removed.</source>
        <translation>Jelaskan hubungan Anda dengan anak tersebut dan mengapa datanya harus dihapus.</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>Pe&amp;rnyataan:</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Masukkan nama lengkap Anda.</translation>
    </message>
    <message>
        <source>Enter the minor's full name.</source>
        <translation>Masukkan nama lengkap anak.</translation>
    </message>
    <message>
        <source>Enter at least one of the minor's email address, phone number or username.</source>
        <translation>Masukkan minimal salah satu dari alamat email, nomor telepon, atau nama pengguna anak.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Alamat email tidak valid.</translation>
    </message>
    <message>
        <source>Write a statement.</source>
        <translation>Tulis pernyataan.</translation>
    </message>
    <message>
        <source>The statement is too long: %1 characters, at most %2.</source>
        <translation>Pernyataan terlalu panjang: %1 karakter, paling banyak %2.</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890 or +62 812 3456 7890</source>
        <translation>mis. 0812 3456 7890 atau +62 812 3456 7890</translation>
    </message>
</context>
<context>
    <name>pd::GuidedTour</name>
    <message>
        <source>What is held about you</source>
        <translation>Apa yang disimpan tentang Anda</translation>
    </message>
    <message>
        <source>The section you chose</source>
        <translation>Bagian yang Anda pilih</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Status sinkronisasi</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Hak Anda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>These sections list what the platform holds about you — your personal data and the service data recorded while you use it — and your controls: devices, cookies, connected apps, security and your requests. Use the arrow keys to move between them.</source>
        <translation>Bagian-bagian ini mencantumkan apa yang disimpan platform tentang Anda — data pribadi Anda dan data layanan yang dicatat saat Anda menggunakannya — serta kendali Anda: perangkat, cookie, aplikasi terhubung, keamanan, dan permintaan Anda. Gunakan tombol panah untuk berpindah di antaranya.</translation>
    </message>
    <message>
        <source>The chosen section is shown here. Tables can be searched and filtered, and each section says how recent its copy of your data is.</source>
        <translation>Bagian yang dipilih ditampilkan di sini. Tabel dapat dicari dan disaring, dan setiap bagian menyebutkan seberapa baru salinan data Anda.</translation>
    </message>
    <message>
        <source>Downloads what changed on the server since the last sync. The app also syncs by itself while you are signed in.</source>
        <translation>Mengunduh perubahan di server sejak sinkronisasi terakhir. Aplikasi juga menyinkronkan sendiri selama Anda masuk.</translation>
    </message>
    <message>
        <source>Shows whether a sync is running, how far it has got and whether the last one succeeded.</source>
        <translation>Menunjukkan apakah sinkronisasi sedang berjalan, sejauh mana kemajuannya, dan apakah sinkronisasi terakhir berhasil.</translation>
    </message>
    <message>
        <source>Exercise your rights from here: ask for a copy of your data, a correction, its deletion or a restriction of its use. The Requests section follows each request until it is answered.</source>
        <translation>Gunakan hak Anda dari sini: minta salinan data Anda, perbaikan, penghapusan, atau pembatasan penggunaannya. Bagian Permintaan mengikuti setiap permintaan sampai dijawab.</translation>
    </message>
    <message>
        <source>Take this tour again, or copy diagnostics for support staff: versions and connection details, never your personal data.</source>
        <translation>Ikuti tur ini lagi, atau salin diagnostik untuk staf dukungan: versi dan detail koneksi, tidak pernah data pribadi Anda.</translation>
    </message>
</context>
<context>
    <name>pd::HttpExchange</name>
    <message>
        <source>The server sent its answer compressed although this app did not ask for that, so the answer was refused.</source>
        <translation>Server mengirim jawabannya dalam bentuk terkompresi padahal aplikasi ini tidak memintanya, sehingga jawaban itu ditolak.</translation>
    </message>
</context>
<context>
    <name>pd::HttpSyncPageSource</name>
    <message>
        <source>The server sent a page larger than %1; it was refused.</source>
        <extracomment>%1 a size such as "64 MiB"</extracomment>
        <translation>Server mengirim halaman yang lebih besar dari %1; halaman itu ditolak.</translation>
    </message>
</context>
<context>
    <name>pd::IdleWarningBanner</name>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Tetap masuk</translation>
    </message>
    <message>
        <source>Inactivity warning</source>
        <translation>Peringatan tidak ada aktivitas</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Tetap masuk</translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out in %Ln second(s) because there was no activity. Your downloaded data will then be removed from this computer.</source>
        <translation>
            <numerusform>Anda akan dikeluarkan dalam %Ln detik karena tidak ada aktivitas. Setelah itu, data yang telah Anda unduh akan dihapus dari komputer ini.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::JsonRecordScanner</name>
    <message>
        <source>Malformed JSON at byte %1: %2</source>
        <translation>Format JSON rusak pada byte %1: %2</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the file is not a JSON array</source>
        <translation>berkas bukan array JSON</translation>
    </message>
    <message>
        <source>a comma before the closing bracket</source>
        <translation>ada koma sebelum kurung siku penutup</translation>
    </message>
    <message>
        <source>the array is not closed</source>
        <translation>array tidak ditutup</translation>
    </message>
    <message>
        <source>a comma is missing between elements</source>
        <translation>tidak ada koma di antara elemen</translation>
    </message>
    <message>
        <source>an element of the array is not an object</source>
        <translation>salah satu elemen array bukan objek</translation>
    </message>
    <message>
        <source>an object is not closed</source>
        <translation>objek tidak ditutup</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>string tidak ditutup</translation>
    </message>
    <message>
        <source>an object is longer than %1 bytes</source>
        <translation>objek lebih panjang dari %1 byte</translation>
    </message>
</context>
<context>
    <name>pd::JsonTable</name>
    <message>
        <source>Malformed JSON at byte %1: %2</source>
        <translation>Format JSON rusak pada byte %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::KeychainTokenStore</name>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Akses ke keychain sistem ditolak.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the sign-in cannot be remembered.</source>
        <translation>Keychain sistem tidak tersedia, sehingga status masuk Anda tidak dapat diingat.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Keychain sistem melaporkan kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>pd::LinkedIdentitiesSection</name>
    <message>
        <source>Sign-in with Google or your organization</source>
        <translation>Masuk dengan Google atau organisasi Anda</translation>
    </message>
    <message>
        <source>Sign in to this account with your Google account or your organization's account instead of your password. Only the sign-ins you link here can open your account.</source>
        <translation>Masuk ke akun ini dengan akun Google atau akun organisasi Anda, bukan dengan kata sandi. Hanya cara masuk yang Anda tautkan di sini yang dapat membuka akun Anda.</translation>
    </message>
    <message>
        <source>About linked sign-ins</source>
        <translation>Tentang cara masuk yang ditautkan</translation>
    </message>
    <message>
        <source>Loading your linked sign-ins…</source>
        <translation>Memuat cara masuk yang ditautkan…</translation>
    </message>
    <message>
        <source>Linked sign-ins</source>
        <translation>Cara masuk yang ditautkan</translation>
    </message>
    <message>
        <source>&amp;Link Google / organization sign-in…</source>
        <translation>&amp;Tautkan masuk Google / organisasi…</translation>
    </message>
    <message>
        <source>Link Google or organization sign-in</source>
        <translation>Tautkan masuk Google atau organisasi</translation>
    </message>
    <message>
        <source>Where to sign in</source>
        <translation>Tempat masuk</translation>
    </message>
    <message>
        <source>About linking</source>
        <translation>Tentang penautan</translation>
    </message>
    <message>
        <source>The server sent a list of linked sign-ins this app cannot read.</source>
        <translation>Server mengirim daftar cara masuk tertaut yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>%1, linked on %2</source>
        <translation>%1, ditautkan pada %2</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Lepaskan tautan…</translation>
    </message>
    <message>
        <source>Unlink the %1 sign-in</source>
        <translation>Lepaskan tautan masuk %1</translation>
    </message>
    <message>
        <source>No sign-in is linked to your account yet.</source>
        <translation>Belum ada cara masuk yang ditautkan ke akun Anda.</translation>
    </message>
    <message>
        <source>Your linked sign-ins could not be loaded: %1</source>
        <translation>Cara masuk yang ditautkan tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <source>Sign in at %1…</source>
        <translation>Masuk di %1…</translation>
    </message>
    <message>
        <source>Linking is possible once this app has reached your account's server.</source>
        <translation>Penautan dapat dilakukan setelah aplikasi ini terhubung ke server akun Anda.</translation>
    </message>
    <message>
        <source>This server does not offer sign-in with Google or an organization's account.</source>
        <translation>Server ini tidak menawarkan masuk dengan akun Google atau akun organisasi.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Tidak terhubung ke server.</translation>
    </message>
    <message>
        <source>Your %1 sign-in was not linked: %2</source>
        <translation>Masuk dengan %1 tidak ditautkan: %2</translation>
    </message>
    <message>
        <source>Linking a sign-in needs you to confirm it is you, so that someone who got hold of this app's session cannot add their own way into your account.</source>
        <translation>Menautkan cara masuk memerlukan konfirmasi bahwa ini memang Anda, agar orang yang menguasai sesi aplikasi ini tidak dapat menambahkan jalan masuknya sendiri ke akun Anda.</translation>
    </message>
    <message>
        <source>Linking your %1 sign-in…</source>
        <translation>Menautkan masuk dengan %1…</translation>
    </message>
    <message>
        <source>Your %1 sign-in is linked: you can now use it to sign in to this account.</source>
        <translation>Masuk dengan %1 sudah ditautkan: kini Anda dapat menggunakannya untuk masuk ke akun ini.</translation>
    </message>
    <message>
        <source>Your %1 sign-in was not linked: you did not confirm it is you.</source>
        <translation>Masuk dengan %1 tidak ditautkan: Anda tidak mengonfirmasi bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>This %1 sign-in is already linked to another account, so it cannot be linked to this one.</source>
        <translation>Cara masuk %1 ini sudah ditautkan ke akun lain, sehingga tidak dapat ditautkan ke akun ini.</translation>
    </message>
    <message>
        <source>Cancelled: your %1 sign-in may still have been linked.</source>
        <translation>Dibatalkan: masuk dengan %1 mungkin tetap sudah ditautkan.</translation>
    </message>
    <message>
        <source>Unlink sign-in</source>
        <translation>Lepaskan tautan cara masuk</translation>
    </message>
    <message>
        <source>Once unlinked, your %1 sign-in can no longer be used to sign in to this account. You can still sign in with your password, and link it again later.</source>
        <translation>Setelah tautannya dilepas, masuk dengan %1 tidak dapat lagi digunakan untuk masuk ke akun ini. Anda tetap dapat masuk dengan kata sandi, dan menautkannya lagi nanti.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Lepaskan tautan</translation>
    </message>
    <message>
        <source>Keep the sign-in linked</source>
        <translation>Biarkan tetap tertaut</translation>
    </message>
    <message>
        <source>Unlinking a sign-in needs you to confirm it is you, so that someone who got hold of this app's session cannot take away your way into your account.</source>
        <translation>Melepas tautan cara masuk memerlukan konfirmasi bahwa ini memang Anda, agar orang yang menguasai sesi aplikasi ini tidak dapat menghapus jalan masuk Anda ke akun Anda.</translation>
    </message>
    <message>
        <source>Unlinking your %1 sign-in…</source>
        <translation>Melepas tautan masuk dengan %1…</translation>
    </message>
    <message>
        <source>Your %1 sign-in is unlinked: it can no longer be used to sign in to this account.</source>
        <translation>Tautan masuk dengan %1 sudah dilepas: tidak dapat lagi digunakan untuk masuk ke akun ini.</translation>
    </message>
    <message>
        <source>Your %1 sign-in was not unlinked: you did not confirm it is you.</source>
        <translation>Tautan masuk dengan %1 tidak dilepas: Anda tidak mengonfirmasi bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>Cancelled: your %1 sign-in may still have been unlinked.</source>
        <translation>Dibatalkan: tautan masuk dengan %1 mungkin tetap sudah dilepas.</translation>
    </message>
    <message>
        <source>Could not unlink your %1 sign-in: %2</source>
        <translation>Tautan masuk dengan %1 tidak dapat dilepas: %2</translation>
    </message>
</context>
<context>
    <name>pd::LogsModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Alamat IP</translation>
    </message>
</context>
<context>
    <name>pd::LogsPage</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <source>No log entries recorded yet.</source>
        <translation>Belum ada entri log yang tercatat.</translation>
    </message>
    <message>
        <source>Fetching your activity log…</source>
        <translation>Mengambil log aktivitas Anda…</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Log aktivitas</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Entri log</translation>
    </message>
    <message numerus="yes">
        <source>%Ln log entry(s)</source>
        <translation>
            <numerusform>%Ln entri log</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Tingkat:</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Semua tingkat</translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>Privacy Dashboard</source>
        <translation>Dasbor Privasi</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Choose what to look at; use the arrow keys to move</source>
        <translation>Pilih yang ingin dilihat; gunakan tombol panah untuk berpindah</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Bagian saat ini</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Download what changed on the server since the last sync</source>
        <translation>Unduh perubahan di server sejak sinkronisasi terakhir</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>End the session and remove the downloaded data from this computer</source>
        <translation>Akhiri sesi dan hapus data yang telah diunduh dari komputer ini</translation>
    </message>
    <message>
        <source>&amp;About Privacy Dashboard</source>
        <translation>&amp;Tentang Dasbor Privasi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Terhubung ke %1</translation>
    </message>
    <message>
        <source>%1 — Privacy Dashboard</source>
        <translation>%1 — Dasbor Privasi</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Keluar?</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) have not reached the server yet. Signing out deletes them from this computer and they will not be sent.</source>
        <translation>
            <numerusform>%n permintaan belum sampai ke server. Jika Anda keluar, permintaan tersebut akan dihapus dari komputer ini dan tidak akan dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign Out and &amp;Discard</source>
        <translation>Keluar dan &amp;buang</translation>
    </message>
    <message>
        <source>About Privacy Dashboard</source>
        <translation>Tentang Dasbor Privasi</translation>
    </message>
    <message>
        <source>Privacy Dashboard %1

See and control what the platform holds about you: your personal data, the service data recorded while you use it, and your privacy requests.</source>
        <translation>Dasbor Privasi %1

Lihat dan kendalikan data yang disimpan platform tentang Anda: data pribadi Anda, data layanan yang tercatat saat Anda menggunakannya, dan permintaan privasi Anda.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pen&amp;gaturan…</translation>
    </message>
    <message>
        <source>Choose the language, when to sign out and the colors</source>
        <translation>Pilih bahasa, kapan keluar, dan warna</translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation>Ik&amp;uti tur</translation>
    </message>
    <message>
        <source>Show what each part of this window is for</source>
        <translation>Tunjukkan kegunaan setiap bagian jendela ini</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>Salin &amp;diagnostik</translation>
    </message>
    <message>
        <source>Copy versions and connection details for support staff; no personal data</source>
        <translation>Salin versi dan detail koneksi untuk staf dukungan; tanpa data pribadi</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. Paste them into your message to support; they contain no personal data.</source>
        <translation>Diagnostik disalin ke papan klip. Tempelkan ke pesan Anda untuk tim dukungan; isinya tidak memuat data pribadi.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) you filed before your last session ended are being sent now.</source>
        <translation>
            <numerusform>%n permintaan yang Anda ajukan sebelum sesi terakhir Anda berakhir sedang dikirim sekarang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming your session on %1…</source>
        <translation>Melanjutkan sesi Anda di %1…</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>Yang disimpan</translation>
    </message>
    <message>
        <source>Your controls</source>
        <translation>Kendali Anda</translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation>&amp;Tanda Terima…</translation>
    </message>
    <message>
        <source>Show the signed receipts of your requests kept on this computer</source>
        <translation>Tampilkan tanda terima bertanda tangan dari permintaan Anda yang disimpan di komputer ini</translation>
    </message>
    <message>
        <source>&amp;Open Privacy Dashboard</source>
        <translation>&amp;Buka Privacy Dashboard</translation>
    </message>
</context>
<context>
    <name>pd::MessagesModel</name>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Dengan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
</context>
<context>
    <name>pd::MessagesPage</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Dengan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>No messages recorded yet.</source>
        <translation>Belum ada pesan yang tercatat.</translation>
    </message>
    <message>
        <source>Fetching your messages…</source>
        <translation>Mengambil pesan Anda…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>A&amp;rah:</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Kedua arah</translation>
    </message>
</context>
<context>
    <name>pd::NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
</context>
<context>
    <name>pd::ObjectToProcessingDialog</name>
    <message>
        <source>Object to processing</source>
        <translation>Keberatan atas pemrosesan</translation>
    </message>
    <message>
        <source>You can object to a use of your data, such as marketing or the recording of Service Data. The provider reviews your objection, stops the uses you choose and tells you when it has. Your Personal Data remains yours: you retain all rights to the data you provide.</source>
        <translation>Anda dapat menyatakan keberatan atas suatu penggunaan data Anda, misalnya pemasaran atau perekaman Data Layanan. Penyedia meninjau keberatan Anda, menghentikan penggunaan yang Anda pilih, dan memberi tahu Anda setelah melakukannya. Data Pribadi Anda tetap milik Anda: Anda memegang semua hak atas data yang Anda berikan.</translation>
    </message>
    <message>
        <source>&amp;Reason for the objection:</source>
        <translation>&amp;Alasan keberatan:</translation>
    </message>
    <message>
        <source>For example: I do not want my visits to be recorded for analysis.</source>
        <translation>Contoh: saya tidak ingin kunjungan saya direkam untuk analisis.</translation>
    </message>
    <message>
        <source>You object to %1 processing your %2 for: %3</source>
        <translation>Anda keberatan %1 memproses %2 Anda untuk: %3</translation>
    </message>
    <message>
        <source>You object to %1 receiving your %2 for: %3</source>
        <translation>Anda keberatan %1 menerima %2 Anda untuk: %3</translation>
    </message>
    <message>
        <source>What the objection is about</source>
        <translation>Hal yang menjadi keberatan</translation>
    </message>
</context>
<context>
    <name>pd::OidcAuthorization</name>
    <message>
        <source>%1 could not be reached to sign in: %2</source>
        <translation>%1 tidak dapat dihubungi untuk masuk: %2</translation>
    </message>
    <message>
        <source>%1 describes itself in a way this app cannot use, so single sign-on is not possible with it.</source>
        <translation>%1 menjelaskan dirinya dengan cara yang tidak dapat digunakan aplikasi ini, sehingga single sign-on tidak dapat dilakukan dengannya.</translation>
    </message>
    <message>
        <source>The app could not receive the answer from the browser (no local port was free).</source>
        <translation>Aplikasi tidak dapat menerima jawaban dari browser (tidak ada port lokal yang kosong).</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time. If you closed the browser, start again.</source>
        <translation>Proses masuk di browser tidak selesai tepat waktu. Jika Anda menutup browser, mulai lagi.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in, so it was refused. Start the sign-in again.</source>
        <translation>Browser mengembalikan jawaban yang bukan milik proses masuk ini, sehingga ditolak. Mulai proses masuk lagi.</translation>
    </message>
    <message>
        <source>The answer in the browser came from another identity provider than %1, so it was refused. Start the sign-in again.</source>
        <translation>Jawaban di browser berasal dari penyedia identitas lain selain %1, sehingga ditolak. Mulai proses masuk lagi.</translation>
    </message>
    <message>
        <source>The sign-in was declined or cancelled at %1.</source>
        <translation>Proses masuk ditolak atau dibatalkan di %1.</translation>
    </message>
    <message>
        <source>%1 needs you to finish signing in there first. Start again and complete every step in the browser.</source>
        <translation>%1 meminta Anda menyelesaikan proses masuk di sana terlebih dahulu. Mulai lagi dan selesaikan setiap langkah di browser.</translation>
    </message>
    <message>
        <source>%1 could not complete the sign-in right now. Try again later.</source>
        <translation>%1 tidak dapat menyelesaikan proses masuk saat ini. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2).</source>
        <translation>%1 menolak proses masuk (%2).</translation>
    </message>
    <message>
        <source>The browser returned an incomplete answer. Start the sign-in again.</source>
        <translation>Browser mengembalikan jawaban yang tidak lengkap. Mulai proses masuk lagi.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1 You can close this tab and return to Privacy Dashboard.</source>
        <translation>Proses masuk tidak dapat diselesaikan: %1 Anda dapat menutup tab ini dan kembali ke Privacy Dashboard.</translation>
    </message>
    <message>
        <source>Signing in to Privacy Dashboard continues in the app. You can close this tab.</source>
        <translation>Proses masuk ke Privacy Dashboard berlanjut di aplikasi. Anda dapat menutup tab ini.</translation>
    </message>
    <message>
        <source>The sign-in at %1 expired or was already used. Start it again.</source>
        <translation>Proses masuk di %1 sudah kedaluwarsa atau sudah digunakan. Mulai lagi.</translation>
    </message>
    <message>
        <source>%1 did not complete the sign-in: %2</source>
        <translation>%1 tidak menyelesaikan proses masuk: %2</translation>
    </message>
    <message>
        <source>%1 did not send the proof of sign-in this app needs.</source>
        <translation>%1 tidak mengirim bukti masuk yang diperlukan aplikasi ini.</translation>
    </message>
    <message>
        <source>%1 sent a proof of sign-in that does not belong to this sign-in, so it was refused. Start the sign-in again.</source>
        <translation>%1 mengirim bukti masuk yang bukan milik proses masuk ini, sehingga ditolak. Mulai proses masuk lagi.</translation>
    </message>
    <message>
        <source>Single sign-on is not available: this installation of Privacy Dashboard is missing its sign-in module. Sign in with your password, or reinstall the app.</source>
        <translation>Single sign-on tidak tersedia: instalasi Privacy Dashboard ini tidak memiliki modul masuknya. Masuk dengan kata sandi Anda, atau pasang ulang aplikasinya.</translation>
    </message>
</context>
<context>
    <name>pd::OpenRequestsList</name>
    <message>
        <source>Open requests</source>
        <translation>Permintaan aktif</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Diharapkan selesai</translation>
    </message>
</context>
<context>
    <name>pd::OtherRequestsDialog</name>
    <message>
        <source>Other requests</source>
        <translation>Permintaan lain</translation>
    </message>
    <message>
        <source>The privacy policy gives you these rights too. Choose the request to make; you can review it before anything is sent.</source>
        <translation>Kebijakan privasi juga memberi Anda hak-hak berikut. Pilih permintaan yang ingin diajukan; Anda dapat memeriksanya sebelum apa pun dikirim.</translation>
    </message>
    <message>
        <source>About other requests</source>
        <translation>Tentang permintaan lain</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>pd::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Privacy policy notice</source>
        <translation>Pemberitahuan kebijakan privasi</translation>
    </message>
    <message>
        <source>Re&amp;view the policy</source>
        <translation>&amp;Tinjau kebijakan</translation>
    </message>
    <message>
        <source>Review the privacy policy</source>
        <translation>Tinjau kebijakan privasi</translation>
    </message>
    <message>
        <source>What is held about you</source>
        <translation>Data yang disimpan tentang Anda</translation>
    </message>
    <message>
        <source>Website visits</source>
        <translation>Kunjungan situs web</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Activity log entries</source>
        <translation>Entri log aktivitas</translation>
    </message>
    <message>
        <source>Records from third parties</source>
        <translation>Catatan dari pihak ketiga</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Berkas media</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Pengguna aktif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Terakhir disinkronkan</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Kebijakan privasi</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>Keamanan akun</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Permintaan aktif</translation>
    </message>
    <message>
        <source>Open requests summary</source>
        <translation>Ringkasan permintaan aktif</translation>
    </message>
    <message>
        <source>See &amp;all requests</source>
        <translation>Lihat &amp;semua permintaan</translation>
    </message>
    <message>
        <source>See all requests</source>
        <translation>Lihat semua permintaan</translation>
    </message>
    <message>
        <source>Activity over the last 30 days</source>
        <translation>Aktivitas selama 30 hari terakhir</translation>
    </message>
    <message>
        <source>Loading your overview…</source>
        <translation>Memuat ringkasan Anda…</translation>
    </message>
    <message>
        <source>Sign in to see what is held about you.</source>
        <translation>Masuk untuk melihat data yang disimpan tentang Anda.</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 di komputer ini</translation>
    </message>
    <message>
        <source>You acknowledged this version.</source>
        <translation>Anda telah mengonfirmasi versi ini.</translation>
    </message>
    <message>
        <source>Not acknowledged yet.</source>
        <translation>Belum dikonfirmasi.</translation>
    </message>
    <message>
        <source>Changed since you acknowledged version %1.</source>
        <translation>Telah berubah sejak Anda mengonfirmasi versi %1.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Please read the privacy policy (version %1 of %2) and acknowledge it.</source>
        <translation>Silakan baca kebijakan privasi (versi %1 tanggal %2) dan konfirmasikan bahwa Anda telah membacanya.</translation>
    </message>
    <message>
        <source>The privacy policy changed (version %1 of %2) since you acknowledged version %3.</source>
        <translation>Kebijakan privasi telah berubah (versi %1 tanggal %2) sejak Anda mengonfirmasi versi %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signed-in session(s)</source>
        <translation>
            <numerusform>%Ln sesi aktif</numerusform>
        </translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>Tidak ada permintaan aktif.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s)</source>
        <translation>
            <numerusform>%Ln permintaan aktif</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln melewati tenggat</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Di komputer ini</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Sedang menyinkronkan…</translation>
    </message>
    <message>
        <source>Two-factor authentication on</source>
        <translation>Autentikasi dua faktor aktif</translation>
    </message>
    <message>
        <source>Two-factor authentication off</source>
        <translation>Autentikasi dua faktor nonaktif</translation>
    </message>
    <message>
        <source>Recent updates</source>
        <translation>Kabar terbaru</translation>
    </message>
    <message>
        <source>The deletion was cancelled. Your account stays as it is.</source>
        <translation>Penghapusan dibatalkan. Akun Anda tetap seperti semula.</translation>
    </message>
    <message>
        <source>What is held about you, the state of your account and your open requests</source>
        <translation>Apa yang disimpan tentang Anda, keadaan akun Anda, dan permintaan Anda yang masih terbuka</translation>
    </message>
</context>
<context>
    <name>pd::Page</name>
    <message>
        <source>Loading</source>
        <translation>Memuat</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Tidak ada yang dapat ditampilkan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
</context>
<context>
    <name>pd::PageCatalog</name>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Permintaan</translation>
    </message>
    <message>
        <source>Open export &amp;archive…</source>
        <translation>Buka &amp;arsip ekspor…</translation>
    </message>
    <message>
        <source>Check and browse an export archive saved on this computer.</source>
        <translation>Periksa dan jelajahi arsip ekspor yang tersimpan di komputer ini.</translation>
    </message>
</context>
<context>
    <name>pd::PartialDownload</name>
    <message>
        <source>Cannot read the partly downloaded file.</source>
        <translation>Tidak dapat membaca berkas yang baru sebagian terunduh.</translation>
    </message>
    <message>
        <source>Cannot write the downloaded file.</source>
        <translation>Tidak dapat menulis berkas yang diunduh.</translation>
    </message>
    <message>
        <source>Cannot write the downloaded file. Is the disk full?</source>
        <translation>Tidak dapat menulis berkas yang diunduh. Apakah disk sudah penuh?</translation>
    </message>
</context>
<context>
    <name>pd::PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>Semb&amp;unyikan</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Tam&amp;pilkan</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Sembunyikan kata sandi</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Tampilkan kata sandi</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Sembunyikan kata sandi</translation>
    </message>
    <message>
        <source>Show the password as you type</source>
        <translation>Tampilkan kata sandi saat Anda mengetik</translation>
    </message>
</context>
<context>
    <name>pd::PasswordStrengthHint</name>
    <message>
        <source>Password strength</source>
        <translation>Kekuatan kata sandi</translation>
    </message>
    <message>
        <source>Password strength hint</source>
        <translation>Petunjuk kekuatan kata sandi</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Terlalu pendek: gunakan minimal %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: make it longer and mix upper and lower case letters, digits and symbols.</source>
        <translation>Lemah: buat lebih panjang dan gabungkan huruf besar dan kecil, angka, serta simbol.</translation>
    </message>
    <message>
        <source>Fair: a longer password, or more kinds of characters, would be stronger.</source>
        <translation>Cukup: kata sandi yang lebih panjang atau dengan lebih banyak jenis karakter akan lebih kuat.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Baik.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
</context>
<context>
    <name>pd::PersonalDataPage</name>
    <message>
        <source>Partners, vendors, agencies and integrated services may send data about you. This is what was received, and from whom.</source>
        <translation>Mitra, vendor, agensi, dan layanan terintegrasi dapat mengirimkan data tentang Anda. Berikut data yang diterima beserta pengirimnya.</translation>
    </message>
    <message>
        <source>About data from third parties</source>
        <translation>Tentang data dari pihak ketiga</translation>
    </message>
    <message>
        <source>Data from third parties</source>
        <translation>Data dari pihak ketiga</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Payment cards</source>
        <translation>Kartu pembayaran</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Hak Anda</translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation>Data pribadi Anda</translation>
    </message>
    <message>
        <source>Could not load your payment cards: %1</source>
        <translation>Tidak dapat memuat kartu pembayaran Anda: %1</translation>
    </message>
    <message>
        <source>Could not load the data from third parties: %1</source>
        <translation>Tidak dapat memuat data dari pihak ketiga: %1</translation>
    </message>
    <message>
        <source>About “%1”</source>
        <translation>Tentang “%1”</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Loading your personal data…</source>
        <translation>Memuat data pribadi Anda…</translation>
    </message>
    <message>
        <source>The server sent a profile this app cannot read.</source>
        <translation>Server mengirim profil yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>The server sent payment cards this app cannot read.</source>
        <translation>Server mengirim data kartu pembayaran yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>The server sent records this app cannot read.</source>
        <translation>Server mengirim catatan yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>Your profile, payment cards and data from third parties, and your rights</source>
        <translation>Profil Anda, kartu pembayaran, dan data dari pihak ketiga, serta hak-hak Anda</translation>
    </message>
</context>
<context>
    <name>pd::PhoneNumberNormalizer</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Masukkan nomor telepon.</translation>
    </message>
    <message>
        <source>A phone number contains only digits, spaces, “+”, “-” and brackets.</source>
        <translation>Nomor telepon hanya berisi angka, spasi, “+”, “-” dan tanda kurung.</translation>
    </message>
    <message>
        <source>Start the number with “+” and the country code (for example +62 for Indonesia), or enter the country of your address.</source>
        <translation>Awali nomor dengan “+” dan kode negara (misalnya +62 untuk Indonesia), atau isi negara alamat Anda.</translation>
    </message>
    <message>
        <source>The country code after “+” does not exist.</source>
        <translation>Kode negara setelah “+” tidak ada.</translation>
    </message>
    <message>
        <source>The phone number is too short.</source>
        <translation>Nomor telepon terlalu pendek.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Nomor telepon terlalu panjang.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ini bukan nomor telepon.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. Check the digits, or start with “+” and the country code.</source>
        <translation>Ini bukan nomor telepon yang valid di %1. Periksa angkanya, atau awali dengan “+” dan kode negara.</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Check the digits, or start with “+” and the country code.</source>
        <translation>Ini bukan nomor telepon yang valid. Periksa angkanya, atau awali dengan “+” dan kode negara.</translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked on this computer: part of the app is missing. Write the number with “+” and the country code (for example +62 21 5795 1234).</source>
        <translation>Nomor telepon tidak dapat diperiksa di komputer ini: sebagian aplikasi tidak ada. Tulis nomor dengan “+” dan kode negara (misalnya +62 21 5795 1234).</translation>
    </message>
</context>
<context>
    <name>pd::PlaceFormat</name>
    <message>
        <source>Unknown place</source>
        <translation>Lokasi tidak diketahui</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between parts of a place</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>pd::PolicyPage</name>
    <message>
        <source>Policy version</source>
        <translation>Versi kebijakan</translation>
    </message>
    <message>
        <source>Your acknowledgement</source>
        <translation>Konfirmasi Anda</translation>
    </message>
    <message>
        <source>Privacy policy text</source>
        <translation>Teks kebijakan privasi</translation>
    </message>
    <message>
        <source>&amp;Acknowledge this version</source>
        <translation>&amp;Konfirmasi versi ini</translation>
    </message>
    <message>
        <source>Acknowledge this version of the privacy policy</source>
        <translation>Konfirmasi bahwa Anda telah membaca versi kebijakan privasi ini</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Kebijakan privasi</translation>
    </message>
    <message>
        <source>Loading the privacy policy…</source>
        <translation>Memuat kebijakan privasi…</translation>
    </message>
    <message>
        <source>The server sent a privacy policy this app cannot read.</source>
        <translation>Server mengirim kebijakan privasi yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>Version %1, last updated %2</source>
        <translation>Versi %1, terakhir diperbarui %2</translation>
    </message>
    <message>
        <source>You acknowledged this version on %1.</source>
        <translation>Anda mengonfirmasi versi ini pada %1.</translation>
    </message>
    <message>
        <source>You acknowledged this version.</source>
        <translation>Anda telah mengonfirmasi versi ini.</translation>
    </message>
    <message>
        <source>The privacy policy has changed since you last read it: this is version %1, you acknowledged version %2. Please read it and acknowledge it.</source>
        <translation>Kebijakan privasi telah berubah sejak terakhir kali Anda membacanya: ini adalah versi %1, sedangkan Anda mengonfirmasi versi %2. Silakan baca dan konfirmasikan.</translation>
    </message>
    <message>
        <source>Not acknowledged yet.</source>
        <translation>Belum dikonfirmasi.</translation>
    </message>
    <message>
        <source>You have not acknowledged the privacy policy yet. Please read version %1 and acknowledge it.</source>
        <translation>Anda belum mengonfirmasi kebijakan privasi. Silakan baca versi %1 dan konfirmasikan.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Tidak terhubung ke server.</translation>
    </message>
    <message>
        <source>Acknowledging version %1…</source>
        <translation>Mengonfirmasi versi %1…</translation>
    </message>
    <message>
        <source>Thank you: you acknowledged version %1.</source>
        <translation>Terima kasih, Anda telah mengonfirmasi versi %1.</translation>
    </message>
    <message>
        <source>A newer version of the policy has been published. Please read it before acknowledging it.</source>
        <translation>Versi kebijakan yang lebih baru telah diterbitkan. Silakan baca sebelum mengonfirmasinya.</translation>
    </message>
    <message>
        <source>Could not acknowledge the policy: %1</source>
        <translation>Tidak dapat mengonfirmasi kebijakan: %1</translation>
    </message>
</context>
<context>
    <name>pd::ProcessingRequestDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Which uses of your data (tick at least one):</source>
        <translation>&amp;Penggunaan data Anda yang mana (centang minimal satu):</translation>
    </message>
    <message>
        <source>Uses of your data</source>
        <translation>Penggunaan data Anda</translation>
    </message>
    <message>
        <source>A&amp;nother use:</source>
        <translation>Penggunaan &amp;lain:</translation>
    </message>
    <message>
        <source>Another use of your data</source>
        <translation>Penggunaan lain atas data Anda</translation>
    </message>
    <message>
        <source>Describe a use the list does not name</source>
        <translation>Jelaskan penggunaan yang tidak ada dalam daftar</translation>
    </message>
    <message>
        <source>Add this use</source>
        <translation>Tambahkan penggunaan ini</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Recording Service Data for operating the Products and Services (location, IP address, browser, device, pages visited)</source>
        <translation>Perekaman Data Layanan untuk pengoperasian Produk dan Layanan (lokasi, alamat IP, browser, perangkat, halaman yang dikunjungi)</translation>
    </message>
    <message>
        <source>Cookies that identify you and personalise the Services</source>
        <translation>Cookie yang mengenali Anda dan mempersonalisasi Layanan</translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation>Pesan pemasaran</translation>
    </message>
    <message>
        <source>Data shared through Google OAuth and Google API Services</source>
        <translation>Data yang dibagikan melalui Google OAuth dan Google API Services</translation>
    </message>
    <message>
        <source>Storage with third-party vendors and hosting partners such as AWS and GCP</source>
        <translation>Penyimpanan pada vendor pihak ketiga dan mitra hosting seperti AWS dan GCP</translation>
    </message>
    <message>
        <source>Sharing with the recipients and in the situations the Privacy Policy lists</source>
        <translation>Pembagian kepada penerima dan dalam situasi yang tercantum di Kebijakan Privasi</translation>
    </message>
    <message>
        <source>Keeping data in backups after a change</source>
        <translation>Penyimpanan data dalam cadangan setelah perubahan</translation>
    </message>
    <message>
        <source>Tick at least one use of your data.</source>
        <translation>Centang minimal satu penggunaan data Anda.</translation>
    </message>
    <message>
        <source>Choose at most %1 uses of your data.</source>
        <translation>Pilih paling banyak %1 penggunaan data Anda.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Berikan alasan.</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>Alasan terlalu panjang: %1 karakter, paling banyak %2.</translation>
    </message>
</context>
<context>
    <name>pd::ProfileEdit</name>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Baris alamat 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Baris alamat 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Region or province</source>
        <translation>Wilayah atau provinsi</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message numerus="yes">
        <source>%1 can be at most %n character(s) long.</source>
        <translation>
            <numerusform>%1 paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Masukkan nama lengkap Anda.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Masukkan alamat email Anda.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1” bukan alamat email yang valid.</translation>
    </message>
    <message>
        <source>Enter the first line of your address (or clear every address field to remove the address).</source>
        <translation>Masukkan baris pertama alamat Anda (atau kosongkan semua kolom alamat untuk menghapus alamat).</translation>
    </message>
    <message>
        <source>Enter the city of your address.</source>
        <translation>Masukkan kota alamat Anda.</translation>
    </message>
    <message>
        <source>Enter the country of your address (two letters, e.g. ID).</source>
        <translation>Masukkan negara alamat Anda (dua huruf, mis. ID).</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code such as ID or DE.</source>
        <translation>“%1” bukan kode negara dua huruf seperti ID atau DE.</translation>
    </message>
    <message>
        <source>The website must be a full address starting with http:// or https://, for example https://example.id.</source>
        <translation>Situs web harus berupa alamat lengkap yang diawali http:// atau https://, misalnya https://example.id.</translation>
    </message>
</context>
<context>
    <name>pd::ProfileView</name>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>Email terverifikasi</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Alamat surat</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Tidak ada data</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between city and region</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>city, postal code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Belum terverifikasi</translation>
    </message>
</context>
<context>
    <name>pd::ReauthenticateDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Konfirmasi bahwa ini Anda</translation>
    </message>
    <message>
        <source>With my &amp;password</source>
        <translation>Dengan &amp;kata sandi saya</translation>
    </message>
    <message>
        <source>With a co&amp;de from my authenticator app</source>
        <translation>Dengan ko&amp;de dari aplikasi autentikator saya</translation>
    </message>
    <message>
        <source>Why this is needed</source>
        <translation>Mengapa ini diperlukan</translation>
    </message>
    <message>
        <source>Confirm with my password</source>
        <translation>Konfirmasi dengan kata sandi saya</translation>
    </message>
    <message>
        <source>Confirm with a code from my authenticator app</source>
        <translation>Konfirmasi dengan kode dari aplikasi autentikator saya</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Kode dari aplikasi autentikator</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>K&amp;onfirmasi</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Memeriksa kata sandi Anda…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Memeriksa kode…</translation>
    </message>
    <message>
        <source>The password is not right. Check it and try again.</source>
        <translation>Kata sandi tidak benar. Periksa, lalu coba lagi.</translation>
    </message>
    <message>
        <source>That code is not right. Enter the code the app shows now.</source>
        <translation>Kode itu tidak benar. Masukkan kode yang ditampilkan aplikasi sekarang.</translation>
    </message>
    <message>
        <source>Two-factor authentication is not on for this account: confirm with your password.</source>
        <translation>Autentikasi dua faktor tidak aktif untuk akun ini: konfirmasi dengan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Your account's password, to confirm it is you</source>
        <translation>Kata sandi akun Anda, untuk memastikan bahwa ini Anda</translation>
    </message>
</context>
<context>
    <name>pd::ReauthenticatedAction</name>
    <message>
        <source>Waiting for you to confirm it is you…</source>
        <translation>Menunggu Anda mengonfirmasi bahwa ini memang Anda…</translation>
    </message>
</context>
<context>
    <name>pd::ReauthenticationRetry</name>
    <message>
        <source>Your request “%1” was not sent: the server asks you to confirm it is you again, because the request waited more than 5 minutes before it could be sent (for example while this computer was offline). Confirm now and it is sent at once. If you cancel, it stays on the Requests page as not accepted, and you can make it again later.</source>
        <translation>Permintaan Anda “%1” tidak terkirim: server meminta Anda mengonfirmasi lagi bahwa ini Anda, karena permintaan menunggu lebih dari 5 menit sebelum dapat dikirim (misalnya saat komputer ini sedang luring). Konfirmasi sekarang dan permintaan langsung dikirim. Jika Anda membatalkan, permintaan tetap ada di halaman Permintaan sebagai tidak diterima, dan Anda dapat mengajukannya lagi nanti.</translation>
    </message>
</context>
<context>
    <name>pd::ReceiptDialog</name>
    <message>
        <source>&amp;Export Receipt…</source>
        <translation>&amp;Ekspor Tanda Terima…</translation>
    </message>
    <message>
        <source>Receipt — Privacy Dashboard</source>
        <translation>Tanda Terima — Privacy Dashboard</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Verified: the provider's signature matches this receipt.</source>
        <translation>Terverifikasi: tanda tangan penyedia cocok dengan tanda terima ini.</translation>
    </message>
    <message>
        <source>Not verified: the signature does not match this receipt. Do not rely on it.</source>
        <translation>Tidak terverifikasi: tanda tangan tidak cocok dengan tanda terima ini. Jangan mengandalkannya.</translation>
    </message>
    <message>
        <source>Export receipt</source>
        <translation>Ekspor tanda terima</translation>
    </message>
    <message>
        <source>Saves a copy of the receipt and a readable text version where you choose.</source>
        <translation>Menyimpan salinan tanda terima dan versi teks yang dapat dibaca di tempat yang Anda pilih.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Export Receipt</source>
        <translation>Ekspor Tanda Terima</translation>
    </message>
    <message>
        <source>Receipts (*.pdreceipt)</source>
        <translation>Tanda terima (*.pdreceipt)</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>Tanda terima tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Saved %1 and a readable copy next to it.</source>
        <translation>%1 disimpan beserta salinan yang dapat dibaca di sebelahnya.</translation>
    </message>
</context>
<context>
    <name>pd::ReceiptService</name>
    <message>
        <source>The stored receipt no longer matches its signature: the file was changed.</source>
        <translation>Tanda terima yang disimpan tidak lagi cocok dengan tanda tangannya: berkasnya telah diubah.</translation>
    </message>
    <message>
        <source>The receipt could not be fetched: %1</source>
        <translation>Tanda terima tidak dapat diambil: %1</translation>
    </message>
    <message>
        <source>The verified receipt could not be saved in %1.</source>
        <translation>Tanda terima yang terverifikasi tidak dapat disimpan di %1.</translation>
    </message>
    <message>
        <source>The provider's receipt is not in a form this app can read.</source>
        <translation>Tanda terima dari penyedia tidak dalam bentuk yang dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>The receipt does not describe this request as the provider reports it.</source>
        <translation>Tanda terima tidak menggambarkan permintaan ini sebagaimana dilaporkan penyedia.</translation>
    </message>
    <message>
        <source>The receipt is signed with a key the provider does not publish.</source>
        <translation>Tanda terima ditandatangani dengan kunci yang tidak dipublikasikan penyedia.</translation>
    </message>
    <message>
        <source>The receipt cannot be checked: the OpenSSL library (libcrypto) with Ed25519 could not be loaded.</source>
        <translation>Tanda terima tidak dapat diperiksa: pustaka OpenSSL (libcrypto) dengan Ed25519 tidak dapat dimuat.</translation>
    </message>
    <message>
        <source>The receipt's signature does not match the provider's key: it may have been altered. It was not kept.</source>
        <translation>Tanda tangan tanda terima tidak cocok dengan kunci penyedia: mungkin telah diubah. Tanda terima tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>pd::ReceiptText</name>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Tenggat menurut hukum</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Diperkirakan selesai</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Ditolak karena</translation>
    </message>
    <message>
        <source>Archive SHA-256</source>
        <translation>SHA-256 arsip</translation>
    </message>
    <message>
        <source>Archive size</source>
        <translation>Ukuran arsip</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Signed with key</source>
        <translation>Ditandatangani dengan kunci</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Sidik jari kunci (SHA-256)</translation>
    </message>
    <message>
        <source>%1 — %2 on %3</source>
        <translation>%1 — %2 pada %3</translation>
    </message>
    <message>
        <source>Receipt for a personal data request</source>
        <translation>Tanda terima permintaan data pribadi</translation>
    </message>
    <message>
        <source>The provider signed the text below with Ed25519. Anyone can check the signature with the public key, for example with OpenSSL: save the text exactly as it is (without a line break at the end), decode the signature and the key from base64url, and verify.</source>
        <translation>Penyedia menandatangani teks di bawah ini dengan Ed25519. Siapa pun dapat memeriksa tanda tangannya dengan kunci publik, misalnya dengan OpenSSL: simpan teks persis apa adanya (tanpa baris baru di akhir), dekode tanda tangan dan kunci dari base64url, lalu verifikasi.</translation>
    </message>
    <message>
        <source>Signed text:</source>
        <translation>Teks yang ditandatangani:</translation>
    </message>
    <message>
        <source>Signature (Ed25519, base64url): %1</source>
        <translation>Tanda tangan (Ed25519, base64url): %1</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64url): %1</source>
        <translation>Kunci publik (Ed25519, base64url): %1</translation>
    </message>
</context>
<context>
    <name>pd::ReceiptsDialog</name>
    <message>
        <source>&amp;Show Receipt</source>
        <translation>&amp;Tampilkan Tanda Terima</translation>
    </message>
    <message>
        <source>&amp;Export Receipt…</source>
        <translation>&amp;Ekspor Tanda Terima…</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Buka Folder</translation>
    </message>
    <message>
        <source>Receipts — Privacy Dashboard</source>
        <translation>Tanda Terima — Privacy Dashboard</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Signed receipts of your requests, kept on this computer. They stay after you sign out and after your account is deleted.</source>
        <translation>Tanda terima bertanda tangan dari permintaan Anda, disimpan di komputer ini. Tanda terima itu tetap ada setelah Anda keluar dan setelah akun Anda dihapus.</translation>
    </message>
    <message>
        <source>&amp;Receipts:</source>
        <translation>&amp;Tanda terima:</translation>
    </message>
    <message>
        <source>Show receipt</source>
        <translation>Tampilkan tanda terima</translation>
    </message>
    <message>
        <source>Export receipt</source>
        <translation>Ekspor tanda terima</translation>
    </message>
    <message>
        <source>Open the receipts folder</source>
        <translation>Buka folder tanda terima</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (tidak terverifikasi)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>No receipts are kept yet. A receipt is kept when a request you made ends.</source>
        <translation>Belum ada tanda terima yang disimpan. Tanda terima disimpan saat permintaan Anda berakhir.</translation>
    </message>
</context>
<context>
    <name>pd::RecentUpdatesList</name>
    <message>
        <source>Recent updates to your requests</source>
        <translation>Kabar terbaru tentang permintaan Anda</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>An entry of the activity feed: %1 when (a date and time), %2 the kind of request ("Data export"), %3 a sentence about its new status.</extracomment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>No news yet. When a request moves on, it is listed here and your desktop tells you.</source>
        <translation>Belum ada kabar. Saat sebuah permintaan berlanjut, hal itu dicantumkan di sini dan desktop Anda memberi tahu.</translation>
    </message>
</context>
<context>
    <name>pd::RefusalReason</name>
    <message>
        <source>Your profile was changed elsewhere (on another device or by the provider) after you prepared this correction, so the server did not apply it and nothing was overwritten. Open “Correct my data” again: it shows the current profile and lets you re-apply your changes.</source>
        <translation>Profil Anda diubah di tempat lain (di perangkat lain atau oleh penyedia) setelah Anda menyiapkan perbaikan ini, sehingga server tidak menerapkannya dan tidak ada yang ditimpa. Buka “Perbaiki data saya” lagi: di sana ditampilkan profil saat ini dan Anda dapat menerapkan ulang perubahan Anda.</translation>
    </message>
    <message>
        <source>It is too late to cancel: the request had already been carried out or had ended when the cancellation reached the server.</source>
        <translation>Sudah terlambat untuk membatalkan: permintaan sudah dilaksanakan atau sudah berakhir saat pembatalan sampai di server.</translation>
    </message>
</context>
<context>
    <name>pd::ReplyErrors</name>
    <message>
        <source>The connection to the server was lost before its answer was complete. Please try again.</source>
        <translation>Sambungan ke server terputus sebelum jawabannya lengkap. Silakan coba lagi.</translation>
    </message>
</context>
<context>
    <name>pd::ReportSecurityConcernDialog</name>
    <message>
        <source>Report a security concern</source>
        <translation>Laporkan masalah keamanan</translation>
    </message>
    <message>
        <source>If you believe your interactions with the Websites, Products or Services are no longer secure, tell the security team. Do not include passwords or codes.</source>
        <translation>Jika Anda yakin interaksi Anda dengan Situs Web, Produk, atau Layanan tidak lagi aman, beri tahu tim keamanan. Jangan sertakan kata sandi atau kode.</translation>
    </message>
    <message>
        <source>Someone else may be using my account</source>
        <translation>Orang lain mungkin menggunakan akun saya</translation>
    </message>
    <message>
        <source>A suspicious message or site pretending to be the provider</source>
        <translation>Pesan atau situs mencurigakan yang mengaku sebagai penyedia</translation>
    </message>
    <message>
        <source>My data may have been exposed</source>
        <translation>Data saya mungkin telah terekspos</translation>
    </message>
    <message>
        <source>A weakness in the service</source>
        <translation>Celah keamanan pada layanan</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Hal lain</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Apa yang terjadi:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>What did you notice, and when? What did you do afterwards?</source>
        <translation>Apa yang Anda temukan, dan kapan? Apa yang Anda lakukan setelahnya?</translation>
    </message>
    <message>
        <source>&amp;Describe it:</source>
        <translation>&amp;Jelaskan:</translation>
    </message>
    <message>
        <source>Attach diagnostics</source>
        <translation>Lampirkan diagnostik</translation>
    </message>
    <message>
        <source>Diagnostics that will be attached</source>
        <translation>Diagnostik yang akan dilampirkan</translation>
    </message>
    <message>
        <source>&amp;Send report</source>
        <translation>&amp;Kirim laporan</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Kirim laporan</translation>
    </message>
    <message>
        <source>Attach this app's dia&amp;gnostics (no personal data)</source>
        <translation>Lampirkan dia&amp;gnostik aplikasi ini (tanpa data pribadi)</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Jelaskan apa yang terjadi.</translation>
    </message>
    <message>
        <source>The description is too long: %1 characters, at most %2.</source>
        <translation>Deskripsi terlalu panjang: %1 karakter, paling banyak %2.</translation>
    </message>
</context>
<context>
    <name>pd::RequestDetailPanel</name>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>Bata&amp;lkan permintaan…</translation>
    </message>
    <message>
        <source>&amp;Download archive…</source>
        <translation>&amp;Unduh arsip…</translation>
    </message>
    <message>
        <source>Select a request to see its progress.</source>
        <translation>Pilih permintaan untuk melihat perkembangannya.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Batalkan permintaan</translation>
    </message>
    <message>
        <source>Download archive</source>
        <translation>Unduh arsip</translation>
    </message>
    <message>
        <source>Status &amp;history:</source>
        <translation>&amp;Riwayat status:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Archive size</source>
        <translation>Ukuran arsip</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Tersedia hingga</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Posisinya sekarang</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Diharapkan selesai</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Tenggat menurut hukum</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Ditolak karena</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Sh&amp;ow receipt</source>
        <translation>&amp;Tampilkan tanda terima</translation>
    </message>
    <message>
        <source>E&amp;xport receipt…</source>
        <translation>E&amp;kspor tanda terima…</translation>
    </message>
    <message>
        <source>Show receipt</source>
        <translation>Tampilkan tanda terima</translation>
    </message>
    <message>
        <source>Shows the provider's signed receipt for this request.</source>
        <translation>Menampilkan tanda terima bertanda tangan dari penyedia untuk permintaan ini.</translation>
    </message>
    <message>
        <source>Export receipt</source>
        <translation>Ekspor tanda terima</translation>
    </message>
    <message>
        <source>Saves a copy of the receipt and a readable text version where you choose.</source>
        <translation>Menyimpan salinan tanda terima dan versi teks yang dapat dibaca di tempat yang Anda pilih.</translation>
    </message>
    <message>
        <source>None from this provider</source>
        <translation>Tidak ada dari penyedia ini</translation>
    </message>
    <message>
        <source>Being fetched…</source>
        <translation>Sedang diambil…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Tidak terverifikasi: %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
</context>
<context>
    <name>pd::RequestFlows</name>
    <message>
        <source>&amp;Correct my data…</source>
        <translation>&amp;Perbaiki data saya…</translation>
    </message>
    <message>
        <source>E&amp;xport my data…</source>
        <translation>E&amp;kspor data saya…</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>&amp;Hapus akun saya…</translation>
    </message>
    <message>
        <source>&amp;Stop marketing…</source>
        <translation>H&amp;entikan pemasaran…</translation>
    </message>
    <message>
        <source>&amp;Restrict processing…</source>
        <translation>&amp;Batasi pemrosesan…</translation>
    </message>
    <message>
        <source>&amp;Object to processing…</source>
        <translation>Keberatan a&amp;tas pemrosesan…</translation>
    </message>
    <message>
        <source>Remove a &amp;minor's data…</source>
        <translation>Hapus data &amp;anak di bawah umur…</translation>
    </message>
    <message>
        <source>Report a security &amp;concern…</source>
        <translation>Laporkan &amp;masalah keamanan…</translation>
    </message>
    <message>
        <source>Ot&amp;her requests…</source>
        <translation>Permintaan &amp;lain…</translation>
    </message>
    <message>
        <source>Correct your name, email, mailing address, phone or website.</source>
        <translation>Perbaiki nama, email, alamat surat, telepon, atau situs web Anda.</translation>
    </message>
    <message>
        <source>Get a copy of your data in a portable format.</source>
        <translation>Dapatkan salinan data Anda dalam format portabel.</translation>
    </message>
    <message>
        <source>Have your account and its data deleted.</source>
        <translation>Minta agar akun Anda dan datanya dihapus.</translation>
    </message>
    <message>
        <source>Stop marketing messages; administrative messages still come.</source>
        <translation>Hentikan pesan pemasaran; pesan administratif tetap dikirim.</translation>
    </message>
    <message>
        <source>Ask the provider to limit how it uses your data.</source>
        <translation>Minta penyedia membatasi cara penggunaan data Anda.</translation>
    </message>
    <message>
        <source>Object to a use of your data.</source>
        <translation>Ajukan keberatan atas suatu penggunaan data Anda.</translation>
    </message>
    <message>
        <source>As a parent or guardian, ask for a minor's data to be removed.</source>
        <translation>Sebagai orang tua atau wali, minta agar data anak di bawah umur dihapus.</translation>
    </message>
    <message>
        <source>Tell the security team about a problem with your account or the service.</source>
        <translation>Beri tahu tim keamanan tentang masalah pada akun Anda atau layanan.</translation>
    </message>
    <message>
        <source>Restrict or object to processing, remove a minor's data, or report a security concern.</source>
        <translation>Batasi atau ajukan keberatan atas pemrosesan, hapus data anak di bawah umur, atau laporkan masalah keamanan.</translation>
    </message>
    <message>
        <source>Choose where to save the export archive</source>
        <translation>Pilih tempat menyimpan arsip ekspor</translation>
    </message>
    <message>
        <source>Open export archive</source>
        <translation>Buka arsip ekspor</translation>
    </message>
    <message>
        <source>Another archive is downloading</source>
        <translation>Arsip lain sedang diunduh</translation>
    </message>
    <message>
        <source>Another export archive is being downloaded. When it has finished, or after you cancel it, download this one again from the Requests page.</source>
        <translation>Arsip ekspor lain sedang diunduh. Setelah selesai, atau setelah Anda membatalkannya, unduh arsip ini lagi dari halaman Permintaan.</translation>
    </message>
    <message>
        <source>Export archives (*.zip *.zip.001)</source>
        <translation>Arsip ekspor (*.zip *.zip.001)</translation>
    </message>
</context>
<context>
    <name>pd::RequestFormDialog</name>
    <message>
        <source>What this request does</source>
        <translation>Apa yang dilakukan permintaan ini</translation>
    </message>
    <message>
        <source>When to expect an answer</source>
        <translation>Kapan jawaban dapat diharapkan</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>&amp;Kirim permintaan</translation>
    </message>
    <message>
        <source>Submit request</source>
        <translation>Kirim permintaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>The provider has to answer within %n day(s), by %1.</source>
        <translation>
            <numerusform>Penyedia wajib menjawab dalam %n hari, paling lambat %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request cannot be filed: no account is open.</source>
        <translation>Permintaan tidak dapat diajukan: tidak ada akun yang terbuka.</translation>
    </message>
    <message>
        <source>The request could not be saved on this computer: %1</source>
        <translation>Permintaan tidak dapat disimpan di komputer ini: %1</translation>
    </message>
</context>
<context>
    <name>pd::RequestListModel</name>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Diharapkan selesai</translation>
    </message>
</context>
<context>
    <name>pd::RequestNotifier</name>
    <message>
        <source>The server did not accept this request: %1</source>
        <translation>Server tidak menerima permintaan ini: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Notification in the status bar: %1 is the kind of request ("Data export"), %2 a sentence about its new status.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The provider has received your request.</source>
        <translation>Penyedia telah menerima permintaan Anda.</translation>
    </message>
    <message>
        <source>The provider is verifying that the request is yours.</source>
        <translation>Penyedia sedang memverifikasi bahwa permintaan ini milik Anda.</translation>
    </message>
    <message>
        <source>The provider is working on your request.</source>
        <translation>Penyedia sedang memproses permintaan Anda.</translation>
    </message>
    <message>
        <source>Your request has been completed.</source>
        <translation>Permintaan Anda telah selesai.</translation>
    </message>
    <message>
        <source>Your request was rejected; the Requests page says why.</source>
        <translation>Permintaan Anda ditolak; halaman Permintaan menjelaskan alasannya.</translation>
    </message>
    <message>
        <source>Your request was cancelled.</source>
        <translation>Permintaan Anda dibatalkan.</translation>
    </message>
    <message>
        <source>Your request has a new status; see the Requests page.</source>
        <translation>Permintaan Anda memiliki status baru; lihat halaman Permintaan.</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>The server did not cancel the request: %1</source>
        <translation>Server tidak membatalkan permintaan: %1</translation>
    </message>
</context>
<context>
    <name>pd::RequestRecord</name>
    <message>
        <source>Not accepted by the server</source>
        <translation>Tidak diterima oleh server</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Menunggu untuk dikirim</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — melewati tenggat</translation>
    </message>
    <message>
        <source>%1 (format: %2)</source>
        <translation>%1 (format: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overdue: the provider had to answer by %1.</source>
        <translation>Terlambat: penyedia seharusnya menjawab paling lambat %1.</translation>
    </message>
    <message>
        <source>The server did not accept this request, so the provider is not working on it.</source>
        <translation>Server tidak menerima permintaan ini, jadi penyedia tidak sedang memprosesnya.</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent as soon as the server can be reached.</source>
        <translation>Disimpan di komputer ini; akan dikirim begitu server dapat dihubungi.</translation>
    </message>
    <message>
        <source>The provider has received your request and will start on it soon.</source>
        <translation>Penyedia telah menerima permintaan Anda dan akan segera mulai memprosesnya.</translation>
    </message>
    <message>
        <source>The provider is checking that the request comes from you.</source>
        <translation>Penyedia sedang memeriksa bahwa permintaan ini berasal dari Anda.</translation>
    </message>
    <message>
        <source>The provider is working on your request and needs more time: it now expects to answer by %1.</source>
        <translation>Penyedia sedang memproses permintaan Anda dan memerlukan waktu lebih lama: kini penyedia memperkirakan menjawab paling lambat %1.</translation>
    </message>
    <message>
        <source>The provider is working on your request.</source>
        <translation>Penyedia sedang memproses permintaan Anda.</translation>
    </message>
    <message>
        <source>Done: the provider carried out your request.</source>
        <translation>Selesai: penyedia telah menjalankan permintaan Anda.</translation>
    </message>
    <message>
        <source>The provider refused your request: %1.</source>
        <translation>Penyedia menolak permintaan Anda: %1.</translation>
    </message>
    <message>
        <source>The provider refused your request.</source>
        <translation>Penyedia menolak permintaan Anda.</translation>
    </message>
    <message>
        <source>You cancelled this request; the provider stopped working on it.</source>
        <translation>Anda membatalkan permintaan ini; penyedia berhenti memprosesnya.</translation>
    </message>
    <message>
        <source>The provider reports a status this app does not know: %1.</source>
        <translation>Penyedia melaporkan status yang tidak dikenal aplikasi ini: %1.</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (diperpanjang)</translation>
    </message>
    <message>
        <source>On %1, moved to %2: %3.</source>
        <translation>Pada %1, dipindahkan ke %2: %3.</translation>
    </message>
    <message>
        <source>Moved to %1: %2.</source>
        <translation>Dipindahkan ke %1: %2.</translation>
    </message>
    <message>
        <source>%1 (code: %2)</source>
        <translation>%1 (kode: %2)</translation>
    </message>
    <message>
        <source>The provider explains: %1</source>
        <translation>Penjelasan penyedia: %1</translation>
    </message>
    <message>
        <source>By you, without giving a reason.</source>
        <translation>Oleh Anda, tanpa alasan.</translation>
    </message>
    <message>
        <source>By you on %1, without giving a reason.</source>
        <translation>Oleh Anda pada %1, tanpa alasan.</translation>
    </message>
    <message>
        <source>By you. Your reason: %1</source>
        <translation>Oleh Anda. Alasan Anda: %1</translation>
    </message>
    <message>
        <source>By you on %1. Your reason: %2</source>
        <translation>Oleh Anda pada %1. Alasan Anda: %2</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Dugaan penipuan</translation>
    </message>
    <message>
        <source>Identity not confirmed</source>
        <translation>Identitas tidak terkonfirmasi</translation>
    </message>
    <message>
        <source>No matching data</source>
        <translation>Tidak ada data yang cocok</translation>
    </message>
    <message>
        <source>Not covered by this right</source>
        <translation>Tidak tercakup oleh hak ini</translation>
    </message>
    <message>
        <source>Outside the law's reach</source>
        <translation>Di luar jangkauan hukum</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Terlalu banyak permintaan</translation>
    </message>
    <message>
        <source>The data changed meanwhile</source>
        <translation>Data berubah sementara itu</translation>
    </message>
    <message>
        <source>A problem on the provider's side</source>
        <translation>Masalah di pihak penyedia</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Alasan lain</translation>
    </message>
    <message>
        <source>The provider believes the request was not made by the person it is about.</source>
        <translation>Penyedia meyakini permintaan ini tidak dibuat oleh orang yang bersangkutan.</translation>
    </message>
    <message>
        <source>The provider could not confirm who you are, or that you may act for the person concerned.</source>
        <translation>Penyedia tidak dapat memastikan siapa Anda, atau bahwa Anda boleh bertindak atas nama orang yang bersangkutan.</translation>
    </message>
    <message>
        <source>The provider found no data about you that the request could apply to.</source>
        <translation>Penyedia tidak menemukan data tentang Anda yang dapat dikenai permintaan ini.</translation>
    </message>
    <message>
        <source>What was asked is not covered by the right you used.</source>
        <translation>Yang diminta tidak tercakup oleh hak yang Anda gunakan.</translation>
    </message>
    <message>
        <source>The law you relied on does not apply to you or to this provider.</source>
        <translation>Hukum yang Anda jadikan dasar tidak berlaku bagi Anda atau bagi penyedia ini.</translation>
    </message>
    <message>
        <source>You made more requests than the provider has to answer in this period.</source>
        <translation>Anda membuat lebih banyak permintaan daripada yang wajib dijawab penyedia dalam periode ini.</translation>
    </message>
    <message>
        <source>The data the request was about changed before it could be applied; nothing was changed.</source>
        <translation>Data yang dimaksud permintaan ini berubah sebelum permintaan dapat diterapkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A fault at the provider stopped the request; you can make it again.</source>
        <translation>Gangguan di pihak penyedia menghentikan permintaan ini; Anda dapat mengajukannya lagi.</translation>
    </message>
    <message>
        <source>See the provider's explanation.</source>
        <translation>Lihat penjelasan penyedia.</translation>
    </message>
    <message>
        <source>the request is complex</source>
        <translation>permintaannya rumit</translation>
    </message>
    <message>
        <source>the provider received many requests</source>
        <translation>penyedia menerima banyak permintaan</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>alasan lain</translation>
    </message>
</context>
<context>
    <name>pd::RequestRepository</name>
    <message>
        <source>No account is open.</source>
        <translation>Tidak ada akun yang terbuka.</translation>
    </message>
    <message>
        <source>The cancellation was removed before it was sent.</source>
        <translation>Pembatalan dihapus sebelum terkirim.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Server menolaknya.</translation>
    </message>
</context>
<context>
    <name>pd::RequestTimeline</name>
    <message>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Date moved</source>
        <translation>Tanggal dipindahkan</translation>
    </message>
    <message>
        <source>Now expected by %1: %2.</source>
        <translation>Kini diharapkan selesai paling lambat %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation>Alasan Anda: %1</translation>
    </message>
</context>
<context>
    <name>pd::RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Status daftar</translation>
    </message>
    <message>
        <source>Loading requests</source>
        <translation>Memuat permintaan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Refresh requests</source>
        <translation>Muat ulang permintaan</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Muat ulang (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Hen&amp;tikan</translation>
    </message>
    <message>
        <source>Stop refreshing</source>
        <translation>Hentikan pemuatan ulang</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Permintaan Anda</translation>
    </message>
    <message>
        <source>Refresh stopped.</source>
        <translation>Pemuatan ulang dihentikan.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Memuat ulang…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Diperbarui %1</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Gagal memuat ulang: %1</translation>
    </message>
    <message>
        <source>Loading your requests…</source>
        <translation>Memuat permintaan Anda…</translation>
    </message>
    <message>
        <source>You have not made any requests yet.</source>
        <translation>Anda belum membuat permintaan apa pun.</translation>
    </message>
    <message>
        <source>The provider will stop working on your request “%1” made on %2. This cannot be undone: to ask again you will have to make a new request.</source>
        <translation>Penyedia akan berhenti memproses permintaan Anda “%1” yang dibuat pada %2. Tindakan ini tidak dapat diurungkan: untuk mengajukannya lagi, Anda harus membuat permintaan baru.</translation>
    </message>
    <message>
        <source>Your account and data will then be kept.</source>
        <translation>Akun dan data Anda akan tetap disimpan.</translation>
    </message>
    <message>
        <source>Cancelling the request…</source>
        <translation>Membatalkan permintaan…</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Permintaan telah dibatalkan.</translation>
    </message>
    <message>
        <source>The request has already ended and can no longer be cancelled.</source>
        <translation>Permintaan sudah berakhir dan tidak dapat dibatalkan lagi.</translation>
    </message>
    <message>
        <source>The request was not cancelled: %1</source>
        <translation>Permintaan tidak dibatalkan: %1</translation>
    </message>
    <message>
        <source>Sign in to see your requests.</source>
        <translation>Masuk untuk melihat permintaan Anda.</translation>
    </message>
    <message>
        <source>Overdue requests</source>
        <translation>Permintaan yang terlambat</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) passed the date by which the provider had to answer. You can ask the provider about it, or complain to your data protection authority.</source>
        <translation>
            <numerusform>%n permintaan telah melewati tanggal batas jawaban penyedia. Anda dapat menanyakannya kepada penyedia, atau mengadu ke otoritas perlindungan data Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion was cancelled. Your account stays as it is.</source>
        <translation>Penghapusan dibatalkan. Akun Anda tetap seperti semula.</translation>
    </message>
    <message>
        <source>Your cancellation is saved and will be sent as soon as the server can be reached. The request's status will show when it was.</source>
        <translation>Pembatalan Anda tersimpan dan akan dikirim begitu server dapat dijangkau. Status permintaan akan menunjukkan kapan pembatalan terkirim.</translation>
    </message>
</context>
<context>
    <name>pd::RestrictProcessingDialog</name>
    <message>
        <source>Restrict processing</source>
        <translation>Batasi pemrosesan</translation>
    </message>
    <message>
        <source>You can ask the provider to limit how it uses your data, for example while a correction you asked for is checked. Your data stays stored, but for the uses you choose it is only processed with your consent. Your Personal Data remains yours: you retain all rights to the data you provide.</source>
        <translation>Anda dapat meminta penyedia membatasi cara penggunaan data Anda, misalnya selama koreksi yang Anda minta sedang diperiksa. Data Anda tetap disimpan, tetapi untuk penggunaan yang Anda pilih data itu hanya diproses dengan persetujuan Anda. Data Pribadi Anda tetap milik Anda: Anda memegang semua hak atas data yang Anda berikan.</translation>
    </message>
    <message>
        <source>&amp;Reason for the restriction:</source>
        <translation>&amp;Alasan pembatasan:</translation>
    </message>
    <message>
        <source>For example: my address is wrong and I asked for it to be corrected.</source>
        <translation>Contoh: alamat saya salah dan saya sudah meminta agar diperbaiki.</translation>
    </message>
</context>
<context>
    <name>pd::ScreenshotRun</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Server demo tidak dapat dimulai: %1</translation>
    </message>
    <message numerus="yes">
        <source>The demo server did not start within %n second(s).</source>
        <translation>
            <numerusform>Server demo tidak dimulai dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not sign in to the demo account: no server is active.</source>
        <translation>Tidak dapat masuk ke akun demo: tidak ada server yang aktif.</translation>
    </message>
    <message>
        <source>The demo account's two-factor secret is not valid.</source>
        <translation>Kunci rahasia autentikasi dua faktor akun demo tidak valid.</translation>
    </message>
    <message>
        <source>Could not sign in to the demo account: %1</source>
        <translation>Tidak dapat masuk ke akun demo: %1</translation>
    </message>
    <message>
        <source>Demo computer</source>
        <translation>Komputer demo</translation>
    </message>
    <message numerus="yes">
        <source>Signing in to the demo account and its first sync did not finish within %n second(s).</source>
        <translation>
            <numerusform>Masuk ke akun demo dan sinkronisasi pertamanya tidak selesai dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sync of the demo account failed: %1</source>
        <translation>Sinkronisasi pertama akun demo gagal: %1</translation>
    </message>
    <message numerus="yes">
        <source>The page “%1” did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>Halaman “%1” tidak selesai dimuat dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page “%1” shows an error instead of its content.</source>
        <translation>Halaman “%1” menampilkan galat, bukan isinya.</translation>
    </message>
    <message>
        <source>The request dialog “%1” could not be opened.</source>
        <translation>Dialog permintaan “%1” tidak dapat dibuka.</translation>
    </message>
    <message numerus="yes">
        <source>The request dialog “%1” did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>Dialog permintaan “%1” tidak selesai dimuat dalam %n detik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request dialog “%1” did not close within %n second(s).</source>
        <translation>
            <numerusform>Dialog permintaan “%1” tidak tertutup dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The picture of “%1” would show the demo password, so it was not saved.</source>
        <translation>Gambar “%1” akan memperlihatkan kata sandi demo, jadi tidak disimpan.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>pd::SearchField</name>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
</context>
<context>
    <name>pd::SecurityPage</name>
    <message>
        <source>Account security</source>
        <translation>Keamanan akun</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autentikasi dua faktor</translation>
    </message>
    <message>
        <source>&amp;Turn on two-factor…</source>
        <translation>Akti&amp;fkan autentikasi dua faktor…</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication</source>
        <translation>Aktifkan autentikasi dua faktor</translation>
    </message>
    <message>
        <source>Turn &amp;off two-factor…</source>
        <translation>Nonakti&amp;fkan autentikasi dua faktor…</translation>
    </message>
    <message>
        <source>Turn off two-factor authentication</source>
        <translation>Nonaktifkan autentikasi dua faktor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>&amp;Ubah kata sandi…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>Perangkat yang masuk</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>Keluar dari &amp;semua perangkat…</translation>
    </message>
    <message>
        <source>Sign out everywhere, this app included</source>
        <translation>Keluar dari semua perangkat, termasuk aplikasi ini</translation>
    </message>
    <message>
        <source>Something wrong?</source>
        <translation>Ada yang tidak beres?</translation>
    </message>
    <message>
        <source>If you have reason to believe that your interactions with the Websites, Products or Services are no longer secure, report it at once.</source>
        <translation>Jika Anda memiliki alasan untuk meyakini bahwa interaksi Anda dengan Situs Web, Produk, atau Layanan tidak lagi aman, segera laporkan.</translation>
    </message>
    <message>
        <source>About reporting</source>
        <translation>Tentang pelaporan</translation>
    </message>
    <message>
        <source>Report a security concern</source>
        <translation>Laporkan masalah keamanan</translation>
    </message>
    <message>
        <source>Keep your account safe</source>
        <translation>Jaga keamanan akun Anda</translation>
    </message>
    <message>
        <source>• Use a complex password: long, mixing letters, digits and symbols, and used nowhere else.
• Turn on two-factor authentication, so a password alone cannot open your account.
• Limit access to your computer and browser, and sign out when you have finished using your account.
• Sharing personal data online always carries some risk: report anything that looks wrong.</source>
        <translation>• Gunakan kata sandi yang rumit: panjang, menggabungkan huruf, angka, dan simbol, serta tidak digunakan di tempat lain.
• Aktifkan autentikasi dua faktor, agar kata sandi saja tidak cukup untuk membuka akun Anda.
• Batasi akses ke komputer dan peramban Anda, dan keluar setelah selesai menggunakan akun Anda.
• Berbagi data pribadi secara online selalu memiliki risiko: laporkan apa pun yang tampak mencurigakan.</translation>
    </message>
    <message>
        <source>Security advice</source>
        <translation>Saran keamanan</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Loading your security settings…</source>
        <translation>Memuat pengaturan keamanan Anda…</translation>
    </message>
    <message>
        <source>The server sent security settings this app cannot read.</source>
        <translation>Server mengirim pengaturan keamanan yang tidak dapat dibaca aplikasi ini.</translation>
    </message>
    <message>
        <source>On: signing in needs a code from your authenticator app as well as your password.</source>
        <translation>Aktif: untuk masuk diperlukan kode dari aplikasi autentikator Anda selain kata sandi.</translation>
    </message>
    <message>
        <source>Off: your password alone opens your account. Turn on two-factor authentication to protect it better.</source>
        <translation>Nonaktif: kata sandi saja sudah cukup untuk membuka akun Anda. Aktifkan autentikasi dua faktor untuk perlindungan yang lebih baik.</translation>
    </message>
    <message>
        <source>Last changed %1.</source>
        <translation>Terakhir diubah %1.</translation>
    </message>
    <message>
        <source>Not changed since the account was created.</source>
        <translation>Belum diubah sejak akun dibuat.</translation>
    </message>
    <message numerus="yes">
        <source>Your account is signed in on %n device(s) or browser(s).</source>
        <translation>
            <numerusform>Akun Anda sedang masuk di %n perangkat atau peramban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Signing in now needs a code from your authenticator app.</source>
        <translation>Autentikasi dua faktor aktif. Kini untuk masuk diperlukan kode dari aplikasi autentikator Anda.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off: your password alone now opens your account.</source>
        <translation>Autentikasi dua faktor nonaktif: kini kata sandi saja sudah cukup untuk membuka akun Anda.</translation>
    </message>
    <message>
        <source>Your password has been changed. Every other device has been signed out.</source>
        <translation>Kata sandi Anda telah diubah. Semua perangkat lain telah dikeluarkan.</translation>
    </message>
    <message>
        <source>Your report has been saved and will be sent to the security team; follow it on the Requests page.</source>
        <translation>Laporan Anda telah disimpan dan akan dikirim ke tim keamanan; pantau perkembangannya di halaman Permintaan.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Keluar dari semua perangkat</translation>
    </message>
    <message>
        <source>Every device and browser signed in to your account is signed out at once, this app included, and the data this app keeps on this computer is removed. You must sign in again with your password everywhere.</source>
        <translation>Semua perangkat dan peramban yang masuk ke akun Anda akan langsung dikeluarkan, termasuk aplikasi ini, dan data yang disimpan aplikasi ini di komputer ini akan dihapus. Anda harus masuk kembali dengan kata sandi Anda di semua perangkat.</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>keluar</translation>
    </message>
    <message>
        <source>&amp;Sign out everywhere</source>
        <translation>&amp;Keluar dari semua perangkat</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Tidak terhubung ke server.</translation>
    </message>
    <message>
        <source>Signing out everywhere…</source>
        <translation>Mengeluarkan semua perangkat…</translation>
    </message>
    <message>
        <source>Could not sign out everywhere: %1</source>
        <translation>Tidak dapat keluar dari semua perangkat: %1</translation>
    </message>
    <message>
        <source>Signed out everywhere.</source>
        <translation>Telah keluar dari semua perangkat.</translation>
    </message>
    <message>
        <source>Report a security &amp;concern…</source>
        <translation>Laporkan &amp;masalah keamanan…</translation>
    </message>
    <message>
        <source>Signing out everywhere needs you to confirm it is you, so that someone who got hold of this app's session cannot lock you out of your other devices.</source>
        <translation>Untuk keluar di semua perangkat, Anda perlu memastikan bahwa ini memang Anda, agar orang yang menguasai sesi aplikasi ini tidak dapat mengunci Anda dari perangkat Anda yang lain.</translation>
    </message>
    <message>
        <source>You were not signed out: you did not confirm it is you.</source>
        <translation>Anda tidak dikeluarkan: Anda tidak memastikan bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>Two-factor authentication, your password, sign-in methods and sessions</source>
        <translation>Autentikasi dua faktor, kata sandi Anda, metode masuk, dan sesi</translation>
    </message>
</context>
<context>
    <name>pd::ServerPicker</name>
    <message>
        <source>A&amp;dd On-Premise Server…</source>
        <translation>&amp;Tambahkan server on-premise…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Daftar server</translation>
    </message>
    <message>
        <source>Add on-premise server</source>
        <translation>Tambahkan server on-premise</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pd::SettingsDialog</name>
    <message>
        <source>Settings — Privacy Dashboard</source>
        <translation>Pengaturan — Dasbor Privasi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>Sign out after &amp;inactivity:</source>
        <translation>Keluar setelah t&amp;idak aktif:</translation>
    </message>
    <message>
        <source>Sign out after inactivity</source>
        <translation>Keluar setelah tidak aktif</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>To protect your data, the app signs you out after this long without use. It takes effect at once.</source>
        <translation>Untuk melindungi data Anda, aplikasi mengeluarkan Anda setelah tidak digunakan selama ini. Perubahan langsung berlaku.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose Where to Keep Receipts</source>
        <translation>Pilih Tempat Menyimpan Tanda Terima</translation>
    </message>
    <message>
        <source>&amp;Receipts folder:</source>
        <translation>Folder &amp;tanda terima:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Choose the receipts folder</source>
        <translation>Pilih folder tanda terima</translation>
    </message>
    <message>
        <source>Receipts folder</source>
        <translation>Folder tanda terima</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Tetap berjalan di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Tetap berjalan di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <source>Updates to your requests then still reach you as desktop notifications. Quit from the tray icon's menu.</source>
        <translation>Kabar tentang permintaan Anda tetap sampai sebagai notifikasi desktop. Keluar lewat menu ikon baki sistem.</translation>
    </message>
    <message>
        <source>Your desktop has no system tray: closing the window quits the app.</source>
        <translation>Desktop Anda tidak memiliki baki sistem: menutup jendela akan mengakhiri aplikasi.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) moved to this folder.</source>
        <translation>
            <numerusform>%n tanda terima dipindahkan ke folder ini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) could not be moved and stay in %1.</source>
        <translation>
            <numerusform>%n tanda terima tidak dapat dipindahkan dan tetap di %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed receipts of your requests are kept here. They stay after you sign out and after your account is deleted. Receipts already kept move to a folder you choose.</source>
        <translation>Tanda terima bertanda tangan untuk permintaan Anda disimpan di sini. Tanda terima tetap ada setelah Anda keluar dan setelah akun Anda dihapus. Tanda terima yang sudah disimpan ikut pindah ke folder yang Anda pilih.</translation>
    </message>
</context>
<context>
    <name>pd::SidebarStatus</name>
    <message numerus="yes">
        <source>%Ln visit(s) on this computer</source>
        <translation>
            <numerusform>%Ln kunjungan di komputer ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) on this computer</source>
        <translation>
            <numerusform>%Ln pesan di komputer ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln log entry(s) on this computer</source>
        <translation>
            <numerusform>%Ln entri log di komputer ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue</source>
        <translation>
            <numerusform>%n permintaan terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>The privacy policy waits for you to read and acknowledge it.</source>
        <translation>Kebijakan privasi menunggu Anda membaca dan menyetujuinya.</translation>
    </message>
    <message>
        <source>The privacy policy changed since you acknowledged it.</source>
        <translation>Kebijakan privasi telah berubah sejak Anda menyetujuinya.</translation>
    </message>
</context>
<context>
    <name>pd::SignInDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Sign In — Privacy Dashboard</source>
        <translation>Masuk — Dasbor Privasi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign in to see and control what is held about you</source>
        <translation>Masuk untuk melihat dan mengendalikan data yang disimpan tentang Anda</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang memproses</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Tutup aplikasi</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 telah ditambahkan.</translation>
    </message>
    <message>
        <source>This is a demo on your own computer: the demo account's email address and password are filled in. Choose Sign In.</source>
        <translation>Ini adalah demo di komputer Anda sendiri: alamat email dan kata sandi akun demo sudah diisi. Pilih Masuk.</translation>
    </message>
    <message>
        <source>Resuming your previous session…</source>
        <translation>Melanjutkan sesi Anda sebelumnya…</translation>
    </message>
    <message>
        <source>Add your organization's server first.</source>
        <translation>Tambahkan server organisasi Anda terlebih dahulu.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Masukkan alamat email akun Anda.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Masukkan kode 6 digit dari aplikasi autentikator Anda.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Memeriksa kode…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Proses masuk dibatalkan.</translation>
    </message>
    <message>
        <source>Add the server of your organization to sign in.</source>
        <translation>Tambahkan server organisasi Anda untuk masuk.</translation>
    </message>
    <message>
        <source>The web browser could not be opened. Reset your password at %1</source>
        <translation>Peramban web tidak dapat dibuka. Atur ulang kata sandi Anda di %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>Verify code</source>
        <translation>Verifikasi kode</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Kesalahan: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>The system keychain could not be used, so you will have to sign in each time you start the app: %1</source>
        <translation>Keychain sistem tidak dapat digunakan, jadi Anda harus masuk setiap kali membuka aplikasi: %1</translation>
    </message>
    <message>
        <source>The two-factor sign-in has expired. Please start again.</source>
        <translation>Waktu untuk masuk dengan autentikasi dua faktor telah habis. Silakan mulai lagi.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pen&amp;gaturan…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Sign Out in &amp;Browser</source>
        <translation>Keluar di &amp;Browser</translation>
    </message>
    <message>
        <source>Sign out in the browser</source>
        <translation>Keluar di browser</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nanti Saja</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>The sign-in could not be completed. Please start again.</source>
        <translation>Proses masuk tidak dapat diselesaikan. Silakan mulai lagi.</translation>
    </message>
    <message>
        <source>The web browser could not be opened. Open this address in it yourself: %1</source>
        <translation>Browser web tidak dapat dibuka. Buka sendiri alamat ini di browser: %1</translation>
    </message>
    <message>
        <source>You are signed out of Privacy Dashboard. Also sign out of %1 in your browser?</source>
        <translation>Anda sudah keluar dari Privacy Dashboard. Keluar juga dari %1 di browser Anda?</translation>
    </message>
    <message>
        <source>Server Not Added</source>
        <translation>Server Tidak Ditambahkan</translation>
    </message>
    <message>
        <source>Rece&amp;ipts…</source>
        <translation>Tanda Ter&amp;ima…</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Shows the signed receipts of your requests kept on this computer.</source>
        <translation>Menampilkan tanda terima bertanda tangan dari permintaan Anda yang disimpan di komputer ini.</translation>
    </message>
</context>
<context>
    <name>pd::SummaryCard</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, details</source>
        <translation>%1, detail</translation>
    </message>
</context>
<context>
    <name>pd::SyncStatusWidget</name>
    <message>
        <source>Cancel sync</source>
        <translation>Batalkan sinkronisasi</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Kemajuan sinkronisasi</translation>
    </message>
    <message>
        <source>Stop downloading; the next sync continues where this one stopped</source>
        <translation>Hentikan pengunduhan; sinkronisasi berikutnya akan melanjutkan dari titik ini</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Status sinkronisasi</translation>
    </message>
    <message>
        <source>Downloading your data…</source>
        <translation>Mengunduh data Anda…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 (%4%)</source>
        <extracomment>%1 what is downloaded, %2 rows so far, %3 rows in all, %4 percent</extracomment>
        <translation>Mengunduh %1: %2 dari %3 (%4%)</translation>
    </message>
    <message>
        <source>Downloading %1: %2 so far</source>
        <translation>Mengunduh %1: %2 sejauh ini</translation>
    </message>
    <message>
        <source>Up to date (%1)</source>
        <translation>Sudah terbaru (%1)</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues where it stopped next time.</source>
        <translation>Sinkronisasi dibatalkan; sinkronisasi berikutnya akan melanjutkan dari titik terakhir.</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>Sinkronisasi gagal.</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>kurang dari satu menit lagi</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>sekitar %Ln menit lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>sekitar %Ln jam lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked the app to wait; the sync goes on at %1.</source>
        <extracomment>%1 a time (today) or a date and time</extracomment>
        <translation>Server meminta aplikasi menunggu; sinkronisasi berlanjut pada %1.</translation>
    </message>
</context>
<context>
    <name>pd::SyncWorker</name>
    <message>
        <source>The local data cache could not be opened.</source>
        <translation>Cache data lokal tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The server sent data the app could not store.</source>
        <translation>Server mengirim data yang tidak dapat disimpan oleh aplikasi.</translation>
    </message>
    <message>
        <source>The server kept sending the same pages; the sync of %1 stopped.</source>
        <extracomment>%1 what is downloaded ("website visits", "messages"...)</extracomment>
        <translation>Server terus mengirim halaman yang sama; sinkronisasi %1 dihentikan.</translation>
    </message>
    <message>
        <source>The server kept sending more pages than it announced; the sync of %1 stopped.</source>
        <extracomment>%1 what is downloaded ("website visits", "messages"...)</extracomment>
        <translation>Server terus mengirim lebih banyak halaman daripada yang diumumkannya; sinkronisasi %1 dihentikan.</translation>
    </message>
    <message>
        <source>website visits</source>
        <translation>kunjungan situs web</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>pesan</translation>
    </message>
    <message>
        <source>activity logs</source>
        <translation>log aktivitas</translation>
    </message>
    <message>
        <source>data from third parties</source>
        <translation>data dari pihak ketiga</translation>
    </message>
    <message>
        <source>your data</source>
        <translation>data Anda</translation>
    </message>
</context>
<context>
    <name>pd::TableColumnsModel</name>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
</context>
<context>
    <name>pd::TablePage</name>
    <message>
        <source>%1
%2 of %3</source>
        <translation>%1
%2 dari %3</translation>
    </message>
    <message>
        <source>The data could not be fetched.</source>
        <translation>Data tidak dapat diambil.</translation>
    </message>
    <message>
        <source>The copy of your data on this computer could not be read.</source>
        <translation>Salinan data Anda di komputer ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Syncing… (last synced %1)</source>
        <translation>Menyinkronkan… (terakhir disinkronkan %1)</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Disinkronkan %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
</context>
<context>
    <name>pd::ThirdPartyRecordsModel</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
</context>
<context>
    <name>pd::ThirdPartyRecordsView</name>
    <message>
        <source>Data from third parties</source>
        <translation>Data dari pihak ketiga</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Data received from third parties</source>
        <translation>Data yang diterima dari pihak ketiga</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>No data about you has been received from third parties.</source>
        <translation>Belum ada data tentang Anda yang diterima dari pihak ketiga.</translation>
    </message>
    <message>
        <source>Showing the latest %1 of %2 records.</source>
        <translation>Menampilkan %1 catatan terbaru dari total %2.</translation>
    </message>
</context>
<context>
    <name>pd::TlsPolicy</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Alamat server bukan URL yang valid.</translation>
    </message>
    <message>
        <source>Unencrypted http:// connections are refused. Use https://, or developer mode with a server on this computer.</source>
        <translation>Koneksi http:// tanpa enkripsi ditolak. Gunakan https://, atau mode pengembang dengan server di komputer ini.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported.</source>
        <translation>Hanya alamat server https:// yang didukung.</translation>
    </message>
    <message>
        <source>The server's certificate key does not match the key pinned for this server. The connection was stopped.</source>
        <translation>Kunci sertifikat server tidak cocok dengan kunci yang disematkan untuk server ini. Koneksi dihentikan.</translation>
    </message>
</context>
<context>
    <name>pd::TotpCodeEdit</name>
    <message>
        <source>Authentication code</source>
        <translation>Kode autentikasi</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Kode 6 digit</translation>
    </message>
</context>
<context>
    <name>pd::TotpStep</name>
    <message>
        <source>&amp;Use a Different Account</source>
        <translation>&amp;Gunakan akun lain</translation>
    </message>
    <message>
        <source>Six-digit code</source>
        <translation>Kode enam digit</translation>
    </message>
    <message>
        <source>Use a different account</source>
        <translation>Gunakan akun lain</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>akun ini</translation>
    </message>
    <message>
        <source>your %1 account</source>
        <translation>akun %1 Anda</translation>
    </message>
    <message numerus="yes">
        <source>Demo account: an authenticator app set up with the demo secret %1 would now show %2 (for %Ln more second(s)).</source>
        <translation>
            <numerusform>Akun demo: aplikasi autentikator yang diatur dengan rahasia demo %1 saat ini akan menampilkan %2 (selama %Ln detik lagi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication c&amp;ode:</source>
        <translation>K&amp;ode autentikasi:</translation>
    </message>
    <message>
        <source>Two-factor authentication is on for %1. Open the authenticator app you set it up with (for example on your phone) and enter the 6-digit code it shows now. The code changes every 30 seconds.</source>
        <translation>Autentikasi dua faktor aktif untuk %1. Buka aplikasi autentikator yang Anda gunakan saat mengaturnya (misalnya di ponsel Anda), lalu masukkan kode 6 digit yang ditampilkan saat ini. Kode berubah setiap 30 detik.</translation>
    </message>
</context>
<context>
    <name>pd::TourOverlay</name>
    <message>
        <source>Guided tour</source>
        <translation>Tur terpandu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Show the previous step of the tour</source>
        <translation>Tampilkan langkah tur sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>Tutup tur</translation>
    </message>
    <message>
        <source>End the tour; Help → Take the Tour shows it again</source>
        <translation>Akhiri tur; Bantuan → Ikuti tur menampilkannya lagi</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation>Akhiri tur</translation>
    </message>
    <message>
        <source>Show the next step of the tour</source>
        <translation>Tampilkan langkah tur berikutnya</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <extracomment>%1 is "Step 2 of 6", %2 the step's heading, %3 its explanation.</extracomment>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Guided tour: %1</source>
        <translation>Tur terpandu: %1</translation>
    </message>
</context>
<context>
    <name>pd::TypedConfirmationDialog</name>
    <message>
        <source>Consequences</source>
        <translation>Konsekuensi</translation>
    </message>
    <message>
        <source>&amp;Type “%1” to confirm:</source>
        <translation>&amp;Ketik “%1” untuk mengonfirmasi:</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Kata konfirmasi</translation>
    </message>
    <message>
        <source>Type %1 to enable %2</source>
        <translation>Ketik %1 untuk mengaktifkan %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>pd::UnsubscribeDialog</name>
    <message>
        <source>Current marketing choices</source>
        <translation>Pilihan pemasaran saat ini</translation>
    </message>
    <message>
        <source>Administrative messages continue: even if you stop every channel, the provider still sends you important messages about your account, its security (such as sign-in alerts), billing, your requests and changes to the Privacy Policy.</source>
        <translation>Pesan administratif tetap dikirim: meskipun Anda menghentikan semua saluran, penyedia tetap mengirimkan pesan penting tentang akun Anda, keamanannya (seperti peringatan masuk), penagihan, permintaan Anda, dan perubahan Kebijakan Privasi.</translation>
    </message>
    <message>
        <source>Administrative messages</source>
        <translation>Pesan administratif</translation>
    </message>
    <message>
        <source>Stop marketing messages</source>
        <translation>Hentikan pesan pemasaran</translation>
    </message>
    <message>
        <source>You can opt out of receiving marketing messages from the provider. It will comply with your request as soon as reasonably practicable. Choose the channels on which marketing should stop.</source>
        <translation>Anda dapat berhenti menerima pesan pemasaran dari penyedia. Penyedia akan memenuhi permintaan Anda sesegera mungkin secara wajar. Pilih saluran tempat pemasaran harus dihentikan.</translation>
    </message>
    <message>
        <source>Stop marketing on</source>
        <translation>Hentikan pemasaran melalui</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>SMS (te&amp;xt messages)</source>
        <translation>SMS (pesan &amp;teks)</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>Push &amp;notifications</source>
        <translation>&amp;Notifikasi push</translation>
    </message>
    <message>
        <source>Stop marketing by %1</source>
        <translation>Hentikan pemasaran melalui %1</translation>
    </message>
    <message>
        <source>Checking which channels currently carry marketing…</source>
        <translation>Memeriksa saluran mana yang saat ini menerima pemasaran…</translation>
    </message>
    <message>
        <source>Your current marketing choices could not be loaded; you can still stop any channel.</source>
        <translation>Pilihan pemasaran Anda saat ini tidak dapat dimuat; Anda tetap dapat menghentikan saluran mana pun.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>push notifications</source>
        <translation>notifikasi push</translation>
    </message>
    <message>
        <source>You currently receive no marketing messages.</source>
        <translation>Saat ini Anda tidak menerima pesan pemasaran.</translation>
    </message>
    <message>
        <source>You currently receive marketing by: %1.</source>
        <translation>Saat ini Anda menerima pemasaran melalui: %1.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Pilih minimal satu saluran.</translation>
    </message>
</context>
<context>
    <name>pd::ValueLabels</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Perangkat lain</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Obrolan web</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>Dikirim oleh Anda</translation>
    </message>
    <message>
        <source>Sent to you</source>
        <translation>Dikirim kepada Anda</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <source>Account deletion</source>
        <translation>Penghapusan akun</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Berhenti berlangganan</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Pembatasan pemrosesan</translation>
    </message>
    <message>
        <source>Objection to processing</source>
        <translation>Keberatan atas pemrosesan</translation>
    </message>
    <message>
        <source>Removal of a minor's data</source>
        <translation>Penghapusan data anak di bawah umur</translation>
    </message>
    <message>
        <source>Security report</source>
        <translation>Laporan keamanan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Sedang diverifikasi</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang diproses</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>pd::VisitsModel</name>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Durasi (detik)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Peramban</translation>
    </message>
    <message>
        <source>Browser version</source>
        <translation>Versi peramban</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Datang dari</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Lanjut ke</translation>
    </message>
</context>
</TS>