/**
 * Where the report's content lives. `REPORT_CONTENT_DIR` points the build at another report
 * (relative to the project root, or absolute); the default is the bundled `content/`.
 */
export const contentRoot: string = process.env['REPORT_CONTENT_DIR'] ?? 'content';
