export interface RouteEntry {
  pattern: string;
  segments: string[];
  methods: string[];
}
export interface Precheck {
  status: number;
  code: 'BAD_REQUEST' | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED';
  message: string;
  allow?: string;
}
export const KNOWN_METHODS: string[];
export function requestTargetProblem(target: string): string | null;
export function envelope(code: string, message: string): string;
export function matchRoute(table: readonly RouteEntry[], segments: readonly string[]): RouteEntry | null;
export function allowedMethods(route: RouteEntry): string[];
export function apiPrecheck(table: readonly RouteEntry[], method: string, target: string): Precheck | null;
