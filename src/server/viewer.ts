import { embeddedAdmin, type Viewer } from '../context.js';

/**
 * Who sends a request. Until API keys exist every caller is the embedded administrator; this is
 * the one place that changes when they do.
 */
export async function viewerFor(_authorization: string | undefined): Promise<Viewer | null> {
  return embeddedAdmin;
}
