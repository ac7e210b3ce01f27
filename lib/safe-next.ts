// A stand-in origin: only what resolves to it is Warren's own.
const SELF = 'http://warren.invalid';

/**
 * Where to go after login: a path of Warren's own, never another site. `next` is resolved the
 * way the browser will resolve it (the URL parser drops tabs and newlines, reads "\" as "/",
 * resolves dot segments), must stay on Warren's origin, and is rebuilt from its path, query and
 * hash, so what is returned is exactly what was checked. The login page and the API are no
 * destinations.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, SELF);
  } catch {
    return '/';
  }
  if (url.origin !== SELF) return '/';
  const path = url.pathname;
  // "/.//x" resolves to the path "//x", which read again is another host.
  if (path.startsWith('//')) return '/';
  if (path === '/login' || path.startsWith('/login/') || path === '/api' || path.startsWith('/api/')) return '/';
  return path + url.search + url.hash;
}
