import { create } from 'zustand';
import type { AuditEntry, AuditVerification } from '../../../shared/controls-api.js';
import type { ApiError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { call } from '../api/call.js';
import type { AuditFilter } from '../views/audit/audit-filters.js';

export const AUDIT_PAGE_SIZE = 100;

interface AuditState {
  filter: AuditFilter;
  entries: AuditEntry[];
  /** seq to continue below; null when the last page has been read. */
  nextBefore: number | null;
  loading: boolean;
  loadedAt: number | null;
  error: ApiError | null;
  verification: AuditVerification | null;
  verifying: boolean;
  verifyError: ApiError | null;
}

export const useAudit = create<AuditState>()(() => ({
  filter: {},
  entries: [],
  nextBefore: null,
  loading: false,
  loadedAt: null,
  error: null,
  verification: null,
  verifying: false,
  verifyError: null,
}));

// Answers for a filter the operator has since replaced are dropped.
let generation = 0;

/** The newest entries matching `filter`, replacing what is shown. */
export async function loadAudit(filter: AuditFilter): Promise<void> {
  const mine = ++generation;
  useAudit.setState({ filter, loading: true, error: null });
  const r = await call(() => api.audit.list.query({ ...filter, limit: AUDIT_PAGE_SIZE }));
  if (mine !== generation) return;
  useAudit.setState(
    r.ok
      ? { entries: r.value.entries, nextBefore: r.value.nextBefore, loading: false, loadedAt: Date.now() }
      : { loading: false, error: r.error },
  );
}

/** The next page below the oldest entry shown. */
export async function loadMoreAudit(): Promise<void> {
  const { filter, nextBefore, loading } = useAudit.getState();
  if (nextBefore === null || loading) return;
  const mine = ++generation;
  useAudit.setState({ loading: true, error: null });
  const r = await call(() => api.audit.list.query({ ...filter, limit: AUDIT_PAGE_SIZE, before: nextBefore }));
  if (mine !== generation) return;
  if (!r.ok) {
    useAudit.setState({ loading: false, error: r.error });
    return;
  }
  useAudit.setState((s) => {
    const seen = new Set(s.entries.map((e) => e.seq));
    return { entries: [...s.entries, ...r.value.entries.filter((e) => !seen.has(e.seq))], nextBefore: r.value.nextBefore, loading: false };
  });
}

export function reloadAudit(): Promise<void> {
  return loadAudit(useAudit.getState().filter);
}

export async function verifyAudit(): Promise<void> {
  useAudit.setState({ verifying: true, verifyError: null });
  const r = await call(() => api.audit.verify.query());
  useAudit.setState(r.ok ? { verification: r.value, verifying: false } : { verifyError: r.error, verifying: false });
}

export function exportAudit(filter: AuditFilter, format: 'csv' | 'json') {
  return call(() => api.audit.export.query({ ...filter, format }));
}
