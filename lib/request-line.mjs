// Checks of a request's method and target that must hold before Next.js routes it: a path or
// query that is not valid percent-encoded UTF-8 made Next.js answer a bare 500 (its router
// decodes the path before any of Warren's code runs), a dot segment ("." or "..", in any
// encoding) made it redirect to another path with the same method, and a method it does not
// know (TRACE) made it throw. server.mjs answers these itself, for every route. Plain
// JavaScript (server.mjs loads it without a build); types in request-line.d.mts.

/** The methods Warren's routes may have; anything else is refused before routing. */
export const KNOWN_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const BROKEN_ESCAPE = /%(?![0-9a-fA-F]{2})/;

/** Why one encoded piece (a path segment, a query key or value) is unreadable, or null. */
function pieceProblem(piece) {
  if (BROKEN_ESCAPE.test(piece)) return 'is not valid percent-encoding (a "%" must be followed by two hex digits)';
  try {
    decodeURIComponent(piece);
  } catch {
    return 'is not valid UTF-8';
  }
  return null;
}

/**
 * The problem with a request target (path and query, as it came on the request line), or null.
 * Segments are counted from 1 after the leading "/" ("/api/queues/%FF" → segment 3).
 */
export function requestTargetProblem(target) {
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt + 1);
  const segments = path.split('/').slice(1);
  for (let i = 0; i < segments.length; i++) {
    const problem = pieceProblem(segments[i]);
    if (problem) return `The path segment ${i + 1} ${problem}`;
    const decoded = decodeURIComponent(segments[i]);
    if (decoded === '.' || decoded === '..') {
      return `The path segment ${i + 1} is "${decoded}", a step to another path: names "." and ".." are written "~." and "~.." in Warren's paths`;
    }
  }
  if (query) {
    for (const pair of query.split('&')) {
      if (!pair) continue;
      const equals = pair.indexOf('=');
      const key = equals === -1 ? pair : pair.slice(0, equals);
      const value = equals === -1 ? '' : pair.slice(equals + 1);
      const keyProblem = pieceProblem(key.replace(/\+/g, ' '));
      if (keyProblem) return `A query parameter name ${keyProblem}`;
      const valueProblem = pieceProblem(value.replace(/\+/g, ' '));
      if (valueProblem) return `The query parameter "${decodeURIComponent(key.replace(/\+/g, ' ')).slice(0, 50)}" ${valueProblem}`;
    }
  }
  return null;
}

/** The error envelope every Warren route answers with: { error: { code, message } }. */
export function envelope(code, message) {
  return JSON.stringify({ error: { code, message } });
}

/**
 * The route of `table` (lib/api/route-table.json) a path's decoded segments address, as Next.js
 * would pick it: same number of segments, static ones equal, the most static first. Null when
 * none does.
 */
export function matchRoute(table, segments) {
  let best = null;
  let bestStatic = -1;
  for (const route of table) {
    if (route.segments.length !== segments.length) continue;
    let statics = 0;
    let matches = true;
    for (let i = 0; i < segments.length; i++) {
      const part = route.segments[i];
      if (part.startsWith('[')) {
        if (!segments[i]) matches = false;
      } else if (part === segments[i]) statics++;
      else matches = false;
      if (!matches) break;
    }
    if (matches && statics > bestStatic) {
      best = route;
      bestStatic = statics;
    }
  }
  return best;
}

/** The methods a route answers: what it exports, HEAD with GET, and OPTIONS (Next.js answers it). */
export function allowedMethods(route) {
  const methods = new Set(route.methods);
  if (methods.has('GET')) methods.add('HEAD');
  methods.add('OPTIONS');
  return KNOWN_METHODS.filter((method) => methods.has(method));
}

/**
 * What Warren answers before routing an /api request, or null to let it through: 400 for an
 * unreadable target, 404 for a path no route has, 405 (with Allow) for a method the route lacks.
 */
export function apiPrecheck(table, method, target) {
  const problem = requestTargetProblem(target);
  if (problem) return { status: 400, code: 'BAD_REQUEST', message: problem };
  const path = target.split('?')[0];
  const segments = path.split('/').slice(2).map((segment) => decodeURIComponent(segment));
  const route = matchRoute(table, segments);
  if (!route) return { status: 404, code: 'NOT_FOUND', message: `No such API route: ${path.slice(0, 200)}` };
  const allowed = allowedMethods(route);
  if (!allowed.includes(method)) {
    return { status: 405, code: 'METHOD_NOT_ALLOWED', message: `${method} is not supported on ${route.pattern}; it takes ${allowed.join(', ')}`, allow: allowed.join(', ') };
  }
  return null;
}
