/**
 * What a workload-certificate endpoint's answer means (troubleshooting doc, step A.1):
 * Google's generic 404 page means the VM does not support the feature at all; a 404 that
 * says `workload certificate feature not enabled` means it is supported but off.
 */
export type EndpointVerdict =
  | 'ok'
  | 'not-supported'
  | 'feature-not-enabled'
  | 'precondition-failed'
  | 'header-rejected'
  | 'unexpected';

export const FEATURE_NOT_ENABLED = 'workload certificate feature not enabled';
export const NOT_FOUND_TEXT = 'was not found on this server';

/** Google's error pages come with or without tags, with a straight or a curly apostrophe. */
export function plainText(body: string): string {
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function isNotFoundPage(body: string): boolean {
  return plainText(body).toLowerCase().includes(NOT_FOUND_TEXT);
}

export function classifyEndpointReply(status: number, body: string): EndpointVerdict {
  const text = plainText(body);
  if (status === 200) return 'ok';
  if (text.toLowerCase().includes(FEATURE_NOT_ENABLED)) return 'feature-not-enabled';
  if (status === 404 && isNotFoundPage(body)) return 'not-supported';
  if (status === 412) return 'precondition-failed';
  if (status === 403) return 'header-rejected';
  return 'unexpected';
}
