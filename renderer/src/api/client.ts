// The one tRPC client. Same origin, so relative URLs; the session cookie the backend set on the launch link
// goes along by itself. Subscriptions use SSE (no WebSocket server to secure), everything else is batched so
// the start-up queries share one request.
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import type { AppRouter } from '../../../server/trpc/app-router.js';

const url = '/trpc';

export const api = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({ url }),
      false: httpBatchLink({ url }),
    }),
  ],
});
