/** A phrase set of Decap CMS: its words by key, grouped as its English set groups them. */
export interface DecapPhrases {
	readonly [key: string]: string | DecapPhrases;
}

/**
 * Decap CMS's own words (its buttons, messages and errors) in Indonesian, which Decap does not
 * ship: the keys and placeholders of its English set (package decap-cms-locales), in the terms of
 * the site's own editor labels (src/lib/cms/labels.ts): entri, sumber, terbitkan. An Indonesian
 * noun has one form for one and for many, so both plural forms (`||||`) read the same.
 */
export const decapPhrasesId = {
	auth: {
		login: 'Masuk',
		loggingIn: 'Sedang masuk...',
		loginWithNetlifyIdentity: 'Masuk dengan Netlify Identity',
		loginWithAzure: 'Masuk dengan Azure',
		loginWithBitbucket: 'Masuk dengan Bitbucket',
		loginWithGitHub: 'Masuk dengan GitHub',
		loginWithGitLab: 'Masuk dengan GitLab',
		loginWithGitea: 'Masuk dengan Gitea',
		loginWithForgejo: 'Masuk dengan Forgejo',
		errors: {
			email: 'Masukkan alamat email Anda.',
			password: 'Masukkan kata sandi Anda.',
			identitySettings:
				'Pengaturan identitas tidak dapat dibuka. Jika memakai backend git-gateway, pastikan layanan Identity dan Git Gateway sudah diaktifkan.',
		},
	},
	app: {
		header: {
			content: 'Konten',
			workflow: 'Alur kerja',
			media: 'Media',
			quickAdd: 'Tambah cepat',
		},
		app: {
			errorHeader: 'Konfigurasi CMS gagal dimuat',
			configErrors: 'Kesalahan konfigurasi',
			checkConfigYml: 'Periksa berkas config.yml.',
			loadingConfig: 'Memuat konfigurasi...',
			waitingBackend: 'Menunggu server...',
		},
		notFoundPage: {
			header: 'Tidak ditemukan',
		},
	},
	collection: {
		sidebar: {
			collections: 'Koleksi',
			allCollections: 'Semua koleksi',
			searchAll: 'Cari di semua koleksi',
			searchIn: 'Cari di',
		},
		collectionTop: {
			sortBy: 'Urutkan menurut',
			viewAs: 'Tampilkan sebagai',
			viewAsList: 'Tampilan daftar',
			viewAsGrid: 'Tampilan kisi',
			newButton: '＋ %{collectionLabel}',
			newButtonAriaLabel: 'Buat entri baru di %{collectionLabel}',
			ascending: 'Naik',
			descending: 'Turun',
			searchResults: 'Hasil pencarian untuk “%{searchTerm}”',
			searchResultsInCollection: 'Hasil pencarian untuk “%{searchTerm}” di %{collection}',
			filterBy: 'Saring menurut',
			groupBy: 'Kelompokkan menurut',
		},
		entries: {
			loadingEntries: 'Memuat entri...',
			cachingEntries: 'Menyimpan entri ke cache...',
			longerLoading: 'Ini bisa memakan waktu beberapa menit',
			noEntries: 'Belum ada entri',
			unpublishedHeader: 'Entri yang belum diterbitkan',
		},
		groups: {
			other: 'Lainnya',
			negateLabel: 'Bukan %{label}',
		},
		defaultFields: {
			author: {
				label: 'Penulis',
			},
			updatedOn: {
				label: 'Diperbarui pada',
			},
		},
	},
	editor: {
		editorControl: {
			field: {
				optional: 'opsional',
				widgetLabel: 'Kolom %{widgetLabel}',
			},
		},
		editorControlPane: {
			widget: {
				required: '%{fieldLabel} wajib diisi.',
				regexPattern: '%{fieldLabel} tidak sesuai dengan pola: %{pattern}.',
				processing: '%{fieldLabel} sedang diproses.',
				range: '%{fieldLabel} harus antara %{minValue} dan %{maxValue}.',
				min: '%{fieldLabel} tidak boleh kurang dari %{minValue}.',
				max: '%{fieldLabel} tidak boleh lebih dari %{maxValue}.',
				rangeCount: '%{fieldLabel} harus berisi %{minCount} sampai %{maxCount} butir.',
				rangeCountExact: '%{fieldLabel} harus berisi tepat %{count} butir.',
				rangeMin: '%{fieldLabel} harus berisi paling sedikit %{minCount} butir.',
				rangeMax: '%{fieldLabel} harus berisi paling banyak %{maxCount} butir.',
				invalidPath: '“%{path}” bukan jalur yang sah',
				pathExists: 'Jalur “%{path}” sudah ada',
			},
			i18n: {
				writingInLocale: 'Menulis dalam bahasa %{locale}',
				copyFromLocale: 'Isi dari bahasa lain',
				copyFromLocaleConfirm:
					'Isi dengan data dari bahasa %{locale}?\nSemua isi yang sudah ada akan ditimpa.',
			},
		},
		editor: {
			onLeavePage: 'Anda yakin ingin meninggalkan halaman ini?',
			onUpdatingWithUnsavedChanges:
				'Ada perubahan yang belum disimpan. Simpan dulu sebelum mengubah status.',
			onPublishingNotReady: 'Ubah status menjadi “Siap” sebelum menerbitkan.',
			onPublishingWithUnsavedChanges:
				'Ada perubahan yang belum disimpan. Simpan dulu sebelum menerbitkan.',
			onPublishing: 'Anda yakin ingin menerbitkan entri ini?',
			onUnpublishing: 'Anda yakin ingin membatalkan penerbitan entri ini?',
			onDeleteWithUnsavedChanges:
				'Anda yakin ingin menghapus entri yang sudah diterbitkan ini, beserta perubahan yang belum disimpan dalam sesi ini?',
			onDeletePublishedEntry: 'Anda yakin ingin menghapus entri yang sudah diterbitkan ini?',
			onDeleteUnpublishedChangesWithUnsavedChanges:
				'Semua perubahan yang belum diterbitkan pada entri ini akan dihapus, beserta perubahan yang belum disimpan dalam sesi ini. Tetap hapus?',
			onDeleteUnpublishedChanges:
				'Semua perubahan yang belum diterbitkan pada entri ini akan dihapus. Tetap hapus?',
			loadingEntry: 'Memuat entri...',
			confirmLoadBackup: 'Ada cadangan lokal entri ini. Pakai cadangan itu?',
		},
		editorInterface: {
			toggleI18n: 'Tampilkan/sembunyikan bahasa lain',
			togglePreview: 'Tampilkan/sembunyikan pratinjau',
			toggleScrollSync: 'Gulir bersamaan',
			toggleNotes: 'Tampilkan/sembunyikan catatan',
		},
		editorNotesPane: {
			title: 'Catatan',
			emptyState: 'Belum ada catatan. Tulis catatan pertama di bawah untuk mulai bekerja sama.',
			addNote: 'Tambah catatan',
			addPlaceholder: 'Tulis catatan...',
			editPlaceholder: 'Ubah catatan Anda...',
			save: 'Simpan',
			cancel: 'Batal',
			edit: 'Ubah',
			delete: 'Hapus',
			resolve: 'Selesai',
			unresolve: 'Buka lagi',
			confirmDelete: 'Anda yakin ingin menghapus catatan ini?',
			shortcut: 'Kiat: tekan Ctrl+Enter untuk menambah catatan dengan cepat',
		},
		editorToolbar: {
			publishing: 'Menerbitkan...',
			publish: 'Terbitkan',
			published: 'Diterbitkan',
			unpublish: 'Batalkan penerbitan',
			duplicate: 'Gandakan',
			unpublishing: 'Membatalkan penerbitan...',
			publishAndCreateNew: 'Terbitkan dan buat baru',
			publishAndDuplicate: 'Terbitkan dan gandakan',
			deleteUnpublishedChanges: 'Hapus perubahan yang belum diterbitkan',
			deleteUnpublishedEntry: 'Hapus entri yang belum diterbitkan',
			deletePublishedEntry: 'Hapus entri yang sudah diterbitkan',
			deleteEntry: 'Hapus entri',
			saving: 'Menyimpan...',
			save: 'Simpan',
			statusInfoTooltipDraft:
				'Entri ini berstatus draf. Untuk menyelesaikan dan mengajukannya untuk ditinjau, ubah statusnya menjadi “Sedang ditinjau”.',
			statusInfoTooltipInReview:
				'Entri ini sedang ditinjau; Anda tidak perlu melakukan apa-apa lagi. Anda tetap bisa mengubahnya selama ditinjau.',
			deleting: 'Menghapus...',
			updating: 'Memperbarui...',
			status: 'Status: %{status}',
			backCollection: 'Menulis di koleksi %{collectionLabel}',
			unsavedChanges: 'Perubahan belum disimpan',
			changesSaved: 'Perubahan tersimpan',
			draft: 'Draf',
			inReview: 'Sedang ditinjau',
			ready: 'Siap',
			publishNow: 'Terbitkan sekarang',
			deployPreviewPendingButtonLabel: 'Periksa pratinjau',
			deployPreviewButtonLabel: 'Lihat pratinjau',
			deployButtonLabel: 'Lihat di situs',
		},
		editorWidgets: {
			markdown: {
				bold: 'Tebal',
				italic: 'Miring',
				strikethrough: 'Coret',
				code: 'Kode',
				link: 'Tautan',
				linkPrompt: 'Masukkan alamat (URL) tautan',
				headings: 'Judul bagian',
				quote: 'Kutipan',
				bulletedList: 'Daftar berbutir',
				numberedList: 'Daftar bernomor',
				addComponent: 'Tambah komponen',
				richText: 'Teks berformat',
				markdown: 'Markdown',
				toggleMode: {
					rich: 'Beralih ke mode teks berformat',
					markdown: 'Beralih ke mode Markdown',
				},
			},
			image: {
				choose: 'Pilih gambar',
				chooseMultiple: 'Pilih beberapa gambar',
				chooseUrl: 'Sisipkan dari URL',
				replaceUrl: 'Ganti dengan URL',
				promptUrl: 'Masukkan alamat (URL) gambar',
				chooseDifferent: 'Pilih gambar lain',
				addMore: 'Tambah gambar lagi',
				remove: 'Hapus gambar',
				removeAll: 'Hapus semua gambar',
			},
			file: {
				choose: 'Pilih berkas',
				chooseUrl: 'Sisipkan dari URL',
				chooseMultiple: 'Pilih beberapa berkas',
				replaceUrl: 'Ganti dengan URL',
				promptUrl: 'Masukkan alamat (URL) berkas',
				chooseDifferent: 'Pilih berkas lain',
				addMore: 'Tambah berkas lagi',
				remove: 'Hapus berkas',
				removeAll: 'Hapus semua berkas',
			},
			unknownControl: {
				noControl: 'Tidak ada kontrol untuk widget “%{widget}”.',
			},
			unknownPreview: {
				noPreview: 'Tidak ada pratinjau untuk widget “%{widget}”.',
			},
			headingOptions: {
				headingOne: 'Judul 1',
				headingTwo: 'Judul 2',
				headingThree: 'Judul 3',
				headingFour: 'Judul 4',
				headingFive: 'Judul 5',
				headingSix: 'Judul 6',
			},
			datetime: {
				now: 'Sekarang',
				clear: 'Kosongkan',
				setToNow: 'Isi %{fieldLabel} dengan waktu sekarang',
			},
			list: {
				add: 'Tambah %{item}',
				addType: 'Tambah %{item}',
			},
			object: {
				expand: 'Buka',
				collapse: 'Tutup',
			},
		},
	},
	mediaLibrary: {
		mediaLibraryCard: {
			draft: 'Draf',
			copy: 'Salin',
			copyUrl: 'Salin URL',
			copyPath: 'Salin jalur',
			copyName: 'Salin nama',
			copied: 'Disalin',
		},
		mediaLibrary: {
			onDelete: 'Anda yakin ingin menghapus media yang dipilih?',
			fileTooLarge: 'Berkas terlalu besar.\nUkuran berkas paling besar %{size} kB.',
		},
		mediaLibraryModal: {
			loading: 'Memuat...',
			close: 'Tutup',
			noResults: 'Tidak ada hasil.',
			noAssetsFound: 'Tidak ada aset.',
			noImagesFound: 'Tidak ada gambar.',
			private: 'Privat: ',
			images: 'Gambar',
			mediaAssets: 'Aset media',
			search: 'Cari...',
			uploading: 'Mengunggah...',
			upload: 'Unggah',
			download: 'Unduh',
			deleting: 'Menghapus...',
			deleteSelected: 'Hapus yang dipilih',
			chooseSelected: 'Pakai yang dipilih',
		},
	},
	ui: {
		default: {
			goBackToSite: 'Kembali ke situs',
		},
		errorBoundary: {
			title: 'Kesalahan',
			details: 'Terjadi kesalahan. Silakan ',
			reportIt: 'laporkan di GitHub.',
			detailsHeading: 'Rincian',
			privacyWarning:
				'Laporan yang dibuka akan langsung berisi pesan kesalahan dan data untuk pelacakan.\nPeriksa apakah isinya benar, dan hapus data yang rahasia.',
			recoveredEntry: {
				heading: 'Dokumen yang dipulihkan',
				warning: 'Salin dan tempel dokumen ini di tempat lain sebelum meninggalkan halaman!',
				copyButtonLabel: 'Salin ke papan klip',
			},
		},
		settingsDropdown: {
			logOut: 'Keluar',
			account: 'Menu akun',
		},
		toast: {
			onFailToLoadEntries: 'Entri gagal dimuat: %{details}',
			onFailToLoadDeployPreview: 'Pratinjau gagal dimuat: %{details}',
			onFailToPersist: 'Entri gagal disimpan: %{details}',
			onFailToDelete: 'Entri gagal dihapus: %{details}',
			onFailToUpdateStatus: 'Status gagal diperbarui: %{details}',
			missingRequiredField: 'Ada kolom wajib yang belum diisi. Lengkapi dulu sebelum menyimpan.',
			entrySaved: 'Entri disimpan',
			entryPublished: 'Entri diterbitkan',
			entryUnpublished: 'Penerbitan entri dibatalkan',
			onFailToPublishEntry: 'Gagal menerbitkan: %{details}',
			onFailToUnpublishEntry: 'Penerbitan entri gagal dibatalkan: %{details}',
			entryUpdated: 'Status entri diperbarui',
			onDeleteUnpublishedChanges: 'Perubahan yang belum diterbitkan dihapus',
			noteAdded: 'Catatan ditambahkan',
			onFailToAddNote: 'Catatan gagal ditambahkan: %{details}',
			noteUpdated: 'Catatan diperbarui',
			onFailToUpdateNote: 'Catatan gagal diperbarui: %{details}',
			noteDeleted: 'Catatan dihapus',
			onFailToDeleteNote: 'Catatan gagal dihapus: %{details}',
			noteResolved: 'Catatan ditandai selesai',
			noteReopened: 'Catatan dibuka lagi',
			onFailToToggleNote: 'Status catatan gagal diubah: %{details}',
			onFailToAuth: '%{details}',
			onLoggedOut: 'Anda sudah keluar. Cadangkan data Anda, lalu masuk lagi.',
			onBackendDown:
				'Layanan server sedang terganggu. Lihat %{details} untuk keterangan lebih lanjut.',
		},
	},
	workflow: {
		workflow: {
			loading: 'Memuat entri alur kerja redaksi',
			workflowHeading: 'Alur kerja redaksi',
			newPost: 'Entri baru',
			description:
				'%{smart_count} entri menunggu ditinjau, %{readyCount} siap diterbitkan. |||| %{smart_count} entri menunggu ditinjau, %{readyCount} siap diterbitkan.',
			// Numbers only: Decap formats dates without Indonesian month names.
			dateFormat: 'D/M/YYYY',
		},
		workflowCard: {
			lastChange: '%{date} oleh %{author}',
			lastChangeNoAuthor: '%{date}',
			lastChangeNoDate: 'oleh %{author}',
			deleteChanges: 'Hapus perubahan',
			deleteNewEntry: 'Hapus entri baru',
			publishChanges: 'Terbitkan perubahan',
			publishNewEntry: 'Terbitkan entri baru',
		},
		workflowList: {
			onDeleteEntry: 'Anda yakin ingin menghapus entri ini?',
			onPublishingNotReadyEntry:
				'Hanya entri berstatus “Siap” yang bisa diterbitkan. Seret kartunya ke kolom “Siap” agar bisa diterbitkan.',
			onPublishEntry: 'Anda yakin ingin menerbitkan entri ini?',
			draftHeader: 'Draf',
			inReviewHeader: 'Sedang ditinjau',
			readyHeader: 'Siap',
			currentEntries: '%{smart_count} entri |||| %{smart_count} entri',
		},
	},
} satisfies DecapPhrases;
