/**
 * Settings that differ per deployment, read from the environment at build time.
 * `REPORT_PROBLEM_EMAIL`: where "Report a problem with this page" writes to. Without it, the link
 * leads to the About page's section on corrections.
 */
export const reportProblemEmail = process.env.REPORT_PROBLEM_EMAIL || undefined;
