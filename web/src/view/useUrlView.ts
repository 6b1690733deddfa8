/**
 * The view state, started from the page's URL and mirrored back into it (replaceState, no history
 * entries), with the language: a link opens in the language it was shared in. Also what the link
 * held that could not be read, for the app to say so.
 */
import { useEffect, useReducer, useState, type Dispatch } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { viewReducer, type ViewAction, type ViewState } from './state';
import { decodeLink, encodeView, type LinkProblem } from './url';

export function useUrlView(): [ViewState, Dispatch<ViewAction>, readonly LinkProblem[]] {
  const { lang, setLang } = useLanguage();
  const [link] = useState(() => decodeLink(window.location.search));
  const [state, dispatch] = useReducer(viewReducer, link.state);
  useEffect(() => {
    if (link.lang !== null) setLang(link.lang);
  }, [link, setLang]);
  useEffect(() => {
    const search = encodeView(state, lang);
    if (search !== window.location.search.replace(/^\?/, '')) {
      window.history.replaceState(null, '', search === '' ? window.location.pathname : `?${search}`);
    }
  }, [state, lang]);
  return [state, dispatch, link.problems];
}
