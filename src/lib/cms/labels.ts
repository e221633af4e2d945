import { localeCodes, locales } from '../locales';
import type { Localized } from '../programme/schema';

/**
 * The editor's name for each field of the data files, in the editor's three languages. A field
 * of the schemas without a name here stops the editor's configuration from being generated.
 */
export const fieldLabels: Record<string, Localized> = {
	id: {
		id: 'ID (huruf kecil dan tanda hubung)',
		en: 'ID (lowercase and hyphens)',
		ja: 'ID（英小文字とハイフン）',
	},
	date: { id: 'Tanggal', en: 'Date', ja: '日付' },
	end: { id: 'Tanggal akhir', en: 'End date', ja: '終了日' },
	approximate: { id: 'Tanggal perkiraan', en: 'Approximate date', ja: '推定の日付' },
	title: { id: 'Judul', en: 'Title', ja: 'タイトル' },
	subjects: { id: 'Sektor dan tema', en: 'Sectors and themes', ja: '分野とテーマ' },
	facts: { id: 'Fakta', en: 'Facts', ja: '事実' },
	origin: { id: 'Asal', en: 'Origin', ja: '出所' },
	about: { id: 'Tentang', en: 'About', ja: '内容' },
	publisher: { id: 'Penerbit', en: 'Publisher', ja: '発行者' },
	url: { id: 'Alamat (URL)', en: 'Address (URL)', ja: 'アドレス（URL）' },
	incompleteUrl: { id: 'Alamat tidak lengkap', en: 'Incomplete address', ja: '不完全なアドレス' },
	publisherUrl: { id: 'Situs penerbit', en: "Publisher's site", ja: '発行者のサイト' },
	language: { id: 'Bahasa', en: 'Language', ja: '言語' },
	kind: { id: 'Jenis', en: 'Kind', ja: '種類' },
	topic: { id: 'Topik', en: 'Topic', ja: 'トピック' },
	sources: { id: 'Sumber', en: 'Sources', ja: '出典' },
	confidence: { id: 'Tingkat kepastian', en: 'Confidence', ja: '確度' },
	note: { id: 'Catatan', en: 'Note', ja: '注記' },
	name: { id: 'Nama', en: 'Name', ja: '名称' },
	short: { id: 'Nama singkat', en: 'Short name', ja: '略称' },
	country: { id: 'Negara', en: 'Country', ja: '国' },
	offices: { id: 'Jabatan', en: 'Offices', ja: '役職' },
	institution: { id: 'Lembaga', en: 'Institution', ja: '機関' },
	from: { id: 'Sejak', en: 'From', ja: '開始' },
	to: { id: 'Sampai', en: 'To', ja: '終了' },
	inSentence: { id: 'Nama dalam kalimat', en: 'Name in a sentence', ja: '文中での名称' },
	wording2019: { id: 'Kata-kata 2019', en: 'Wording of 2019', ja: '2019年の表記' },
	synonyms: { id: 'Sinonim', en: 'Synonyms', ja: '同義語' },
	documents: { id: 'Dokumen perencanaan', en: 'Planning documents', ja: '計画文書' },
	document: { id: 'Dokumen', en: 'Document', ja: '文書' },
	state: { id: 'Tahap', en: 'State', ja: '段階' },
	by: { id: 'Menurut laporan tanggal', en: 'By (date of the report)', ja: '報告の日付' },
	fact: { id: 'Fakta', en: 'Fact', ja: '事実' },
	activities: { id: 'Kegiatan', en: 'Activities', ja: '活動' },
	term: { id: 'Istilah', en: 'Term', ja: '用語' },
	definition: { id: 'Definisi', en: 'Definition', ja: '定義' },
	source: { id: 'Sumber', en: 'Source', ja: '出典' },
	error: { id: 'Kesalahan', en: 'Error', ja: '誤り' },
	correction: { id: 'Koreksi', en: 'Correction', ja: '訂正' },
	published: { id: 'Diterbitkan', en: 'Published', ja: '公開日' },
	pages: { id: 'Halaman', en: 'Pages', ja: 'ページ' },
	page: { id: 'Halaman', en: 'Page', ja: 'ページ' },
	updates: { id: 'Pembaruan', en: 'Updates', ja: '更新' },
	place: { id: 'Tempat', en: 'Place', ja: '場所' },
	setting: { id: 'Acara', en: 'Setting', ja: '機会' },
	signatories: { id: 'Penanda tangan', en: 'Signatories', ja: '署名者' },
	attendees: { id: 'Yang hadir', en: 'Attendees', ja: '出席者' },
	pilots: { id: 'Proyek percontohan', en: 'Pilot projects', ja: 'パイロット事業' },
	sector: { id: 'Sektor', en: 'Sector', ja: '分野' },
	theme: { id: 'Tema', en: 'Theme', ja: 'テーマ' },
	themes2021: {
		id: 'Tema lintas sektor 2021',
		en: 'Cross-sector themes of 2021',
		ja: '2021年の分野横断テーマ',
	},
	wording: { id: 'Kata-kata', en: 'Wording', ja: '表記' },
	related: { id: 'Tema terkait', en: 'Related theme', ja: '関連するテーマ' },
	fullName: { id: 'Nama lengkap', en: 'Full name', ja: '正式名称' },
	reviewed: { id: 'Diperiksa', en: 'Reviewed', ja: '確認日' },
	titles: { id: 'Judul resmi', en: 'Official titles', ja: '正式名称' },
	en: { id: 'Bahasa Inggris', en: 'English', ja: '英語' },
	enJapanOrder: {
		id: 'Bahasa Inggris, urutan Jepang',
		en: 'English, Japan first',
		ja: '英語（日本が先）',
	},
	ja: { id: 'Bahasa Jepang', en: 'Japanese', ja: '日本語' },
	jaTreatyNumber: { id: 'Nomor perjanjian Jepang', en: 'Japanese treaty number', ja: '条約番号' },
	idAsShown: {
		id: 'Bahasa Indonesia, sejauh yang tampak',
		en: 'Indonesian, as far as shown',
		ja: 'インドネシア語（確認できる範囲）',
	},
	abbreviations: { id: 'Singkatan', en: 'Abbreviations', ja: '略称' },
	negotiationsStarted: { id: 'Perundingan dimulai', en: 'Negotiations started', ja: '交渉開始' },
	broadAgreement: { id: 'Kesepakatan pokok', en: 'Broad agreement', ja: '大筋合意' },
	signed: { id: 'Ditandatangani', en: 'Signed', ja: '署名' },
	signedPlace: { id: 'Tempat penandatanganan', en: 'Place of signing', ja: '署名地' },
	notesExchanged: { id: 'Pertukaran nota', en: 'Notes exchanged', ja: '公文交換' },
	inForce: { id: 'Mulai berlaku', en: 'In force', ja: '発効' },
	protocol: { id: 'Protokol perubahan', en: 'Amending protocol', ja: '改正議定書' },
	concluded: { id: 'Disepakati', en: 'Concluded', ja: '妥結' },
	signingPlanned: { id: 'Rencana penandatanganan', en: 'Signing planned', ja: '署名予定' },
	concludedPlace: { id: 'Tempat kesepakatan', en: 'Place concluded', ja: '妥結地' },
	promulgatedInJapan: {
		id: 'Diundangkan di Jepang',
		en: 'Promulgated in Japan',
		ja: '日本での公布',
	},
	description: {
		id: 'Deskripsi (satu kalimat)',
		en: 'Description (one sentence)',
		ja: '説明（一文）',
	},
	body: { id: 'Isi halaman', en: 'Page text', ja: '本文' },
};

