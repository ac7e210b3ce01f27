export interface ApiRoute {
  /** "/api/queues/[vhost]/[name]" */
  pattern: string;
  /** ["queues", "[vhost]", "[name]"] */
  segments: string[];
  /** The HTTP methods the route file exports, sorted. */
  methods: string[];
  catchAll: boolean;
}
export const REPO_ROOT: string;
export const METHODS: string[];
export function apiRoutes(): ApiRoute[];
