import QRCode from 'qrcode';

/**
 * The file of a page's QR code, in the page's own folder (`/sectors/automotive/qr.svg`). It is an
 * image of its own rather than inline SVG, so that a reader pays for it only on reaching the
 * share block at the end of the page.
 */
export const qrCodeFile = 'qr.svg';

/** A QR code for `url` as SVG, with the quiet zone of one module and medium error correction. */
export function qrCodeSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
