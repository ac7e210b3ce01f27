'use client';

import { createContext, useContext } from 'react';

export interface SessionUser {
  username: string;
  tags: string[];
}

const SessionContext = createContext<SessionUser | null>(null);
export const SessionProvider = SessionContext.Provider;

/** The logged-in user and tags (for hiding what the tags do not allow; the broker enforces it). */
export function useSessionUser(): SessionUser {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionUser must be used inside the dashboard shell');
  return value;
}
