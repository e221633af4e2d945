import { expect, it } from 'vitest';
import { kilobytes } from '../../src/lib/sizes';

it('gives sizes in kilobytes of 1,024 bytes, to a tenth', () => {
	expect(kilobytes(0)).toBe('0.0 KB');
	expect(kilobytes(1024)).toBe('1.0 KB');
	expect(kilobytes(476_570)).toBe('465.4 KB');
});
