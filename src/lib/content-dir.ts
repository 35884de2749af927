/**
 * Where the archive's content lives. Tests and the benchmark point the build at a fixture or a
 * synthetic archive through QL_CONTENT_DIR; editors never need to set it.
 */
export const CONTENT_DIR = (process.env.QL_CONTENT_DIR ?? './content').replace(/\/$/, '');
