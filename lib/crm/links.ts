// Record → the UCI address that opens it (reference: dataverse.md §1.1).

export function recordFormUrl(orgUrl: string, entity: string, id: string, appId?: string): string {
  const params = new URLSearchParams();
  if (appId) params.set('appid', appId);
  params.set('pagetype', 'entityrecord');
  params.set('etn', entity);
  params.set('id', id);
  return `${orgUrl}/main.aspx?${params.toString()}`;
}
