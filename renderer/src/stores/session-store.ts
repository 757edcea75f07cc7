import { create } from 'zustand';
import type { SessionInfo } from '../../../shared/console-api.js';
import type { OperatorProfile } from '../../../shared/controls-api.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call, type CallResult } from '../api/call.js';

interface SessionState {
  session: SessionInfo | null;
  error: ApiError | null;
}

export const useSession = create<SessionState>()(() => ({ session: null, error: null }));

export async function loadSession(): Promise<void> {
  const r = await call(() => api.session.get.query());
  useSession.setState(r.ok ? { session: r.value, error: null } : { error: r.error });
}

/** Desktop sessions choose who they act as; the backend answers with the session as it now is. */
export async function saveProfile(profile: OperatorProfile): Promise<CallResult<SessionInfo>> {
  const r = await call(() => api.session.setProfile.mutate(profile));
  if (r.ok) useSession.setState({ session: r.value, error: null });
  return r;
}
