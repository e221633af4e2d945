import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { programmeApiSchema } from '~/lib/programme-api';

export const prerender = true;

/** The JSON Schema of /api/programme.json, derived from the same schema the build checks. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(z.toJSONSchema(programmeApiSchema), null, '\t'), {
		headers: { 'Content-Type': 'application/schema+json' },
	});
