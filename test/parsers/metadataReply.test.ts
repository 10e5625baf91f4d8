import { describe, expect, it } from 'vitest';
import { FEATURE_NOT_ENABLED, classifyEndpointReply, isNotFoundPage, plainText } from '../../src/parsers/metadataReply.js';

const PATH = '/computeMetadata/v1/instance/gce-workload-certificates/config-status';

/** Google's 404 page as the metadata server sends it (tags, curly apostrophes). */
const HTML_404 = `<!DOCTYPE html>
<html lang=en>
  <meta charset=utf-8>
  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">
  <title>Error 404 (Not Found)!!1</title>
  <style>
    *{margin:0;padding:0}html,code{font:15px/22px arial,sans-serif}
  </style>
  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>
  <p><b>404.</b> <ins>That’s an error.</ins>
  <p>The requested URL <code>${PATH}</code> was not found on this server.  <ins>That’s all we know.</ins>
`;

/** The same page as a text-only client shows it, straight apostrophes. */
const TEXT_404 = `404. That's an error.\nThe requested URL ${PATH} was not found on this server.  That's all we know.\n`;
/** Tags gone, curly apostrophes kept. */
const TEXT_404_CURLY = `404. That’s an error. The requested URL ${PATH} was not found on this server.  That’s all we know.`;

const HTML_403 = `<!DOCTYPE html>
<html lang=en>
  <title>Error 403 (Forbidden)!!1</title>
  <p><b>403.</b> <ins>That’s an error.</ins>
  <p>Your client does not have permission to get URL <code>${PATH}</code> from this server. Missing Metadata-Flavor:Google header.  <ins>That’s all we know.</ins>
`;

describe('plainText', () => {
  it('drops tags, folds whitespace and straightens curly apostrophes', () => {
    expect(plainText('<p><b>404.</b> <ins>That’s an error.</ins>\n\n<p>Bye  \t now ‘quoted’')).toBe("404. That's an error. Bye now 'quoted'");
  });

  it('gives the same text for the HTML page and its text-only forms', () => {
    const expected = `404. That's an error. The requested URL ${PATH} was not found on this server. That's all we know.`;
    expect(plainText(TEXT_404)).toBe(expected);
    expect(plainText(TEXT_404_CURLY)).toBe(expected);
    expect(plainText(HTML_404)).toContain(expected);
    expect(plainText(HTML_404)).not.toMatch(/[<>’]/);
  });

  it('leaves plain text alone apart from trimming', () => {
    expect(plainText('  workload certificate feature not enabled\n')).toBe(FEATURE_NOT_ENABLED);
    expect(plainText('')).toBe('');
  });
});

describe('isNotFoundPage', () => {
  it.each([
    ['the HTML page', HTML_404],
    ['the page without tags, straight apostrophe', TEXT_404],
    ['the page without tags, curly apostrophe', TEXT_404_CURLY],
    ['the sentence broken over lines', `The requested URL\n<code>${PATH}</code>\nwas not\n found on this server.`],
  ])('recognises %s', (_, body) => {
    expect(isNotFoundPage(body)).toBe(true);
  });

  it.each([
    ['the feature-not-enabled body', 'workload certificate feature not enabled\n'],
    ['the 403 page', HTML_403],
    ['an empty body', ''],
    ['a JSON body', '{"partnerMetadataConfigsErrors": {}}'],
  ])('does not take %s for the 404 page', (_, body) => {
    expect(isNotFoundPage(body)).toBe(false);
  });
});

describe('classifyEndpointReply', () => {
  it.each([
    [200, '{"partnerMetadataConfigsErrors": {}}', 'ok'],
    [200, '', 'ok'],
    [404, HTML_404, 'not-supported'],
    [404, TEXT_404, 'not-supported'],
    [404, TEXT_404_CURLY, 'not-supported'],
    [404, 'workload certificate feature not enabled', 'feature-not-enabled'],
    [404, 'workload certificate feature not enabled\n', 'feature-not-enabled'],
    [404, 'Workload certificate feature not enabled.', 'feature-not-enabled'],
    [412, '', 'precondition-failed'],
    [412, 'Precondition Failed', 'precondition-failed'],
    [403, HTML_403, 'header-rejected'],
    [403, 'Missing Metadata-Flavor:Google header.', 'header-rejected'],
    [500, 'Internal Server Error', 'unexpected'],
    [503, HTML_404, 'unexpected'],
    [404, '', 'unexpected'],
    [404, 'Not Found', 'unexpected'],
    [301, `<a href="${PATH}/">Moved</a>`, 'unexpected'],
  ] as const)('%i with %j → %s', (status, body, verdict) => {
    expect(classifyEndpointReply(status, body)).toBe(verdict);
  });

  it('lets a 200 win even when its body mentions the feature text', () => {
    expect(classifyEndpointReply(200, '{"status": "workload certificate feature not enabled"}')).toBe('ok');
  });

  it('tells the two 404s of step A.1 apart', () => {
    expect(classifyEndpointReply(404, HTML_404)).not.toBe(classifyEndpointReply(404, 'workload certificate feature not enabled'));
  });
});
