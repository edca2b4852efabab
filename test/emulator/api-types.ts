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

export function errorResponse(e: ODataError): ApiResponse {
  return { status: e.status, headers: { ...odataHeaders(), ...e.headers }, body: errorBody(e.code, e.message) };
}
