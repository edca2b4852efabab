// The request log: an in-memory ring of recent requests (GET /emulator/control/requests) and,
// with --request-log FILE, one JSON line per HTTP request appended to FILE.
import { appendFileSync } from 'node:fs';

export interface LogEntry {
  method: string;
  /** Path and query. */
  url: string;
  status: number;
  ms: number;
  time: string;
  user?: string;
  /** The parts of a $batch, in order. */
  parts?: { method: string; url: string; status: number }[];
  /** The connection was cut mid-body (an injected fault). */
  dropped?: boolean;
}

const KEEP = 5000;

export class RequestLog {
  private entries: LogEntry[] = [];
  private readonly file: string | null;

  constructor(path?: string) {
    this.file = path ?? null;
  }

  add(entry: LogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > KEEP) this.entries.splice(0, this.entries.length - KEEP);
    const { method, url, status, ms } = entry;
    // Synchronous, so the line is on disk as soon as the response has finished.
    if (this.file) appendFileSync(this.file, `${JSON.stringify({ method, url, status, ms })}\n`);
  }

  list(): LogEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