/** The editor's name for each data file, in the editor's three languages. */
export const fileLabels: Record<string, Localized> = {
	'programme.yaml': { id: 'Program', en: 'Programme', ja: 'プログラム' },
	'framework.yaml': {
		id: 'Dokumen kerangka 2019',
		en: 'Framework document of 2019',
		ja: '2019年の枠組み文書',
	},
	'agreement.yaml': { id: 'IJEPA', en: 'IJEPA', ja: '日本・インドネシア経済連携協定' },
	'sectors.yaml': { id: 'Sektor', en: 'Sectors', ja: '分野' },
	'themes.yaml': { id: 'Tema', en: 'Themes', ja: 'テーマ' },
	'events.yaml': { id: 'Peristiwa (linimasa)', en: 'Events (timeline)', ja: '出来事（年表）' },
	'people.yaml': { id: 'Orang', en: 'People', ja: '人物' },
	'institutions.yaml': { id: 'Lembaga', en: 'Institutions', ja: '機関' },
	'glossary.yaml': { id: 'Glosarium', en: 'Glossary', ja: '用語集' },
	'origins.yaml': { id: 'Asal informasi', en: 'Origins', ja: '情報の出所' },
	'sources.yaml': { id: 'Sumber', en: 'Sources', ja: '出典' },
	'facts.yaml': { id: 'Fakta', en: 'Facts', ja: '事実' },
	'source-errors.yaml': {
		id: 'Kesalahan dalam sumber',
		en: 'Errors in the sources',
		ja: '出典の誤り',
	},
	'gaps.yaml': { id: 'Yang tidak diketahui', en: 'What is not known', ja: '不明な点' },
	'page-history.yaml': {
		id: 'Riwayat halaman ("Terakhir diperbarui")',
		en: 'Page history ("Last updated")',
		ja: 'ページの履歴（「最終更新」）',
	},
};

