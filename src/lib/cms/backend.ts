/**
 * Where the editor reads and writes: the configuration's `backend` part, from the environment.
 * - Without `CMS_BACKEND`: a working copy on this machine, through the CMS's local server
 *   (`npm run edit` starts it on `CMS_LOCAL_PORT`, 8081 unless set).
 * - `CMS_BACKEND=gitlab`: GitLab with PKCE, no server of ours (`CMS_REPO`, `CMS_GITLAB_APP_ID`,
 *   and `CMS_GITLAB_URL` for a GitLab other than gitlab.com).
 * - `CMS_BACKEND=github`: GitHub through an OAuth proxy at `CMS_AUTH_URL` (`CMS_REPO`).
 * On GitLab and GitHub every change goes through the editorial workflow: a draft is a merge or
 * pull request that a second person reviews and publishes.
 */
export interface CmsBackend {
	backend: Record<string, unknown>;
	publish_mode?: 'editorial_workflow';
	/** The origins the editor's page talks to, for its Content-Security-Policy. */
	connectOrigins: string[];
}

export const defaultLocalPort = 8081;

type Environment = Record<string, string | undefined>;

function required(environment: Environment, name: string, backend: string): string {
	const value = environment[name];
	if (!value)
		throw new Error(
			`CMS_BACKEND=${backend} needs ${name}: see README.md, "Editing in the browser".`,
		);
	return value;
}

export function cmsBackend(environment: Environment = process.env): CmsBackend {
	const branch = environment.CMS_BRANCH || 'main';
	const kind = environment.CMS_BACKEND;
	if (!kind) {
		const port = Number(environment.CMS_LOCAL_PORT || defaultLocalPort);
		const origin = `http://127.0.0.1:${port}`;
		return {
			backend: { name: 'proxy', proxy_url: `${origin}/api/v1`, branch },
			connectOrigins: [origin],
		};
	}
	if (kind !== 'gitlab' && kind !== 'github')
		throw new Error(
			`CMS_BACKEND is "${kind}": use gitlab or github, or leave it out to edit locally.`,
		);
	const repo = required(environment, 'CMS_REPO', kind);
	if (kind === 'gitlab') {
		const base = (environment.CMS_GITLAB_URL || 'https://gitlab.com').replace(/\/$/, '');
		return {
			backend: {
				name: 'gitlab',
				repo,
				branch,
				auth_type: 'pkce',
				app_id: required(environment, 'CMS_GITLAB_APP_ID', kind),
				base_url: base,
				api_root: `${base}/api/v4`,
				auth_endpoint: 'oauth/authorize',
			},
			publish_mode: 'editorial_workflow',
			connectOrigins: [new URL(base).origin],
		};
	}
	return {
		backend: {
			name: 'github',
			repo,
			branch,
			base_url: required(environment, 'CMS_AUTH_URL', kind),
		},
		publish_mode: 'editorial_workflow',
		connectOrigins: ['https://api.github.com'],
	};
}
