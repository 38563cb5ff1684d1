import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, refreshAccessToken, setAccessToken, unwrap, webLogin, webLogout, whenSessionLost, type Schemas } from '../api/client';
import { currentLanguage, setLanguage, type Language } from '../i18n';

export type User = Schemas['UserDto'];
export type Role = User['roles'][number];

interface SessionValue {
  status: 'loading' | 'anonymous' | 'authenticated';
  /** Signed out by the logout button in this tab (a guard then sends to a plain /login, with no way back). */
  loggedOut: boolean;
  user: User | null;
  login(email: string, password: string): Promise<User>;
  logout(): Promise<void>;
  reload(): Promise<void>;
  hasRole(role: Role): boolean;
  /** Switches the interface language and, when signed in, the account's (e-mails and API messages follow it). */
  changeLanguage(language: Language): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/**
 * Whether this browser signed in and has not signed out since: a flag, no secret (the
 * refresh cookie is httpOnly and scripts cannot see it). Without it a visitor's page load
 * skips the cookie refresh, which could only answer 401 (a console error and a request for
 * nothing).
 */
const SIGNED_IN_HINT = 'tp.signedIn';
const hintSignedIn = (on: boolean) => (on ? localStorage.setItem(SIGNED_IN_HINT, '1') : localStorage.removeItem(SIGNED_IN_HINT));

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [status, setStatus] = useState<SessionValue['status']>('loading');
  const [loggedOut, setLoggedOut] = useState(false);
  const queryClient = useQueryClient();

  const loadMe = useCallback(async () => {
    const me = await unwrap(api.GET('/api/v1/me'));
    setUser(me);
    setStatus('authenticated');
    return me;
  }, []);

  useEffect(() => {
    whenSessionLost(() => {
      hintSignedIn(false);
      setAccessToken(null);
      setUser(null);
      setStatus('anonymous');
    });
    if (!localStorage.getItem(SIGNED_IN_HINT)) {
      setStatus('anonymous');
      return;
    }
    // A reload keeps the session through the httpOnly cookie; the access token was only in memory.
    refreshAccessToken()
      .then(async (ok) => {
        if (ok) await loadMe();
        else {
          hintSignedIn(false);
          setStatus('anonymous');
        }
      })
      .catch(() => setStatus('anonymous'));
  }, [loadMe]);

  const value = useMemo<SessionValue>(
    () => ({
      status,
      loggedOut,
      user,
      async login(email, password) {
        await webLogin(email, password);
        setLoggedOut(false);
        hintSignedIn(true);
        queryClient.clear();
        const me = await loadMe();
        // The account's language wins over the one chosen before signing in only if none was chosen here.
        if (!localStorage.getItem('tp.language') && me.locale !== currentLanguage()) void setLanguage(me.locale);
        return me;
      },
      async logout() {
        hintSignedIn(false);
        await webLogout();
        queryClient.clear();
        setUser(null);
        setLoggedOut(true);
        setStatus('anonymous');
      },
      async reload() {
        await loadMe();
      },
      hasRole: (role) => !!user?.roles.includes(role),
      async changeLanguage(language) {
        await setLanguage(language);
        if (user && user.locale !== language) {
          setUser(await unwrap(api.PATCH('/api/v1/me', { body: { locale: language } })));
          await queryClient.invalidateQueries();
        }
      },
    }),
    [status, loggedOut, user, loadMe, queryClient],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
