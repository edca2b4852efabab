// The transport-free request/response of the Web API layer: the HTTPS server and $batch parts
// both go through handleApi with these, so a batch part behaves exactly like a direct request.
import { newGuid } from './ids.ts';
import type { Store } from './model.ts';
import { errorBody, type ODataError } from './odata/errors.ts';
import type { EmulatedUser } from './users.ts';

export interface ApiRequest {
  method: string;
  /** Absolute URL on the org host. */
  url: URL;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  body: string;
  user: EmulatedUser;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ApiContext {
  store: Store;
  /** `https://contoso.crm.dynamics.com` */
  orgUrl: string;
  now(): Date;
  /** Runs one $batch part; the server plugs its fault rules in here. Defaults to handleApi. */
  dispatchPart?: (req: ApiRequest) => ApiResponse;
}

export const JSON_TYPE = 'application/json; odata.metadata=minimal';

export function odataHeaders(contentType = JSON_TYPE): Record<string, string> {
  return {
    'OData-Version': '4.0',
    'Content-Type': contentType,
    'Cache-Control': 'no-cache',
    REQ_ID: newGuid(),
    'x-ms-service-request-id': newGuid(),
  };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { ...odataHeaders(), ...headers }, body: JSON.stringify(body) };
}

export function errorResponse(e: ODataError, annotations?: ((name: string) => boolean) | null): ApiResponse {
  const headers = { ...odataHeaders(), ...e.headers };
  // Platform (0x8004…) errors gain the CDS error-detail annotations when they were asked for.
  if (!annotations || !/^0x8004/i.test(e.code)) return { status: e.status, headers, body: errorBody(e.code, e.message) };
  const error: Record<string, string> = { code: e.code, message: e.message };
  const hex = e.code.slice(2).toLowerCase();
  const extra: Record<string, string> = {
    'Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus': '0',
    'Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode': String(parseInt(hex, 16) | 0),
    'Microsoft.PowerApps.CDS.HelpLink': `http://go.microsoft.com/fwlink/?LinkID=398563&error=Microsoft.Crm.CrmException%3a${hex}&client=platform`,
    'Microsoft.PowerApps.CDS.TraceText': `\r\n[Microsoft.Crm.ObjectModel]\r\n${e.message}`,
    'Microsoft.PowerApps.CDS.InnerError.Message': e.message,
  };
  for (const [name, value] of Object.entries(extra)) if (annotations(name)) error[`@${name}`] = value;
  return { status: e.status, headers, body: JSON.stringify({ error }) };
}
