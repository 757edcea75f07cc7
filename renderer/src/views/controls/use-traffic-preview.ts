import { useEffect, useRef, useState } from 'react';
import type { TrafficPreview } from '../../../../shared/controls-api.js';
import type { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { intentId } from '../../writes/intent-keys.js';

export const PREVIEW_DEBOUNCE_MS = 150;

export interface PreviewState {
  /** The preview of the weights asked for; null while none has arrived for them. */
  preview: TrafficPreview | null;
  error: ApiError | null;
  loading: boolean;
}

export function previewTraffic(weights: Record<string, number>) {
  return call(() => api.controls.previewTraffic.query({ weights }));
}

/**
 * Previews a proposed split while the operator drags or types: debounced, and an answer for weights that are
 * no longer on screen is dropped, so the preview never describes another split than the one shown.
 * `refresh` (the current split's version) re-asks when the platform's split changes underneath.
 */
export function useTrafficPreview(weights: Record<string, number> | null, refresh: number): PreviewState {
  const key = weights === null ? null : intentId(weights);
  const latest = useRef(weights);
  latest.current = weights;
  const [state, setState] = useState<PreviewState & { key: string | null }>({ key: null, preview: null, error: null, loading: false });

  useEffect(() => {
    const asked = latest.current;
    if (key === null || asked === null) {
      setState({ key: null, preview: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      void previewTraffic(asked).then((r) => {
        if (!live) return;
        setState(r.ok ? { key, preview: r.value, error: null, loading: false } : { key, preview: null, error: r.error, loading: false });
      });
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, refresh]);

  const current = state.key === key;
  return { preview: current ? state.preview : null, error: current ? state.error : null, loading: state.loading || !current };
}
