import { describe, expect, it } from 'vitest';
import { cmsBackend } from '../../src/lib/cms/backend';
import { editorContentSecurityPolicy } from '../../src/lib/security-headers';

describe('cmsBackend', () => {
	it('edits the working copy through the local server without CMS_BACKEND', () => {
		expect(cmsBackend({ CMS_LOCAL_PORT: '4650' })).toEqual({
			backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:4650/api/v1', branch: 'main' },
			connectOrigins: ['http://127.0.0.1:4650'],
		});
	});

	it('signs in to GitLab with PKCE and works through merge requests', () => {
		const settings = cmsBackend({
			CMS_BACKEND: 'gitlab',
			CMS_REPO: 'kemenperin/new-midec',
			CMS_GITLAB_APP_ID: 'abc123',
			CMS_GITLAB_URL: 'https://git.example.go.id/',
		});
		expect(settings.backend).toMatchObject({
			name: 'gitlab',
			auth_type: 'pkce',
			app_id: 'abc123',
			api_root: 'https://git.example.go.id/api/v4',
		});
		expect(settings.publish_mode).toBe('editorial_workflow');
		expect(editorContentSecurityPolicy(settings.connectOrigins)).toContain(
			"connect-src 'self' https://git.example.go.id",
		);
	});

	it('signs in to GitHub through the OAuth proxy and works through pull requests', () => {
		const settings = cmsBackend({
			CMS_BACKEND: 'github',
			CMS_REPO: 'owner/new-midec',
			CMS_AUTH_URL: 'https://auth.example.org',
		});
		expect(settings.backend).toMatchObject({
			name: 'github',
			base_url: 'https://auth.example.org',
		});
		expect(settings.publish_mode).toBe('editorial_workflow');
		expect(settings.connectOrigins).toEqual(['https://api.github.com']);
	});

	it('names the missing setting', () => {
		expect(() => cmsBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b' })).toThrow(
			'CMS_BACKEND=gitlab needs CMS_GITLAB_APP_ID',
		);
		expect(() => cmsBackend({ CMS_BACKEND: 'bitbucket' })).toThrow('use gitlab or github');
	});
});
