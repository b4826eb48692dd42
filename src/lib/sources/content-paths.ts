import path from 'node:path';

/**
 * Where content and data live. The benchmark points these at a synthetic archive
 * (CONTENT_DIR, DATA_DIR) so the real content is never touched; tests build another office's site
 * with its own public/ folder (PUBLIC_DIR), for its logo.
 */
export function contentPaths(root: string = process.cwd()) {
  const contentDir = path.resolve(root, process.env.CONTENT_DIR ?? 'content');
  const dataDir = path.resolve(root, process.env.DATA_DIR ?? 'data');
  const publicDir = path.resolve(root, process.env.PUBLIC_DIR ?? 'public');
  return { root, contentDir, dataDir, publicDir };
}
