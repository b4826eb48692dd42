import path from 'node:path';

/**
 * Where content and data live. The benchmark points these at a synthetic archive
 * (CONTENT_DIR, DATA_DIR) so the real content is never touched.
 */
export function contentPaths(root: string = process.cwd()) {
  const contentDir = path.resolve(root, process.env.CONTENT_DIR ?? 'content');
  const dataDir = path.resolve(root, process.env.DATA_DIR ?? 'data');
  return { root, contentDir, dataDir };
}