/** What a field asks for, where its name does not say it all: shown under the field. */
export const fieldHints: Record<string, Localized> = {
	id: {
		id: 'Menghubungkan entri satu sama lain, misalnya kemenperin-2026-11-30. Jangan diubah setelah diterbitkan.',
		en: 'Connects entries to each other, for example kemenperin-2026-11-30. Do not change it once published.',
		ja: '項目どうしをつなぐ名前です（例：kemenperin-2026-11-30）。公開後は変更しないでください。',
	},
	origin: {
		id: 'Isi bila sumber ini memuat ulang informasi dari pihak lain, misalnya berita yang mengutip siaran pers. Kosongkan bila sumber ini yang pertama menerbitkannya.',
		en: 'Fill in when this source repeats what another first published, such as a news report of a press release. Leave it empty when this source published it first.',
		ja: 'ほかが最初に出した情報を載せている場合（報道発表を伝える記事など）に選びます。この出典が最初に出したものなら空欄にします。',
	},
	incompleteUrl: {
		id: 'Hanya bila alamatnya diketahui sebagian: ditampilkan sebagai teks, bukan tautan, di samping situs penerbit.',
		en: "Only when the address is known in part: shown as text, not as a link, beside the publisher's site.",
		ja: 'アドレスの一部しか分からない場合だけ記入します。リンクにはせず文字として、発行者のサイトと並べて表示します。',
	},
	sources: {
		id: 'Pilih minimal satu sumber. Fakta "terkonfirmasi" memerlukan sumber dari dua asal yang berbeda.',
		en: 'Pick at least one source. A "confirmed" fact needs sources from two different origins.',
		ja: '出典を1つ以上選びます。「確認済み」の事実には、異なる2つの出所からの出典が必要です。',
	},
	confidence: {
		id: 'Dihitung dari asal, bukan dari jumlah sumber: lima muatan ulang satu siaran pers adalah satu asal.',
		en: 'Counted by origins, not by sources: five reprints of one press release are one origin.',
		ja: '出典の数ではなく出所の数で決まります。同じ報道発表の転載が5つあっても出所は1つです。',
	},
	published: {
		id: 'Tanggal halaman pertama kali terbit. Biarkan apa adanya saat menambah pembaruan.',
		en: 'The day the page first appeared. Leave it as it is when you add an update.',
		ja: 'ページが最初に公開された日です。更新を追加するときは変更しません。',
	},
};

/**
 * The UI strings (content/i18n) that name the choices of a field, by field: the editor offers
 * `document: tor` as the site shows it, "Terms of reference (TOR)".
 */
export const choiceStringPrefixes: Record<string, string> = {
	document: 'document',
	state: 'documentState',
	confidence: 'confidence',
};

const sameInEveryLanguage = (text: string): Localized => ({ id: text, en: text, ja: text });

/** The editor's name for each choice of the other fields with a fixed set of choices. */
export const choiceLabels: Record<string, Record<string, Localized>> = {
	language: Object.fromEntries(
		localeCodes.map((code) => [code, sameInEveryLanguage(locales[code].label)]),
	),
	kind: {
		official: { id: 'Dokumen resmi', en: 'Official document', ja: '公式文書' },
		'press-release': { id: 'Siaran pers', en: 'Press release', ja: '報道発表' },
		news: { id: 'Berita', en: 'News report', ja: '報道記事' },
		gazette: { id: 'Lembaran resmi', en: 'Official gazette', ja: '官報' },
		study: { id: 'Kajian', en: 'Study', ja: '調査研究' },
		reference: { id: 'Rujukan', en: 'Reference work', ja: '参考資料' },
	},
	topic: {
		ijepa: sameInEveryLanguage('IJEPA'),
		midec: { id: 'MIDEC (2008)', en: 'MIDEC (2008)', ja: 'MIDEC（2008年）' },
		'new-midec': sameInEveryLanguage('New MIDEC'),
		people: { id: 'Orang', en: 'People', ja: '人物' },
	},
	country: {
		ID: { id: 'Indonesia', en: 'Indonesia', ja: 'インドネシア' },
		JP: { id: 'Jepang', en: 'Japan', ja: '日本' },
	},
};
