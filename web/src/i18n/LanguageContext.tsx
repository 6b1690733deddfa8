/** The interface language and its translator, for every component through `useT()` / `useLanguage()`. */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLanguage, rememberLanguage } from './language';
import { translator, type Lang, type Translate } from './strings';

interface LanguageValue {
  lang: Lang;
  t: Translate;
  setLang: (lang: Lang) => void;
}

const LanguageContext = createContext<LanguageValue | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initialLanguage);
  const value = useMemo(() => ({ lang, t: translator(lang), setLang }), [lang]);
  useEffect(() => {
    rememberLanguage(lang);
    document.documentElement.lang = lang;
    document.title = value.t('appTitle');
  }, [lang, value]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (value === null) throw new Error('useLanguage() outside <LanguageProvider>');
  return value;
}

export const useT = (): Translate => useLanguage().t;
