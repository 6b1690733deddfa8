/**
 * The view state, started from the page's URL and mirrored back into it (replaceState, no history
 * entries), with the language (a link opens in the language it was shared in) and the canvas's
 * placement (positions, zoom and pan, for the same picture). Also what the link held that could
 * not be read, for the app to say so.
 */
import { useEffect, useReducer, useState, type Dispatch } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { viewReducer, type ViewAction, type ViewState } from './state';
import { decodeLink, encodeView, type DecodedLink, type Placement } from './url';

export interface UrlView {
  state: ViewState;
  dispatch: Dispatch<ViewAction>;
  link: DecodedLink;
  /** The canvas reports where it placed the nodes and how it is zoomed, for the URL. */
  setPlacement: (placement: Placement) => void;
}

export function useUrlView(): UrlView {
  const { lang, setLang } = useLanguage();
  const [link] = useState(() => decodeLink(window.location.search));
  const [state, dispatch] = useReducer(viewReducer, link.state);
  const [placement, setPlacement] = useState(link.placement);
  useEffect(() => {
    if (link.lang !== null) setLang(link.lang);
  }, [link, setLang]);
  useEffect(() => {
    const search = encodeView(state, lang, placement);
    if (search !== window.location.search.replace(/^\?/, '')) {
      window.history.replaceState(null, '', search === '' ? window.location.pathname : `?${search}`);
    }
  }, [state, lang, placement]);
  return { state, dispatch, link, setPlacement };
}
