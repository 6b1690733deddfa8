/** The view state, started from the page's URL and mirrored back into it (replaceState, no history entries). */
import { useEffect, useReducer, type Dispatch } from 'react';
import { viewReducer, type ViewAction, type ViewState } from './state';
import { decodeView, encodeView } from './url';

export function useUrlView(): [ViewState, Dispatch<ViewAction>] {
  const [state, dispatch] = useReducer(viewReducer, undefined, () => decodeView(window.location.search));
  useEffect(() => {
    const search = encodeView(state);
    if (search !== window.location.search.replace(/^\?/, '')) {
      window.history.replaceState(null, '', search === '' ? window.location.pathname : `?${search}`);
    }
  }, [state]);
  return [state, dispatch];
}
