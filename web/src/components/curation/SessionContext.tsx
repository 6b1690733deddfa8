/**
 * Who is signed in (Query.viewer; null when anonymous) and what their role lets them do, for every
 * component through `useSession()`. The session itself is the server's HttpOnly cookie: this only
 * mirrors it, and signing in or out makes the mounted queries ask again (see api/hooks `mutate`).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Role, ViewerFieldsFragment } from '../../api/generated';
import { mutate, useQuery } from '../../api/hooks';

/** Each role can do what the ones before it can. */
const ROLE_RANK: Record<Role, number> = { CURATOR: 1, REVIEWER: 2, ADMIN: 3 };

export const canCurate = (viewer: ViewerFieldsFragment | null): boolean => viewer !== null;
export const canReview = (viewer: ViewerFieldsFragment | null): boolean =>
  viewer !== null && ROLE_RANK[viewer.role] >= ROLE_RANK.REVIEWER;

export type CurationDialog = 'signIn' | 'addSource' | 'review' | null;

interface SessionValue {
  viewer: ViewerFieldsFragment | null;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** The curation dialog open over the explorer (one at a time). */
  dialog: CurationDialog;
  openDialog: (dialog: CurationDialog) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  // Asked again after sign-in and sign-out like every query, so it follows the cookie.
  const viewer = useQuery('Viewer', {}).data?.viewer ?? null;
  const [dialog, openDialog] = useState<CurationDialog>(null);
  const signIn = useCallback(async (email: string, password: string) => {
    await mutate('SignIn', { email, password });
  }, []);
  const signOut = useCallback(async () => {
    await mutate('SignOut', {});
  }, []);
  const value = useMemo(() => ({ viewer, signIn, signOut, dialog, openDialog }), [viewer, signIn, signOut, dialog]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession() outside <SessionProvider>');
  return value;
}
