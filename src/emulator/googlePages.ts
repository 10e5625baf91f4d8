/** Google's own error pages, as the metadata server sends them (FACTS §2). */
const page = (code: number, title: string, text: string) => `<!DOCTYPE html>
<html lang=en>
  <meta charset=utf-8>
  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">
  <title>Error ${code} (${title})!!1</title>
  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>
  <p><b>${code}.</b> <ins>That’s an error.</ins>
  <p>${text}  <ins>That’s all we know.</ins>
`;

export const notFoundPage = (path: string) => page(404, 'Not Found', `The requested URL <code>${path}</code> was not found on this server.`);

export const missingHeaderPage = (path: string) =>
  page(403, 'Forbidden', `Your client does not have permission to get URL <code>${path}</code> from this server. Missing Metadata-Flavor:Google header.`);

export const FEATURE_NOT_ENABLED_BODY = 'workload certificate feature not enabled\n';
