/**
 * The dashboard's address: `dashboard.html#case=<id>` opens a case, `&draft=status` with its
 * status-update draft shown. The background and popup build these links; keep the names stable.
 */
export interface DashboardRoute {
  caseId: string | null;
  draft: 'status' | null;
}

export function parseRoute(hash: string): DashboardRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const caseId = params.get('case');
  return { caseId: caseId || null, draft: params.get('draft') === 'status' ? 'status' : null };
}

export function formatRoute(route: DashboardRoute): string {
  if (!route.caseId) return '';
  const params = new URLSearchParams({ case: route.caseId });
  if (route.draft) params.set('draft', route.draft);
  return `#${params.toString()}`;
}
