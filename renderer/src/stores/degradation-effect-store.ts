import { create } from 'zustand';
import type { DegradationEffect } from '../../../shared/controls-api.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call } from '../api/call.js';
import { coalesce } from './coalesce.js';
import { registerLoader } from './loaders.js';

interface EffectState {
  effects: Record<string, DegradationEffect>;
  errors: Record<string, ApiError>;
}

export const useDegradationEffects = create<EffectState>()(() => ({ effects: {}, errors: {} }));

// The regions whose effect a page shows; live ticks refresh exactly those.
let watched: readonly string[] = [];

async function loadRegion(region: string): Promise<void> {
  const r = await call(() => api.controls.degradationEffect.query({ region }));
  useDegradationEffects.setState((s) => {
    if (r.ok) {
      const { [region]: _gone, ...errors } = s.errors;
      return { effects: { ...s.effects, [region]: r.value }, errors };
    }
    return { errors: { ...s.errors, [region]: r.error } };
  });
}

// The queries of every region go out together (httpBatchLink) and are coalesced across ticks.
const loadWatched = coalesce(async () => {
  await Promise.all(watched.map(loadRegion));
});

/** Shows the before/after figures of these regions and keeps them fresh on live ticks. */
export function watchDegradationEffects(regions: readonly string[]): Promise<void> {
  watched = regions;
  registerLoader('effects', loadWatched);
  return loadWatched();
}

/** After a mode change: its "after" window starts now. */
export function reloadDegradationEffect(region: string): Promise<void> {
  return loadRegion(region);
}
