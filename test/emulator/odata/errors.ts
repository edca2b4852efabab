// Web API error bodies, in the documented `{"error":{"code","message"}}` envelope with the codes
// the real service uses (reference dataverse.md §2.4, §2.9; fixtures/error-*.json).

export class ODataError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export function errorBody(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

/** Unknown column in $select/$filter/$orderby/$expand: the OData layer's 400 with code 0x0. */
export function propertyNotFound(property: string, logicalName: string): ODataError {
  return new ODataError(400, '0x0', `Could not find a property named '${property}' on type 'Microsoft.Dynamics.CRM.${logicalName}'.`);
}

/** Unknown entity set or path segment (names are case-sensitive). */
export function resourceNotFound(segment: string): ODataError {
  return new ODataError(404, '0x8006088a', `Resource not found for the segment '${segment}'.`);
}

/** Malformed query syntax or an unsupported query construct. */
export function badQuery(message: string): ODataError {
  return new ODataError(400, '0x80060888', message);
}

export function recordNotFound(logicalName: string, id: string): ODataError {
  return new ODataError(404, '0x80040217', `${logicalName} With Id = ${id} Does Not Exist`);
}

/** The Web API host's answer to a path that maps to no OData route (e.g. `whoami` in the wrong case). */
export function noHttpResource(url: string): ODataError {
  return new ODataError(404, '', `No HTTP resource was found that matches the request URI '${url}'.`);
}

export function methodNotAllowed(method: string): ODataError {
  return new ODataError(405, '0x80060888', `The emulated org is read-only: ${method} is not supported on this resource.`, {
    Allow: 'GET',
  });
}

export function unexpected(detail: string): ODataError {
  return new ODataError(500, '0x80040216', `An unexpected error occurred. ${detail}`.trim());
}
